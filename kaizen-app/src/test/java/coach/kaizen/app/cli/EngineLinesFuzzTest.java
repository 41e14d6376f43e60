package coach.kaizen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.testing.Fuzzed;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;

/**
 * {@code kaizen engine}'s input, whatever a harness sends: every line gets exactly one answer, a
 * JSON object on one line (the answer or an error), and the stream goes on.
 */
class EngineLinesFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @FuzzTest
    void answersEachLine(byte[] input) throws Exception {
        StringWriter out = new StringWriter();
        EngineLines engine = new EngineLines(Catalog.shipped().texts(Catalog.ENGLISH), out);
        for (String line : Fuzzed.text(input).split("\n")) {
            out.getBuffer().setLength(0);
            engine.answer(line);
            engine.flush();
            assertThat(out.toString()).endsWith(System.lineSeparator());
            String answer = out.toString().substring(0, out.toString().length() - System.lineSeparator().length());
            assertThat(answer).doesNotContain("\n", "\r");
            JsonNode read = JSON.readTree(answer);
            assertThat(read.isObject()).as(answer).isTrue();
            assertThat(read.has("error") || read.has("id")).as(answer).isTrue();
        }
    }
}
