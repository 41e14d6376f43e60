package coach.kaizen.app.exchange;

import static coach.kaizen.app.testing.ApiClient.ok;
import static coach.kaizen.app.testing.ApiClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiTestBase;
import coach.kaizen.app.testing.LoopFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** POST /api/v1/import/loop and GET /api/v1/export/loop: each way in, each bad file, and the way out. */
class LoopApiTest extends ApiTestBase {

    private static final String BACKUP = "application/vnd.sqlite3";
    private static final String ZIP = "application/zip";

    @Test
    void aBackupAndACsvZipComeOverOnceEach() {
        Person lu = api.person("lu");
        List<LoopFiles.Habit> habits = List.of(LoopFiles.Habit.yesNo("Stretch, gently", 1, 1,
                List.of(new LoopFiles.Entry(java.time.LocalDate.parse(TODAY), 2, "a note"))));

        JsonNode made = ok(api.upload("/api/v1/import/loop", lu.token(), BACKUP, LoopFiles.backup(25, habits)), 201);
        assertThat(made.get(0).get("action").asText()).isEqualTo("Stretch, gently");
        assertThat(made.get(0).get("made").asBoolean()).isTrue();
        assertThat(made.get(0).get("strength").asDouble()).isCloseTo(0.0519, org.assertj.core.api.Assertions.within(1e-4));

        JsonNode again = ok(api.upload("/api/v1/import/loop", lu.token(), ZIP, LoopFiles.csvZip(habits)), 201);
        assertThat(again.get(0).get("made").asBoolean()).isFalse();
        assertThat(again.get(0).get("daysAdded").asInt()).isZero();
        assertThat(ok(api.get("/api/v1/aims", lu.token()), 200)).hasSize(1);

        JsonNode octet = ok(api.upload("/api/v1/import/loop", lu.token(), "application/octet-stream",
                LoopFiles.backup(25, habits)), 201);
        assertThat(octet.get(0).get("stepId").asLong()).isEqualTo(made.get(0).get("stepId").asLong());
    }

    @Test
    void newStepsGoInTheAimNamed() {
        Person mo = api.person("mo");
        long aim = api.aim(mo, "Mornings");
        JsonNode made = ok(api.upload("/api/v1/import/loop?aimId=" + aim, mo.token(), BACKUP,
                LoopFiles.backup(20, List.of(LoopFiles.Habit.yesNo("Tea", 1, 1, List.of())))), 201);
        assertThat(made.get(0).get("aimId").asLong()).isEqualTo(aim);
        Person other = api.person("other");
        problem(api.upload("/api/v1/import/loop?aimId=" + aim, other.token(), BACKUP,
                LoopFiles.backup(20, List.of())), 404);
        problem(api.upload("/api/v1/import/loop?aimId=x", mo.token(), BACKUP, LoopFiles.backup(20, List.of())), 400);
    }

    @Test
    void eachBadFileGetsItsStatusAndWhatIsWrong() {
        Person bo = api.person("bo");
        String path = "/api/v1/import/loop";
        byte[] good = LoopFiles.backup(25, List.of(LoopFiles.Habit.yesNo("Walk", 1, 1, List.of())));
        problem(api.sendingBadInput().upload(path, bo.token(), "text/csv", good), 415, "application/zip", "text/csv");
        problem(api.upload(path, bo.token(), BACKUP, new byte[(int) LoopImportService.MAX_BYTES + 1]), 413, "10 MB");
        problem(api.upload(path, bo.token(), BACKUP, Arrays.copyOf(good, good.length / 2)), 400, "cut short");
        problem(api.upload(path, bo.token(), ZIP, "not a zip at all".getBytes()), 422, "neither a Loop backup");
        problem(api.upload(path, bo.token(), BACKUP, LoopFiles.backup(25, List.of(), "pragma user_version = 26")),
                422, "newer Loop", "26", "25");
        problem(api.upload(path, bo.token(), BACKUP, LoopFiles.backup(25, List.of(), "create table Extra (x)")),
                422, "Extra");
        problem(api.upload(path, bo.token(), BACKUP, LoopFiles.backup(25, List.of(),
                "create view Everything as select * from Habits")), 422, "view", "Everything");
        problem(api.upload(path, bo.token(), BACKUP, LoopFiles.backup(25, List.of(),
                "create trigger t after insert on Habits begin delete from Habits; end")), 422, "trigger");
        problem(api.upload(path, bo.token(), BACKUP, LoopFiles.backup(25, List.of(), "drop table Repetitions")),
                422, "not a Loop backup");
        problem(api.upload(path, bo.token(), ZIP, LoopFiles.zip(Map.of("/etc/Habits.csv", "Name\n"))), 422,
                "/etc/Habits.csv");
        problem(api.upload(path, bo.token(), ZIP, LoopFiles.zip(Map.of("a/../../Habits.csv", "Name\n"))), 422,
                "a/../../Habits.csv");
        problem(api.upload(path, bo.token(), ZIP, LoopFiles.zip(Map.of("Habits.csv",
                "Position,Name,Type,FrequencyNumerator,FrequencyDenominator\n001,\"Walk,NO,1,1\n"))), 400,
                "Habits.csv", "never closed");
        problem(api.upload(path, bo.token(), ZIP, LoopFiles.zip(Map.of("Habits.csv",
                "Position,Name,Type,FrequencyNumerator,FrequencyDenominator\n001,Walk,YES_NO,1,90\n"))), 422,
                "Walk", "90");
        assertThat(ok(api.get("/api/v1/aims", bo.token()), 200)).as("nothing was made").isEmpty();
        problem(api.upload(path, "nobody", BACKUP, good), 401);
    }

    @Test
    void theExportIsLoopsCsvLayoutAndComesBackIn() throws IOException {
        Person jo = api.person("jo");
        ok(api.upload("/api/v1/import/loop", jo.token(), BACKUP, LoopFiles.backup(25, List.of(
                LoopFiles.Habit.yesNo("Walk", 3, 7, List.of(new LoopFiles.Entry(java.time.LocalDate.parse(TODAY), 2,
                        ""))),
                LoopFiles.Habit.numerical("Run", "km", 0, 5, 1, List.of(new LoopFiles.Entry(
                        java.time.LocalDate.parse(TODAY), 2500, "")))))), 201);

        HttpResponse<byte[]> zip = api.download("/api/v1/export/loop", jo.token());

        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(zip.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("Loop Habits CSV " + TODAY + ".zip");
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).containsExactly("Habits.csv", "001 Walk/Checkmarks.csv", "001 Walk/Scores.csv",
                "002 Run/Checkmarks.csv", "002 Run/Scores.csv", "Checkmarks.csv", "Scores.csv");
        Person back = api.person("back");
        JsonNode again = ok(api.upload("/api/v1/import/loop", back.token(), ZIP, zip.body()), 201);
        assertThat(again).extracting(step -> step.get("action").asText()).containsExactly("Walk", "Run");
        assertThat(again.get(1).get("schedule").asText()).isEqualTo("daily");
    }
}
