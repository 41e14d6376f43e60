package coach.kaizen.core.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Refused;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Aim NO_COUNTER = new Aim(1, "Less wine", AimKind.RECOVER, null);
    private static final Aim COUNTER = new Aim(1, "Less wine", AimKind.RECOVER, null, TODAY.minusDays(30));

    @Test
    void theTallyCountsEveryWinAndNamesToday() {
        List<RecoveryAction> actions = List.of(
                action(TODAY.minusDays(3), RecoveryActionKind.BOUNDARY, null),
                action(TODAY, RecoveryActionKind.BREATHING, null),
                action(TODAY, RecoveryActionKind.OWN, "Went to bed early"));
        List<Urge> urges = List.of(urge(1, TODAY.minusDays(1), 8, "payday", true),
                urge(2, TODAY, 6, "a row", true), urge(3, TODAY, 9, "a row", false));

        RecoveryTally tally = RecoveryTally.of(NO_COUNTER, actions, urges, List.of(), TODAY);

        assertThat(tally.actions()).isEqualTo(3);
        assertThat(tally.urgesPassed()).isEqualTo(2);
        assertThat(tally.urges()).isEqualTo(3);
        assertThat(tally.votes()).isEqualTo(5);
        // Said in English: "A minute of breathing before reacting", "Went to bed early", "An urge that passed (6 of 10)".
        assertThat(tally.todaysWins()).containsExactly(Message.of("recovery.win.breathing"),
                Message.of("recovery.win.own", "Went to bed early"), Message.of("recovery.win.urgePassed", 6));
        assertThat(tally.daysSince()).isNull();
    }

    @Test
    void theCounterIsOffUntilTurnedOnAndCountsFromTheLatestSlip() {
        assertThat(RecoveryTally.of(COUNTER, List.of(), List.of(), List.of(), TODAY).daysSince()).isEqualTo(30);
        RecoveryTally afterSlip = RecoveryTally.of(COUNTER, List.of(), List.of(),
                List.of(TODAY.minusDays(40), TODAY.minusDays(4), TODAY.minusDays(12)), TODAY);
        assertThat(afterSlip.daysSince()).isEqualTo(4);
        assertThat(afterSlip.countingFrom()).isEqualTo(TODAY.minusDays(4));
    }

    @Test
    void aSlipNeverLowersTheLifetimeTotals() {
        List<RecoveryAction> actions = List.of(action(TODAY.minusDays(2), RecoveryActionKind.HONEST_TALK, null));
        List<Urge> urges = List.of(urge(1, TODAY.minusDays(2), 5, null, true));
        RecoveryTally before = RecoveryTally.of(COUNTER, actions, urges, List.of(), TODAY);
        RecoveryTally after = RecoveryTally.of(COUNTER, actions, urges, List.of(TODAY), TODAY);
        assertThat(after.daysSince()).isZero();
        assertThat(after.actions()).isEqualTo(before.actions());
        assertThat(after.urgesPassed()).isEqualTo(before.urgesPassed());
    }

    @Test
    void recentTriggersAreNewestFirstAndEachOnce() {
        List<Urge> urges = List.of(urge(1, TODAY.minusDays(5), 3, "payday", true),
                urge(2, TODAY.minusDays(2), 3, "a row", true), urge(3, TODAY.minusDays(1), 3, "payday", true),
                urge(4, TODAY, 3, null, true));
        assertThat(Urge.recentTriggers(urges, 5)).containsExactly("payday", "a row");
        assertThat(Urge.recentTriggers(urges, 1)).containsExactly("payday");
    }

    @Test
    void badInputIsNamed() {
        // The words of each key, in every language, are checked in the app's RecoveryWordsTest.
        assertRefused(() -> new UrgeDraft(11, null, null, null, true), "recovery.problem.intensity");
        assertRefused(() -> new UrgeDraft(null, null, null, null, true), "recovery.problem.intensity");
        assertRefused(() -> new UrgeDraft(4, null, null, null, null), "recovery.problem.passed");
        assertRefused(() -> new RecoveryAction(0, 1, TODAY, null, null), "recovery.problem.kind");
        assertThatThrownBy(() -> new RecoveryAction(0, 1, TODAY, RecoveryActionKind.OWN, " "))
                .hasMessage("text is required");
        assertRefused(() -> new Slip(0, 1, new SlipDraft(TODAY, null, null, null, null), 11), "recovery.problem.confidence");
        assertRefused(() -> Slip.confidence(null), "recovery.problem.confidenceRequired");
        assertThatThrownBy(() -> new SlipDraft(null, null, null, null, null)).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.said()).isEqualTo(Message.of("problem.required", "date")));
        assertThatThrownBy(() -> new AimDraft("Move", AimKind.BUILD, null, TODAY))
                .hasMessageContaining("recovery aim");
        assertThatThrownBy(() -> new EarnedStrength(0, "", null)).hasMessage("strength is required");
    }

    @Test
    void aBuiltInWinKeepsNoStrayTextAndTheSafetyPlanTrims() {
        assertThat(new RecoveryAction(0, 1, TODAY, RecoveryActionKind.BOUNDARY, "ignored").text()).isNull();
        assertThat(new SafetyPlan(" ", "", null, null, null, null).isEmpty()).isTrue();
        assertThat(new SafetyPlan(null, " walk ", null, null, null, null).coping()).isEqualTo("walk");
        assertThat(new Slip(0, 1, new SlipDraft(TODAY, null, null, null, null), 5).lowConfidence()).isTrue();
        assertThat(new Slip(0, 1, new SlipDraft(TODAY, null, null, null, null), 6).lowConfidence()).isFalse();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable make, String key) {
        assertThatThrownBy(make).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.said()).isEqualTo(Message.of(key)));
    }

    private static RecoveryAction action(LocalDate day, RecoveryActionKind kind, String text) {
        return new RecoveryAction(0, 1, day, kind, text);
    }

    private static Urge urge(long id, LocalDate day, int intensity, String trigger, boolean passed) {
        return new Urge(id, 1, day, new UrgeDraft(intensity, trigger, null, null, passed));
    }
}
