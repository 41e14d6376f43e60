package coach.kaizen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.app.Services;
import coach.kaizen.app.account.AccountService.Place;
import coach.kaizen.app.service.Conflict;
import coach.kaizen.app.service.SignInRefused;
import coach.kaizen.app.steps.TodayService;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.checkin.SavedCheckIn;
import coach.kaizen.core.experiment.Verdict;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.step.Step;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoAccountTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @TempDir
    Path folder;

    private TestDatabase test;
    private Services services;

    @BeforeEach
    void open() {
        test = TestDatabases.sqlite(folder);
        services = Services.over(test.database(), Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void holdsFiveMonthsOfBelievableHistoryUpToYesterday() {
        DemoAccount.Credentials login = new DemoAccount(services).create("UTC");
        Person demo = services.accounts().signIn(login.username(), login.password(), null);

        List<Aim> aims = services.aims().list(demo);
        assertThat(aims).hasSize(3);
        assertThat(DemoAccount.DAYS).as("long enough for every picture of progress").isGreaterThanOrEqualTo(120);
        for (Aim aim : aims) {
            for (Step step : services.steps().listForAim(demo, aim.id())) {
                List<SavedCheckIn> days = services.checkIns().list(demo, step.id(), TODAY.minusDays(365), TODAY);
                assertThat(days).hasSize(DemoAccount.DAYS);
                assertThat(days.get(0).checkIn().day()).isEqualTo(TODAY.minusDays(DemoAccount.DAYS));
                assertThat(days.get(days.size() - 1).checkIn().day()).isEqualTo(TODAY.minusDays(1));
                Map<Outcome, Long> outcomes = days.stream()
                        .collect(Collectors.groupingBy(day -> day.checkIn().outcome(), Collectors.counting()));
                assertThat(outcomes.get(Outcome.DONE)).isGreaterThan(DemoAccount.DAYS / 2L);
                assertThat(outcomes.get(Outcome.MISSED)).as(step.action() + " " + outcomes).isPositive();
                assertThat(outcomes.get(Outcome.SKIPPED)).isEqualTo(4L);
                assertThat(outcomes.getOrDefault(Outcome.SLIP, 0L)).isEqualTo(aim.kind() == AimKind.RECOVER ? 2L : 0L);
            }
        }
        long hardDays = TODAY.minusDays(DemoAccount.DAYS).datesUntil(TODAY)
                .filter(day -> services.engine().settings().isHardDay(services.readiness().find(demo, day))).count();
        assertThat(hardDays).as("hard days").isBetween(5L, 25L);
        TodayService.Today today = services.today().today(demo);
        assertThat(today.steps()).hasSize(3).allSatisfy(step -> {
            assertThat(step.checkIn()).isEmpty();
            assertThat(step.strength()).as(step.step().action()).isBetween(0.2, 0.99);
        });
    }

    @Test
    void itsRecoveryAimHasSlipsUrgesThatPassedARemovedObstacleAndAKeptExperiment() {
        DemoAccount.Credentials login = new DemoAccount(services).create("UTC");
        Person demo = services.accounts().signIn(login.username(), login.password(), null);
        Aim recovery = services.aims().list(demo).stream().filter(aim -> aim.kind() == AimKind.RECOVER)
                .findFirst().orElseThrow();
        Step breathe = services.steps().listForAim(demo, recovery.id()).get(0);

        assertThat(services.slips().forAim(demo, recovery.id())).hasSize(2);
        assertThat(services.recovery().urges(demo, recovery.id())).filteredOn(urge -> urge.said().passed()).hasSizeGreaterThan(10);
        assertThat(services.aims().progress(demo, recovery.id()).removals()).hasSize(1);
        assertThat(services.experiments().forStep(demo, breathe.id()))
                .singleElement().satisfies(trial -> assertThat(trial.experiment().verdict()).isEqualTo(Verdict.KEEP));
    }

    @Test
    void startingTheDemoAgainReplacesItAndTheOldPasswordStopsWorking() {
        DemoAccount.Credentials first = new DemoAccount(services).create("UTC");
        DemoAccount.Credentials second = new DemoAccount(services).create("Europe/Paris");

        Person demo = services.accounts().signIn(second.username(), second.password(), null);
        assertThat(demo.zone().getId()).isEqualTo("Europe/Paris");
        assertThat(services.aims().list(demo)).hasSize(3);
        assertThatThrownBy(() -> services.accounts().signIn(first.username(), first.password(), null))
                .isInstanceOf(SignInRefused.class);
    }

    @Test
    void aRealAccountCalledDemoIsNeverReplaced() {
        Person real = services.accounts().signUp("demo", "a real person's password", Place.in("UTC"), null);

        assertThatThrownBy(() -> new DemoAccount(services).create("UTC")).isInstanceOf(Conflict.class);
        assertThat(services.accounts().signIn("demo", "a real person's password", null).id()).isEqualTo(real.id());
    }

    @Test
    void showsBothGrowthAndRestInItsProposals() {
        DemoAccount.Credentials login = new DemoAccount(services).create("UTC");
        Person demo = services.accounts().signIn(login.username(), login.password(), null);
        Map<Long, Double> sizes = services.today().today(demo).steps().stream()
                .collect(Collectors.toMap(step -> step.step().id(), step -> step.proposal().size()));
        Map<Long, Double> starts = services.aims().list(demo).stream()
                .flatMap(aim -> services.steps().listForAim(demo, aim.id()).stream())
                .collect(Collectors.toMap(Step::id, step -> step.sizing().start()));
        assertThat(sizes.keySet()).isEqualTo(starts.keySet());
        assertThat(sizes.entrySet()).as("five months of practice show in every step")
                .allSatisfy(size -> assertThat(size.getValue()).isGreaterThan(2 * starts.get(size.getKey())));
    }
}
