package coach.kaizen.app.help;

import static coach.kaizen.app.testing.ApiClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiTestBase;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** /api/v1/crisis-resources, which needs no sign-in. */
class HelpApiTest extends ApiTestBase {

    @Test
    void crisisLinesNeedNoSignIn() {
        JsonNode us = ok(api.get("/api/v1/crisis-resources?country=us", null), 200);
        assertThat(us.get("country").get("code").asText()).isEqualTo("US");
        assertThat(us.get("country").get("lines").get(1).get("name").asText()).isEqualTo("988 Suicide & Crisis Lifeline");
        JsonNode fromLanguage = ok(api.sendWithHeader("GET", "/api/v1/crisis-resources", "Accept-Language",
                "en-IE,en;q=0.8", null), 200);
        assertThat(fromLanguage.get("country").get("name").asText()).isEqualTo("Ireland");
        JsonNode france = ok(api.get("/api/v1/crisis-resources?country=FR", null), 200).get("country");
        assertThat(texts(france.get("emergency").get("main"))).containsExactly("112");
        assertThat(france.get("emergency").get("police").asText()).isEqualTo("17");
        assertThat(france.get("emergency").get("ambulance").asText()).isEqualTo("15");
        assertThat(france.get("emergency").get("fire").asText()).isEqualTo("18");
        assertThat(france.get("lines").get(1).get("call").asText()).isEqualTo("3114");
        JsonNode japan = ok(api.get("/api/v1/crisis-resources?country=JP", null), 200);
        assertThat(japan.get("country").get("lines")).isEmpty();
        assertThat(japan.get("country").get("emergency").get("main")).isEmpty();
        assertThat(japan.get("country").get("emergency").get("ambulance").asText()).isEqualTo("119");
        assertThat(japan.get("everywhere").asText()).isEqualTo(
                "If you are in danger, or might hurt yourself or someone else, call 119 now.");
        assertThat(texts(japan.get("countries"))).hasSize(Locale.getISOCountries().length).contains("FR", "JP");
        JsonNode unknown = ok(api.sendWithHeader("GET", "/api/v1/crisis-resources", "Accept-Language", "es", null),
                200);
        assertThat(unknown.get("country").isNull()).isTrue();
        assertThat(unknown.get("everywhere").asText()).isEqualTo("Si estás en peligro, o podrías hacerte daño o "
                + "hacérselo a otra persona, llama ahora al número de emergencias de donde estés.");
    }
}
