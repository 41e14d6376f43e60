package coach.kaizen.core.exchange;

import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Refused;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether a {@link KaizenDocument} may come in: ours and of a version we read, every entry whole
 * and within the app's rules, every reference to an id the document has, and nothing twice that
 * the app keeps once (a step's day, a day's readiness, session or journal entry, an aim's costs).
 * The first thing refused is said with where it is ("steps[2].aim").
 */
public final class DocumentCheck {

    private DocumentCheck() {
    }

    public static void check(KaizenDocument document) {
        if (!KaizenDocument.FORMAT.equals(document.format())) {
            throw new Refused("exchange.problem.format", String.valueOf(document.format()), KaizenDocument.FORMAT);
        }
        if (document.version() == null) {
            throw new Refused("exchange.problem.missing", "version");
        }
        if (document.version() != KaizenDocument.VERSION) {
            throw new Refused(document.version() > KaizenDocument.VERSION ? "exchange.problem.newer"
                    : "exchange.problem.version", String.valueOf(document.version()),
                    String.valueOf(KaizenDocument.VERSION));
        }
        if (document.settings() != null) {
            at("settings", document.settings()::check);
        }
        entries("aims", document.aims());
        entries("steps", document.steps());
        entries("checkIns", document.checkIns());
        entries("stepChoices", document.stepChoices());
        entries("readiness", document.readiness());
        entries("dailySessions", document.dailySessions());
        entries("journal", document.journal());
        entries("obstacles", document.obstacles());
        entries("experiments", document.experiments());
        entries("recoveryWins", document.recoveryWins());
        entries("urges", document.urges());
        entries("slips", document.slips());
        entries("notSpent", document.notSpent());
        entries("strengths", document.strengths());
        if (document.safetyPlan() != null) {
            at("safetyPlan", document.safetyPlan()::check);
        }
        references(document);
    }

    /**
     * Whether a checked document's check-ins are ones the app would take: on a day of their step and
     * not after {@code latest} (today where it is latest on Earth: after a move west a person holds a
     * day that is still to come where they are), and a slip only on a step of a recovery aim.
     */
    public static void checkInsFit(KaizenDocument document, LocalDate latest) {
        Map<Long, KaizenDocument.Step> steps = new HashMap<>();
        document.steps().forEach(step -> steps.put(step.id(), step));
        Map<Long, AimKind> aims = new HashMap<>();
        document.aims().forEach(aim -> aims.put(aim.id(), aim.kind()));
        List<KaizenDocument.CheckIn> checkIns = document.checkIns();
        for (int i = 0; i < checkIns.size(); i++) {
            KaizenDocument.CheckIn checkIn = checkIns.get(i);
            KaizenDocument.Step step = steps.get(checkIn.step());
            String where = "checkIns[" + i + "]";
            if (checkIn.day().isAfter(latest)) {
                throw refusedAt(where + ".day", Message.of("exchange.problem.notYetAnywhere", latest.toString(),
                        checkIn.day().toString()));
            }
            if (checkIn.day().isBefore(step.startDay())) {
                throw refusedAt(where + ".day", Message.of("steps.problem.beforeStart", step.startDay().toString(),
                        checkIn.day().toString()));
            }
            if (checkIn.outcome() == Outcome.SLIP && aims.get(step.aim()) != AimKind.RECOVER) {
                throw refusedAt(where + ".outcome", Message.of("steps.problem.checkIn.slipInRecoveryOnly"));
            }
        }
    }

    private static Refused refusedAt(String where, Message said) {
        return new Refused(Message.of("exchange.problem.at", where, said), where + ": " + said.key());
    }

    private static void entries(String kind, List<? extends Entry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            String where = kind + "[" + i + "]";
            if (entry == null) {
                throw new Refused("exchange.problem.empty", where);
            }
            at(where, entry::check);
        }
    }

    private static void at(String where, Runnable check) {
        try {
            check.run();
        } catch (Refused e) {
            throw new Refused(Message.of("exchange.problem.at", where, e.said()), where + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            // A core value refused without words of its own.
            throw new Refused("exchange.problem.value", where);
        }
    }

    private static void references(KaizenDocument document) {
        unique("aims", document.aims(), KaizenDocument.Aim::id);
        Map<Long, AimKind> aims = new HashMap<>();
        document.aims().forEach(aim -> aims.put(aim.id(), aim.kind()));
        Set<Long> steps = unique("steps", document.steps(), KaizenDocument.Step::id);
        pointAt("steps", document.steps(), "aim", KaizenDocument.Step::aim, aims.keySet());
        pointAt("checkIns", document.checkIns(), "step", KaizenDocument.CheckIn::step, steps);
        pointAt("stepChoices", document.stepChoices(), "step", KaizenDocument.StepChoice::step, steps);
        pointAt("experiments", document.experiments(), "step", KaizenDocument.Experiment::step, steps);
        pointAt("obstacles", document.obstacles(), "aim", KaizenDocument.Obstacle::aim, aims.keySet());
        pointAt("journal", document.journal().stream().filter(entry -> entry.aim() != null).toList(), "aim",
                KaizenDocument.JournalEntry::aim, aims.keySet());
        Set<Long> recovery = new HashSet<>();
        aims.forEach((id, kind) -> {
            if (kind == AimKind.RECOVER) {
                recovery.add(id);
            }
        });
        recoveryAim("recoveryWins", document.recoveryWins(), aims.keySet(), recovery);
        recoveryAim("urges", document.urges(), aims.keySet(), recovery);
        recoveryAim("slips", document.slips(), aims.keySet(), recovery);
        recoveryAim("notSpent", document.notSpent(), aims.keySet(), recovery);
        unique("checkIns", document.checkIns(), Entry::key);
        unique("readiness", document.readiness(), Entry::key);
        unique("dailySessions", document.dailySessions(), Entry::key);
        unique("journal", document.journal(), Entry::key);
        unique("notSpent", document.notSpent(), Entry::key);
    }

    private static <T extends Entry.OnAim<T>> void recoveryAim(String kind, List<T> entries, Set<Long> aims,
            Set<Long> recovery) {
        pointAt(kind, entries, "aim", Entry.OnAim::aim, aims);
        for (int i = 0; i < entries.size(); i++) {
            if (!recovery.contains(entries.get(i).aim())) {
                throw new Refused("exchange.problem.notRecovery", kind + "[" + i + "].aim");
            }
        }
    }

    private static <T> void pointAt(String kind, List<T> entries, String field, Function<T, Long> reference,
            Set<Long> ids) {
        for (int i = 0; i < entries.size(); i++) {
            Long id = reference.apply(entries.get(i));
            if (!ids.contains(id)) {
                throw new Refused("exchange.problem.reference", kind + "[" + i + "]." + field, String.valueOf(id));
            }
        }
    }

    private static <T, K> Set<K> unique(String kind, List<T> entries, Function<T, K> key) {
        Set<K> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!seen.add(key.apply(entries.get(i)))) {
                throw new Refused("exchange.problem.twice", kind + "[" + i + "]");
            }
        }
        return seen;
    }
}
