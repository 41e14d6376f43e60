package coach.kaizen.core.text;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** What the core refused {@code call} with: its message's key and arguments (the app's tests check the words). */
public final class Said {

    private Said() {
    }

    public static Message refusal(ThrowingCallable call) {
        Refused[] caught = new Refused[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(Refused.class, refused -> caught[0] = refused);
        return caught[0].said();
    }
}
