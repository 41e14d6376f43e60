package coach.kaizen.core.loop;

import coach.kaizen.core.step.Measure;
import coach.kaizen.core.text.Refused;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loop's CSV export read back: {@code Habits.csv} (one row per habit, by header name, so the
 * older exports with fewer columns read too) and each habit's folder ({@code 001 Name/}) with
 * its {@code Checkmarks.csv}: the day, its value (a number, or from Loop 2.1 on its name, such
 * as {@code YES_MANUAL}) and, from 2.1 on, its notes. The all-habits {@code Checkmarks.csv} and
 * the {@code Scores.csv} files hold nothing more, so they are not read.
 */
public final class LoopCsv {

    public static final String HABITS = "Habits.csv";
    public static final String CHECKMARKS = "Checkmarks.csv";
    public static final String SCORES = "Scores.csv";

    /** A habit's folder: its position (as Loop numbers it, from 001) and its name with only plain characters kept. */
    private static final Pattern HABIT_FILE = Pattern.compile("(\\d{3,9})( [^/]*)?/" + Pattern.quote(CHECKMARKS));
    private static final Map<String, Integer> NAMED = Map.of("YES_MANUAL", LoopEntry.YES_MANUAL, "YES_AUTO",
            LoopEntry.YES_AUTO, "NO", LoopEntry.NO, "SKIP", LoopEntry.SKIP, "UNKNOWN", LoopEntry.UNKNOWN);

    private LoopCsv() {
    }

    /** The habits and their days from the export's files (path in the zip → text). */
    public static List<LoopHistory> read(Map<String, String> files) {
        String habits = files.get(HABITS);
        if (habits == null) {
            throw new Refused("exchange.loop.problem.noHabitsFile");
        }
        Map<Integer, List<LoopEntry>> days = new HashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Matcher folder = HABIT_FILE.matcher(file.getKey());
            if (folder.matches()) {
                days.put(Integer.parseInt(folder.group(1)), entries(file.getKey(), file.getValue()));
            }
        }
        List<LoopHistory> histories = new ArrayList<>();
        for (LoopHabit habit : habits(habits)) {
            List<LoopEntry> entries = days.remove(habit.position());
            histories.add(new LoopHistory(habit, entries == null ? List.of() : entries));
        }
        if (!days.isEmpty()) {
            throw new Refused("exchange.loop.problem.folderWithoutHabit",
                    String.format(Locale.ROOT, "%03d", days.keySet().iterator().next()));
        }
        return histories;
    }

    private static List<LoopHabit> habits(String text) {
        List<List<String>> rows = Csv.parse(text, HABITS);
        if (rows.isEmpty()) {
            throw new Refused("exchange.loop.problem.csvColumn", HABITS, "Name");
        }
        Columns columns = new Columns(rows.get(0));
        List<LoopHabit> habits = new ArrayList<>();
        Set<Integer> positions = new HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            int line = i + 1;
            String position = columns.get(row, "Position");
            int place = position.isEmpty() ? i : number(position, HABITS, line);
            if (!positions.add(place)) {
                throw new Refused("exchange.loop.problem.csvValue", HABITS, Integer.toString(line), position);
            }
            boolean numerical = "NUMERICAL".equals(columns.get(row, "Type"));
            String targetType = columns.get(row, "Target Type");
            String target = columns.get(row, "Target Value");
            habits.add(new LoopHabit(place, columns.required(row, "Name", line), columns.get(row, "Question"),
                    columns.get(row, "Description"), numerical,
                    number(columns.either(row, "FrequencyNumerator", "NumRepetitions", line), HABITS, line),
                    number(columns.either(row, "FrequencyDenominator", "Interval", line), HABITS, line),
                    columns.get(row, "Unit"),
                    "AT_MOST".equals(targetType) ? Measure.Kind.AT_MOST : Measure.Kind.AT_LEAST,
                    target.isEmpty() ? 0 : decimal(target, line), "true".equalsIgnoreCase(columns.get(row, "Archived?")),
                    null));
        }
        return habits;
    }

    private static List<LoopEntry> entries(String file, String text) {
        List<LoopEntry> entries = new ArrayList<>();
        List<List<String>> rows = Csv.parse(text, file);
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String line = Integer.toString(i + 1);
            if (i == 0 && "Date".equals(row.get(0))) {
                continue;
            }
            if (row.size() < 2) {
                throw new Refused("exchange.loop.problem.csvValue", file, line, String.join(",", row));
            }
            LocalDate day;
            try {
                day = LocalDate.parse(row.get(0).strip());
            } catch (DateTimeParseException e) {
                throw new Refused("exchange.loop.problem.csvDate", file, line, row.get(0));
            }
            String value = row.get(1).strip();
            Integer named = NAMED.get(value);
            entries.add(new LoopEntry(day, named != null ? named : number(value, file, i + 1),
                    row.size() > 2 ? row.get(2) : ""));
        }
        return entries;
    }

    private static int number(String text, String file, int line) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new Refused("exchange.loop.problem.csvValue", file, Integer.toString(line), text);
        }
    }

    private static double decimal(String text, int line) {
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isFinite(value) && value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below, with the line
        }
        throw new Refused("exchange.loop.problem.csvValue", HABITS, Integer.toString(line), text);
    }

    /** Habits.csv's columns by name. */
    private record Columns(Map<String, Integer> index) {

        Columns(List<String> header) {
            this(indexOf(header));
        }

        private static Map<String, Integer> indexOf(List<String> header) {
            Map<String, Integer> index = new TreeMap<>();
            for (int i = 0; i < header.size(); i++) {
                index.putIfAbsent(header.get(i).strip(), i);
            }
            if (!index.containsKey("Name")) {
                throw new Refused("exchange.loop.problem.csvColumn", HABITS, "Name");
            }
            return index;
        }

        String get(List<String> row, String name) {
            Integer at = index.get(name);
            return at == null || at >= row.size() ? "" : row.get(at);
        }

        String required(List<String> row, String name, int line) {
            if (index.get(name) >= row.size()) {
                throw new Refused("exchange.loop.problem.csvValue", HABITS, Integer.toString(line), String.join(",", row));
            }
            return get(row, name);
        }

        /** A column Loop renamed: FrequencyNumerator was NumRepetitions before Loop 1.7. */
        String either(List<String> row, String name, String before, int line) {
            if (!index.containsKey(name) && !index.containsKey(before)) {
                throw new Refused("exchange.loop.problem.csvColumn", HABITS, name);
            }
            String value = index.containsKey(name) ? get(row, name) : get(row, before);
            if (value.isEmpty()) {
                throw new Refused("exchange.loop.problem.csvValue", HABITS, Integer.toString(line), value);
            }
            return value;
        }
    }
}
