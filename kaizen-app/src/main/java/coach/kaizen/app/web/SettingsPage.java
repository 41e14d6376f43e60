package coach.kaizen.app.web;

import coach.kaizen.app.coach.AccountService;
import coach.kaizen.app.coach.Invalid;
import coach.kaizen.app.coach.PersonalClock;
import coach.kaizen.app.db.SessionStore.SignedIn;
import coach.kaizen.core.person.Person;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/** Where and when a person's days are: their time zone (travel) and the hour a day starts. */
final class SettingsPage {

    private final AccountService accounts;
    private final PersonalClock clock;
    private final Pages pages;

    SettingsPage(AccountService accounts, PersonalClock clock, Pages pages) {
        this.accounts = accounts;
        this.clock = clock;
        this.pages = pages;
    }

    /** After a save (?saved), the page says where the days now are. */
    void show(Context ctx, SignedIn who) {
        Person person = who.person();
        String saved = ctx.queryParam("saved") == null ? ""
                : "Saved. Your days now follow " + person.zone().getId() + ".";
        render(ctx, who, person, formOf(person), saved);
    }

    /** Saves, then shows the page again by a redirect, so reloading it sends nothing twice. */
    void changeDays(Context ctx, SignedIn who) {
        try {
            accounts.changeDays(who.person().id(), ctx.formParam("timeZone"), Fields.whole(ctx, "dayStartHour"));
            ctx.redirect("/settings?saved", HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, who, who.person(), Form.refused(ctx, e.getMessage()), "");
        }
    }

    private static Form formOf(Person person) {
        return Form.of(Map.of("timeZone", person.zone().getId(), "dayStartHour",
                Integer.toString(person.dayStartHour())));
    }

    private void render(Context ctx, SignedIn who, Person person, Form form, String saved) {
        pages.render(ctx, "settings.jte", Map.of("frame", Frame.of(ctx, who), "form", form,
                "today", clock.today(person), "saved", saved));
    }
}
