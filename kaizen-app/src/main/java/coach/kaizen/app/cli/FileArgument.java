package coach.kaizen.app.cli;

import coach.kaizen.app.config.ConfigException;
import coach.kaizen.core.text.Message;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file named on the command line, checked before any work: a wrong one is a one-line problem (exit 2). */
final class FileArgument {

    private FileArgument() {
    }

    /** A file to read: one that is there, and not a folder. */
    static void toRead(Path file) {
        if (Files.isDirectory(file)) {
            throw new ConfigException(Message.of("cli.file.folder", file.toString()));
        }
        if (!Files.exists(file)) {
            throw new ConfigException(Message.of("cli.problem.noFile", file.toString()));
        }
    }

    /** A file to write: in a folder that is there, and not one already there unless {@code replace}. */
    static void toWrite(Path file, boolean replace) {
        if (Files.isDirectory(file)) {
            throw new ConfigException(Message.of("cli.file.folder", file.toString()));
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ConfigException(Message.of("cli.file.noFolder", file.toString(), String.valueOf(folder)));
        }
        if (Files.exists(file) && !replace) {
            throw new ConfigException(Message.of("cli.backup.problem.exists", file.toString()));
        }
    }
}
