package coach.kaizen.app.testing;

import java.nio.charset.StandardCharsets;

/**
 * What fuzz targets share. They take raw bytes, so a seed in {@code <Target>Inputs/<method>/} is the
 * file as a person would send it, readable and editable by hand.
 */
public final class Fuzzed {

    private Fuzzed() {
    }

    /** The bytes as text, the way a server reads a UTF-8 body (a broken sequence becomes U+FFFD). */
    public static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
