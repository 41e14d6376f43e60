package coach.kaizen.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "engine", mixinStandardHelpOptions = true)
final class EngineCommand implements Callable<Integer> {

    private final Cli cli;

    EngineCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Terminal terminal = cli.terminal();
        EngineLines engine = new EngineLines(cli.texts(), terminal.out());
        try {
            for (String line = terminal.in().readLine(); line != null; line = terminal.in().readLine()) {
                engine.answer(line);
                // A harness that waits for each answer has sent nothing more: it gets this one at once.
                // Lines already waiting are answered first, and their answers go out together.
                if (!terminal.in().ready()) {
                    engine.flush();
                }
            }
            engine.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }
}
