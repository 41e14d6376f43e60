package coach.kaizen.app.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** One SQL statement over a plain connection, for test setup. */
final class Jdbc {

    private Jdbc() {
    }

    static void execute(String url, Properties credentials, String sql) {
        try (Connection connection = DriverManager.getConnection(url, credentials);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test setup failed: " + e.getMessage(), e);
        }
    }

    static long count(String url, Properties credentials, String table) {
        try (Connection connection = DriverManager.getConnection(url, credentials);
                Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("test count failed: " + e.getMessage(), e);
        }
    }
}
