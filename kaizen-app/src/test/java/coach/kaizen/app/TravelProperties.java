package coach.kaizen.app;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.account.AccountService.Place;
import coach.kaizen.app.account.Settings;
import coach.kaizen.app.steps.TodayService.StepToday;
import coach.kaizen.app.testing.TestClock;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.recovery.SlipDraft;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Travel and day-start changes never hide a step nor lose a slip: for any history of steps made,
 * check-ins, slips, moves between zones and hours passing, Today lists every step due on the
 * person's today and takes its check-in, and the recovery counter counts from the last slip's day.
 */
class TravelProperties {

    private static final Instant START = Instant.parse("2026-12-05T09:30:00Z");
    private static final List<String> ZONES = List.of("Europe/Paris", "Pacific/Honolulu", "Pacific/Kiritimati",
            "Asia/Tokyo", "America/Los_Angeles", "UTC", "Australia/Adelaide");

    /** One thing a person does; {@code which} picks a step, a zone or a number of hours, as the kind needs. */
    record Move(String kind, int which, int hour) {
    }

    @Property(tries = 30)
    void todayListsEveryStepDueAndTheCounterFollowsTheLastSlip(@ForAll("histories") List<Move> history)
            throws IOException {
        Path folder = Files.createTempDirectory("kaizen-travel");
        try (TestDatabase test = TestDatabases.sqlite(folder)) {
            TestClock clock = new TestClock(START);
            Services services = Services.over(test.database(), clock);
            Person person = services.accounts().signUp("traveller", "a long enough password",
                    Place.in("Europe/Paris"), null);
            LocalDate counterFrom = person.dayAt(clock.instant()).minusDays(30);
            Aim aim = services.aims().create(person,
                    new AimDraft("Less wine", AimKind.RECOVER, null, counterFrom));
            List<Step> steps = new ArrayList<>();
            List<LocalDate> slips = new ArrayList<>();
            for (Move move : history) {
                person = act(move, services, clock, person, aim, steps, slips);
                holds(services, clock, person, aim, steps, slips);
            }
        } finally {
            deleteAll(folder);
        }
    }

    private static Person act(Move move, Services services, TestClock clock, Person before, Aim aim,
            List<Step> steps, List<LocalDate> slips) {
        Person person = before;
        LocalDate today = person.dayAt(clock.instant());
        switch (move.kind()) {
            case "step" -> steps.add(services.steps().create(person, aim.id(), new StepDraft("Tea at seven",
                    new Sizing(5, "minutes", 1, 1, null), null, move.which() % 2 == 0 ? Schedule.parse("daily")
                            : Schedule.parse("mon,wed,fri,sun"))));
            case "check-in" -> services.today().today(before).steps().stream().findFirst().ifPresent(
                    due -> services.checkIns().record(before, due.step().id(), CheckIn.done(today)));
            case "slip" -> {
                services.slips().record(person, aim.id(), new SlipDraft(today, null, null, null, null), false);
                slips.add(today);
            }
            case "move" -> person = services.accounts().change(person, new Settings(
                    ZONES.get(move.which() % ZONES.size()), move.hour(), "MONDAY", "en", null, "DEVICE"));
            default -> clock.advance(Duration.ofHours(1 + move.which() % 30));
        }
        return person;
    }

    private static void holds(Services services, TestClock clock, Person person, Aim aim, List<Step> steps,
            List<LocalDate> slips) {
        LocalDate today = person.dayAt(clock.instant());
        List<Long> listed = services.today().today(person).steps().stream().map(StepToday::step).map(Step::id)
                .toList();
        List<Long> due = steps.stream().filter(step -> step.schedule().isDue(today)).map(Step::id).toList();
        assertThat(listed).as("Today on %s in %s", today, person.zone()).containsExactlyElementsOf(due);
        for (long stepId : listed) {
            services.checkIns().record(person, stepId, CheckIn.done(today));
        }
        LocalDate countingFrom = services.recovery().panel(person, aim.id()).tally().countingFrom();
        assertThat(countingFrom).isEqualTo(slips.stream().max(Comparator.naturalOrder())
                .orElse(aim.counterFrom()));
    }

    @Provide
    Arbitrary<List<Move>> histories() {
        Arbitrary<String> kinds = Arbitraries.of("step", "step", "check-in", "slip", "move", "move", "hours");
        return Combinators.combine(kinds, Arbitraries.integers().between(0, 1000),
                        Arbitraries.integers().between(0, 23))
                .as(Move::new).list().ofMinSize(3).ofMaxSize(14);
    }

    private static void deleteAll(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
