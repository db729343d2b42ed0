package dev.quarry.dialects.postgres;

import dev.quarry.SqlType;
import dev.quarry.dialect.BulkLoad;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A bulk load through {@code COPY ... FROM STDIN} (https://www.postgresql.org/docs/current/sql-copy.html),
 * in COPY's text format, written in 64 KiB pieces through pgjdbc's {@code CopyManager}. The driver is optional
 * for this module, so its copy API is reached by reflection on its public interfaces; without it (another
 * driver, a wrapper that does not unwrap) the load falls back to multi-row INSERTs.
 */
final class PostgresCopy {
    private static final int FLUSH = 64 * 1024;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PostgresCopy() {
    }

    static long load(BulkLoad load) throws SQLException {
        Api api = Api.find(load.connection());
        if (api == null) {
            return load.multiRowInsert();
        }
        Object copy = api.copyIn(load.connection(), "COPY " + load.target() + " FROM STDIN");
        boolean done = false;
        try {
            List<SqlType<?>> types = load.types();
            StringBuilder line = new StringBuilder(256);
            byte[] buffer = new byte[FLUSH + 1024];
            int used = 0;
            for (Object[] row = load.next(); row != null; row = load.next()) {
                line.setLength(0);
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        line.append('\t');
                    }
                    append(line, types.get(i), row[i]);
                }
                line.append('\n');
                byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
                if (used + bytes.length > buffer.length) {
                    api.write(copy, buffer, used);
                    used = 0;
                }
                if (bytes.length > buffer.length) {
                    api.write(copy, bytes, bytes.length);
                } else {
                    System.arraycopy(bytes, 0, buffer, used, bytes.length);
                    used += bytes.length;
                }
                if (used >= FLUSH) {
                    api.write(copy, buffer, used);
                    used = 0;
                }
            }
            if (used > 0) {
                api.write(copy, buffer, used);
            }
            long n = api.end(copy);
            done = true;
            return n;
        } finally {
            if (!done) {
                api.cancel(copy);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void append(StringBuilder out, SqlType<?> type, Object value) {
        Object v = type.isMapped() && value != null ? ((SqlType<Object>) type).toDatabase(value) : value;
        if (v == null) {
            out.append("\\N");
        } else if (v instanceof Boolean b) {
            out.append(b ? 't' : 'f');
        } else if (v instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (v instanceof Number || v instanceof java.time.temporal.Temporal || v instanceof java.util.UUID) {
            out.append(v);
        } else if (v instanceof byte[] bytes) {
            // bytea's hex input, its backslash escaped for COPY's text format
            out.append("\\\\x");
            for (byte x : bytes) {
                out.append(HEX[(x >> 4) & 0xF]).append(HEX[x & 0xF]);
            }
        } else {
            escape(out, v.toString());
        }
    }

    /** COPY's text format: backslash, tab, newline and carriage return are escaped. */
    private static void escape(StringBuilder out, String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    /** pgjdbc's copy API: {@code PGConnection.getCopyAPI().copyIn(sql)}, {@code writeToCopy}, {@code endCopy}. */
    private record Api(Class<?> connectionType, Method copyApi, Method copyIn, Method write, Method end,
            Method cancel) {
        static Api find(Connection c) throws SQLException {
            Class<?> pg;
            try {
                pg = Class.forName("org.postgresql.PGConnection", false, loader(c));
            } catch (ClassNotFoundException e) {
                return null;
            }
            if (!c.isWrapperFor(pg)) {
                return null;
            }
            try {
                Class<?> manager = Class.forName("org.postgresql.copy.CopyManager", false, pg.getClassLoader());
                Class<?> in = Class.forName("org.postgresql.copy.CopyIn", false, pg.getClassLoader());
                Class<?> op = Class.forName("org.postgresql.copy.CopyOperation", false, pg.getClassLoader());
                return new Api(pg, pg.getMethod("getCopyAPI"), manager.getMethod("copyIn", String.class),
                        in.getMethod("writeToCopy", byte[].class, int.class, int.class), in.getMethod("endCopy"),
                        op.getMethod("cancelCopy"));
            } catch (ReflectiveOperationException e) {
                return null;
            }
        }

        private static ClassLoader loader(Connection c) {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            return context != null ? context : c.getClass().getClassLoader();
        }

        Object copyIn(Connection c, String sql) throws SQLException {
            return call(copyIn, call(copyApi, c.unwrap(connectionType)), sql);
        }

        void write(Object copy, byte[] bytes, int length) throws SQLException {
            call(write, copy, bytes, 0, length);
        }

        long end(Object copy) throws SQLException {
            return (Long) call(end, copy);
        }

        void cancel(Object copy) {
            try {
                call(cancel, copy);
            } catch (SQLException | RuntimeException e) {
                // the copy already ended with the error being thrown; the transaction rolls back anyway
            }
        }

        private static Object call(Method m, Object target, Object... args) throws SQLException {
            try {
                return m.invoke(target, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof SQLException s) {
                    throw s;
                } else if (cause instanceof RuntimeException r) {
                    throw r;
                } else if (cause instanceof Error err) {
                    throw err;
                }
                throw new SQLException(cause);
            } catch (IllegalAccessException e) {
                throw new SQLException("pgjdbc's copy API is not accessible: " + e.getMessage(), e);
            }
        }
    }
}
