package dev.quarry.jdbc;

import dev.quarry.Column;
import dev.quarry.ReferentialAction;
import dev.quarry.SchemaDifference;
import dev.quarry.SchemaDifference.Kind;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.dialect.Dialect;
import dev.quarry.render.DdlRenderer;
import dev.quarry.schema.ColumnInfo;
import dev.quarry.schema.ColumnType;
import dev.quarry.schema.ForeignKey;
import dev.quarry.schema.ForeignKeyInfo;
import dev.quarry.schema.Index;
import dev.quarry.schema.IndexInfo;
import dev.quarry.schema.SchemaInfo;
import dev.quarry.schema.TableInfo;
import dev.quarry.schema.UniqueInfo;
import dev.quarry.schema.UniqueKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares the models with a schema read from the database: one {@link Entry} per difference, holding the
 * public {@link SchemaDifference} and the model objects a migration needs. Names compare without case (MySQL
 * on Windows and macOS folds them); spelling-only differences of types and defaults are normalised away
 * ({@link SchemaNormal}).
 *
 * @since 0.1.0
 */
public final class SchemaDiff {

    /**
     * One difference with what the migration needs: the model table and column (null where the model has none),
     * the model's columns of a key, the model foreign key or index, and the read object's name.
     */
    public record Entry(SchemaDifference difference, Table<?> table, Column<?> column, List<Column<?>> columns,
            ForeignKey foreignKey, Index index, String readName, boolean readIsIndex, ColumnInfo readColumn) {
    }

    private final Dialect dialect;
    private final DdlRenderer ddl;
    private final List<Entry> entries = new ArrayList<>();

    private SchemaDiff(Dialect dialect) {
        this.dialect = dialect;
        this.ddl = dialect.ddlRenderer();
    }

    /** The differences between {@code tables} (tables, not views, in dependency order) and {@code live}. */
    public static List<Entry> compare(Dialect dialect, List<Table<?>> tables, SchemaInfo live) {
        SchemaDiff d = new SchemaDiff(dialect);
        Map<String, TableInfo> read = new LinkedHashMap<>();
        for (TableInfo t : live.tables()) {
            if (!t.view()) {
                read.put(key(t.name()), t);
            }
        }
        Map<String, Table<?>> modelled = new LinkedHashMap<>();
        for (Table<?> t : tables) {
            modelled.put(key(t.name()), t);
            TableInfo info = read.get(key(t.name()));
            if (info == null) {
                d.add(new SchemaDifference(Kind.MISSING_TABLE, t.name(), null, null, null, null), t, null, null,
                        null, null, null, false, null);
            } else {
                d.table(t, info);
            }
        }
        for (TableInfo t : read.values()) {
            if (!modelled.containsKey(key(t.name()))) {
                d.add(new SchemaDifference(Kind.EXTRA_TABLE, t.name(), null, null, null, null), null, null, null,
                        null, null, t.name(), false, null);
            }
        }
        return List.copyOf(d.entries);
    }

    private void add(SchemaDifference difference, Table<?> table, Column<?> column, List<Column<?>> columns,
            ForeignKey fk, Index index, String readName, boolean readIsIndex, ColumnInfo readColumn) {
        entries.add(new Entry(difference, table, column, columns, fk, index, readName, readIsIndex, readColumn));
    }

    private void table(Table<?> t, TableInfo info) {
        String name = t.name();
        Map<String, ColumnInfo> readColumns = new LinkedHashMap<>();
        for (ColumnInfo c : info.columns()) {
            readColumns.put(key(c.name()), c);
        }
        for (Column<?> c : t.columns()) {
            ColumnInfo r = readColumns.remove(key(c.name()));
            if (r == null) {
                add(new SchemaDifference(Kind.MISSING_COLUMN, name, c.name(), null, describe(c), null), t, c, null,
                        null, null, null, false, null);
            } else {
                column(t, c, r);
            }
        }
        for (ColumnInfo r : readColumns.values()) {
            add(new SchemaDifference(Kind.EXTRA_COLUMN, name, r.name(), null, null,
                    r.type().nativeType() + (r.nullable() ? "" : " NOT NULL")), t, null, null, null, null, r.name(),
                    false, r);
        }
        List<String> pk = names(t.primaryKeyColumns());
        if (!keys(pk).equals(keys(info.primaryKey()))) {
            add(new SchemaDifference(Kind.PRIMARY_KEY, name, null, null, pk.isEmpty() ? null : list(pk),
                    info.primaryKey().isEmpty() ? null : list(info.primaryKey())), t, null, t.primaryKeyColumns(),
                    null, null, null, false, null);
        }
        uniques(t, info, pk);
        indexes(t, info);
        foreignKeys(t, info);
    }

