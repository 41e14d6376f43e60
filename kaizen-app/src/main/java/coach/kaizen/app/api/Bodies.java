package coach.kaizen.app.api;

import coach.kaizen.app.coach.Invalid;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Reads request bodies; anything malformed becomes an {@link Invalid} whose message names the field. */
public final class Bodies {

    private final ObjectMapper mapper;

    public Bodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    <T> T read(Context ctx, Class<T> type) {
        return convert(object(ctx), type);
    }

    /** A partial update: the fields sent (null included) over the current values, checked as a whole. */
    <T> T patch(Context ctx, T current, Class<T> type) {
        ObjectNode merged = mapper.valueToTree(current);
        merged.setAll(object(ctx));
        return convert(merged, type);
    }

    private ObjectNode object(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw new Invalid("the request needs a JSON object as its body");
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            // Limits (a number of 2,000 digits, nesting 1,000 deep) are reported without a location.
            throw new Invalid(e.getLocation() == null ? "the body is beyond what we read: " + e.getOriginalMessage()
                    : "the body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")");
        }
        if (!(node instanceof ObjectNode object)) {
            throw new Invalid("the request needs a JSON object as its body");
        }
        return object;
    }

    private <T> T convert(JsonNode node, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            throw new Invalid("unknown field '" + e.getPropertyName() + "'; the fields are: " + known);
        } catch (InvalidFormatException e) {
            if (e.getTargetType().isEnum()) {
                String choices = Arrays.stream(e.getTargetType().getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", "));
                throw new Invalid(field(e) + " must be one of " + choices);
            }
            if (e.getTargetType() == String.class) {
                throw new Invalid(field(e) + " must be text in quotes, not " + e.getValue());
            }
            throw new Invalid(field(e) + " has a value of the wrong kind: " + e.getValue());
        } catch (MismatchedInputException e) {
            throw new Invalid(field(e) + " has a value of the wrong kind");
        } catch (JsonProcessingException e) {
            throw new Invalid("the body could not be read: " + e.getOriginalMessage());
        }
    }

    private static String field(JsonMappingException e) {
        return e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                .filter(name -> name != null).collect(Collectors.joining(".", "'", "'"));
    }
}
