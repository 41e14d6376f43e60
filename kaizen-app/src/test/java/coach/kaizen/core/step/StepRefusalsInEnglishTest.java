package coach.kaizen.core.step;

import static coach.kaizen.core.engine.EnglishReasons.english;
import static coach.kaizen.core.engine.EnglishReasons.englishRefusal;
import static coach.kaizen.core.engine.EnglishReasons.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Readiness;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The words the core refuses a step, a schedule, a check-in or a readiness with, said in English as
 * they always read (the core's own tests check the keys), and in Spanish.
 */
class StepRefusalsInEnglishTest {

    private static final List<String> MEDITATE = List.of(
            "Sit down on the cushion", "Three breaths", "One minute of breathing", "Five minutes guided");
    private static final List<String> RUN = List.of("Put on my running shoes", "Walk to the corner", "Jog one block");

    @Test
    void aLadderIsRefusedWithTheFieldNamed() {
        assertThat(englishRefusal(() -> StepDraft.of("Run", 4.0, null, null, null, null, null, null, RUN)))
                .isEqualTo("amount, the rung to start on, must be a whole number from 1 to 3");
        assertThat(englishRefusal(() -> StepDraft.of("Run", null, null, null, null, null, null, null,
                List.of("Shoes")))).isEqualTo("rungs: a ladder has from 2 to 12 rungs, not 1");
        assertThat(englishRefusal(() -> StepDraft.of("Run", null, null, null, null, null, null, null,
                List.of("Shoes", "Walk\nthen jog")))).isEqualTo("rungs: rung 2 is one line");
        assertThat(englishRefusal(() -> StepDraft.of("Run", null, null, null, null, null, null, null,
                List.of("Shoes", "shoes")))).isEqualTo("rungs: rung 2 repeats rung 1");
        assertThat(englishRefusal(() -> StepDraft.of("Walk", null, "minutes", null, null, null, null, null, null)))
                .isEqualTo("amount is required");
        assertThat(englishRefusal(() -> StepDraft.of("Walk", 5.0, " ", null, null, null, null, null, null)))
                .isEqualTo("unit is required");
    }

    @Test
    void sizesThatCannotWork() {
        assertThat(englishRefusal(() -> new Sizing(1, "pages", 1, 2, null)))
                .contains("at least the floor").isEqualTo("amount must be at least the floor (2)");
        assertThat(englishRefusal(() -> new Sizing(5, "pages", 1, 2, 4.0)))
                .contains("ceiling").isEqualTo("ceiling must be at least the amount (5)");
        assertThat(englishRefusal(() -> new Sizing(5, "pages", 0, 2, null)))
                .contains("quantum").isEqualTo("quantum must be a number above zero");
    }

    @Test
    void sizesNoPageCouldShowAreRefusedAsSaidWithTheFieldNamed() {
        assertThat(englishRefusal(() -> StepDraft.of("Walk", 1e308, "minutes", null, null, null, null, null, null)))
                .isEqualTo("amount can be at most 1,000,000");
        assertThat(englishRefusal(() -> StepDraft.of("Walk", 5.0, "minutes", 1e-300, null, null, null, null, null)))
                .isEqualTo("quantum must be at least 0.001");
        assertThat(englishRefusal(() -> StepDraft.of("Walk", 5.0, "minutes", 1.0, 0.0001, null, null, null, null)))
                .isEqualTo("floor must be at least 0.001");
        assertThat(englishRefusal(() -> StepDraft.of("Walk", 5.0, "minutes", 1.0, 1.0, 2e6, null, null, null)))
                .isEqualTo("ceiling can be at most 1,000,000");
        assertThat(StepDraft.of("Walk", 1e6, "steps", 0.001, 0.001, 1e6, null, null, null).sizing().start())
                .isEqualTo(1e6);
        // A size stored before these limits still reads back: only what is said now is held to them.
        assertThat(new Sizing(1e308, "minutes", 1e-300, 1e-300, null).start()).isEqualTo(1e308);
        LocalDate day = LocalDate.of(2026, 5, 4);
        assertThat(englishRefusal(() -> CheckIn.said(day, Outcome.DONE, 1e308, null, null)))
                .isEqualTo("amount can be at most 1,000,000");
        assertThat(englishRefusal(() -> CheckIn.said(day, Outcome.DONE, 1e-300, null, null)))
                .isEqualTo("amount must be at least 0.001");
        assertThat(CheckIn.said(day, Outcome.DONE, 1e6, null, null).amount()).isEqualTo(1e6);
        assertThat(englishRefusal(() -> CheckIn.said(day, Outcome.DONE, 0.0, null, null)))
                .as("nothing done is a day not done").startsWith("amount must be above zero");
        assertThat(CheckIn.brought(day, Outcome.DONE, 0.0, null, null).amount()).as("one kept before still comes")
                .isZero();
        assertThat(new CheckIn(day, Outcome.DONE, 1e308, null, null).amount()).isEqualTo(1e308);
    }

    @Test
    void schedulesSayHowToWriteThem() {
        for (String bad : new String[] {"", " ", "weekly", "mo", "monday,", "mon;wed", "0/7", "8/7", "3/40", "1/1x", null}) {
            assertThat(englishRefusal(() -> Schedule.parse(bad))).as(String.valueOf(bad)).contains("schedule");
        }
        assertThat(englishRefusal(() -> Schedule.parse("5/40"))).contains("2 to 31 days")
                .isEqualTo("a schedule of times in days is 1 to 30 times in 2 to 31 days, fewer times than days");
        assertThat(english(Schedule.parse("mon,wed,fri").said())).isEqualTo("on Mondays, Wednesdays and Fridays");
        assertThat(english(Schedule.parse("sun").said())).isEqualTo("on Sundays");
        assertThat(english(Schedule.parse("3/7").said())).isEqualTo("3 times in 7 days");
        assertThat(english(Schedule.parse("1/2").said())).isEqualTo("once in 2 days");
        assertThat(english(Schedule.DAILY.said())).isEqualTo("every day");
    }

    @Test
    void checkInsAndReadiness() {
        LocalDate day = LocalDate.of(2026, 5, 4);
        assertThat(englishRefusal(() -> new CheckIn(null, Outcome.DONE, null, null, null)))
                .isEqualTo("day is required");
        assertThat(englishRefusal(() -> new CheckIn(day, null, null, null, null)))
                .isEqualTo("outcome is required (DONE, MISSED, SKIPPED or SLIP)");
        assertThat(englishRefusal(() -> new CheckIn(day, Outcome.DONE, -1.0, null, null)))
                .isEqualTo("amount must be zero or more");
        assertThat(englishRefusal(() -> new CheckIn(day, Outcome.MISSED, 1.0, null, null)))
                .isEqualTo("amount goes with DONE only");
        assertThat(englishRefusal(() -> new CheckIn(day, Outcome.DONE, null, 11, null)))
                .isEqualTo("resistance must be from 0 to 10");
        assertThat(englishRefusal(() -> new Readiness(11, null, null))).isEqualTo("energy must be from 0 to 10");
        assertThat(englishRefusal(() -> new Readiness(null, -1, null))).isEqualTo("stress must be from 0 to 10");
        assertThat(englishRefusal(() -> new Readiness(null, null, 12))).isEqualTo("craving must be from 0 to 10");
    }

    @Test
    void aLadderHasTwoToTwelveRungs() {
        assertThat(englishRefusal(() -> Sizing.ladder(List.of("Sit down"), 1)))
                .isEqualTo("rungs: a ladder has from 2 to 12 rungs, not 1");
        assertThat(englishRefusal(() -> Sizing.ladder(List.of(), 1)))
                .isEqualTo("rungs: a ladder has from 2 to 12 rungs, not 0");
        assertThat(englishRefusal(() -> Sizing.ladder(null, 1)))
                .isEqualTo("rungs: a ladder has from 2 to 12 rungs, not 0");
        List<String> thirteen = IntStream.rangeClosed(1, 13).mapToObj(i -> "Rung " + i).toList();
        assertThat(englishRefusal(() -> Sizing.ladder(thirteen, 1)))
                .isEqualTo("rungs: a ladder has from 2 to 12 rungs, not 13");
        assertThat(Sizing.ladder(thirteen.subList(0, 12), 12).ceiling()).isEqualTo(12);
    }

    @Test
    void eachRungHasOneToEightyCharactersAndNoTwoAreAlike() {
        assertThat(Sizing.ladder(List.of("Sit down", "x".repeat(80)), 1).rungs().get(1)).hasSize(80);
        assertThat(englishRefusal(() -> Sizing.ladder(List.of("Sit down", "  "), 1)))
                .isEqualTo("rungs: rung 2 is required");
        assertThat(englishRefusal(() -> Sizing.ladder(List.of("Sit down", "x".repeat(81)), 1)))
                .isEqualTo("rungs: rung 2 can be at most 80 characters");
        assertThat(englishRefusal(() -> Sizing.ladder(List.of("Sit down", "Breathe", " sit DOWN"), 1)))
                .isEqualTo("rungs: rung 3 repeats rung 1");
    }

    @Test
    void theStartRungIsOneOfTheRungs() {
        assertThat(englishRefusal(() -> Sizing.ladder(MEDITATE, 0)))
                .isEqualTo("amount, the rung to start on, must be a whole number from 1 to 4");
        assertThat(englishRefusal(() -> Sizing.ladder(MEDITATE, 5)))
                .isEqualTo("amount, the rung to start on, must be a whole number from 1 to 4");
        assertThat(englishRefusal(() -> new Sizing(1.5, Sizing.RUNGS, 1, 1, 4.0, MEDITATE)))
                .isEqualTo("amount, the rung to start on, must be a whole number from 1 to 4");
    }

    @Test
    void aLadderCannotSkipRungsOrStopShortOfItsEnds() {
        String message = "rungs: a ladder moves one rung at a time, from the first to the last";
        assertThat(englishRefusal(() -> new Sizing(2, Sizing.RUNGS, 2, 1, 4.0, MEDITATE))).isEqualTo(message);
        assertThat(englishRefusal(() -> new Sizing(2, Sizing.RUNGS, 1, 2, 4.0, MEDITATE))).isEqualTo(message);
        assertThat(englishRefusal(() -> new Sizing(2, Sizing.RUNGS, 1, 1, 3.0, MEDITATE))).isEqualTo(message);
        assertThat(englishRefusal(() -> new Sizing(2, Sizing.RUNGS, 1, 1, null, MEDITATE))).isEqualTo(message);
    }

    @Test
    void inSpanish() {
        Texts es = Catalog.shipped().texts("es");
        assertThat(es.say(Schedule.parse("mon,wed,fri").said())).isEqualTo("los lunes, miércoles y viernes");
        assertThat(es.say(Schedule.parse("1/2").said())).isEqualTo("una vez en 2 días");
        assertThat(es.say(Schedule.parse("3/7").said())).isEqualTo("3 veces en 7 días");
        // Field names in Spanish too, not the JSON's English ones.
        assertThat(es.say(refusal(() -> Sizing.ladder(List.of("Sentarme", " "), 1))))
                .isEqualTo("peldaños: falta el peldaño 2");
        assertThat(es.say(refusal(() -> StepDraft.of("Andar", 5.0, null, null, null, null, null, null, null))))
                .isEqualTo("falta la unidad");
    }
}
