package coach.kaizen.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void trimsAndTreatsBlankAsNothing() {
        assertThat(Text.optional("  walk ", "action", 10)).isEqualTo("walk");
        assertThat(Text.optional(" \t", "anchor", 10)).isNull();
        assertThat(Text.optional(null, "anchor", 10)).isNull();
    }

    @Test
    void namesTheFieldWhenTextIsMissingOrTooLong() {
        assertThatThrownBy(() -> Text.required("  ", "title", 10)).hasMessage("title is required");
        assertThatThrownBy(() -> Text.required("x".repeat(11), "title", 10))
                .hasMessage("title can be at most 10 characters");
        assertThat(Text.required("x".repeat(10), "title", 10)).hasSize(10);
    }

    @Test
    void anAimDraftNeedsATitleAndAKind() {
        assertThat(new AimDraft(" Move more ", AimKind.BUILD).title()).isEqualTo("Move more");
        assertThatThrownBy(() -> new AimDraft("", AimKind.BUILD)).hasMessage("title is required");
        assertThatThrownBy(() -> new AimDraft("Move", null)).hasMessageContaining("BUILD or RECOVER");
    }
}
