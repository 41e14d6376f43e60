package coach.kaizen.app.cli;

import coach.kaizen.app.i18n.Texts;
import coach.kaizen.core.simulation.Goal;
import coach.kaizen.core.simulation.PolicyResult;
import coach.kaizen.core.simulation.SimulationResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** A simulation's results as a table for people or as JSON for programs. */
final class ResultsText {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The columns' least widths; a heading of the language that is wider widens its column. */
    private static final int[] WIDTHS = {-16, 9, 8, 10, 14, 17};
    private static final List<String> HEADINGS = List.of("policy", "retention", "success", "volume", "sizeToCapacity",
            "longestMissRun");

    private ResultsText() {
    }

    static String table(SimulationResult result, Texts texts) {
        StringBuilder text = new StringBuilder(texts.t("cli.simulate.population", result.population(),
                String.valueOf(result.people()), result.people(), String.valueOf(result.days()), result.days(),
                String.valueOf(result.seed()))).append(String.format("%n%n"));
        Object[] headings = HEADINGS.stream().map(heading -> texts.t("cli.simulate.column." + heading)).toArray();
        String format = row(headings);
        text.append(String.format(Locale.ROOT, format, headings));
        for (PolicyResult row : result.policies()) {
            text.append(String.format(Locale.ROOT, format, row.policy(),
                    percent(row.retention()), percent(row.successRate()), String.format(Locale.ROOT, "%.1f", row.volume()),
                    String.format(Locale.ROOT, "%.2f", row.finalSizeToCapacity()),
                    String.format(Locale.ROOT, "%.2f", row.longestMissRun())));
        }
        Goal goal = result.goal();
        String reference = texts.t("cli.reference.engine");
        text.append(String.format("%n")).append(texts.t(goal.met() ? "cli.simulate.goal.met" : "cli.simulate.goal.notMet",
                        reference)).append(String.format("%n"))
                .append(check(goal.highestVolume(), texts.t("cli.simulate.goal.highestVolume")))
                .append(check(goal.retentionAtLeastBaselines(), texts.t("cli.simulate.goal.retention")))
                .append(check(goal.nearFixedFloor(), texts.t("cli.simulate.goal.nearFixedFloor", 8)));
        return text.toString();
    }

    /** "%-16s %9s ..." with each column at least as wide as its heading. */
    private static String row(Object[] headings) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < WIDTHS.length; i++) {
            int width = Math.max(Math.abs(WIDTHS[i]), headings[i].toString().length());
            row.append(i == 0 ? "" : " ").append('%').append(WIDTHS[i] < 0 ? "-" : "").append(width).append('s');
        }
        return row.append("%n").toString();
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
