package coach.kaizen.app;

import coach.kaizen.app.account.AccountApi;
import coach.kaizen.app.account.AccountPages;
import coach.kaizen.app.account.AccountSettingsPage;
import coach.kaizen.app.account.SettingsPage;
import coach.kaizen.app.docs.ApiDocs;
import coach.kaizen.app.exchange.DataApi;
import coach.kaizen.app.exchange.DataPages;
import coach.kaizen.app.exchange.ExchangeApi;
import coach.kaizen.app.exchange.ExchangePages;
import coach.kaizen.app.help.CrisisResources;
import coach.kaizen.app.help.HelpApi;
import coach.kaizen.app.help.HelpPage;
import coach.kaizen.app.http.Auth;
import coach.kaizen.app.http.Bodies;
import coach.kaizen.app.http.HealthHandler;
import coach.kaizen.app.http.Installable;
import coach.kaizen.app.http.Pages;
import coach.kaizen.app.http.WebServer;
import coach.kaizen.app.practice.JournalPage;
import coach.kaizen.app.practice.PracticeApi;
import coach.kaizen.app.recovery.RecoveryApi;
import coach.kaizen.app.recovery.RecoveryPages;
import coach.kaizen.app.recovery.SafetyApi;
import coach.kaizen.app.recovery.SafetyPages;
import coach.kaizen.app.reminders.PushApi;
import coach.kaizen.app.reminders.ReminderApi;
import coach.kaizen.app.reminders.ReminderPages;
import coach.kaizen.app.review.ReviewApi;
import coach.kaizen.app.review.ReviewPages;
import coach.kaizen.app.session.DailySessionApi;
import coach.kaizen.app.session.DailySessionPages;
import coach.kaizen.app.steps.AimApi;
import coach.kaizen.app.steps.AimPages;
import coach.kaizen.app.steps.CheckInApi;
import coach.kaizen.app.steps.ChoiceApi;
import coach.kaizen.app.steps.ReadinessApi;
import coach.kaizen.app.steps.StepApi;
import coach.kaizen.app.steps.StepPages;
import coach.kaizen.app.steps.TodayApi;
import coach.kaizen.app.today.TodayPage;
import io.javalin.config.RoutesConfig;
import java.net.URI;

/** Every route the app has, by feature, in one place: each feature's pages and API over its services. */
final class Routes implements WebServer.RouteTable {

    private final Services services;
    private final CrisisResources crisis;
    private final URI publicUrl;

    /** {@code publicUrl}: where people reach the app, for links; null to use the address each request came to. */
    Routes(Services services, CrisisResources crisis, URI publicUrl) {
        this.services = services;
        this.crisis = crisis;
        this.publicUrl = publicUrl;
    }

    @Override
    public void declare(RoutesConfig routes, Auth auth, Pages pages, Bodies bodies) {
        routes.get("/health", new HealthHandler(services.database()::trouble,
                services.database().dialect().name().toLowerCase(java.util.Locale.ROOT)));
        Installable installable = new Installable();
        routes.get("/manifest.webmanifest", installable::manifest);
        routes.get("/sw.js", installable::serviceWorker);
        account(routes, auth, pages, bodies);
        StepPages steps = steps(routes, auth, pages, bodies);
        today(routes, auth, pages, steps);
        practice(routes, auth, pages, bodies);
        HelpPage help = new HelpPage(crisis, services.safety(), auth, pages);
        session(routes, auth, pages, bodies, help);
        recovery(routes, auth, pages, bodies);
        review(routes, auth, pages);
        help(routes, help, bodies);
        exchange(routes, auth, pages);
        reminders(routes, auth, pages, bodies);
        docs(routes, auth, pages);
    }

    private void docs(RoutesConfig routes, Auth auth, Pages pages) {
        ApiDocs docs = new ApiDocs(auth, pages);
        routes.get("/api/v1/openapi.json", docs::document);
        routes.get("/api/docs", docs::page);
    }

