package coach.kaizen.app.recovery;

import coach.kaizen.app.i18n.Texts;
import coach.kaizen.app.picture.Chart;
import coach.kaizen.app.picture.Plot;
import coach.kaizen.app.recovery.RecoveryService.Progress;
import coach.kaizen.core.picture.Milestones;
import coach.kaizen.core.picture.NotSpent;
import coach.kaizen.core.picture.Point;
import coach.kaizen.core.picture.RecoveryRuns;
import coach.kaizen.core.picture.RecoveryWeeks;
import coach.kaizen.core.recovery.DailyCost;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A recovery aim's pictures of progress, in the page's language: every run of the counter side by
 * side (a slip starts a new one and takes nothing away), the milestones of this run, the wins and
 * urges that passed week by week, and what was not spent.
 *
 * @param milestones the current run's, in words; null while the counter is off
 * @param notSpent   in this run and in all, in words; empty unless a day's cost and the counter are given
 */
public record RecoveryPictures(String milestones, List<String> notSpent, List<Chart> charts) {

    /** Half a week's width for each of a week's two bars: wins, then urges that passed. */
    private static final int HALF_WEEK = 3;

    public RecoveryPictures {
        notSpent = List.copyOf(notSpent);
        charts = List.copyOf(charts);
    }

    public static RecoveryPictures of(Progress progress, Texts texts) {
        List<Chart> charts = new ArrayList<>();
        RecoveryRuns runs = progress.runs();
        if (runs != null) {
            charts.add(runs(runs, texts));
        }
        if (progress.weeks() != null) {
            charts.add(weeks(progress.weeks(), progress.today(), texts));
        }
        return new RecoveryPictures(runs == null ? null : milestones(runs, texts),
                notSpent(progress, texts), charts);
    }

    private static Chart runs(RecoveryRuns recovery, Texts texts) {
        List<RecoveryRuns.Run> runs = recovery.runs();
        RecoveryRuns.Run now = recovery.current();
        LocalDate first = runs.get(0).from();
        // Runs can go back years: a day of another year than today's says its year.
        Function<LocalDate, String> shortDay = day -> texts.shortDay(day, now.to());
        int longest = recovery.longest().days();
        String summary = texts.t("recovery.pictures.runs.summary", runs.size(), shortDay.apply(first), now.days(),
                longest, recovery.totalDays());
        // Each run is as wide as its days and as tall: side by side, none is ever taken away.
        Plot plot = Plot.over(first, now.to(), 0, Math.max(1, longest))
                .firstAndLast(first, now.to(), shortDay).valueTick(0, "0");
        if (longest > 0) {
            plot.valueTick(longest, String.valueOf(longest));
        }
        List<List<String>> rows = new ArrayList<>();
        for (RecoveryRuns.Run run : runs) {
            plot.bars(run == now ? "bar-run-now" : "bar-run", List.of(new Point(run.from(), run.days())),
                    Math.max(1, run.days()));
            rows.add(List.of(shortDay.apply(run.from()),
                    run == now ? texts.t("recovery.pictures.runs.ongoing") : shortDay.apply(run.to()),
                    String.valueOf(run.days())));
        }
        return new Chart("runs", texts.t("recovery.pictures.runs.title"), summary, plot.svg(),
                List.of(new Chart.Key("bar-run-now", texts.t("recovery.pictures.runs.now")),
                        new Chart.Key("bar-run", texts.t("recovery.pictures.runs.earlier"))),
                List.of(texts.t("recovery.pictures.runs.from"), texts.t("recovery.pictures.runs.to"),
                        texts.t("recovery.pictures.runs.days")),
                rows);
    }

