package coach.kaizen.core.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SizingTest {

    @Test
    void showsALevelRoundedToTheQuantum() {
        Sizing km = new Sizing(2, "km", 0.5, 0.5, 10.0);
        assertThat(km.show(Math.log(2.7))).isEqualTo(2.5);
        assertThat(km.show(Math.log(2.8))).isEqualTo(3.0);
        assertThat(km.show(Math.log(0.1))).isEqualTo(0.5);
        assertThat(km.show(Math.log(50))).isEqualTo(10.0);
        assertThat(new Sizing(0.3, "km", 0.1, 0.1, null).show(Math.log(0.3))).isEqualTo(0.3);
    }

    @Test
    void describesASizeInPlainWords() {
        Sizing minutes = new Sizing(5, "minutes", 1, 1, null);
        assertThat(minutes.describe(5)).isEqualTo("5 minutes");
        assertThat(minutes.describe(1)).isEqualTo("1 minute");
        assertThat(new Sizing(2, "km", 0.5, 0.5, null).describe(2.5)).isEqualTo("2.5 km");
    }

    @Test
    void namesOneOfAUnitInTheSingular() {
        assertThat(Sizing.singular("minutes")).isEqualTo("minute");
        assertThat(Sizing.singular("pages")).isEqualTo("page");
        assertThat(Sizing.singular("push-ups")).isEqualTo("push-up");
        assertThat(Sizing.singular("glasses")).isEqualTo("glass");
        assertThat(Sizing.singular("boxes")).isEqualTo("box");
        assertThat(Sizing.singular("glass")).isEqualTo("glass");
        assertThat(Sizing.singular("km")).isEqualTo("km");
        assertThat(Sizing.singular("s")).isEqualTo("s");
    }

    @Test
    void clampsTheLevelToFloorAndCeiling() {
        Sizing s = new Sizing(5, "pages", 1, 2, 8.0);
        assertThat(s.clamp(Math.log(1))).isEqualTo(Math.log(2));
        assertThat(s.clamp(Math.log(9))).isEqualTo(Math.log(8));
        assertThat(s.clamp(Math.log(5))).isEqualTo(Math.log(5));
    }

    @Test
    void rejectsSizesThatCannotWork() {
        assertThatThrownBy(() -> new Sizing(1, "pages", 1, 2, null)).hasMessageContaining("at least the floor");
        assertThatThrownBy(() -> new Sizing(5, "pages", 1, 2, 4.0)).hasMessageContaining("ceiling");
        assertThatThrownBy(() -> new Sizing(5, "pages", 0, 2, null)).hasMessageContaining("quantum");
        assertThatThrownBy(() -> new Sizing(5, " ", 1, 2, null)).hasMessageContaining("unit");
    }
}
