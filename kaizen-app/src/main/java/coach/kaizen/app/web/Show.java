package coach.kaizen.app.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers and days read on a page. */
public final class Show {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private Show() {
    }

    /** 0.4234 as "42%". */
    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    public static String shortDay(LocalDate day) {
        return SHORT_DAY.format(day);
    }

    /** 5.0 as "5", 2.5 as "2.5", null as "". */
    /** An hour of the day for people: "midnight", "3 am", "noon", "11 pm". */
    public static String hour(int hour) {
        if (hour == 0) {
            return "midnight";
        }
        if (hour == 12) {
            return "noon";
        }
        return hour < 12 ? hour + " am" : (hour - 12) + " pm";
    }

    /** A whole number, or "" for none. */
    public static String whole(Integer number) {
        return number == null ? "" : number.toString();
    }

    public static String number(Double number) {
        return number == null ? "" : coach.kaizen.core.step.Sizing.plain(number);
    }
}
