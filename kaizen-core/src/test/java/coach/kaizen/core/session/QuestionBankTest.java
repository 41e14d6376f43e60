package coach.kaizen.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuestionBankTest {

    private static final QuestionBank BANK = shipped();

    private static QuestionBank shipped() {
        try (var in = QuestionBank.class.getResourceAsStream(QuestionBank.FILE)) {
            return QuestionBank.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theBankHasAtLeastEightyDistinctQuestionsCoveringEveryPracticeAndSituation() {
        List<Question> all = BANK.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(80);
        assertThat(all.stream().map(Question::id).distinct()).hasSameSizeAs(all);
        assertThat(all.stream().map(Question::text).distinct()).hasSameSizeAs(all);
        for (Practice practice : Practice.values()) {
            assertThat(all.stream().filter(q -> q.practice() == practice).count()).as(practice.code())
                    .isGreaterThanOrEqualTo(10);
        }
        for (Situation situation : Situation.values()) {
            assertThat(all.stream().filter(q -> q.fits(situation)).count()).as(situation.code())
                    .isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void noQuestionScolds() {
        // Shaming words are checked for all copy, these questions included, by the app's ToneTest.
        Set<String> unkind = Set.of("should", "must");
        for (Question question : BANK.all()) {
            String text = question.text().toLowerCase(Locale.ROOT);
            assertThat(unkind).as(question.id()).noneMatch(text::contains);
            assertThat(text).as(question.id()).endsWith("?").doesNotContain("!");
        }
    }

    @Test
    void thePickFitsTheSituationThatMattersMost() {
        Question afterSlip = BANK.pick(Set.of(Situation.GOOD_RUN, Situation.AFTER_SLIP), true, Set.of(), 7).orElseThrow();
        assertThat(afterSlip.situations()).contains(Situation.AFTER_SLIP);
        Question plain = BANK.pick(Set.of(), false, Set.of(), 7).orElseThrow();
        assertThat(plain.anyDay()).isTrue();
    }

    @Test
    void someoneWithNoStepIsAskedNothingAboutOneAndInRecoveryAlsoAboutRecovery() {
        Set<Practice> asked = EnumSet.noneOf(Practice.class);
        for (long seed = 0; seed < 200; seed++) {
            for (boolean recovering : new boolean[] {false, true}) {
                Question question = BANK.pick(Set.of(Situation.NO_STEP), recovering, Set.of(), seed).orElseThrow();
                assertThat(question.fits(Situation.NO_STEP)).as(question.id()).isTrue();
                assertThat(question.text()).as(question.id()).doesNotContain("your step");
                assertThat(recovering || question.practice() != Practice.RECOVERY).as(question.id()).isTrue();
                if (recovering) {
                    asked.add(question.practice());
                }
            }
        }
        assertThat(asked).as("a person in recovery with no step yet").contains(Practice.RECOVERY);
    }

    @Test
    void recoveryQuestionsGoOnlyToPeopleInRecovery() {
        for (long seed = 0; seed < 200; seed++) {
            assertThat(BANK.pick(Set.of(Situation.FIRST_WEEK), false, Set.of(), seed).orElseThrow().practice())
                    .isNotEqualTo(Practice.RECOVERY);
        }
    }

    @Test
    void noQuestionComesBackWithinTwoWeeksOfDailyAsking() {
        for (Situation situation : Situation.values()) {
            List<String> asked = new java.util.ArrayList<>();
            for (int day = 0; day < 60; day++) {
                Set<String> recent = new HashSet<>(asked.subList(Math.max(0, asked.size() - 13), asked.size()));
                Question question = BANK.pick(Set.of(situation), true, recent, day * 31L).orElseThrow();
                assertThat(recent).doesNotContain(question.id());
                asked.add(question.id());
            }
        }
    }

    @Test
    void whenEveryFittingQuestionWasAskedThereIsNoQuestion() {
        Set<String> everyOther = BANK.all().stream().filter(q -> q.practice() != Practice.RECOVERY)
                .map(Question::id).collect(Collectors.toSet());
        assertThat(BANK.pick(Set.of(Situation.GOOD_RUN), false, everyOther, 3)).isEmpty();
        assertThat(BANK.pick(Set.of(Situation.GOOD_RUN), true, everyOther, 3)).get()
                .extracting(Question::practice).isEqualTo(Practice.RECOVERY);
    }

    @Test
    void aBadLineNamesWhatIsWrong() {
        assertThatThrownBy(() -> QuestionBank.parse("a\tshrink\tany")).hasMessageContaining("4 tab-separated");
        assertThatThrownBy(() -> QuestionBank.parse("a\tjuggling\tany\tWhy?")).hasMessageContaining("juggling");
        assertThatThrownBy(() -> QuestionBank.parse("a\tshrink\tmonday\tWhy?")).hasMessageContaining("monday");
        assertThat(QuestionBank.parse("a\tone-percent\tany,plateau\tWhy?").situations())
                .containsExactly(Situation.PLATEAU);
        assertThat(Arrays.stream(Practice.values()).map(Practice::code)).contains("one-percent");
    }

    @Test
    void everyQuestionHasItsSpanishWordsAndEverySpanishLineAQuestion() throws IOException {
        Map<String, String> spanish;
        List<String> lines;
        try (var in = QuestionBank.class.getResourceAsStream(QuestionBank.file("es"))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            spanish = QuestionBank.texts(lines);
        }
        List<String> ids = BANK.all().stream().map(Question::id).toList();
        assertThat(spanish.keySet()).as("ids in questions_es.tsv, in order").containsExactlyElementsOf(ids);
        assertThat(lines).hasSameSizeAs(ids);
        assertThat(spanish.values()).allSatisfy(text -> assertThat(text).isNotBlank().hasSizeLessThanOrEqualTo(
                Question.MAX_TEXT));
        assertThat(spanish.values().stream().distinct()).hasSameSizeAs(ids);
    }

    @Test
    void aBankSaidInAnotherLanguagePicksTheSameQuestionsInItsWords() {
        QuestionBank said = BANK.saying(Map.of("shrink-smaller-still", "¿Y a la mitad?"));
        assertThat(said.find("shrink-smaller-still").map(Question::text)).contains("¿Y a la mitad?");
        assertThat(said.find("shrink-smaller-still").map(Question::situations))
                .isEqualTo(BANK.find("shrink-smaller-still").map(Question::situations));
        assertThat(said.all().stream().map(Question::id)).containsExactlyElementsOf(
                BANK.all().stream().map(Question::id).toList());
        for (long seed = 0; seed < 50; seed++) {
            assertThat(said.pick(Set.of(Situation.values()[(int) (seed % Situation.values().length)]), seed % 2 == 0,
                    Set.of(), seed).map(Question::id))
                    .isEqualTo(BANK.pick(Set.of(Situation.values()[(int) (seed % Situation.values().length)]),
                            seed % 2 == 0, Set.of(), seed).map(Question::id));
        }
        assertThatThrownBy(() -> QuestionBank.texts(List.of("an-id-without-words"))).hasMessageContaining("an id");
    }
}
