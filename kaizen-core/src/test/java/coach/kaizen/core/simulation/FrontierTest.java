package coach.kaizen.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrontierTest {

    private static final Frontier FRONTIER = new Frontier(List.of(
            new Frontier.Point(2, 0.7, 200), new Frontier.Point(0, 0.4, 400), new Frontier.Point(1, 0.6, 300)));

    @Test
    void itsPointsRunFromMostVolumeToMostPeopleKept() {
        assertThat(FRONTIER.points()).extracting(Frontier.Point::lambda).containsExactly(0.0, 1.0, 2.0);
    }

    @Test
    void volumeAtARetentionFollowsTheLineBetweenPoints() {
        assertThat(FRONTIER.volumeAt(0.4)).isEqualTo(400);
        assertThat(FRONTIER.volumeAt(0.5)).isCloseTo(350, within(1e-9));
        assertThat(FRONTIER.volumeAt(0.65)).isCloseTo(250, within(1e-9));
    }

    @Test
    void belowTheFirstPointTheMostVolumeStandsAndAboveTheLastTheLastPoint() {
        assertThat(FRONTIER.volumeAt(0.1)).isEqualTo(400);
        assertThat(FRONTIER.volumeAt(0.9)).isEqualTo(200);
    }

    @Test
    void retentionAtAVolumeFollowsTheSameLines() {
        assertThat(FRONTIER.retentionAt(350)).isCloseTo(0.5, within(1e-9));
        assertThat(FRONTIER.retentionAt(250)).isCloseTo(0.65, within(1e-9));
        assertThat(FRONTIER.retentionAt(100)).isEqualTo(0.7);
        assertThat(FRONTIER.retentionAt(500)).isEqualTo(0.4);
    }
}
