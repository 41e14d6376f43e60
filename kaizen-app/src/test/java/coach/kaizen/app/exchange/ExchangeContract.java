package coach.kaizen.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import coach.kaizen.app.Services;
import coach.kaizen.app.account.AccountService.Place;
import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.ReminderStore.Preferences;
import coach.kaizen.app.service.Explained;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.Rejected;
import coach.kaizen.app.testing.TestClock;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.VariedPerson;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.exchange.KaizenDocument;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.reminder.QuietHours;
import coach.kaizen.core.step.Step;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Our document out and back in on a real database: the exact round trip, twice, beside aims, and every bad file. */
abstract class ExchangeContract {

    private static final Instant START = Instant.parse("2026-06-01T10:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestDatabase test;
    private Services services;
    private TestClock clock;
    private Person varied;

    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void setUp() {
        test = openDatabase();
        Database db = test.database();
        clock = new TestClock(START);
        services = Services.over(db, clock);
        varied = VariedPerson.make(services, "America/Mexico_City");
        clock.advance(Duration.ofMinutes(5));
    }

    @AfterEach
    void tearDown() {
        test.close();
    }

    private Person newcomer(String username) {
        return services.accounts().signUp(username, "a long enough password", Place.in("UTC"), null);
    }

    private KaizenDocument exported(Person person) {
        return services.exports().document(person).stamped(null);
    }

    /** Each step's kept progress (engine state and strength), in the order the steps were made. */
    private List<StepProgress> progress(Person person) {
        return services.database().read(stores -> stores.steps().list(person.id()).stream()
                .sorted(Comparator.comparing(Step::id))
                .map(step -> stores.progress().find(person.id(), step.id()).orElse(null)).toList());
    }

    private byte[] json(Person person) {
        return services.exports().json(person).bytes();
    }

    @Test
    void theVariedPersonHasSomethingOfEveryKind() {
        KaizenDocument document = exported(varied);
        assertThat(document.aims()).extracting(KaizenDocument.Aim::counterFrom).anyMatch(day -> day != null);
        assertThat(document.steps()).anyMatch(step -> step.rungs() != null).anyMatch(step -> step.measure() != null)
                .anyMatch(KaizenDocument.Step::isArchived).anyMatch(step -> step.loop() != null)
                .anyMatch(step -> step.anchor() != null)
                .anyMatch(step -> List.of("07:30", "18:00").equals(step.reminders()));
        assertThat(document.settings().quietHours()).isEqualTo(new KaizenDocument.Quiet("22:00", "07:00"));
        assertThat(document.settings().sessionReminder()).isEqualTo("20:30");
        assertThat(document.checkIns()).isNotEmpty();
        assertThat(document.stepChoices()).isNotEmpty();
        assertThat(document.readiness()).isNotEmpty();
        assertThat(document.dailySessions()).isNotEmpty();
        assertThat(document.journal()).isNotEmpty();
        assertThat(document.obstacles()).isNotEmpty();
        assertThat(document.experiments()).isNotEmpty();
        assertThat(document.recoveryWins()).isNotEmpty();
        assertThat(document.urges()).isNotEmpty();
        assertThat(document.slips()).isNotEmpty();
        assertThat(document.notSpent()).isNotEmpty();
        assertThat(document.safetyPlan()).isNotNull();
        assertThat(document.strengths()).isNotEmpty();
    }

    @Test
    void anExportBroughtIntoANewAccountExportsTheSameDocument() {
        services.reminders().setWebhook(varied, "https://ntfy.example/varied-topic");
        KaizenDocument before = exported(varied);
        Person bea = newcomer("bea");

        ImportService.Imported imported = services.imports().importDocument(bea, json(varied));

        assertThat(imported.settings()).isTrue();
        assertThat(imported.added()).containsEntry("aims", before.aims().size())
                .containsEntry("checkIns", before.checkIns().size()).containsEntry("safetyPlan", 1);
        assertThat(exported(bea)).isEqualTo(before);
        Person moved = services.database().read(stores -> stores.users().find(bea.id())).orElseThrow();
        assertThat(moved.zone().getId()).isEqualTo("America/Mexico_City");
        assertThat(moved.username()).isEqualTo("bea");
        assertThat(progress(bea)).isEqualTo(progress(varied)).anyMatch(Objects::nonNull);
        Preferences reminders = services.reminders().preferences(bea);
        assertThat(reminders.quiet()).isEqualTo(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)));
        assertThat(reminders.webhook()).as("where reminders go stays with the old account").isNull();
    }

    @Test
    void theSameDocumentTwiceAddsNothingTheSecondTime() {
        Person bea = newcomer("bea");
        services.imports().importDocument(bea, json(varied));
        KaizenDocument once = exported(bea);

        ImportService.Imported again = services.imports().importDocument(bea, json(varied));

        assertThat(again.total()).isZero();
        assertThat(again.settings()).isFalse();
        assertThat(exported(bea)).isEqualTo(once);
    }

    @Test
    void besideAimsTheEntriesComeInAndTheSettingsStay() {
        Person bea = newcomer("bea");
        services.aims().create(bea, new AimDraft("Read at night", AimKind.BUILD));

        ImportService.Imported imported = services.imports().importDocument(bea, json(varied));

        KaizenDocument after = exported(bea);
        assertThat(imported.settings()).isFalse();
        assertThat(after.settings().timeZone()).isEqualTo("UTC");
        assertThat(after.aims()).hasSize(exported(varied).aims().size() + 1);
        assertThat(after.aims().get(0).title()).isEqualTo("Read at night");
        assertThat(after.checkIns()).hasSize(exported(varied).checkIns().size());
    }

    @Test
    void aDocumentCutShortOrNotJsonIsRefusedAndChangesNothing() {
        byte[] whole = json(varied);
        refusedAsInvalid(java.util.Arrays.copyOf(whole, whole.length / 2), "exchange.problem.notJson");
        refusedAsInvalid("not json at all".getBytes(StandardCharsets.UTF_8), "exchange.problem.notJson");
        refusedAsInvalid(new byte[0], "exchange.problem.notJson");
        refusedAsInvalid("[1, 2]".getBytes(StandardCharsets.UTF_8), "exchange.problem.wrongKind");
        refusedAsInvalid("null".getBytes(StandardCharsets.UTF_8), "exchange.problem.wrongKind");
    }

    @Test
    void aDocumentOfAnotherKindOrVersionIsRefused() {
        refused(doc -> doc.put("format", "loop"), "exchange.problem.format");
        refused(doc -> doc.put("version", 2), "exchange.problem.newer");
        refused(doc -> doc.put("version", 0), "exchange.problem.version");
        refused(doc -> doc.remove("version"), "exchange.problem.missing");
        refused(doc -> doc.remove("format"), "exchange.problem.format");
    }

    @Test
    void aMissingFieldOrAnUnknownOneIsNamed() {
        Explained missing = refused(doc -> step(doc, 0).remove("action"), "exchange.problem.at");
        assertThat(missing.said().args()).first().isEqualTo("steps[0]");
        Explained unknown = refusedAsInvalid(edited(doc -> step(doc, 1).put("colour", "red")),
                "exchange.problem.unknownField");
        assertThat(unknown.said().args()).containsExactly("steps[1].colour");
        Explained wrongKind = refusedAsInvalid(edited(doc -> step(doc, 0).put("amount", "five")),
                "exchange.problem.wrongKind");
        assertThat(wrongKind.said().args()).containsExactly("steps[0].amount");
        refusedAsInvalid(edited(doc -> ((ObjectNode) doc.withArray("checkIns").get(0)).put("outcome", "MAYBE")),
                "exchange.problem.wrongKind");
    }

    @Test
    void aReferenceToAnIdNotInTheDocumentIsRefused() {
        Explained step = refused(doc -> ((ObjectNode) doc.withArray("checkIns").get(0)).put("step", 999),
                "exchange.problem.reference");
        assertThat(step.said().args()).containsExactly("checkIns[0].step", "999");
        refused(doc -> step(doc, 0).put("aim", 999), "exchange.problem.reference");
        refused(doc -> ((ObjectNode) doc.withArray("slips").get(0)).put("aim", 999), "exchange.problem.reference");
    }

    @Test
    void valuesTheAppRefusesAreRefusedHereToo() {
        Explained floor = refused(doc -> step(doc, 0).put("floor", 1000), "exchange.problem.at");
        assertThat(((coach.kaizen.core.text.Message) floor.said().args().get(1)).key())
                .isEqualTo("steps.problem.sizing.belowFloor");
        refused(doc -> step(doc, 0).put("amount", -1), "exchange.problem.at");
        refused(doc -> step(doc, 0).put("schedule", "sometimes"), "exchange.problem.at");
        refused(doc -> ((ObjectNode) doc.withArray("checkIns").get(0)).put("resistance", 11), "exchange.problem.at");
        refused(doc -> ((ObjectNode) doc.withArray("urges").get(0)).put("intensity", 12), "exchange.problem.at");
        refused(doc -> ((ObjectNode) doc.withArray("aims").get(0)).put("title", "x".repeat(500)),
                "exchange.problem.at");
        refused(doc -> doc.withArray("checkIns").add(doc.withArray("checkIns").get(0).deepCopy()),
                "exchange.problem.twice");
        refusedAsInvalid(edited(doc -> ((ObjectNode) doc.get("settings")).put("timeZone", "Mars/Olympus")),
                "problem.timeZone");
        Explained time = refused(doc -> step(doc, 3).putArray("reminders").add("7pm"), "exchange.problem.at");
        assertThat(time.said().args()).first().isEqualTo("steps[3]");
        Explained quiet = refused(doc -> ((ObjectNode) doc.get("settings")).putObject("quietHours").put("from", "06:00")
                .put("to", "06:00"), "exchange.problem.at");
        assertThat(quiet.said().args()).first().isEqualTo("settings");
        refused(doc -> ((ObjectNode) doc.get("settings")).put("sessionReminder", "24:00"), "exchange.problem.at");
    }

    @Test
    void checkInsTheAppWouldRefuseAreRefusedHereToo() {
        Explained future = refused(doc -> ((ObjectNode) doc.withArray("checkIns").get(0)).put("day", "2099-01-01"),
                "exchange.problem.at");
        assertThat(future.said().args().get(0)).isEqualTo("checkIns[0].day");
        assertThat(((coach.kaizen.core.text.Message) future.said().args().get(1)).key())
                .isEqualTo("exchange.problem.notYetAnywhere");
        // 10:05 UTC on 1 June is already 2 June where the day begins first: a person who moved west can hold that day.
        assertThat(services.imports().importDocument(newcomer("wes"), edited(doc -> ((ObjectNode) doc
                .withArray("checkIns").get(0)).put("day", "2026-06-02"))).total()).isPositive();
        Explained dayAfter = refused(doc -> ((ObjectNode) doc.withArray("checkIns").get(0)).put("day", "2026-06-03"),
                "exchange.problem.at");
        assertThat(((coach.kaizen.core.text.Message) dayAfter.said().args().get(1)))
                .isEqualTo(coach.kaizen.core.text.Message.of("exchange.problem.notYetAnywhere", "2026-06-02", "2026-06-03"));
        Explained early = refused(doc -> stepOf(doc, doc.withArray("checkIns").get(0)).put("startDay", "2099-01-01"),
                "exchange.problem.at");
        assertThat(((coach.kaizen.core.text.Message) early.said().args().get(1)).key())
                .isEqualTo("steps.problem.beforeStart");
        Explained slip = refused(doc -> firstCheckInOn(doc, "BUILD").put("outcome", "SLIP"), "exchange.problem.at");
        assertThat(((coach.kaizen.core.text.Message) slip.said().args().get(1)).key())
                .isEqualTo("steps.problem.checkIn.slipInRecoveryOnly");
    }

    private static ObjectNode stepOf(ObjectNode doc, JsonNode checkIn) {
        for (JsonNode step : doc.withArray("steps")) {
            if (step.get("id").asLong() == checkIn.get("step").asLong()) {
                return (ObjectNode) step;
            }
        }
        throw new AssertionError("no step " + checkIn.get("step"));
    }

    private static ObjectNode firstCheckInOn(ObjectNode doc, String aimKind) {
        for (JsonNode checkIn : doc.withArray("checkIns")) {
            long aim = stepOf(doc, checkIn).get("aim").asLong();
            for (JsonNode each : doc.withArray("aims")) {
                if (each.get("id").asLong() == aim && each.get("kind").asText().equals(aimKind)) {
                    return (ObjectNode) checkIn;
                }
            }
        }
        throw new AssertionError("no check-in on a " + aimKind + " aim");
    }

    @Test
    void aFieldWrittenTwiceOrAControlCharacterIsNamed() {
        String whole = new String(json(varied), StandardCharsets.UTF_8);
        Explained twice = refusedAsInvalid(whole.replaceFirst("\\{", "{\"version\": 1,")
                .getBytes(StandardCharsets.UTF_8), "problem.body.duplicate");
        assertThat(twice.said().args()).containsExactly("version");
        Explained control = refusedAsInvalid(edited(doc -> ((ObjectNode) doc.withArray("checkIns").get(0))
                .put("note", "a walk\u0000")), "problem.control");
        assertThat(control.said().args()).containsExactly("'checkIns[0].note'");
        assertThat(services.imports().importDocument(newcomer("tab"), edited(doc -> ((ObjectNode) doc
                .withArray("checkIns").get(0)).put("note", "a walk,\tthen\ntea"))).total()).as("tab and lines are text")
                .isPositive();
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        byte[] big = new byte[(int) ImportService.MAX_BYTES + 1];
        Explained refused = (Explained) catchThrowable(() -> services.imports().importDocument(newcomer("bea"), big));
        assertThat(refused).isInstanceOf(Rejected.class);
        assertThat(refused.said().key()).isEqualTo("exchange.problem.tooBig");
    }

    private static ObjectNode step(ObjectNode doc, int index) {
        return (ObjectNode) doc.withArray("steps").get(index);
    }

    private byte[] edited(Consumer<ObjectNode> edit) {
        try {
            ObjectNode doc = (ObjectNode) JSON.readTree(json(varied));
            edit.accept(doc);
            return JSON.writeValueAsBytes(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Explained refused(Consumer<ObjectNode> edit, String key) {
        return refusedAs(Rejected.class, edited(edit), key);
    }

    private Explained refusedAsInvalid(byte[] file, String key) {
        return refusedAs(Invalid.class, file, key);
    }

    /** Refused with {@code key}, and the account it was meant for is as it was. */
    private Explained refusedAs(Class<? extends Explained> type, byte[] file, String key) {
        Person bea = services.database().read(stores -> stores.users().findByUsername("bea"))
                .orElseGet(() -> newcomer("bea"));
        KaizenDocument before = exported(bea);
        Throwable thrown = catchThrowable(() -> services.imports().importDocument(bea, file));
        assertThat(thrown).isInstanceOf(type);
        assertThat(((Explained) thrown).said().key()).isEqualTo(key);
        assertThat(exported(bea)).isEqualTo(before);
        return (Explained) thrown;
    }

}
