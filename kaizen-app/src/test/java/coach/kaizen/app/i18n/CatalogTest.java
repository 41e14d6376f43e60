package coach.kaizen.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.core.text.Message;
import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every language says every message, each pattern reads, and no template holds words of its own. */
class CatalogTest {

    private static final Path TEMPLATES = Path.of("src", "main", "jte");
    /** Words a person reads, left in a template once the jte code and the markup are taken out. */
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}");
    private static final Pattern READ_ATTRIBUTE = Pattern.compile(
            "\\s(?:title|aria-label|placeholder|alt)=\"([^\"]*)\"");

    private final Catalog catalog = Catalog.shipped();

    @Test
    void everyLanguageHasEveryKeyAndNoOther() {
        Set<String> english = new TreeSet<>(Catalog.messages(Catalog.ENGLISH).keySet());
        assertThat(catalog.languages()).containsKeys("en", "es");
        for (String language : catalog.languages().keySet()) {
            Set<String> own = new TreeSet<>(Catalog.messages(language).keySet());
            assertThat(difference(english, own)).as("keys in English and not in %s", language).isEmpty();
            assertThat(difference(own, english)).as("keys in %s and not in English", language).isEmpty();
        }
    }

    /** Each pattern reads as ICU's; picocli's own descriptions (cli.help.*) are picocli's to format. */
    @Test
    void everyPatternReads() {
        for (String language : catalog.languages().keySet()) {
            Catalog.messages(language).forEach((key, pattern) -> {
                if (!key.startsWith("cli.help.")) {
                    assertThat(new MessageFormat(pattern, Locale.forLanguageTag(language)).toPattern()).as(key)
                            .isNotNull();
                }
            });
        }
    }

    @Test
    void pluralsAndDaysFollowTheLanguage() {
        Texts spanish = catalog.texts("es");
        assertThat(spanish.day(java.time.LocalDate.of(2026, 12, 5))).isEqualTo("sábado 5 de diciembre");
        assertThat(catalog.texts("en").day(java.time.LocalDate.of(2026, 12, 5))).isEqualTo("Saturday 5 December");
        assertThat(spanish.hour(0)).isEqualTo("medianoche");
        assertThat(catalog.texts("en").hour(15)).isEqualTo("3 pm");
        assertThat(spanish.hour(3)).isEqualTo("3 de la madrugada");
        assertThat(spanish.hour(9)).isEqualTo("9 de la mañana");
        assertThat(spanish.hour(17)).isEqualTo("5 de la tarde");
        assertThat(spanish.hour(23)).isEqualTo("11 de la noche");
        assertThat(spanish.month(java.time.YearMonth.of(2026, 9))).isEqualTo("septiembre de 2026");
        assertThat(catalog.texts("en").month(java.time.YearMonth.of(2026, 9))).isEqualTo("September 2026");
        // A week still going, before a step's first day of it: no "done on 0 of 0 days".
        assertThat(catalog.texts("en").t("insights.review.step.HELD.soFar", "Walk", 0, 0, "5 minutes", "5 minutes"))
                .isEqualTo("“Walk”: no day of it yet this week; it is at 5 minutes.");
        assertThat(catalog.texts("en").t("insights.review.step.HELD", "Walk", 3, 4, "5 minutes", "5 minutes"))
                .isEqualTo("“Walk”: done on 3 of 4 days; it held at 5 minutes.");
        assertThat(spanish.t("insights.review.step.HELD.soFar", "Nadar", 0, 0, "2 largos", "2 largos"))
                .isEqualTo("«Nadar»: aún ningún día suyo esta semana; está en 2 largos.");
        assertThat(spanish.t("insights.review.step.HELD", "Nadar", 0, 0, "2 largos", "2 largos"))
                .as("a week over").isEqualTo("«Nadar»: ningún día suyo esa semana; estaba en 2 largos.");
        assertThat(catalog.guess("fr-FR,es;q=0.8,en;q=0.5")).contains("es");
        assertThat(catalog.guess("fr-FR")).isEmpty();
        assertThat(catalog.texts("fr")).isSameAs(catalog.texts("en"));
    }

    /** A refusal on a page is a sentence: it ends in a full stop, where the API's detail has none. */
    @Test
    void aRefusalOnAPageEndsAsASentence() {
        Message smaller = Message.of("engine.problem.smallerSize", 1, 6);
        assertThat(catalog.texts("en").say(smaller)).isEqualTo("a smaller size can be from 1 to 6 today");
        assertThat(catalog.texts("en").sayOnPage(smaller)).isEqualTo("A smaller size can be from 1 to 6 today.");
        assertThat(catalog.texts("es").sayOnPage(smaller)).endsWith("hoy.");
        Message field = Message.of("problem.required", "title");
        assertThat(catalog.texts("en").sayOnPage(field)).isEqualTo("“What do you want to improve?” is required.");
        assertThat(catalog.texts("en").fieldOf(field)).as("the field to mark on the form").isEqualTo("title");
        assertThat(catalog.texts("en").fieldOf(smaller)).as("a number names no field").isNull();
        assertThat(catalog.texts("en").fieldOf(Message.of("problem.required", "not a field"))).isNull();
        assertThat(catalog.texts("en").fieldOf(Message.of("steps.problem.unit"))).as("a key ending in its field")
                .isEqualTo("unit");
        assertThat(catalog.texts("en").fieldOf(Message.of("problem.username"))).isEqualTo("username");
        for (String language : catalog.languages().keySet()) {
            Catalog.messages(language).forEach((key, pattern) -> assertThat(key.endsWith(".page") && !pattern.matches(
                    "(?s).*[.?!]$")).as("%s in %s is a sentence on a page", key, language).isFalse());
        }
    }

    /** Days in a refusal say their years when they are not all in one, as "today" beside a day next year. */
    @Test
    void daysInARefusalSayTheirYearWhenTheyCrossOne() {
        assertThat(catalog.texts("en").sayOnPage(Message.of("aims.problem.counterFrom", "2026-12-08", "2030-01-01")))
                .isEqualTo("The counter can count from today (Tuesday 8 December 2026) or an earlier day, "
                        + "not Tuesday 1 January 2030.");
        assertThat(catalog.texts("en").sayOnPage(Message.of("aims.problem.counterFrom", "2026-12-08", "2026-12-09")))
                .isEqualTo("The counter can count from today (Tuesday 8 December) or an earlier day, "
                        + "not Wednesday 9 December.");
        assertThat(catalog.texts("en").sayOnPage(Message.of("aims.problem.counterFrom", "2026-12-08", "2026-02-30")))
                .as("no such day: as written").endsWith("not 2026-02-30.");
    }

    @Test
    void noTemplateHoldsWordsOutsideTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(TEMPLATES)) {
            for (Path file : walk.filter(path -> path.toString().endsWith(".jte")).toList()) {
                String markup = Templates.markupOf(Files.readString(file, StandardCharsets.UTF_8));
                Matcher attribute = READ_ATTRIBUTE.matcher(markup);
                while (attribute.find()) {
                    words(attribute.group(1)).forEach(word -> found.add(file + ": attribute \"" + word + "\""));
                }
                words(Templates.textOf(markup)).forEach(word -> found.add(file + ": \"" + word + "\""));
            }
        }
        assertThat(found).as("words in templates, not in the bundles").isEmpty();
    }

    /** A template that falls back to English words would speak English inside a Spanish page. */
    @Test
    void noTemplateDefaultsToOneLanguage() throws IOException {
        try (Stream<Path> walk = Files.walk(TEMPLATES)) {
            for (Path file : walk.filter(path -> path.toString().endsWith(".jte")).toList()) {
                assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.toString())
                        .doesNotContain("Catalog.ENGLISH").doesNotContain("texts(\"en\")");
            }
        }
    }

    @Test
    void theTemplateReaderFindsWordsAndOnlyWords() {
        String template = """
                @import a.B
                @param B frame
                @template.layout(frame = frame, title = frame.t("x"), content = @`
                    <h1 class="big">${frame.t("a", b.c("d"))}</h1>
                    @if(x.y("z"))<p title="Hello">Stray words</p>@elseif(q)&middot;@endif
                    <!-- a comment -->
                    @for(int i = 0; i < 3; i++)<b>${i}</b>@endfor
                `)
                """;
        String markup = Templates.markupOf(template);
        assertThat(words(Templates.textOf(markup))).containsExactly("Stray", "words");
        Matcher attribute = READ_ATTRIBUTE.matcher(markup);
        assertThat(attribute.find()).isTrue();
        assertThat(attribute.group(1)).isEqualTo("Hello");
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORDS.matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> left = new TreeSet<>(a);
        left.removeAll(b);
        return left;
    }
}
