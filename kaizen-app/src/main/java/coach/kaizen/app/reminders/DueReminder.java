package coach.kaizen.app.reminders;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A reminder to send now, in the person's language.
 *
 * @param subject "session" or "step:&lt;id&gt;"
 * @param day     the person's day it is for
 * @param at      the time it rang, on their clock
 * @param title   a few kind words
 * @param body    one short sentence
 * @param link    the page that takes the check-in (or the session)
 * @param webhook where the person asked reminders to be posted, or null
 */
public record DueReminder(String subject, LocalDate day, LocalTime at, String title, String body, URI link,
        URI webhook) {
}
