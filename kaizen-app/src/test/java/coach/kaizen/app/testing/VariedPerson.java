package coach.kaizen.app.testing;

import coach.kaizen.app.Services;
import coach.kaizen.app.cli.DemoAccount;
import coach.kaizen.app.exchange.LoopWording;
import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.progress.Choice;
import coach.kaizen.core.recovery.DailyCost;
import coach.kaizen.core.recovery.SafetyPlan;
import coach.kaizen.core.reminder.QuietHours;
import coach.kaizen.core.session.DailySession;
import coach.kaizen.core.session.Part;
import coach.kaizen.core.session.Practice;
import coach.kaizen.core.session.Question;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A person with something of every kind the export holds: the demo's five months (aims, steps,
 * check-ins, readiness, slips, urges, wins, an obstacle, an experiment, a strength), and beside
 * them a ladder step with awkward words (commas, quotes, a line break, Unicode), chosen sizes,
 * sessions and a journal entry, a safety plan, what the habit cost, a days-since counter, and two
 * habits from Loop (one measured, one archived), reminder times on a step, quiet hours and a session
 * reminder.
 */
public final class VariedPerson {

    private VariedPerson() {
    }

    /** The demo account, varied as above, in {@code timeZone}; its person. */
    public static Person make(Services services, String timeZone) {
        return signedUp(services, timeZone).person();
    }

    /** The person and the password to log in with. */
    public record Varied(Person person, String password) {
    }

    public static Varied signedUp(Services services, String timeZone) {
        DemoAccount.Credentials demo = new DemoAccount(services).create(timeZone);
        Person person = services.database().read(stores -> stores.users().findByUsername(demo.username()))
                .orElseThrow();
        long userId = person.id();
        LocalDate today = services.clock().today(person);
        services.database().transaction(stores -> {
            List<Aim> aims = stores.aims().list(userId);
            Aim recovery = aims.stream().filter(aim -> aim.kind() == AimKind.RECOVER).findFirst().orElseThrow();
            stores.aims().update(userId, recovery.id(), new AimDraft(recovery.title(), AimKind.RECOVER,
                    recovery.identity(), today.minusDays(20)));
            stores.recovery().saveDailyCost(userId, recovery.id(), new DailyCost(new BigDecimal("12.5"), "€", 45),
                    services.clock().now());
            Aim calm = stores.aims().create(userId, new AimDraft("Calm, \"mostly\" — ñandú 🌱", AimKind.BUILD,
                    "I am someone who\npauses"), services.clock().now());
            Step sit = stores.steps().create(userId, calm.id(), new StepDraft("Sit, then \"breathe\"",
                    Sizing.ladder(List.of("Sit down", "Three breaths, slowly", "One minute"), 1),
                    "after coffee, at the window", StepDraft.of("x", 1.0, "min", null, null, null, null,
                            "mon,wed,fri", null).schedule()), today.minusDays(10), services.clock().now())
                    .orElseThrow();
            stores.reminders().setTimes(userId, sit.id(), List.of(LocalTime.of(18, 0), LocalTime.of(7, 30)),
                    services.clock().now());
            Step first = stores.steps().list(userId).get(0);
            stores.choices().add(userId, first.id(), new Choice(today.minusDays(3), first.sizing().floor()),
                    services.clock().now());
            stores.choices().add(userId, first.id(), new Choice(today.minusDays(1), first.sizing().floor()),
                    services.clock().now());
            // As the app does after a choice of an earlier day: the step's progress replayed.
            stores.progress().save(userId, first.id(), stores.replay(services.engine(), userId, first),
                    services.clock().now());
            for (int back = 2; back >= 1; back--) {
                LocalDate day = today.minusDays(back);
                stores.dailySessions().begin(userId, day, services.clock().now());
                Set<Part> done = back == 2 ? Set.of(Part.ARRIVE, Part.QUESTION, Part.CLOSE) : Set.of(Part.ARRIVE);
                stores.dailySessions().save(userId, new DailySession(day, List.of(Part.ARRIVE, Part.QUESTION,
                        Part.CLOSE), done, "first-week-1", back == 2), services.clock().now());
            }
            stores.journal().save(userId, today.minusDays(2), new Question("first-week-1", Practice.values()[0],
                    Set.of(), true, "What made today's step easy?"), sit.aimId(),
                    "Sam came, \"slowly\", and then\nwe walked — ¡qué bien!", services.clock().now());
            return sit;
        });
        services.safety().savePlan(person, new SafetyPlan("Not sleeping, \"fine\" said too often", "A walk",
                "The library", "Sam: 555-0100", "Dr. Ruiz", "Keys with a friend"));
        services.reminders().change(person, new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)),
                LocalTime.of(20, 30));
        services.loopImport().importFile(person, LoopFiles.backup(25, loopHabits(today)), null,
                LoopWording.in(Catalog.shipped().texts(Catalog.ENGLISH)));
        return new Varied(person, demo.password());
    }

    private static List<LoopFiles.Habit> loopHabits(LocalDate today) {
        List<LoopFiles.Entry> entries = new ArrayList<>();
        for (int back = 20; back >= 1; back -= 2) {
            entries.add(new LoopFiles.Entry(today.minusDays(back), 2500, back == 4 ? "by the river, cold" : ""));
        }
        List<LoopFiles.Entry> stretch = new ArrayList<>();
        for (int back = 30; back >= 10; back -= 3) {
            stretch.add(new LoopFiles.Entry(today.minusDays(back), 2, ""));
        }
        return List.of(LoopFiles.Habit.numerical("Run", "km", 0, 2.0, 1, entries),
                LoopFiles.Habit.yesNo("Stretch", 1, 1, stretch).inArchive());
    }
}
