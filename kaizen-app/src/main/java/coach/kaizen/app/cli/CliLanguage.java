package coach.kaizen.app.cli;

import coach.kaizen.app.i18n.Catalog;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language the command line speaks: KAIZEN_LANGUAGE if set, else the language part of the
 * first of LC_ALL, LC_MESSAGES and LANG that is set ("es_ES.UTF-8" is Spanish), else English.
 * A language the app does not ship is English too.
 */
final class CliLanguage {

    private static final List<String> VARIABLES = List.of("KAIZEN_LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG");

    private CliLanguage() {
    }

    static String of(Map<String, String> env) {
        for (String variable : VARIABLES) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                String language = value.strip().split("[_.@-]", 2)[0].toLowerCase(Locale.ROOT);
                return Catalog.shipped().has(language) ? language : Catalog.ENGLISH;
            }
        }
        return Catalog.ENGLISH;
    }
}
