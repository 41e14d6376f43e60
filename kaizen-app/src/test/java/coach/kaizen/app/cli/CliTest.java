package coach.kaizen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.Schema;
import coach.kaizen.core.simulation.Simulation;
import coach.kaizen.core.strength.LoopScore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String in = "";

    @Test
    void helpListsTheCommands() {
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(out.toString()).contains("serve", "migrate");
    }

    @Test
    void serveHelpListsEveryOptionWithItsVariable() {
        assertThat(run(Map.of(), "serve", "--help")).isZero();
        assertThat(out.toString()).contains("--port", "KAIZEN_PORT", "--host", "KAIZEN_HOST", "--data-dir",
                "KAIZEN_DATA_DIR", "--db-url", "KAIZEN_DB_URL");
    }

    @Test
    void simulateHelpSaysTheRangeOfEachNumber() {
        assertThat(run(Map.of(), "simulate", "--help")).isZero();
        String help = out.toString().replaceAll("\\s+", " ");
        assertThat(help).contains("Days to simulate, 1 to " + Simulation.MAX_DAYS + " (default: 180)",
                "days, 2 to " + Simulation.MAX_REPLICATES + ", for expected values", "(1 to all of them)");
    }

    @Test
    void anUnknownFlagIsOneLineAndExitCodeTwo() {
        assertThat(run(Map.of(), "serve", "--colour", "green")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: Unknown options: '--colour', 'green' (see 'kaizen serve --help')\n");
    }

    @Test
    void aWordThatIsNoCommandIsOneLineInOurWords() {
        assertThat(run(Map.of(), "frobnicate")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: there is no command 'frobnicate' (see 'kaizen --help')\n");
        err.getBuffer().setLength(0);
        assertThat(run(Map.of(), "migrate", "now")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: kaizen migrate takes no 'now' (see 'kaizen migrate --help')\n");
    }

    @Test
    void aBadPortIsOneLineNamingTheFlag() {
        assertThat(run(Map.of(), "serve", "--port", "seventy")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: --port must be a port number from 0 to 65535, not 'seventy'\n");
    }

    @Test
    void aHostWithNoAddressIsOneLineNamingTheFlagAndNothingIsMade() {
        Path data = folder.resolve("never-made");
        // A name reserved never to resolve (RFC 6761), and any port, 0 too.
        assertThat(run(Map.of(), "serve", "--host", "nohost.invalid", "--port", "0", "--data-dir", data.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: --host (KAIZEN_HOST) must be an address or a name of this "
                + "machine, such as 127.0.0.1 or 0.0.0.0, not 'nohost.invalid'\n");
        assertThat(data).doesNotExist();
    }

    @Test
    void aPortInUseIsOneLineAndNothingIsMadeInTheDataFolder() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path data = folder.resolve("never-made");
            int port = taken.getLocalPort();
            assertThat(run(Map.of(), "serve", "--host", "127.0.0.1", "--port", String.valueOf(port), "--data-dir",
                    data.toString())).isEqualTo(2);
            assertThat(err.toString()).isEqualTo("kaizen: cannot listen on 127.0.0.1 port " + port
                    + " (Address already in use): stop what uses it, or choose another port or host\n");
            assertThat(data).doesNotExist();
        }
    }

    @Test
    void aBadVariableIsOneLineNamingTheVariable() {
        assertThat(run(Map.of("KAIZEN_PORT", "70000"), "serve")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: KAIZEN_PORT must be a port number from 0 to 65535, not '70000'\n");
    }

    @Test
    void aDataFolderThatIsAFileOrCannotBeMadeIsOneLineSayingWhy() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.txt"), "mine");
        assertThat(run(Map.of(), "migrate", "--data-dir", file.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: --data-dir names a file, not a folder: '" + file + "'\n");
        assertThat(Files.readString(file)).as("nothing written over it").isEqualTo("mine");

        err.getBuffer().setLength(0);
        Path underAFile = file.resolve("data");
        assertThat(run(Map.of(), "migrate", "--data-dir", underAFile.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("kaizen: cannot create the data folder " + underAFile
                + ": Not a directory\n");
    }

    @Test
    void aFlagWinsOverItsVariable() {
        // The variable's bad value is never read when the flag is given.
        assertThat(run(Map.of("KAIZEN_DATA_DIR", "\0bad"), "migrate", "--data-dir", folder.toString())).isZero();
    }

    @Test
    void aDatabaseUrlOfAnotherKindIsRefused() {
        assertThat(run(Map.of(), "migrate", "--db-url", "mysql://localhost/kaizen")).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("kaizen: --db-url must start with jdbc:postgresql:// (or jdbc:sqlite:)\n");
    }

    @Test
    void aDemoInAnUnknownZoneIsRefusedBeforeAnythingStarts() {
        assertThat(run(Map.of(), "serve", "--demo", "--demo-time-zone", "Mars/Olympus")).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("kaizen: --demo-time-zone must be a time zone name like Europe/Paris, not Mars/Olympus\n");
    }

    @Test
    void migrateCreatesTheSqliteFileThenFindsItUpToDate() {
        Path data = folder.resolve("data");
        assertThat(run(Map.of("KAIZEN_DATA_DIR", data.toString()), "migrate")).isZero();
        assertThat(Files.exists(data.resolve("kaizen.db"))).isTrue();
        assertThat(out.toString()).contains("is at schema version " + Schema.LATEST + " (" + Schema.LATEST + " migrations applied).");
        assertThat(run(Map.of("KAIZEN_DATA_DIR", data.toString()), "migrate")).isZero();
        assertThat(out.toString()).contains("is at schema version " + Schema.LATEST + " (already up to date).");
    }

    @Test
    void anUnreachableDatabaseIsOneLineAndExitCodeOne() {
        int code = run(Map.of("KAIZEN_DB_PASSWORD", "secret-value"), "migrate", "--db-url",
                "jdbc:postgresql://127.0.0.1:1/kaizen?password=also-secret");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("kaizen: cannot open the database at jdbc:postgresql://127.0.0.1:1/kaizen: ")
                .doesNotContain("secret").hasLineCount(1);
    }

    @Test
    void simulatePrintsARowPerPolicyAndTheSameSeedGivesTheSameNumbers() throws Exception {
        Path population = population(50, 4);
        assertThat(run(Map.of(), "simulate", "--population", population.toString(), "--days", "60", "--seed", "7"))
                .isZero();
        String first = out.toString();
        assertThat(first).contains("Population small: 50 people, 60 days, seed 7")
                .contains("engine", "fixed-floor", "fixed-start", "daily-1pct", "equal-staircase", "go-big", "oracle")
                .contains("8 draws of each person's days", "Frontier (the oracle, in expectation):")
                .containsPattern("\n  λ 0: retention \\d+\\.\\d%, volume \\d+\\.\\d\\R")
                .containsPattern("Goal \\(docs/engine.md §5\\): (not )?met");
        out.getBuffer().setLength(0);
        run(Map.of(), "simulate", "--population", population.toString(), "--days", "60", "--seed", "7");
        assertThat(out.toString()).isEqualTo(first);
        out.getBuffer().setLength(0);
        run(Map.of(), "simulate", "--population", population.toString(), "--days", "60", "--seed", "8");
        assertThat(out.toString()).isNotEqualTo(first);
    }

    @Test
    void simulateAsJsonNamesEveryPolicyWithItsNumbersTheFrontierAndTheGoal() throws Exception {
        Path population = population(20, 4);
        assertThat(run(Map.of(), "simulate", "--population", population.toString(), "--days", "30", "--replicates", "3",
                "--json")).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertThat(json.get("population").asText()).isEqualTo("small");
        assertThat(json.get("days").asInt()).isEqualTo(30);
        assertThat(json.get("replicates").asInt()).isEqualTo(3);
        assertThat(json.get("policies")).hasSize(7);
        var engine = json.get("policies").get(0);
        assertThat(engine.get("policy").asText()).isEqualTo("engine");
        assertThat(engine.fieldNames()).toIterable().containsExactly(
                "policy", "retention", "retentionError", "successRate", "volume", "volumeError", "finalSizeToCapacity",
                "longestMissRun", "efficiency", "retentionGap");
        assertThat(engine.get("retention").asDouble()).isBetween(0.0, 1.0);
        assertThat(engine.get("volumeError").asDouble()).isPositive();
        assertThat(json.get("frontier").get(0).fieldNames()).toIterable().containsExactly("lambda", "retention", "volume");
        var goal = json.get("goal");
        assertThat(goal.get("efficiencyAtLeast").asDouble()).isEqualTo(0.9);
        assertThat(goal.get("belowFixedFloorAtMost").asDouble()).isEqualTo(0.11);
        assertThat(goal.get("met").asBoolean()).isEqualTo(goal.get("efficiency").asDouble() >= 0.9
                && goal.get("belowFixedFloor").asDouble() <= 0.11);
    }

    @Test
    void simulateTakesAtLeastTwoDrawsOfDays() throws Exception {
        Path population = population(20, 4);
        assertThat(run(Map.of(), "simulate", "--population", population.toString(), "--replicates", "1")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: replicates must be from 2 to 1000\n");
    }

    @Test
    void simulateDrawsTheFrontierAndEveryPolicyAsAnSvg() throws Exception {
        Path population = population(20, 4);
        Path plot = folder.resolve("small.svg");
        assertThat(run(Map.of(), "simulate", "--population", population.toString(), "--days", "30", "--replicates", "2",
                "--plot", plot.toString())).isZero();
        String svg = Files.readString(plot);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>\n")
                .contains("<polyline points=\"", ">small</text>", ">volume</text>", ">retention</text>");
        for (String policy : List.of("engine", "fixed-floor", "go-big", "oracle")) {
            assertThat(svg).contains(">" + policy + "</text>");
        }
    }

    @Test
    void aPlotWhereNoFileCanBeWrittenIsRefusedBeforeTheRun() throws Exception {
        Path population = population(20, 4);
        Path plot = folder.resolve("nowhere").resolve("small.svg");
        assertThat(run(Map.of(), "simulate", "--population", population.toString(), "--plot", plot.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: " + plot + ": no such folder for the plot\n");
        assertThat(out.toString()).isEmpty();
        err.getBuffer().setLength(0);
        assertThat(run(Map.of(), "simulate", "--population", population.toString(), "--plot", folder.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: " + folder + " is a folder: name a file in it\n");
        assertThat(out.toString()).as("said before the run").isEmpty();
    }

    @Test
    void aFrontierKeptInAFileIsPlannedOnceAndScoresEveryOtherPolicyTheSame() throws Exception {
        Path population = population(20, 4);
        Path frontier = folder.resolve("small-frontier.json");
        JsonNode planned = simulateJson(population, "--frontier", frontier.toString());
        assertThat(frontier).exists();
        assertThat(err.toString()).isEqualTo("kaizen: the frontier is kept in " + frontier
                + ": a run on the same people reads it there and leaves out the oracle\n");
        err.getBuffer().setLength(0);
        // Written again in another layout: the same people, so the same run.
        Files.writeString(population, Files.readString(population).replace("\n", " "));
        JsonNode reused = simulateJson(population, "--frontier", frontier.toString());
        assertThat(err.toString()).isEqualTo("kaizen: the frontier is read from " + frontier
                + ": the oracle did not run again, so its row is left out\n");

        assertThat(reused.get("frontier")).isEqualTo(planned.get("frontier"));
        assertThat(labels(planned)).contains("oracle");
        assertThat(labels(reused)).isEqualTo(labels(planned).stream().filter(p -> !p.equals("oracle")).toList());
        for (JsonNode row : reused.get("policies")) {
            assertThat(row).isEqualTo(policy(planned, row.get("policy").asText()));
        }
        assertThat(reused.get("goal")).isEqualTo(planned.get("goal"));
    }

    @Test
    void theFirstPeopleOfAPopulationAreThePeopleOfASmallerOne() throws Exception {
        JsonNode five = simulateJson(population(5, 4));
        Path population = population(20, 4);
        assertThat(simulateJson(population, "--people", "5")).isEqualTo(five);
        assertThat(run(Map.of(), "simulate", "--population", population.toString(), "--people", "21")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: people must be from 1 to 20\n");
    }

    @Test
    void aFrontierOfAnotherRunOrNoFrontierAtAllIsRefusedAndLeftAsItWas() throws Exception {
        Path population = population(20, 4);
        Path frontier = folder.resolve("small-frontier.json");
        simulateJson(population, "--frontier", frontier.toString());
        String kept = Files.readString(frontier);
        err.getBuffer().setLength(0);
        assertThat(run(Map.of(), "simulate", "--population", population.toString(), "--days", "30", "--seed", "2",
                "--frontier", frontier.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: " + frontier + ": the frontier of another run (population, days,"
                + " seed or simulator build): name another file, or delete this one to plan again\n");
        assertThat(Files.readString(frontier)).isEqualTo(kept);

        err.getBuffer().setLength(0);
        Path notOne = folder.resolve("not-a-frontier.json");
        Files.writeString(notOne, "{\"frontier\": 3}");
        assertThat(run(Map.of(), "simulate", "--population", population.toString(), "--frontier", notOne.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: " + notOne + ": not a frontier that kaizen simulate wrote\n");

        err.getBuffer().setLength(0);
        Path nowhere = folder.resolve("nowhere").resolve("frontier.json");
        assertThat(run(Map.of(), "simulate", "--population", population.toString(), "--frontier", nowhere.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: " + nowhere + ": no such folder for the frontier\n");
    }

    private JsonNode simulateJson(Path population, String... more) throws Exception {
        out.getBuffer().setLength(0);
        List<String> args = new ArrayList<>(List.of("simulate", "--population", population.toString(),
                "--days", "30", "--replicates", "2", "--json"));
        args.addAll(List.of(more));
        assertThat(run(Map.of(), args.toArray(String[]::new))).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    private static List<String> labels(JsonNode result) {
        return result.get("policies").findValuesAsText("policy");
    }

    private static JsonNode policy(JsonNode result, String label) {
        for (JsonNode row : result.get("policies")) {
            if (row.get("policy").asText().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no " + label + " row in " + result);
    }

    @Test
    void aPopulationMayHaveAWeeklyRhythmStoicOrNoisyReportsOtherWaysOfQuittingAndForgetting() throws Exception {
        Path population = folder.resolve("varied.json");
        Files.writeString(population, """
                {"name": "varied", "people": 10,
                 "start": {"size": 2, "unit": "minutes", "quantum": 1, "floor": 1, "ceiling": 60, "goal": 30},
                 "capacity": {"median": 4, "spread": 0.5}, "capacityMax": {"median": 20, "spread": 0.5},
                 "sigma": 0.3, "practiceGain": 0.02, "hardDays": {"probability": 0.1, "drop": 0.7},
                 "quit": {"base": 0.002, "perMiss": 0.03, "perResistance": 0.01,
                          "graceMisses": 1, "halfLife": 60, "spread": 0.5},
                 "weekdays": {"share": 0.7, "drop": {"saturday": 0.6, "sunday": 0.6}},
                 "reporting": {"offset": {"mean": -1.5, "spread": 1}, "scale": {"median": 0.5, "spread": 0.3},
                               "noise": 1.2},
                 "forgetting": {"median": 0.03, "spread": 0.8}}""");
        assertThat(run(Map.of(), "simulate", "--population", population.toString(), "--days", "20", "--replicates", "2"))
                .isZero();
        assertThat(out.toString()).startsWith("Population varied: 10 people, 20 days, seed 1");
        Files.writeString(population, Files.readString(population).replace("\"saturday\"", "\"caturday\""));
        out.getBuffer().setLength(0);
        assertThat(run(Map.of(), "simulate", "--population", population.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("weekdays.drop.caturday").hasLineCount(1);
        Files.writeString(population, Files.readString(population).replace("\"caturday\"", "\"saturday\"")
                .replace("\"median\": 0.03", "\"median\": 1.5"));
        err.getBuffer().setLength(0);
        assertThat(run(Map.of(), "simulate", "--population", population.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: " + population + ": forgetting.median must be from 0 to 1\n");
        Files.writeString(population, Files.readString(population).replace("\"median\": 1.5", "\"median\": 0.03")
                .replace("\"noise\": 1.2", "\"noise\": -1"));
        err.getBuffer().setLength(0);
        assertThat(run(Map.of(), "simulate", "--population", population.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: " + population + ": reporting.noise must be zero or more\n");
    }

    @Test
    void aBadPopulationFileIsOneLineNamingTheField() throws Exception {
        Path population = population(20, -4);
        assertThat(run(Map.of(), "simulate", "--population", population.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(
                "kaizen: " + population + ": capacity.median must be a number above zero\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMissingPopulationFileIsAUsageError() {
        assertThat(run(Map.of(), "simulate", "--population", folder.resolve("none.json").toString())).isEqualTo(2);
        assertThat(err.toString()).endsWith("none.json: no such file\n").hasLineCount(1);
    }

    @Test
    void engineAnswersEachLineInTurnAndAnErrorDoesNotStopTheStream() {
        in = """
                {"op":"create","id":"p1","size":2,"unit":"minutes","quantum":1,"floor":1,"ceiling":120,"target":0.85}
                {"op":"propose","id":"p1","date":"2026-01-01","readiness":{"energy":6,"stress":3}}
                not json
                {"op":"record","id":"p1","date":"2026-01-01","outcome":"DONE","amount":2,"resistance":3}
                {"op":"propose","id":"p1","date":"2026-01-02","readiness":{"energy":2}}
                """;
        assertThat(run(Map.of(), "engine")).isZero();
        // One success: ln 2 + ln 1.01; strength after one day done: 1 − m (docs/engine.md §2).
        String level = String.valueOf(Math.log(2) + Math.log(1.01));
        String strength = String.valueOf(1 - LoopScore.multiplier(1));
        assertThat(out.toString().lines().toList()).containsExactly(
                "{\"id\":\"p1\",\"created\":true}",
                "{\"id\":\"p1\",\"date\":\"2026-01-01\",\"action\":\"HOLD\",\"size\":2.0,\"level\":0.6931471805599453,"
                        + "\"reason\":\"A first day: 2 minutes is small on purpose, easy to start and easy to repeat.\","
                        + "\"reasonCode\":\"FIRST_DAY\"}",
                "{\"error\":\"each line must be one JSON object\"}",
                "{\"id\":\"p1\",\"date\":\"2026-01-01\",\"outcome\":\"DONE\",\"level\":" + level + ","
                        + "\"strength\":" + strength + "}",
                "{\"id\":\"p1\",\"date\":\"2026-01-02\",\"action\":\"FLOOR\",\"size\":1.0,\"level\":" + level + ","
                        + "\"reason\":\"A hard day: the smallest version, 1 minute, counts fully today.\","
                        + "\"reasonCode\":\"HARD_DAY_FLOOR\"}");
    }

    @Test
    void engineAnswersAHarnessThatWaitsForEachAnswer() throws Exception {
        PipedOutputStream harness = new PipedOutputStream();
        PipedInputStream answers = new PipedInputStream();
        Terminal terminal = new Terminal(
                new BufferedReader(new InputStreamReader(new PipedInputStream(harness), StandardCharsets.UTF_8)),
                new PrintWriter(new OutputStreamWriter(new PipedOutputStream(answers), StandardCharsets.UTF_8)),
                new PrintWriter(err, true), false);
        ExecutorService engine = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> exit = engine.submit(() -> Cli.run(new String[] {"engine"}, Map.of(),
                    Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC), terminal));
            BufferedReader read = new BufferedReader(new InputStreamReader(answers, StandardCharsets.UTF_8));
            ExecutorService reader = Executors.newSingleThreadExecutor();
            try {
                // Nothing more is sent until each answer is in: an answer held back would wait for ever.
                harness.write("{\"op\":\"create\",\"id\":\"p1\",\"size\":2}\n".getBytes(StandardCharsets.UTF_8));
                harness.flush();
                assertThat(reader.submit(read::readLine).get(20, TimeUnit.SECONDS))
                        .isEqualTo("{\"id\":\"p1\",\"created\":true}");
                harness.write("{\"op\":\"jump\"}\n".getBytes(StandardCharsets.UTF_8));
                harness.flush();
                assertThat(reader.submit(read::readLine).get(20, TimeUnit.SECONDS)).contains("error");
            } finally {
                reader.shutdownNow();
            }
            harness.close();
            assertThat(exit.get(20, TimeUnit.SECONDS)).isZero();
        } finally {
            engine.shutdownNow();
        }
    }

    /** The README's example, run as written: its lines, and the answers it shows (a reason cut short with …). */
    @Test
    void theReadmesEngineExampleAnswersAsShown() throws Exception {
        List<String> readme = Files.readAllLines(Path.of("..", "README.md"));
        int start = 0;
        while (!readme.get(start).startsWith("$ printf '%s\\n' '{\"op\"")) {
            start++;
        }
        int command = start;
        while (!readme.get(command).contains("kaizen.jar engine")) {
            command++;
        }
        int end = command;
        while (!readme.get(end).equals("```")) {
            end++;
        }
        List<String> lines = new ArrayList<>();
        Matcher quoted = Pattern.compile("'(\\{.*?\\})'").matcher(String.join("\n", readme.subList(start, command)));
        while (quoted.find()) {
            lines.add(quoted.group(1));
        }
        in = String.join("\n", lines) + "\n";
        assertThat(run(Map.of(), "engine")).isZero();

        List<String> shown = readme.subList(command + 1, end);
        List<String> answers = out.toString().lines().toList();
        assertThat(answers).hasSize(3).hasSameSizeAs(shown);
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < shown.size(); i++) {
            ObjectNode expected = (ObjectNode) json.readTree(shown.get(i));
            ObjectNode actual = (ObjectNode) json.readTree(answers.get(i));
            if (expected.has("reason")) {
                assertThat(actual.remove("reason").asText()).startsWith(expected.remove("reason").asText()
                        .replace("…", ""));
            }
            assertThat(toTwelveDigits(actual)).as("answer %d", i + 1).isEqualTo(toTwelveDigits(expected));
        }
    }

    /** Its numbers to 12 significant digits: a JVM's last bit of a logarithm is not the README's business. */
    private static ObjectNode toTwelveDigits(ObjectNode answer) {
        answer.properties().forEach(field -> {
            if (field.getValue().isDouble()) {
                answer.put(field.getKey(), new java.math.BigDecimal(field.getValue().asDouble())
                        .round(new java.math.MathContext(12)));
            }
        });
        return answer;
    }

    @Test
    void engineExplainsWhatIsWrongWithALine() {
        in = """
                {"op":"propose","id":"nobody","date":"2026-01-01"}
                {"op":"create","id":"p1","size":0}
                {"op":"create","id":"p1","size":2,"target":0.4}
                {"op":"create","id":"p1","size":2,"colour":"red"}
                {"op":"create","id":"","size":2}
                {"op":"create","id":"p1","size":2,"size":3}
                {"op":"create","id":"p1","size":2} {"op":"jump"}
                {"op":"create","id":"p1","size":8,"quantum":5}
                {"op":"create","id":"p1","size":2}
                {"op":"create","id":"p1","size":5}
                {"op":"record","id":"p1","date":"2026-13-01","outcome":"DONE"}
                {"op":"record","id":"p1","date":"2026-01-02","outcome":"MAYBE"}
                {"op":"record","id":"p1","date":"2026-01-02","outcome":"DONE","resistance":11}
                {"op":"record","id":"p1","date":"2026-01-02","outcome":"MISSED"}
                {"op":"record","id":"p1","date":"2026-01-01","outcome":"MISSED"}
                {"op":"jump","id":"p1"}
                """;
        assertThat(run(Map.of(), "engine")).isZero();
        // A first-day miss, with the engine's own policy: the risk allowed halves to 1.5%, and the engine, still
        // unsure of the person, puts that size below the floor of 1, so the level is the floor's, ln 1.
        String level = String.valueOf(Math.log(1));
        assertThat(out.toString().lines().toList()).containsExactly(
                "{\"error\":\"no step nobody: create it first\"}",
                "{\"error\":\"size must be a number above zero\"}",
                "{\"error\":\"target success rate must lie above 0.5 and below 1\"}",
                "{\"error\":\"unknown field colour\"}",
                "{\"error\":\"id must name the step with at least one character\"}",
                "{\"error\":\"size is given twice in this line: give it once\"}",
                "{\"error\":\"each line must be one JSON object\"}",
                "{\"error\":\"size 8 is not a whole number of quanta of 5, so the first proposal could not be it\"}",
                "{\"id\":\"p1\",\"created\":true}",
                "{\"error\":\"there is a step p1 already: give a new one an id of its own\"}",
                "{\"error\":\"date must look like 2026-01-31, not 2026-13-01\"}",
                "{\"error\":\"outcome must be DONE, MISSED, SKIPPED or SLIP, not MAYBE\"}",
                "{\"error\":\"resistance must be from 0 to 10\"}",
                "{\"id\":\"p1\",\"date\":\"2026-01-02\",\"outcome\":\"MISSED\",\"level\":" + level + ","
                        + "\"strength\":0.0}",
                "{\"error\":\"p1 already has 2026-01-01 or a later day: days must go forward\"}",
                "{\"error\":\"op must be create, propose or record, not jump\"}");
    }

    @Test
    void noCommandShowsTheUsageAsAUsageError() {
        assertThat(run(Map.of())).isEqualTo(2);
        assertThat(err.toString()).contains("Usage: kaizen");
    }

    private static final Map<String, String> SPANISH = Map.of("KAIZEN_LANGUAGE", "es");

    @Test
    void inSpanishABadPortIsStillOneLineAndExitCodeTwo() {
        assertThat(run(SPANISH, "serve", "--port", "seventy")).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("kaizen: --port: se espera un número de puerto de 0 a 65535, no 'seventy'\n");
    }

    @Test
    void inSpanishAMissingPopulationFileIsOneSpanishLine() {
        Path none = folder.resolve("none.json");
        assertThat(run(SPANISH, "simulate", "--population", none.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: " + none + ": no existe ese archivo\n");
    }

    @Test
    void inSpanishSimulateSaysThePopulationAndTheGoalInSpanish() throws Exception {
        Path population = population(50, 4);
        assertThat(run(SPANISH, "simulate", "--population", population.toString(), "--days", "60", "--seed", "7"))
                .isZero();
        assertThat(out.toString().lines().findFirst()).hasValue("Población small: 50 personas, 60 días, semilla 7");
        assertThat(out.toString().lines()).anyMatch(line -> line.startsWith("Objetivo (docs/engine.md §5): "))
                .anyMatch(line -> line.matches("  \\[[x ]\\] la eficiencia del motor es al menos 0\\.90: \\d+\\.\\d\\d"));
    }

    @Test
    void theLanguageComesFromTheLocaleWhenKaizenLanguageIsNotSet() {
        assertThat(run(Map.of("LANG", "es_ES.UTF-8"), "serve", "--demo", "--demo-time-zone", "Mars/Olympus"))
                .isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: --demo-time-zone: se espera el nombre de una zona horaria "
                + "como Europe/Madrid, no Mars/Olympus\n");
    }

    @Test
    void kaizenLanguageWinsOverTheLocaleAndAnUnshippedLanguageIsEnglish() {
        assertThat(run(Map.of("KAIZEN_LANGUAGE", "fr", "LANG", "es_ES.UTF-8"), "serve", "--port", "seventy"))
                .isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: --port must be a port number from 0 to 65535, not 'seventy'\n");
        err.getBuffer().setLength(0);
        assertThat(run(Map.of("LC_ALL", "C", "LANG", "es_ES.UTF-8"), "serve", "--port", "seventy")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: --port must be a port number from 0 to 65535, not 'seventy'\n");
    }

    @Test
    void inSpanishTheHelpIsSpanish() {
        assertThat(run(SPANISH, "serve", "--help")).isZero();
        assertThat(out.toString()).startsWith("Uso: kaizen serve")
                .contains("Muestra esta ayuda y termina.", "La zona horaria de la cuenta de demostración", "KAIZEN_PORT", "--data-dir");
        out.getBuffer().setLength(0);
        assertThat(run(SPANISH, "--help")).isZero();
        assertThat(out.toString()).startsWith("Uso: kaizen [-hV] [COMANDO]")
                .contains("Comandos:", "Escribe 'kaizen COMANDO --help' para ver las opciones de un comando.");
    }

    @Test
    void inSpanishPicocliNamesTheUnknownOptionInItsOwnEnglish() {
        assertThat(run(SPANISH, "serve", "--colour", "green")).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("kaizen: Unknown options: '--colour', 'green' (mira 'kaizen serve --help')\n");
    }

    @Test
    void inSpanishTheEngineExplainsABadLineInSpanish() {
        in = """
                {"op":"propose","id":"nobody","date":"2026-01-01"}
                not json
                {"op":"create","id":"p1","size":2,"colour":"red"}
                """;
        assertThat(run(SPANISH, "engine")).isZero();
        assertThat(out.toString().lines().toList()).containsExactly(
                "{\"error\":\"no hay ningún paso nobody: créalo primero\"}",
                "{\"error\":\"se espera un solo objeto JSON en cada línea\"}",
                "{\"error\":\"campo desconocido: colour\"}");
    }

    private Path population(int people, double capacityMedian) throws Exception {
        String json = """
                {"name": "small", "people": %d,
                 "start": {"size": 2, "unit": "minutes", "quantum": 1, "floor": 1, "ceiling": 120, "goal": 30},
                 "capacity": {"median": %s, "spread": 0.5}, "capacityMax": {"median": 40, "spread": 0.5},
                 "sigma": 0.3, "practiceGain": 0.02,
                 "hardDays": {"probability": 0.1, "drop": 0.7},
                 "quit": {"base": 0.002, "perMiss": 0.03, "perResistance": 0.01}}""".formatted(people, capacityMedian);
        Path file = folder.resolve("small.json");
        Files.writeString(file, json);
        return file;
    }

    private int run(Map<String, String> env, String... args) {
        Terminal terminal = new Terminal(new BufferedReader(new StringReader(in)), new PrintWriter(out, true),
                new PrintWriter(err, true), false);
        return Cli.run(args, env, Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC), terminal);
    }
}
