package coach.kaizen.app.docs;

import static coach.kaizen.app.testing.ApiClient.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.app.testing.ApiDocument;
import coach.kaizen.app.testing.ApiTestBase;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document and the API are one: every /api/v1 route the app declares is an operation of the
 * document and the other way round, every reference in it leads somewhere, and the check that every
 * API test's answers go through (see {@link ApiDocument}) refuses what the document does not say.
 */
class ApiDocumentTest extends ApiTestBase {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final ApiDocument DOCUMENT = ApiDocument.shipped();

    @Test
    void everyRouteOfTheApiIsInTheDocumentAndNothingElse() {
        List<String> declared = routes().stream()
                .filter(route -> route.path().startsWith("/api/v1/") && METHODS.contains(route.method()))
                .map(route -> route.method() + " " + route.path()).toList();
        assertThat(declared).as("routes the app declares under /api/v1").isNotEmpty();
        assertThat(DOCUMENT.operations()).as("operations of api/openapi.json, against the routes the app declares")
                .containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void theDocumentIsServedAsWritten() {
        JsonNode served = ok(api.get("/api/v1/openapi.json", null), 200);
        assertThat(served).isEqualTo(DOCUMENT.json());
        assertThat(served.path("openapi").asText()).startsWith("3.1.");
    }

    @Test
    void everyReferenceLeadsToASchema() {
        List<String> references = new ArrayList<>();
        collect(DOCUMENT.json(), references);
        assertThat(references).isNotEmpty().allSatisfy(reference -> {
            assertThat(reference).startsWith("#/components/schemas/");
            assertThat(DOCUMENT.json().at(reference.substring(1)).isObject()).as(reference).isTrue();
        });
    }

    @Test
    void theCheckRefusesWhatTheDocumentDoesNotSay() {
        String aim = "{\"id\":1,\"title\":\"Move more\",\"kind\":\"BUILD\",\"identity\":null,\"counterFrom\":null}";
        DOCUMENT.check("GET", "/api/v1/aims/1", 200, "application/json", aim);
        assertThatThrownBy(() -> DOCUMENT.check("GET", "/api/v1/aims/1", 418, "application/json", aim))
                .hasMessageContaining("does not list status 418");
        assertThatThrownBy(() -> DOCUMENT.check("GET", "/api/v1/aims/1", 200, "application/json",
                aim.replace("\"BUILD\"", "\"BAKE\""))).hasMessageContaining("kind");
        assertThatThrownBy(() -> DOCUMENT.check("GET", "/api/v1/aims/1", 200, "application/json",
                aim.replace(",\"identity\":null", ""))).hasMessageContaining("identity");
        assertThatThrownBy(() -> DOCUMENT.check("GET", "/api/v1/aims/1", 200, "text/html", aim))
                .hasMessageContaining("text/html");
        assertThatThrownBy(() -> DOCUMENT.check("DELETE", "/api/v1/aims/1", 204, "", "{}"))
                .hasMessageContaining("no body");
        assertThatThrownBy(() -> DOCUMENT.check("PUT", "/api/v1/today", 200, "application/json", "[]"))
                .hasMessageContaining("no operation PUT /api/v1/today");
        assertThat(DOCUMENT.templateOf("/api/v1/calendar-feed")).contains("/api/v1/calendar-feed");
    }

    private static void collect(JsonNode node, List<String> references) {
        if (node.isObject() && node.has("$ref")) {
            references.add(node.get("$ref").asText());
        }
        node.forEach(child -> collect(child, references));
    }
}
