package coach.kaizen.core.session;

import static coach.kaizen.core.session.Part.ARRIVE;
import static coach.kaizen.core.session.Part.CLOSE;
import static coach.kaizen.core.session.Part.EXPERIMENT;
import static coach.kaizen.core.session.Part.LOOK_BACK;
import static coach.kaizen.core.session.Part.OBSTACLE;
import static coach.kaizen.core.session.Part.QUESTION;
import static coach.kaizen.core.session.Part.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SessionRulesTest {

    private static final LocalDate TODAY_ = LocalDate.of(2026, 11, 21);
    private static final Set<Part> OPTIONAL = EnumSet.of(QUESTION, OBSTACLE, EXPERIMENT);

    @Test
    void anOrdinaryDayHasTheQuestionBetweenTodayAndTheClose() {
        assertThat(SessionRules.parts(new SessionFacts(false, false, false, true, false, false)))
                .containsExactly(ARRIVE, TODAY, QUESTION, CLOSE);
    }

    @Test
    void lookBackComesOnlyWhenSomeDayIsUnsaid() {
        assertThat(SessionRules.parts(new SessionFacts(false, false, true, true, false, false)))
                .containsExactly(ARRIVE, LOOK_BACK, TODAY, QUESTION, CLOSE);
    }

    @Test
    void whenAllThreeAreDueTheObstacleWaitsForAnotherDay() {
        assertThat(SessionRules.parts(new SessionFacts(false, false, false, true, true, true)))
                .containsExactly(ARRIVE, TODAY, QUESTION, EXPERIMENT, CLOSE);
    }

    @Test
    void theObstacleAndTheQuestionFitOneDay() {
        assertThat(SessionRules.parts(new SessionFacts(false, false, false, true, true, false)))
                .containsExactly(ARRIVE, TODAY, QUESTION, OBSTACLE, CLOSE);
    }

    @Test
    void aHardDayKeepsOnlyTheQuestion() {
        assertThat(SessionRules.parts(new SessionFacts(true, false, true, true, true, true)))
                .containsExactly(ARRIVE, LOOK_BACK, TODAY, QUESTION, CLOSE);
        assertThat(SessionRules.parts(new SessionFacts(true, false, false, false, true, true)))
                .containsExactly(ARRIVE, TODAY, CLOSE);
    }

    @Test
    void aPersonWhoIsNotSafeIsAskedNothingToReflectOn() {
        assertThat(SessionRules.parts(new SessionFacts(true, true, true, true, true, true)))
                .containsExactly(ARRIVE, LOOK_BACK, TODAY, CLOSE);
    }

    @Property
    void neverMoreThanTwoOptionalPartsAndAlwaysArriveTodayAndClose(@ForAll boolean hard, @ForAll boolean notSafe,
            @ForAll boolean lookBack, @ForAll boolean question, @ForAll boolean obstacle, @ForAll boolean verdict) {
        var parts = SessionRules.parts(new SessionFacts(hard || notSafe, notSafe, lookBack, question, obstacle,
                verdict));
        assertThat(parts.stream().filter(OPTIONAL::contains).count()).isLessThanOrEqualTo(2);
        assertThat(parts).contains(ARRIVE, TODAY, CLOSE).isSorted();
        assertThat(parts.get(parts.size() - 1)).isEqualTo(CLOSE);
        if (hard || notSafe) {
            assertThat(parts).doesNotContain(OBSTACLE, EXPERIMENT);
        }
        if (notSafe) {
            assertThat(parts).doesNotContainAnyElementsOf(OPTIONAL);
        } else if (question) {
            assertThat(parts).contains(QUESTION);
        }
    }

    @Test
    void anObstacleComesUpWhenNeededButNotTwiceInAWeek() {
        assertThat(SessionRules.obstacleDue(TODAY_, null, true)).isTrue();
        assertThat(SessionRules.obstacleDue(TODAY_, TODAY_.minusDays(6), true)).isFalse();
        assertThat(SessionRules.obstacleDue(TODAY_, TODAY_.minusDays(7), true)).isTrue();
        assertThat(SessionRules.obstacleDue(TODAY_, null, false)).isFalse();
    }
}
