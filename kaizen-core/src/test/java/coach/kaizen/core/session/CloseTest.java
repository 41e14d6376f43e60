package coach.kaizen.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.session.Close.Said;
import coach.kaizen.core.text.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which words the close chooses; how they read in each language is CloseWordsTest's, in kaizen-app. */
class CloseTest {

    @Test
    void theWinNamesWhatWasDone() {
        assertThat(Close.win(List.of(new Said("Walk", Outcome.MISSED), new Said("Read", Outcome.DONE)), List.of(), false))
                .isEqualTo(Message.of("session.close.win.done", "Read"));
        assertThat(Close.win(List.of(new Said("Walk", Outcome.DONE), new Said("Read", Outcome.DONE)), List.of(), false))
                .isEqualTo(Message.of("session.close.win.dones", 2, "Walk"));
        assertThat(Close.win(List.of(new Said("Walk", Outcome.DONE)), List.of(), true))
                .isEqualTo(Message.of("session.close.win.hardDay", "Walk"));
    }

    @Test
    void withNothingDoneTheWinIsStillTrueAndKind() {
        assertThat(Close.win(List.of(new Said("No drink tonight", Outcome.SLIP)), List.of(), false))
                .isEqualTo(Message.of("session.close.win.slip"));
        assertThat(Close.win(List.of(), List.of(), false)).isEqualTo(Message.of("session.close.win.cameBack"));
    }

    @Test
    void recoveryWinsAreNamed() {
        List<Said> none = List.of(new Said("Call Sam", Outcome.MISSED));
        assertThat(Close.win(none, List.of("A boundary set"), false))
                .isEqualTo(Message.of("session.close.win.recovery", "A boundary set"));
        assertThat(Close.win(none, List.of("A craving resisted", "An honest conversation"), false))
                .isEqualTo(Message.of("session.close.win.recoveries", 2, "A craving resisted"));
        assertThat(Close.win(List.of(new Said("Walk", Outcome.DONE)), List.of("A boundary set"), true))
                .isEqualTo(Message.of("session.close.win.hardDay", "Walk"));
    }

    @Test
    void everyDoneDayIsAVote() {
        String moves = "I am someone who moves every day";
        assertThat(Close.votes(moves, 23, true)).isEqualTo(Message.of("session.close.votes.newest", 23, moves));
        assertThat(Close.votes(moves, 1, false)).isEqualTo(Message.of("session.close.votes.sofar", 1, moves));
        assertThat(Close.votes(moves, 0, false)).isEqualTo(Message.of("session.close.votes.first", moves));
    }
}
