package coach.kaizen.core.simulation;

/**
 * One policy's averages over a population, quitters included.
 *
 * @param retention           the share of people still going on the last day
 * @param successRate         done days ÷ active days, averaged over people
 * @param volume              the sum of sizes done, averaged over people
 * @param finalSizeToCapacity the ordinary-day size at the end (or when they quit) ÷ their capacity then
 * @param longestMissRun      the longest run of misses in a row, averaged over people
 */
public record PolicyResult(
        String policy, double retention, double successRate, double volume, double finalSizeToCapacity,
        double longestMissRun) {
}
