package coach.kaizen.app.reminders;

import coach.kaizen.core.person.Person;

/**
 * A way a reminder reaches a person: the webhook today, Web Push later. The sender calls every
 * channel with each reminder it has claimed; a channel the person has not set up does nothing.
 */
public interface ReminderChannel {

    /** Delivers {@code reminder}, or gives up quietly: a reminder is never worth an error to the person. */
    void send(Person person, DueReminder reminder);
}
