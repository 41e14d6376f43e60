package coach.kaizen.app.http;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * A form's values as sent (to show them again) and, when it was refused, why; {@code field} is the
 * field the refusal is about, when it is about one (null otherwise).
 */
public record Form(Map<String, String> values, String error, String field) {

    public static Form empty() {
        return of(Map.of());
    }

    public static Form of(Map<String, String> values) {
        return new Form(values, null, null);
    }

    /** What the person sent, with the reason it was refused and the field it names. */
    public static Form refused(Context ctx, String error, String field) {
        Map<String, String> values = new HashMap<>();
        ctx.formParamMap().forEach((name, sent) -> values.put(name, sent.isEmpty() ? "" : sent.get(0)));
        values.remove(Csrf.FIELD);
        values.remove("password");
        return new Form(values, error, field);
    }

    /** The same refusal shown over other values (what is kept, when the form's own were not sent). */
    public Form over(Map<String, String> kept) {
        return new Form(kept, error, field);
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    /** Whether the form sent this field, even empty. */
    public boolean sent(String name) {
        return values.containsKey(name);
    }

    public boolean is(String name, String value) {
        return value.equals(values.get(name));
    }
}
