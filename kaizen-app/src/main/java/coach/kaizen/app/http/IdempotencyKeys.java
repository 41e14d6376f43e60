package coach.kaizen.app.http;

import coach.kaizen.app.service.IdempotencyKey;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The idempotency key a request carries, if any: in the API the {@code Idempotency-Key} header (the IETF
 * httpapi draft; a structured-field string, quoted or not), on a page's form its {@code idempotency-key}
 * field, which the page's script adds when the person taps. The fingerprint is the request written out
 * in one canonical form, so the same request sent again matches however it was spaced or ordered.
 */
public final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";
    static final String FIELD = "idempotency-key";

    private IdempotencyKeys() {
    }

    /** From the API: the header, with {@code canonicalBody} (the body as read) for the fingerprint. */
    static Optional<IdempotencyKey> fromHeader(Context ctx, String canonicalBody) {
        return Optional.ofNullable(ctx.header(HEADER))
                .map(value -> IdempotencyKey.of(unquoted(value.strip()), request(ctx, canonicalBody)));
    }

    /** From a page's form: the field, fingerprinted with the form's other fields, all but its csrf token. */
    public static Optional<IdempotencyKey> fromForm(Context ctx) {
        TreeMap<String, Object> fields = new TreeMap<>(ctx.formParamMap());
        fields.remove(FIELD);
        fields.remove(Csrf.FIELD);
        return Optional.ofNullable(ctx.formParam(FIELD))
                .map(value -> IdempotencyKey.of(value.strip(), request(ctx, fields.toString())));
    }

    private static String request(Context ctx, String content) {
        return ctx.method().name() + " " + ctx.path() + "\n" + content;
    }

    private static String unquoted(String value) {
        boolean quoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
