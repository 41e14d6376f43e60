package coach.kaizen.core.step;

import static coach.kaizen.core.text.Said.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import coach.kaizen.core.text.Message;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SizingTest {

    @Test
    void showsALevelRoundedToTheQuantum() {
        Sizing km = new Sizing(2, "km", 0.5, 0.5, 10.0);
        assertThat(km.show(Math.log(2.7))).isEqualTo(2.5);
        assertThat(km.show(Math.log(2.8))).isEqualTo(3.0);
        assertThat(km.show(Math.log(0.1))).isEqualTo(0.5);
        assertThat(km.show(Math.log(50))).isEqualTo(10.0);
        assertThat(new Sizing(0.3, "km", 0.1, 0.1, null).show(Math.log(0.3))).isEqualTo(0.3);
    }

    @Test
    void saysASizeAsItsNumberAndUnit() {
        Sizing minutes = new Sizing(5, "minutes", 1, 1, null);
        assertThat(minutes.said(5)).isEqualTo(Message.of("size.amount", 5.0, "minutes"));
        assertThat(minutes.said(1)).isEqualTo(Message.of("size.amount", 1.0, "minute"));
        assertThat(new Sizing(2, "km", 0.5, 0.5, null).said(2.5)).isEqualTo(Message.of("size.amount", 2.5, "km"));
    }

    @Test
    void namesOneOfAUnitInTheSingular() {
        assertThat(Sizing.singular("minutes")).isEqualTo("minute");
        assertThat(Sizing.singular("pages")).isEqualTo("page");
        assertThat(Sizing.singular("push-ups")).isEqualTo("push-up");
        assertThat(Sizing.singular("glasses")).isEqualTo("glass");
        assertThat(Sizing.singular("boxes")).isEqualTo("box");
        assertThat(Sizing.singular("glass")).isEqualTo("glass");
        assertThat(Sizing.singular("km")).isEqualTo("km");
        assertThat(Sizing.singular("s")).isEqualTo("s");
        assertThat(Sizing.singular("pieces")).isEqualTo("piece");
        assertThat(Sizing.singular("minutos")).isEqualTo("minuto");
        assertThat(Sizing.singular("veces")).isEqualTo("vez");
        assertThat(Sizing.singular("flexiones")).isEqualTo("flexión");
        assertThat(Sizing.singular("sesiones")).isEqualTo("sesión");
    }

    @Test
    void clampsTheLevelToFloorAndCeiling() {
        Sizing s = new Sizing(5, "pages", 1, 2, 8.0);
        assertThat(s.clamp(Math.log(1))).isEqualTo(Math.log(2));
        assertThat(s.clamp(Math.log(9))).isEqualTo(Math.log(8));
        assertThat(s.clamp(Math.log(5))).isEqualTo(Math.log(5));
    }

    @Test
    void rejectsSizesThatCannotWork() {
        // The words are checked in English by the app's StepRefusalsInEnglishTest.
        assertThat(refusal(() -> new Sizing(1, "pages", 1, 2, null)))
                .isEqualTo(Message.of("steps.problem.sizing.belowFloor", "2"));
        assertThat(refusal(() -> new Sizing(5, "pages", 1, 2, 4.0)))
                .isEqualTo(Message.of("steps.problem.sizing.ceiling", "5"));
        assertThat(refusal(() -> new Sizing(5, "pages", 0, 2, null)))
                .isEqualTo(Message.of("steps.problem.sizing.positive.quantum"));
        assertThatThrownBy(() -> new Sizing(5, " ", 1, 2, null)).hasMessageContaining("unit");
    }

    // Ladders of rungs.

    private static final List<String> MEDITATE = List.of(
            "Sit down on the cushion", "Three breaths", "One minute of breathing", "Five minutes guided");
    private final Sizing meditate = Sizing.ladder(MEDITATE, 1);

    @Test
    void aLadderMovesFromItsFirstRungToItsLastOneAtATime() {
        assertThat(meditate.isLadder()).isTrue();
        assertThat(meditate.floor()).isEqualTo(1);
        assertThat(meditate.ceiling()).isEqualTo(4);
        assertThat(meditate.quantum()).isEqualTo(1);
        assertThat(Sizing.ladder(MEDITATE, 3).start()).isEqualTo(3);
        assertThat(new Sizing(5, "minutes", 1, 1, null).isLadder()).isFalse();
        assertThat(new Sizing(5, "minutes", 1, 1, null).rungs()).isEmpty();
    }

    @Test
    void rungsSitTenPercentApartInLevelAndEachShowsAsItself() {
        for (int rung = 1; rung <= 4; rung++) {
            assertThat(meditate.levelOf(rung)).isCloseTo((rung - 1) * Math.log(1.1), within(1e-15));
            assertThat(meditate.show(meditate.levelOf(rung))).isEqualTo(rung);
        }
        assertThat(Sizing.ladder(MEDITATE, 3).startLevel()).isEqualTo(meditate.levelOf(3));
    }

    @Test
    void aLevelShowsItsNearestRungNeverBelowTheFirstNorAboveTheLast() {
        double rung = Math.log(1.1);
        assertThat(meditate.show(1.49 * rung)).isEqualTo(2);
        assertThat(meditate.show(1.51 * rung)).isEqualTo(3);
        assertThat(meditate.show(-5)).isEqualTo(1);
        assertThat(meditate.show(50)).isEqualTo(4);
        assertThat(meditate.clamp(-5)).isEqualTo(0);
        assertThat(meditate.clamp(50)).isEqualTo(meditate.levelOf(4));
    }

    @Test
    void levelOfUndoesShowForAmountsToo() {
        Sizing minutes = new Sizing(5, "minutes", 1, 1, null);
        assertThat(minutes.levelOf(7)).isEqualTo(Math.log(7));
        assertThat(minutes.show(minutes.levelOf(7))).isEqualTo(7);
    }

    @Test
    void describesARungInThePersonsOwnWordsAndQuotesItInASentence() {
        assertThat(meditate.said(1)).isEqualTo(Message.of("size.rung", "Sit down on the cushion"));
        assertThat(meditate.said(3)).isEqualTo(Message.of("size.rung", "One minute of breathing"));
        assertThat(meditate.mention(2)).isEqualTo(Message.of("size.rungQuoted", "Three breaths"));
        assertThat(new Sizing(5, "minutes", 1, 1, null).mention(5)).isEqualTo(Message.of("size.amount", 5.0, "minutes"));
    }

    @Test
    void trimsRungs() {
        assertThat(Sizing.ladder(List.of("  Sit down ", "Breathe\t"), 1).rungs()).containsExactly("Sit down", "Breathe");
    }

    @Test
    void aLadderHasTwoToTwelveRungs() {
        // The words are checked in English by the app's StepRefusalsInEnglishTest, as are those below.
        assertThat(refusal(() -> Sizing.ladder(List.of("Sit down"), 1)))
                .isEqualTo(Message.of("steps.problem.rungs.count", "2", "12", "1"));
        assertThat(refusal(() -> Sizing.ladder(List.of(), 1)))
                .isEqualTo(Message.of("steps.problem.rungs.count", "2", "12", "0"));
        assertThat(refusal(() -> Sizing.ladder(null, 1)))
                .isEqualTo(Message.of("steps.problem.rungs.count", "2", "12", "0"));
        List<String> thirteen = IntStream.rangeClosed(1, 13).mapToObj(i -> "Rung " + i).toList();
        assertThat(refusal(() -> Sizing.ladder(thirteen, 1)))
                .isEqualTo(Message.of("steps.problem.rungs.count", "2", "12", "13"));
        assertThat(Sizing.ladder(thirteen.subList(0, 12), 12).ceiling()).isEqualTo(12);
    }

    @Test
    void eachRungHasOneToEightyCharactersAndNoTwoAreAlike() {
        assertThat(refusal(() -> Sizing.ladder(List.of("Sit down", "  "), 1)))
                .isEqualTo(Message.of("steps.problem.rungs.empty", "2"));
        assertThat(refusal(() -> Sizing.ladder(Arrays.asList("Sit down", null), 1)))
                .isEqualTo(Message.of("steps.problem.rungs.empty", "2"));
        assertThat(refusal(() -> Sizing.ladder(List.of("Sit down", "x".repeat(81)), 1)))
                .isEqualTo(Message.of("steps.problem.rungs.tooLong", "2", "80"));
        assertThat(Sizing.ladder(List.of("Sit down", "x".repeat(80)), 1).rungs().get(1)).hasSize(80);
        assertThat(refusal(() -> Sizing.ladder(List.of("Sit down", "Breathe", " sit DOWN"), 1)))
                .isEqualTo(Message.of("steps.problem.rungs.repeats", "3", "1"));
    }

    @Test
    void theStartRungIsOneOfTheRungs() {
        assertThat(refusal(() -> Sizing.ladder(MEDITATE, 0))).isEqualTo(Message.of("steps.problem.rungs.start", "4"));
        assertThat(refusal(() -> Sizing.ladder(MEDITATE, 5))).isEqualTo(Message.of("steps.problem.rungs.start", "4"));
        assertThat(refusal(() -> new Sizing(1.5, Sizing.RUNGS, 1, 1, 4.0, MEDITATE)))
                .isEqualTo(Message.of("steps.problem.rungs.start", "4"));
    }

    @Test
    void aLadderCannotSkipRungsOrStopShortOfItsEnds() {
        assertThat(refusal(() -> new Sizing(2, Sizing.RUNGS, 2, 1, 4.0, MEDITATE)))
                .isEqualTo(Message.of("steps.problem.rungs.shape"));
        assertThat(refusal(() -> new Sizing(2, Sizing.RUNGS, 1, 2, 4.0, MEDITATE)))
                .isEqualTo(Message.of("steps.problem.rungs.shape"));
        assertThat(refusal(() -> new Sizing(2, Sizing.RUNGS, 1, 1, 3.0, MEDITATE)))
                .isEqualTo(Message.of("steps.problem.rungs.shape"));
        assertThat(refusal(() -> new Sizing(2, Sizing.RUNGS, 1, 1, null, MEDITATE)))
                .isEqualTo(Message.of("steps.problem.rungs.shape"));
    }

    @Test
    void anAmountIsASizingWithNoRungs() {
        assertThat(new Sizing(5, "minutes", 1, 1, null, null)).isEqualTo(new Sizing(5, "minutes", 1, 1, null));
        assertThat(new Sizing(5, "minutes", 1, 1, null, Collections.emptyList()).isLadder()).isFalse();
    }
}
