package coach.kaizen.app.exchange;

import coach.kaizen.core.text.Refused;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Zips: Loop's CSV export read within limits whatever its headers claim (sizes are counted
 * as the bytes come, so a zip bomb stops at the limit), and our exports (Loop's and ours) written.
 */
final class Zips {

    /** Loop writes a few files per habit; a thousand habits is far beyond anyone's list. */
    static final int MAX_ENTRIES = 3_000;
    static final long MAX_UNPACKED = 64L * 1024 * 1024;
    static final int MAX_NAME = 255;

    private Zips() {
    }

    /** Each CSV file's path and text; a name that climbs out (..), starts at the root or is not UTF-8 text is refused. */
    static Map<String, String> read(byte[] zip) {
        Map<String, String> files = new LinkedHashMap<>();
        long unpacked = 0;
        int count = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++count > MAX_ENTRIES) {
                    throw new Refused("exchange.loop.problem.zipEntries", Integer.toString(MAX_ENTRIES));
                }
                String name = checkedName(entry.getName());
                byte[] bytes = readUpTo(in, MAX_UNPACKED - unpacked);
                unpacked += bytes.length;
                if (!entry.isDirectory() && name.endsWith(".csv")) {
                    files.put(name, text(name, bytes));
                }
            }
        } catch (Refused e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            // A broken zip, or an entry name that is not UTF-8.
            throw new Refused("exchange.loop.problem.zipDamaged");
        }
        if (count == 0) {
            throw new Refused("exchange.loop.problem.zipDamaged");
        }
        return files;
    }

    private static String checkedName(String name) {
        String path = name.replace('\\', '/');
        boolean climbs = path.equals("..") || path.startsWith("../") || path.contains("/../") || path.endsWith("/..");
        if (climbs || path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.length() > MAX_NAME
                || path.indexOf('\0') >= 0) {
            throw new Refused("exchange.loop.problem.zipName", path.length() > MAX_NAME
                    ? path.substring(0, MAX_NAME) + "…" : path);
        }
        return path;
    }

    private static byte[] readUpTo(InputStream in, long room) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > room) {
                throw new Refused("exchange.loop.problem.zipTooBig", Long.toString(MAX_UNPACKED / (1024 * 1024)));
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static String text(String name, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Refused("exchange.loop.problem.notText", name);
        }
    }

    /** The files, in the order given, as a zip. */
    static byte[] write(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
