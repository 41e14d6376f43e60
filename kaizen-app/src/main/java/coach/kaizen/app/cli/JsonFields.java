package coach.kaizen.app.cli;

import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Refused;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;

/**
 * Reads the fields of one JSON object and names the field, with its path, in every complaint:
 * "capacity.median must be a number", "unknown field quit.perMis". Complaints are {@link Refused}
 * with a message of the cli area; the field names are the file's own and stay as they are.
 */
final class JsonFields {

    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static JsonFields of(JsonNode node, Message what, String... allowed) {
        if (node == null || !node.isObject()) {
            throw new Refused("cli.json.object", what);
        }
        return new JsonFields(node, "").only(allowed);
    }

    JsonFields object(String name, String... allowed) {
        JsonNode child = required(name);
        if (!child.isObject()) {
            throw new Refused("cli.json.object", path + name);
        }
        return new JsonFields(child, path + name + ".").only(allowed);
    }

    JsonFields optionalObject(String name, String... allowed) {
        return present(name) ? object(name, allowed) : null;
    }

    double number(String name) {
        return numberNode(required(name), name).doubleValue();
    }

    Double optionalNumber(String name) {
        return present(name) ? number(name) : null;
    }

    int whole(String name) {
        JsonNode value = numberNode(required(name), name);
        if (!value.canConvertToInt() || value.doubleValue() != value.intValue()) {
            throw new Refused("cli.json.whole", path + name);
        }
        return value.intValue();
    }

    Integer optionalWhole(String name) {
        return present(name) ? whole(name) : null;
    }

    String text(String name) {
        JsonNode value = required(name);
        if (!value.isTextual()) {
            throw new Refused("cli.json.string", path + name);
        }
        return value.textValue();
    }

    String optionalText(String name) {
        return present(name) ? text(name) : null;
    }

    private boolean present(String name) {
        return node.hasNonNull(name);
    }

    private JsonNode required(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new Refused("cli.json.required", path + name);
        }
        return value;
    }

    private JsonNode numberNode(JsonNode value, String name) {
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw new Refused("cli.json.number", path + name);
        }
        return value;
    }

    private JsonFields only(String... allowed) {
        Set<String> known = Set.of(allowed);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new Refused("cli.json.unknown", path + name);
            }
        }
        return this;
    }
}
