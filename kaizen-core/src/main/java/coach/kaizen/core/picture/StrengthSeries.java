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
}
