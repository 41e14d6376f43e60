package coach.kaizen.app.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem body: what went wrong, in words a person or a program can act on. A request we
 * could not read is not echoed back: it has no {@code instance}, left out rather than null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {

    /** UTF-8, and said so: a detail echoes the person's own words, curly quotes and all. */
    public static final String CONTENT_TYPE = "application/problem+json; charset=utf-8";

    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance);
    }
}
