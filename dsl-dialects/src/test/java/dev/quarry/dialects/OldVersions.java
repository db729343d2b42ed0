package dev.quarry.dialects;

import dev.quarry.dialect.Dialect;
import dev.quarry.dialects.mysql.MySqlDialect;
import dev.quarry.dialects.sqlite.SqliteDialect;
import java.lang.reflect.Proxy;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/** Dialect values of older servers, for golden tests of what they cannot do. */
final class OldVersions {
    private OldVersions() {
    }

    /** SQLite {@code 3.minor}, as {@code forServer} detects it. */
    static Dialect sqlite(int minor) {
        DatabaseMetaData md = (DatabaseMetaData) Proxy.newProxyInstance(OldVersions.class.getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getDatabaseMajorVersion" -> 3;
                    case "getDatabaseMinorVersion" -> minor;
                    case "getDatabaseProductVersion" -> "3." + minor + ".0";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        try {
            return SqliteDialect.INSTANCE.forServer(md);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** MySQL 5.7: no window functions. */
    static Dialect mysql57() {
        return MySqlDialect.mysql(5, 7);
    }

    /** MariaDB 10.5: DELETE ... RETURNING but no UPDATE ... RETURNING. */
    static Dialect mariaDb105() {
        return MySqlDialect.mariaDb(10, 5);
    }
}
