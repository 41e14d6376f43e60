package coach.kaizen.app.http;

import coach.kaizen.app.service.Invalid;
import coach.kaizen.core.text.Message;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads form fields; an empty field is "not given", a field that cannot be read is named in the error. */
public final class Fields {

    private Fields() {
    }

    public static String text(Context ctx, String name) {
        return ctx.formParam(name);
    }

    /** A box the person must tick to say yes ({@code confirm}), labelled with {@code label}'s words; else refused. */
    public static void confirmed(Context ctx, String label) {
        if (ctx.formParam("confirm") == null) {
            throw new Invalid(Message.of("problem.unconfirmed", Speech.of(ctx).t(label)));
        }
    }

    public static Double number(Context ctx, String name) {
        BigDecimal value = decimal(ctx, name);
        if (value == null) {
            return null;
        }
        double number = value.doubleValue();
        if (Double.isFinite(number)) {
            return number;
        }
        throw new Invalid(Message.of("problem.number", name));
    }

    /**
     * A number as typed, with a decimal comma or point: money is kept to the cent, never rounded through a
     * double. One that looks grouped in thousands in the person's language ("1,000", "1.000" in Spanish) is
     * asked again rather than read as 1.
     */
    public static BigDecimal decimal(Context ctx, String name) {
        String value = blankToNull(ctx.formParam(name));
        if (value == null) {
            return null;
        }
        char grouping = DecimalFormatSymbols.getInstance(Speech.of(ctx).locale()).getGroupingSeparator();
        if (value.strip().matches("\\d{1,3}(" + Pattern.quote(String.valueOf(grouping)) + "\\d{3})+")) {
            throw new Invalid(Message.of("problem.thousands", name));
        }
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new Invalid(Message.of("problem.number", name));
        }
    }

    public static Integer whole(Context ctx, String name) {
        String value = blankToNull(ctx.formParam(name));
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new Invalid(Message.of("problem.whole", name));
        }
    }

    public static long id(Context ctx, String name) {
        Long id = optionalId(ctx, name);
        if (id == null) {
            throw new Invalid(Message.of("problem.required", name));
        }
        return id;
    }

    public static Long optionalId(Context ctx, String name) {
        String value = blankToNull(ctx.formParam(name));
        if (value == null) {
            return null;
        }
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new Invalid(Message.of("problem.id", name));
    }

    public static LocalDate day(Context ctx, String name) {
        return Params.day(blankToNull(ctx.formParam(name)), name);
    }

    /** A day, or null when the field was left empty. */
    public static LocalDate optionalDay(Context ctx, String name) {
        String value = blankToNull(ctx.formParam(name));
        return value == null ? null : Params.day(value, name);
    }

    public static <E extends Enum<E>> E choice(Context ctx, String name, Class<E> type) {
        String value = blankToNull(ctx.formParam(name));
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid(Message.of("problem.choice", name));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
