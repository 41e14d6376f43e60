package coach.kaizen.core.reminder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * When a person's reminders ring on one of their days. A time before the hour their day starts
 * belongs to the night after (a night owl's 01:00). A time in the quiet hours waits for their end,
 * and is dropped when that end is past the day; two times that wait for the same end ring once.
 *
 * @param day          the person's day
 * @param dayStartHour the hour it starts, on their clock
 * @param quiet        their quiet hours, or null for none
 */
public record ReminderDay(LocalDate day, int dayStartHour, QuietHours quiet) {

    /** The moments, on the person's clock and in order, that {@code times} ring on this day. */
    public List<LocalDateTime> rings(List<LocalTime> times) {
        LocalDateTime end = day.plusDays(1).atTime(dayStartHour, 0);
        return times.stream()
                .map(this::onThisDay)
                .map(when -> quiet == null ? when : quiet.after(when))
                .filter(when -> when.isBefore(end))
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * Whether {@code time} rings at all, on any day: not when the quiet hours it falls in end after
     * the day is over (22:00 to 07:00, for 23:00 on a day from midnight).
     */
    public static boolean everRings(LocalTime time, int dayStartHour, QuietHours quiet) {
        return !new ReminderDay(LocalDate.EPOCH, dayStartHour, quiet).rings(List.of(time)).isEmpty();
    }

    /**
     * The one reminder still to send at {@code now}: the latest that has rung. Those before it were
     * sent when they rang, or are late (the server was down) and would only repeat it, never a burst.
     */
    public Optional<LocalDateTime> latestRungBy(List<LocalTime> times, LocalDateTime now) {
        return rings(times).stream().filter(when -> !when.isAfter(now)).reduce((earlier, later) -> later);
    }

    private LocalDateTime onThisDay(LocalTime time) {
        return (time.getHour() < dayStartHour ? day.plusDays(1) : day).atTime(time);
    }
}
