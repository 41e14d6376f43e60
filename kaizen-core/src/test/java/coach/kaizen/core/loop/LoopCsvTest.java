package coach.kaizen.core.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.step.Measure;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.text.Refused;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Loop's CSV export as Loop's HabitsCSVExporter and HabitList.writeCSV write it, odd names included. */
class LoopCsvTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);

    private static final String HABITS = """
            Position,Name,Type,Question,Description,FrequencyNumerator,FrequencyDenominator,Color,Unit,Target Type,Target Value,Archived?
            001,"Walk, then stretch",YES_NO,"Did you ""walk""?",,3,7,#FF8F00,,,,false
            002,Läuft 🏃,NUMERICAL,,notes here,1,7,#FF8F00,km,AT_LEAST,10.0,true
            003,Read,YES_NO,,,1,1,#FF8F00,,,,false
            004,Read,YES_NO,,,1,1,#FF8F00,,,,false
            """;

    private static Map<String, String> export() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("Habits.csv", HABITS);
        files.put("001 Walk then stretch/Checkmarks.csv", """
                Date,Value,Notes
                2025-06-10,YES_MANUAL,"a note, with a comma"
                2025-06-09,YES_AUTO,
                2025-06-08,NO,
                2025-06-07,SKIP,
                """);
        files.put("002 Luft/Checkmarks.csv", "2025-06-10,2500\r\n2025-06-03,12000\r\n");
        files.put("004 Read/Checkmarks.csv", "2025-06-10,2\n");
        files.put("Checkmarks.csv", "Date,Walk, then stretch,Läuft 🏃,Read,Read,\n");
        return files;
    }

    @Test
    void readsEveryHabitWithItsDaysByFolderNumber() {
        List<LoopHistory> histories = LoopCsv.read(export());

        assertThat(histories).extracting(history -> history.habit().name())
                .containsExactly("Walk, then stretch", "Läuft 🏃", "Read", "Read");
        LoopHistory walk = histories.get(0);
        assertThat(walk.habit().question()).isEqualTo("Did you \"walk\"?");
        assertThat(walk.habit().times()).isEqualTo(3);
        assertThat(walk.entries()).extracting(LoopEntry::value).containsExactly(2, 1, 0, 3);
        assertThat(walk.entries().get(0).notes()).isEqualTo("a note, with a comma");
        LoopHistory run = histories.get(1);
        assertThat(run.habit().numerical()).isTrue();
        assertThat(run.habit().target()).isEqualTo(10.0);
        assertThat(run.habit().archived()).isTrue();
        assertThat(run.entries()).extracting(LoopEntry::value).containsExactly(2500, 12000);
        assertThat(histories.get(2).entries()).isEmpty();
        assertThat(histories.get(3).entries()).hasSize(1);
    }

    @Test
    void readsTheOlderHabitsFile() {
        Map<String, String> files = Map.of("Habits.csv", """
                Position,Name,Description,NumRepetitions,Interval,Color
                001,Meditate,Did you meditate?,1,1,#FF0000
                """);

        LoopHabit habit = LoopCsv.read(files).get(0).habit();

        assertThat(habit.name()).isEqualTo("Meditate");
        assertThat(habit.numerical()).isFalse();
        assertThat(habit.days()).isEqualTo(1);
    }

    @Test
    void refusesWhatIsNotLoopsExportNamingTheFileAndLine() {
        assertThatThrownBy(() -> LoopCsv.read(Map.of("Checkmarks.csv", "")))
                .isInstanceOf(Refused.class).hasMessage("exchange.loop.problem.noHabitsFile");
        Map<String, String> badDate = new LinkedHashMap<>(export());
        badDate.put("003 Read/Checkmarks.csv", "Date,Value\n10/06/2025,YES_MANUAL\n");
        assertThatThrownBy(() -> LoopCsv.read(badDate)).isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).said().args()).containsExactly(
                        "003 Read/Checkmarks.csv", "2", "10/06/2025"));
        Map<String, String> stray = new LinkedHashMap<>(export());
        stray.put("009 Gone/Checkmarks.csv", "2025-06-10,2\n");
        assertThatThrownBy(() -> LoopCsv.read(stray)).isInstanceOf(Refused.class)
                .hasMessage("exchange.loop.problem.folderWithoutHabit");
        assertThatThrownBy(() -> LoopCsv.read(Map.of("Habits.csv", "Name\n\"open")))
                .isInstanceOf(Refused.class).hasMessage("exchange.loop.problem.csvQuote");
    }

    @Test
    void ourExportReadsBackAsTheSameHabitsAndDays() {
        LoopImport.Words words = new LoopImport.Words("time", "units", "Habit");
        List<LoopHistory> histories = LoopCsv.read(export());
        List<LoopExport.Exported> steps = new java.util.ArrayList<>();
        long id = 1;
        for (LoopHistory history : histories) {
            LoopImport.ImportedHabit read = LoopImport.read(history, TODAY, words);
            Step step = new Step(id++, 1, read.draft().action(), read.draft().sizing(), null, read.draft().schedule(),
                    read.startDay(), read.measure());
            steps.add(new LoopExport.Exported(StepProgress.replayDays(new Engine(coach.kaizen.core.engine.EngineSettings.DEFAULTS), step, read.checkIns(), List.of(),
                    Map.of()), history.habit().archived()));
        }

        Map<String, String> files = LoopExport.files(steps, TODAY);
        List<LoopHistory> back = LoopCsv.read(files);

        assertThat(files.keySet()).startsWith("Habits.csv").contains("001 Walk then stretch/Scores.csv",
                "002 Luft/Checkmarks.csv", "003 Read/Scores.csv", "Checkmarks.csv", "Scores.csv");
        assertThat(back).extracting(history -> history.habit().name())
                .containsExactly("Walk, then stretch", "Läuft 🏃", "Read", "Read");
        assertThat(back.get(1).habit().targetKind()).isEqualTo(Measure.Kind.AT_LEAST);
        for (int i = 0; i < histories.size(); i++) {
            List<CheckIn> before = LoopImport.read(histories.get(i), TODAY, words).checkIns();
            assertThat(LoopImport.read(back.get(i), TODAY, words).checkIns()).isEqualTo(before);
        }
        assertThat(files.get("001 Walk then stretch/Scores.csv")).startsWith("Date,Score\n2025-06-10,");
        assertThat(files.get("Checkmarks.csv")).startsWith("Date,\"Walk, then stretch\",Läuft 🏃,Read,Read,\n"
                + "2025-06-10,YES_MANUAL,2500,UNKNOWN,YES_MANUAL,\n");
    }
}
