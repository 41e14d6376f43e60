package coach.kaizen.app.web;

import coach.kaizen.core.recovery.SafetyPlan;
import java.util.List;
import java.util.function.Function;

/** One of the safety plan's six parts as its pages show it: form field, heading, prompt, and the words kept. */
public record PlanPart(String field, String title, String prompt, Function<SafetyPlan, String> words) {

    public static final List<PlanPart> ALL = List.of(
            new PlanPart("warningSigns", "My warning signs",
                    "Thoughts, feelings or moments that tell me a hard time may be coming.", SafetyPlan::warningSigns),
            new PlanPart("coping", "What I can do on my own",
                    "Things that calm me or take my mind elsewhere, without anyone else.", SafetyPlan::coping),
            new PlanPart("distractions", "People and places that help me think of other things",
                    "A friend to call for a chat, a café, a park, a meeting.", SafetyPlan::distractions),
            new PlanPart("helpers", "People I can ask for help",
                    "Names and numbers of people I trust to hear that I am struggling.", SafetyPlan::helpers),
            new PlanPart("professionals", "Professionals and crisis lines",
                    "My doctor, counsellor or sponsor, and the crisis lines where I live.", SafetyPlan::professionals),
            new PlanPart("safeSurroundings", "Making my surroundings safe",
                    "What I can put away, hand to someone, or stay away from.", SafetyPlan::safeSurroundings));

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
