package coach.kaizen.app.cli;

import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.i18n.Texts;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Picocli's usage help from our own messages: picocli asks for its keys ("usage.description",
 * "kaizen.serve.port", "data-dir"), and this bundle answers with the message {@code cli.help.<key>}
 * in the command line's language. Every help message gets the same two arguments: {0} is
 * picocli's {@code ${DEFAULT-VALUE}} (picocli fills it in), {1} the engine notes' reference.
 */
final class CliHelp extends ResourceBundle {

    static final String PREFIX = "cli.help.";

    private final Texts texts;
    private final List<String> keys;

    CliHelp(Texts texts) {
        this.texts = texts;
        this.keys = Catalog.messages(Catalog.ENGLISH).keySet().stream()
                .filter(key -> key.startsWith(PREFIX))
                .map(key -> key.substring(PREFIX.length()))
                .sorted()
                .toList();
    }

    @Override
    protected Object handleGetObject(String key) {
        return texts.has(PREFIX + key) ? texts.t(PREFIX + key, "${DEFAULT-VALUE}", texts.t("cli.reference.engine"))
                : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(keys);
    }
}
