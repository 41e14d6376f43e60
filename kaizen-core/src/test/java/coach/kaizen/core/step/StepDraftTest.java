package coach.kaizen.core.step;

import static coach.kaizen.core.text.Said.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.core.text.Message;
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
        // The words are checked in English by the app's StepRefusalsInEnglishTest.
        assertThat(refusal(() -> StepDraft.of("Run", 4.0, null, null, null, null, null, null, RUN)))
                .isEqualTo(Message.of("steps.problem.rungs.start", "3"));
        assertThat(refusal(() -> StepDraft.of("Run", null, null, null, null, null, null, null, List.of("Shoes"))))
                .isEqualTo(Message.of("steps.problem.rungs.count", "2", "12", "1"));
        assertThat(refusal(() -> StepDraft.of("Run", null, null, null, null, null, null, null,
                List.of("Shoes", "Walk\nthen jog")))).isEqualTo(Message.of("steps.problem.rungs.oneLine", "2"));
    }

    @Test
    void withoutRungsItIsAnAmountAsBefore() {
        StepDraft walk = StepDraft.of("Walk", 5.0, "minutes", null, null, null, null, null, List.of());
        assertThat(walk.sizing()).isEqualTo(new Sizing(5, "minutes", 1, 1, null));
        assertThat(refusal(() -> StepDraft.of("Walk", null, "minutes", null, null, null, null, null, null)))
                .isEqualTo(Message.of("steps.problem.amount"));
        assertThat(refusal(() -> StepDraft.of("Walk", 5.0, " ", null, null, null, null, null, null)))
                .isEqualTo(Message.of("steps.problem.unit"));
    }

    @Test
    void aQuantumNotGivenCountsTheAmountWhole() {
        assertThat(quantumOf(5.0)).isEqualTo(1);
        assertThat(quantumOf(2.5)).isEqualTo(0.5);
        assertThat(quantumOf(0.75)).isEqualTo(0.25);
        assertThat(quantumOf(1.3)).isEqualTo(0.1);
        assertThat(quantumOf(0.002)).isEqualTo(0.001);
        StepDraft run = StepDraft.of("Run", 2.5, "km", null, null, null, null, null, null);
        assertThat(run.startingAsWritten().sizing().show(run.sizing().startLevel())).isEqualTo(2.5);
    }

    @Test
    void aStepAskedForNowStartsOnAWholeNumberOfQuanta() {
        StepDraft eight = StepDraft.of("Stretch", 8.0, "minutes", 5.0, null, null, null, null, null);
        assertThat(refusal(eight::startingAsWritten))
                .isEqualTo(Message.of("steps.problem.sizing.quanta", 8.0, 5.0, 5.0, 10.0, 1.0));
        StepDraft three = StepDraft.of("Stretch", 3.0, "minutes", 5.0, null, null, null, null, null);
        assertThat(refusal(three::startingAsWritten))
                .isEqualTo(Message.of("steps.problem.sizing.quanta.one", 3.0, 5.0, 5.0, 1.0));
        StepDraft run = StepDraft.of("Run", 2.5, "km", 1.0, null, null, null, null, null);
        assertThat(refusal(run::startingAsWritten))
                .isEqualTo(Message.of("steps.problem.sizing.quanta", 2.5, 1.0, 2.0, 3.0, 0.5));
        StepDraft ten = StepDraft.of("Stretch", 10.0, "minutes", 5.0, null, null, null, null, null);
        assertThat(ten.startingAsWritten()).isSameAs(ten);
        StepDraft ladder = StepDraft.of("Run", 2.0, null, null, null, null, null, null, RUN);
        assertThat(ladder.startingAsWritten()).isSameAs(ladder);
    }

    private static double quantumOf(double amount) {
        return StepDraft.of("Walk", amount, "km", null, null, null, null, null, null).sizing().quantum();
    }
}
