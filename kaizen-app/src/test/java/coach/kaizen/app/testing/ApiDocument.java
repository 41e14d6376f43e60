package coach.kaizen.app.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.OpenApi31;
import com.networknt.schema.keyword.UnknownKeywordFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * The API's OpenAPI document as shipped ({@code api/openapi.json}), and the checks every request an API
 * test sends and every answer it receives go through: its path and method are an operation of the
 * document, its status is one the operation lists, its content type is one that status lists (or, for a
 * request, one its request body lists), and its body is valid against that schema (JSON Schema 2020-12,
 * the dialect of OpenAPI 3.1, with {@code format} asserted).
 */
public final class ApiDocument {

    /** Where the app keeps the document on its classpath, and where the schema library finds it too. */
    public static final String RESOURCE = "api/openapi.json";
    private static final String LOCATION = "classpath:" + RESOURCE;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ApiDocument SHIPPED = load();

    private final JsonNode document;
    private final List<Template> templates;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(OpenApi31.getInstance(),
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** A path of the document, and the pattern of the addresses it stands for. */
    private record Template(String path, Pattern pattern, long literalSegments) {
    }

    private ApiDocument(JsonNode document) {
        this.document = document;
        List<Template> found = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(path -> found.add(new Template(path,
                Pattern.compile(path.replaceAll("\\{[^}]+}", "[^/]+")),
                Pattern.compile("/").splitAsStream(path).filter(segment -> !segment.startsWith("{")).count())));
        this.templates = List.copyOf(found);
    }

    public static ApiDocument shipped() {
        return SHIPPED;
    }

    private static ApiDocument load() {
        // The library reads the whole document as a schema to resolve references in it, and would
        // warn of every OpenAPI field at its root ("paths", "components") as an unknown keyword.
        ((Logger) LoggerFactory.getLogger(UnknownKeywordFactory.class)).setLevel(Level.ERROR);
        try (InputStream in = ApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return new ApiDocument(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode json() {
        return document;
    }

    /** Every operation of the document, as "GET /api/v1/aims/{aimId}". */
    public List<String> operations() {
        List<String> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return operations;
    }

    /** The document's path for {@code path} (no query): the one with the most fixed segments among those it fits. */
    public Optional<String> templateOf(String path) {
        return templates.stream().filter(template -> template.pattern().matcher(path).matches())
                .max(Comparator.comparingLong(Template::literalSegments)).map(Template::path);
    }

    /**
     * Fails unless the document describes this answer. An address the document does not name (or a
     * method it does not list there) may only be answered with a problem: 400 (an address the server
     * cannot read, such as one with a NUL byte), 404 or 405.
     */
    public void check(String method, String pathAndQuery, int status, String contentType, String body) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        String answer = method + " " + pathAndQuery + " -> " + status + " " + contentType + " " + body;
        Optional<String> template = templateOf(path);
        JsonNode operation = template.map(found -> document.get("paths").get(found).get(method.toLowerCase(Locale.ROOT)))
                .orElse(null);
        if (operation == null) {
            if (status != 400 && status != 404 && status != 405) {
                throw new AssertionError("the API document has no operation " + method + " " + template.orElse(path)
                        + ", yet it answered: " + answer);
            }
            validate("#/components/schemas/Problem", body, answer);
            return;
        }
        String at = "#/paths/" + pointer(template.get()) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/" + status;
        JsonNode response = operation.path("responses").get(Integer.toString(status));
        if (response == null) {
            throw new AssertionError("the API document does not list status " + status + " for " + method + " "
                    + template.get() + ": " + answer);
        }
        JsonNode content = response.get("content");
        if (content == null) {
            if (body != null && !body.isEmpty()) {
                throw new AssertionError("the API document gives " + at + " no body, yet one came: " + answer);
            }
            return;
        }
        String mediaType = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!content.has(mediaType)) {
            throw new AssertionError("the API document's " + at + " is not of type " + mediaType + ": " + answer);
        }
        if (body != null && (mediaType.equals("application/json") || mediaType.endsWith("+json"))) {
            validate(at + "/content/" + pointer(mediaType) + "/schema", body, answer);
        }
    }

    /**
     * Fails unless the document takes this request's body: none where it takes none (and one where it
     * requires one), of a content type its request body lists, and valid against that schema when JSON. A
     * request to an address or method the document does not name is left to {@link #check} of its answer.
     * A test that sends bad input on purpose does not come here ({@link ApiClient#sendingBadInput()}).
     */
    public void checkRequest(String method, String pathAndQuery, String contentType, String body) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        Optional<String> template = templateOf(path);
        JsonNode operation = template.map(found -> document.get("paths").get(found).get(method.toLowerCase(Locale.ROOT)))
                .orElse(null);
        if (operation == null) {
            return;
        }
        String request = "request " + method + " " + pathAndQuery + " " + contentType + " " + body
                + "\n(a test that sends bad input on purpose says so: ApiClient.sendingBadInput())";
        String at = "#/paths/" + pointer(template.get()) + "/" + method.toLowerCase(Locale.ROOT) + "/requestBody";
        JsonNode requestBody = operation.get("requestBody");
        if (body == null || body.isEmpty()) {
            if (requestBody != null && requestBody.path("required").asBoolean()) {
                throw new AssertionError("the API document requires a body at " + at + ", yet none was sent: " + request);
            }
            return;
        }
        if (requestBody == null) {
            throw new AssertionError("the API document takes no body for " + method + " " + template.get()
                    + ", yet one was sent: " + request);
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!requestBody.path("content").has(mediaType)) {
            throw new AssertionError("the API document's " + at + " is not of type " + mediaType + ": " + request);
        }
        if (mediaType.equals("application/json") || mediaType.endsWith("+json")) {
            validate(at + "/content/" + pointer(mediaType) + "/schema", body, request);
        }
    }

    /** Fails unless {@code body} is JSON valid against the schema at {@code fragment}; {@code what} names the request or answer. */
    private void validate(String fragment, String body, String what) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON, though the API document says it is: " + what, e);
        }
        Schema schema = schemas.computeIfAbsent(fragment,
                key -> registry.getSchema(SchemaLocation.of(LOCATION + key)));
        List<Error> errors = schema.validate(node);
        if (!errors.isEmpty()) {
            throw new AssertionError("this does not match the API document's " + fragment + ": " + errors
                    + "\n" + what);
        }
    }

    /** A JSON pointer's segment, written for a URI fragment. */
    private static String pointer(String segment) {
        return segment.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
    }
}
