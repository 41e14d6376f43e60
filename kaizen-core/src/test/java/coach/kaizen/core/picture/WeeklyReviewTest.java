package coach.kaizen.core.picture;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.core.picture.WeeklyReview.Change;
import coach.kaizen.core.picture.WeeklyReview.StepWeek;
import coach.kaizen.core.progress.Replay;
import coach.kaizen.core.recovery.RecoveryAction;
import coach.kaizen.core.recovery.RecoveryActionKind;
import coach.kaizen.core.recovery.Urge;
import coach.kaizen.core.recovery.UrgeDraft;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.text.Message;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WeeklyReviewTest {

    /** A Monday; the week before began on 25 May. */
    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);
    private static final LocalDate MAY_25 = JUNE_1.minusDays(7);
    private static final Sizing TWO_MINUTES = new Sizing(2, "minutes", 1, 1, null);
    /** A day when both weeks reviewed here are over. */
    private static final LocalDate AFTER = JUNE_1.plusDays(14);

    /**
     * Walk: done every day from 25 May, asked 2 minutes to 31 May, 3 from 1 June to 8 June, 4 from 9
     * June. Read: begun 1 June, done once, missed once (the coach then asks 2), excused once. Stretch: Mondays
     * and Thursdays. Swim: 3 in 7, one day excused. Floss: 2 in 3, begun Thursday 4 June. Cook:
     * begun after the week.
     */
    private static final List<Replay> STEPS = List.of(
            Days.replay(step("Walk", TWO_MINUTES, "daily", MAY_25), "DDDDDDD DDDDDDD DDDDDDD"),
            Days.replay(step("Read", Days.FIVE_MINUTES, "daily", JUNE_1), "D.MS..."),
            Days.replay(step("Stretch", Days.FIVE_MINUTES, "mon,thu", JUNE_1), "D..D"),
            Days.replay(step("Swim", Days.FIVE_MINUTES, "3/7", MAY_25), "....... D.D.S.D"),
            Days.replay(step("Floss", Days.FIVE_MINUTES, "2/3", JUNE_1.plusDays(3)), "DD.D"),
            Days.replay(step("Cook", Days.FIVE_MINUTES, "daily", JUNE_1.plusDays(7)), "D"));

    static Stream<Arguments> weeks() {
        return Stream.of(
                // Mon 1–Sun 7 June: Walk's days 7–13. Read ran 7 days, one excused. Swim ran 6 days:
                // 3 · 6/7 = 2.57, so 3. Floss ran Thu–Sun: 2 · 4/3 = 2.67, so 3.
                // Walk held at 3 all week; Swim and Floss, done on all their days, are asked 6 next.
                Arguments.of(DayOfWeek.MONDAY, JUNE_1, List.of("Walk 7/7 3→3", "Read 1/6 5→2", "Stretch 2/2 5→5",
                        "Swim 3/3 5→6", "Floss 3/3 5→6"), Message.of("insights.review.atSmallest", "Read", 1, 6,
                        minutes(2))),
                // Sun 31 May–Sat 6 June: Walk's days 6–12. Read ran 6 days, one excused. Swim: 3 · 6/7, so 3, done
                // twice. Floss ran Thu–Sat: 2 · 3/3 = 2.
                Arguments.of(DayOfWeek.SUNDAY, JUNE_1.minusDays(1), List.of("Walk 7/7 2→3", "Read 1/5 5→2",
                        "Stretch 2/2 5→5", "Swim 2/3 5→5", "Floss 2/2 5→5"), Message.of("insights.review.atSmallest",
                        "Read", 1, 5, minutes(2))));
    }

    @ParameterizedTest(name = "weeks from {0}")
    @MethodSource("weeks")
    void eachStepsDaysAndSizeOverTheWeek(DayOfWeek weekStart, LocalDate from, List<String> steps, Message suggestion) {
        List<RecoveryAction> wins = List.of(new RecoveryAction(0, 9, JUNE_1.plusDays(1), RecoveryActionKind.BOUNDARY,
                null));
        List<Urge> urges = List.of(new Urge(0, 9, JUNE_1.plusDays(2), new UrgeDraft(5, null, null, null, true)));
        WeeklyReview review = WeeklyReview.of(JUNE_1.plusDays(2), weekStart, AFTER, STEPS, wins, urges, List.of());
        assertThat(review.from()).isEqualTo(from);
        assertThat(review.to()).isEqualTo(from.plusDays(6));
        assertThat(review.steps()).extracting(WeeklyReviewTest::written).containsExactlyElementsOf(steps);
        assertThat(review.recovery()).isEqualTo(new RecoveryWeeks.Week(from, 1, 1, 1));
        assertThat(review.suggestion()).isEqualTo(suggestion);
    }

    @Test
    void aWeekWithNoDayDueIsAQuietWeek() {
        // Begun on Friday 5 June, for Mondays and Thursdays: nothing was due that week.
        Replay stretch = Days.replay(step("Stretch", Days.FIVE_MINUTES, "mon,thu", JUNE_1.plusDays(4)), "");
        WeeklyReview review = WeeklyReview.of(JUNE_1, DayOfWeek.MONDAY, AFTER, List.of(stretch), List.of(), List.of(),
                List.of());
        assertThat(review.steps()).extracting(WeeklyReviewTest::written).containsExactly("Stretch 0/0 5→5");
        assertThat(review.suggestion()).isEqualTo(Message.of("insights.review.quietWeek"));
    }

    @Test
    void aWeekStillGoingCountsTheDaysSoFarAndTodayOnceSaid() {
        // Read, as said by each day: done Monday, nothing said Tuesday, missed Wednesday, excused Thursday.
        WeeklyReview mondayMorning = readSoFar("", 0);
        assertThat(mondayMorning.steps()).extracting(WeeklyReviewTest::written).containsExactly("Read 0/0 5→5");
        assertThat(mondayMorning.suggestion()).isEqualTo(Message.of("insights.review.justBegun"));

        WeeklyReview monday = readSoFar("D", 0);
        assertThat(monday.steps()).extracting(WeeklyReviewTest::written).containsExactly("Read 1/1 5→5");
        assertThat(monday.suggestion()).as("one day is not yet a steady week")
                .isEqualTo(Message.of("insights.review.keepOnSoFar"));

        assertThat(readSoFar("D.MS", 3).steps()).extracting(WeeklyReviewTest::written)
                .as("after Wednesday's Not today, tomorrow asks 2, as Today does").containsExactly("Read 1/3 5→2");
        WeeklyReview saturday = readSoFar("D.MS.", 5);
        assertThat(saturday.steps()).extracting(WeeklyReviewTest::written).containsExactly("Read 1/4 5→2");
        assertThat(saturday.suggestion()).as("the coach already took it to its smallest after the miss")
                .isEqualTo(Message.of("insights.review.atSmallest", "Read", 1, 4, minutes(2)));
    }

    @Test
    void onlyTheFirstDayOfAWeekIsTooSoonToSayAnything() {
        // Skipped Monday to Friday: by Saturday nothing was due, but the week is not new.
        assertThat(readSoFar("SSSSS", 5).suggestion()).isEqualTo(Message.of("insights.review.quietSoFar"));
        // Without any step, a new week is quiet so far: the prompt to pick a step stands.
        assertThat(WeeklyReview.of(JUNE_1, DayOfWeek.MONDAY, JUNE_1, List.of(), List.of(), List.of(), List.of())
                .suggestion()).isEqualTo(Message.of("insights.review.quietSoFar"));
        // Over, the same week of days excused was a quiet one.
        assertThat(WeeklyReview.of(JUNE_1, DayOfWeek.MONDAY, JUNE_1.plusDays(7), List.of(), List.of(), List.of(),
                List.of()).suggestion()).isEqualTo(Message.of("insights.review.quietWeek"));
        // A slip in the week, on an aim with no step: told, not a quiet week; one the week before is not this week's.
        List<LocalDate> slips = List.of(JUNE_1.minusDays(1), JUNE_1.plusDays(6));
        assertThat(WeeklyReview.of(JUNE_1, DayOfWeek.MONDAY, JUNE_1.plusDays(7), List.of(), List.of(), List.of(),
                slips).suggestion()).isEqualTo(Message.of("insights.review.slipsThisWeek", 1));
        assertThat(WeeklyReview.of(JUNE_1, DayOfWeek.MONDAY, JUNE_1.plusDays(6), List.of(), List.of(), List.of(),
                slips).suggestion()).isEqualTo(Message.of("insights.review.slipsSoFar", 1));
    }

    @Test
    void aWeekStillGoingCallsAStepTooBigOnlyOnThreeDaysDue() {
        // Monday's "Not today" is one day: early days, not a step to shrink.
        assertThat(readSoFar("M", 0).suggestion()).isEqualTo(Message.of("insights.review.early"));
        assertThat(readSoFar("MM", 1).suggestion()).isEqualTo(Message.of("insights.review.early"));
        // Three days are enough; by then the coach has taken it to its smallest, so another moment is offered.
        assertThat(readSoFar("MMM", 2).suggestion())
                .isEqualTo(Message.of("insights.review.atSmallest", "Read", 0, 3, minutes(2)));
        // Over, one day due is enough to judge.
        assertThat(WeeklyReview.suggestion(List.of(week("Walk", 0, 1, 5, 5)), new RecoveryWeeks.Week(JUNE_1, 0, 0, 0),
                0, false)).isEqualTo(Message.of("insights.review.smaller", "Walk", 0, 1, minutes(1)));
    }

    @Test
    void aStepAlreadyAtItsSmallestIsOfferedAnotherMomentNotASmallerSize() {
        assertThat(WeeklyReview.suggestion(List.of(week("Walk", 1, 5, 1, 1)), new RecoveryWeeks.Week(JUNE_1, 0, 0, 0),
                0, false)).isEqualTo(Message.of("insights.review.atSmallest", "Walk", 1, 5, minutes(1)));
    }

    @Test
    void aTimesInDaysStepInAWeekStillGoingIsDueAtLeastAsOftenAsItWasDone() {
        // 3 in 7, done Monday and Tuesday, seen on Wednesday: two days so far make 3 · 2/7, 1, but 2 were done.
        Replay swim = Days.replay(step("Swim", Days.FIVE_MINUTES, "3/7", JUNE_1), "DD");
        WeeklyReview wednesday = WeeklyReview.of(JUNE_1, DayOfWeek.MONDAY, JUNE_1.plusDays(2), List.of(swim),
                List.of(), List.of(), List.of());
        assertThat(wednesday.steps()).extracting(WeeklyReviewTest::written).containsExactly("Swim 2/2 5→5");
    }

    /** The week of 1 June seen on its day {@code today}, with Read's days said as {@code days}. */
    private static WeeklyReview readSoFar(String days, int today) {
        Replay read = Days.replay(step("Read", Days.FIVE_MINUTES, "daily", JUNE_1), days);
        return WeeklyReview.of(JUNE_1, DayOfWeek.MONDAY, JUNE_1.plusDays(today), List.of(read), List.of(), List.of(),
                List.of());
    }

    static Stream<Arguments> suggestions() {
        StepWeek walkUnderHalf = week("Walk", 1, 5, 5, 5);
        StepWeek readUnderHalf = week("Read", 0, 3, 5, 5);
        StepWeek walkGrew = week("Walk", 5, 5, 5, 6);
        StepWeek readGrew = week("Read", 3, 4, 2, 3);
        StepWeek walkHeld = week("Walk", 5, 5, 5, 5);
        StepWeek readHalf = week("Read", 2, 4, 3, 2);
        RecoveryWeeks.Week noWins = new RecoveryWeeks.Week(JUNE_1, 0, 0, 2);
        return Stream.of(
                // Under half its days, even beside a step that grew: the floor is 1 minute.
                Arguments.of(List.of(walkUnderHalf, readGrew), noWins,
                        Message.of("insights.review.smaller", "Walk", 1, 5, minutes(1))),
                // Of two, the one done least.
                Arguments.of(List.of(walkUnderHalf, readUnderHalf), noWins,
                        Message.of("insights.review.smaller", "Read", 0, 3, minutes(1))),
                // Of two that grew, the one grown most: 2 → 3 is more than 5 → 6.
                Arguments.of(List.of(walkGrew, readGrew), noWins,
                        Message.of("insights.review.grew", "Read", minutes(2), minutes(3))),
                // Half its days is not under half; a step that got smaller is the coach's own doing.
                Arguments.of(List.of(walkHeld, readHalf), noWins, Message.of("insights.review.keepOn")),
                // No day due: the recovery wins are named, else it was a quiet week.
                Arguments.of(List.of(week("Walk", 0, 0, 5, 5)), new RecoveryWeeks.Week(JUNE_1, 3, 1, 2),
                        Message.of("insights.review.recoveryWins", 4)),
                Arguments.of(List.of(), noWins, Message.of("insights.review.quietWeek")));
    }

    @ParameterizedTest
    @MethodSource("suggestions")
    void oneSuggestionByASmallRule(List<StepWeek> steps, RecoveryWeeks.Week recovery, Message suggestion) {
        assertThat(WeeklyReview.suggestion(steps, recovery, 0, false)).isEqualTo(suggestion);
    }

    @Test
    void aStepGrowsHoldsOrGetsSmaller() {
        assertThat(week("Walk", 5, 5, 5, 6).change()).isEqualTo(Change.GREW);
        assertThat(week("Walk", 5, 5, 5, 5).change()).isEqualTo(Change.HELD);
        assertThat(week("Walk", 5, 5, 5, 4).change()).isEqualTo(Change.SMALLER);
    }

    private static StepWeek week(String action, int done, int due, double before, double after) {
        return new StepWeek(step(action, TWO_MINUTES, "daily", MAY_25), done, due, before, after);
    }

    private static Step step(String action, Sizing sizing, String schedule, LocalDate start) {
        return new Step(1, 1, action, sizing, null, Schedule.parse(schedule), start);
    }

    private static String written(StepWeek week) {
        return week.step().action() + " " + week.done() + "/" + week.due() + " " + Sizing.plain(week.before()) + "→"
                + Sizing.plain(week.after());
    }

    /** A size in minutes, as the review says it. */
    private static Message minutes(double count) {
        return Message.of("size.amount", count, count == 1 ? "minute" : "minutes");
    }
}
