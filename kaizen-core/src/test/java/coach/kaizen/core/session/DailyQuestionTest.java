package coach.kaizen.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimKind;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DailyQuestionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final List<Aim> BUILDING = List.of(new Aim(1, "Move", AimKind.BUILD, null));
    private static final List<Aim> RECOVERING = List.of(new Aim(1, "Move", AimKind.BUILD, null),
            new Aim(2, "Less wine", AimKind.RECOVER, null));
    private static final QuestionBank BANK = new QuestionBank(List.of(
            question("any-1", Practice.SHRINK, Set.of()),
            question("any-2", Practice.PROCESS, Set.of()),
            question("slip-1", Practice.RECOVERY, Set.of(Situation.AFTER_SLIP)),
            question("slip-2", Practice.SHRINK, Set.of(Situation.AFTER_SLIP))));

    private static Question question(String id, Practice practice, Set<Situation> situations) {
        return new Question(id, practice, situations, situations.isEmpty(), id + "?");
    }

    @Test
    void questionsAskedInTheLastTwoWeeksTodayIncludedAreNotAskedAgain() {
        assertThat(DailyQuestion.askedSince(TODAY)).isEqualTo(TODAY.minusDays(QuestionBank.REPEAT_AFTER_DAYS - 1));
    }

    @Test
    void thePickedQuestionStaysAllDayWhateverChanged() {
        DailySession picked = DailySession.fresh(TODAY).arrived(List.of(Part.ARRIVE, Part.CLOSE), "any-2");
        assertThat(DailyQuestion.of(picked, 7, BANK, Set.of(Situation.AFTER_SLIP), RECOVERING, Set.of("any-2")))
                .isEqualTo("any-2");
    }

    @Test
    void thePickIsTheSameAllDayAndNotAlwaysTheSameFromDayToDay() {
        Set<String> picks = new HashSet<>();
        for (int day = 0; day < 20; day++) {
            DailySession session = DailySession.fresh(TODAY.plusDays(day));
            String first = DailyQuestion.of(session, 7, BANK, Set.of(), BUILDING, Set.of());
            assertThat(DailyQuestion.of(session, 7, BANK, Set.of(), BUILDING, Set.of())).isEqualTo(first);
            picks.add(first);
        }
        assertThat(picks).containsExactlyInAnyOrder("any-1", "any-2");
    }

    @Test
    void aboutRecoveryOnlyWhenAnAimIsARecovery() {
        DailySession session = DailySession.fresh(TODAY);
        Set<String> asked = Set.of("slip-2");
        assertThat(DailyQuestion.of(session, 7, BANK, Set.of(Situation.AFTER_SLIP), RECOVERING, asked))
                .isEqualTo("slip-1");
        assertThat(DailyQuestion.of(session, 7, BANK, Set.of(Situation.AFTER_SLIP), BUILDING, asked))
                .startsWith("any-");
    }

    @Test
    void noneLeftWhenEveryQuestionWasAskedLately() {
        assertThat(DailyQuestion.of(DailySession.fresh(TODAY), 7, BANK, Set.of(), RECOVERING,
                Set.of("any-1", "any-2", "slip-1", "slip-2"))).isNull();
    }
}
