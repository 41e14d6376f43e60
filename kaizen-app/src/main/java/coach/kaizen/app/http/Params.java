package coach.kaizen.app.http;

import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.core.text.Message;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Path and query parameters, read strictly: a bad id is simply not found, a bad date is named. */
public final class Params {

    private Params() {
    }

    /** The id in path parameter {@code name}; anything but a positive number is "no such {@code what}". */
    public static long id(Context ctx, String name, String what) {
        try {
            long id = Long.parseLong(ctx.pathParam(name));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through: not an id we could have given out
        }
        throw new NotFound(what);
    }

    /** A calendar day, YYYY-MM-DD; 2026-02-30 is refused, not rounded. */
    public static LocalDate day(String value, String name) {
        if (value == null) {
            throw new Invalid(Message.of("problem.day.required", name));
        }
        try {
            LocalDate day = LocalDate.parse(value);
            if (day.getYear() >= 1 && day.getYear() <= 9999) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // falls through to the message below
        }
        throw new Invalid(Message.of("problem.day", name, value));
    }

    /**
     * The first of {@code flags} the query holds (?saved): the word a redirect leaves after a form, for the page to
     * say what was just done; null for none.
     */
    public static String flag(Context ctx, String... flags) {
        for (String flag : flags) {
            if (ctx.queryParam(flag) != null) {
                return flag;
            }
        }
        return null;
    }

    /** The {aimId} of the path. */
    public static long aimId(Context ctx) {
        return id(ctx, "aimId", "aim");
    }

    /** The {stepId} of the path. */
    public static long stepId(Context ctx) {
        return id(ctx, "stepId", "step");
    }
}
