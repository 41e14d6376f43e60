package coach.kaizen.app.cli;

import coach.kaizen.app.config.ConfigException;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.simulation.Population;
import coach.kaizen.core.simulation.Simulation;
import coach.kaizen.core.simulation.SimulationResult;
import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Refused;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    SimulateCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Simulation simulation;
        Population people;
        try {
            people = PopulationFile.read(population);
            simulation = new Simulation(people, days, seed, replicates, Engine.standard());
        } catch (Refused e) {
            throw new ConfigException(e.said());
        }
        Path folder = plot == null ? null : plot.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            // Said before the run, so a long run is not lost for want of a folder.
            throw new ConfigException(Message.of("cli.simulate.plotFolder", plot.toString()));
        }
        Terminal terminal = cli.terminal();
        boolean showBar = terminal.interactive() && (long) people.people() * days >= LONG_RUN;
        ProgressBar bar = new ProgressBar(terminal.err(), cli.texts(), people.people(), showBar);
        SimulationResult result = simulation.run(bar::update);
        bar.finish();
        terminal.out().print(json ? ResultsText.json(result) : ResultsText.table(result, cli.texts()));
        terminal.out().flush();
        if (plot != null) {
            writePlot(result);
        }
        return 0;
    }

    private void writePlot(SimulationResult result) {
        try {
            Files.writeString(plot, ResultsPlot.svg(result, cli.texts()));
        } catch (IOException e) {
            throw new ConfigException(Message.of("cli.simulate.plotUnwritable", plot.toString(),
                    String.valueOf(e.getMessage())));
        }
    }
}
