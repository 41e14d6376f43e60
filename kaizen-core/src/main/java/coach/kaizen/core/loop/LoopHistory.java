package coach.kaizen.core.loop;

import java.util.List;

/** A Loop habit with its days, as read from a backup or a CSV export. */
public record LoopHistory(LoopHabit habit, List<LoopEntry> entries) {

    public LoopHistory {
        entries = List.copyOf(entries);
    }
}