    private void reminders(RoutesConfig routes, Auth auth, Pages pages, Bodies bodies) {
        ReminderPages reminders = new ReminderPages(services.reminders(), services.push(), pages, publicUrl);
        ReminderApi reminderApi = new ReminderApi(services.reminders(), bodies, publicUrl);
        routes.get("/settings/reminders", auth.page(reminders::show));
        routes.post("/settings/reminders", auth.page(reminders::change));
        routes.post("/settings/reminders/webhook", auth.page(reminders::setWebhook));
        routes.post("/settings/reminders/webhook/test", auth.page(reminders::testWebhook));
        routes.post("/settings/reminders/feed", auth.page(reminders::newFeed));
        routes.post("/settings/reminders/feed/delete", auth.page(reminders::revokeFeed));
        routes.get("/api/v1/me/reminders", auth.api(reminderApi::show));
        routes.patch("/api/v1/me/reminders", auth.api(reminderApi::change));
        routes.put("/api/v1/me/webhook", auth.api(reminderApi::setWebhook));
        routes.post("/api/v1/me/webhook/test", auth.api(reminderApi::testWebhook));
        routes.post("/api/v1/calendar-feed", auth.api(reminderApi::newFeed));
        routes.delete("/api/v1/calendar-feed", auth.api(reminderApi::revokeFeed));
        routes.get("/api/v1/calendar-feed/{secret}", reminderApi::feed);
        routes.post("/settings/reminders/push", auth.page(reminders::subscribe));
        routes.post("/settings/reminders/push/delete", auth.page(reminders::unsubscribe));
        PushApi pushApi = new PushApi(services.push(), bodies);
        routes.get("/api/v1/push-subscriptions/key", pushApi::key);
        routes.get("/api/v1/push-subscriptions", auth.api(pushApi::list));
        routes.post("/api/v1/push-subscriptions", auth.api(pushApi::subscribe));
        routes.delete("/api/v1/push-subscriptions", auth.api(pushApi::unsubscribe));
    }

    private void exchange(RoutesConfig routes, Auth auth, Pages pages) {
        ExchangePages exchange = new ExchangePages(services.loopImport(), services.loopExport(), services.aims(),
                services.clock(), pages);
        ExchangeApi exchangeApi = new ExchangeApi(services.loopImport(), services.loopExport(), services.clock());
        routes.get("/settings/loop", auth.page(exchange::show));
        routes.post("/settings/loop", auth.page(exchange::importLoop));
        routes.get("/settings/loop/export.zip", auth.page(exchange::exportLoop));
        routes.post("/api/v1/import/loop", auth.api(exchangeApi::importLoop));
        routes.get("/api/v1/export/loop", auth.api(exchangeApi::exportLoop));
        DataPages data = new DataPages(services.exports(), services.imports(), pages);
        DataApi dataApi = new DataApi(services.exports(), services.imports());
        routes.get("/settings/data", auth.page(data::show));
        routes.post("/settings/data", auth.page(data::importDocument));
        routes.get("/settings/data/export.json", auth.page(data::exportJson));
        routes.get("/settings/data/export.zip", auth.page(data::exportCsv));
        routes.get("/api/v1/export", auth.api(dataApi::export));
        routes.post("/api/v1/import", auth.api(dataApi::importDocument));
    }

