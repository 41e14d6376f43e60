package coach.kaizen.app.exchange;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** What a file brought in is, by its first bytes: a zip (a CSV export) or a SQLite database (a Loop backup). */
final class FileKind {

    private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private FileKind() {
    }

    static boolean zip(byte[] file) {
        return startsWith(file, ZIP);
    }

    static boolean sqlite(byte[] file) {
        return startsWith(file, SQLITE);
    }

    private static boolean startsWith(byte[] file, byte[] magic) {
        return file.length >= magic.length && Arrays.equals(file, 0, magic.length, magic, 0, magic.length);
    }
}
