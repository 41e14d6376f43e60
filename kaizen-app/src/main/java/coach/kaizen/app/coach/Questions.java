package coach.kaizen.app.coach;

import coach.kaizen.core.session.QuestionBank;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the question bank shipped in kaizen-core: the core itself does no I/O. */
public final class Questions {

    private Questions() {
    }

    public static QuestionBank standard() {
        try (InputStream in = QuestionBank.class.getResourceAsStream(QuestionBank.FILE)) {
            if (in == null) {
                throw new IllegalStateException(QuestionBank.FILE + " is missing from the classpath");
            }
            return QuestionBank.of(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
