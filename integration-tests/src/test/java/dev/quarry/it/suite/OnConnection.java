package dev.quarry.it.suite;

import dev.quarry.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Plain JDBC on a database's own connection (inside a transaction, the transaction's), as another tool writing
 * the same database or a session setting would: for tests that must step around Quarry.
 */
public final class OnConnection {
    private OnConnection() {
    }

    /** Runs {@code sql}. */
    public static void execute(Database db, String sql) throws SQLException {
        Connection c = db.acquireConnection();
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        } finally {
            db.releaseConnection(c);
        }
    }

    /** The first column of the first row of {@code sql}, as text. */
    public static String text(Database db, String sql) throws SQLException {
        Connection c = db.acquireConnection();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } finally {
            db.releaseConnection(c);
        }
    }
}
