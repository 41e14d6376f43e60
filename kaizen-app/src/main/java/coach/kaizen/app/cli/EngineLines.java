package coach.kaizen.app.cli;

import coach.kaizen.app.http.Json;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.EngineSettings;
import coach.kaizen.core.engine.Proposal;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.StepDraft;
import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Refused;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.DateTimeException;
import java.time.LocalDate;
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

    // A key given twice is refused, never "the last one wins"; so is anything after the object.
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final Map<String, StepRun> steps = new HashMap<>();
    private final Texts texts;
    /** Every answer goes out through this one generator: none is built per line, and no tree either. */
    private final JsonGenerator out;

    EngineLines(Texts texts, Writer out) {
        this.texts = texts;
        try {
            this.out = JSON.getFactory().createGenerator(out)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .setRootValueSeparator(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** Answers {@code line} with exactly one line: a JSON object, the answer or an error. */
    void answer(String line) throws IOException {
        Fields answer = answerTo(line);
        out.writeStartObject();
        answer.write(out);
        out.writeEndObject();
        out.writeRaw(System.lineSeparator());
    }

    /** Sends the answers written so far on their way. */
    void flush() throws IOException {
        out.flush();
    }

    private Fields answerTo(String line) {
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
        } catch (JsonProcessingException e) {
            return error(Json.duplicateKey(e).map(key -> texts.t("cli.engine.problem.twice", key))
                    .orElseGet(() -> texts.t("cli.engine.problem.json")));
        } catch (IllegalArgumentException e) {
            return error(Cli.said(texts, e));
        }
    }

    private Fields create(JsonFields fields) {
        String id = fields.text("id");
        if (id.isBlank()) {
            throw new Refused("cli.engine.problem.id");
        }
        if (steps.containsKey(id)) {
            // Replacing it would silently throw away every day recorded for it.
            throw new Refused("cli.engine.problem.exists", id);
        }
        double size = fields.number("size");
        if (!(size > 0)) {
            // The step's own check would name it "amount", a word this protocol does not use.
            throw new Refused("cli.engine.problem.size");
        }
        StepDraft draft = StepDraft.of("step", size,
                orElse(fields.optionalText("unit"), texts.t("cli.engine.unit")), fields.optionalNumber("quantum"),
                fields.optionalNumber("floor"), fields.optionalNumber("ceiling"), null, null, null);
        if (!draft.sizing().startsOnAQuantum()) {
            // As the app's own steps: a first proposal is the size given, never a rounded one.
            throw new Refused("cli.engine.problem.quanta", Sizing.plain(size), Sizing.plain(draft.sizing().quantum()));
        }
        Double target = fields.optionalNumber("target");
        Engine engine = target == null ? Engine.standard() : new Engine(EngineSettings.DEFAULTS.withTarget(target));
        steps.put(id, new StepRun(draft, engine));
        return out -> {
            out.writeStringField("id", id);
            out.writeBooleanField("created", true);
        };
    }

    private Fields propose(JsonFields fields) {
        String id = fields.text("id");
        StepRun run = step(id);
        LocalDate day = day(fields);
        Readiness readiness = orElse(readiness(fields), Readiness.UNKNOWN);
        Proposal proposal = run.engine.propose(run.step.sizing(), run.progress.engine(), day, readiness);
        run.proposedDay = day;
        run.proposedReadiness = readiness;
        String reason = texts.say(proposal.reason().message());
        return out -> {
            out.writeStringField("id", id);
            out.writeStringField("date", day.toString());
            out.writeStringField("action", proposal.action().name());
            out.writeNumberField("size", proposal.size());
            out.writeNumberField("level", proposal.level());
            out.writeStringField("reason", reason);
            out.writeStringField("reasonCode", proposal.reason().code().name());
        };
    }

    private Fields record(JsonFields fields) {
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
        CheckIn checkIn = CheckIn.said(day, outcome(fields.text("outcome")), fields.optionalNumber("amount"),
                fields.optionalWhole("resistance"), null);
        StepProgress after = run.progress.record(run.engine, run.step, checkIn, readiness);
        run.progress = after;
        return out -> {
            out.writeStringField("id", id);
            out.writeStringField("date", day.toString());
            out.writeStringField("outcome", checkIn.outcome().name());
            out.writeNumberField("level", after.engine().level());
            out.writeNumberField("strength", after.strength().value());
        };
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
            return isPlainDay(text) ? LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10))
                    : LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new Refused("cli.engine.problem.date", text);
        }
    }

    /**
     * "2026-01-31" exactly: read by hand, as ISO reads it, without the formatter's machinery, which
     * took an eighth of the time of every line. Anything else goes to {@link LocalDate#parse}.
     */
    private static boolean isPlainDay(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            number = number * 10 + (text.charAt(i) - '0');
        }
        return number;
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

    private static Fields error(String message) {
        return out -> out.writeStringField("error", message);
    }

    /** The fields of one answer, worked out before any is written, so a refusal never leaves half an answer. */
    private interface Fields {
        void write(JsonGenerator out) throws IOException;
    }
}
