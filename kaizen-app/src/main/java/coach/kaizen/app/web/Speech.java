package coach.kaizen.app.web;

import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.core.person.Person;
import io.javalin.http.Context;

/** The language a request is answered in: the person's own, else the browser's first we ship, else English. */
final class Speech {

    private static final String LANGUAGE = "kaizen.language";

    private Speech() {
    }

    /** Called once the person behind a request is known. */
    static void heard(Context ctx, Person person) {
        ctx.attribute(LANGUAGE, person.language());
    }

    static Texts of(Context ctx) {
        String language = ctx.attribute(LANGUAGE);
        return language == null ? Catalog.shipped().forBrowser(ctx.header("Accept-Language"))
                : Catalog.shipped().texts(language);
    }
}
