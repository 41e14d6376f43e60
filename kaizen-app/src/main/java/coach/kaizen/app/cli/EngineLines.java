package coach.kaizen.app.cli;

import coach.kaizen.app.i18n.Texts;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.EngineSettings;
import coach.kaizen.core.engine.Proposal;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Refused;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The engine over JSON lines (docs/engine.md §5.6): each input line is one of {@code create},
 * {@code propose} or {@code record}, and gets exactly one output line — the answer, or
 * {@code {"error": "..."}} — after which the stream goes on. The errors are said in the command
 * line's language; the protocol's own names (ops, fields, outcomes) are never translated.
 */
final class EngineLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, StepRun> steps = new HashMap<>();
    private final Texts texts;

    EngineLines(Texts texts) {
        this.texts = texts;
    }

    /** One step driven by a harness: its sizing, its engine and everything derived so far. */
    private static final class StepRun {
        final Step step;
        final Engine engine;
        StepProgress progress;
        LocalDate proposedDay;
        Readiness proposedReadiness = Readiness.UNKNOWN;

        StepRun(StepDraft draft, Engine engine) {
            // A step of the protocol only: it has no id, no aim and no first day of its own.
            this.step = new Step(0, 0, draft.action(), draft.sizing(), null, draft.schedule(), null);
            this.engine = engine;
            this.progress = StepProgress.start(engine, step);
        }
    }

    String answer(String line) {
        try {
            JsonNode request = JSON.readTree(line);
            JsonFields fields = JsonFields.of(request, Message.of("cli.json.what.line"), "op", "id", "size", "unit", "quantum", "floor",
                    "ceiling", "target", "date", "readiness", "outcome", "amount", "resistance");
            String op = fields.text("op");
            return switch (op) {
                case "create" -> create(fields);
                case "propose" -> propose(fields);
                case "record" -> record(fields);
                default -> throw new Refused("cli.engine.problem.op", op);
            };
        } catch (JacksonException e) {
            return error(texts.t("cli.engine.problem.json"));
        } catch (IllegalArgumentException e) {
            return error(Cli.said(texts, e));
        }
    }

    private String create(JsonFields fields) {
        String id = fields.text("id");
        StepDraft draft = StepDraft.of("step", fields.number("size"),
                orElse(fields.optionalText("unit"), texts.t("cli.engine.unit")), fields.optionalNumber("quantum"),
                fields.optionalNumber("floor"), fields.optionalNumber("ceiling"), null, null, null);
        Double target = fields.optionalNumber("target");
        Engine engine = target == null ? Engine.standard() : new Engine(EngineSettings.DEFAULTS.withTarget(target));
        steps.put(id, new StepRun(draft, engine));
        ObjectNode answer = JSON.createObjectNode().put("id", id).put("created", true);
        return answer.toString();
    }

    private String propose(JsonFields fields) {
        String id = fields.text("id");
        StepRun run = step(id);
        LocalDate day = day(fields);
        Readiness readiness = orElse(readiness(fields), Readiness.UNKNOWN);
        Proposal proposal = run.engine.propose(run.step.sizing(), run.progress.engine(), day, readiness);
        run.proposedDay = day;
        run.proposedReadiness = readiness;
        return JSON.createObjectNode()
                .put("id", id)
                .put("date", day.toString())
                .put("action", proposal.action().name())
                .put("size", proposal.size())
                .put("level", proposal.level())
                .put("reason", texts.say(proposal.reason().message()))
                .put("reasonCode", proposal.reason().code().name())
                .toString();
    }

    private String record(JsonFields fields) {
        String id = fields.text("id");
        StepRun run = step(id);
        LocalDate day = day(fields);
        if (!run.progress.canAppend(day)) {
            throw new Refused("cli.engine.problem.forward", id, day.toString());
        }
        Readiness given = readiness(fields);
        // Without readiness of its own, a record is judged with what its day's proposal was given.
        Readiness readiness = given != null ? given
                : day.equals(run.proposedDay) ? run.proposedReadiness : Readiness.UNKNOWN;
        CheckIn checkIn = new CheckIn(day, outcome(fields.text("outcome")), fields.optionalNumber("amount"),
                fields.optionalWhole("resistance"), null);
        run.progress = run.progress.record(run.engine, run.step, checkIn, readiness);
        return JSON.createObjectNode()
                .put("id", id)
                .put("date", day.toString())
                .put("outcome", checkIn.outcome().name())
                .put("level", run.progress.engine().level())
                .put("strength", run.progress.strength().value())
                .toString();
    }

    private StepRun step(String id) {
        StepRun run = steps.get(id);
        if (run == null) {
            throw new Refused("cli.engine.problem.noStep", id);
        }
        return run;
    }

    private static LocalDate day(JsonFields fields) {
        String text = fields.text("date");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Refused("cli.engine.problem.date", text);
        }
    }

    private static Readiness readiness(JsonFields fields) {
        JsonFields given = fields.optionalObject("readiness", "energy", "stress", "craving");
        return given == null ? null
                : new Readiness(given.optionalWhole("energy"), given.optionalWhole("stress"),
                        given.optionalWhole("craving"));
    }

    private static Outcome outcome(String text) {
        try {
            return Outcome.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Refused("cli.engine.problem.outcome", text);
        }
    }

    private static <T> T orElse(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static String error(String message) {
        return JSON.createObjectNode().put("error", message).toString();
    }
}
