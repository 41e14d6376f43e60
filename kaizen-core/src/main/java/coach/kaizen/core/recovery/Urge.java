package coach.kaizen.core.recovery;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** An urge the person logged on {@code day}; one that passed without use is a win. */
public record Urge(long id, long aimId, LocalDate day, UrgeDraft said) {

    /** The person's triggers, newest first and each once, to offer as choices next time. */
    public static List<String> recentTriggers(List<Urge> urges, int most) {
        return urges.stream()
                .sorted(Comparator.comparing(Urge::day).thenComparingLong(Urge::id).reversed())
                .map(urge -> urge.said().trigger()).filter(Objects::nonNull).distinct().limit(most).toList();
    }
}
