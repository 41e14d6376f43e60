package coach.kaizen.core.simulation;

import coach.kaizen.core.step.Sizing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The best coach the person model allows (docs/engine.md §5.4), for one person whose truth it is
 * told: their capacity, how far it may grow, σ, today's hard day, their weekly rhythm, how prone
 * they are to give up, how often they let a day go whatever its size. Each day it picks a size the
 * app could show (whole quanta, floor to ceiling; the floor on a hard day, as the engine must) to make
 * expected volume plus λ × P(still going on the last day) as large as it can be. Dynamic
 * programming runs backwards over the day, ln C on a grid and the misses in a row, with the
 * model's own chances ({@link Odds}, {@link Population.Quitting}).
 *
 * <p>Between grid points the value is read by linear interpolation, so practice that moves ln C
 * by less than a grid step still counts, in expectation.
 */
final class Oracle {

    /** Sizes more than 4σ above today's capacity are never offered: they are done less than 2% of the time. */
    static final double FURTHEST_ABOVE = 4;
    /** Misses in a row beyond this many are planned for as this many; such a run is vanishingly rare. */
    static final int MOST_MISSES = 10;
    /** The grid's step in ln C: 2% of capacity, or a day's most growth if that is finer. */
    static final double GRID_STEP = 0.02;
    static final int MOST_GRID_POINTS = 400;

    private static final int STATES = MOST_MISSES + 1;

    private final Population population;
    private final int days;
    private final Sizing sizing;
    private final double[] sizes;
    private final double lowest;
    private final double step;
    private final int points;
    /**
     * How many grid points further a day can reach: a day's most growth. Tomorrow's values past
     * that are stale but finite, and are read only with weight zero.
     */
    private final int reach;
    private final double proneness;
    private final double forgetting;
    /** The chances on an ordinary and on a hard day, for each weekday (Monday first). */
    private final Conditions[] ordinary = new Conditions[Population.Weekdays.DAYS];
    private final Conditions[] hard = new Conditions[Population.Weekdays.DAYS];
    private final int[] growTo;
    private final double[] growWeight;

    Oracle(Population population, SimulatedPerson.Traits traits, int days) {
        this.population = population;
        this.days = days;
        this.sizing = population.start().sizing();
        double gain = population.practiceGain();
        lowest = traits.logCapacity();
        double highest = Math.max(lowest, Math.min(traits.logCapacityMax(), lowest + gain * days));
        double wanted = gain > 0 ? Math.min(GRID_STEP, gain) : GRID_STEP;
        points = highest > lowest ? Math.min(MOST_GRID_POINTS, (int) Math.ceil((highest - lowest) / wanted) + 1) : 1;
        step = points > 1 ? (highest - lowest) / (points - 1) : 1;
        reach = (int) Math.ceil(gain / step);
        sizes = sizes(highest + FURTHEST_ABOVE * population.sigma());
        proneness = traits.proneness();
        forgetting = traits.forgetting();
        Map<Double, Conditions> ordinaryByDrop = new HashMap<>();
        Map<Double, Conditions> hardByDrop = new HashMap<>();
        for (int day = 0; day < Population.Weekdays.DAYS; day++) {
            double drop = traits.weekdayDrop(population, day);
            ordinary[day] = ordinaryByDrop.computeIfAbsent(drop, d -> new Conditions(d, sizes.length));
            hard[day] = hardByDrop.computeIfAbsent(drop, d -> new Conditions(d + population.hardDays().drop(), 1));
        }
        growTo = new int[points * sizes.length];
        growWeight = new double[points * sizes.length];
        for (int c = 0; c < points; c++) {
            for (int s = 0; s < sizes.length; s++) {
                double logCapacity = lowest + c * step;
                double grown = Math.min(highest, logCapacity + gain * Math.min(1, sizes[s] / Math.exp(logCapacity)));
                double at = Math.min(points - 1, (grown - lowest) / step);
                growTo[c * sizes.length + s] = (int) at;
                growWeight[c * sizes.length + s] = at - (int) at;
            }
        }
    }

    /** Every size the app could show, from the floor up to {@code most} (or the ceiling, if lower). */
    private double[] sizes(double mostLog) {
        List<Double> shown = new ArrayList<>(List.of(sizing.floor()));
        for (long quanta = 1; ; quanta++) {
            double size = sizing.show(sizing.levelOf(quanta * sizing.quantum()));
            if (size > shown.get(shown.size() - 1)) {
                shown.add(size);
            }
            if (sizing.levelOf(size) >= mostLog || sizing.atCeiling(size)) {
                return shown.stream().mapToDouble(Double::doubleValue).toArray();
            }
        }
    }

