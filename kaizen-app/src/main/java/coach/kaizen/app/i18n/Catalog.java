package coach.kaizen.app.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Every word the app says, in every language it ships: {@code /i18n/languages.properties} names the
 * languages, and each language has one file per area, {@code /i18n/<area>_<language>.properties}
 * (UTF-8, ICU message patterns). A language is added by adding its files; English is the fallback.
 */
public final class Catalog {

    /** The areas of the app, one message file each per language. */
    public static final List<String> AREAS = List.of("common", "account", "steps", "session", "practice",
            "recovery", "help", "problems", "engine", "cli", "aims", "insights", "exchange",
            "reminders");
    public static final String ENGLISH = "en";
    private static final String DIR = "/i18n/";

    private static final Catalog SHIPPED = load();

    private final Map<String, String> names;
    private final Map<String, Texts> byLanguage;

    private Catalog(Map<String, String> names, Map<String, Texts> byLanguage) {
        this.names = names;
        this.byLanguage = byLanguage;
    }

    /** The catalog shipped with the app, read once. */
    public static Catalog shipped() {
        return SHIPPED;
    }

    /** The languages shipped, by code, each with its own name for itself ("Español"). */
    public Map<String, String> languages() {
        return names;
    }

    public boolean has(String language) {
        return language != null && byLanguage.containsKey(language);
    }

    /** The words of {@code language}, or English when it is not shipped. */
    public Texts texts(String language) {
        return byLanguage.getOrDefault(language, byLanguage.get(ENGLISH));
    }

    /** The words of the browser's first shipped language, else English. */
    public Texts forBrowser(String acceptLanguage) {
        return texts(guess(acceptLanguage).orElse(ENGLISH));
    }

    /** The first shipped language among the browser's ("es-MX,es;q=0.9,en;q=0.8"), if any. */
    public Optional<String> guess(String acceptLanguage) {
        return BrowserLanguages.of(acceptLanguage).stream().map(Locale::getLanguage).filter(this::has).findFirst();
    }

    private static Catalog load() {
        Map<String, String> names = new LinkedHashMap<>();
        read("languages.properties").forEach((code, name) -> names.put((String) code, (String) name));
        Map<String, String> english = messages(ENGLISH);
        Map<String, Texts> byLanguage = new HashMap<>();
        for (String language : names.keySet()) {
            Map<String, String> own = language.equals(ENGLISH) ? english : messages(language);
            byLanguage.put(language, new Texts(Locale.forLanguageTag(language), own, english));
        }
        return new Catalog(Collections.unmodifiableMap(names), Map.copyOf(byLanguage));
    }

    /** Every message of one language, over all areas. */
    public static Map<String, String> messages(String language) {
        Map<String, String> messages = new HashMap<>();
        for (String area : AREAS) {
            read(area + "_" + language + ".properties").forEach((key, text) -> messages.put((String) key, (String) text));
        }
        return messages;
    }

    private static Properties read(String file) {
        Properties properties = new Properties();
        try (InputStream in = Catalog.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException(DIR + file + " is missing from the classpath");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
