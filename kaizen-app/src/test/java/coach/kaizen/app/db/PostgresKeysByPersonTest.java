package coach.kaizen.app.db;

import coach.kaizen.app.testing.RequiresPostgres;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** PostgreSQL's keys, as its catalog (pg_index, pg_constraint) tells them: what Citus will ask of them. */
@RequiresPostgres
class PostgresKeysByPersonTest extends KeysByPersonContract {

    @Override
    protected TestDatabase openAt(String version) {
        return TestDatabases.postgresAt(TestDatabases.postgresUrl(), version);
    }

    @Override
    protected String tables() {
        return "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()";
    }

    @Override
    protected List<String> primaryKey(Handle handle, String table) {
        return keys(handle, table, "i.indisprimary").stream().findFirst().orElse(List.of());
    }

    @Override
    protected List<List<String>> uniqueKeys(Handle handle, String table) {
        return keys(handle, table, "i.indisunique");
    }

    /** The columns of each of the table's indexes that {@code which} picks. */
    private static List<List<String>> keys(Handle handle, String table, String which) {
        return handle.createQuery("""
                        SELECT string_agg(a.attname, ',' ORDER BY k.n)
                        FROM pg_index i
                        JOIN pg_class c ON c.oid = i.indrelid
                        CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
                        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
                        WHERE c.relname = :table AND c.relnamespace = current_schema()::regnamespace AND\s""" + which + """

                        GROUP BY i.indexrelid""")
                .bind("table", table)
                .map((rs, ctx) -> Arrays.asList(rs.getString(1).split(",")))
                .list();
    }

    @Override
    protected List<ForeignKey> foreignKeys(Handle handle, String table) {
        return handle.createQuery("""
                        SELECT f.relname, string_agg(a.attname || '=' || fa.attname, ',' ORDER BY k.n)
                        FROM pg_constraint con
                        JOIN pg_class c ON c.oid = con.conrelid
                        JOIN pg_class f ON f.oid = con.confrelid
                        CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(col, ref, n)
                        JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.col
                        JOIN pg_attribute fa ON fa.attrelid = con.confrelid AND fa.attnum = k.ref
                        WHERE con.contype = 'f' AND c.relname = :table
                          AND c.relnamespace = current_schema()::regnamespace
                        GROUP BY con.oid, f.relname""")
                .bind("table", table)
                .map((rs, ctx) -> new ForeignKey(rs.getString(1), pairs(rs.getString(2))))
                .list();
    }

    private static Map<String, String> pairs(String joined) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : joined.split(",")) {
            String[] sides = pair.split("=");
            pairs.put(sides[0], sides[1]);
        }
        return pairs;
    }
}
