package coach.kaizen.app.exchange;

import coach.kaizen.app.http.Json;
import coach.kaizen.app.http.TypedText;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.core.exchange.KaizenDocument;
import coach.kaizen.core.text.Message;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Our document as JSON: written indented, with a value not given left out; read strictly (a
 * field we do not know, a field written twice, a control character in a text, a number as text
 * or the wrong kind of value is said, with where it is).
 */
final class KaizenJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private KaizenJson() {
    }

    static byte[] write(KaizenDocument document) {
        try {
            return JSON.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document in {@code json}; what cannot be read as one is refused (400), saying where. */
    static KaizenDocument read(byte[] json) {
        // The other files a person may have at hand, named for what they are.
        if (FileKind.zip(json)) {
            throw new Invalid(Message.of("exchange.problem.isZip"));
        }
        if (FileKind.sqlite(json)) {
            throw new Invalid(Message.of("exchange.problem.isDatabase"));
        }
        JsonNode tree = tree(json);
        if (!tree.isObject()) {
            throw new Invalid(Message.of("exchange.problem.wrongKind", "/"));
        }
        try {
            return JSON.treeToValue(tree, KaizenDocument.class);
        } catch (UnrecognizedPropertyException e) {
            throw new Invalid(Message.of("exchange.problem.unknownField", where(e)));
        } catch (JsonMappingException e) {
            throw new Invalid(Message.of("exchange.problem.wrongKind", where(e)));
        } catch (JsonProcessingException e) {
            throw new Invalid(Message.of("exchange.problem.wrongKind", "/"));
        }
    }

    /** The JSON as it is written, whatever it holds; a file cut short says where it stops. */
    private static JsonNode tree(byte[] json) {
        try {
            JsonNode tree = JSON.readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new Invalid(Message.of("exchange.problem.notJson", "1", "1"));
            }
            TypedText.check(tree);
            return tree;
        } catch (JsonProcessingException e) {
            Optional<String> twice = Json.duplicateKey(e);
            if (twice.isPresent()) {
                throw new Invalid(Message.of("problem.body.duplicate", twice.get()));
            }
            boolean placed = e.getLocation() != null;
            // Line and column as Strings: positions, written without grouping.
            throw new Invalid(Message.of("exchange.problem.notJson",
                    placed ? String.valueOf(e.getLocation().getLineNr()) : "1",
                    placed ? String.valueOf(e.getLocation().getColumnNr()) : "1"));
        } catch (CharConversionException e) {
            // Bytes that Jackson takes for UTF-32 or UTF-16 by their first zeros, and are not.
            throw new Invalid(Message.of("exchange.problem.notJson", "1", "1"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path to the value, as "steps[2].amount". */
    private static String where(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "/" : path.toString();
    }
}
