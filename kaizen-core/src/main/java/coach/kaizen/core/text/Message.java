package coach.kaizen.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Words for a person, named by a key and filled in with {@code args}: the shell says them in the
 * person's language. An argument may be a {@code Message} itself (a field's name, a weekday).
 */
public record Message(String key, List<Object> args) {

    public Message {
        // An argument may be null (a note not written), so not List.copyOf.
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** The key and its arguments, for a log line: never shown to a person. */
    @Override
    public String toString() {
        return args.isEmpty() ? key : key + args;
    }
}
