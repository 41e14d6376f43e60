package coach.kaizen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.Services;
import coach.kaizen.app.account.AccountService.Place;
import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.db.Database;
import coach.kaizen.app.testing.LoopFiles;
import coach.kaizen.app.testing.VariedPerson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kaizen export and kaizen import: our JSON and CSV out, ours and Loop's in, a bar only on a terminal. */
class DataCommandsTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Map<String, String> env;

    @BeforeEach
    void twoPeople() {
        env = Map.of("KAIZEN_DATA_DIR", folder.resolve("data").toString());
        try (Database db = Database.open(AppConfig.resolve(new AppConfig.Flags(null, null, null, null), env))) {
            db.migrate();
            Services services = Services.over(db, Clock.fixed(NOW, ZoneOffset.UTC));
            VariedPerson.make(services, "Europe/Madrid");
            services.accounts().signUp("eva", "a long enough password", Place.in("UTC"));
        }
    }

    private int run(boolean interactive, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        bytes.reset();
        Terminal terminal = new Terminal(new BufferedReader(new StringReader("")), new PrintWriter(out, true),
                new PrintWriter(err, true), interactive, bytes);
        return Cli.run(args, env, Clock.fixed(NOW, ZoneOffset.UTC), terminal);
    }

    private JsonNode exported(String user) throws Exception {
        assertThat(run(false, "export", "--user", user)).isZero();
        ObjectNode document = (ObjectNode) JSON.readTree(bytes.toByteArray());
        document.remove("exportedAt");
        return document;
    }

    @Test
    void anExportBroughtInWithABarOnATerminalMakesTheSameAccount() throws Exception {
        JsonNode demo = exported("demo");
        assertThat(demo.get("format").asText()).isEqualTo("kaizen-coach");
        Path file = folder.resolve("demo.json");
        assertThat(run(false, "export", "--user", "demo", "--output", file.toString())).isZero();
        assertThat(err.toString()).contains(file.toString());

        assertThat(run(true, "import", "--user", "eva", file.toString())).isZero();

        assertThat(err.toString()).contains("100% brought in");
        assertThat(out.toString()).contains("things came in");
        assertThat(exported("eva")).isEqualTo(demo);
        assertThat(run(false, "import", "--user", "eva", file.toString())).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains("nothing new came in");
    }

    @Test
    void theCsvExportIsAZipOnStandardOutput() throws Exception {
        assertThat(run(false, "export", "--user", "demo", "--format", "csv")).isZero();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(zip.getNextEntry().getName()).isEqualTo("settings.csv");
        }
        assertThat(run(false, "export", "--user", "demo", "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("xml");
    }

    @Test
    void aLoopFileIsToldApartByWhatItHolds() throws Exception {
        Path backup = folder.resolve("loop.db");
        Files.write(backup, LoopFiles.backup(25, List.of(LoopFiles.Habit.yesNo("Tea", 1, 1, List.of()))));
        assertThat(run(false, "import", "--user", "eva", backup.toString())).isZero();
        assertThat(out.toString()).contains("1 habit came over from Loop");
        Path zip = folder.resolve("loop.zip");
        Files.write(zip, LoopFiles.csvZip(List.of(LoopFiles.Habit.yesNo("Tea", 1, 1, List.of()))));
        assertThat(run(false, "import", "--user", "eva", zip.toString())).isZero();
        assertThat(exported("eva").get("steps")).hasSize(1);
    }

    @Test
    void aBadFileIsOneLineOnStderrExitTwoAndChangesNothing() throws Exception {
        JsonNode before = exported("eva");
        Path whole = folder.resolve("demo.json");
        run(false, "export", "--user", "demo", "--output", whole.toString());
        byte[] json = Files.readAllBytes(whole);
        Path cut = folder.resolve("cut.json");
        Files.write(cut, Arrays.copyOf(json, json.length / 2));
        Path strange = folder.resolve("strange.bin");
        Files.write(strange, new byte[] {1, 2, 3, 4, 5});

        for (String[] args : List.of(new String[] {"import", "--user", "eva", cut.toString()},
                new String[] {"import", "--user", "eva", strange.toString()},
                new String[] {"import", "--user", "eva", folder.resolve("none.json").toString()},
                new String[] {"import", "--user", "nobody", whole.toString()})) {
            assertThat(run(true, args)).isEqualTo(2);
            assertThat(err.toString().strip().lines()).singleElement().asString().startsWith("kaizen: ");
            assertThat(err.toString()).doesNotContain("Exception", "\tat ");
        }
        assertThat(exported("eva")).isEqualTo(before);
    }
}
