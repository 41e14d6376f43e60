package coach.kaizen.app;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.i18n.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The copy test: no template, message, question or crisis line says a shaming or all-or-nothing
 * word, in any language we ship. Each language has its list: tone/unkind-words.txt for English,
 * tone/unkind-words_es.txt for Spanish, and so on; a file named {@code …_es.…} is Spanish copy.
 */
class ToneTest {

    private static final Path APP = Path.of("src", "main");
    private static final Path CORE = Path.of("..", "kaizen-core", "src", "main");
    /** A Java or JavaScript string literal, or a Java text block: where a person's words are. */
    /** A file of one language's copy: questions_es.tsv, session_es.properties. */
    private static final Pattern MARKED = Pattern.compile(".*_([a-z]{2})\\.(?:tsv|properties)");
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);

    @Test
    void noCopyUsesAnUnkindWord() throws IOException {
        List<String> found = new ArrayList<>();
        for (String language : Catalog.shipped().languages().keySet()) {
            found.addAll(unkindIn(language));
        }
        assertThat(found).as("unkind words in the product's copy").isEmpty();
    }

    @Test
    void everyLanguageHasItsCopyChecked() throws IOException {
        for (String language : Catalog.shipped().languages().keySet()) {
            assertThat(unkindWords(language)).as(language).hasSizeGreaterThan(20);
            assertThat(copyFiles(language)).as(language).anyMatch(f -> f.toString().endsWith(".properties"))
                    .anyMatch(f -> f.getFileName().toString().startsWith("questions"));
        }
    }

    private static List<String> unkindIn(String language) throws IOException {
        List<Pattern> unkind = unkindWords(language);
        List<String> found = new ArrayList<>();
        for (Path file : copyFiles(language)) {
            String copy = copyIn(file);
            for (Pattern word : unkind) {
                Matcher match = word.matcher(copy);
                if (match.find()) {
                    found.add(file + ": \"" + match.group() + "\"");
                }
            }
        }
        return found;
    }

    @Test
    void theListCatchesWhatItShould() throws IOException {
        List<Pattern> unkind = unkindWords("en");
        for (String unkindCopy : List.of("You failed today.", "A FAILURE", "Your streak lost its flame",
                "Time to start   over", "This is a relapse.", "Reset to zero")) {
            assertThat(unkind).as(unkindCopy).anyMatch(word -> word.matcher(unkindCopy).find());
        }
        for (String kindCopy : List.of("A slip, said honestly.", "Nothing is erased.", "Start small today.")) {
            assertThat(unkind).as(kindCopy).noneMatch(word -> word.matcher(kindCopy).find());
        }
        List<Pattern> spanish = unkindWords("es");
        for (String unkindCopy : List.of("Fracasaste hoy.", "Esto es una RECAÍDA.", "Recayó ayer.", "Vuelta   a cero")) {
            assertThat(spanish).as(unkindCopy).anyMatch(word -> word.matcher(unkindCopy).find());
        }
        for (String kindCopy : List.of("Un desliz, dicho con honestidad.", "Nada se borra.", "Empieza con algo pequeño.")) {
            assertThat(spanish).as(kindCopy).noneMatch(word -> word.matcher(kindCopy).find());
        }
    }

    /** Templates, JavaScript and data files whole; Java by its string literals only, since names and comments are not copy. */
    private static String copyIn(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!file.toString().endsWith(".java") && !file.toString().endsWith(".js")) {
            return text;
        }
        StringBuilder literals = new StringBuilder();
        Matcher literal = LITERAL.matcher(text);
        while (literal.find()) {
            literals.append(literal.group(1) != null ? literal.group(1) : literal.group(2)).append('\n');
        }
        return literals.toString();
    }

    /** English copy is every file not marked with another language; another language's copy is its marked files. */
    private static List<Path> copyFiles(String language) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(APP, CORE)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(ToneTest::isCopy)
                        .filter(file -> language.equals(languageOf(file))).forEach(files::add);
            }
        }
        if (language.equals(Catalog.ENGLISH)) {
            assertThat(files).as("files with copy").anyMatch(f -> f.toString().endsWith("today.jte"))
                    .anyMatch(f -> f.toString().endsWith("questions.tsv")).anyMatch(f -> f.toString().endsWith(".java"))
                    .anyMatch(f -> f.toString().endsWith("crisis-resources.tsv"));
        }
        return files;
    }

    private static String languageOf(Path file) {
        Matcher marked = MARKED.matcher(file.getFileName().toString());
        return marked.matches() ? marked.group(1) : Catalog.ENGLISH;
    }

    private static boolean isCopy(Path file) {
        String name = file.getFileName().toString();
        return (name.endsWith(".jte") || name.endsWith(".java") || name.endsWith(".tsv") || name.endsWith(".js")
                || name.endsWith(".properties")) && !file.toString().contains("db" + java.io.File.separator + "migration");
    }

    private static List<Pattern> unkindWords(String language) throws IOException {
        String list = language.equals(Catalog.ENGLISH) ? "/tone/unkind-words.txt" : "/tone/unkind-words_" + language + ".txt";
        try (InputStream in = ToneTest.class.getResourceAsStream(list)) {
            assertThat(in).as("the list of unkind words in %s", language).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(ToneTest::pattern).toList();
        }
    }

    /** "start over" as \bstart\s+over\b; "fail*" as \bfail\w*. */
    private static Pattern pattern(String entry) {
        boolean open = entry.endsWith("*");
        String words = open ? entry.substring(0, entry.length() - 1) : entry;
        String body = Stream.of(words.toLowerCase(Locale.ROOT).split("\\s+")).map(Pattern::quote)
                .reduce((a, b) -> a + "\\s+" + b).orElseThrow();
        return Pattern.compile("\\b" + body + (open ? "\\w*" : "\\b"),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    }
}
