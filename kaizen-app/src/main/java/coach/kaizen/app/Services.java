package coach.kaizen.app;

import coach.kaizen.app.account.AccountService;
import coach.kaizen.app.db.Database;
import coach.kaizen.app.exchange.ExportService;
import coach.kaizen.app.exchange.ImportService;
import coach.kaizen.app.exchange.LoopExportService;
import coach.kaizen.app.exchange.LoopImportService;
import coach.kaizen.app.http.SignInService;
import coach.kaizen.app.practice.ExperimentService;
import coach.kaizen.app.practice.JournalService;
import coach.kaizen.app.practice.ObstacleService;
import coach.kaizen.app.recovery.RecoveryService;
import coach.kaizen.app.recovery.SafetyService;
import coach.kaizen.app.recovery.SlipService;
import coach.kaizen.app.reminders.Destinations;
import coach.kaizen.app.reminders.PushService;
import coach.kaizen.app.reminders.ReminderService;
import coach.kaizen.app.reminders.WebhookChannel;
import coach.kaizen.app.review.ReviewService;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.session.DailySessionService;
import coach.kaizen.app.session.Questions;
import coach.kaizen.app.steps.AimService;
import coach.kaizen.app.steps.CheckInService;
import coach.kaizen.app.steps.ChoiceService;
import coach.kaizen.app.steps.ReadinessService;
import coach.kaizen.app.steps.StepService;
import coach.kaizen.app.steps.TodayService;
import coach.kaizen.core.engine.Engine;
import java.time.Clock;
import java.time.Duration;

/** Every service of the app over one database and one clock: what the web app and the CLI are given. */
public record Services(Database database, PersonalClock clock, Engine engine, AccountService accounts, SignInService signIns,
        AimService aims, StepService steps, CheckInService checkIns, ReadinessService readiness,
        ChoiceService choices, TodayService today, ObstacleService obstacles, ExperimentService experiments,
        JournalService journal, DailySessionService dailySessions, RecoveryService recovery, SlipService slips,
        SafetyService safety, ReviewService reviews, LoopImportService loopImport,
        LoopExportService loopExport, ExportService exports, ImportService imports, ReminderService reminders,
        PushService push) {

    /** With sign-ins that end after {@link SignInService#IDLE_TIMEOUT} without use. */
    public static Services over(Database database, Clock clock) {
        return over(database, clock, SignInService.IDLE_TIMEOUT, Destinations.INTERNET);
    }

    public static Services over(Database database, Clock clock, Duration idleTimeout, Destinations destinations) {
        PersonalClock personal = new PersonalClock(clock);
        Engine engine = Engine.standard();
        ReadinessService readiness = new ReadinessService(database, engine, personal);
        ObstacleService obstacles = new ObstacleService(database, personal);
        ExperimentService experiments = new ExperimentService(database, personal);
        CheckInService checkIns = new CheckInService(database, engine, personal);
        TodayService today = new TodayService(database, engine, personal);
        RecoveryService recovery = new RecoveryService(database, personal);
        ReminderService reminders = new ReminderService(database, personal,
                new WebhookChannel(WebhookChannel.TIMEOUT, destinations));
        return new Services(database, personal, engine, new AccountService(database, personal, reminders),
                new SignInService(database, personal, idleTimeout), new AimService(database, personal, obstacles, experiments),
                new StepService(database, engine, personal, reminders), checkIns,
                readiness, new ChoiceService(database, engine, personal), today,
                obstacles, experiments, new JournalService(database), new DailySessionService(database, engine,
                        personal, Questions.standard(), readiness, obstacles, experiments, recovery),
                recovery, new SlipService(database, personal, checkIns, today, recovery, obstacles),
                new SafetyService(database, personal), new ReviewService(database, engine, personal),
                new LoopImportService(database, engine, personal), new LoopExportService(database, engine, personal),
                new ExportService(database, personal), new ImportService(database, engine, personal, reminders), reminders,
                new PushService(database, personal, destinations));
    }
}
