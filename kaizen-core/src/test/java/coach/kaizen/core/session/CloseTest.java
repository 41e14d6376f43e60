package coach.kaizen.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.progress.StepHistory;
import coach.kaizen.core.recovery.RecoveryTally;
import coach.kaizen.core.session.Close.Said;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.text.Message;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which words the close chooses; how they read in each language is SessionWordsTest's, in kaizen-app. */
class CloseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Message BOUNDARY = Message.of("recovery.win.boundary");
    private static final Message CRAVING = Message.of("recovery.win.craving-resisted");
    private static final Aim MOVE = new Aim(1, "Move more", AimKind.BUILD, "I move");
    private static final Aim WINE = new Aim(2, "Less wine", AimKind.RECOVER, "I look after my evenings");
    private static final Aim READ = new Aim(3, "Read", AimKind.BUILD, null);

    private static StepHistory step(long id, Aim aim, String action, CheckIn... checkIns) {
        return new StepHistory(new Step(id, aim.id(), action, new Sizing(2, "minutes", 1, 1, null), null,
                Schedule.DAILY, TODAY.minusDays(30)), List.of(checkIns));
    }

    private static RecoveryTally tally(int actions, int urgesPassed, Message... todaysWins) {
        return new RecoveryTally(null, null, actions, urgesPassed, urgesPassed, List.of(todaysWins));
    }

    @Test
    void theWinNamesWhatWasDone() {
        assertThat(Close.win(List.of(new Said("Walk", Outcome.MISSED), new Said("Read", Outcome.DONE)), List.of(), false, false))
                .isEqualTo(Message.of("session.close.win.done", "Read"));
        assertThat(Close.win(List.of(new Said("Walk", Outcome.DONE), new Said("Read", Outcome.DONE)), List.of(), false, false))
                .isEqualTo(Message.of("session.close.win.dones", 2, "Walk"));
        assertThat(Close.win(List.of(new Said("Walk", Outcome.DONE)), List.of(), true, false))
                .isEqualTo(Message.of("session.close.win.hardDay", "Walk"));
    }

    @Test
    void withNothingDoneTheWinIsStillTrueAndKind() {
        assertThat(Close.win(List.of(new Said("No drink tonight", Outcome.SLIP)), List.of(), false, false))
                .isEqualTo(Message.of("session.close.win.slip"));
        assertThat(Close.win(List.of(), List.of(), false, false)).isEqualTo(Message.of("session.close.win.cameBack"));
    }

    @Test
    void recoveryWinsAreNamed() {
        List<Said> none = List.of(new Said("Call Sam", Outcome.MISSED));
        assertThat(Close.win(none, List.of(BOUNDARY), false, false))
                .isEqualTo(Message.of("session.close.win.recovery", BOUNDARY));
        assertThat(Close.win(none, List.of(CRAVING, BOUNDARY), false, false))
                .isEqualTo(Message.of("session.close.win.recoveries", 2, CRAVING));
        assertThat(Close.win(List.of(new Said("Walk", Outcome.DONE)), List.of(BOUNDARY), true, false))
                .isEqualTo(Message.of("session.close.win.hardDay", "Walk"));
    }

    @Test
    void everyDoneDayIsAVote() {
        String moves = "I am someone who moves every day";
        assertThat(Close.votes(moves, 23, true)).isEqualTo(Message.of("session.close.votes.newest", 23, moves));
        assertThat(Close.votes(moves, 1, false)).isEqualTo(Message.of("session.close.votes.sofar", 1, moves));
        assertThat(Close.votes(moves, 0, false)).isEqualTo(Message.of("session.close.votes.first", moves));
    }

    @Test
    void anAimsVotesAreItsOwnStepsDoneDaysAndItsRecoveryWins() {
        List<StepHistory> steps = List.of(
                step(1, MOVE, "Walk", CheckIn.done(TODAY.minusDays(2)), CheckIn.missed(TODAY.minusDays(1)),
                        CheckIn.done(TODAY)),
                step(2, READ, "Read", CheckIn.done(TODAY)),
                step(3, WINE, "Tea", CheckIn.done(TODAY.minusDays(1))));
        assertThat(Close.votes(MOVE, steps, TODAY, null)).isEqualTo(Message.of("session.close.votes.newest", 2, "I move"));
        assertThat(Close.votes(MOVE, steps, TODAY.plusDays(1), null))
                .isEqualTo(Message.of("session.close.votes.sofar", 2, "I move"));
        assertThat(Close.votes(WINE, steps, TODAY, tally(2, 1)))
                .isEqualTo(Message.of("session.close.votes.sofar", 4, WINE.identity()));
        assertThat(Close.votes(WINE, steps, TODAY, tally(2, 1, BOUNDARY)))
                .as("a recovery win today is the newest vote")
                .isEqualTo(Message.of("session.close.votes.newest", 4, WINE.identity()));
        assertThat(Close.votes(WINE, List.of(), TODAY, tally(0, 0)))
                .isEqualTo(Message.of("session.close.votes.first", WINE.identity()));
    }

    @Test
    void theCloseOfADaySaysItsWinAndALineForEachAimWithAnIdentity() {
        List<StepHistory> steps = List.of(
                step(1, MOVE, "Walk", CheckIn.done(TODAY.minusDays(1)), CheckIn.missed(TODAY)),
                step(2, READ, "Read", CheckIn.done(TODAY)));
        assertThat(Close.of(TODAY, steps, List.of(MOVE, READ), Map.of(), false, false)).isEqualTo(new Close(
                Message.of("session.close.win.done", "Read"),
                List.of(Message.of("session.close.votes.sofar", 1, "I move"))));

        Close withWins = Close.of(TODAY, steps, List.of(MOVE, WINE, READ), Map.of(WINE.id(), tally(1, 0, CRAVING)),
                false, false);
        assertThat(withWins.win()).isEqualTo(Message.of("session.close.win.recovery", CRAVING));
        assertThat(withWins.votes()).containsExactly(Message.of("session.close.votes.sofar", 1, "I move"),
                Message.of("session.close.votes.newest", 1, WINE.identity()));
        assertThat(Close.of(TODAY, steps, List.of(MOVE, WINE, READ), Map.of(WINE.id(), tally(1, 0, CRAVING)), true, false)
                .win()).as("on a hard day the step done comes first")
                .isEqualTo(Message.of("session.close.win.hardDay", "Read"));
        assertThat(Close.of(TODAY.plusDays(1), steps, List.of(READ), Map.of(), false, false))
                .isEqualTo(new Close(Message.of("session.close.win.cameBack"), List.of()));
    }
}
