package coach.kaizen.core.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.Event;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.step.Sizing;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HowHardTest {

    private static final Sizing WALK = new Sizing(10, "minutes", 1, 1, null);

    @ParameterizedTest
    @CsvSource({"EASY, 2, EASY", "OK, 5, EFFORTFUL", "HARD, 8, HARD"})
    void eachTapReachesTheEngineAsItsBand(HowHard said, int resistance, Event event) {
        Engine engine = Engine.standard();
        CheckIn done = new CheckIn(LocalDate.of(2026, 11, 21), Outcome.DONE, null, said.resistance(), null);
        assertThat(said.resistance()).isEqualTo(resistance);
        assertThat(engine.record(WALK, engine.start(WALK), done, Readiness.UNKNOWN).state().lastEvent())
                .isEqualTo(event);
    }
}