    private void account(RoutesConfig routes, Auth auth, Pages pages, Bodies bodies) {
        AccountPages account = new AccountPages(services.accounts(), auth, pages);
        SettingsPage settings = new SettingsPage(services.accounts(), services.clock(), pages);
        AccountApi accountApi = new AccountApi(services.accounts(), services.clock(), bodies);
        routes.get("/", account::home);
        routes.get("/signup", account::signUpForm);
        routes.post("/signup", account::signUp);
        routes.get("/login", account::logInForm);
        routes.post("/login", account::logIn);
        routes.post("/logout", auth.page(account::logOut));
        routes.get("/settings", auth.page(settings::show));
        routes.post("/settings", auth.page(settings::change));
        AccountSettingsPage yours = new AccountSettingsPage(services.accounts(), auth, services.clock(), pages);
        routes.get("/settings/account", auth.page(yours::show));
        routes.post("/settings/account/password", auth.page(yours::changePassword));
        routes.post("/settings/account/tokens", auth.page(yours::createToken));
        routes.post("/settings/account/tokens/{tokenId}/delete", auth.page(yours::revokeToken));
        routes.post("/settings/account/sign-out-everywhere", auth.page(yours::signOutEverywhere));
        routes.post("/settings/account/delete", auth.page(yours::delete));
        routes.get("/goodbye", account::goodbye);
        routes.post("/api/v1/signup", accountApi::signUp);
        routes.post("/api/v1/tokens", accountApi::createToken);
        routes.get("/api/v1/tokens", auth.api(accountApi::tokens));
        routes.delete("/api/v1/tokens/{tokenId}", auth.api(accountApi::revokeToken));
        routes.get("/api/v1/me", auth.api(accountApi::me));
        routes.patch("/api/v1/me", auth.api(accountApi::change));
        routes.delete("/api/v1/me", auth.api(accountApi::delete));
        routes.put("/api/v1/me/password", auth.api(accountApi::changePassword));
        routes.delete("/api/v1/me/sign-ins", auth.api(accountApi::signOutEverywhere));
    }

    private StepPages steps(RoutesConfig routes, Auth auth, Pages pages, Bodies bodies) {
        AimPages aims = new AimPages(services.aims(), services.steps(), services.obstacles(), pages);
        StepPages steps = new StepPages(services.steps(), services.today(), services.clock(), services.checkIns(),
                services.experiments(), services.aims(), pages);
        AimApi aimApi = new AimApi(services.aims(), bodies);
        StepApi stepApi = new StepApi(services.steps(), bodies);
        CheckInApi checkInApi = new CheckInApi(services.checkIns(), services.clock(), bodies);
        ChoiceApi choiceApi = new ChoiceApi(services.choices(), bodies);
        ReadinessApi readinessApi = new ReadinessApi(services.readiness(), bodies);
        routes.get("/aims", auth.page(aims::list));
        routes.post("/aims", auth.page(aims::create));
        routes.get("/aims/{aimId}", auth.page(aims::show));
        routes.post("/aims/{aimId}", auth.page(aims::update));
        routes.post("/aims/{aimId}/delete", auth.page(aims::delete));
        routes.post("/aims/{aimId}/steps", auth.page(aims::addStep));
        routes.post("/aims/{aimId}/obstacles", auth.page(aims::obstacle));
        routes.get("/steps/{stepId}", auth.page(steps::show));
        routes.post("/steps/{stepId}", auth.page(steps::update));
        routes.post("/steps/{stepId}/delete", auth.page(steps::delete));
        routes.post("/steps/{stepId}/aside", auth.page((ctx, who) -> steps.setAside(ctx, who, true)));
        routes.post("/steps/{stepId}/back", auth.page((ctx, who) -> steps.setAside(ctx, who, false)));
        routes.post("/steps/{stepId}/experiments", auth.page(steps::experiment));
        routes.get("/api/v1/aims", auth.api(aimApi::list));
        routes.post("/api/v1/aims", auth.api(aimApi::create));
        routes.get("/api/v1/aims/{aimId}", auth.api(aimApi::find));
        routes.patch("/api/v1/aims/{aimId}", auth.api(aimApi::patch));
        routes.delete("/api/v1/aims/{aimId}", auth.api(aimApi::delete));
        routes.get("/api/v1/aims/{aimId}/steps", auth.api(stepApi::listForAim));
        routes.post("/api/v1/aims/{aimId}/steps", auth.api(stepApi::create));
        routes.get("/api/v1/steps/{stepId}", auth.api(stepApi::find));
        routes.patch("/api/v1/steps/{stepId}", auth.api(stepApi::patch));
        routes.delete("/api/v1/steps/{stepId}", auth.api(stepApi::delete));
        routes.put("/api/v1/steps/{stepId}/check-ins/{date}", auth.api(checkInApi::put));
        routes.get("/api/v1/steps/{stepId}/check-ins", auth.api(checkInApi::list));
        routes.post("/api/v1/steps/{stepId}/check-ins", auth.api(checkInApi::post));
        routes.post("/api/v1/steps/{stepId}/choices", auth.api(choiceApi::create));
        routes.delete("/api/v1/steps/{stepId}/choices/{date}", auth.api(choiceApi::delete));
        routes.put("/api/v1/readiness/{date}", auth.api(readinessApi::put));
        routes.get("/api/v1/readiness/{date}", auth.api(readinessApi::get));
        routes.get("/api/v1/today", auth.api(new TodayApi(services.today())::show));
        return steps;
    }

