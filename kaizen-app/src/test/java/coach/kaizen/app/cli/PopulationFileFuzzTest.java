package coach.kaizen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.core.simulation.Population;
import coach.kaizen.core.text.Refused;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A population file for {@code kaizen simulate}, whatever it holds: read, or refused in words naming the file. */
class PopulationFileFuzzTest {

    private static Path file;

    @BeforeAll
    static void file() throws IOException {
        file = Files.createTempFile("kaizen-population-", ".json");
    }

    @AfterAll
    static void delete() throws IOException {
        Files.delete(file);
    }

    @FuzzTest
    void readsOrRefuses(byte[] input) throws IOException {
        Files.write(file, input);
        Population population;
        try {
            population = PopulationFile.read(file);
        } catch (Refused refused) {
            assertThat(refused.said().args()).contains(file.toString());
            return;
        }
        assertThat(population.people()).isBetween(0, Population.MAX_PEOPLE);
    }
}