    private void column(Table<?> t, Column<?> c, ColumnInfo r) {
        SqlType<?> type = c.type().storage();
        if (!SchemaNormal.sameType(dialect, type, r.type())
                && !SchemaNormal.sameType(dialect, ddl.storedType(type, c.isAutoIncrement()), r.type())) {
            add(new SchemaDifference(Kind.TYPE, t.name(), c.name(), null, dialect.types().ddl(type),
                    r.type().nativeType()), t, c, null, null, null, null, false, r);
        }
        boolean nullable = c.nullable() && !t.primaryKeyColumns().contains(c);
        if (nullable != r.nullable()) {
            add(new SchemaDifference(Kind.NULLABILITY, t.name(), c.name(), null, nullable ? "NULL" : "NOT NULL",
                    r.nullable() ? "NULL" : "NOT NULL"), t, c, null, null, null, null, false, r);
        }
        if (!c.isAutoIncrement() && !r.autoIncrement()) {
            String expected = SchemaNormal.modelDefault(c);
            String actual = SchemaNormal.readDefault(r.defaultValue());
            if (!SchemaNormal.sameDefault(expected, actual)) {
                add(new SchemaDifference(Kind.DEFAULT, t.name(), c.name(), null, expected, actual), t, c, null,
                        null, null, null, false, r);
            }
        }
    }

    private void uniques(Table<?> t, TableInfo info, List<String> pk) {
        Map<List<String>, List<Column<?>>> model = new LinkedHashMap<>();
        for (UniqueKey u : t.uniqueKeys()) {
            model.put(keys(names(u.columns())), u.columns());
        }
        for (Column<?> c : t.columns()) {
            if (c.isUnique()) {
                model.put(keys(List.of(c.name())), List.of(c));
            }
        }
        for (Index i : t.indexes()) {
            if (i.unique()) {
                model.put(keys(names(i.columns())), i.columns());
            }
        }
        model.remove(keys(pk));
        Map<List<String>, String[]> read = new LinkedHashMap<>();
        for (UniqueInfo u : info.uniqueKeys()) {
            read.put(keys(u.columns()), new String[] {u.name(), list(u.columns()), ""});
        }
        for (IndexInfo i : info.indexes()) {
            if (i.unique()) {
                read.putIfAbsent(keys(i.columns()), new String[] {i.name(), list(i.columns()), "index"});
            }
        }
        read.remove(keys(info.primaryKey()));
        for (Map.Entry<List<String>, List<Column<?>>> e : model.entrySet()) {
            if (read.remove(e.getKey()) == null) {
                String cols = list(names(e.getValue()));
                add(new SchemaDifference(Kind.MISSING_UNIQUE, t.name(), e.getValue().size() == 1
                        ? e.getValue().get(0).name() : null, cols, cols, null), t, null, e.getValue(), null,
                        null, null, false, null);
            }
        }
        for (String[] r : read.values()) {
            add(new SchemaDifference(Kind.EXTRA_UNIQUE, t.name(), null, r[0] + " " + r[1], null, r[1]), t, null,
                    null, null, null, r[0], !r[2].isEmpty(), null);
        }
    }

