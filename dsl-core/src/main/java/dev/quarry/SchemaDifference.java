package dev.quarry;

import java.util.Objects;

/**
 * One way in which a live database differs from the models of a {@link Metadata}, as found by
 * {@link Metadata#diff(Database)}. "Expected" is what the model declares, "actual" what the database has; both
 * are short descriptions for people (a type such as {@code VARCHAR(50)}, a column list, a default), or null when
 * that side has nothing.
 *
 * <pre>{@code
 * for (SchemaDifference d : Db.METADATA.diff(db)) {
 *     System.out.println(d);   // column users.email: the model has VARCHAR(255), the database has VARCHAR(100)
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SchemaDifference {

    /** What differs. "Missing" means the model has it and the database does not; "extra" the other way round. */
    public enum Kind {
        /** A model's table is not in the database. */
        MISSING_TABLE,
        /** A table of the database that no model names. */
        EXTRA_TABLE,
        /** A model's column is not in the database table. */
        MISSING_COLUMN,
        /** A column of the database table that the model does not declare. */
        EXTRA_COLUMN,
        /** The column's type, length, precision or scale differ. */
        TYPE,
        /** One side allows NULL, the other does not. */
        NULLABILITY,
        /** The column defaults differ. */
        DEFAULT,
        /** The primary key columns differ. */
        PRIMARY_KEY,
        /** A model's UNIQUE constraint (or unique index) is not in the database. */
        MISSING_UNIQUE,
        /** A UNIQUE constraint (or unique index) of the database that the model does not declare. */
        EXTRA_UNIQUE,
        /** A model's index is not in the database. */
        MISSING_INDEX,
        /** An index of the database that the model does not declare. */
        EXTRA_INDEX,
        /** A model's foreign key (with its actions) is not in the database. */
        MISSING_FOREIGN_KEY,
        /** A foreign key of the database that the model does not declare. */
        EXTRA_FOREIGN_KEY
    }

    private final Kind kind;
    private final String table;
    private final String column;
    private final String object;
    private final String expected;
    private final String actual;

    /**
     * A difference.
     *
     * @param kind     what differs
     * @param table    the table's SQL name
     * @param column   the column's SQL name, or null when the difference is not about one column
     * @param object   the constraint or index concerned (its name or column list), or null
     * @param expected what the model has, or null for nothing
     * @param actual   what the database has, or null for nothing
     */
    public SchemaDifference(Kind kind, String table, String column, String object, String expected, String actual) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.table = Objects.requireNonNull(table, "table");
        this.column = column;
        this.object = object;
        this.expected = expected;
        this.actual = actual;
    }

    /** What differs. */
    public Kind kind() {
        return kind;
    }

    /** The table's SQL name. */
    public String table() {
        return table;
    }

    /** The column's SQL name, or null when the difference is not about one column. */
    public String column() {
        return column;
    }

    /** The constraint or index concerned (its name, or its columns in parentheses), or null. */
    public String object() {
        return object;
    }

    /** What the model declares, in words (a type, a column list, a default), or null for nothing. */
    public String expected() {
        return expected;
    }

    /** What the database has, in words, or null for nothing. */
    public String actual() {
        return actual;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SchemaDifference d && kind == d.kind && table.equals(d.table)
                && Objects.equals(column, d.column) && Objects.equals(object, d.object)
                && Objects.equals(expected, d.expected) && Objects.equals(actual, d.actual);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, table, column, object, expected, actual);
    }

    /** One line that names the table and column and says which side has what. */
    @Override
    public String toString() {
        String where = column != null ? "column " + table + "." + column : "table " + table;
        String what = object == null ? "" : " " + object;
        return switch (kind) {
            case MISSING_TABLE -> "table " + table + ": the model declares it, the database has no such table";
            case EXTRA_TABLE -> "table " + table + ": the database has it, no model declares it";
            case MISSING_COLUMN -> where + ": the model declares it (" + expected
                    + "), the database table has no such column";
            case EXTRA_COLUMN -> where + ": the database has it (" + actual + "), the model does not declare it";
            case TYPE -> where + ": the model has type " + expected + ", the database has " + actual;
            case NULLABILITY -> where + ": the model says " + expected + ", the database says " + actual;
            case DEFAULT -> where + ": the model has default " + orNone(expected) + ", the database has "
                    + orNone(actual);
            case PRIMARY_KEY -> "table " + table + ": the model's primary key is " + orNone(expected)
                    + ", the database's is " + orNone(actual);
            case MISSING_UNIQUE -> "table " + table + ": the model declares UNIQUE" + what
                    + ", the database has no such constraint or unique index";
            case EXTRA_UNIQUE -> "table " + table + ": the database has UNIQUE" + what
                    + ", the model does not declare it";
            case MISSING_INDEX -> "table " + table + ": the model declares index" + what
                    + ", the database has no such index";
            case EXTRA_INDEX -> "table " + table + ": the database has index" + what
                    + ", the model does not declare it";
            case MISSING_FOREIGN_KEY -> "table " + table + ": the model declares foreign key " + expected
                    + ", the database has no such key";
            case EXTRA_FOREIGN_KEY -> "table " + table + ": the database has foreign key " + actual
                    + ", the model does not declare it";
        };
    }

    private static String orNone(String s) {
        return s == null ? "none" : s;
    }
}