    private static Chart weeks(RecoveryWeeks recovery, LocalDate today, Texts texts) {
        List<RecoveryWeeks.Week> weeks = recovery.weeks();
        RecoveryWeeks.Week first = weeks.get(0);
        RecoveryWeeks.Week last = weeks.get(weeks.size() - 1);
        int top = Math.max(1, weeks.stream().mapToInt(week -> Math.max(week.wins(), week.urgesPassed())).max()
                .orElse(0));
        String summary = texts.t("recovery.pictures.weeks.summary", texts.shortDay(first.from()),
                weeks.stream().mapToInt(RecoveryWeeks.Week::wins).sum(),
                weeks.stream().mapToInt(RecoveryWeeks.Week::urgesPassed).sum(),
                weeks.stream().mapToInt(RecoveryWeeks.Week::urges).sum(), last.wins(), last.urgesPassed());
        String svg = Plot.over(first.from(), last.from().plusDays(6), 0, top)
                .firstAndLast(first.from(), last.from(), texts::shortDay)
                .valueTick(0, "0").valueTick(top, String.valueOf(top))
                .bars("bar-wins", weeks.stream().map(week -> new Point(week.from(), week.wins())).toList(), HALF_WEEK)
                .bars("bar-urges", weeks.stream()
                        .map(week -> new Point(week.from().plusDays(HALF_WEEK), week.urgesPassed())).toList(), HALF_WEEK)
                .svg();
        return new Chart("weeks", texts.t("recovery.pictures.weeks.title"), summary, svg,
                List.of(new Chart.Key("bar-wins", texts.t("recovery.pictures.weeks.wins")),
                        new Chart.Key("bar-urges", texts.t("recovery.pictures.weeks.passed"))),
                List.of(texts.t("recovery.pictures.weeks.week"), texts.t("recovery.pictures.weeks.wins"),
                        texts.t("recovery.pictures.weeks.passed"), texts.t("recovery.pictures.weeks.urges")),
                weeks.stream().map(week -> List.of(texts.shortDay(week.from()), String.valueOf(week.wins()),
                        String.valueOf(week.urgesPassed()), String.valueOf(week.urges()))).toList());
    }

    /** The milestones this run has passed, and the next one ahead with the days still to go. */
    private static String milestones(RecoveryRuns runs, Texts texts) {
        Milestones milestones = runs.milestones();
        String next = texts.t("recovery.pictures.milestones.next", milestones.next(),
                milestones.next() - runs.current().days());
        List<Integer> reached = milestones.reached();
        return reached.isEmpty() ? next : texts.t("recovery.pictures.milestones.reached", reached.size(),
                reached.get(reached.size() - 1), next);
    }

    private static List<String> notSpent(Progress progress, Texts texts) {
        NotSpent notSpent = progress.notSpent();
        if (notSpent == null) {
            return List.of();
        }
        DailyCost cost = progress.cost();
        return List.of(
                texts.t("recovery.notSpent.run", notSpent.currentRun().days(), amount(notSpent.currentRun(), cost,
                        texts)),
                texts.t("recovery.notSpent.inAll", notSpent.inAll().days(), amount(notSpent.inAll(), cost, texts)));
    }

    /** The money (when a day's money was given) and the time (when its minutes were), joined. */
    private static String amount(NotSpent.Amount amount, DailyCost cost, Texts texts) {
        String money = cost.money() == null ? null : money(amount.money(), cost.currency(), texts);
        String time = cost.minutes() == null ? null : time(amount.minutes(), texts);
        if (money == null || time == null) {
            return money == null ? time : money;
        }
        return texts.t("recovery.notSpent.and", money, time);
    }

    /**
     * The number in the page's language, with cents only when there are any, and the person's own
     * word or sign for the currency: a lone sign where the language puts one ("€54", "54 €"), a
     * word after it ("54 pesos").
     */
    static String money(BigDecimal money, String currency, Texts texts) {
        NumberFormat format = NumberFormat.getNumberInstance(texts.locale());
        boolean whole = money.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(2);
        String number = format.format(money);
        if (currency == null) {
            return number;
        }
        boolean sign = currency.codePointCount(0, currency.length()) == 1 && !Character.isLetter(currency.codePointAt(0));
        return sign ? texts.t("recovery.notSpent.withSign", number, currency) : number + " " + currency;
    }

    /** "45 minutes" under two hours, else "37 hours" and the minutes over. */
    static String time(long minutes, Texts texts) {
        return minutes < 2 * 60 ? texts.t("recovery.notSpent.inMinutes", minutes)
                : texts.t("recovery.notSpent.inHours", minutes / 60, minutes % 60);
    }
}
