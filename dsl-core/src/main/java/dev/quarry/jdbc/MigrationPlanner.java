package dev.quarry.jdbc;

import dev.quarry.Column;
import dev.quarry.SchemaDifference;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.ddl.AddColumn;
import dev.quarry.ddl.AddForeignKey;
import dev.quarry.ddl.AddUnique;
import dev.quarry.ddl.AlterColumn;
import dev.quarry.ddl.CreateIndex;
import dev.quarry.ddl.DdlStatement;
import dev.quarry.ddl.DropColumn;
import dev.quarry.ddl.DropForeignKey;
import dev.quarry.ddl.DropIndex;
import dev.quarry.ddl.DropTable;
import dev.quarry.ddl.DropUnique;
import dev.quarry.dialect.Dialect;
import dev.quarry.render.DdlRenderer;
import dev.quarry.schema.ColumnInfo;
import dev.quarry.schema.ForeignKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a diff into DDL in a safe order: create missing tables (in dependency order), add columns, widen or
 * relax columns, add UNIQUE constraints, indexes and foreign keys; then, for the destructive plan only, drop
 * foreign keys, indexes, UNIQUE constraints, columns and tables the models do not declare, and narrow columns.
 * What the dialect cannot do in place is refused, with the reason, instead of written.
 *
 * @param additive    the additive statements
 * @param destructive the statements that drop or narrow, run after the additive ones
 * @param refused     one line per difference the additive plan cannot reconcile
 * @param refusedDestructive one line per difference only the destructive plan would reconcile but cannot
 * @since 0.1.0
 */
public record MigrationPlanner(List<String> additive, List<String> destructive, List<String> refused,
        List<String> refusedDestructive) {

    /** The plan for {@code entries} (from {@link SchemaDiff#compare}) over {@code tables} in dependency order. */
    public static MigrationPlanner plan(Dialect dialect, List<Table<?>> tables, Set<ForeignKey> deferred,
            List<SchemaDiff.Entry> entries) {
        DdlRenderer ddl = dialect.ddlRenderer();
        List<String> add = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<String> refusedDrop = new ArrayList<>();
        List<Table<?>> missing = new ArrayList<>();
        for (SchemaDiff.Entry e : entries) {
            if (e.difference().kind() == SchemaDifference.Kind.MISSING_TABLE) {
                missing.add(e.table());
            }
        }
        Set<ForeignKey> cycle = new LinkedHashSet<>();
        for (ForeignKey fk : deferred) {
            if (missing.contains(fk.table())) {
                cycle.add(fk);
            }
        }
        add.addAll(SchemaOps.createStatements(dialect, missing, cycle, false));
        Set<Column<?>> altered = new java.util.HashSet<>();
        for (SchemaDifference.Kind kind : List.of(SchemaDifference.Kind.MISSING_COLUMN, SchemaDifference.Kind.TYPE,
                SchemaDifference.Kind.NULLABILITY, SchemaDifference.Kind.DEFAULT, SchemaDifference.Kind.MISSING_UNIQUE, SchemaDifference.Kind.MISSING_INDEX,
                SchemaDifference.Kind.MISSING_FOREIGN_KEY, SchemaDifference.Kind.PRIMARY_KEY)) {
            for (SchemaDiff.Entry e : entries) {
                if (e.difference().kind() == kind) {
                    if (e.column() == null || kind == SchemaDifference.Kind.MISSING_COLUMN || altered.add(e.column())) {
                        additive(dialect, ddl, e, entries, add, drop, refused);
                    }
                }
            }
        }
        for (SchemaDifference.Kind kind : List.of(SchemaDifference.Kind.EXTRA_FOREIGN_KEY,
                SchemaDifference.Kind.EXTRA_INDEX, SchemaDifference.Kind.EXTRA_UNIQUE,
                SchemaDifference.Kind.EXTRA_COLUMN, SchemaDifference.Kind.EXTRA_TABLE)) {
            for (SchemaDiff.Entry e : entries) {
                if (e.difference().kind() == kind) {
                    try {
                        drop.addAll(ddl.render(dropNode(e)));
                    } catch (UnsupportedFeatureException ex) {
                        refusedDrop.add(e.difference() + " (" + ex.getMessage() + ")");
                    }
                }
            }
        }
        return new MigrationPlanner(List.copyOf(add), List.copyOf(drop), List.copyOf(refused), List.copyOf(refusedDrop));
    }

    private static void additive(Dialect dialect, DdlRenderer ddl, SchemaDiff.Entry e, List<SchemaDiff.Entry> all,
            List<String> add, List<String> drop, List<String> refused) {
        SchemaDifference d = e.difference();
        try {
            switch (d.kind()) {
                case MISSING_COLUMN -> add.addAll(ddl.render(new AddColumn(e.column())));
                case TYPE, NULLABILITY, DEFAULT -> column(ddl, e, all, add, drop);
                case MISSING_UNIQUE -> add.addAll(ddl.render(new AddUnique(e.table(), e.columns())));
                case MISSING_INDEX -> add.addAll(ddl.render(new CreateIndex(e.table(), e.index())));
                case MISSING_FOREIGN_KEY -> add.addAll(ddl.render(new AddForeignKey(e.foreignKey())));
                default -> throw new UnsupportedFeatureException("changing a primary key in place", dialect.name(),
                        "write this migration by hand");
            }
        } catch (UnsupportedFeatureException ex) {
            refused.add(d + " (" + ex.getMessage() + ")");
        }
    }

    /**
     * Type, nullability and default of one column in one step (MySQL restates the whole column): additive when
     * the type widens (or only the default changes) and NULL becomes allowed, destructive otherwise.
     */
    private static void column(DdlRenderer ddl, SchemaDiff.Entry first, List<SchemaDiff.Entry> all,
            List<String> add, List<String> drop) {
        Column<?> c = first.column();
        boolean type = false;
        boolean nullability = false;
        boolean dflt = false;
        for (SchemaDiff.Entry e : all) {
            if (e.column() == c) {
                switch (e.difference().kind()) {
                    case TYPE -> type = true;
                    case NULLABILITY -> nullability = true;
                    case DEFAULT -> dflt = true;
                    default -> { }
                }
            }
        }
        boolean safe = (!type || widens(c.type().storage(), first.readColumn()))
                && (!nullability || c.nullable());
        (safe ? add : drop).addAll(ddl.render(new AlterColumn(c, type, nullability, dflt)));
    }

    private static boolean widens(SqlType<?> model, ColumnInfo read) {
        if (read == null || model.kind() != read.type().kind()) {
            return false;
        }
        return switch (model.kind()) {
            case VARCHAR, CHAR -> model.length() >= read.type().length();
            case DECIMAL -> model.scale() >= read.type().scale()
                    && model.precision() - model.scale() >= read.type().precision() - read.type().scale();
            default -> false;
        };
    }

    /** The node that drops what {@code e} found only in the database. */
    private static DdlStatement dropNode(SchemaDiff.Entry e) {
        String table = e.difference().table();
        return switch (e.difference().kind()) {
            case EXTRA_FOREIGN_KEY -> new DropForeignKey(table, e.readName());
            case EXTRA_INDEX -> new DropIndex(table, e.readName());
            case EXTRA_UNIQUE -> e.readIsIndex() ? new DropIndex(table, e.readName())
                    : new DropUnique(table, e.readName());
            case EXTRA_COLUMN -> new DropColumn(table, e.readName());
            default -> new DropTable(table);
        };
    }
}
