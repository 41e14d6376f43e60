package coach.kaizen.app.http;

import coach.kaizen.app.service.IdempotencyKey;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.core.text.Message;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads request bodies; anything malformed becomes an {@link Invalid} whose message names the field. */
public final class Bodies {

    private final ObjectMapper mapper;

    public Bodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> T read(Context ctx, Class<T> type) {
        return convert(object(ctx), type);
    }

    /** The request's idempotency key, if it sent one, fingerprinted with {@code request} (its body as read). */
    public Optional<IdempotencyKey> idempotencyKey(Context ctx, Object request) {
        try {
            return IdempotencyKeys.fromHeader(ctx, mapper.writeValueAsString(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a request just read from JSON can be written again", e);
        }
    }

    /** A partial update: the fields sent (null included) over the current values, checked as a whole. */
    public <T> T patch(Context ctx, T current, Class<T> type) {
        ObjectNode merged = mapper.valueToTree(current);
        merged.setAll(object(ctx));
        return convert(merged, type);
    }

    /** The body as UTF-8, refused at the first byte that is none of its characters (not read with a "�" there). */
    private static String utf8(byte[] body) {
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length); // UTF-8 never has fewer bytes than characters
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder(); // reports what it cannot read
        if (decoder.decode(in, out, true).isError()) {
            throw new Invalid(Message.of("problem.body.notUtf8", String.valueOf(in.position() + 1)));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private ObjectNode object(Context ctx) {
        String body = utf8(ctx.bodyAsBytes());
        if (body.isBlank()) {
            throw new Invalid(Message.of("problem.body.needsObject"));
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            Optional<String> twice = Json.duplicateKey(e);
            if (twice.isPresent()) {
                throw new Invalid(Message.of("problem.body.duplicate", twice.get()));
            }
            // Limits (a number of 2,000 digits, nesting 1,000 deep) are reported without a location, and
            // name the library's setting behind them, which is nothing a client can change: left out.
            // Line and column as Strings: positions, written without grouping.
            throw new Invalid(e.getLocation() == null
                    ? Message.of("problem.body.beyond", e.getOriginalMessage().replaceAll(", from `[^`]*`", ""))
                    : Message.of("problem.body.notJson", String.valueOf(e.getLocation().getLineNr()),
                            String.valueOf(e.getLocation().getColumnNr())));
        }
        if (!(node instanceof ObjectNode object)) {
            throw new Invalid(Message.of("problem.body.needsObject"));
        }
        TypedText.check(object);
        return object;
    }

    private <T> T convert(JsonNode node, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            throw new Invalid(Message.of("problem.body.unknownField", e.getPropertyName(), known));
        } catch (InvalidFormatException e) {
            if (e.getTargetType().isEnum()) {
                String choices = Arrays.stream(e.getTargetType().getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", "));
                throw new Invalid(Message.of("problem.body.oneOf", field(e), choices));
            }
            if (e.getTargetType() == String.class) {
                throw new Invalid(Message.of("problem.body.text", field(e), String.valueOf(e.getValue())));
            }
            throw new Invalid(Message.of("problem.body.wrongKindOf", field(e), String.valueOf(e.getValue())));
        } catch (MismatchedInputException e) {
            throw new Invalid(Message.of(wrongKind(e.getTargetType()), field(e)));
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof InputCoercionException) {
                // A whole number past what the field holds: named in our words, not the parser's.
                throw new Invalid(Message.of("problem.body.tooLarge", field(e)));
            }
            throw new Invalid(Message.of("problem.body.unreadable", e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new Invalid(Message.of("problem.body.unreadable", e.getOriginalMessage()));
        }
    }

    /** What a field of {@code type} takes, said so a program's author can mend the request. */
    private static String wrongKind(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "problem.body.trueOrFalse";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "problem.body.whole";
        }
        if (type == Double.class || type == double.class || type == BigDecimal.class) {
            return "problem.body.number";
        }
        return "problem.body.wrongKind";
    }

    private static String field(JsonMappingException e) {
        return e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                .filter(name -> name != null).collect(Collectors.joining(".", "'", "'"));
    }
}
