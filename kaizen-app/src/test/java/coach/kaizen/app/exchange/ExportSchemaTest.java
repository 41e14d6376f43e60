package coach.kaizen.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.Services;
import coach.kaizen.app.testing.TestClock;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;
import coach.kaizen.app.testing.VariedPerson;
import coach.kaizen.core.person.Person;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/export-v1.schema.json describes real exports, and refuses a broken one (so it is not a schema of anything). */
class ExportSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    private static TestDatabase test;
    private static JsonNode exported;
    private static Schema schema;

    @BeforeAll
    static void exportAVariedPerson() throws IOException {
        test = TestDatabases.sqlite(folder);
        Services services = Services.over(test.database(), new TestClock(Instant.parse("2026-06-01T10:00:00Z")));
        Person varied = VariedPerson.make(services, "Europe/Madrid");
        exported = JSON.readTree(services.exports().json(varied).bytes());
        Path file = Path.of("..", "docs", "export-v1.schema.json");
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(file));
    }

    @AfterAll
    static void close() {
        test.close();
    }

    private static List<Error> errors(JsonNode document) {
        return schema.validate(document, context -> context.executionConfig(
                config -> config.formatAssertionsEnabled(true)));
    }

    @Test
    void aRealExportOfSomethingOfEveryKindMeetsTheSchema() {
        assertThat(errors(exported)).isEmpty();
        assertThat(exported.fieldNames()).toIterable().containsAll(
                schema.getSchemaNode().get("properties")::fieldNames);
    }

    @Test
    void theSchemaRefusesABrokenDocument() {
        ObjectNode noAction = exported.deepCopy();
        ((ObjectNode) noAction.withArray("steps").get(0)).remove("action");
        assertThat(errors(noAction)).extracting(Error::getMessage).anyMatch(message -> message.contains("action"));

        ObjectNode wrongOutcome = exported.deepCopy();
        ((ObjectNode) wrongOutcome.withArray("checkIns").get(0)).put("outcome", "MAYBE");
        assertThat(errors(wrongOutcome)).isNotEmpty();

        ObjectNode badDay = exported.deepCopy();
        ((ObjectNode) badDay.withArray("readiness").get(0)).put("day", "yesterday");
        assertThat(errors(badDay)).isNotEmpty();

        ObjectNode newer = exported.deepCopy();
        newer.put("version", 2);
        assertThat(errors(newer)).isNotEmpty();

        ObjectNode extra = exported.deepCopy();
        extra.put("passwordHash", "x");
        assertThat(errors(extra)).isNotEmpty();
    }
}
