package coach.kaizen.app.cli;

import coach.kaizen.core.simulation.Population;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Refused;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads a population file (docs/engine.md §5.2); any problem is one line naming the file and the field. */
final class PopulationFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PopulationFile() {
    }

    static Population read(Path file) {
        try {
            return parse(JSON.readTree(Files.readString(file)));
        } catch (NoSuchFileException e) {
            throw new Refused("cli.population.missing", file.toString());
        } catch (JacksonException e) {
            throw new Refused("cli.population.json", file.toString(), String.valueOf(e.getLocation().getLineNr()));
        } catch (IOException e) {
            throw new Refused("cli.population.unreadable", file.toString(), String.valueOf(e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new Refused("cli.population.problem", file.toString(), Cli.why(e));
        }
    }

    private static final List<String> WEEKDAYS =
            List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    static Population parse(com.fasterxml.jackson.databind.JsonNode tree) {
        JsonFields root = JsonFields.of(tree, Message.of("cli.json.what.population"), "name", "people", "start", "capacity", "capacityMax",
                "sigma", "practiceGain", "hardDays", "quit", "weekdays", "reporting", "forgetting");
        JsonFields start = root.object("start", "size", "unit", "quantum", "floor", "ceiling", "goal");
        JsonFields capacity = root.object("capacity", "median", "spread");
        JsonFields capacityMax = root.object("capacityMax", "median", "spread");
        JsonFields hardDays = root.object("hardDays", "probability", "drop");
        JsonFields quit = root.object("quit", "base", "perMiss", "perResistance", "graceMisses", "halfLife", "spread");
        Integer grace = quit.optionalWhole("graceMisses");
        Double spread = quit.optionalNumber("spread");
        return new Population(
                root.text("name"),
                root.whole("people"),
                new Population.Start(sizing(start), start.number("goal")),
                logNormal(capacity),
                logNormal(capacityMax),
                root.number("sigma"),
                root.number("practiceGain"),
                new Population.HardDays(hardDays.number("probability"), hardDays.number("drop")),
                new Population.Quitting(quit.number("base"), quit.number("perMiss"), quit.number("perResistance"),
                        grace == null ? 0 : grace, quit.optionalNumber("halfLife"), spread == null ? 0 : spread),
                weekdays(root.optionalObject("weekdays", "share", "drop")),
                reporting(root.optionalObject("reporting", "offset", "scale", "noise")),
                forgetting(root.optionalObject("forgetting", "median", "spread")));
    }

    private static Population.LogNormal logNormal(JsonFields draw) {
        return new Population.LogNormal(draw.number("median"), draw.number("spread"));
    }

    /** {"share": 0.6, "drop": {"saturday": 0.5, "sunday": 0.5}}: days not named have no drop. */
    private static Population.Weekdays weekdays(JsonFields weekdays) {
        if (weekdays == null) {
            return null;
        }
        JsonFields drop = weekdays.object("drop", WEEKDAYS.toArray(String[]::new));
        double[] drops = WEEKDAYS.stream().map(drop::optionalNumber).mapToDouble(d -> d == null ? 0 : d).toArray();
        return new Population.Weekdays(weekdays.number("share"), drops);
    }

    /** {"offset": {"mean": -1.5, "spread": 1}, "scale": {"median": 0.6, "spread": 0.3}}, and optionally "noise": 1. */
    private static Population.Reporting reporting(JsonFields reporting) {
        if (reporting == null) {
            return null;
        }
        JsonFields offset = reporting.object("offset", "mean", "spread");
        Double noise = reporting.optionalNumber("noise");
        return new Population.Reporting(offset.number("mean"), offset.number("spread"),
                logNormal(reporting.object("scale", "median", "spread")), noise == null ? 0 : noise);
    }

    /** {"median": 0.03, "spread": 0.8}: each person's chance of letting a day go whatever its size. */
    private static Population.LogNormal forgetting(JsonFields forgetting) {
        return forgetting == null ? null : logNormal(forgetting);
    }

    private static Sizing sizing(JsonFields start) {
        // The fields' own complaints already name start.size and the like; the sizing's get "start: ".
        double size = start.number("size");
        double quantum = start.number("quantum");
        String unit = start.text("unit");
        double floor = start.number("floor");
        Double ceiling = start.optionalNumber("ceiling");
        try {
            return new Sizing(size, unit, quantum, floor, ceiling);
        } catch (IllegalArgumentException e) {
            throw new Refused("cli.population.start", Cli.why(e));
        }
    }
}
