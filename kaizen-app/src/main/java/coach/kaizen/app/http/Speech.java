package coach.kaizen.app.http;

import coach.kaizen.app.i18n.RequestLanguage;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.core.person.Person;
import io.javalin.http.Context;

/** The language a request is answered in: the person's own, else the browser's first we ship, else English. */
public final class Speech {

    private Speech() {
    }

    /** Called once the person behind a request is known. */
    static void heard(Context ctx, Person person) {
        RequestLanguage.heard(ctx, person);
    }

    public static Texts of(Context ctx) {
        return RequestLanguage.of(ctx);
    }
}
