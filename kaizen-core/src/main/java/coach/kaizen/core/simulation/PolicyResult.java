package coach.kaizen.core.simulation;

/**
 * One policy's averages over a population and its replicates, quitters included, and how it
 * compares with the frontier (docs/engine.md §5.4).
 *
 * @param retention           the share of people still going on the last day
 * @param retentionError      its standard error over the draws of days
 * @param successRate         done days ÷ active days, averaged over people
 * @param volume              the sum of sizes done, averaged over people
 * @param volumeError         its standard error over the draws of days
 * @param finalSizeToCapacity the ordinary-day size at the end (or when they quit) ÷ their capacity then
 * @param longestMissRun      the longest run of misses in a row, averaged over people
 * @param efficiency          volume ÷ the frontier's volume at this retention
 * @param retentionGap        the frontier's retention at this volume less this retention
 */
public record PolicyResult(
        String policy, double retention, double retentionError, double successRate, double volume,
        double volumeError, double finalSizeToCapacity, double longestMissRun, double efficiency,
        double retentionGap) {
}
