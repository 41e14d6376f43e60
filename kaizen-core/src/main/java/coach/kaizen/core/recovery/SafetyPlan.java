package coach.kaizen.core.recovery;

import coach.kaizen.core.text.Text;

/**
 * A personal safety plan in six parts, each in the person's own words (any may be empty).
 *
 * @param warningSigns    signs that a crisis may be coming
 * @param coping          things the person can do alone to feel calmer
 * @param distractions    people and places that take the mind elsewhere
 * @param helpers         people to ask for help
 * @param professionals   professionals and crisis lines
 * @param safeSurroundings making the surroundings safe
 */
public record SafetyPlan(String warningSigns, String coping, String distractions, String helpers,
        String professionals, String safeSurroundings) {

    public static final int MAX_PART = 2000;
    public static final SafetyPlan EMPTY = new SafetyPlan(null, null, null, null, null, null);

    public SafetyPlan {
        warningSigns = Text.optional(warningSigns, "warning signs", MAX_PART);
        coping = Text.optional(coping, "coping", MAX_PART);
        distractions = Text.optional(distractions, "distractions", MAX_PART);
        helpers = Text.optional(helpers, "helpers", MAX_PART);
        professionals = Text.optional(professionals, "professionals", MAX_PART);
        safeSurroundings = Text.optional(safeSurroundings, "safe surroundings", MAX_PART);
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }
}
