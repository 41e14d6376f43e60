package coach.kaizen.core.recovery;

import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Text;
import java.util.List;
import java.util.stream.Stream;

/**
 * A strength the person has already earned ("resilience"), with the evidence in their own words
 * ("I got through last winter"), shown back to them at hard moments.
 */
public record EarnedStrength(long id, String name, String evidence) {

    public static final int MAX_NAME = 60;
    public static final int MAX_EVIDENCE = 300;
    /** Offered as a start; the person's own words are as welcome. */
    public static final List<Message> SUGGESTIONS = Stream.of("resilience", "endurance", "courage",
            "honesty", "patience", "humour", "hope", "kindness", "askingForHelp", "keepingPromises")
            .map(idea -> Message.of("recovery.strength.idea." + idea)).toList();

    public EarnedStrength {
        name = Text.required(name, "strength", MAX_NAME);
        evidence = Text.optional(evidence, "evidence", MAX_EVIDENCE);
    }
}
