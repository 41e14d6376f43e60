package coach.kaizen.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.session.Close.Said;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloseTest {

    @Test
    void theWinNamesWhatWasDone() {
        assertThat(Close.win(List.of(new Said("Walk", Outcome.MISSED), new Said("Read", Outcome.DONE)), List.of(), false))
                .isEqualTo("You did “Read” today.");
        assertThat(Close.win(List.of(new Said("Walk", Outcome.DONE), new Said("Read", Outcome.DONE)), List.of(), false))
                .isEqualTo("You did 2 steps today, “Walk” among them.");
        assertThat(Close.win(List.of(new Said("Walk", Outcome.DONE)), List.of(), true))
                .isEqualTo("On a hard day you still did “Walk”. That counts fully.");
    }

    @Test
    void withNothingDoneTheWinIsStillTrueAndKind() {
        assertThat(Close.win(List.of(new Said("No drink tonight", Outcome.SLIP)), List.of(), false))
                .contains("told the truth about a slip");
        assertThat(Close.win(List.of(), List.of(), false)).contains("came back").doesNotContainIgnoringCase("fail");
    }

    @Test
    void recoveryWinsAreNamed() {
        List<Said> none = List.of(new Said("Call Sam", Outcome.MISSED));
        assertThat(Close.win(none, List.of("A boundary set"), false))
                .isEqualTo("“A boundary set”: a real recovery win today.");
        assertThat(Close.win(none, List.of("A craving resisted", "An honest conversation"), false))
                .isEqualTo("2 recovery wins today, “A craving resisted” among them.");
        assertThat(Close.win(List.of(new Said("Walk", Outcome.DONE)), List.of("A boundary set"), true))
                .startsWith("On a hard day you still did");
    }

    @Test
    void everyDoneDayIsAVote() {
        String moves = "I am someone who moves every day";
        assertThat(Close.votes(moves, 23, true)).isEqualTo("That is the 23rd vote for “" + moves + "”.");
        assertThat(Close.votes(moves, 1, false)).isEqualTo("1 vote so far for “" + moves + "”.");
        assertThat(Close.votes(moves, 0, false)).startsWith("Your first done step");
        assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111).stream().map(Close::ordinal))
                .containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th");
    }
}
