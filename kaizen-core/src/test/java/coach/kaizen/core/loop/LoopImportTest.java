package coach.kaizen.core.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.step.Measure;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.text.Refused;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoopImportTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    private static final LoopImport.Words WORDS = new LoopImport.Words("time", "units", "Habit");

    private static LoopHabit yesNo(String name, int times, int days) {
        return new LoopHabit(1, name, "Did you walk today?", "", false, times, days, "", null, 0, false, null);
    }

    @Test
    void aYesNoHabitIsAStepOfOneWithItsSchedule() {
        LoopImport.ImportedHabit read = LoopImport.read(new LoopHistory(yesNo("Walk", 3, 7), List.of()), TODAY, WORDS);

        assertThat(read.draft().action()).isEqualTo("Walk");
        assertThat(read.draft().schedule()).isEqualTo(Schedule.parse("3/7"));
        assertThat(read.draft().sizing().start()).isEqualTo(1);
        assertThat(read.draft().sizing().ceiling()).isEqualTo(1);
        assertThat(read.draft().sizing().unit()).isEqualTo("time");
        assertThat(read.measure()).isNull();
        assertThat(read.startDay()).isEqualTo(TODAY);
        assertThat(read.checkIns()).isEmpty();
    }

    @Test
    void theQuestionIsTheActionWhenTheHabitHasNoName() {
        assertThat(LoopImport.read(new LoopHistory(yesNo(" ", 1, 1), List.of()), TODAY, WORDS).draft().action())
                .isEqualTo("Did you walk today?");
    }

    @Test
    void daysAreCheckInsButLoopsOwnFillingAndUnknownDaysAreNot() {
        List<LoopEntry> entries = List.of(
                new LoopEntry(TODAY.minusDays(4), LoopEntry.YES_MANUAL, "felt good"),
                new LoopEntry(TODAY.minusDays(3), LoopEntry.YES_AUTO, ""),
                new LoopEntry(TODAY.minusDays(2), LoopEntry.NO, ""),
                new LoopEntry(TODAY.minusDays(1), LoopEntry.SKIP, ""),
                new LoopEntry(TODAY, LoopEntry.UNKNOWN, ""),
                new LoopEntry(TODAY.plusDays(1), LoopEntry.YES_MANUAL, ""));

        LoopImport.ImportedHabit read = LoopImport.read(new LoopHistory(yesNo("Walk", 1, 1), entries), TODAY, WORDS);

        assertThat(read.checkIns()).containsExactly(
                new CheckIn(TODAY.minusDays(4), Outcome.DONE, null, null, "felt good"),
                CheckIn.missed(TODAY.minusDays(2)),
                CheckIn.skipped(TODAY.minusDays(1)));
        assertThat(read.startDay()).isEqualTo(TODAY.minusDays(4));
        assertThat(read.besides(Set.of(TODAY.minusDays(4)))).hasSize(2);
    }

    @Test
    void aNumericalHabitKeepsItsUnitTargetAndAmountsOverAThousand() {
        LoopHabit run = new LoopHabit(2, "Run", "", "", true, 1, 7, "km", Measure.Kind.AT_LEAST, 10.5, true, "u1");
        List<LoopEntry> entries = List.of(new LoopEntry(TODAY.minusDays(2), 2500, ""),
                new LoopEntry(TODAY.minusDays(1), 0, ""), new LoopEntry(TODAY, LoopEntry.SKIP, ""));

        LoopImport.ImportedHabit read = LoopImport.read(new LoopHistory(run, entries), TODAY, WORDS);

        assertThat(read.measure()).isEqualTo(new Measure(Measure.Kind.AT_LEAST, 10.5));
        assertThat(read.draft().sizing().start()).isEqualTo(10.5);
        assertThat(read.draft().sizing().quantum()).isEqualTo(0.1);
        assertThat(read.draft().sizing().unit()).isEqualTo("km");
        assertThat(read.checkIns()).extracting(CheckIn::outcome, CheckIn::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Outcome.DONE, 2.5),
                org.assertj.core.groups.Tuple.tuple(Outcome.MISSED, null),
                org.assertj.core.groups.Tuple.tuple(Outcome.SKIPPED, null));
    }

    @Test
    void nothingOverALimitIsDoneAndTheStepNeverAsksAboveIt() {
        LoopHabit coffee = new LoopHabit(3, "Coffee", "", "", true, 1, 1, "", Measure.Kind.AT_MOST, 2, false, null);

        LoopImport.ImportedHabit read = LoopImport.read(
                new LoopHistory(coffee, List.of(new LoopEntry(TODAY, 0, ""))), TODAY, WORDS);

        assertThat(read.checkIns()).containsExactly(new CheckIn(TODAY, Outcome.DONE, 0.0, null, null));
        assertThat(read.draft().sizing().ceiling()).isEqualTo(2);
        assertThat(read.draft().sizing().unit()).isEqualTo("units");
    }

    @Test
    void aScheduleLongerThanStepsCanRunIsRefusedNamingTheHabit() {
        assertThatThrownBy(() -> LoopImport.read(new LoopHistory(yesNo("Dentist", 1, 180), List.of()), TODAY, WORDS))
                .isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).said().args()).contains("Dentist", "180"));
    }

    @Test
    void aLongUnicodeNameIsCutBetweenCharacters() {
        String name = "a".repeat(119) + "😀 more";
        assertThat(LoopImport.read(new LoopHistory(yesNo(name, 1, 1), List.of()), TODAY, WORDS).draft().action())
                .isEqualTo("a".repeat(119));
    }

    @Test
    void theSameHabitIsTheSameIdElseTheSameNameAtTheSamePlace() {
        LoopHabit withId = new LoopHabit(4, "Read", "", "", false, 1, 1, "", null, 0, false, "abc");
        assertThat(new LoopImport.Origin("abc", "Old name", 9).isOf(withId)).isTrue();
        assertThat(new LoopImport.Origin("xyz", "Read", 4).isOf(withId)).isFalse();
        assertThat(new LoopImport.Origin(null, "Read", 4).isOf(withId)).isTrue();
        assertThat(new LoopImport.Origin(null, "Read", 5).isOf(withId)).isFalse();
    }
}
