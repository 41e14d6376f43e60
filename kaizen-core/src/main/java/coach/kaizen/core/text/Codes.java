package coach.kaizen.core.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How our named choices are written in files, addresses and the API: {@code LOOK_BACK} is {@code look-back}. */
public final class Codes {

    private Codes() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> Optional<E> find(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> of(value).equals(code)).findFirst();
    }
}
