package coach.kaizen.app.recovery;

import coach.kaizen.app.i18n.Texts;
import coach.kaizen.core.recovery.SafetyPlan;
import java.util.List;
import java.util.function.Function;

/**
 * One of the safety plan's six parts as its pages show it: form field, and the words kept. Its
 * heading and prompt are messages, {@code recovery.plan.<field>.title} and {@code .prompt}.
 */
public record PlanPart(String field, Function<SafetyPlan, String> words) {

    public static final List<PlanPart> ALL = List.of(
            new PlanPart("warningSigns", SafetyPlan::warningSigns),
            new PlanPart("coping", SafetyPlan::coping),
            new PlanPart("distractions", SafetyPlan::distractions),
            new PlanPart("helpers", SafetyPlan::helpers),
            new PlanPart("professionals", SafetyPlan::professionals),
            new PlanPart("safeSurroundings", SafetyPlan::safeSurroundings));

    /** The part's heading ("My warning signs"), in {@code texts}' language. */
    public String title(Texts texts) {
        return texts.t(titleKey());
    }

    /** What to write in the part, in {@code texts}' language. */
    public String prompt(Texts texts) {
        return texts.t("recovery.plan." + field + ".prompt");
    }

    public String titleKey() {
        return "recovery.plan." + field + ".title";
    }

    /** The person's words for this part, or "" when they wrote none. */
    public String in(SafetyPlan plan) {
        String text = words.apply(plan);
        return text == null ? "" : text;
    }

    /** The plan as sent on the form. */
    static SafetyPlan from(Function<String, String> field) {
        return new SafetyPlan(field.apply(ALL.get(0).field), field.apply(ALL.get(1).field),
                field.apply(ALL.get(2).field), field.apply(ALL.get(3).field), field.apply(ALL.get(4).field),
                field.apply(ALL.get(5).field));
    }
}
