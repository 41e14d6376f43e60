package coach.kaizen.app.help;

import coach.kaizen.app.config.ConfigException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Crisis lines by country, from the file shipped with the app and, over it, the operator's own
 * file: each country the operator lists replaces ours. Read once, at start.
 */
public final class CrisisResources {

    /** What holds in every country, listed or not. */
    public static final String EVERYWHERE = "If you are in danger, or might hurt yourself or someone else, "
            + "call your local emergency number now.";
    static final String DEFAULTS = "/coach/kaizen/app/help/crisis-resources.tsv";
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern NUMBER = Pattern.compile("-|\\+?[0-9]{2,15}");

    /** One way to reach help; {@code call} and {@code text} are dialable numbers or null. */
    public record Line(String name, String how, String call, String text, String note) {
    }

    /** The lines for one country, immediate danger first. */
    public record Country(String code, String name, List<Line> lines) {
    }

    private final Map<String, List<Line>> byCountry;

    private CrisisResources(Map<String, List<Line>> byCountry) {
        this.byCountry = byCountry;
    }

    /** Ours, with {@code override} (null: none) laid over them. */
    public static CrisisResources load(Path override) {
        Map<String, List<Line>> lines = new LinkedHashMap<>(read(defaults(), DEFAULTS));
        if (override != null) {
            try {
                lines.putAll(read(Files.readAllLines(override, StandardCharsets.UTF_8), override.toString()));
            } catch (IOException e) {
                throw new ConfigException("KAIZEN_CRISIS_RESOURCES: cannot read " + override + " (" + e.getMessage() + ")");
            }
        }
        return new CrisisResources(Map.copyOf(lines));
    }

    /** The lines for {@code code} (any case), if the file has that country. */
    public Optional<Country> country(String code) {
        String upper = code == null ? "" : code.toUpperCase(Locale.ROOT);
        return Optional.ofNullable(byCountry.get(upper)).map(lines -> new Country(upper, nameOf(upper), lines));
    }

    /** The first country of the browser's languages ("en-GB,en;q=0.8") that the file has, if any. */
    public Optional<Country> forLanguages(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange()).getCountry())
                    .map(this::country).flatMap(Optional::stream).findFirst();
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** Every country in the file, by name, for the page's "somewhere else?" list. */
    public List<Country> countries() {
        return byCountry.keySet().stream().map(code -> country(code).orElseThrow())
                .sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    private static String nameOf(String code) {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    private static List<String> defaults() {
        try (InputStream in = CrisisResources.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's lines by country, in file order; a malformed line stops the start with its number. */
    static Map<String, List<Line>> read(List<String> fileLines, String file) {
        Map<String, List<Line>> byCountry = new LinkedHashMap<>();
        for (int i = 0; i < fileLines.size(); i++) {
            String text = fileLines.get(i);
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            String[] fields = text.split("\t", -1);
            String where = file + " line " + (i + 1) + ": ";
            if (fields.length != 6) {
                throw new ConfigException(where + "needs 6 fields separated by tabs "
                        + "(country, name, how, call, text, note), not " + fields.length);
            }
            if (!COUNTRY.matcher(fields[0]).matches()) {
                throw new ConfigException(where + "country must be a two-letter code like GB, not '" + fields[0] + "'");
            }
            for (int f = 3; f <= 4; f++) {
                if (!NUMBER.matcher(fields[f]).matches()) {
                    throw new ConfigException(where + (f == 3 ? "call" : "text")
                            + " must be digits (a leading + is fine) or -, not '" + fields[f] + "'");
                }
            }
            if (fields[1].isBlank() || fields[2].isBlank()) {
                throw new ConfigException(where + "name and how must not be empty");
            }
            byCountry.computeIfAbsent(fields[0], code -> new ArrayList<>()).add(new Line(fields[1].strip(),
                    fields[2].strip(), orNull(fields[3]), orNull(fields[4]), fields[5].strip()));
        }
        byCountry.replaceAll((code, lines) -> List.copyOf(lines));
        return byCountry;
    }

    private static String orNull(String number) {
        return "-".equals(number) ? null : number;
    }
}
