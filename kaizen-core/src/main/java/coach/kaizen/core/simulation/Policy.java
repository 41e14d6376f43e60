package coach.kaizen.core.simulation;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.engine.Readiness;
import java.time.LocalDate;

/** A way of sizing one person's step day after day. */
interface Policy {

    /** The size asked of the person today. */
    double propose(LocalDate day, Readiness readiness);

    /** What happened with today's proposal. */
    void record(CheckIn checkIn, Readiness readiness);

    /** The size asked on an ordinary day now: the "final size" of the results. */
    double regularSize(LocalDate day);
}
