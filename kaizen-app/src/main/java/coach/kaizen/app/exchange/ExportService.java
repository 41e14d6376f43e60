package coach.kaizen.app.exchange;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.core.exchange.KaizenCsv;
import coach.kaizen.core.exchange.KaizenDocument;
import coach.kaizen.core.exchange.Merge;
import coach.kaizen.core.person.Person;
import java.time.LocalDate;

/** Everything that is a person's, as our document: JSON, or a zip of CSV files. It only reads. */
public final class ExportService {

    private final Database database;
    private final PersonalClock clock;

    public ExportService(Database database, PersonalClock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** An export: its bytes, and a file name with the person's day in it. */
    public record Export(byte[] bytes, String fileName, String contentType) {
    }

    public KaizenDocument document(Person person) {
        KaizenDocument rows = database.read(stores -> stores.exchange().account(person.id()));
        return Merge.numbered(rows.stamped(clock.now()));
    }

    public Export json(Person person) {
        return new Export(KaizenJson.write(document(person)), name(person, "json"), "application/json");
    }

    public Export csv(Person person) {
        return new Export(Zips.write(KaizenCsv.files(document(person))), name(person, "zip"), "application/zip");
    }

    private String name(Person person, String extension) {
        LocalDate today = clock.today(person);
        return "kaizen-coach-" + today + "." + extension;
    }
}
