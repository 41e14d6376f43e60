package coach.kaizen.core.reminder;

import coach.kaizen.core.text.Refused;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The hours a person wants no reminder, from {@code from} up to {@code to}; they may run over
 * midnight (22:00 to 07:00). A reminder that falls in them waits for their end.
 */
public record QuietHours(LocalTime from, LocalTime to) {

    public QuietHours {
        if (from.equals(to)) {
            throw new Refused("reminders.problem.quietHours");
        }
    }

    /** Whether {@code time} is in the quiet hours. */
    public boolean holds(LocalTime time) {
        return from.isBefore(to)
                ? !time.isBefore(from) && time.isBefore(to)
                : !time.isBefore(from) || time.isBefore(to);
    }

    /** {@code when}, or the end of the quiet hours it falls in (the next morning, for a night's quiet after its start). */
    public LocalDateTime after(LocalDateTime when) {
        LocalTime time = when.toLocalTime();
        if (!holds(time)) {
            return when;
        }
        boolean endsTomorrow = !from.isBefore(to) && !time.isBefore(from);
        return when.toLocalDate().plusDays(endsTomorrow ? 1 : 0).atTime(to);
    }
}
