package coach.kaizen.app.exchange;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.loop.LoopExport;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.step.Step;
import java.util.ArrayList;
import java.util.List;

/** A person's steps as Loop's CSV export (a zip), so they can take their days elsewhere; it only reads. */
public final class LoopExportService {

    private final Database database;
    private final Engine engine;
    private final PersonalClock clock;

    public LoopExportService(Database database, Engine engine, PersonalClock clock) {
        this.database = database;
        this.engine = engine;
        this.clock = clock;
    }

    /** The zip's bytes: every step of the person, archived ones included, in the order they were made. */
    public byte[] export(Person person) {
        long userId = person.id();
        List<LoopExport.Exported> steps = database.read(stores -> {
            List<Long> archived = stores.steps().archived(userId);
            List<LoopExport.Exported> exported = new ArrayList<>();
            for (Step step : stores.steps().list(userId)) {
                exported.add(new LoopExport.Exported(stores.replayed(engine, userId, step),
                        archived.contains(step.id())));
            }
            return exported;
        });
        return Zips.write(LoopExport.files(steps, clock.today(person)));
    }
}
