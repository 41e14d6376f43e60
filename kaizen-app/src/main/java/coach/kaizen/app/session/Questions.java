package coach.kaizen.app.session;

import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.core.session.QuestionBank;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The question bank shipped in kaizen-core, read here (the core itself does no I/O), and its words
 * in each language we ship: the same questions, picked the same way, said in the person's language.
 */
public final class Questions {

    private final QuestionBank bank;
    private final Map<String, QuestionBank> byLanguage;

    private Questions(QuestionBank bank, Map<String, QuestionBank> byLanguage) {
        this.bank = bank;
        this.byLanguage = Map.copyOf(byLanguage);
    }

    public static Questions standard() {
        QuestionBank bank = QuestionBank.of(lines(QuestionBank.FILE));
        Map<String, QuestionBank> byLanguage = new HashMap<>();
        for (String language : Catalog.shipped().languages().keySet()) {
            if (!language.equals(Catalog.ENGLISH)) {
                byLanguage.put(language, bank.saying(QuestionBank.texts(lines(QuestionBank.file(language)))));
            }
        }
        return new Questions(bank, byLanguage);
    }

    /** The bank in English, as written. */
    public QuestionBank bank() {
        return bank;
    }

    /** The bank said in {@code language}: English for a language without its own words. */
    public QuestionBank in(String language) {
        return byLanguage.getOrDefault(language, bank);
    }

    private static List<String> lines(String file) {
        try (InputStream in = QuestionBank.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
