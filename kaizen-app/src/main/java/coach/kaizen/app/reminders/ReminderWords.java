package coach.kaizen.app.reminders;

import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.core.person.Person;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;

/** What a reminder says, in the person's language, and the page it opens. */
final class ReminderWords {

    static final String SESSION = "session";
    static final String TEST = "test";

    private ReminderWords() {
    }

    static String step(long stepId) {
        return "step:" + stepId;
    }

    static DueReminder forStep(Person person, long stepId, String action, LocalDate day, LocalTime at, URI site,
            URI webhook) {
        Texts texts = texts(person);
        return new DueReminder(step(stepId), day, at, texts.t("reminders.step.title"),
                texts.t("reminders.step.body", action), site.resolve("/today#step-" + stepId), webhook);
    }

    static DueReminder forSession(Person person, LocalDate day, LocalTime at, URI site, URI webhook) {
        Texts texts = texts(person);
        return new DueReminder(SESSION, day, at, texts.t("reminders.session.title"),
                texts.t("reminders.session.body"), site.resolve("/session"), webhook);
    }

    static DueReminder test(Person person, LocalDate day, LocalTime at, URI site, URI webhook) {
        Texts texts = texts(person);
        return new DueReminder(TEST, day, at, texts.t("reminders.test.title"), texts.t("reminders.test.body"),
                site.resolve("/today"), webhook);
    }

    static Texts texts(Person person) {
        return Catalog.shipped().texts(person.language());
    }
}
