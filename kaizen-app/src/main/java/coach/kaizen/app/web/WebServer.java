package coach.kaizen.app.web;

import coach.kaizen.app.api.AccountApi;
import coach.kaizen.app.api.AimApi;
import coach.kaizen.app.api.Bodies;
import coach.kaizen.app.api.CheckInApi;
import coach.kaizen.app.api.ChoiceApi;
import coach.kaizen.app.api.PracticeApi;
import coach.kaizen.app.api.ReadinessApi;
import coach.kaizen.app.api.RecoveryApi;
import coach.kaizen.app.api.SafetyApi;
import coach.kaizen.app.api.SessionApi;
import coach.kaizen.app.api.StepApi;
import coach.kaizen.app.api.TodayApi;
import coach.kaizen.app.coach.Services;
import coach.kaizen.app.help.CrisisResources;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;

/** The HTTP server. Every route the app has is declared here, in one place. */
public final class WebServer implements AutoCloseable {

    private final Javalin javalin;

    private WebServer(Javalin javalin) {
        this.javalin = javalin;
    }

    public static WebServer start(String host, int port, Services services, CrisisResources crisis) {
        ObjectMapper mapper = Json.mapper();
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = host;
            config.jetty.port = port;
            config.jetty.modifyServer(server -> server.setErrorHandler(new UnreadableRequests(mapper)));
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/assets";
                files.location = Location.CLASSPATH;
            });
            // htmx comes in its webjar and is served from /webjars by us, never fetched from a CDN.
            config.staticFiles.enableWebjars();
            config.routes.before(SecurityHeaders::apply);
            Pages pages = new Pages();
            Auth auth = new Auth(services.accounts(), services.sessions());
            Bodies bodies = new Bodies(mapper);
            routes(config.routes, services, auth, pages, bodies);
            HelpPage help = new HelpPage(crisis, services.safety(), auth, pages);
            sessionRoutes(config.routes, services, auth, pages, bodies, help);
            recoveryRoutes(config.routes, services, auth, pages, bodies, crisis, help);
            new Errors(pages).register(config.routes);
        });
        return new WebServer(javalin.start());
    }

    /** The daily session (pages and API), the journal its questions fill, obstacles and experiments. */
    private static void sessionRoutes(RoutesConfig routes, Services services, Auth auth, Pages pages, Bodies bodies,
            HelpPage help) {
        SessionPages session = new SessionPages(services, pages);
        routes.get("/session", auth.page(session::resume));
        // Before /session/{part}, which would otherwise take "crisis" for a part.
        routes.get("/session/crisis", auth.page(help::card));
        routes.get("/session/{part}", auth.page(session::show));
        routes.post("/session/arrive", auth.page(session::arrive));
        routes.post("/session/look-back", auth.page(session::lookBack));
        routes.post("/session/question", auth.page(session::question));
        routes.post("/session/obstacle", auth.page(session::obstacle));
        routes.post("/session/experiment", auth.page(session::verdict));
        routes.post("/session/finish", auth.page(session::finish));
        routes.post("/session/{part}/next", auth.page(session::next));
        routes.get("/journal", auth.page(new JournalPage(services.journal(), pages)::show));

        SessionApi sessionApi = new SessionApi(services.dailySessions(), services.journal(), bodies);
        routes.get("/api/v1/session", auth.api(sessionApi::show));
        routes.post("/api/v1/session/arrive", auth.api(sessionApi::arrive));
        routes.post("/api/v1/session/question", auth.api(sessionApi::answer));
        routes.post("/api/v1/session/parts/{part}/next", auth.api(sessionApi::next));
        routes.post("/api/v1/session/finish", auth.api(sessionApi::finish));
        routes.get("/api/v1/journal", auth.api(sessionApi::journal));
        PracticeApi practiceApi = new PracticeApi(services.obstacles(), services.experiments(), bodies);
        routes.get("/api/v1/aims/{aimId}/obstacles", auth.api(practiceApi::listObstacles));
        routes.post("/api/v1/aims/{aimId}/obstacles", auth.api(practiceApi::addObstacle));
        routes.post("/api/v1/obstacles/{obstacleId}/focus", auth.api(practiceApi::focusObstacle));
        routes.post("/api/v1/obstacles/{obstacleId}/removal", auth.api(practiceApi::removeObstacle));
        routes.get("/api/v1/steps/{stepId}/experiments", auth.api(practiceApi::listExperiments));
        routes.post("/api/v1/steps/{stepId}/experiments", auth.api(practiceApi::startExperiment));
        routes.post("/api/v1/experiments/{experimentId}/verdict", auth.api(practiceApi::decide));
    }

    /** Recovery (wins, urges, slips), the safety plan and strengths, and "Need help now?". */
    private static void recoveryRoutes(RoutesConfig routes, Services services, Auth auth, Pages pages, Bodies bodies,
            CrisisResources crisis, HelpPage help) {
        routes.get("/help", help::show);
        RecoveryPages recovery = new RecoveryPages(services, pages);
        routes.get("/aims/{aimId}/recovery", auth.page(recovery::show));
        routes.post("/aims/{aimId}/actions", auth.page(recovery::logAction));
        routes.get("/aims/{aimId}/urge", auth.page(recovery::urgeForm));
        routes.post("/aims/{aimId}/urges", auth.page(recovery::logUrge));
        routes.get("/aims/{aimId}/breathe", auth.page(recovery::breathe));
        routes.get("/aims/{aimId}/slip", auth.page(recovery::slipForm));
        routes.post("/aims/{aimId}/slips", auth.page(recovery::tellSlip));
        routes.get("/slips/{slipId}", auth.page(recovery::slip));
        routes.post("/slips/{slipId}/confidence", auth.page(recovery::confidence));
        SafetyPages safety = new SafetyPages(services.safety(), pages);
        routes.get("/safety-plan", auth.page(safety::showPlan));
        routes.post("/safety-plan", auth.page(safety::savePlan));
        routes.get("/strengths", auth.page(safety::showStrengths));
        routes.post("/strengths", auth.page(safety::addStrength));
        routes.post("/strengths/{strengthId}/delete", auth.page(safety::deleteStrength));

        RecoveryApi recoveryApi = new RecoveryApi(services.recovery(), services.slips(), bodies);
        routes.get("/api/v1/aims/{aimId}/recovery", auth.api(recoveryApi::show));
        routes.get("/api/v1/aims/{aimId}/actions", auth.api(recoveryApi::listActions));
        routes.post("/api/v1/aims/{aimId}/actions", auth.api(recoveryApi::logAction));
        routes.get("/api/v1/aims/{aimId}/urges", auth.api(recoveryApi::listUrges));
        routes.post("/api/v1/aims/{aimId}/urges", auth.api(recoveryApi::logUrge));
        routes.get("/api/v1/aims/{aimId}/slips", auth.api(recoveryApi::listSlips));
        routes.post("/api/v1/aims/{aimId}/slips", auth.api(recoveryApi::tellSlip));
        routes.put("/api/v1/slips/{slipId}/confidence", auth.api(recoveryApi::confidence));
        SafetyApi safetyApi = new SafetyApi(services.safety(), crisis, bodies);
        routes.get("/api/v1/safety-plan", auth.api(safetyApi::plan));
        routes.put("/api/v1/safety-plan", auth.api(safetyApi::savePlan));
        routes.get("/api/v1/strengths", auth.api(safetyApi::strengths));
        routes.post("/api/v1/strengths", auth.api(safetyApi::addStrength));
        routes.delete("/api/v1/strengths/{strengthId}", auth.api(safetyApi::deleteStrength));
        routes.get("/api/v1/crisis-resources", safetyApi::crisisResources);
    }

    private static void routes(RoutesConfig routes, Services services, Auth auth, Pages pages, Bodies bodies) {
        routes.get("/health", new HealthHandler(services.database()));

        AccountPages account = new AccountPages(services.accounts(), auth, pages);
        routes.get("/", account::home);
        routes.get("/signup", account::signUpForm);
        routes.post("/signup", account::signUp);
        routes.get("/login", account::logInForm);
        routes.post("/login", account::logIn);
        routes.post("/logout", auth.page(account::logOut));
        SettingsPage settings = new SettingsPage(services.accounts(), services.clock(), pages);
        routes.get("/settings", auth.page(settings::show));
        routes.post("/settings", auth.page(settings::change));

        TodayPage today = new TodayPage(services, pages);
        routes.get("/today", auth.page(today::show));
        routes.post("/today/readiness", auth.page(today::saveReadiness));
        routes.post("/steps/{stepId}/choices", auth.page(today::choose));

        AimPages aims = new AimPages(services.aims(), services.steps(), services.obstacles(), pages);
        routes.get("/aims", auth.page(aims::list));
        routes.post("/aims", auth.page(aims::create));
        routes.get("/aims/{aimId}", auth.page(aims::show));
        routes.post("/aims/{aimId}", auth.page(aims::update));
        routes.post("/aims/{aimId}/delete", auth.page(aims::delete));
        routes.post("/aims/{aimId}/steps", auth.page(aims::addStep));
        routes.post("/aims/{aimId}/obstacles", auth.page(aims::obstacle));

        StepPages steps = new StepPages(services, pages, today);
        routes.get("/steps/{stepId}", auth.page(steps::show));
        routes.post("/steps/{stepId}", auth.page(steps::update));
        routes.post("/steps/{stepId}/delete", auth.page(steps::delete));
        routes.post("/steps/{stepId}/check-ins", auth.page(steps::checkIn));
        routes.post("/steps/{stepId}/experiments", auth.page(steps::experiment));

        AccountApi accountApi = new AccountApi(services.accounts(), services.clock(), bodies);
        routes.post("/api/v1/signup", accountApi::signUp);
        routes.post("/api/v1/tokens", accountApi::createToken);
        routes.delete("/api/v1/tokens/{tokenId}", auth.api(accountApi::revokeToken));
        routes.get("/api/v1/me", auth.api(accountApi::me));
        routes.patch("/api/v1/me", auth.api(accountApi::change));

        AimApi aimApi = new AimApi(services.aims(), bodies);
        routes.get("/api/v1/aims", auth.api(aimApi::list));
        routes.post("/api/v1/aims", auth.api(aimApi::create));
        routes.get("/api/v1/aims/{aimId}", auth.api(aimApi::find));
        routes.patch("/api/v1/aims/{aimId}", auth.api(aimApi::patch));
        routes.delete("/api/v1/aims/{aimId}", auth.api(aimApi::delete));

        StepApi stepApi = new StepApi(services.steps(), bodies);
        routes.get("/api/v1/aims/{aimId}/steps", auth.api(stepApi::listForAim));
        routes.post("/api/v1/aims/{aimId}/steps", auth.api(stepApi::create));
        routes.get("/api/v1/steps/{stepId}", auth.api(stepApi::find));
        routes.patch("/api/v1/steps/{stepId}", auth.api(stepApi::patch));
        routes.delete("/api/v1/steps/{stepId}", auth.api(stepApi::delete));

        CheckInApi checkInApi = new CheckInApi(services.checkIns(), services.clock(), bodies);
        routes.put("/api/v1/steps/{stepId}/check-ins/{date}", auth.api(checkInApi::put));
        routes.get("/api/v1/steps/{stepId}/check-ins", auth.api(checkInApi::list));

        ChoiceApi choiceApi = new ChoiceApi(services.choices(), bodies);
        routes.post("/api/v1/steps/{stepId}/choices", auth.api(choiceApi::create));

        ReadinessApi readinessApi = new ReadinessApi(services.readiness(), bodies);
        routes.put("/api/v1/readiness/{date}", auth.api(readinessApi::put));
        routes.get("/api/v1/readiness/{date}", auth.api(readinessApi::get));

        routes.get("/api/v1/today", auth.api(new TodayApi(services.today())::show));
    }

    /** One route the app declares: its method ("GET") and path ("/aims/{aimId}"). */
    public record Route(String method, String path) {
    }

    /** Every route declared, for tests that walk them all. */
    public List<Route> routes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> new Route(parsed.endpoint.method.name(), parsed.endpoint.path)).toList();
    }

    /** The port actually bound (useful when started on port 0). */
    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
