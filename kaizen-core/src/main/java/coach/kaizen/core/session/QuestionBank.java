package coach.kaizen.core.session;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The questions we wrote, and how one is picked for the person's day. */
public final class QuestionBank {

    /** A question is not asked again within this many days. */
    public static final int REPEAT_AFTER_DAYS = 14;
    /** The bank we ship, beside this class on the classpath. */
    public static final String FILE = "questions.tsv";
    private static final String ANY_DAY = "any";

    /** The bank's words in another language, beside this class: {@code questions_es.tsv}, id and text a line. */
    public static String file(String language) {
        return "questions_" + language + ".tsv";
    }

    private final List<Question> questions;
    private final Map<String, Question> byId;

    public QuestionBank(List<Question> questions) {
        this.questions = List.copyOf(questions);
        this.byId = questions.stream().collect(Collectors.toUnmodifiableMap(Question::id, Function.identity()));
    }

    /** The bank from its file's lines (see {@link #FILE}). */
    public static QuestionBank of(List<String> lines) {
        return new QuestionBank(lines.stream().map(QuestionBank::parse).toList());
    }

    /** One line: id, practice, situations (comma-separated, {@code any} for any day) and text, tab-separated. */
    static Question parse(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 4) {
            throw new IllegalArgumentException("a question line has 4 tab-separated fields: " + line);
        }
        Practice practice = Practice.ofCode(fields[1])
                .orElseThrow(() -> new IllegalArgumentException("unknown practice " + fields[1]));
        Set<Situation> situations = EnumSet.noneOf(Situation.class);
        boolean anyDay = false;
        for (String code : fields[2].split(",")) {
            if (code.equals(ANY_DAY)) {
                anyDay = true;
            } else {
                situations.add(Situation.ofCode(code)
                        .orElseThrow(() -> new IllegalArgumentException("unknown situation " + code)));
            }
        }
        if (fields[3].isBlank() || fields[3].length() > Question.MAX_TEXT) {
            throw new IllegalArgumentException("a question's text is 1 to 140 characters: " + fields[0]);
        }
        return new Question(fields[0], practice, situations, anyDay, fields[3]);
    }

    /**
     * Each question's words in another language, by id, from its file's lines (id and text,
     * tab-separated, as {@link #file(String)} names it).
     */
    public static Map<String, String> texts(List<String> lines) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String line : lines) {
            String[] fields = line.split("\t", -1);
            if (fields.length != 2 || fields[1].isBlank()) {
                throw new IllegalArgumentException("a translated question line has an id and a text: " + line);
            }
            texts.put(fields[0], fields[1]);
        }
        return texts;
    }

    /**
     * The same bank, the same questions in the same order (so the same pick), said with
     * {@code texts}; a question without words there keeps its own.
     */
    public QuestionBank saying(Map<String, String> texts) {
        return new QuestionBank(questions.stream().map(question -> new Question(question.id(), question.practice(),
                question.situations(), question.anyDay(), texts.getOrDefault(question.id(), question.text()))).toList());
    }

    public List<Question> all() {
        return questions;
    }

    public Optional<Question> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * A question for the day: not asked in the last 14 days, about recovery only for a person in
     * recovery, written for the situation that matters most now, else for any day. {@code seed}
     * (the person and the day) makes the pick the same all day and different from day to day.
     */
    public Optional<Question> pick(Set<Situation> now, boolean recovering, Set<String> askedRecently, long seed) {
        List<Question> open = questions.stream()
                .filter(question -> !askedRecently.contains(question.id()))
                .filter(question -> recovering || question.practice() != Practice.RECOVERY)
                .toList();
        List<Question> fitting = Arrays.stream(Situation.values()).filter(now::contains)
                .map(situation -> open.stream().filter(question -> question.fits(situation)).toList())
                .filter(list -> !list.isEmpty())
                .findFirst()
                .orElseGet(() -> open.stream().filter(Question::anyDay).toList());
        List<Question> from = fitting.isEmpty() ? open : fitting;
        return from.isEmpty() ? Optional.empty() : Optional.of(from.get((int) Math.floorMod(seed, (long) from.size())));
    }

}
