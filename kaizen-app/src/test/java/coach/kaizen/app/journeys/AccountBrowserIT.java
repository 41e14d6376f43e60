package coach.kaizen.app.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.BrowserJourney;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SelectOption;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Someone looks after their account on a phone, through Settings: a new password signs their other
 * phone out; a token is made, shown once, listed and revoked; and the account is deleted, after
 * which the old password opens nothing and the name can be taken afresh.
 */
class AccountBrowserIT extends BrowserJourney {

    private static final String NEW_PASSWORD = "a new long secret";

    @Override
    protected Instant start() {
        return Instant.parse("2026-09-14T09:00:00Z");
    }

    @Test
    void aNewPasswordATokenAndAGoodbye() throws Exception {
        open(true);
        signUp("rosa");
        Page other = secondPhone();
        other.navigate(app.url() + "login");
        other.getByLabel("Username").fill("rosa");
        other.getByLabel("Password").fill(PASSWORD);
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        other.waitForURL(app.url() + "today");

        page.navigate(app.url() + "settings");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                "Your account: password, API tokens, signing out everywhere, deleting it")).click();
        expectAt("settings/account");
        screenshot("account-settings.png");

        label("Current password").fill(PASSWORD);
        label("New password").fill(NEW_PASSWORD);
        press("Change my password");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your new password is set");
        other.navigate(app.url() + "today");
        assertThat(other).hasURL(app.url() + "login");

        label("Name").fill("garden script");
        page.getByLabel("Stops working").selectOption(new SelectOption().setLabel("after 30 days"));
        press("Make a token");
        String secret = page.locator("code.secret").textContent();
        assertThat(secret).startsWith("kz_");
        Locator token = page.locator("li.token", new Page.LocatorOptions().setHasText("garden script"));
        assertThat(token).containsText("Stops working after Wednesday 14 October");
        assertThat(token).containsText("Not used yet");
        assertThat(me(secret)).isEqualTo(200);
        screenshot("account-token-made.png");
        page.navigate(app.url() + "settings/account");
        assertThat(page.locator("code.secret")).hasCount(0);
        assertThat(token).containsText("Last used on Monday 14 September");
        press("Revoke garden script");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("That token no longer opens your account");
        assertThat(token).hasCount(0);
        assertThat(me(secret)).isEqualTo(401);

        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        screenshot("account-settings-dark.png");
        List<Cookie> signedIn = context.cookies();
        assertThat(signedIn.stream().map(cookie -> cookie.name)).contains("kaizen_session");
        label("Your password, to confirm").fill(NEW_PASSWORD);
        press("Delete my account and everything in it");
        expectAt("goodbye");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Your account is deleted");
        screenshot("account-goodbye.png");

        // The cookie this browser was signed in with, put back: it opens nothing any more.
        context.addCookies(signedIn);
        page.navigate(app.url() + "today");
        expectAt("login");
        page.getByLabel("Username").fill("rosa");
        page.getByLabel("Password").fill(NEW_PASSWORD);
        press("Log in");
        // Said in lower case as the API says it, a problem starts a sentence on the page.
        assertThat(page.locator("#form-error")).hasText("That username and password do not match an account.");
        signUp("rosa");
        // The refused log-in's 401 is the page doing its job.
        problems.removeIf(problem -> problem.contains("401") && problem.contains(app.url() + "login"));
        assertNoProblems();
    }

    private void signUp(String name) {
        page.navigate(app.url() + "signup");
        page.getByLabel("Username").fill(name);
        page.getByLabel("Password").fill(PASSWORD);
        press("Create my account");
        page.waitForURL(app.url() + "aims");
    }

    private Locator label(String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    private int me(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url() + "api/v1/me"))
                .header("Authorization", "Bearer " + token).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
