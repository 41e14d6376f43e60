package coach.kaizen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.Services;
import coach.kaizen.app.account.AccountService.Place;
import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.db.Database;
import coach.kaizen.app.exchange.ImportService;
import coach.kaizen.app.testing.LoopFiles;
import coach.kaizen.app.testing.VariedPerson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
            services.accounts().signUp("eva", "a long enough password", Place.in("UTC"), null);
            services.accounts().signUp("fay", "a long enough password", Place.in("UTC"), null);
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

        Path empty = folder.resolve("empty.json");
        Files.writeString(empty, "{\"format\":\"kaizen-coach\",\"version\":1}");
        assertThat(run(false, "import", "--user", "eva", empty.toString())).isZero();
        assertThat(out.toString()).as("a file holding nothing is not 'already there'")
                .contains("The file held no aims, steps or days, so nothing came in.");

        Path settingsOnly = folder.resolve("settings.json");
        Files.writeString(settingsOnly, "{\"format\":\"kaizen-coach\",\"version\":1,\"settings\":"
                + "{\"timeZone\":\"Asia/Tokyo\",\"dayStartHour\":4,\"weekStart\":\"MONDAY\",\"language\":\"en\","
                + "\"theme\":\"DEVICE\"}}");
        assertThat(run(false, "import", "--user", "fay", settingsOnly.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).as("settings came over: not 'nothing came in'")
                .contains("Your settings came over too").contains("Tokyo").doesNotContain("held no aims");

        Path notes = folder.resolve("notes.json");
        Files.writeString(notes, "my notes, not JSON");
        assertThat(run(false, "import", "--user", "eva", notes.toString())).isEqualTo(2);
        assertThat(err.toString()).as("a .json that is not JSON is told so, as the page tells it")
                .contains("not JSON we can read").doesNotContain("none of the files");
        Path other = folder.resolve("notes.txt");
        Files.writeString(other, "my notes");
        assertThat(run(false, "import", "--user", "eva", other.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("none of the files kaizen import takes");
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
        Path big = folder.resolve("big.json");
        byte[] padded = new byte[(int) ImportService.MAX_BYTES + 1];
        Arrays.fill(padded, (byte) ' ');
        padded[0] = '{';
        Files.write(big, padded);

        // Each file, and words of the one line that says why.
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(cut, "line");
        files.put(strange, "our export (.json), a Loop backup (.db) or Loop's CSV export (.zip)");
        files.put(big, "10 MB");
        files.put(folder.resolve("none.json"), "none.json");
        files.put(edited(json, "text.json", doc -> doc.put("version", "one")), "version");
        files.put(edited(json, "loop.json", doc -> doc.put("format", "loop")), "\"loop\"");
        files.put(edited(json, "newer.json", doc -> doc.put("version", 2)), "version 2");
        files.put(edited(json, "no-action.json", doc -> step(doc).remove("action")), "steps[0]: action");
        files.put(edited(json, "no-aim.json", doc -> step(doc).put("aim", 999)), "steps[0].aim");
        files.put(edited(json, "below-floor.json", doc -> step(doc).put("floor", 1000)), "steps[0]");
        files.put(folder, "is a folder; name a file");
        files.forEach((file, why) -> refused(why, "import", "--user", "eva", file.toString()));
        refused("nobody", "import", "--user", "nobody", whole.toString());
        assertThat(exported("eva")).isEqualTo(before);
    }

    /** An export never writes over a file unasked, nor into a folder that is not there. */
    @Test
    void anExportKeepsAFileAlreadyThereUnlessForced() throws Exception {
        Path precious = folder.resolve("precious.json");
        Files.writeString(precious, "precious");
        refused("already exists; choose another name, or add --force to replace it",
                "export", "--user", "demo", "--output", precious.toString());
        assertThat(Files.readString(precious)).isEqualTo("precious");
        refused("there is no folder", "export", "--user", "demo", "--output", folder.resolve("none/x.json").toString());
        refused("is a folder", "export", "--user", "demo", "--output", folder.toString());
        assertThat(run(false, "export", "--user", "demo", "--output", precious.toString(), "--force")).isZero();
        assertThat(JSON.readTree(precious.toFile()).get("format").asText()).isEqualTo("kaizen-coach");
    }

    /** Exit 2 with one line on stderr that says why (with {@code why} in it), and no stack trace. */
    private void refused(String why, String... args) {
        assertThat(run(true, args)).as(String.join(" ", args)).isEqualTo(2);
        assertThat(err.toString().strip().lines()).as(String.join(" ", args)).singleElement().asString()
                .startsWith("kaizen: ").contains(why);
        assertThat(err.toString()).doesNotContain("Exception", "\tat ", "%");
    }

    private static ObjectNode step(ObjectNode document) {
        return (ObjectNode) document.withArray("steps").get(0);
    }

    private Path edited(byte[] json, String name, Consumer<ObjectNode> edit) throws IOException {
        ObjectNode document = (ObjectNode) JSON.readTree(json);
        edit.accept(document);
        Path file = folder.resolve(name);
        Files.write(file, JSON.writeValueAsBytes(document));
        return file;
    }
}
