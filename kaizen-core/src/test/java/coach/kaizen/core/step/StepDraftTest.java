package coach.kaizen.core.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StepDraftTest {

    private static final List<String> RUN = List.of("Put on my shoes", "Walk to the corner", "Jog one block");

    @Test
    void withRungsADraftIsALadderStartingOnTheRungItsAmountNames() {
        StepDraft first = StepDraft.of("Run", null, null, null, null, null, null, null, RUN);
        assertThat(first.sizing()).isEqualTo(Sizing.ladder(RUN, 1));
        assertThat(first.schedule()).isEqualTo(Schedule.DAILY);

        // Unit, quantum, floor and ceiling follow from the ladder, whatever a form still held.
        StepDraft second = StepDraft.of("Run", 2.0, "minutes", 5.0, 3.0, 9.0, null, "2/3", RUN);
        assertThat(second.sizing()).isEqualTo(Sizing.ladder(RUN, 2));
        assertThat(second.schedule()).isEqualTo(new Schedule.TimesInDays(2, 3));
    }

    @Test
    void aLadderIsRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> StepDraft.of("Run", 4.0, null, null, null, null, null, null, RUN))
                .hasMessage("start rung must be a whole number from 1 to 3");
        assertThatThrownBy(() -> StepDraft.of("Run", null, null, null, null, null, null, null, List.of("Shoes")))
                .hasMessage("rungs: a ladder has from 2 to 12 rungs, not 1");
        assertThatThrownBy(() -> StepDraft.of("Run", null, null, null, null, null, null, null,
                List.of("Shoes", "Walk\nthen jog"))).hasMessage("rungs: rung 2 is one line");
    }

    @Test
    void withoutRungsItIsAnAmountAsBefore() {
        StepDraft walk = StepDraft.of("Walk", 5.0, "minutes", null, null, null, null, null, List.of());
        assertThat(walk.sizing()).isEqualTo(new Sizing(5, "minutes", 1, 1, null));
        assertThatThrownBy(() -> StepDraft.of("Walk", null, "minutes", null, null, null, null, null, null))
                .hasMessage("amount is required");
    }
}
