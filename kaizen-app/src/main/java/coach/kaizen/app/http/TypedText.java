package coach.kaizen.app.http;

import coach.kaizen.app.service.Invalid;
import coach.kaizen.core.text.Message;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * Text as a person types it: no NUL and no other control character, which no keyboard makes and
 * no page can show. Tab and line breaks are kept (a note has lines). Checked where text comes in,
 * JSON bodies, forms and imported files alike, so every field of every route is covered and nothing is saved.
 */
public final class TypedText {

    private TypedText() {
    }

    /** Refuses a text field holding a control character, naming the field. */
    static void check(String field, String text) {
        if (text != null && text.chars().anyMatch(TypedText::isControl)) {
            throw new Invalid(Message.of("problem.control", field));
        }
    }

    /** Every text in a JSON document, however deep, named by its path ('answers[0].text'). */
    public static void check(JsonNode document) {
        check(document, "");
    }

    private static void check(JsonNode node, String path) {
        if (node.isTextual()) {
            check("'" + path + "'", node.textValue());
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> check(field.getValue(),
                    path.isEmpty() ? field.getKey() : path + "." + field.getKey()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]");
            }
        }
    }

    /** Before every form post: each field's text as sent (files are not text and are read by their own parsers). */
    static void checkForm(Context ctx) {
        String type = ctx.contentType();
        if (ctx.method() != HandlerType.POST || type == null || !(type.startsWith("application/x-www-form-urlencoded")
                || type.startsWith("multipart/form-data"))) {
            return;
        }
        ctx.formParamMap().forEach((field, values) -> values.forEach(value -> check("'" + field + "'", value)));
    }

    private static boolean isControl(int c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }
}
