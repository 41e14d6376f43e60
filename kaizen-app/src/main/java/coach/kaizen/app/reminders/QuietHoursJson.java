package coach.kaizen.app.reminders;

import coach.kaizen.app.service.Invalid;
import coach.kaizen.core.reminder.QuietHours;
import coach.kaizen.core.reminder.ReminderTimes;
import coach.kaizen.core.text.Message;

/** Quiet hours as the API sends and takes them: {@code {"from": "22:00", "to": "07:00"}}. */
public record QuietHoursJson(String from, String to) {

    /** The JSON of {@code quiet}, or null for none. */
    public static QuietHoursJson of(QuietHours quiet) {
        return quiet == null ? null : new QuietHoursJson(ReminderTimes.write(quiet.from()), ReminderTimes.write(quiet.to()));
    }

    /** The quiet hours {@code json} names, or null for none; refused when a time is not HH:MM or they are empty. */
    public static QuietHours parse(QuietHoursJson json) {
        if (json != null && (json.from() == null || json.to() == null)) {
            throw new Invalid(Message.of("reminders.problem.quietHoursBoth"));
        }
        return json == null ? null : Invalid.check(() -> new QuietHours(ReminderTimes.parse(json.from()),
                ReminderTimes.parse(json.to())));
    }
}
