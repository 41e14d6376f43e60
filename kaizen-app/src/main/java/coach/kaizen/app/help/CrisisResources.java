package coach.kaizen.app.help;

import coach.kaizen.app.config.ConfigException;
import coach.kaizen.app.help.Emergency.Service;
import coach.kaizen.app.i18n.BrowserLanguages;
import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.core.text.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Help by country: the emergency numbers of every ISO 3166-1 country and territory, and the
 * crisis lines we curate for some, from the files shipped with the app and, over the lines, the
 * operator's own file (each country the operator lists replaces our lines). Read once, at start.
 */
public final class CrisisResources {

    static final String DEFAULTS = "/coach/kaizen/app/help/crisis-resources.tsv";
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern NUMBER = Pattern.compile("-|\\+?[0-9]{2,15}");

    /** A way to reach help that a card offers to tap. */
    public sealed interface Reach permits Line, Dial {
    }

    /** A curated line; {@code call} and {@code text} are dialable numbers or null. */
    public record Line(String name, String how, String call, String text, String note) implements Reach {
    }

    /** An emergency number: the services it reaches, or none listed when it reaches them all. */
    public record Dial(String number, List<Service> services) implements Reach {
    }

    /** One country's help: its emergency numbers and its curated lines (often none), immediate danger first. */
    public record Country(String code, String name, List<Line> lines, Emergency emergency) {

        /**
         * What a card offers, each number once: the curated lines as they are, with the emergency
         * numbers none of them dials. Those come first unless a curated line already dials the
         * main number (our lines start with it), and the per-service numbers come last.
         */
        public List<Reach> reaches() {
            Set<String> curated = new HashSet<>();
            lines.forEach(line -> {
                curated.add(line.call());
                curated.add(line.text());
            });
            List<Reach> main = emergency.main().stream().filter(number -> !curated.contains(number))
                    .<Reach>map(number -> new Dial(number, List.of())).toList();
            List<Reach> reaches = new ArrayList<>();
            boolean curatedFirst = emergency.main().stream().anyMatch(curated::contains);
            reaches.addAll(curatedFirst ? lines : main);
            reaches.addAll(curatedFirst ? main : lines);
            reaches.addAll(services(curated));
            return List.copyOf(reaches);
        }

        private List<Dial> services(Set<String> curated) {
            Map<String, List<Service>> byNumber = new LinkedHashMap<>();
            emergency.services().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .filter(entry -> !curated.contains(entry.getValue()) && !emergency.main().contains(entry.getValue()))
                    .forEach(entry -> byNumber.computeIfAbsent(entry.getValue(), n -> new ArrayList<>())
                            .add(entry.getKey()));
            return byNumber.entrySet().stream().map(entry -> new Dial(entry.getKey(), entry.getValue())).toList();
        }
    }

    /** Our lines in English; {@code translated} holds them in other languages, row for row. */
    private final Map<String, List<Line>> byCountry;
    private final Map<String, Map<String, List<Line>>> translated;
    private final Map<String, Emergency> emergencies;

    private CrisisResources(Map<String, List<Line>> byCountry, Map<String, Map<String, List<Line>>> translated,
            Map<String, Emergency> emergencies) {
        this.byCountry = byCountry;
        this.translated = translated;
        this.emergencies = emergencies;
    }

    /** Ours, with {@code override} (null: none) laid over them. */
    public static CrisisResources load(Path override) {
        Map<String, List<Line>> lines = new LinkedHashMap<>(read(shipped(DEFAULTS), DEFAULTS));
        Map<String, Map<String, List<Line>>> translated = new HashMap<>();
        for (String language : Catalog.shipped().languages().keySet()) {
            String file = translation(language);
            if (!language.equals(Catalog.ENGLISH) && CrisisResources.class.getResource(file) != null) {
                translated.put(language, new HashMap<>(read(shipped(file), file)));
            }
        }
        if (override != null) {
            Map<String, List<Line>> operators = operators(override);
            lines.putAll(operators);
            // The operator's words replace ours in every language.
            translated.values().forEach(byCountry -> operators.keySet().forEach(byCountry::remove));
        }
        translated.replaceAll((language, byCountry) -> Map.copyOf(byCountry));
        return new CrisisResources(Map.copyOf(lines), Map.copyOf(translated),
                Map.copyOf(EmergencyNumbers.read(shipped(EmergencyNumbers.FILE))));
    }

    /** Where our lines are in {@code language}: crisis-resources_es.tsv beside crisis-resources.tsv. */
    static String translation(String language) {
        return DEFAULTS.replace(".tsv", "_" + language + ".tsv");
    }

    private static Map<String, List<Line>> operators(Path file) {
        try {
            return read(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new ConfigException(Message.of("cli.crisis.unreadable", file.toString(), String.valueOf(e.getMessage())));
        }
    }

    /** The help for {@code code} (any case), for every ISO 3166-1 country and territory, in English. */
    public Optional<Country> country(String code) {
        return country(code, Catalog.ENGLISH);
    }

    /** The help for {@code code}, its lines worded in {@code language} where we have them so, else in English. */
    public Optional<Country> country(String code, String language) {
        String upper = code == null ? "" : code.toUpperCase(Locale.ROOT);
        List<Line> lines = translated.getOrDefault(language, Map.of()).getOrDefault(upper,
                byCountry.getOrDefault(upper, List.of()));
        return Optional.ofNullable(emergencies.get(upper)).map(emergency -> new Country(upper, nameOf(upper), lines,
                emergency));
    }

    /**
     * The country whose help a person sees: the one asked for ({@code ?country=}), else their
     * setting, else the first the browser's languages name.
     */
    public Optional<Country> forPerson(String asked, String setting, String acceptLanguage, String language) {
        String code = asked != null ? asked : setting != null ? setting
                : forLanguages(acceptLanguage).map(Country::code).orElse(null);
        return country(code, language);
    }

    /** The first country of the browser's languages ("en-GB,en;q=0.8") that says one, if any. */
    public Optional<Country> forLanguages(String acceptLanguage) {
        return BrowserLanguages.of(acceptLanguage).stream().map(Locale::getCountry)
                .map(this::country).flatMap(Optional::stream).findFirst();
    }

    /** The codes of every country and territory we have numbers for: all of ISO 3166-1, sorted. */
    public List<String> codes() {
        return emergencies.keySet().stream().sorted().toList();
    }

    /** The countries whose lines we (or the operator) curate, by code. */
    public List<String> curated() {
        return byCountry.keySet().stream().sorted().toList();
    }

    private static String nameOf(String code) {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    private static List<String> shipped(String file) {
        try (InputStream in = CrisisResources.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the classpath");
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
            String line = String.valueOf(i + 1);
            if (fields.length != 6) {
                throw new ConfigException(Message.of("cli.crisis.fields", file, line, String.valueOf(fields.length)));
            }
            if (!COUNTRY.matcher(fields[0]).matches()) {
                throw new ConfigException(Message.of("cli.crisis.country", file, line, fields[0]));
            }
            for (int f = 3; f <= 4; f++) {
                if (!NUMBER.matcher(fields[f]).matches()) {
                    throw new ConfigException(Message.of("cli.crisis.number", file, line, f == 3 ? "call" : "text", fields[f]));
                }
            }
            if (fields[1].isBlank() || fields[2].isBlank()) {
                throw new ConfigException(Message.of("cli.crisis.empty", file, line));
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
