package coach.kaizen.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.step.Sizing;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepProgressTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private final Engine engine = Engine.standard();
    private final Sizing sizing = new Sizing(10, "minutes", 1, 2, null);

    @Test
    void aLateCheckInForAnEarlierDayChangesWhatCameAfter() {
        List<CheckIn> onTime = List.of(CheckIn.done(DAY), CheckIn.done(DAY.plusDays(2)));
        StepProgress before = StepProgress.replay(engine, sizing, onTime);
        assertThat(before.canAppend(DAY.plusDays(1))).isFalse();

        CheckIn late = new CheckIn(DAY.plusDays(1), Outcome.MISSED, null, null, "forgot to log");
        StepProgress after = StepProgress.replay(engine, sizing,
                List.of(CheckIn.done(DAY), CheckIn.done(DAY.plusDays(2)), late));

        assertThat(after.engine().level()).isLessThan(before.engine().level());
        assertThat(after.strength().through()).isEqualTo(DAY.plusDays(2));
        // Same days and outcomes, in any order given: the missed day was already counted as not done.
        assertThat(after.strength().value()).isCloseTo(before.strength().value(), org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void appendingExtendsTheHistory() {
        StepProgress p = StepProgress.start(engine, sizing);
        assertThat(p.canAppend(DAY)).isTrue();
        p = p.record(engine, sizing, CheckIn.done(DAY), Readiness.UNKNOWN);
        assertThat(p.canAppend(DAY)).isFalse();
        assertThat(p.canAppend(DAY.plusDays(1))).isTrue();
        assertThat(p.strength().value()).isGreaterThan(0);
    }
}
