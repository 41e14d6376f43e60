package coach.kaizen.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "kaizen", mixinStandardHelpOptions = true)
final class KaizenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Without a command there is nothing to do: show what there is, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
