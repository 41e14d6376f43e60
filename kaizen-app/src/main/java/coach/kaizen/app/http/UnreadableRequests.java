package coach.kaizen.app.http;

import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.i18n.Texts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests the server refuses before the app sees them (a path with a NUL byte, a header too
 * large, a body that comes in too slowly): a problem+json body like every other refusal, never the server's own page. Nobody is
 * known yet, so the detail is in the browser's language, else English.
 */
final class UnreadableRequests extends ErrorHandler {

    /** Refusals of a body ({@link BodiesFirst}): the request line was read whole, so the problem names its path. */
    private static final Set<Integer> OF_A_BODY = Set.of(HttpStatus.REQUEST_TIMEOUT_408,
            HttpStatus.PAYLOAD_TOO_LARGE_413);

    private final ObjectMapper mapper;

    UnreadableRequests(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws JsonProcessingException {
        int status = response.getStatus();
        String title = HttpStatus.getMessage(status);
        Catalog catalog = Catalog.shipped();
        String language = catalog.guess(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE)).orElse(Catalog.ENGLISH);
        Texts texts = catalog.texts(language);
        // A refusal we have words for (a body too slow, too large) says so; any other names HTTP's phrase.
        String detail = texts.has("problem.http." + status) ? texts.t("problem.http." + status)
                : texts.t("problem.unreadableRequest", title);
        String instance = OF_A_BODY.contains(status) ? request.getHttpURI().getPath() : null;
        Problem problem = Problem.of(status, title, detail, instance);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        response.write(true, ByteBuffer.wrap(mapper.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8)),
                callback);
        return true;
    }
}
