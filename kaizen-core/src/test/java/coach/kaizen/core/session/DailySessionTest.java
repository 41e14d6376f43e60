package coach.kaizen.core.session;

import static coach.kaizen.core.session.Part.ARRIVE;
import static coach.kaizen.core.session.Part.CLOSE;
import static coach.kaizen.core.session.Part.LOOK_BACK;
import static coach.kaizen.core.session.Part.OBSTACLE;
import static coach.kaizen.core.session.Part.QUESTION;
import static coach.kaizen.core.session.Part.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.core.text.Message;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class DailySessionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    private static final List<Part> PARTS = List.of(ARRIVE, LOOK_BACK, TODAY, QUESTION, CLOSE);
    private static final QuestionBank BANK = new QuestionBank(List.of(
            new Question("q", Practice.SHRINK, Set.of(), true, "Smaller?")));
    private static final DailySession FRESH = DailySession.fresh(DAY);

    private static void refused(ThrowingCallable move, Message said) {
        assertThatThrownBy(move).isInstanceOfSatisfying(OutOfTurn.class,
                refusal -> assertThat(refusal.said()).isEqualTo(said));
    }

    private static Message part(String code) {
        return Message.of("session.part." + code);
    }

    @Test
    void beforeArrivingThereIsOnlyArriving() {
        assertThat(FRESH.current()).contains(ARRIVE);
        Message arriveFirst = Message.of("session.problem.arriveFirst");
        refused(() -> FRESH.movedPast(TODAY), arriveFirst);
        refused(() -> FRESH.toAnswer(BANK), arriveFirst);
        assertThat(FRESH.question(BANK)).isEmpty();
        refused(() -> FRESH.answered(true), arriveFirst);
        refused(FRESH::closed, arriveFirst);
        refused(() -> FRESH.require(ARRIVE), arriveFirst);
    }

    @Test
    void arrivingChoosesThePartsAndArrivingAgainKeepsWhatIsDone() {
        DailySession arrived = FRESH.arrived(PARTS, "q");
        assertThat(arrived.done()).containsExactly(ARRIVE);
        assertThat(arrived.current()).contains(LOOK_BACK);
        DailySession again = arrived.movedPast(LOOK_BACK).arrived(List.of(ARRIVE, TODAY, CLOSE), "q");
        assertThat(again.done()).containsExactlyInAnyOrder(ARRIVE, LOOK_BACK);
        assertThat(again.current()).contains(TODAY);
    }

    @Test
    void anyPartCanBeVisitedButTheCloseOnlyInItsTurn() {
        DailySession arrived = FRESH.arrived(PARTS, "q");
        assertThat(arrived.canVisit(TODAY)).isTrue();
        assertThat(arrived.canVisit(QUESTION)).as("ahead of its turn").isTrue();
        assertThat(arrived.canVisit(OBSTACLE)).as("not in this session").isFalse();
        assertThat(arrived.canVisit(CLOSE)).isFalse();
        DailySession atTheClose = arrived.movedPast(LOOK_BACK).movedPast(TODAY).answered(false);
        assertThat(atTheClose.current()).contains(CLOSE);
        assertThat(atTheClose.canVisit(CLOSE)).isTrue();
        assertThat(atTheClose.closed().canVisit(CLOSE)).isTrue();
    }

    @Test
    void partsWithoutAnAnswerAreMovedPastTheOthersAnswered() {
        DailySession arrived = FRESH.arrived(PARTS, "q");
        refused(() -> arrived.movedPast(QUESTION), Message.of("session.problem.answeredNotMoved", "question",
                part("question")));
        refused(() -> arrived.movedPast(OBSTACLE), Message.of("session.problem.noPart", "obstacle", part("obstacle")));
        refused(() -> arrived.require(OBSTACLE), Message.of("session.problem.noPart", "obstacle", part("obstacle")));
        assertThat(arrived.require(TODAY)).isSameAs(arrived);
        assertThat(arrived.movedPast(TODAY).done()).containsExactlyInAnyOrder(ARRIVE, TODAY);
    }

    @Test
    void theQuestionIsAnsweredOrPassedByButAnAnswerIsNeverPassedBy() {
        DailySession arrived = FRESH.arrived(PARTS, "q");
        assertThat(arrived.toAnswer(BANK).text()).isEqualTo("Smaller?");
        assertThat(arrived.question(BANK)).contains(arrived.toAnswer(BANK));
        DailySession hardDay = FRESH.arrived(List.of(ARRIVE, TODAY, CLOSE), "q");
        assertThat(hardDay.question(BANK)).as("picked but not among the parts").isEmpty();
        refused(() -> hardDay.toAnswer(BANK), Message.of("session.problem.noQuestion"));
        refused(() -> FRESH.arrived(PARTS, "gone").toAnswer(BANK), Message.of("session.problem.noQuestion"));
        DailySession answered = arrived.answered(true);
        assertThat(answered.done()).contains(QUESTION);
        refused(() -> answered.answered(false), Message.of("session.problem.answeredAlready"));
        assertThat(answered.answered(true).done()).contains(QUESTION);
        assertThat(arrived.answered(false).done()).contains(QUESTION);
    }

    @Test
    void theCloseComesLast() {
        DailySession arrived = FRESH.arrived(PARTS, "q");
        refused(arrived::closed, Message.of("session.problem.closesLast", "look-back", part("look-back")));
        DailySession closed = arrived.movedPast(LOOK_BACK).movedPast(TODAY).answered(false).closed();
        assertThat(closed.finished()).isTrue();
        assertThat(closed.current()).isEmpty();
        assertThat(closed.closed()).as("finishing again changes nothing").isEqualTo(closed);
    }
}
