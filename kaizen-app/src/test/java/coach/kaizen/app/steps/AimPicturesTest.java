package coach.kaizen.app.steps;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.app.picture.Chart;
import coach.kaizen.app.practice.ExperimentService.Trial;
import coach.kaizen.app.practice.ObstacleService.Removal;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.experiment.Comparison;
import coach.kaizen.core.experiment.Experiment;
import coach.kaizen.core.experiment.ExperimentKind;
import coach.kaizen.core.experiment.Verdict;
import coach.kaizen.core.obstacle.Obstacle;
import coach.kaizen.core.obstacle.ObstacleStatus;
import coach.kaizen.core.picture.VoteSeries;
import coach.kaizen.core.progress.StepHistory;
import coach.kaizen.core.recovery.RecoveryAction;
import coach.kaizen.core.recovery.RecoveryActionKind;
import coach.kaizen.core.recovery.Urge;
import coach.kaizen.core.recovery.UrgeDraft;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An aim's pictures agree with themselves: what is drawn, what the summary says and what the table holds. */
class AimPicturesTest {

    private static final Texts ENGLISH = Catalog.shipped().texts("en");
    private static final Texts SPANISH = Catalog.shipped().texts("es");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate START = TODAY.minusDays(44);
    private static final String IDENTITY = "I am someone who keeps promises to myself";
    private static final Aim WINE = new Aim(1, "Less wine", AimKind.RECOVER, IDENTITY);
    private static final Step PAUSE = new Step(7, 1, "Pause before a drink", new Sizing(2, "minutes", 1, 1, null), null,
            Schedule.DAILY, START);
    /** Done three days in four, missed the fourth: 34 of the 45 days, 22 of them in the last 30. */
    private static final StepHistory DAYS = new StepHistory(PAUSE, days());
    private static final List<RecoveryAction> WINS = List.of(
            new RecoveryAction(1, 1, TODAY.minusDays(2), RecoveryActionKind.BREATHING, null),
            new RecoveryAction(2, 1, TODAY.minusDays(40), RecoveryActionKind.OWN, "Called Jo"));
    private static final List<Urge> URGES = List.of(
            new Urge(1, 1, TODAY.minusDays(2), new UrgeDraft(7, null, null, null, true)),
            new Urge(2, 1, TODAY.minusDays(3), new UrgeDraft(5, null, null, null, false)));
    private static final Pattern VOTES = Pattern.compile("^(\\d+) votes for “(.+)” in the last 30 days; (\\d+) in all\\.$");

    @Test
    void theVotesDrawnAreTheTablesRowsAndTheSummarysCount() {
        AimPictures pictures = AimPictures.of(progress(WINE), ENGLISH);
        Chart votes = pictures.votes();
        assertThat(votes).isNotNull();
        Matcher said = VOTES.matcher(votes.summary());
        assertThat(said.matches()).as(votes.summary()).isTrue();
        // 22 done days in the last 30, the breathing and the urge that passed two days ago.
        assertThat(Integer.parseInt(said.group(1))).isEqualTo(24)
                .isEqualTo(votes.rows().stream().mapToInt(row -> Integer.parseInt(row.get(1))).sum());
        assertThat(said.group(2)).isEqualTo(IDENTITY);
        // All 34 done days, and the own win long ago too.
        assertThat(Integer.parseInt(said.group(3))).isEqualTo(37)
                .isEqualTo(Integer.parseInt(votes.rows().get(votes.rows().size() - 1).get(2)));
        assertThat(count(votes.drawing(), "<rect class=\"bar-votes\"")).isEqualTo(votes.rows().size()).isEqualTo(22);
        assertThat(votes.drawing()).as("its caption says it").contains("aria-hidden=\"true\"")
                .doesNotContain(votes.summary());
        assertThat(votes.columns()).containsExactly("Day", "Votes that day", "All votes so far");
    }

    @Test
    void theDaysBehindTheVotesNameWhatCastThemNewestFirst() {
        AimPictures pictures = AimPictures.of(progress(WINE), ENGLISH);
        assertThat(pictures.behind()).hasSize(pictures.votes().rows().size());
        // Today, then two days ago: yesterday was missed.
        assertThat(pictures.behind().get(0)).isEqualTo(new AimPictures.Behind(ENGLISH.shortDay(TODAY),
                List.of("Pause before a drink: done")));
        AimPictures.Behind twoDaysAgo = pictures.behind().get(1);
        assertThat(twoDaysAgo.day()).isEqualTo(ENGLISH.shortDay(TODAY.minusDays(2)));
        assertThat(twoDaysAgo.votes()).containsExactly("Pause before a drink: done",
                ENGLISH.say(RecoveryActionKind.BREATHING.words()), "An urge that passed (7 of 10)");
        assertThat(pictures.behind().stream().mapToInt(day -> day.votes().size()).sum()).isEqualTo(24);
    }

