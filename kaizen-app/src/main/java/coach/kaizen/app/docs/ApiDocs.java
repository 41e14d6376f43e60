package coach.kaizen.app.docs;

import coach.kaizen.app.http.Auth;
import coach.kaizen.app.http.Frame;
import coach.kaizen.app.http.Pages;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The API described: its OpenAPI 3.1 document, written by hand beside the code it describes
 * ({@code api/openapi.json}; tests hold the two together), at /api/v1/openapi.json, and a page for
 * developers at /api/docs that shows it with Swagger UI, served from its webjar by the app itself.
 */
public final class ApiDocs {

    static final String DOCUMENT = "api/openapi.json";
    /** Where the webjar's files are served; the version is the one the build pins. */
    static final String SWAGGER_UI = "/webjars/swagger-ui/5.35.0";

    private final byte[] document;
    private final Auth auth;
    private final Pages pages;

    public ApiDocs(Auth auth, Pages pages) {
        this.auth = auth;
        this.pages = pages;
        try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing from the build");
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Anyone may read it: it describes the API, and holds nothing of anyone's. */
    public void page(Context ctx) {
        pages.render(ctx, "docs/api.jte", Map.of("frame", Frame.of(ctx, auth.signedIn(ctx)), "swaggerUi", SWAGGER_UI));
    }

    public void document(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(document);
    }
}
