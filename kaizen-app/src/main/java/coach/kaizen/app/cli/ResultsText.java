package coach.kaizen.app.cli;

import coach.kaizen.core.simulation.Goal;
import coach.kaizen.core.simulation.PolicyResult;
import coach.kaizen.core.simulation.SimulationResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** A simulation's results as a table for people or as JSON for programs. */
final class ResultsText {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROW = "%-16s %9s %8s %10s %14s %17s%n";

    private ResultsText() {
    }

    static String table(SimulationResult result) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Population %s: %d people, %d days, seed %d%n%n", result.population(), result.people(), result.days(),
                result.seed()));
        text.append(String.format(Locale.ROOT, ROW, "policy", "retention", "success", "volume", "size/capacity",
                "longest miss run"));
        for (PolicyResult row : result.policies()) {
            text.append(String.format(Locale.ROOT, ROW, row.policy(),
                    percent(row.retention()), percent(row.successRate()), String.format(Locale.ROOT, "%.1f", row.volume()),
                    String.format(Locale.ROOT, "%.2f", row.finalSizeToCapacity()),
                    String.format(Locale.ROOT, "%.2f", row.longestMissRun())));
        }
        Goal goal = result.goal();
        text.append(String.format(Locale.ROOT, "%nGoal (ENGINE.md §5): %s%n", goal.met() ? "met" : "not met"))
                .append(check(goal.highestVolume(), "the engine has the highest total volume"))
                .append(check(goal.retentionAtLeastBaselines(),
                        "its retention is at least every baseline's but fixed-floor's"))
                .append(check(goal.nearFixedFloor(), "its retention is within 8 points of fixed-floor's"));
        return text.toString();
    }

    private static String check(boolean holds, String claim) {
        return String.format(Locale.ROOT, "  [%s] %s%n", holds ? "x" : " ", claim);
    }

    static String json(SimulationResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("population", result.population());
        root.put("days", result.days());
        ArrayNode policies = root.putArray("policies");
        for (PolicyResult row : result.policies()) {
            policies.addObject()
                    .put("policy", row.policy())
                    .put("retention", row.retention())
                    .put("successRate", row.successRate())
                    .put("volume", row.volume())
                    .put("finalSizeToCapacity", row.finalSizeToCapacity())
                    .put("longestMissRun", row.longestMissRun());
        }
        return root + System.lineSeparator();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
