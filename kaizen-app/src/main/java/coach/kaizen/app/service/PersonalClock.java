package coach.kaizen.app.service;

import coach.kaizen.core.person.Person;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The app's only clock: injected, so tests and the demo can live on any day. */
public final class PersonalClock {

    private final Clock clock;

    public PersonalClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** The person's own today, in their zone and with their day-start hour. */
    public LocalDate today(Person person) {
        return person.dayAt(clock.instant());
    }
}
