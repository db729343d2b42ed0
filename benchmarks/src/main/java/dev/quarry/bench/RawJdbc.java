package dev.quarry.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The hand-written JDBC every fetch and insert benchmark is measured against: one prepared statement, a
 * plain {@code ResultSet} loop by column index, {@code addBatch}/{@code executeBatch} in one transaction.
 * SQLite keeps dates as text, so there the date is bound and read as a string.
 */
public final class RawJdbc {
    /** The SQL Quarry renders for the fetch query; the raw loop runs the same text. */
    public static final String SELECT_ITEMS = "SELECT items.id, items.name, items.code, items.price, items.created, "
            + "items.active FROM items WHERE items.id <= ?";
    /** The same over {@code items_big}, for streaming. */
    public static final String SELECT_BIG = SELECT_ITEMS.replace("items", "items_big");
    public static final String INSERT_ITEM = "INSERT INTO items_insert (id, name, code, price, created, active) "
            + "VALUES (?, ?, ?, ?, ?, ?)";

    private RawJdbc() {
    }

    /** Reads the items with id up to {@code maxId} into records. */
    public static List<Item> fetch(Fixture.Kind kind, DataSource ds, long maxId) {
        boolean textDates = kind.textDates();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT_ITEMS)) {
            ps.setLong(1, maxId);
            try (ResultSet rs = ps.executeQuery()) {
                List<Item> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(read(rs, textDates));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Streams the rows of {@code items_big} with id up to {@code maxId} to {@code sink}, one at a time; returns the count. */
    public static long stream(Fixture.Kind kind, DataSource ds, long maxId, int fetchSize, Consumer<Item> sink) {
        boolean textDates = kind.textDates();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT_BIG)) {
            // as each driver streams: pgjdbc uses a cursor only outside autocommit; Connector/J streams row by
            // row only with the fetch size Integer.MIN_VALUE, and reads the whole result into memory otherwise
            boolean cursor = kind == Fixture.Kind.POSTGRES;
            if (cursor) {
                c.setAutoCommit(false);
            }
            ps.setFetchSize(kind == Fixture.Kind.MARIADB ? Integer.MIN_VALUE : fetchSize);
            ps.setLong(1, maxId);
            long n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(read(rs, textDates));
                    n++;
                }
            } finally {
                if (cursor) {
                    c.commit();
                    c.setAutoCommit(true);
                }
            }
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Item read(ResultSet rs, boolean textDates) throws SQLException {
        return new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                textDates ? LocalDate.parse(rs.getString(5)) : rs.getObject(5, LocalDate.class), rs.getBoolean(6));
    }

    /** Inserts {@code items} into {@code items_insert} as one JDBC batch in one transaction. */
    public static long batchInsert(Fixture.Kind kind, DataSource ds, List<Item> items) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(INSERT_ITEM)) {
                for (Item it : items) {
                    bindItem(kind, ps, it);
                    ps.addBatch();
                }
                long n = 0;
                for (int count : ps.executeBatch()) {
                    n += count;
                }
                c.commit();
                return n;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void bindItem(Fixture.Kind kind, PreparedStatement ps, Item it) throws SQLException {
        ps.setLong(1, it.id());
        ps.setString(2, it.name());
        ps.setString(3, it.code());
        if (kind.textDates()) {
            ps.setString(4, it.price().toPlainString());
            ps.setString(5, it.created().toString());
            ps.setInt(6, it.active() ? 1 : 0);
        } else {
            ps.setBigDecimal(4, it.price());
            ps.setDate(5, Date.valueOf(it.created()));
            ps.setBoolean(6, it.active());
        }
    }
}
