package coach.kaizen.core.picture;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.progress.StepHistory;
import coach.kaizen.core.recovery.RecoveryAction;
import coach.kaizen.core.recovery.RecoveryActionKind;
import coach.kaizen.core.recovery.RecoveryTally;
import coach.kaizen.core.recovery.Urge;
import coach.kaizen.core.recovery.UrgeDraft;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.text.Message;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VoteSeriesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
    private static final long AIM = 3;

    /** The aim's step: done two days before, then done, missed, done, nothing, a slip. */
    private static final List<StepHistory> STEPS = List.of(
            history(AIM, on(-2, Outcome.DONE), on(0, Outcome.DONE), on(1, Outcome.MISSED), on(2, Outcome.DONE),
                    on(4, Outcome.SLIP)),
            // Another aim's step casts no vote here.
            history(9, on(0, Outcome.DONE), on(1, Outcome.DONE)));
    private static final List<RecoveryAction> WINS = List.of(win(AIM, -1), win(AIM, 1), win(AIM, 1), win(AIM, 3),
            win(9, 3));
    private static final List<Urge> URGES = List.of(urge(2, true), urge(3, false), urge(3, true));

    /**
     * Recovery: day 0 a done step; day 1 two wins (the miss is no vote); day 2 a done step and an
     * urge that passed; day 3 a win and one of two urges; day 4 a slip, no vote. Before: a done
     * step and a win. A building aim counts its done steps alone.
     */
    static Stream<Arguments> aims() {
        return Stream.of(
                Arguments.of(AimKind.RECOVER, new int[] {1, 2, 2, 2, 0}, new int[] {3, 5, 7, 9, 9}),
                Arguments.of(AimKind.BUILD, new int[] {1, 0, 1, 0, 0}, new int[] {2, 2, 3, 3, 3}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aims")
    void votesDayByDayWithAllBeforeInTheTotal(AimKind kind, int[] votes, int[] totals) {
        Aim aim = new Aim(AIM, "Less wine", kind, "I am someone who keeps promises to myself");
        VoteSeries series = VoteSeries.of(aim, STEPS, WINS, URGES, MONDAY, MONDAY.plusDays(4));
        assertThat(series.days()).hasSize(5);
        for (int i = 0; i < votes.length; i++) {
            assertThat(series.days().get(i)).isEqualTo(new VoteSeries.Votes(MONDAY.plusDays(i), votes[i], totals[i]));
        }
    }

    @Test
    void theTotalIsTheSessionsCount() {
        Aim aim = new Aim(AIM, "Less wine", AimKind.RECOVER, "I am someone who keeps promises to myself");
        VoteSeries series = VoteSeries.of(aim, STEPS, WINS, URGES, MONDAY, MONDAY.plusDays(4));
        // As the close counts: done check-ins of the aim's steps, and the tally's votes.
        long done = STEPS.get(0).checkIns().stream().filter(checkIn -> checkIn.outcome() == Outcome.DONE).count();
        int tally = RecoveryTally.of(aim, WINS.subList(0, 4), URGES, List.of(), MONDAY.plusDays(4)).votes();
        assertThat(series.days().get(4).total()).isEqualTo(done + tally);
    }

    /**
     * What cast each day's votes, newest first: the done step by its action, then the wins in the
     * tally's words. Day 3's urge that stayed and day 4's slip are no votes, and a day without any
     * is left out; a building aim names its done steps alone.
     */
    static Stream<Arguments> ballots() {
        Message walk = Message.of("insights.votes.done", "Walk");
        Message breathing = RecoveryActionKind.BREATHING.words();
        Message passed = Message.of("recovery.win.urgePassed", 6);
        return Stream.of(
                Arguments.of(AimKind.RECOVER, List.of(
                        new VoteSeries.Ballot(MONDAY.plusDays(3), List.of(breathing, passed)),
                        new VoteSeries.Ballot(MONDAY.plusDays(2), List.of(walk, passed)),
                        new VoteSeries.Ballot(MONDAY.plusDays(1), List.of(breathing, breathing)),
                        new VoteSeries.Ballot(MONDAY, List.of(walk)))),
                Arguments.of(AimKind.BUILD, List.of(
                        new VoteSeries.Ballot(MONDAY.plusDays(2), List.of(walk)),
                        new VoteSeries.Ballot(MONDAY, List.of(walk)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ballots")
    void theDaysBehindTheVotesNameWhatCastThem(AimKind kind, List<VoteSeries.Ballot> expected) {
        Aim aim = new Aim(AIM, "Less wine", kind, "I am someone who keeps promises to myself");
        List<VoteSeries.Ballot> ballots = VoteSeries.ballots(aim, STEPS, WINS, URGES, MONDAY, MONDAY.plusDays(4));
        assertThat(ballots).isEqualTo(expected);
        // The evidence adds up to the votes the series draws.
        VoteSeries series = VoteSeries.of(aim, STEPS, WINS, URGES, MONDAY, MONDAY.plusDays(4));
        assertThat(ballots.stream().mapToInt(ballot -> ballot.votes().size()).sum())
                .isEqualTo(series.days().stream().mapToInt(VoteSeries.Votes::votes).sum());
    }

    private static CheckIn on(int day, Outcome outcome) {
        return new CheckIn(MONDAY.plusDays(day), outcome, null, null, null);
    }

    private static StepHistory history(long aimId, CheckIn... checkIns) {
        Step step = new Step(aimId, aimId, "Walk", Days.FIVE_MINUTES, null, Schedule.DAILY, MONDAY.minusDays(2));
        return new StepHistory(step, List.of(checkIns));
    }

    private static RecoveryAction win(long aimId, int day) {
        return new RecoveryAction(0, aimId, MONDAY.plusDays(day), RecoveryActionKind.BREATHING, null);
    }

    private static Urge urge(int day, boolean passed) {
        return new Urge(0, AIM, MONDAY.plusDays(day), new UrgeDraft(6, null, null, null, passed));
    }
}
