package coach.kaizen.core.session;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person's session on one day: its parts (chosen once they have arrived), the parts done, and the
 * day's question. A session left half-way resumes at its first part not done.
 *
 * @param parts      empty until the person has arrived and the parts were chosen
 * @param questionId the day's question once picked, or null
 */
public record DailySession(LocalDate day, List<Part> parts, Set<Part> done, String questionId, boolean finished) {

    public DailySession {
        parts = List.copyOf(parts);
        done = done.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(done));
    }

    public static DailySession fresh(LocalDate day) {
        return new DailySession(day, List.of(), Set.of(), null, false);
    }

    public boolean isPlanned() {
        return !parts.isEmpty();
    }

    /** The part to show now; empty once the close is done. */
    public Optional<Part> current() {
        if (!isPlanned()) {
            return Optional.of(Part.ARRIVE);
        }
        return parts.stream().filter(part -> !done.contains(part)).findFirst();
    }

    public boolean has(Part part) {
        return isPlanned() ? parts.contains(part) : part == Part.ARRIVE;
    }
}
