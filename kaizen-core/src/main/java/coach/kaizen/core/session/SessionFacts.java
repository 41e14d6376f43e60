package coach.kaizen.core.session;

/**
 * What the coach knows when a session's parts are chosen.
 *
 * @param hardDay      the person said it is a hard day
 * @param notSafe      the person said they are not safe right now (a hard day too)
 * @param lookBack     some step has days without a check-in since the last session
 * @param questionLeft a question is left that was not asked in the last 14 days
 * @param obstacleDue  an obstacle is due (see {@link SessionRules#obstacleDue})
 * @param verdictDue   an experiment's trial is over and waits for keep, revert or try again
 */
public record SessionFacts(boolean hardDay, boolean notSafe, boolean lookBack, boolean questionLeft, boolean obstacleDue,
        boolean verdictDue) {
}
