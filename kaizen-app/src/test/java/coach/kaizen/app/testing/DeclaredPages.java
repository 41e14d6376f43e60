package coach.kaizen.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.App;
import coach.kaizen.app.Services;
import coach.kaizen.app.cli.DemoAccount;
import coach.kaizen.app.http.WebServer;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.picture.IsoWeek;
import coach.kaizen.core.recovery.SlipDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every page the app declares, as paths a browser can open: the pages anyone can see, and every
 * GET route of the pages (not the API) filled in with the demo account's own ids. A page added to
 * the routes is walked by every journey that uses this, with nothing to add here.
 */
public final class DeclaredPages {

    /** The pages for someone not signed in. */
    public static final List<String> SIGNED_OUT = List.of("/", "/login", "/signup", "/help", "/goodbye");

    /** A declared page: its route ("/aims/{aimId}") and the path that opens it ("/aims/3"). */
    public record Page(String route, String path) {
    }

    /** The demo account, signed in as {@code person}, and its pages. */
    public record Demo(DemoAccount.Credentials credentials, Person person, List<Page> pages) {
    }

    private DeclaredPages() {
    }

    /**
     * Makes the demo account (in UTC), with a slip told yesterday on its recovery aim so the slip
     * page has one to show, and fills every declared page with its recovery aim, step and slip.
     */
    public static Demo ofDemo(App app) {
        Services services = app.services();
        DemoAccount.Credentials demo = new DemoAccount(services).create("UTC");
        Person person = services.accounts().signIn(demo.username(), demo.password(), null);
        Aim recovery = services.aims().list(person).stream().filter(aim -> aim.kind() == AimKind.RECOVER)
                .findFirst().orElseThrow();
        long stepId = services.steps().listForAim(person, recovery.id()).get(0).id();
        long slipId = services.slips().record(person, recovery.id(),
                new SlipDraft(services.clock().today(person).minusDays(1), null, null, null, null), false).id();
        Map<String, String> ids = Map.of("{aimId}", Long.toString(recovery.id()), "{stepId}", Long.toString(stepId),
                "{slipId}", Long.toString(slipId), "{part}", "today",
                "{week}", IsoWeek.of(services.clock().today(person)).toString());

        List<Page> pages = new ArrayList<>();
        for (WebServer.Route route : app.routes()) {
            // A file (a .zip download, the manifest, the service worker) is not a page. Nor is the API,
            // nor its docs page (/api/docs), which Swagger UI's scripts draw: axe is not yet made to pass on
            // their markup (ApiDocsBrowserIT checks that page's own part and that it loads nothing from elsewhere).
            if (!route.method().equals("GET") || route.path().startsWith("/api/") || route.path().equals("/health")
                    || route.path().matches(".*\\.[a-z]+")) {
                continue;
            }
            String path = route.path();
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace(id.getKey(), id.getValue());
            }
            assertThat(path).as("a path parameter this list cannot fill, in " + route.path()).doesNotContain("{");
            pages.add(new Page(route.path(), path));
        }
        return new Demo(demo, person, pages);
    }
}
