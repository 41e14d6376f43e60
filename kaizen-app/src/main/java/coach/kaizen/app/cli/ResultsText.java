package coach.kaizen.app.cli;

import coach.kaizen.app.i18n.Texts;
import coach.kaizen.core.simulation.Frontier;
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
    private static final int[] WIDTHS = {-16, 13, 8, 16, 14, 17, 11, 14};
    private static final List<String> HEADINGS = List.of("policy", "retention", "success", "volume", "sizeToCapacity",
            "longestMissRun", "efficiency", "retentionGap");

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
                    percent(row.retention()) + " ±" + points(row.retentionError()), percent(row.successRate()),
                    number("%.1f", row.volume()) + " ±" + number("%.1f", row.volumeError()),
                    number("%.2f", row.finalSizeToCapacity()), number("%.2f", row.longestMissRun()),
                    number("%.2f", row.efficiency()), points(row.retentionGap())));
        }
        text.append(String.format("%n")).append(texts.t("cli.simulate.replicates", result.replicates()))
                .append(String.format("%n%n")).append(texts.t("cli.simulate.frontier")).append(String.format("%n"));
        for (Frontier.Point point : result.frontier().points()) {
            text.append("  ").append(texts.t("cli.simulate.frontierPoint", number("%.0f", point.lambda()), percent(point.retention()),
                    number("%.1f", point.volume()))).append(String.format("%n"));
        }
        Goal goal = result.goal();
        String reference = texts.t("cli.reference.engine");
        text.append(String.format("%n")).append(texts.t(goal.met() ? "cli.simulate.goal.met" : "cli.simulate.goal.notMet",
                        reference)).append(String.format("%n"))
                .append(check(goal.efficientEnough(), texts.t("cli.simulate.goal.efficiency",
                        number("%.2f", Goal.EFFICIENCY), number("%.2f", goal.efficiency()))))
                .append(check(goal.nearFixedFloor(), texts.t("cli.simulate.goal.nearFixedFloor",
                        points(Goal.BELOW_FIXED_FLOOR), points(goal.belowFixedFloor()))));
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
        root.put("seed", result.seed());
        root.put("people", result.people());
        root.put("replicates", result.replicates());
        ArrayNode policies = root.putArray("policies");
        for (PolicyResult row : result.policies()) {
            policies.addObject()
                    .put("policy", row.policy())
                    .put("retention", row.retention())
                    .put("retentionError", row.retentionError())
                    .put("successRate", row.successRate())
                    .put("volume", row.volume())
                    .put("volumeError", row.volumeError())
                    .put("finalSizeToCapacity", row.finalSizeToCapacity())
                    .put("longestMissRun", row.longestMissRun())
                    .put("efficiency", row.efficiency())
                    .put("retentionGap", row.retentionGap());
        }
        FrontierFile.putPoints(root.putArray("frontier"), result.frontier());
        Goal goal = result.goal();
        root.putObject("goal")
                .put("met", goal.met())
                .put("efficiency", goal.efficiency())
                .put("efficiencyAtLeast", Goal.EFFICIENCY)
                .put("belowFixedFloor", goal.belowFixedFloor())
                .put("belowFixedFloorAtMost", Goal.BELOW_FIXED_FLOOR);
        return root + System.lineSeparator();
    }

    private static String number(String format, double value) {
        return String.format(Locale.ROOT, format, value);
    }

    /** A share as percentage points: 0.093 as "9.3". */
    private static String points(double share) {
        return number("%.1f", share * 100);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
