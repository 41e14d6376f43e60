package coach.kaizen.core.reminder;

import coach.kaizen.core.text.Refused;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The times of day a reminder is for, written "HH:MM" on the person's own clock. */
public final class ReminderTimes {

    /** A few a day is a nudge; more would be noise. */
    public static final int MAX_PER_DAY = 6;

    private static final Pattern WRITTEN = Pattern.compile("([01]?\\d|2[0-3]):[0-5]\\d");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private ReminderTimes() {
    }

    /** One time, "07:30" (or "7:30"); refused unless written so. */
    public static LocalTime parse(String written) {
        String time = written == null ? "" : written.strip();
        if (!WRITTEN.matcher(time).matches()) {
            throw new Refused("reminders.problem.time", String.valueOf(written));
        }
        return LocalTime.parse(time.length() == "7:30".length() ? "0" + time : time);
    }

    /** Several times, each once and in the day's order; null is none. */
    public static List<LocalTime> parse(List<String> written) {
        if (written == null) {
            return List.of();
        }
        TreeSet<LocalTime> times = new TreeSet<>();
        for (String time : written) {
            times.add(parse(time));
        }
        if (times.size() > MAX_PER_DAY) {
            throw new Refused("reminders.problem.tooMany", MAX_PER_DAY);
        }
        return List.copyOf(times);
    }

    /** "07:30". */
    public static String write(LocalTime time) {
        return time.format(HH_MM);
    }

    /** "07:30, 19:00": several times as a person writes them, and as {@link #parse(List)} reads them back split. */
    public static String writeAll(List<LocalTime> times) {
        return times.stream().map(ReminderTimes::write).collect(Collectors.joining(", "));
    }
}
