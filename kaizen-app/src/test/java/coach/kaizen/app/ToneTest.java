package coach.kaizen.app;

import static org.assertj.core.api.Assertions.assertThat;

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
 * word. The words live in one file, tone/unkind-words.txt.
 */
class ToneTest {

    private static final Path APP = Path.of("src", "main");
    private static final Path CORE = Path.of("..", "kaizen-core", "src", "main");
    /** A Java or JavaScript string literal, or a Java text block: where a person's words are. */
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);

    @Test
    void noCopyUsesAnUnkindWord() throws IOException {
        List<Pattern> unkind = unkindWords();
        List<String> found = new ArrayList<>();
        for (Path file : copyFiles()) {
            String copy = copyIn(file);
            for (Pattern word : unkind) {
                Matcher match = word.matcher(copy);
                if (match.find()) {
                    found.add(file + ": \"" + match.group() + "\"");
                }
            }
        }
        assertThat(found).as("unkind words in the product's copy").isEmpty();
    }

    @Test
    void theListCatchesWhatItShould() throws IOException {
        List<Pattern> unkind = unkindWords();
        for (String unkindCopy : List.of("You failed today.", "A FAILURE", "Your streak lost its flame",
                "Time to start   over", "This is a relapse.", "Reset to zero")) {
            assertThat(unkind).as(unkindCopy).anyMatch(word -> word.matcher(unkindCopy).find());
        }
        for (String kindCopy : List.of("A slip, said honestly.", "Nothing is erased.", "Start small today.")) {
            assertThat(unkind).as(kindCopy).noneMatch(word -> word.matcher(kindCopy).find());
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

    private static List<Path> copyFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(APP, CORE)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(ToneTest::isCopy).forEach(files::add);
            }
        }
        assertThat(files).as("files with copy").anyMatch(f -> f.toString().endsWith("today.jte"))
                .anyMatch(f -> f.toString().endsWith("questions.tsv")).anyMatch(f -> f.toString().endsWith("Close.java"))
                .anyMatch(f -> f.toString().endsWith("crisis-resources.tsv"));
        return files;
    }

    private static boolean isCopy(Path file) {
        String name = file.getFileName().toString();
        return (name.endsWith(".jte") || name.endsWith(".java") || name.endsWith(".tsv") || name.endsWith(".js"))
                && !file.toString().contains("db" + java.io.File.separator + "migration");
    }

    private static List<Pattern> unkindWords() throws IOException {
        try (InputStream in = ToneTest.class.getResourceAsStream("/tone/unkind-words.txt")) {
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
        return Pattern.compile("\\b" + body + (open ? "\\w*" : "\\b"), Pattern.CASE_INSENSITIVE);
    }
}
