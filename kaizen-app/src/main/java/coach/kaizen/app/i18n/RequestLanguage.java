package coach.kaizen.app.i18n;

import coach.kaizen.core.person.Person;
import io.javalin.http.Context;

/**
 * The language a request is answered in: the person's own, else the browser's first we ship, else
 * English. Here, where pages ({@code web.Speech}) and the API's words for a person (an engine's
 * reason) both reach it.
 */
public final class RequestLanguage {

    private static final String LANGUAGE = "kaizen.language";

    private RequestLanguage() {
    }

    /** Called once the person behind a request is known. */
    public static void heard(Context ctx, Person person) {
        ctx.attribute(LANGUAGE, person.language());
    }

    /** The words of the request's language. */
    public static Texts of(Context ctx) {
        String language = ctx.attribute(LANGUAGE);
        return language == null ? Catalog.shipped().forBrowser(ctx.header("Accept-Language"))
                : Catalog.shipped().texts(language);
    }
}
