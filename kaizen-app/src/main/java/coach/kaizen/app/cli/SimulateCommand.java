package coach.kaizen.app.cli;

import coach.kaizen.app.config.ConfigException;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.simulation.Population;
import coach.kaizen.core.simulation.Simulation;
import coach.kaizen.core.simulation.SimulationResult;
import coach.kaizen.core.text.Refused;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "simulate", mixinStandardHelpOptions = true)
final class SimulateCommand implements Callable<Integer> {

    /** Below this many person-days a run is over before a bar would help. */
    private static final long LONG_RUN = 200_000;

    private final Cli cli;

    @Option(names = "--population", paramLabel = "FILE", required = true)
    Path population;

    @Option(names = "--days", paramLabel = "N", defaultValue = "180")
    int days;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1")
    long seed;

    @Option(names = "--json")
    boolean json;

    SimulateCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Simulation simulation;
        Population people;
        try {
            people = PopulationFile.read(population);
            simulation = new Simulation(people, days, seed, Engine.standard());
        } catch (Refused e) {
            throw new ConfigException(e.said());
        }
        Terminal terminal = cli.terminal();
        boolean showBar = terminal.interactive() && (long) people.people() * days >= LONG_RUN;
        ProgressBar bar = new ProgressBar(terminal.err(), cli.texts(), people.people(), showBar);
        SimulationResult result = simulation.run(bar::update);
        bar.finish();
        terminal.out().print(json ? ResultsText.json(result) : ResultsText.table(result, cli.texts()));
        terminal.out().flush();
        return 0;
    }
}
