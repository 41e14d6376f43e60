package coach.kaizen.app.docs;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API described: its OpenAPI 3.1 document, written by hand beside the code it describes
 * ({@code api/openapi.json}; tests hold the two together), at /api/v1/openapi.json.
 */
public final class ApiDocs {

    static final String DOCUMENT = "api/openapi.json";

    private final byte[] document;

    public ApiDocs() {
        try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing from the build");
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void document(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(document);
    }
}