    /** The chances at each grid point and size, on days whose capacity is {@code drop} below ln C. */
    private final class Conditions {
        final int[] offered = new int[points];
        final double[] done;
        final double[] strain;

        Conditions(double drop, int most) {
            done = new double[points * sizes.length];
            strain = new double[points * sizes.length * Odds.MOST_STRAIN];
            double sigma = population.sigma();
            for (int c = 0; c < points; c++) {
                double logToday = lowest + c * step - drop;
                int n = 1;
                while (n < most && sizing.levelOf(sizes[n]) <= logToday + FURTHEST_ABOVE * sigma) {
                    n++;
                }
                offered[c] = n;
                for (int s = 0; s < n; s++) {
                    double z = (Math.log(sizes[s]) - logToday) / sigma;
                    done[c * sizes.length + s] = Odds.done(z, forgetting);
                    System.arraycopy(Odds.strainAtLeast(z), 0, strain, (c * sizes.length + s) * Odds.MOST_STRAIN,
                            Odds.MOST_STRAIN);
                }
            }
        }

        /** P(still going tomorrow) after doing size {@code s} at grid point {@code c}; {@code rise[j]} is the quit chance strain j+1 adds. */
        double stayAfterDone(int c, int s, double quitAtEase, double[] rise) {
            int at = (c * sizes.length + s) * Odds.MOST_STRAIN;
            double quit = quitAtEase;
            for (int j = 0; j < Odds.MOST_STRAIN; j++) {
                quit += strain[at + j] * rise[j];
            }
            return 1 - quit;
        }
    }

    /** The best plan for this λ: its expected volume and retention, and (if asked) every choice. */
    Plan plan(double lambda, boolean keepChoices) {
        Values next = new Values(points);
        next.fill(lambda);
        Values today = new Values(points);
        short[][] choices = keepChoices ? new short[days][] : null;
        Branch done = new Branch(sizes.length);
        Branch doneHard = new Branch(1);
        double q = population.hardDays().probability();
        double[] rise = new double[Odds.MOST_STRAIN];
        double[] stayAfterMiss = new double[STATES];
        for (int t = days - 1; t >= 0; t--) {
            Population.Quitting quit = population.quit();
            double quitAtEase = quit.chance(t, 0, 0, proneness);
            for (int j = 0; j < Odds.MOST_STRAIN; j++) {
                rise[j] = quit.chance(t, 0, j + 1, proneness) - quit.chance(t, 0, j, proneness);
            }
            for (int m = 0; m < STATES; m++) {
                stayAfterMiss[m] = 1 - quit.chance(t, m + 1, 0, proneness);
            }
            int weekday = t % Population.Weekdays.DAYS;
            int top = (int) Math.min(points - 1, (long) t * reach + 1);
            if (keepChoices) {
                choices[t] = new short[(top + 1) * STATES];
            }
            for (int c = 0; c <= top; c++) {
                done.fill(ordinary[weekday], c, next, quitAtEase, rise);
                doneHard.fill(hard[weekday], c, next, quitAtEase, rise);
                for (int m = 0; m < STATES; m++) {
                    int after = c * STATES + Math.min(m + 1, MOST_MISSES);
                    double stay = stayAfterMiss[m];
                    double missValue = stay * next.value[after];
                    int best = done.best(missValue);
                    double missVolume = stay * next.volume[after];
                    double missKept = stay * next.kept[after];
                    int here = c * STATES + m;
                    today.value[here] = q * doneHard.value(0, missValue) + (1 - q) * done.value(best, missValue);
                    today.volume[here] = q * doneHard.volume(0, missVolume) + (1 - q) * done.volume(best, missVolume);
                    today.kept[here] = q * doneHard.kept(0, missKept) + (1 - q) * done.kept(best, missKept);
                    if (keepChoices) {
                        choices[t][here] = (short) best;
                    }
                }
            }
            Values swap = next;
            next = today;
            today = swap;
        }
        return new Plan(next.volume[0], next.kept[0], choices);
    }

    /** Expected value, volume and retention from tomorrow on, for each grid point and run of misses. */
    private static final class Values {
        final double[] value;
        final double[] volume;
        final double[] kept;

