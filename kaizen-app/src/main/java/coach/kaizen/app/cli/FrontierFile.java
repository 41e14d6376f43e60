package coach.kaizen.app.cli;

import coach.kaizen.core.simulation.Frontier;
import coach.kaizen.core.simulation.Population;
import coach.kaizen.core.simulation.SimulatorBuild;
import coach.kaizen.core.text.Refused;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The oracle's frontier of one run (`kaizen simulate --frontier FILE`), kept so that a run on the
 * same people (population, days and seed: the frontier does not depend on the draws of days) need
 * not plan again. The file names its run by a digest of all three and of the simulator as built, and
 * is used for no other.
 */
final class FrontierFile {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The simulator as compiled: its person model, oracle and run (not the engine). */
    private static final byte[] SIMULATOR = compiled(SimulatorBuild.classes());

    private FrontierFile() {
    }

    /**
     * The run a frontier belongs to: the same digest for the same people, whatever the file's layout,
     * planned by the same simulator (its person model and oracle as built).
     */
    static String run(Population population, int days, long seed) {
        MessageDigest digest = sha256();
        digest.update((population + "|" + days + "|" + seed + "|").getBytes(StandardCharsets.UTF_8));
        digest.update(SIMULATOR);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of the class files of {@code classes}, in their order. */
    private static byte[] compiled(List<Class<?>> classes) {
        MessageDigest digest = sha256();
        for (Class<?> type : classes) {
            try (InputStream file = type.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
                digest.update(file.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The frontier kept in {@code file} for {@code run}; empty when there is no such file yet. */
    static Optional<Frontier> read(Path file, String run) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (JacksonException e) {
            throw new Refused("cli.simulate.frontierUnreadable", file.toString());
        } catch (IOException e) {
            throw new Refused("cli.population.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
        if (!root.path("frontier").isArray() || root.path("frontier").isEmpty() || !root.path("run").isTextual()) {
            throw new Refused("cli.simulate.frontierUnreadable", file.toString());
        }
        if (!root.path("run").asText().equals(run)) {
            throw new Refused("cli.simulate.frontierOther", file.toString());
        }
        List<Frontier.Point> points = new ArrayList<>();
        for (JsonNode point : root.path("frontier")) {
            points.add(new Frontier.Point(point.path("lambda").asDouble(), point.path("retention").asDouble(),
                    point.path("volume").asDouble()));
        }
        return Optional.of(new Frontier(points));
    }

    static void write(Path file, String run, String population, int days, long seed, Frontier frontier) {
        ObjectNode root = JSON.createObjectNode().put("run", run).put("population", population).put("days", days)
                .put("seed", seed);
        putPoints(root.putArray("frontier"), frontier);
        try {
            Files.writeString(file, root.toPrettyString() + System.lineSeparator());
        } catch (IOException e) {
            throw new Refused("cli.simulate.unwritable", file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** The frontier's points as {@code kaizen simulate --json} prints them too. */
    static void putPoints(ArrayNode points, Frontier frontier) {
        for (Frontier.Point point : frontier.points()) {
            points.addObject().put("lambda", point.lambda()).put("retention", point.retention())
                    .put("volume", point.volume());
        }
    }
}
