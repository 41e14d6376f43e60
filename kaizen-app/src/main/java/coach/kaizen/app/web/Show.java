package coach.kaizen.app.web;

import coach.kaizen.core.experiment.Window;
import coach.kaizen.core.session.Part;
import coach.kaizen.core.step.Sizing;
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

    /** 5.0 as "5", 2.5 as "2.5", null as "". */
    public static String number(Double number) {
        return number == null ? "" : Sizing.plain(number);
    }

    /** A part of the daily session as its page calls it. */
    public static String part(Part part) {
        return switch (part) {
            case ARRIVE -> "Arrive";
            case LOOK_BACK -> "Look back";
            case TODAY -> "Today";
            case QUESTION -> "A question";
            case OBSTACLE -> "An obstacle";
            case EXPERIMENT -> "Experiment";
            case CLOSE -> "Close";
        };
    }

    /** "7 days planned, Mon 2 Nov to Sun 8 Nov". */
    public static String dayRange(Window window) {
        return window.dueDays() + (window.dueDays() == 1 ? " day" : " days") + " planned, " + shortDay(window.from())
                + " to " + shortDay(window.to());
    }

    /** "5 of 7 (71%)", the day counts always shown beside the share. */
    public static String doneOf(Window window) {
        Double completion = window.completion();
        return window.done() + " of " + window.dueDays() + (completion == null ? "" : " (" + percent(completion) + ")");
    }

    public static String resistance(Window window) {
        return window.meanResistance() == null ? "not said" : String.format(Locale.ENGLISH, "%.1f", window.meanResistance());
    }
}
