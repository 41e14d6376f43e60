package coach.kaizen.app.exchange;

import static coach.kaizen.app.testing.ApiClient.ok;
import static coach.kaizen.app.testing.ApiClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient;
import coach.kaizen.app.testing.ApiTestBase;
import coach.kaizen.core.loop.Csv;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** GET /api/v1/export (JSON and CSV) and POST /api/v1/import: the round trip over HTTP and each bad body. */
class DataApiTest extends ApiTestBase {

    private static final String JSON_TYPE = "application/json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AWKWARD = "Walk, \"slowly\"\nthen ñandú 🌱";

    private static Person withAStep(String prefix) {
        Person who = api.person(prefix);
        long aim = api.aim(who, "Move more");
        api.step(who, aim, "{\"action\":" + ApiClient.json(AWKWARD) + ",\"amount\":5,\"unit\":\"minutes\"}");
        return who;
    }

    @Test
    void theExportIsADatedAttachmentThatComesBackWhole() throws IOException {
        Person ana = withAStep("ana");
        HttpResponse<byte[]> export = api.download("/api/v1/export", ana.token());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"kaizen-coach-" + TODAY + ".json\"");
        JsonNode document = JSON.readTree(export.body());
        assertThat(document.get("format").asText()).isEqualTo("kaizen-coach");
        assertThat(document.get("version").asInt()).isEqualTo(1);
        assertThat(document.get("steps").get(0).get("action").asText()).isEqualTo(AWKWARD);
        assertThat(document.toString()).doesNotContain("password", "token", "username");

        Person bo = api.person("bo");
        JsonNode added = ok(api.upload("/api/v1/import", bo.token(), JSON_TYPE, export.body()), 201);
        assertThat(added.get("added").get("aims").asInt()).isEqualTo(1);
        assertThat(added.get("added").get("steps").asInt()).isEqualTo(1);
        assertThat(added.get("settings").asBoolean()).isTrue();
        JsonNode again = ok(api.upload("/api/v1/import", bo.token(), JSON_TYPE, export.body()), 201);
        assertThat(again.get("added").get("steps").asInt()).isZero();

