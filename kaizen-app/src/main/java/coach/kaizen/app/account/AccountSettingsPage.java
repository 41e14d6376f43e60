package coach.kaizen.app.account;

import coach.kaizen.app.account.AccountService.NewToken;
import coach.kaizen.app.db.SignInStore.SignedIn;
import coach.kaizen.app.db.TokenStore.ApiToken;
import coach.kaizen.app.http.Auth;
import coach.kaizen.app.http.Fields;
import coach.kaizen.app.http.Form;
import coach.kaizen.app.http.Frame;
import coach.kaizen.app.http.Pages;
import coach.kaizen.app.http.Params;
import coach.kaizen.app.http.Refusals;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.core.person.Person;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settings › Your account: a new password, the API's tokens (made, listed, revoked), signing out
 * everywhere, and deleting the account with everything in it.
 */
public final class AccountSettingsPage {

    /** What a redirect back here says was done (?done=...). */
    private static final Set<String> DONE = Set.of("password", "revoked");

    private final AccountService accounts;
    private final Auth auth;
    private final PersonalClock clock;
    private final Pages pages;

    public AccountSettingsPage(AccountService accounts, Auth auth, PersonalClock clock, Pages pages) {
        this.accounts = accounts;
        this.auth = auth;
        this.clock = clock;
        this.pages = pages;
    }

    /** A token as the page lists it: days in the person's own zone; null for not used yet, and for never expires. */
    public record TokenRow(long id, String name, LocalDate made, LocalDate lastUsed, LocalDate expires) {
    }

    /** Which form a refusal belongs to, so its reason shows beside it; and a new token's secret, shown once. */
    private record Shown(String refusedIn, Form form, NewToken made) {
    }

    public void show(Context ctx, SignedIn who) {
        render(ctx, who, new Shown("", Form.empty(), null));
    }

    /** Every other sign-in ends with the old password; this browser is signed in afresh, with a new id. */
    public void changePassword(Context ctx, SignedIn who) {
        Refusals.onRefusal(ctx, () -> {
            accounts.changePassword(who.person(), ctx.formParam("current"), ctx.formParam("password"));
            auth.signIn(ctx, who.person());
            ctx.redirect("/settings/account?done=password", HttpStatus.SEE_OTHER);
        }, refused -> render(ctx, who, new Shown("password", refused, null)));
    }

    /** Answers with the page itself, not a redirect: the secret is shown this once and kept nowhere. */
    public void createToken(Context ctx, SignedIn who) {
        Refusals.onRefusal(ctx, () -> {
            NewToken made = accounts.createToken(who.person(), ctx.formParam("name"), Fields.whole(ctx, "expiresInDays"));
            render(ctx, who, new Shown("", Form.empty(), made));
        }, refused -> render(ctx, who, new Shown("token", refused, null)));
    }

    public void revokeToken(Context ctx, SignedIn who) {
        accounts.revokeToken(who.person(), Params.id(ctx, "tokenId", "token"));
        ctx.redirect("/settings/account?done=revoked", HttpStatus.SEE_OTHER);
    }

    /** Every sign-in ends, this one too, so the page goes to the log-in form. */
    public void signOutEverywhere(Context ctx, SignedIn who) {
        accounts.signOutEverywhere(who.person());
        auth.signOut(ctx);
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    public void delete(Context ctx, SignedIn who) {
        Refusals.onRefusal(ctx, () -> {
            accounts.deleteAccount(who.person(), ctx.formParam("password"));
            auth.signOut(ctx);
            ctx.redirect("/goodbye", HttpStatus.SEE_OTHER);
        }, refused -> render(ctx, who, new Shown("delete", refused, null)));
    }

    private void render(Context ctx, SignedIn who, Shown shown) {
        Person person = who.person();
        List<TokenRow> tokens = accounts.tokens(person).stream().map(token -> row(person, token)).toList();
        String done = ctx.queryParam("done");
        pages.render(ctx, "account/settings.jte", Map.of("frame", Frame.of(ctx, who), "tokens", tokens,
                "refusedIn", shown.refusedIn(), "form", shown.form(),
                "secret", shown.made() == null ? "" : shown.made().secret(),
                "done", done != null && DONE.contains(done) ? done : "", "today", clock.today(person)));
    }

    private static TokenRow row(Person person, ApiToken token) {
        return new TokenRow(token.id(), token.name(), day(person, token.createdAt()), day(person, token.lastUsedAt()),
                day(person, token.expiresAt()));
    }

    private static LocalDate day(Person person, Instant instant) {
        return instant == null ? null : instant.atZone(person.zone()).toLocalDate();
    }
}
