package coach.kaizen.core.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Refused;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The core's words said in English, from the app's bundles: the engine tests live here, where both
 * the core and the app's catalog can be seen, so they keep asserting the exact words.
 */
public final class EnglishReasons {

    private EnglishReasons() {
    }

    static String english(Reason reason) {
        return english(reason.message());
    }

    public static String english(Message message) {
        return Catalog.shipped().texts(Catalog.ENGLISH).say(message);
    }

    /** The English words the core refused {@code call} with. */
    public static String englishRefusal(ThrowingCallable call) {
        return english(refusal(call));
    }

    /** What the core refused {@code call} with, to be said in any language. */
    public static Message refusal(ThrowingCallable call) {
        Refused[] caught = new Refused[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(Refused.class, refused -> caught[0] = refused);
        return caught[0].said();
    }
}