    private void indexes(Table<?> t, TableInfo info) {
        Map<String, IndexInfo> read = new LinkedHashMap<>();
        for (IndexInfo i : info.indexes()) {
            if (!i.unique()) {
                read.put(key(i.name()), i);
            }
        }
        for (Index i : t.indexes()) {
            if (i.unique()) {
                continue;
            }
            IndexInfo r = read.remove(key(i.name()));
            if (r == null || !keys(r.columns()).equals(keys(names(i.columns())))) {
                add(new SchemaDifference(Kind.MISSING_INDEX, t.name(), null, i.name() + " " + list(names(i.columns())),
                        list(names(i.columns())), null), t, null, i.columns(), null, i, null, false, null);
                if (r != null) {
                    read.put(key(i.name()), r);
                }
            }
        }
        for (IndexInfo r : read.values()) {
            if (backsForeignKey(r, info)) {
                continue;
            }
            add(new SchemaDifference(Kind.EXTRA_INDEX, t.name(), null, r.name() + " " + list(r.columns()), null,
                    list(r.columns())), t, null, null, null, null, r.name(), true, null);
        }
    }

    /** MySQL creates an index for each foreign key that has none; it comes and goes with the key. */
    private static boolean backsForeignKey(IndexInfo index, TableInfo info) {
        for (ForeignKeyInfo fk : info.foreignKeys()) {
            if (keys(fk.columns()).equals(keys(index.columns())) && key(fk.name()).equals(key(index.name()))) {
                return true;
            }
        }
        return false;
    }

    private void foreignKeys(Table<?> t, TableInfo info) {
        Map<String, ForeignKeyInfo> read = new LinkedHashMap<>();
        for (ForeignKeyInfo fk : info.foreignKeys()) {
            read.put(fkKey(fk.columns(), fk.targetTable(), fk.targetColumns(), fk.onDelete(), fk.onUpdate()), fk);
        }
        for (ForeignKey fk : t.foreignKeys()) {
            String k = fkKey(names(fk.columns()), fk.targetTable().name(), names(fk.targetColumns()),
                    fk.onDeleteAction(), fk.onUpdateAction());
            if (read.remove(k) == null) {
                String text = describe(names(fk.columns()), fk.targetTable().name(), names(fk.targetColumns()),
                        fk.onDeleteAction(), fk.onUpdateAction());
                add(new SchemaDifference(Kind.MISSING_FOREIGN_KEY, t.name(), fk.columns().size() == 1
                        ? fk.columns().get(0).name() : null, fk.name(), text, null), t, null, fk.columns(), fk,
                        null, null, false, null);
            }
        }
        for (ForeignKeyInfo fk : read.values()) {
            String text = describe(fk.columns(), fk.targetTable(), fk.targetColumns(), fk.onDelete(), fk.onUpdate());
            add(new SchemaDifference(Kind.EXTRA_FOREIGN_KEY, t.name(), fk.columns().size() == 1
                    ? fk.columns().get(0) : null, fk.name(), null, text), t, null, null, null, null, fk.name(), false,
                    null);
        }
    }

    private static String fkKey(List<String> columns, String target, List<String> targetColumns,
            ReferentialAction onDelete, ReferentialAction onUpdate) {
        return keys(columns) + ">" + key(target) + keys(targetColumns) + ":" + action(onDelete) + ":"
                + action(onUpdate);
    }

    /** RESTRICT and NO ACTION differ only for deferred checks, which Quarry does not declare; MySQL reports either. */
    private static String action(ReferentialAction a) {
        return a == null || a == ReferentialAction.RESTRICT || a == ReferentialAction.NO_ACTION ? "" : a.name();
    }

    private static String describe(List<String> columns, String target, List<String> targetColumns,
            ReferentialAction onDelete, ReferentialAction onUpdate) {
        StringBuilder sb = new StringBuilder(list(columns)).append(" REFERENCES ").append(target).append(' ')
                .append(list(targetColumns));
        if (!action(onDelete).isEmpty()) {
            sb.append(" ON DELETE ").append(onDelete.sql());
        }
        if (!action(onUpdate).isEmpty()) {
            sb.append(" ON UPDATE ").append(onUpdate.sql());
        }
        return sb.toString();
    }

    private String describe(Column<?> c) {
        return dialect.types().ddl(c.type().storage()) + (c.nullable() ? "" : " NOT NULL");
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static List<String> keys(List<String> names) {
        return names.stream().map(SchemaDiff::key).toList();
    }

    private static List<String> names(List<Column<?>> columns) {
        return columns.stream().map(Column::name).toList();
    }

    private static String list(List<String> names) {
        return "(" + String.join(", ", names) + ")";
    }
}
