package coach.kaizen.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.experiment.Experiment;
import coach.kaizen.core.experiment.ExperimentKind;
import coach.kaizen.core.recovery.RecoveryActionKind;
import coach.kaizen.core.session.Close.Said;
import coach.kaizen.core.session.Close;
import coach.kaizen.core.session.Question;
import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Refused;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The session's and the practices' words, as English and Spanish say them (moved here from the core's CloseTest). */
class SessionWordsTest {

    private static final Texts ENGLISH = Catalog.shipped().texts("en");
    private static final Texts SPANISH = Catalog.shipped().texts("es");

    @Test
    void theWinNamesWhatWasDone() {
        assertThat(ENGLISH.say(Close.win(List.of(new Said("Walk", Outcome.MISSED), new Said("Read", Outcome.DONE)),
                List.of(), false, false))).isEqualTo("You did “Read” today.");
        assertThat(ENGLISH.say(Close.win(List.of(new Said("Walk", Outcome.DONE), new Said("Read", Outcome.DONE)),
                List.of(), false, false))).isEqualTo("You did 2 steps today, “Walk” among them.");
        assertThat(ENGLISH.say(Close.win(List.of(new Said("Walk", Outcome.DONE)), List.of(), true, false)))
                .isEqualTo("On a hard day you still did “Walk”. That counts fully.");
        assertThat(ENGLISH.say(Close.win(List.of(new Said("Walk", Outcome.DONE)), List.of(), true, true)))
                .as("a day not safe is said as such, not as a hard day").isEqualTo("Even on a day this heavy, you did “Walk”. That counts fully.");
        assertThat(SPANISH.say(Close.win(List.of(new Said("Caminar", Outcome.DONE), new Said("Leer", Outcome.DONE)),
                List.of(), false, false))).isEqualTo("Hoy diste 2 pasos, entre ellos «Caminar».");
    }

    @Test
    void withNothingDoneTheWinIsStillTrueAndKind() {
        assertThat(ENGLISH.say(Close.win(List.of(new Said("No drink tonight", Outcome.SLIP)), List.of(), false, false)))
                .contains("told the truth about a slip");
        // True of a first session as of any other: "came back" was not.
        assertThat(ENGLISH.say(Close.win(List.of(), List.of(), false, false))).contains("showed up")
                .doesNotContain("came back")
                .doesNotContainIgnoringCase("fail");
        assertThat(SPANISH.say(Close.win(List.of(), List.of(), false, false)))
                .isEqualTo("Te presentaste y miraste tu día con honestidad. Presentarse es el hábito que "
                        + "sostiene todos los demás.");
    }

    @Test
    void recoveryWinsAreNamed() {
        List<Said> none = List.of(new Said("Call Sam", Outcome.MISSED));
        Message boundary = RecoveryActionKind.BOUNDARY.words();
        assertThat(ENGLISH.say(Close.win(none, List.of(boundary), false, false)))
                .isEqualTo("“A boundary set”: a real recovery win today.");
        assertThat(ENGLISH.say(Close.win(none, List.of(RecoveryActionKind.CRAVING_RESISTED.words(),
                RecoveryActionKind.HONEST_TALK.words()), false, false)))
                .isEqualTo("2 recovery wins today, “A craving resisted” among them.");
        assertThat(ENGLISH.say(Close.win(List.of(new Said("Walk", Outcome.DONE)), List.of(boundary), true, false)))
                .startsWith("On a hard day you still did");
    }

    @Test
    void everyDoneDayIsAVote() {
        String moves = "I am someone who moves every day";
        assertThat(ENGLISH.say(Close.votes(moves, 23, true))).isEqualTo("That is the 23rd vote for “" + moves + "”.");
        assertThat(ENGLISH.say(Close.votes(moves, 1, false))).isEqualTo("1 vote so far for “" + moves + "”.");
        assertThat(ENGLISH.say(Close.votes(moves, 0, false))).startsWith("Your first done step");
        assertThat(IntStream.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)
                .mapToObj(n -> ENGLISH.say(Close.votes("x", n, true))).toList())
                .containsExactlyElementsOf(Stream.of("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd",
                        "101st", "111th").map(ordinal -> "That is the " + ordinal + " vote for “x”.").toList());
        String soy = "Soy alguien que se mueve cada día";
        assertThat(SPANISH.say(Close.votes(soy, 4, true))).isEqualTo("Es tu 4.º voto por «" + soy + "».");
        assertThat(SPANISH.say(Close.votes(soy, 1, false))).isEqualTo("1 voto hasta ahora por «" + soy + "».");
        assertThat(SPANISH.say(Close.votes(soy, 7, false))).isEqualTo("7 votos hasta ahora por «" + soy + "».");
    }

    @Test
    void anExperimentsRulesAreSaidInEachLanguage() {
        Refused days = catchRefused(() -> new Experiment(1, 1, ExperimentKind.PLACE, "x", LocalDate.of(2026, 6, 1), 1,
                null, null));
        assertThat(ENGLISH.say(days.said())).isEqualTo("days must be from 2 to 28");
        assertThat(SPANISH.say(days.said())).isEqualTo("los días van de 2 a 28");
        Refused kind = catchRefused(() -> new Experiment(1, 1, null, "x", LocalDate.of(2026, 6, 1), 7, null, null));
        assertThat(ENGLISH.say(kind.said())).isEqualTo("kind is required (TIME, PLACE, ANCHOR or PREPARATION)");
    }

    @Test
    void theQuestionsAreAskedInSpanishWithTheSameIds() {
        Questions questions = Questions.standard();
        assertThat(questions.in("es").find("shrink-smaller-still").map(Question::text))
                .contains("¿Cómo sería tu paso de hoy a la mitad de su tamaño, si se te hizo pesado?");
        assertThat(questions.in("en").find("shrink-smaller-still").map(Question::text))
                .contains("If today's step felt heavy, what would a version half its size look like?");
        assertThat(questions.in("es").all()).extracting(Question::id)
                .containsExactlyElementsOf(questions.bank().all().stream().map(Question::id).toList());
        assertThat(questions.in("es").all()).allSatisfy(question -> assertThat(question.text())
                .isNotEqualTo(questions.bank().find(question.id()).orElseThrow().text()));
    }

    private static Refused catchRefused(Runnable make) {
        try {
            make.run();
        } catch (Refused refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }
}
