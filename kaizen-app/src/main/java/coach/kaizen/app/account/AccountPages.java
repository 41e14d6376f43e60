package coach.kaizen.app.account;

import coach.kaizen.app.account.AccountService.Place;
import coach.kaizen.app.db.SignInStore.SignedIn;
import coach.kaizen.app.http.Auth;
import coach.kaizen.app.http.ClientAddress;
import coach.kaizen.app.http.Csrf;
import coach.kaizen.app.http.Form;
import coach.kaizen.app.http.Frame;
import coach.kaizen.app.http.Pages;
import coach.kaizen.app.http.Refusals;
import coach.kaizen.app.http.ReturnTo;
import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.i18n.Places;
import coach.kaizen.core.person.Person;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/** The welcome page, signing up, logging in and out, and the goodbye after an account is deleted. */
public final class AccountPages {

    private final AccountService accounts;
    private final Auth auth;
    private final Pages pages;

    public AccountPages(AccountService accounts, Auth auth, Pages pages) {
        this.accounts = accounts;
        this.auth = auth;
        this.pages = pages;
    }

    public void home(Context ctx) {
        showSignedOut(ctx, "home.jte");
    }

    public void signUpForm(Context ctx) {
        // UTC until the page's script fills in the browser's own zone.
        showSignUp(ctx, Form.of(Map.of("timeZone", "UTC")));
    }

    public void signUp(Context ctx) {
        Csrf.check(ctx, auth.signedIn(ctx));
        Refusals.onRefusal(ctx, () -> {
            String browser = ctx.header("Accept-Language");
            String zone = ctx.formParam("timeZone");
            Person person = accounts.signUp(ctx.formParam("username"), ctx.formParam("password"),
                    new Place(zone, Catalog.shipped().guess(browser).orElse(null),
                            Places.countryOf(zone, browser).orElse(null)), ClientAddress.of(ctx));
            auth.signIn(ctx, person);
            ctx.redirect("/aims", HttpStatus.SEE_OTHER);
        }, refused -> showSignUp(ctx, refused));
    }

    public void logInForm(Context ctx) {
        String next = ctx.queryParam(ReturnTo.FIELD);
        showLogIn(ctx, next == null ? Form.empty() : Form.of(Map.of(ReturnTo.FIELD, next)));
    }

    public void logIn(Context ctx) {
        Csrf.check(ctx, auth.signedIn(ctx));
        Refusals.onRefusal(ctx, () -> {
            auth.signIn(ctx, accounts.signIn(ctx.formParam("username"), ctx.formParam("password"),
                    ClientAddress.of(ctx)));
            ctx.redirect(ReturnTo.after(ctx.formParam(ReturnTo.FIELD)), HttpStatus.SEE_OTHER);
        }, refused -> showLogIn(ctx, refused));
    }

    public void logOut(Context ctx, SignedIn who) {
        auth.signOut(ctx);
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    /** After an account is deleted: a kind word, and the way back in should they want one. */
    public void goodbye(Context ctx) {
        showSignedOut(ctx, "account/goodbye.jte");
    }

    /** A page for someone signed out; someone signed in is taken to Today (no "your account is deleted" to them). */
    private void showSignedOut(Context ctx, String template) {
        if (auth.signedIn(ctx).isPresent()) {
            ctx.redirect("/today", HttpStatus.SEE_OTHER);
        } else {
            pages.render(ctx, template, Map.of("frame", frame(ctx)));
        }
    }

    private void showSignUp(Context ctx, Form form) {
        pages.render(ctx, "signup.jte", Map.of("frame", frame(ctx), "form", form));
    }

    private void showLogIn(Context ctx, Form form) {
        pages.render(ctx, "login.jte", Map.of("frame", frame(ctx), "form", form));
    }

    private Frame frame(Context ctx) {
        return Frame.of(ctx, auth.signedIn(ctx));
    }
}
