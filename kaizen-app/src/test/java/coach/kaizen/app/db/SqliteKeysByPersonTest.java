package coach.kaizen.app.db;

import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's keys, as its pragmas (table_info, index_list, index_info, foreign_key_list) tell them. */
class SqliteKeysByPersonTest extends KeysByPersonContract {

    @TempDir
    Path folder;

    @Override
    protected TestDatabase openAt(String version) {
        return TestDatabases.sqliteAt(folder.resolve("keys"), version);
    }

    @Override
    protected String tables() {
        return "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
    }

    @Override
    protected List<String> primaryKey(Handle handle, String table) {
        return names(handle, "SELECT name FROM pragma_table_info(:table) WHERE pk > 0 ORDER BY pk", table);
    }

    @Override
    protected List<List<String>> uniqueKeys(Handle handle, String table) {
        List<List<String>> keys = new ArrayList<>();
        // A rowid table's INTEGER PRIMARY KEY has no index of its own; table_info tells it.
        if (names(handle, "SELECT name FROM pragma_index_list(:table) WHERE origin = 'pk'", table).isEmpty()) {
            keys.add(primaryKey(handle, table));
        }
        for (String index : names(handle, "SELECT name FROM pragma_index_list(:table) WHERE \"unique\" = 1", table)) {
            keys.add(names(handle, "SELECT name FROM pragma_index_info(:table) ORDER BY seqno", index));
        }
        return keys;
    }

    private record Link(int id, String referenced, String from, String to) {
    }

    @Override
    protected List<ForeignKey> foreignKeys(Handle handle, String table) {
        List<Link> links = handle.createQuery(
                        "SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(:table) ORDER BY id, seq")
                .bind("table", table)
                .map((rs, ctx) -> new Link(rs.getInt("id"), rs.getString("table"), rs.getString("from"), rs.getString("to")))
                .list();
        Map<Integer, ForeignKey> keys = new LinkedHashMap<>();
        for (Link link : links) {
            keys.computeIfAbsent(link.id(), id -> new ForeignKey(link.referenced(), new LinkedHashMap<>()))
                    .columns().put(link.from(), link.to());
        }
        return List.copyOf(keys.values());
    }
}
