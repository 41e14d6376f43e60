package coach.kaizen.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A "Not today" on a schedule of times in days, for any history before it (docs/engine.md §1.3). */
class TimesInDaysProperties {

    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    private static final Engine ENGINE = Engine.standard();
    private static final Sizing SIZING = new Sizing(10, "minutes", 1, 1, 60.0);

    @Property
    void onThreeInSevenANotTodayWithTheRunStillReachableNeverLowersTheNextProposal(
            @ForAll("histories") List<Outcome> history) {
        Step step = new Step(1, 1, "Swim", SIZING, null, new Schedule.TimesInDays(3, 7), FIRST);
        LocalDate day = FIRST.plusDays(history.size());
        List<CheckIn> before = checkIns(history);
        Assume.that(reachableWithout(before, day, 3, 7));

        StepProgress progress = StepProgress.replay(ENGINE, step, before, List.of(), Map.of());
        StepProgress afterNotToday = progress.record(ENGINE, step, CheckIn.missed(day), Readiness.UNKNOWN);
        StepProgress afterSkip = progress.record(ENGINE, step, CheckIn.skipped(day), Readiness.UNKNOWN);

        // Compared with tomorrow as it would have been with nothing said today: weekdays differ.
        double unsaid = ENGINE.propose(SIZING, progress.engine(), day.plusDays(1), Readiness.UNKNOWN).size();
        double next = ENGINE.propose(SIZING, afterNotToday.engine(), day.plusDays(1), Readiness.UNKNOWN).size();
        assertThat(next).isGreaterThanOrEqualTo(unsaid);
        assertThat(afterNotToday.engine()).isEqualTo(afterSkip.engine());
    }

    @Property
    void onAnyTimesInDaysANotTodayIsAMissExactlyWhenTheRunCanNoLongerBeMet(
            @ForAll("histories") List<Outcome> history, @ForAll("schedules") Schedule.TimesInDays schedule) {
        Step step = new Step(1, 1, "Swim", SIZING, null, schedule, FIRST);
        LocalDate day = FIRST.plusDays(history.size());
        List<CheckIn> before = checkIns(history);
        List<CheckIn> withNotToday = new ArrayList<>(before);
        withNotToday.add(CheckIn.missed(day));

        Replay replay = StepProgress.replayDays(ENGINE, step, withNotToday, List.of(), Map.of());
        StepProgress progress = StepProgress.replay(ENGINE, step, before, List.of(), Map.of());
        StepProgress asSkip = progress.record(ENGINE, step, CheckIn.skipped(day), Readiness.UNKNOWN);

        boolean reachable = reachableWithout(before, day, schedule.times(), schedule.days());
        assertThat(replay.progress().engine().equals(asSkip.engine())).isEqualTo(reachable);
        // Whatever the engine made of it, the day stays as said and the strength reads it as not done.
        assertThat(replay.days().get(replay.days().size() - 1).checkIn().outcome()).isEqualTo(Outcome.MISSED);
        assertThat(replay.progress().strength())
                .isEqualTo(progress.strength().after(CheckIn.missed(day), 10, schedule));
    }

    /**
     * Counted afresh from the check-ins: the run of days ending on {@code day} (in the first
     * days, the one from the step's first day) can still hold {@code times} days done without it.
     */
    private static boolean reachableWithout(List<CheckIn> before, LocalDate day, int times, int days) {
        LocalDate from = day.minusDays(days - 1L).isBefore(FIRST) ? FIRST : day.minusDays(days - 1L);
        long done = before.stream().filter(checkIn -> !checkIn.day().isBefore(from))
                .filter(checkIn -> checkIn.outcome() == Outcome.DONE).count();
        long left = from.plusDays(days - 1L).toEpochDay() - day.toEpochDay();
        return done + left >= times;
    }

    /** One outcome a day from the first day on; null is a day with no check-in at all. */
    private static List<CheckIn> checkIns(List<Outcome> history) {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i) != null) {
                checkIns.add(new CheckIn(FIRST.plusDays(i), history.get(i), null, null, null));
            }
        }
        return checkIns;
    }

    @Provide
    Arbitrary<List<Outcome>> histories() {
        return Arbitraries.of(Outcome.DONE, Outcome.MISSED, Outcome.SKIPPED).injectNull(0.25).list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<Schedule.TimesInDays> schedules() {
        return Arbitraries.integers().between(2, Schedule.MAX_DAYS)
                .flatMap(days -> Arbitraries.integers().between(1, days - 1)
                        .map(times -> new Schedule.TimesInDays(times, days)));
    }
}
