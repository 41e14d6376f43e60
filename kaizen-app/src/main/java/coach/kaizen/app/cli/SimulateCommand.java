package coach.kaizen.app.cli;

import coach.kaizen.app.config.ConfigException;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.simulation.Frontier;
import coach.kaizen.core.simulation.Population;
import coach.kaizen.core.simulation.Simulation;
import coach.kaizen.core.simulation.SimulationResult;
import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Refused;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "simulate", mixinStandardHelpOptions = true)
final class SimulateCommand implements Callable<Integer> {

    /** Below this many person-days a run (with the oracle's planning) is over before a bar would help. */
    private static final long LONG_RUN = 20_000;

    private final Cli cli;

    @Option(names = "--population", paramLabel = "FILE", required = true)
    Path population;

    @Option(names = "--days", paramLabel = "N", defaultValue = "180")
    int days;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1")
    long seed;

    @Option(names = "--replicates", paramLabel = "N", defaultValue = "" + Simulation.DEFAULT_REPLICATES)
    int replicates;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--plot", paramLabel = "FILE")
    Path plot;

    @Option(names = "--frontier", paramLabel = "FILE")
    Path frontier;

    @Option(names = "--people", paramLabel = "N")
    Integer firstPeople;

    SimulateCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Simulation simulation;
        Population people;
        try {
            people = PopulationFile.read(population);
            people = firstPeople == null ? people : people.first(firstPeople);
            simulation = new Simulation(people, days, seed, replicates, Engine.standard());
        } catch (Refused e) {
            throw new ConfigException(e.said());
        }
        // Said before the run, so a long run is not lost for want of a folder.
        requireFolder(plot, "cli.simulate.plotFolder");
        requireFolder(frontier, "cli.simulate.frontierFolder");
        Terminal terminal = cli.terminal();
        boolean showBar = terminal.interactive() && (long) people.people() * days >= LONG_RUN;
        ProgressBar bar = new ProgressBar(terminal.err(), cli.texts(), people.people(), showBar);
        SimulationResult result = run(simulation, people, bar);
        bar.finish();
        terminal.out().print(json ? ResultsText.json(result) : ResultsText.table(result, cli.texts()));
        terminal.out().flush();
        if (plot != null) {
            writePlot(result);
        }
        return 0;
    }

    private static void requireFolder(Path file, String problem) {
        Path folder = file == null ? null : file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new ConfigException(Message.of(problem, file.toString()));
        }
        if (file != null && Files.isDirectory(file)) {
            throw new ConfigException(Message.of("cli.simulate.aFolder", file.toString()));
        }
    }

    /**
     * With {@code --frontier}, the oracle plans only when the file is not there yet (and the frontier
     * is then kept in it); otherwise every policy but the oracle is scored against the kept one.
     */
    private SimulationResult run(Simulation simulation, Population people, ProgressBar bar) {
        if (frontier == null) {
            return simulation.run(bar::update);
        }
        // A frontier file refused (another run's, not one at all, unwritable) is one line, as any refusal.
        String run = FrontierFile.run(people, days, seed);
        Optional<Frontier> kept = FrontierFile.read(frontier, run);
        if (kept.isPresent()) {
            say("cli.simulate.frontierRead");
            return simulation.runAgainst(kept.get(), bar::update);
        }
        SimulationResult result = simulation.run(bar::update);
        FrontierFile.write(frontier, run, people.name(), days, seed, result.frontier());
        say("cli.simulate.frontierKept");
        return result;
    }

    /** Where the frontier came from, on the error stream, so that what is printed stays the same. */
    private void say(String key) {
        cli.terminal().err().println(cli.texts().t(key, frontier.toString()));
        cli.terminal().err().flush();
    }

    private void writePlot(SimulationResult result) {
        try {
            Files.writeString(plot, ResultsPlot.svg(result, cli.texts()));
        } catch (IOException e) {
            throw new ConfigException(Message.of("cli.simulate.unwritable", plot.toString(),
                    String.valueOf(e.getMessage())));
        }
    }
}