    @Test
    void withoutAStatementThereAreNoVotesAndWithoutAnyYetAKindWordInstead() {
        assertThat(AimPictures.of(progress(new Aim(1, "Less wine", AimKind.RECOVER, null)), ENGLISH).votes()).isNull();
        AimService.Progress quiet = new AimService.Progress(WINE, TODAY,
                VoteSeries.of(WINE, List.of(), List.of(), List.of(), TODAY.minusDays(29), TODAY), List.of(), List.of(),
                List.of());
        AimPictures none = AimPictures.of(quiet, ENGLISH);
        assertThat(none.votes()).isNull();
        assertThat(none.noVotes()).isEqualTo("Each time you do one of this aim’s steps, it counts as a vote for “"
                + IDENTITY + "”.");
        assertThat(AimPictures.of(new AimService.Progress(new Aim(1, "Less wine", AimKind.RECOVER, null), TODAY,
                quiet.votes(), List.of(), List.of(), List.of()), ENGLISH).isEmpty()).isTrue();
    }

    @Test
    void aRemovalAndATrialAreDrawnFromTheCountsTheirTablesShow() {
        AimPictures pictures = AimPictures.of(progress(WINE), ENGLISH);
        assertThat(pictures.pairs()).extracting(AimPictures.Paired::css).containsExactly("removal", "trial");
        AimPictures.Paired removal = pictures.pairs().get(0);
        assertThat(removal.title()).isEqualTo("Removed: Wine in the fridge");
        assertThat(removal.step()).isNull();
        Comparison around = removal.comparison();
        assertThat(removal.drawing()).contains("aria-label=\"Done on " + around.before().done() + " of "
                + around.before().dueDays() + " planned days before it went, and on " + around.after().done() + " of "
                + around.after().dueDays() + " since.\"");
        assertThat(count(removal.drawing(), "class=\"share ")).isEqualTo(2);
        assertThat(widths(removal.drawing())).containsExactly(Math.round(3000 * around.before().completion()) / 10.0,
                Math.round(3000 * around.after().completion()) / 10.0);

        AimPictures.Paired trial = pictures.pairs().get(1);
        assertThat(trial.title()).isEqualTo("Sparkling water first");
        assertThat(trial.step()).isEqualTo(PAUSE);
        assertThat(trial.about()).isEqualTo("preparation, 7 days from " + ENGLISH.shortDay(TODAY.minusDays(6)));
        assertThat(trial.afterLabel()).isEqualTo("With the change");
        assertThat(trial.drawing()).contains(" with the change.\"").contains(">With the change</text>");

        Experiment stopped = new Experiment(4, PAUSE.id(), ExperimentKind.PREPARATION, "Sparkling water first",
                TODAY.minusDays(6), 7, Verdict.REVERT, TODAY.minusDays(4));
        assertThat(AimPictures.of(progress(WINE, stopped), ENGLISH).pairs().get(1).about()).as("as the step's page says")
                .isEqualTo("preparation, 7 days from " + ENGLISH.shortDay(TODAY.minusDays(6)) + " · stopped on "
                        + ENGLISH.shortDay(TODAY.minusDays(4)));
    }

    @Test
    void spanishSaysItAll() {
        AimPictures pictures = AimPictures.of(progress(WINE), SPANISH);
        assertThat(pictures.votes().summary()).isEqualTo("24 votos por «" + IDENTITY + "» en los últimos 30 días; 37 en total.");
        assertThat(pictures.behind().get(0).votes().get(0)).isEqualTo("Pause before a drink: hecho");
        assertThat(pictures.pairs().get(0).title()).isEqualTo("Quitado: Wine in the fridge");
    }

    private static AimService.Progress progress(Aim aim) {
        return progress(aim, new Experiment(4, PAUSE.id(), ExperimentKind.PREPARATION, "Sparkling water first",
                TODAY.minusDays(6), 7, null, null));
    }

    private static AimService.Progress progress(Aim aim, Experiment water) {
        LocalDate from = TODAY.minusDays(AimService.VOTE_DAYS - 1L);
        List<StepHistory> steps = List.of(DAYS);
        Obstacle fridge = new Obstacle(3, 1, "Wine in the fridge", ObstacleStatus.REMOVED, START, START,
                TODAY.minusDays(13));
        return new AimService.Progress(aim, TODAY, VoteSeries.of(aim, steps, WINS, URGES, from, TODAY),
                VoteSeries.ballots(aim, steps, WINS, URGES, from, TODAY),
                List.of(new Removal(fridge, Comparison.around(fridge.removedOn(), 14, TODAY, steps))),
                List.of(new Trial(water, PAUSE, Comparison.around(water.startDay(), water.days(), TODAY, steps))));
    }

    private static List<CheckIn> days() {
        List<CheckIn> days = new ArrayList<>();
        for (LocalDate day = START; !day.isAfter(TODAY); day = day.plusDays(1)) {
            Outcome outcome = ChronoUnit.DAYS.between(START, day) % 4 == 3 ? Outcome.MISSED : Outcome.DONE;
            days.add(new CheckIn(day, outcome, null, 3, null));
        }
        return days;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** The filled width of each share bar, as drawn. */
    private static List<Double> widths(String svg) {
        Matcher bar = Pattern.compile("class=\"share [^\"]+\"[^>]* width=\"([0-9.]+)\"").matcher(svg);
        List<Double> widths = new ArrayList<>();
        while (bar.find()) {
            widths.add(Double.parseDouble(bar.group(1)));
        }
        return widths;
    }
}
