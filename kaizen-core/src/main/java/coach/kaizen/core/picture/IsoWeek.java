package coach.kaizen.core.picture;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A week named as ISO 8601 names it ("2026-W49"), and the person's own week it stands for: the
 * week on their week start that holds the ISO week's Monday. With weeks from Monday the two are
 * the same; with weeks from Sunday, 2026-W49 (Mon 30 Nov to Sun 6 Dec) stands for Sun 29 Nov to
 * Sat 5 Dec.
 */
public record IsoWeek(int year, int week) {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-W(\\d{2})");

    /** The week written {@code text}; empty unless it is a real week of a real year ("2026-W53" is not). */
    public static Optional<IsoWeek> parse(String text) {
        Matcher matcher = WRITTEN.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        int week = Integer.parseInt(matcher.group(2));
        if (year < 1 || week < 1 || week > LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                .getMaximum()) {
            return Optional.empty();
        }
        return Optional.of(new IsoWeek(year, week));
    }

    /** The ISO week that holds {@code day}. */
    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The name of a person's week that begins on {@code firstDay}: the ISO week of its Monday. */
    public static IsoWeek named(LocalDate firstDay) {
        return of(firstDay.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)));
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The first day of the person's week this names. */
    public LocalDate firstDay(DayOfWeek weekStart) {
        return monday().with(TemporalAdjusters.previousOrSame(weekStart));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%04d-W%02d", year, week);
    }
}
