package coach.kaizen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.testing.Fuzzed;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code kaizen engine}'s input, whatever a harness sends: every line gets exactly one answer, a
 * JSON object on one line (the answer or an error), and the stream goes on.
 */
class EngineLinesFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @FuzzTest
    void answersEachLine(byte[] input) throws Exception {
        EngineLines engine = new EngineLines(Catalog.shipped().texts(Catalog.ENGLISH));
        for (String line : Fuzzed.text(input).split("\n")) {
            String answer = engine.answer(line);
            assertThat(answer).doesNotContain("\n", "\r");
            JsonNode read = JSON.readTree(answer);
            assertThat(read.isObject()).as(answer).isTrue();
            assertThat(read.has("error") || read.has("id")).as(answer).isTrue();
        }
    }
}
