package coach.kaizen.app.http;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** A form's values as sent (to show them again) and, when it was refused, why. */
public record Form(Map<String, String> values, String error) {

    public static Form empty() {
        return new Form(Map.of(), null);
    }

    public static Form of(Map<String, String> values) {
        return new Form(values, null);
    }

    /** What the person sent, with the reason it was refused. */
    public static Form refused(Context ctx, String error) {
        Map<String, String> values = new HashMap<>();
        ctx.formParamMap().forEach((name, sent) -> values.put(name, sent.isEmpty() ? "" : sent.get(0)));
        values.remove(Csrf.FIELD);
        values.remove("password");
        return new Form(values, error);
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean is(String name, String value) {
        return value.equals(values.get(name));
    }
}