        Values(int points) {
            value = new double[points * STATES];
            volume = new double[points * STATES];
            kept = new double[points * STATES];
        }

        void fill(double lambda) {
            Arrays.fill(value, lambda);
            Arrays.fill(kept, 1);
        }
    }

    /**
     * For one grid point and day kind: what each size is worth if done, and the chance it is
     * missed. A size's worth is a line in what a miss is worth (its slope the chance of a miss),
     * so the best size for every run of misses lies on the upper envelope of those lines, which
     * is built once per grid point instead of trying every size for every run of misses.
     */
    private final class Branch {
        final double[] value;
        final double[] missed;
        final int[] envelope;
        int lines;
        Conditions day;
        int c;
        Values next;
        double quitAtEase;
        double[] rise;

        Branch(int most) {
            value = new double[most];
            missed = new double[most];
            envelope = new int[most];
        }

        void fill(Conditions day, int c, Values next, double quitAtEase, double[] rise) {
            this.day = day;
            this.c = c;
            this.next = next;
            this.quitAtEase = quitAtEase;
            this.rise = rise;
            int offered = day.offered[c];
            lines = 0;
            for (int s = 0; s < offered; s++) {
                int at = c * sizes.length + s;
                double p = day.done[at];
                value[s] = p * sizes[s] + doneAndStaying(s) * grown(next.value, s);
                missed[s] = 1 - p;
                add(s);
            }
        }

        /** Adds size {@code s}, whose slope is at least every earlier one's, to the upper envelope. */
        private void add(int s) {
            while (lines > 0) {
                int top = envelope[lines - 1];
                if (missed[top] == missed[s]) {
                    if (value[top] >= value[s]) {
                        return;
                    }
                    lines--;
                } else if (lines > 1 && hidden(envelope[lines - 2], top, s)) {
                    lines--;
                } else {
                    break;
                }
            }
            envelope[lines++] = s;
        }

        /** Whether line b, between a and c in slope, is nowhere above both: c overtakes a no later than b does. */
        private boolean hidden(int a, int b, int c) {
            return (value[a] - value[c]) * (missed[b] - missed[a]) <= (value[a] - value[b]) * (missed[c] - missed[a]);
        }

        /** P(done, and still going tomorrow). */
        private double doneAndStaying(int s) {
            return day.done[c * sizes.length + s] * day.stayAfterDone(c, s, quitAtEase, rise);
        }

        /** Tomorrow's {@code values} at the capacity doing size {@code s} grows to, with no misses in a row. */
        private double grown(double[] values, int s) {
            int at = c * sizes.length + s;
            int low = growTo[at] * STATES;
            int high = Math.min(growTo[at] + 1, points - 1) * STATES;
            double w = growWeight[at];
            return (1 - w) * values[low] + w * values[high];
        }

        /** The size worth most when a miss is worth {@code missValue} (at least zero); the smaller on a tie. */
        int best(double missValue) {
            int i = 0;
            while (i + 1 < lines && value(envelope[i + 1], missValue) > value(envelope[i], missValue)) {
                i++;
            }
            return envelope[i];
        }

        double value(int s, double missValue) {
            return value[s] + missed[s] * missValue;
        }

        double volume(int s, double missVolume) {
            return day.done[c * sizes.length + s] * sizes[s] + doneAndStaying(s) * grown(next.volume, s)
                    + missed[s] * missVolume;
        }

        double kept(int s, double missKept) {
            return doneAndStaying(s) * grown(next.kept, s) + missed[s] * missKept;
        }
    }

    /** A plan for one person at one λ: its expectations, and the size it asks in each state. */
    final class Plan {
        private final double volume;
        private final double retention;
        private final short[][] choices;

        private Plan(double volume, double retention, short[][] choices) {
            this.volume = volume;
            this.retention = retention;
            this.choices = choices;
        }

        /** The expected sum of sizes done. */
        double volume() {
            return volume;
        }

        /** The chance the person is still going after the last day. */
        double retention() {
            return retention;
        }

        /** The size for an ordinary day {@code day} (0 is the first), the person's ln C and misses in a row. */
        double size(int day, double logCapacity, int missesInARow) {
            int t = Math.min(day, days - 1);
            short[] today = choices[t];
            int c = (int) Math.max(0, Math.min(today.length / STATES - 1, Math.round((logCapacity - lowest) / step)));
            return sizes[today[c * STATES + Math.min(missesInARow, MOST_MISSES)]];
        }
    }
}
