package coach.kaizen.app.account;

import coach.kaizen.app.db.SignInStore.SignedIn;
import coach.kaizen.app.http.Fields;
import coach.kaizen.app.http.Form;
import coach.kaizen.app.http.Frame;
import coach.kaizen.app.http.Pages;
import coach.kaizen.app.http.Refusals;
import coach.kaizen.app.i18n.Places;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.core.person.Person;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/**
 * Where and when a person's days are (their time zone when travelling, the hour a day starts, the
 * first day of their week), the language they read, the country whose help lines they see, and
 * whether their pages are light, dark or as their device prefers.
 */
public final class SettingsPage {

    private final AccountService accounts;
    private final PersonalClock clock;
    private final Pages pages;

    public SettingsPage(AccountService accounts, PersonalClock clock, Pages pages) {
        this.accounts = accounts;
        this.clock = clock;
        this.pages = pages;
    }

    /** After a save (?saved), the page says where the days now are. */
    public void show(Context ctx, SignedIn who) {
        Person person = who.person();
        render(ctx, who, formOf(person), ctx.queryParam("saved") != null);
    }

    /** Saves, then shows the page again by a redirect, so reloading it sends nothing twice. */
    public void change(Context ctx, SignedIn who) {
        Refusals.onRefusal(ctx, () -> {
            accounts.change(who.person(), new Settings(ctx.formParam("timeZone"), Fields.whole(ctx, "dayStartHour"),
                    ctx.formParam("weekStart"), ctx.formParam("language"), ctx.formParam("country"),
                    ctx.formParam("theme")));
            ctx.redirect("/settings?saved", HttpStatus.SEE_OTHER);
        }, refused -> render(ctx, who, refused, false));
    }

    private static Form formOf(Person person) {
        Settings settings = Settings.of(person);
        return Form.of(Map.of("timeZone", settings.timeZone(), "dayStartHour",
                Integer.toString(settings.dayStartHour()), "weekStart", settings.weekStart(), "language",
                settings.language(), "country", settings.country(), "theme", settings.theme()));
    }

    private void render(Context ctx, SignedIn who, Form form, boolean saved) {
        Frame frame = Frame.of(ctx, who);
        pages.render(ctx, "settings.jte", Map.of("frame", frame, "form", form, "person", who.person(),
                "today", clock.today(who.person()), "saved", saved, "countries", Places.countries(frame.texts())));
    }
}
