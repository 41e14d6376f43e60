package coach.kaizen.app.steps;

import coach.kaizen.app.http.Show;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.app.picture.Chart;
import coach.kaizen.app.picture.Plot;
import coach.kaizen.app.picture.ShareDrawing;
import coach.kaizen.app.practice.ExperimentService.Trial;
import coach.kaizen.app.practice.ObstacleService.Removal;
import coach.kaizen.core.experiment.Comparison;
import coach.kaizen.core.experiment.Experiment;
import coach.kaizen.core.experiment.Window;
import coach.kaizen.core.picture.Point;
import coach.kaizen.core.picture.VoteSeries;
import coach.kaizen.core.step.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * An aim's pictures of progress, in the page's language: the votes for its identity statement
 * with the days behind them, what removing each obstacle changed, and each experiment on its
 * steps beside the days before it.
 *
 * @param votes   null without an identity statement, or without a vote in the days drawn
 * @param noVotes said instead when there is a statement and no vote in those days yet, else null
 * @param behind  the days behind the votes, newest first
 * @param pairs   the removed obstacles, then the experiments
 */
public record AimPictures(Chart votes, String noVotes, List<Behind> behind, List<Paired> pairs) {

    /** A day with votes and what cast them. */
    public record Behind(String day, List<String> votes) {
    }

    /**
     * Days after a change beside the days before it, drawn and counted.
     *
     * @param css     "removal" or "trial"
     * @param step    the experiment's step, to link to; null for a removed obstacle, which is the whole aim's
     * @param about   what was tried and for how long; null for a removed obstacle
     */
    public record Paired(String css, String title, Step step, String about, String drawing, Comparison comparison,
            String afterLabel) {
    }

    public AimPictures {
        behind = List.copyOf(behind);
        pairs = List.copyOf(pairs);
    }

    /** Nothing to draw: no statement, no removed obstacle, no experiment. */
    public boolean isEmpty() {
        return votes == null && noVotes == null && pairs.isEmpty();
    }

    public static AimPictures of(AimService.Progress progress, Texts texts) {
        String identity = progress.aim().identity();
        List<VoteSeries.Votes> days = progress.votes().days();
        int cast = days.stream().mapToInt(VoteSeries.Votes::votes).sum();
        Chart votes = identity == null || cast == 0 ? null : votes(identity, days, cast, texts);
        String noVotes = identity != null && cast == 0 ? texts.t("insights.votes.none", identity) : null;
        List<Behind> behind = identity == null ? List.of() : progress.ballots().stream()
                .map(ballot -> new Behind(texts.shortDay(ballot.day()), ballot.votes().stream().map(texts::say).toList()))
                .toList();
        List<Paired> pairs = Stream.concat(progress.removals().stream().map(removal -> removal(removal, texts)),
                progress.trials().stream().map(trial -> trial(trial, texts))).toList();
        return new AimPictures(votes, noVotes, behind, pairs);
    }

    /** A bar for each day with votes, so the table's rows are the bars drawn. */
    private static Chart votes(String identity, List<VoteSeries.Votes> days, int cast, Texts texts) {
        LocalDate first = days.get(0).day();
        LocalDate last = days.get(days.size() - 1).day();
        List<VoteSeries.Votes> voted = days.stream().filter(day -> day.votes() > 0).toList();
        int most = voted.stream().mapToInt(VoteSeries.Votes::votes).max().orElseThrow();
        String summary = texts.t("insights.votes.summary", cast, identity, days.size(),
                days.get(days.size() - 1).total());
        String svg = Plot.over(first, last, 0, most).valueTick(0, "0").valueTick(most, String.valueOf(most))
                .dayTick(first, texts.shortDay(first)).dayTick(last, texts.shortDay(last))
                .bars("bar-votes", voted.stream().map(day -> new Point(day.day(), day.votes())).toList(), 1)
                .svg();
        List<List<String>> rows = new ArrayList<>();
        voted.forEach(day -> rows.add(List.of(texts.shortDay(day.day()), String.valueOf(day.votes()),
                String.valueOf(day.total()))));
        return new Chart("votes", texts.t("insights.votes.title"), summary, svg,
                List.of(new Chart.Key("bar-votes", texts.t("insights.votes.key"))),
                List.of(texts.t("insights.day"), texts.t("insights.votes.key"), texts.t("insights.votes.total")), rows);
    }

    private static Paired removal(Removal removal, Texts texts) {
        String after = texts.t("practice.comparison.sinceItWent");
        Comparison comparison = removal.comparison();
        return new Paired("removal", texts.t("practice.obstacles.removed", removal.obstacle().text()), null, null,
                shares(comparison, after, summary("insights.removal.summary", comparison, texts), texts), comparison,
                after);
    }

    private static Paired trial(Trial trial, Texts texts) {
        String after = texts.t("practice.comparison.withChange");
        Experiment experiment = trial.experiment();
        Comparison comparison = trial.comparison();
        String planned = texts.t("practice.experiments.kindDays",
                texts.t("practice.experiments.kind." + experiment.kind().name()), experiment.days(),
                texts.shortDay(experiment.startDay()));
        // As the step's page says it: a trial stopped early was not its whole days.
        String about = experiment.stoppedEarly() ? planned + " · " + texts.t("practice.experiments.stopped",
                texts.shortDay(experiment.decidedOn())) : planned;
        return new Paired("trial", experiment.change(), trial.step(), about,
                shares(comparison, after, summary("insights.trial.summary", comparison, texts), texts), comparison,
                after);
    }

    /** "Done on 6 of 14 planned days before…": the counts both bars are drawn from. */
    private static String summary(String key, Comparison comparison, Texts texts) {
        return texts.t(key, comparison.before().done(), comparison.before().dueDays(), comparison.after().done(),
                comparison.after().dueDays());
    }

    private static String shares(Comparison comparison, String afterLabel, String summary, Texts texts) {
        return ShareDrawing.draw(summary, List.of(share("share-before", texts.t("practice.comparison.before"),
                comparison.before(), texts), share("share-after", afterLabel, comparison.after(), texts)));
    }

    private static ShareDrawing.Share share(String css, String name, Window window, Texts texts) {
        Double done = window.completion();
        return new ShareDrawing.Share(css, name, done, done == null ? "–" : Show.percent(texts, done));
    }
}
