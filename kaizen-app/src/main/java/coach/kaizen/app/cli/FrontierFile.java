package coach.kaizen.app.cli;

import coach.kaizen.core.simulation.Frontier;
import coach.kaizen.core.simulation.Population;
import coach.kaizen.core.text.Refused;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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
 * not plan again. The file names its run by a digest of all three, and is used for no other.
 */
final class FrontierFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FrontierFile() {
    }

    /** The run a frontier belongs to: the same digest for the same people, whatever the file's layout. */
    static String run(Population population, int days, long seed) {
        try {
            byte[] said = (population + "|" + days + "|" + seed).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(said));
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
