package coach.kaizen.core.picture;

import coach.kaizen.core.progress.Replay;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.strength.Strength;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** A step's strength on each day from its start: the number Today shows, day by day. */
public record StrengthSeries(List<Point> days) {

    public StrengthSeries {
        days = List.copyOf(days);
    }

    /**
     * One point a day from the step's start to {@code through} (none when that is before the
     * start): the strength after each check-in, carried over quiet days as {@link Strength#asOf} does.
     */
    public static StrengthSeries of(Replay replay, LocalDate through) {
        Schedule schedule = replay.step().schedule();
        Iterator<Replay.Day> checkIns = replay.days().iterator();
        Replay.Day next = checkIns.hasNext() ? checkIns.next() : null;
        Strength strength = Strength.NONE;
        List<Point> days = new ArrayList<>();
        for (LocalDate day = replay.step().startDay(); !day.isAfter(through); day = day.plusDays(1)) {
            while (next != null && !next.checkIn().day().isAfter(day)) {
                strength = next.after().strength();
                next = checkIns.hasNext() ? checkIns.next() : null;
            }
            strength = strength.asOf(day, schedule, replay.step().measure());
            days.add(new Point(day, strength.value()));
        }
        return new StrengthSeries(days);
    }

    /**
     * As {@link #of}, through {@code today}, a day not over: until it is checked in, today stands where
     * yesterday ended, the number Today shows, rather than counting as a day not done.
     */
    public static StrengthSeries untilNow(Replay replay, LocalDate today) {
        List<Point> days = new ArrayList<>(of(replay, today).days());
        boolean answered = replay.days().stream().anyMatch(day -> day.checkIn().day().equals(today));
        if (!answered && !days.isEmpty()) {
            double yesterday = days.size() > 1 ? days.get(days.size() - 2).value() : Strength.NONE.value();
            days.set(days.size() - 1, new Point(today, yesterday));
        }
        return new StrengthSeries(days);
    }
}
