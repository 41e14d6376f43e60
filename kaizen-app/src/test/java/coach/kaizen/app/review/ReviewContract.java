package coach.kaizen.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.app.Services;
import coach.kaizen.app.db.Stores;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.app.testing.TestClock;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.picture.RecoveryWeeks;
import coach.kaizen.core.picture.WeekDays;
import coach.kaizen.core.recovery.RecoveryActionKind;
import coach.kaizen.core.recovery.UrgeDraft;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The weekly review read from a real database: every step and every recovery aim of the person, and only theirs. */
abstract class ReviewContract {

    /** Monday 1 June 2026, in ISO week 23. */
    private static final Instant START = Instant.parse("2026-06-01T10:00:00Z");

    private TestDatabase test;
    private TestClock clock;
    private Services services;

    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void setUp() {
        test = openDatabase();
        clock = new TestClock(START);
        services = Services.over(test.database(), clock);
    }

    @AfterEach
    void tearDown() {
        test.close();
    }

    @Test
    void theWeeksStepsAndWinsFromEveryAimAndNoOneElses() {
        Person ana = person("ana");
        Person ben = person("ben");
        Aim wine = services.aims().create(ana, new AimDraft("Less wine", AimKind.RECOVER));
        Aim sugar = services.aims().create(ana, new AimDraft("Less sugar", AimKind.RECOVER));
        Step tea = services.steps().create(ana, wine.id(),
                new StepDraft("Tea at seven", new Sizing(10, "minutes", 1, 2, 30.0), null));
        Aim bens = services.aims().create(ben, new AimDraft("Less coffee", AimKind.RECOVER));
        for (int day = 0; day < 9; day++) {
            services.checkIns().record(ana, tea.id(), new CheckIn(today(ana), Outcome.DONE, null, 1, null));
            services.recovery().logAction(ben, bens.id(), RecoveryActionKind.BOUNDARY, null);
            if (day == 2) {
                services.recovery().logAction(ana, wine.id(), RecoveryActionKind.HONEST_TALK, null);
                services.recovery().logUrge(ana, sugar.id(), new UrgeDraft(5, null, null, null, true));
                services.recovery().logUrge(ana, sugar.id(), new UrgeDraft(8, null, null, null, false));
            }
            clock.nextDay();
        }

        ReviewService.Week week = services.reviews().review(ana, "2026-W23");
        assertThat(week.review().from()).isEqualTo(START.atZone(ZoneId.of("UTC")).toLocalDate());
        assertThat(week.review().steps()).singleElement().satisfies(step -> {
            assertThat(step.done()).isEqualTo(7);
            assertThat(step.after()).isGreaterThan(step.before());
        });
        assertThat(week.review().recovery()).isEqualTo(new RecoveryWeeks.Week(week.review().from(), 1, 1, 2));
        assertThat(week.days().days()).extracting(WeekDays.Day::wins).containsExactly(0, 0, 2, 0, 0, 0, 0);
        assertThat(week.previous()).isNull();
        assertThat(week.next()).hasToString("2026-W24");
        assertThat(week.soFar()).isFalse();

        ReviewService.Week bensWeek = services.reviews().review(ben, "2026-W23");
        assertThat(bensWeek.review().steps()).isEmpty();
        assertThat(bensWeek.review().recovery().wins()).isEqualTo(7);
        assertThatThrownBy(() -> services.reviews().review(ana, "2026-W25")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> services.reviews().review(ana, "2026-23")).isInstanceOf(Invalid.class);
    }

    private LocalDate today(Person person) {
        return services.clock().today(person);
    }

    private Person person(String name) {
        return test.database().transaction((Stores s) -> s.users()
                .create(Person.newcomer(name, ZoneId.of("UTC"), 0), null, false, START)).orElseThrow();
    }
}
