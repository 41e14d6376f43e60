package coach.kaizen.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests the server refuses before the app sees them (a path with a NUL byte, a header too
 * large): a problem+json body like every other refusal, never the server's own page.
 */
final class UnreadableRequests extends ErrorHandler {

    private final ObjectMapper mapper;

    UnreadableRequests(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws JsonProcessingException {
        int status = response.getStatus();
        String title = HttpStatus.getMessage(status);
        Problem problem = Problem.of(status, title, "The server could not read this request (" + title + ").", null);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        response.write(true, ByteBuffer.wrap(mapper.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8)),
                callback);
        return true;
    }
}
