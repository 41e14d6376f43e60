package coach.kaizen.core.loop;

import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.picture.Point;
import coach.kaizen.core.picture.StrengthSeries;
import coach.kaizen.core.progress.Replay;
import coach.kaizen.core.step.Measure;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A person's steps in Loop's CSV export layout, so they can take their days back to Loop or
 * anywhere that reads it: {@code Habits.csv}; per step a folder ({@code 001 Walk/}) with its
 * {@code Checkmarks.csv} (date, value, notes) and {@code Scores.csv} (its strength, day by day);
 * and the all-habits {@code Checkmarks.csv} and {@code Scores.csv}, a column per step. Newest day
 * first, as Loop writes them. A measured step is a numerical habit (amounts ×1000); any other is
 * a yes-no habit, done or not. Chosen weekdays become that many times in 7 days, Loop's nearest.
 */
public final class LoopExport {

    /** Loop's colour for a habit in the CSV; ours have none, so all take Loop's default blue. */
    private static final String COLOR = "#1E88E5";

    private LoopExport() {
    }

    /** One step to export: its days as the engine read them, and whether it is archived. */
    public record Exported(Replay replay, boolean archived) {
    }

    /** Each file's path in the zip and its text, in Loop's order: Habits.csv, the folders, then the all-habits files. */
    public static Map<String, String> files(List<Exported> steps, LocalDate today) {
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder habits = new StringBuilder(Csv.line(List.of("Position", "Name", "Type", "Question",
                "Description", "FrequencyNumerator", "FrequencyDenominator", "Color", "Unit", "Target Type",
                "Target Value", "Archived?")));
        List<TreeMap<LocalDate, String>> values = new ArrayList<>();
        List<Map<LocalDate, Double>> scores = new ArrayList<>();
        LocalDate oldest = today;
        for (int i = 0; i < steps.size(); i++) {
            Exported exported = steps.get(i);
            Step step = exported.replay().step();
            habits.append(habitRow(i + 1, step, exported.archived()));
            TreeMap<LocalDate, String> days = new TreeMap<>();
            Map<LocalDate, String> notes = new TreeMap<>();
            for (Replay.Day day : exported.replay().days()) {
                days.put(day.checkIn().day(), value(step.measure(), day));
                notes.put(day.checkIn().day(), day.checkIn().note() == null ? "" : day.checkIn().note());
            }
            LocalDate first = days.isEmpty() ? today : days.firstKey();
            oldest = first.isBefore(oldest) ? first : oldest;
            Map<LocalDate, Double> strength = new TreeMap<>();
            for (Point point : StrengthSeries.of(exported.replay(), today).days()) {
                strength.put(point.day(), point.value());
            }
            String folder = String.format(Locale.ROOT, "%03d %s", i + 1, plain(step.action())).strip() + "/";
            StringBuilder checkmarks = new StringBuilder(Csv.line(List.of("Date", "Value", "Notes")));
            days.descendingMap().forEach((day, value) ->
                    checkmarks.append(Csv.line(List.of(day.toString(), value, notes.get(day)))));
            StringBuilder scored = new StringBuilder(Csv.line(List.of("Date", "Score")));
            for (LocalDate day = today; !day.isBefore(first); day = day.minusDays(1)) {
                scored.append(Csv.line(List.of(day.toString(), score(strength.getOrDefault(day, 0.0)))));
            }
            files.put(folder + LoopCsv.CHECKMARKS, checkmarks.toString());
            files.put(folder + LoopCsv.SCORES, scored.toString());
            values.add(days);
            scores.add(strength);
        }
        files.put(LoopCsv.HABITS, habits.toString());
        List<String> names = steps.stream().map(exported -> exported.replay().step().action()).toList();
        files.put(LoopCsv.CHECKMARKS, allHabits(names, values, oldest, today, "UNKNOWN",
                (column, day) -> values.get(column).get(day)));
        files.put(LoopCsv.SCORES, allHabits(names, values, oldest, today, score(0),
                (column, day) -> {
                    Double value = scores.get(column).get(day);
                    return value == null ? null : score(value);
                }));
        return reordered(files);
    }

    /** Habits.csv first, as Loop zips it. */
    private static Map<String, String> reordered(Map<String, String> files) {
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put(LoopCsv.HABITS, files.remove(LoopCsv.HABITS));
        ordered.putAll(files);
        return ordered;
    }

    private static String habitRow(int position, Step step, boolean archived) {
        Measure measure = step.measure();
        int[] frequency = frequency(step.schedule());
        return Csv.line(List.of(String.format(Locale.ROOT, "%03d", position), step.action(),
                measure == null ? "YES_NO" : "NUMERICAL", "", step.anchor() == null ? "" : step.anchor(),
                Integer.toString(frequency[0]), Integer.toString(frequency[1]), COLOR,
                measure == null ? "" : step.sizing().unit(), measure == null ? "" : measure.kind().name(),
                measure == null ? "" : Double.toString(measure.target()), Boolean.toString(archived)));
    }

    private static int[] frequency(Schedule schedule) {
        if (schedule instanceof Schedule.TimesInDays times) {
            return new int[] {times.times(), times.days()};
        }
        if (schedule instanceof Schedule.Weekdays weekdays) {
            return new int[] {weekdays.days().size(), 7};
        }
        return new int[] {1, 1};
    }

    /** The day's value as Loop 2.1 writes it: a name for Loop's constants, else the amount ×1000. */
    private static String value(Measure measure, Replay.Day day) {
        Outcome outcome = day.checkIn().outcome();
        int value;
        if (outcome == Outcome.SKIPPED) {
            value = LoopEntry.SKIP;
        } else if (measure == null) {
            value = outcome == Outcome.DONE ? LoopEntry.YES_MANUAL : LoopEntry.NO;
        } else {
            value = outcome == Outcome.DONE ? (int) Math.round(day.sizeDone() * 1000) : 0;
        }
        return switch (value) {
            case LoopEntry.YES_MANUAL -> "YES_MANUAL";
            case LoopEntry.YES_AUTO -> "YES_AUTO";
            case LoopEntry.NO -> "NO";
            case LoopEntry.SKIP -> "SKIP";
            default -> Integer.toString(value);
        };
    }

    /** One step's value on one day of the all-habits files; null when it has none. */
    private interface Cell {
        String at(int column, LocalDate day);
    }

    /** A column per step, a row per day from today back to the oldest day any step has, each row ending in a comma. */
    private static String allHabits(List<String> names, List<TreeMap<LocalDate, String>> values, LocalDate oldest,
            LocalDate today, String blank, Cell cell) {
        StringBuilder out = new StringBuilder("Date,");
        for (String name : names) {
            out.append(Csv.line(List.of(name)).strip()).append(',');
        }
        out.append('\n');
        if (values.stream().allMatch(Map::isEmpty)) {
            return out.toString();
        }
        for (LocalDate day = today; !day.isBefore(oldest); day = day.minusDays(1)) {
            out.append(day).append(',');
            for (int column = 0; column < names.size(); column++) {
                String value = cell.at(column, day);
                out.append(value == null ? blank : value).append(',');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String score(double value) {
        return String.format(Locale.US, "%.4f", value);
    }

    /** As Loop names a habit's folder: only letters a–z, digits, spaces, dots, dashes and underscores, at most 100. */
    private static String plain(String name) {
        String kept = name.replaceAll("[^ a-zA-Z0-9._-]+", "");
        return kept.substring(0, Math.min(kept.length(), 100));
    }
}
