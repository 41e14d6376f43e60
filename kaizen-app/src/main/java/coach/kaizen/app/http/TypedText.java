package coach.kaizen.app.http;

import coach.kaizen.app.service.Invalid;
import coach.kaizen.core.text.Message;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Text as a person types it: no NUL and no other control character, which no keyboard makes and
 * no page can show, and no half of a character (a lone UTF-16 surrogate, "\ud800" in JSON), which
 * no database could keep as sent. Tab and line breaks are kept (a note has lines). Checked where
 * text comes in, JSON bodies, forms and imported files alike, so every field of every route is
 * covered and nothing is saved. A form's field is also no longer than {@link #MAX_FORM_FIELD}
 * characters.
 */
public final class TypedText {

    /** The longest form field taken, urlencoded or multipart (Jetty's own limit on a multipart form's text). */
    static final int MAX_FORM_FIELD = 200_000;

    private TypedText() {
    }

    /** Refuses a text field holding a control character or half a character, naming the field. */
    static void check(String field, String text) {
        if (text == null) {
            return;
        }
        if (text.chars().anyMatch(TypedText::isControl)) {
            throw new Invalid(Message.of("problem.control", field));
        }
        // Whole characters come out of codePoints() whole; a surrogate alone comes out as itself.
        if (text.codePoints().anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
            throw new Invalid(Message.of("problem.halfCharacter", field));
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
    static void checkForm(Context ctx) throws Exception {
        String type = ctx.contentType();
        if (ctx.method() != HandlerType.POST || type == null || !(type.startsWith("application/x-www-form-urlencoded")
                || type.startsWith("multipart/form-data"))) {
            return;
        }
        fields(ctx).forEach((field, values) -> values.forEach(value -> {
            if (value.length() > MAX_FORM_FIELD) {
                throw new FormTooLarge();
            }
            check("'" + field + "'", value);
        }));
    }

    /**
     * The form's fields. Jetty refuses a multipart form beyond its length (a field of 250,000
     * characters), or one that is no whole multipart form, with errors of its own: the sender's
     * doing, not ours, so a 413 or a 400, and no stack in the log.
     */
    private static Map<String, List<String>> fields(Context ctx) throws Exception {
        try {
            return ctx.formParamMap();
        } catch (Exception e) { // Javalin lets the servlet's checked exception through
            for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof IllegalStateException && cause.getMessage() != null
                        && cause.getMessage().startsWith("Form is larger than max length")) {
                    throw new FormTooLarge();
                }
            }
            if (e.getCause() instanceof BadMessageException) {
                throw new Invalid(Message.of("problem.form.unreadable"));
            }
            throw e;
        }
    }

    private static boolean isControl(int c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }
}
