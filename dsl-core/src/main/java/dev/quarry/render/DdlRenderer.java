package dev.quarry.render;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.ddl.AddColumn;
import dev.quarry.ddl.AddForeignKey;
import dev.quarry.ddl.AddUnique;
import dev.quarry.ddl.AlterColumn;
import dev.quarry.ddl.CreateIndex;
import dev.quarry.ddl.CreateTable;
import dev.quarry.ddl.DdlStatement;
import dev.quarry.ddl.DdlVisitor;
import dev.quarry.ddl.DropColumn;
import dev.quarry.ddl.DropForeignKey;
import dev.quarry.ddl.DropIndex;
import dev.quarry.ddl.DropTable;
import dev.quarry.ddl.DropUnique;
import dev.quarry.dialect.Capability;
import dev.quarry.dialect.Dialect;
import dev.quarry.internal.Checks;
import dev.quarry.schema.Check;
import dev.quarry.schema.ForeignKey;
import dev.quarry.schema.Index;
import dev.quarry.schema.UniqueKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Renders DDL nodes ({@link dev.quarry.ddl.DdlStatement}: CREATE TABLE with keys and checks, CREATE INDEX,
 * ALTER TABLE ... ADD/DROP, DROP TABLE) as SQL, one {@code visitX} method per node type, as {@link AnsiRenderer}
 * renders queries. Dialects override the small hooks ({@link #renderColumnType}, {@link #renderDefaultNow} ...)
 * and the visit methods of the statements their DDL writes differently. Values in DDL are literals, never binds.
 * The string methods ({@link #createTable}, {@link #addColumn} ...) are shorthands for rendering one node.
 *
 * @since 0.1.0
 */
public class DdlRenderer implements DdlVisitor<List<String>> {
    protected final Dialect dialect;

    public DdlRenderer(Dialect dialect) {
        this.dialect = dialect;
    }

    /** A renderer for names and conditions inside DDL (unqualified columns, literal values). */
    protected final AnsiRenderer expressions() {
        AnsiRenderer r = dialect.renderer();
        r.ddl();
        return r;
    }

    /** {@code name} quoted as the dialect needs. */
    protected final String name(String name) {
        AnsiRenderer r = expressions();
        r.identifier(name);
        return r.sql().toString();
    }

    /**
     * The SQL statements of one DDL node, in the order they run (most nodes give one; {@link AlterColumn} may give
     * one per change).
     *
     * @throws IllegalArgumentException if {@code statement} is null
     * @throws dev.quarry.UnsupportedFeatureException where the dialect cannot make the change in place (SQLite's
     *         ALTER TABLE: copy the table instead)
     */
    public final List<String> render(DdlStatement statement) {
        return Checks.notNull(statement, "statement").accept(this);
    }

    /**
     * The SQL statements of {@code statements}, in order.
     *
     * @throws IllegalArgumentException if {@code statements} or one of them is null
     * @throws dev.quarry.UnsupportedFeatureException where the dialect cannot make a change in place
     */
    public final List<String> render(List<? extends DdlStatement> statements) {
        List<String> out = new ArrayList<>();
        for (DdlStatement s : Checks.notNull(statements, "statements")) {
            out.addAll(render(s));
        }
        return out;
    }

    private String one(DdlStatement statement) {
        List<String> sql = render(statement);
        if (sql.size() != 1) {
            throw new IllegalStateException(statement + " renders as " + sql.size() + " statements, not one");
        }
        return sql.get(0);
    }

    /** {@code CREATE TABLE t (...)} with the given foreign keys inline: {@link #render} of a {@link CreateTable}. */
    public final String createTable(Table<?> table, boolean ifNotExists, Collection<ForeignKey> inlineForeignKeys) {
        return one(new CreateTable(table, ifNotExists,
                inlineForeignKeys == null ? null : List.copyOf(inlineForeignKeys)));
    }

    /** {@code CREATE [IF NOT EXISTS] TABLE t (columns, keys, checks) [options]}. */
    @Override
    public List<String> visitCreateTable(CreateTable node) {
        Table<?> table = node.table();
        boolean ifNotExists = node.ifNotExists();
        StringBuilder sb = new StringBuilder("CREATE TABLE ");
        if (ifNotExists) {
            sb.append("IF NOT EXISTS ");
        }
        sb.append(name(table.name())).append(" (");
        List<Column<?>> pk = table.primaryKeyColumns();
        boolean inlinePk = pk.size() == 1 && pk.get(0).isPrimaryKey();
        List<String> parts = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            parts.add(columnDefinition(c, inlinePk && c.isPrimaryKey()));
        }
        if (!pk.isEmpty() && !inlinePk) {
            parts.add("PRIMARY KEY (" + names(pk) + ")");
        }
        for (UniqueKey u : table.uniqueKeys()) {
            parts.add("UNIQUE (" + names(u.columns()) + ")");
        }
        for (ForeignKey fk : node.inlineForeignKeys()) {
            parts.add(foreignKeyClause(fk));
        }
        for (Check check : table.checks()) {
            AnsiRenderer r = expressions();
            r.visit(check.condition());
            parts.add("CONSTRAINT " + name(check.name()) + " CHECK (" + r.sql() + ")");
        }
        sb.append(String.join(", ", parts)).append(')');
        return List.of(sb.toString() + tableOptions());
    }

    /** Text after the closing parenthesis of CREATE TABLE (MySQL: engine and charset). */
    protected String tableOptions() {
        return "";
    }

    /** One column: {@code name TYPE [PRIMARY KEY] [NOT NULL] [DEFAULT x] [UNIQUE]}. */
    protected String columnDefinition(Column<?> c, boolean primaryKey) {
        StringBuilder sb = new StringBuilder(name(c.name())).append(' ');
        if (c.isAutoIncrement()) {
            sb.append(renderAutoIncrement(c, primaryKey));
        } else {
            sb.append(renderColumnType(c));
            if (primaryKey) {
                sb.append(" PRIMARY KEY");
            }
        }
        if (!c.nullable() && (!primaryKey || !primaryKeyImpliesNotNull())) {
            sb.append(" NOT NULL");
        }
        if (c.isDefaultNow()) {
            sb.append(" DEFAULT ").append(renderDefaultNow(c));
        } else if (c.hasDefaultValue()) {
            sb.append(" DEFAULT ").append(renderDefaultValue(c));
        }
        if (c.isUnique() && !primaryKey) {
            sb.append(" UNIQUE");
        }
        return sb.toString();
    }

    /** False where a PRIMARY KEY column may still hold NULL unless declared NOT NULL (SQLite). */
    protected boolean primaryKeyImpliesNotNull() {
        return true;
    }

    /** The column's DDL type. */
    protected String renderColumnType(Column<?> c) {
        return dialect.types().ddl(c.type());
    }

    /**
     * The type and key words of an auto-increment column, primary key included when {@code primaryKey}:
     * standard {@code BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY}.
     */
    protected String renderAutoIncrement(Column<?> c, boolean primaryKey) {
        return renderColumnType(c) + " GENERATED BY DEFAULT AS IDENTITY" + (primaryKey ? " PRIMARY KEY" : "");
    }

    /** The default of a {@code defaultNow()} column. */
    protected String renderDefaultNow(Column<?> c) {
        return c.type().kind() == dev.quarry.SqlType.Kind.DATE ? "CURRENT_DATE" : "CURRENT_TIMESTAMP";
    }

    /** The literal default of a column. */
    @SuppressWarnings("unchecked")
    protected String renderDefaultValue(Column<?> c) {
        AnsiRenderer r = expressions();
        Column<Object> col = (Column<Object>) c;
        r.renderLiteral(col.type().toDatabase(col.defaultValue()));
        return r.sql().toString();
    }

    /** {@code CONSTRAINT fk FOREIGN KEY (a) REFERENCES t (b) [ON DELETE x] [ON UPDATE y]}. */
    protected String foreignKeyClause(ForeignKey fk) {
        StringBuilder sb = new StringBuilder("CONSTRAINT ").append(name(fk.name())).append(" FOREIGN KEY (")
                .append(names(fk.columns())).append(") REFERENCES ").append(name(fk.targetTable().name()))
                .append(" (").append(names(fk.targetColumns())).append(')');
        if (fk.onDeleteAction() != null) {
            sb.append(" ON DELETE ").append(fk.onDeleteAction().sql());
        }
        if (fk.onUpdateAction() != null) {
            sb.append(" ON UPDATE ").append(fk.onUpdateAction().sql());
        }
        return sb.toString();
    }

    /** {@code CREATE [UNIQUE] INDEX name ON t (a, b)}: {@link #render} of a {@link CreateIndex}. */
    public final String createIndex(Table<?> table, Index index) {
        return one(new CreateIndex(table, index));
    }

    /** {@code CREATE [UNIQUE] INDEX name ON t (a, b)}. */
    @Override
    public List<String> visitCreateIndex(CreateIndex node) {
        Table<?> table = node.table();
        Index index = node.index();
        return List.of("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + name(index.name()) + " ON "
                + name(table.name()) + " (" + names(index.columns()) + ")");
    }

    /** {@code ALTER TABLE t ADD CONSTRAINT ... FOREIGN KEY ...}: {@link #render} of an {@link AddForeignKey}. */
    public final String addForeignKey(ForeignKey fk) {
        return one(new AddForeignKey(fk));
    }

    /**
     * {@code ALTER TABLE t ADD CONSTRAINT ... FOREIGN KEY ...}.
     * Dialects: refused without {@link Capability#ALTER_ADD_FOREIGN_KEY} (SQLite declares keys in CREATE TABLE only).
     *
     * @throws dev.quarry.UnsupportedFeatureException where the table must be copied with the key declared (SQLite)
     */
    @Override
    public List<String> visitAddForeignKey(AddForeignKey node) {
        if (!dialect.supports(Capability.ALTER_ADD_FOREIGN_KEY)) {
            throw new UnsupportedFeatureException("adding a foreign key to an existing table", dialect.name(),
                    "copy the table with the key declared");
        }
        ForeignKey fk = node.foreignKey();
        return List.of("ALTER TABLE " + name(fk.table().name()) + " ADD " + foreignKeyClause(fk));
    }

    /** {@code ALTER TABLE t DROP CONSTRAINT fk} (MySQL: {@code DROP FOREIGN KEY}): a model's key. */
    public final String dropForeignKey(ForeignKey fk) {
        return dropForeignKey(fk.table().name(), fk.name());
    }

    /**
     * {@code ALTER TABLE t DROP CONSTRAINT fk}, by name: {@link #render} of a {@link DropForeignKey}.
     *
     * @throws dev.quarry.UnsupportedFeatureException where the table must be copied instead (SQLite)
     */
    public final String dropForeignKey(String table, String name) {
        return one(new DropForeignKey(table, name));
    }

    /**
     * {@code ALTER TABLE t DROP CONSTRAINT fk}.
     * Dialects: MySQL {@code DROP FOREIGN KEY}; SQLite cannot.
     *
     * @throws dev.quarry.UnsupportedFeatureException where the table must be copied instead (SQLite)
     */
    @Override
    public List<String> visitDropForeignKey(DropForeignKey node) {
        return List.of("ALTER TABLE " + name(node.table()) + " DROP CONSTRAINT " + name(node.name()));
    }

    /**
     * The type the database's catalog reports for a column declared with {@code declared}, where the database
     * keeps another (used by {@code Metadata.diff}, so that this is not reported as drift); {@code declared} by
     * default. Dialects: SQLite keeps an auto-increment key as {@code INTEGER} (the rowid alias); MariaDB keeps
     * {@code JSON} as {@code LONGTEXT}.
     */
    public SqlType<?> storedType(SqlType<?> declared, boolean autoIncrement) {
        return declared;
    }

    /** {@code ALTER TABLE t ADD COLUMN c ...}: {@link #render} of an {@link AddColumn}. */
    public final String addColumn(Column<?> column) {
        return one(new AddColumn(column));
    }

    /** {@code ALTER TABLE t ADD COLUMN c TYPE [NOT NULL] [DEFAULT x] [UNIQUE]}: the column as CREATE TABLE writes it. */
    @Override
    public List<String> visitAddColumn(AddColumn node) {
        Column<?> column = node.column();
        return List.of("ALTER TABLE " + name(column.table().name()) + " ADD COLUMN " + columnDefinition(column, false));
    }

    /**
     * The statements that give an existing column the model's type, nullability or default (those flagged):
     * {@link #render} of an {@link AlterColumn}.
     *
     * @throws dev.quarry.UnsupportedFeatureException where the table must be copied instead (SQLite)
     */
    public final List<String> alterColumn(Column<?> column, boolean type, boolean nullability, boolean defaultValue) {
        return render(new AlterColumn(column, type, nullability, defaultValue));
    }

    /**
     * {@code ALTER TABLE t ALTER COLUMN c TYPE x}, {@code ... SET NOT NULL} / {@code DROP NOT NULL},
     * {@code ... SET DEFAULT x} / {@code DROP DEFAULT}, for the flagged changes.
     * Dialects: MySQL one {@code MODIFY COLUMN} with the whole definition; SQLite cannot.
     *
     * @throws dev.quarry.UnsupportedFeatureException where the table must be copied instead (SQLite)
     */
    @Override
    public List<String> visitAlterColumn(AlterColumn node) {
        Column<?> column = node.column();
        boolean type = node.type();
        boolean nullability = node.nullability();
        boolean defaultValue = node.defaultValue();
        String prefix = "ALTER TABLE " + name(column.table().name()) + " ALTER COLUMN " + name(column.name());
        List<String> out = new ArrayList<>();
        if (type) {
            out.add(prefix + " TYPE " + renderColumnType(column));
        }
        if (nullability) {
            out.add(prefix + (column.nullable() && !column.isPrimaryKey() ? " DROP NOT NULL" : " SET NOT NULL"));
        }
        if (defaultValue) {
            String d = defaultClause(column);
            out.add(prefix + (d == null ? " DROP DEFAULT" : " SET DEFAULT " + d));
        }
        return out;
    }

    /** The column's default as DDL writes it after {@code DEFAULT}, or null when it has none. */
    protected final String defaultClause(Column<?> c) {
        if (c.isDefaultNow()) {
            return renderDefaultNow(c);
        }
        return c.hasDefaultValue() ? renderDefaultValue(c) : null;
    }

    /** {@code ALTER TABLE t ADD UNIQUE (a, b)}: {@link #render} of an {@link AddUnique}. */
    public final String addUnique(Table<?> table, List<Column<?>> columns) {
        return one(new AddUnique(table, columns));
    }

    /**
     * {@code ALTER TABLE t ADD UNIQUE (a, b)}.
     * Dialects: SQLite {@code CREATE UNIQUE INDEX t_a_b_key ON t (a, b)} (it cannot add a constraint).
     */
    @Override
    public List<String> visitAddUnique(AddUnique node) {
        return List.of("ALTER TABLE " + name(node.table().name()) + " ADD UNIQUE (" + names(node.columns()) + ")");
    }

    /**
     * {@code ALTER TABLE t DROP CONSTRAINT u}, for a UNIQUE constraint read from the database: {@link #render} of
     * a {@link DropUnique}.
     *
     * @throws dev.quarry.UnsupportedFeatureException where the table must be copied instead (SQLite)
     */
    public final String dropUnique(String table, String name) {
        return one(new DropUnique(table, name));
    }

    /**
     * {@code ALTER TABLE t DROP CONSTRAINT u}.
     * Dialects: MySQL {@code DROP INDEX}; SQLite cannot.
     *
     * @throws dev.quarry.UnsupportedFeatureException where the table must be copied instead (SQLite)
     */
    @Override
    public List<String> visitDropUnique(DropUnique node) {
        return List.of("ALTER TABLE " + name(node.table()) + " DROP CONSTRAINT " + name(node.name()));
    }

    /** {@code DROP INDEX i}: {@link #render} of a {@link DropIndex}. */
    public final String dropIndex(String table, String index) {
        return one(new DropIndex(table, index));
    }

    /** {@code DROP INDEX i}. Dialects: MySQL {@code DROP INDEX i ON t}. */
    @Override
    public List<String> visitDropIndex(DropIndex node) {
        return List.of("DROP INDEX " + name(node.name()));
    }

    /** {@code ALTER TABLE t DROP COLUMN c}: {@link #render} of a {@link DropColumn}. */
    public final String dropColumn(String table, String column) {
        return one(new DropColumn(table, column));
    }

    /** {@code ALTER TABLE t DROP COLUMN c}. */
    @Override
    public List<String> visitDropColumn(DropColumn node) {
        return List.of("ALTER TABLE " + name(node.table()) + " DROP COLUMN " + name(node.column()));
    }

    /** {@code DROP TABLE t}, by name, for a table no model declares: {@link #render} of a {@link DropTable}. */
    public final String dropTable(String table) {
        return one(new DropTable(table));
    }

    /** {@code DROP TABLE t}. */
    @Override
    public List<String> visitDropTable(DropTable node) {
        return List.of("DROP TABLE " + name(node.table()));
    }

    /**
     * Statements run first, in the same transaction, when {@code dropAll} drops tables (SQLite defers its
     * foreign-key checks there so that tables in a cycle can be dropped with their rows).
     */
    public List<String> beforeDropAll() {
        return List.of();
    }

    /** {@code DROP TABLE t}, a model's table: {@link #render} of a {@link DropTable}. */
    public final String dropTable(Table<?> table) {
        return dropTable(table.name());
    }

    protected final String names(List<Column<?>> columns) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(name(columns.get(i).name()));
        }
        return sb.toString();
    }
}
