package coach.kaizen.core.exchange;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a document's entries meet an account's: the document's ids are moved to the account's
 * (aims and steps first), and an entry whose natural key the account already has is left out,
 * so a document imported twice adds nothing the second time.
 */
public final class Merge {

    private Merge() {
    }

    /** The entries the account does not have yet. */
    public static <T extends Entry> List<T> besides(List<T> incoming, List<T> existing) {
        Set<List<Object>> taken = new HashSet<>();
        existing.forEach(entry -> taken.add(entry.key()));
        return incoming.stream().filter(entry -> taken.add(entry.key())).toList();
    }

    /** The entries on aims, each on its aim's id in the account, that the account does not have yet. */
    public static <T extends Entry.OnAim<T>> List<T> onAims(List<T> incoming, Map<Long, Long> aimIds,
            List<T> existing) {
        return besides(onAims(incoming, aimIds), existing);
    }

    /** The entries on steps, each on its step's id in the account, that the account does not have yet. */
    public static <T extends Entry.OnStep<T>> List<T> onSteps(List<T> incoming, Map<Long, Long> stepIds,
            List<T> existing) {
        return besides(onSteps(incoming, stepIds), existing);
    }

    /**
     * The account's rows (with the database's ids) as a document: aims and steps numbered 1, 2, …
     * in the order they were made, and every reference moved with them.
     */
    public static KaizenDocument numbered(KaizenDocument rows) {
        Map<Long, Long> aimIds = numbers(rows.aims().stream().map(KaizenDocument.Aim::id).toList());
        Map<Long, Long> stepIds = numbers(rows.steps().stream().map(KaizenDocument.Step::id).toList());
        return new KaizenDocument(rows.format(), rows.version(), rows.exportedAt(), rows.settings(),
                rows.aims().stream().map(aim -> aim.withId(aimIds.get(aim.id()))).toList(),
                rows.steps().stream().map(step -> step.withId(stepIds.get(step.id())).onAim(aimIds.get(step.aim())))
                        .toList(),
                onSteps(rows.checkIns(), stepIds), onSteps(rows.stepChoices(), stepIds), rows.readiness(),
                rows.dailySessions(),
                rows.journal().stream().map(entry -> entry.onAim(entry.aim() == null ? null : aimIds.get(entry.aim())))
                        .toList(),
                onAims(rows.obstacles(), aimIds), onSteps(rows.experiments(), stepIds),
                onAims(rows.recoveryWins(), aimIds), onAims(rows.urges(), aimIds), onAims(rows.slips(), aimIds),
                onAims(rows.notSpent(), aimIds), rows.safetyPlan(), rows.strengths());
    }

    private static Map<Long, Long> numbers(List<Long> ids) {
        Map<Long, Long> numbers = new HashMap<>();
        ids.forEach(id -> numbers.put(id, numbers.size() + 1L));
        return numbers;
    }

    private static <T extends Entry.OnAim<T>> List<T> onAims(List<T> entries, Map<Long, Long> aimIds) {
        return entries.stream().map(entry -> entry.onAim(aimIds.get(entry.aim()))).toList();
    }

    private static <T extends Entry.OnStep<T>> List<T> onSteps(List<T> entries, Map<Long, Long> stepIds) {
        return entries.stream().map(entry -> entry.onStep(stepIds.get(entry.step()))).toList();
    }
}
