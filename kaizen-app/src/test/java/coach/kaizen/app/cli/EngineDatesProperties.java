package coach.kaizen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.i18n.Catalog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@code kaizen engine} reads a day exactly as {@link LocalDate#parse} does, though it reads plain ones by hand. */
class EngineDatesProperties {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Property
    void aDayIsReadAsIsoReadsIt(@ForAll("days") String day) throws Exception {
        StringWriter out = new StringWriter();
        EngineLines engine = new EngineLines(Catalog.shipped().texts(Catalog.ENGLISH), out);
        engine.answer("{\"op\":\"create\",\"id\":\"p\",\"size\":2}");
        engine.answer(JSON.createObjectNode().put("op", "propose").put("id", "p").put("date", day).toString());
        engine.flush();
        JsonNode answer = JSON.readTree(out.toString().lines().toList().get(1));
        LocalDate iso;
        try {
            iso = LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            assertThat(answer.get("error").asText()).isEqualTo("date must look like 2026-01-31, not " + day);
            return;
        }
        assertThat(answer.get("date").asText()).isEqualTo(iso.toString());
    }

    /** Mostly the shape of a plain day, with every digit and a few other characters in any place. */
    @Provide
    Arbitrary<String> days() {
        Arbitrary<String> plain = Arbitraries.strings().withChars("0123456789").ofLength(8)
                .map(d -> d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6));
        Arbitrary<String> likely = Arbitraries.integers().between(1, 9999).flatMap(year -> Arbitraries.integers()
                .between(0, 13).flatMap(month -> Arbitraries.integers().between(0, 32)
                        .map(day -> String.format("%04d-%02d-%02d", year, month, day))));
        Arbitrary<String> other = Arbitraries.strings().withChars("0123456789-+ x").ofMinLength(8).ofMaxLength(12);
        return Arbitraries.oneOf(plain, likely, likely, other);
    }
}
