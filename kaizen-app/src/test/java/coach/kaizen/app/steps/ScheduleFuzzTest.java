package coach.kaizen.app.steps;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.Fuzzed;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.text.Refused;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** A schedule as anyone may write it: read, or refused in words; what is read is written back the same. */
class ScheduleFuzzTest {

    @FuzzTest
    void readsOrRefuses(byte[] input) {
        Schedule schedule;
        try {
            schedule = Schedule.parse(Fuzzed.text(input));
        } catch (Refused refused) {
            return;
        }
        assertThat(Schedule.parse(schedule.code())).isEqualTo(schedule);
        assertThat(schedule.text()).isNotBlank();
    }
}
