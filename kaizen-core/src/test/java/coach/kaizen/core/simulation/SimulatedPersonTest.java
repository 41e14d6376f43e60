package coach.kaizen.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import coach.kaizen.core.step.Sizing;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SimulatedPersonTest {

    private static final Population.Start START = new Population.Start(new Sizing(4, "minutes", 1, 1, 120.0), 30);
    private static final Population.HardDays NO_HARD_DAYS = new Population.HardDays(0, 0.7);
    private static final Population.Quitting NEVER_QUIT = new Population.Quitting(0, 0, 0);
    private static final int DAYS = 7 * 400;

    @Test
    void aWeekendDipMakesWeekendsHarderAndLeavesWeekdaysAlone() {
        Population.Weekdays weekend = new Population.Weekdays(1, new double[] {0, 0, 0, 0, 0, 1.0, 1.0});
        SimulatedPerson.Traits dipping = new SimulatedPerson.Traits(Math.log(4), Math.log(4), true, 0, 1, 1, 0);
        SimulatedPerson.Traits even = new SimulatedPerson.Traits(Math.log(4), Math.log(4));
        int[] dipped = doneByWeekday(population(weekend, null), dipping);
        int[] flat = doneByWeekday(population(weekend, null), even);
        for (int day = 0; day < 5; day++) {
            assertThat(dipped[day]).as("weekday " + day).isEqualTo(flat[day]);
        }
        // Size 4 at capacity 4: done half the time; a drop of 1.0 at σ 0.3 leaves about 3%.
        assertThat(dipped[5] + dipped[6]).isLessThan((flat[5] + flat[6]) / 5);
    }

    @Test
    void aStoicReporterSaysLessThanTheyFeelAndQuitsByWhatTheyFeel() {
        Population.Reporting stoic = new Population.Reporting(-2, 0, new Population.LogNormal(0.5, 0), 0);
        SimulatedPerson.Traits quiet = new SimulatedPerson.Traits(Math.log(4), Math.log(4), false, -2, 0.5, 1, 0);
        SimulatedPerson.Traits honest = new SimulatedPerson.Traits(Math.log(4), Math.log(4));
        double said = meanResistance(population(null, stoic), quiet);
        double felt = meanResistance(population(null, stoic), honest);
        // At capacity an honest report averages about 5; halved beyond 5 and less 2, about 3.
        assertThat(felt).isCloseTo(5, within(0.3));
        assertThat(said).isCloseTo(3, within(0.3));
    }

    @Test
    void aNoisyReporterSaysMoreOrLessThanTheyWouldFromDayToDay() {
        Population.LogNormal asFelt = new Population.LogNormal(1, 0);
        SimulatedPerson.Traits honest = new SimulatedPerson.Traits(Math.log(4), Math.log(4));
        double calm = resistanceSpread(population(null, new Population.Reporting(0, 0, asFelt, 0)), honest);
        double wandering = resistanceSpread(population(null, new Population.Reporting(0, 0, asFelt, 2)), honest);
        // At capacity a report is 5 give or take a point (and rounding); two points of their own make it about 2.25.
        assertThat(calm).isCloseTo(Math.sqrt(1 + 1.0 / 12), within(0.1));
        assertThat(wandering).isCloseTo(Math.sqrt(1 + 4 + 1.0 / 12), within(0.15));
    }

    @Test
    void aForgetfulPersonLetsDaysGoWhateverTheSize() {
        SimulatedPerson.Traits forgetful = new SimulatedPerson.Traits(Math.log(4), Math.log(4), false, 0, 1, 1, 0.2);
        SimulatedPerson.Traits even = new SimulatedPerson.Traits(Math.log(4), Math.log(4));
        // The floor of 1 at capacity 4 is done 99 days in 100; forgetting 0.2 of days lets a fifth of those go.
        double forgot = doneShare(forgetful, 1);
        double flat = doneShare(even, 1);
        assertThat(flat).isGreaterThan(0.97);
        assertThat(forgot / flat).isCloseTo(0.8, within(0.03));
    }

    @Test
    void traitsComeFromThePopulationAndLeaveEarlierDrawsAsTheyWere() {
        Population plain = population(null, null);
        Population stoic = population(new Population.Weekdays(0.5, new double[7]),
                new Population.Reporting(-1.5, 1, new Population.LogNormal(0.5, 0.3), 0));
        Population forgetful = new Population("people", 1, START, plain.capacity(), plain.capacityMax(), 0.3, 0,
                NO_HARD_DAYS, NEVER_QUIT, stoic.weekdays(), stoic.reporting(), new Population.LogNormal(0.9, 2));
        SimulatedPerson.Traits before = SimulatedPerson.Traits.draw(plain, 42);
        SimulatedPerson.Traits after = SimulatedPerson.Traits.draw(stoic, 42);
        SimulatedPerson.Traits last = SimulatedPerson.Traits.draw(forgetful, 42);
        assertThat(after.logCapacity()).isEqualTo(before.logCapacity());
        assertThat(after.logCapacityMax()).isEqualTo(before.logCapacityMax());
        assertThat(before.reportOffset()).isZero();
        assertThat(before.reportScale()).isEqualTo(1);
        assertThat(before.weeklyRhythm()).isFalse();
        assertThat(after.reportOffset()).isNotZero();
        assertThat(after.reportScale()).isNotEqualTo(1);
        assertThat(after.forgetting()).isZero();
        assertThat(last).isEqualTo(new SimulatedPerson.Traits(after.logCapacity(), after.logCapacityMax(),
                after.weeklyRhythm(), after.reportOffset(), after.reportScale(), after.proneness(), last.forgetting()));
        assertThat(last.forgetting()).isPositive().isLessThanOrEqualTo(Population.MOST_FORGETTING);
    }

    @Test
    void graceMissesAndAFadingRiskLowerTheChanceOfQuitting() {
        Population.Quitting quit = new Population.Quitting(0.01, 0.1, 0.02, 2, 30.0, 0);
        assertThat(quit.chance(0, 2, 0, 1)).isCloseTo(0.01, within(1e-12));
        assertThat(quit.chance(0, 3, 0, 1)).isCloseTo(0.11, within(1e-12));
        assertThat(quit.chance(30, 3, 0, 1)).isCloseTo(0.055, within(1e-12));
        assertThat(quit.chance(0, 3, 1, 2)).isCloseTo(0.26, within(1e-12));
        assertThat(quit.chance(0, 30, 0, 2)).isEqualTo(1);
    }

    private static int[] doneByWeekday(Population population, SimulatedPerson.Traits traits) {
        SimulatedPerson person = new SimulatedPerson(population, traits, 7);
        int[] done = new int[7];
        for (int day = 0; day < DAYS; day++) {
            person.wakeUp();
            if (person.attempt(4).done()) {
                done[day % 7]++;
            }
        }
        return done;
    }

    private static double doneShare(SimulatedPerson.Traits traits, double size) {
        SimulatedPerson person = new SimulatedPerson(population(null, null), traits, 7);
        int done = 0;
        for (int day = 0; day < DAYS; day++) {
            person.wakeUp();
            done += person.attempt(size).done() ? 1 : 0;
        }
        return (double) done / DAYS;
    }

    private static double meanResistance(Population population, SimulatedPerson.Traits traits) {
        return saidAtCapacity(population, traits).average().orElseThrow();
    }

    /** The spread of what {@code traits} say of a size at their capacity, over the days they do it. */
    private static double resistanceSpread(Population population, SimulatedPerson.Traits traits) {
        double mean = meanResistance(population, traits);
        return Math.sqrt(saidAtCapacity(population, traits).mapToDouble(r -> (r - mean) * (r - mean)).average()
                .orElseThrow());
    }

    /** What {@code traits} say of size 4, at their capacity, on each day they do it. */
    private static IntStream saidAtCapacity(Population population, SimulatedPerson.Traits traits) {
        SimulatedPerson person = new SimulatedPerson(population, traits, 7);
        IntStream.Builder said = IntStream.builder();
        for (int day = 0; day < DAYS; day++) {
            person.wakeUp();
            SimulatedPerson.Attempt attempt = person.attempt(4);
            if (attempt.done()) {
                said.add(attempt.resistance());
            }
        }
        return said.build();
    }

    private static Population population(Population.Weekdays weekdays, Population.Reporting reporting) {
        return new Population("people", 1, START, new Population.LogNormal(4, 0.5), new Population.LogNormal(40, 0.5),
                0.3, 0, NO_HARD_DAYS, NEVER_QUIT, weekdays, reporting, null);
    }
}