    private void today(RoutesConfig routes, Auth auth, Pages pages, StepPages steps) {
        TodayPage today = new TodayPage(services.readiness(), services.clock(), services.choices(), services.today(),
                services.dailySessions(), services.recovery(), services.checkIns(), steps, pages);
        routes.get("/today", auth.page(today::show));
        routes.post("/today/readiness", auth.page(today::saveReadiness));
        routes.post("/steps/{stepId}/choices", auth.page(today::choose));
        routes.post("/steps/{stepId}/take-back", auth.page(today::takeBack));
        routes.post("/steps/{stepId}/check-ins", auth.page(today::checkIn));
    }

    private void practice(RoutesConfig routes, Auth auth, Pages pages, Bodies bodies) {
        PracticeApi practiceApi = new PracticeApi(services.obstacles(), services.experiments(), bodies);
        routes.get("/journal", auth.page(new JournalPage(services.journal(), services.clock(), pages)::show));
        routes.get("/api/v1/aims/{aimId}/obstacles", auth.api(practiceApi::listObstacles));
        routes.post("/api/v1/aims/{aimId}/obstacles", auth.api(practiceApi::addObstacle));
        routes.post("/api/v1/obstacles/{obstacleId}/focus", auth.api(practiceApi::focusObstacle));
        routes.post("/api/v1/obstacles/{obstacleId}/removal", auth.api(practiceApi::removeObstacle));
        routes.get("/api/v1/steps/{stepId}/experiments", auth.api(practiceApi::listExperiments));
        routes.post("/api/v1/steps/{stepId}/experiments", auth.api(practiceApi::startExperiment));
        routes.post("/api/v1/experiments/{experimentId}/verdict", auth.api(practiceApi::decide));
    }

    private void session(RoutesConfig routes, Auth auth, Pages pages, Bodies bodies, HelpPage help) {
        DailySessionPages session = new DailySessionPages(services.dailySessions(), services.checkIns(),
                services.obstacles(), services.experiments(), services.today(), services.clock(), pages);
        DailySessionApi sessionApi = new DailySessionApi(services.dailySessions(), services.journal(),
                services.clock(), bodies);
        routes.get("/session", auth.page(session::resume));
        routes.get("/session/crisis", auth.page(help::card));
        routes.get("/session/{part}", auth.page(session::show));
        routes.post("/session/arrive", auth.page(session::arrive));
        routes.post("/session/look-back", auth.page(session::lookBack));
        routes.post("/session/question", auth.page(session::question));
        routes.post("/session/obstacle", auth.page(session::obstacle));
        routes.post("/session/experiment", auth.page(session::verdict));
        routes.post("/session/finish", auth.page(session::finish));
        routes.post("/session/{part}/next", auth.page(session::next));
        routes.get("/api/v1/session", auth.api(sessionApi::show));
        routes.post("/api/v1/session/arrive", auth.api(sessionApi::arrive));
        routes.post("/api/v1/session/question", auth.api(sessionApi::answer));
        routes.post("/api/v1/session/parts/{part}/next", auth.api(sessionApi::next));
        routes.post("/api/v1/session/finish", auth.api(sessionApi::finish));
        routes.get("/api/v1/journal", auth.api(sessionApi::journal));
    }