        assertThat(withoutDate(api.download("/api/v1/export", bo.token()).body()))
                .isEqualTo(withoutDate(export.body()));
    }

    @Test
    void aStepBroughtInBetweenQuantaKeepsItsSizeUntilItIsResized() throws IOException {
        JsonNode document = JSON.readTree(api.download("/api/v1/export", withAStep("flo").token()).body());
        ((ObjectNode) document.get("steps").get(0)).put("amount", 8).put("quantum", 5).put("floor", 5);
        Person gus = api.person("gus");
        ok(api.upload("/api/v1/import", gus.token(), JSON_TYPE, document.toString().getBytes(StandardCharsets.UTF_8)),
                201);
        long aimId = ok(api.get("/api/v1/aims", gus.token()), 200).get(0).get("id").asLong();
        long id = ok(api.get("/api/v1/aims/" + aimId + "/steps", gus.token()), 200).get(0).get("id").asLong();

        JsonNode renamed = ok(api.patch("/api/v1/steps/" + id, gus.token(), "{\"action\":\"Walk\"}"), 200);
        assertThat(renamed.get("amount").asDouble()).isEqualTo(8);
        problem(api.sendingBadInput().patch("/api/v1/steps/" + id, gus.token(), "{\"ceiling\":20}"), 400,
                "amount 8 is not a whole number of quanta of 5, so the first day could not show it: "
                        + "make it 5 or 10, or make the quantum 1");
        assertThat(ok(api.get("/api/v1/steps/" + id, gus.token()), 200).get("ceiling").isNull()).isTrue();
    }

    @Test
    void theCsvExportIsAZipOfOneFilePerKindQuotedAsRfc4180Says() throws IOException {
        Person cy = withAStep("cy");
        HttpResponse<byte[]> zip = api.download("/api/v1/export?format=csv", cy.token());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/zip"));
        assertThat(zip.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"kaizen-coach-" + TODAY + ".zip\"");
        Map<String, String> files = unzipped(zip.body());
        assertThat(files.keySet()).containsExactly("settings.csv", "aims.csv", "steps.csv", "checkIns.csv",
                "stepChoices.csv", "readiness.csv", "dailySessions.csv", "journal.csv", "obstacles.csv",
                "experiments.csv", "recoveryWins.csv", "urges.csv", "slips.csv", "notSpent.csv", "strengths.csv",
                "safetyPlan.csv");
        String steps = files.get("steps.csv");
        assertThat(steps).startsWith("id,aim,action,amount,unit,quantum,floor,ceiling,rungs,anchor,schedule,reminders,"
                + "startDay,measure.kind,measure.target,archived,loop.uuid,loop.name,loop.position,"
                + "loop.description,createdAt\r\n");
        assertThat(steps).contains("1,1,\"Walk, \"\"slowly\"\"\nthen ñandú 🌱\",5,minutes,");
        List<List<String>> rows = Csv.parse(steps, "steps.csv");
        assertThat(rows.get(1).get(2)).isEqualTo(AWKWARD);
        assertThat(files.get("checkIns.csv")).isEqualTo("step,day,outcome,amount,resistance,note,createdAt,updatedAt\r\n");

        // Words a spreadsheet would run as a formula stay words.
        api.aim(cy, "=HYPERLINK(\"http://example.org\",\"x\")");
        api.aim(cy, "-1 drink a day");
        String aims = unzipped(api.download("/api/v1/export?format=csv", cy.token()).body()).get("aims.csv");
        assertThat(aims).contains(",\"'=HYPERLINK(\"\"http://example.org\"\",\"\"x\"\")\",", ",'-1 drink a day,")
                .doesNotContain(",=HYPERLINK");

        problem(api.get("/api/v1/export?format=xml", cy.token()), 400, "xml");
    }

    @Test
    void eachBadBodyIsRefusedSayingWhatIsWrongAndChangesNothing() throws IOException {
        Person di = withAStep("di");
        byte[] before = api.download("/api/v1/export", di.token()).body();
        byte[] export = api.download("/api/v1/export", withAStep("ed").token()).body();

        problem(api.sendingBadInput().upload("/api/v1/import", di.token(), "text/plain", "{}".getBytes(StandardCharsets.UTF_8)), 415);
        problem(importing(di, "not json at all".getBytes(StandardCharsets.UTF_8)), 400, "line 1");
        // Found by KaizenDocumentFuzzTest: three zeros first make Jackson read UTF-32, and this is none.
        problem(importing(di, "\0\0\0rrmat\":\"kaizen-coach\"}".getBytes(StandardCharsets.UTF_8)), 400, "line 1");
        problem(importing(di, Arrays.copyOf(export, export.length / 2)), 400, "cut short");
        problem(importing(di, edited(export, doc -> doc.put("format", "loop"))), 422, "\"loop\"");
        problem(importing(di, edited(export, doc -> doc.put("version", 2))), 422, "version 2");
        problem(importing(di, edited(export, doc -> step(doc).remove("action"))), 422, "steps[0]", "action");
        problem(importing(di, edited(export, doc -> step(doc).put("aim", 7))), 422, "steps[0].aim", "7");
        problem(importing(di, edited(export, doc -> step(doc).put("floor", 50))), 422, "steps[0]");
        problem(importing(di, edited(export, doc -> step(doc).put("amount", "five"))), 400, "steps[0].amount");
        problem(importing(di, new byte[11 * 1024 * 1024]), 413);
        // The other files a person may have at hand are named for what they are.
        problem(importing(di, api.download("/api/v1/export?format=csv", di.token()).body()), 400,
                "This is a .zip file, like our spreadsheet (CSV) download");
        problem(importing(di, "SQLite format 3\0 and the rest".getBytes(StandardCharsets.US_ASCII)), 400,
                "This is a database file, like a Loop backup: bring that on the Loop page.");

        assertThat(withoutDate(api.download("/api/v1/export", di.token()).body())).isEqualTo(withoutDate(before));
    }

    private static ApiClient.Reply importing(Person who, byte[] body) {
        return api.sendingBadInput().upload("/api/v1/import", who.token(), JSON_TYPE, body);
    }

    private static ObjectNode step(ObjectNode document) {
        return (ObjectNode) document.withArray("steps").get(0);
    }

    private static byte[] edited(byte[] json, Consumer<ObjectNode> edit) throws IOException {
        ObjectNode document = (ObjectNode) JSON.readTree(json);
        edit.accept(document);
        return JSON.writeValueAsBytes(document);
    }

    private static JsonNode withoutDate(byte[] json) throws IOException {
        ObjectNode document = (ObjectNode) JSON.readTree(json);
        document.remove("exportedAt");
        return document;
    }

    private static Map<String, String> unzipped(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
