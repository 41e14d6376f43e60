package coach.kaizen.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.service.Invalid;
import coach.kaizen.core.exchange.DocumentCheck;
import coach.kaizen.core.exchange.KaizenCsv;
import coach.kaizen.core.exchange.KaizenDocument;
import coach.kaizen.core.text.Refused;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Our export (JSON, version 1) as a file may come back, whatever it holds: read, or refused in
 * words; a document that is taken is written again (JSON and CSV) and read back the same.
 */
class KaizenDocumentFuzzTest {

    @FuzzTest
    void readsOrRefuses(byte[] input) {
        KaizenDocument document;
        try {
            document = KaizenJson.read(input);
            DocumentCheck.check(document);
        } catch (Invalid | Refused refused) {
            return;
        }
        assertThat(KaizenJson.read(KaizenJson.write(document))).isEqualTo(document);
        assertThat(KaizenCsv.files(document)).isNotEmpty();
    }
}