    private void recovery(RoutesConfig routes, Auth auth, Pages pages, Bodies bodies) {
        RecoveryPages recovery = new RecoveryPages(services.recovery(), services.clock(), services.slips(),
                services.safety(), pages);
        SafetyPages safety = new SafetyPages(services.safety(), pages);
        RecoveryApi recoveryApi = new RecoveryApi(services.recovery(), services.slips(), bodies);
        SafetyApi safetyApi = new SafetyApi(services.safety(), bodies);
        routes.get("/aims/{aimId}/recovery", auth.page(recovery::show));
        routes.post("/aims/{aimId}/not-spent", auth.page(recovery::setDailyCost));
        routes.post("/aims/{aimId}/actions", auth.page(recovery::logAction));
        routes.get("/aims/{aimId}/urge", auth.page(recovery::urgeForm));
        routes.post("/aims/{aimId}/urges", auth.page(recovery::logUrge));
        routes.get("/aims/{aimId}/breathe", auth.page(recovery::breathe));
        routes.get("/aims/{aimId}/slip", auth.page(recovery::slipForm));
        routes.post("/aims/{aimId}/slips", auth.page(recovery::tellSlip));
        routes.get("/slips/{slipId}", auth.page(recovery::slip));
        routes.post("/slips/{slipId}/confidence", auth.page(recovery::confidence));
        routes.get("/safety-plan", auth.page(safety::showPlan));
        routes.post("/safety-plan", auth.page(safety::savePlan));
        routes.get("/strengths", auth.page(safety::showStrengths));
        routes.post("/strengths", auth.page(safety::addStrength));
        routes.post("/strengths/{strengthId}/delete", auth.page(safety::deleteStrength));
        routes.get("/api/v1/aims/{aimId}/recovery", auth.api(recoveryApi::show));
        routes.put("/api/v1/aims/{aimId}/not-spent", auth.api(recoveryApi::setDailyCost));
        routes.get("/api/v1/aims/{aimId}/actions", auth.api(recoveryApi::listActions));
        routes.post("/api/v1/aims/{aimId}/actions", auth.api(recoveryApi::logAction));
        routes.get("/api/v1/aims/{aimId}/urges", auth.api(recoveryApi::listUrges));
        routes.post("/api/v1/aims/{aimId}/urges", auth.api(recoveryApi::logUrge));
        routes.get("/api/v1/aims/{aimId}/slips", auth.api(recoveryApi::listSlips));
        routes.post("/api/v1/aims/{aimId}/slips", auth.api(recoveryApi::tellSlip));
        routes.put("/api/v1/slips/{slipId}/confidence", auth.api(recoveryApi::confidence));
        routes.get("/api/v1/safety-plan", auth.api(safetyApi::plan));
        routes.put("/api/v1/safety-plan", auth.api(safetyApi::savePlan));
        routes.get("/api/v1/strengths", auth.api(safetyApi::strengths));
        routes.post("/api/v1/strengths", auth.api(safetyApi::addStrength));
        routes.delete("/api/v1/strengths/{strengthId}", auth.api(safetyApi::deleteStrength));
    }

    private void review(RoutesConfig routes, Auth auth, Pages pages) {
        ReviewPages reviewPages = new ReviewPages(services.reviews(), pages);
        routes.get("/review", auth.page(reviewPages::thisWeek));
        routes.get("/review/{week}", auth.page(reviewPages::show));
        routes.get("/api/v1/review/{week}", auth.api(new ReviewApi(services.reviews())::show));
    }

    private void help(RoutesConfig routes, HelpPage help, Bodies bodies) {
        routes.get("/help", help::show);
        routes.get("/api/v1/crisis-resources", new HelpApi(crisis)::crisisResources);
    }
}
