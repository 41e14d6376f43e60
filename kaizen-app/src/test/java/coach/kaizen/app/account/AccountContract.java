package coach.kaizen.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.app.Services;
import coach.kaizen.app.account.AccountService.Place;
import coach.kaizen.app.db.PushStore;
import coach.kaizen.app.db.ReminderStore;
import coach.kaizen.app.db.UserStore;
import coach.kaizen.app.service.SignInRefused;
import coach.kaizen.app.session.Questions;
import coach.kaizen.app.testing.TestClock;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.experiment.ExperimentKind;
import coach.kaizen.core.loop.LoopHabit;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.recovery.DailyCost;
import coach.kaizen.core.recovery.RecoveryActionKind;
import coach.kaizen.core.recovery.SafetyPlan;
import coach.kaizen.core.recovery.SlipDraft;
import coach.kaizen.core.recovery.UrgeDraft;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deleting an account on a real database: every table the database has, read from its own catalog
 * (so a table added later is walked with no change here), holds nothing of the person afterwards,
 * and everything of someone else exactly as it was. And what a token's use and expiry do.
 */
abstract class AccountContract {

    private static final Instant START = Instant.parse("2026-06-01T10:00:00Z");
    private static final String PASSWORD = "a long secret";
    /** Tables of nobody's rows: the migrations' own record, the installation's VAPID key pair, and rate limits
     *  (counted by hashed username or address, no user_id). */
    private static final Set<String> NOBODYS = Set.of("flyway_schema_history", "push_keys", "rate_limits");

    private TestDatabase test;
    private TestClock clock;
    private Services services;

    protected abstract TestDatabase openDatabase();

    /** Every table of the database with its columns, from the database's own catalog. */
    protected abstract String catalogQuery();

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
    void deletingAnAccountLeavesNothingOfItInAnyTableAndEveryoneElseUntouched() throws SQLException {
        Person ana = personWithSomethingEverywhere("ana");
        Person ben = personWithSomethingEverywhere("ben");
        Map<String, List<String>> tables = tables();
        assertThat(tables).as("tables whose rows say whose they are").allSatisfy((table, columns) -> {
            if (!NOBODYS.contains(table)) {
                assertThat(columns).as(table + ": a table without user_id cannot say whose its rows are")
                        .contains(table.equals("users") ? "id" : "user_id");
            }
        });
        assertThat(UserStore.PERSONAL_TABLES).as("each table is emptied by name, none left to a cascade")
                .containsExactlyInAnyOrderElementsOf(tables.keySet().stream()
                        .filter(table -> !NOBODYS.contains(table) && !table.equals("users")).toList());
        Map<String, List<String>> bensBefore = rowsOf(ben, tables);
        assertThat(rowsOf(ana, tables)).as("ana has something in every table, so every table is put to the test")
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isNotEmpty());

        assertThatThrownBy(() -> services.accounts().deleteAccount(ana, "not my password"))
                .isInstanceOf(SignInRefused.class);
        assertThat(rowsOf(ana, tables)).allSatisfy((table, rows) -> assertThat(rows).as(table).isNotEmpty());
        services.accounts().deleteAccount(ana, PASSWORD);

