package coach.kaizen.app.i18n;

import java.util.List;
import java.util.Locale;

/** A browser's Accept-Language ("fr-FR,es;q=0.8") read once: its locales, most wanted first. */
public final class BrowserLanguages {

    private BrowserLanguages() {
    }

    /** The locales in the header, best first; none for a missing or unreadable header. */
    public static List<Locale> of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange())).toList();
        } catch (IllegalArgumentException unreadable) {
            return List.of();
        }
    }
}