        assertThat(rowsOf(ana, tables)).allSatisfy((table, rows) -> assertThat(rows).as(table).isEmpty());
        assertThat(rowsOf(ben, tables)).isEqualTo(bensBefore);
        assertThat(services.accounts().find("ana")).isEmpty();
        assertThat(services.accounts().signUp("ana", PASSWORD, Place.in("UTC"), null).id()).isNotEqualTo(ana.id());
    }

    @Test
    void aTokensUseIsNotedAtMostOnceAnHourAndAnExpiredTokenOpensNothing() {
        Person ana = services.accounts().signUp("ana", PASSWORD, Place.in("UTC"), null);
        String forever = services.accounts().createToken(ana, "laptop", null).secret();
        String aDay = services.accounts().createToken(ana, "phone", 1).secret();
        assertThat(services.accounts().tokens(ana)).extracting(token -> token.expiresAt())
                .containsExactly(null, START.plus(Duration.ofDays(1)));

        assertThat(services.signIns().tokenOwner(forever)).contains(ana);
        clock.advance(Duration.ofMinutes(59));
        assertThat(services.signIns().tokenOwner(forever)).contains(ana);
        assertThat(services.accounts().tokens(ana).get(0).lastUsedAt()).as("noted once, not again within the hour")
                .isEqualTo(START);
        clock.advance(Duration.ofMinutes(2));
        assertThat(services.signIns().tokenOwner(forever)).contains(ana);
        assertThat(services.accounts().tokens(ana).get(0).lastUsedAt()).isEqualTo(START.plus(Duration.ofMinutes(61)));

        assertThat(services.signIns().tokenOwner(aDay)).contains(ana);
        clock.advance(Duration.ofDays(1));
        assertThat(services.signIns().tokenOwner(aDay)).as("expired").isEmpty();
        assertThat(services.signIns().tokenOwner("kz_never-made")).isEmpty();
        assertThat(services.signIns().tokenOwner(forever)).contains(ana);
    }

    /** Something of the person in every table there is, through the services where they can put it. */
    private Person personWithSomethingEverywhere(String name) {
        Person person = services.accounts().signUp(name, PASSWORD, Place.in("UTC"), null);
        services.signIns().start(person);
        services.accounts().createToken(person, "laptop", 30);
        Aim aim = services.aims().create(person, new AimDraft("Less wine", AimKind.RECOVER));
        Step step = services.steps().create(person, aim.id(),
                new StepDraft("Tea at seven", new Sizing(10, "minutes", 1, 2, 30.0), null));
        LocalDate today = services.clock().today(person);
        services.readiness().save(person, today, new Readiness(6, 3, null));
        services.choices().choose(person, step.id(), 8.0);
        services.checkIns().record(person, step.id(), new CheckIn(today, Outcome.DONE, null, 2, null));
        services.dailySessions().arrive(person, new Readiness(6, 3, null));
        services.obstacles().add(person, aim.id(), "Wine in the fridge");
        services.experiments().start(person, step.id(), ExperimentKind.PLACE, "in the garden", null);
        services.recovery().logAction(person, aim.id(), RecoveryActionKind.BOUNDARY, null);
        services.recovery().logUrge(person, aim.id(), new UrgeDraft(5, null, null, null, true));
        services.recovery().setDailyCost(person, aim.id(), new DailyCost(new BigDecimal("12.50"), "EUR", null));
        services.slips().record(person, aim.id(), new SlipDraft(today, null, null, null, null), false);
        services.safety().savePlan(person, new SafetyPlan("Late nights", "A walk", null, null, null, null));
        services.safety().addStrength(person, "Endurance", "I kept going");
        test.database().transaction(stores -> {
            stores.journal().save(person.id(), today, Questions.standard().bank().all().get(0), aim.id(), "Calmer",
                    clock.instant());
            stores.loop().save(person.id(), step.id(), new LoopHabit(1, "Tea", null, null, false, 1, 1, null, null, 0,
                    false, null));
            stores.idempotency().keep(person.id(), "key-1", "fingerprint", "answer", clock.instant());
            stores.reminders().setTimes(person.id(), step.id(), List.of(LocalTime.of(8, 0)), clock.instant());
            stores.reminders().save(person.id(), new ReminderStore.Preferences(null, LocalTime.of(20, 0), null, null));
            stores.reminders().claim(person.id(), "session", today, LocalTime.of(20, 0), clock.instant());
            stores.push().subscribe(person.id(), new PushStore.Subscription("https://push.example/" + name, "p256dh",
                    "auth"), clock.instant());
            return null;
        });
        return person;
    }

    private Map<String, List<String>> tables() throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(catalogQuery())) {
            while (rows.next()) {
                tables.computeIfAbsent(rows.getString(1), table -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        assertThat(tables).as("the catalog").containsKeys("users", "sessions", "api_tokens", "check_ins");
        return tables;
    }

    /** Each table's rows of the person, every column of each, in a stable order. */
    private Map<String, List<String>> rowsOf(Person person, Map<String, List<String>> tables) {
        Map<String, List<String>> rows = new TreeMap<>();
        try (Connection connection = connect()) {
            for (String table : tables.keySet()) {
                if (!NOBODYS.contains(table)) {
                    rows.put(table, rows(connection, table, table.equals("users") ? "id" : "user_id", person.id()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static List<String> rows(Connection connection, String table, String column, long userId)
            throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT * FROM " + table + " WHERE " + column + " = ?")) {
            select.setLong(1, userId);
            try (ResultSet result = select.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(result.getString(i)).append('|');
                    }
                    rows.add(row.toString());
                }
            }
        }
        rows.sort(null);
        return rows;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(test.url(), test.credentials());
    }
}
