package dev.quarry.dialects.mysql;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.ddl.AlterColumn;
import dev.quarry.ddl.DropForeignKey;
import dev.quarry.ddl.DropIndex;
import dev.quarry.ddl.DropUnique;
import dev.quarry.dialect.Dialect;
import dev.quarry.render.DdlRenderer;
import dev.quarry.schema.ForeignKey;
import java.util.List;

/**
 * MySQL and MariaDB DDL: {@code AUTO_INCREMENT} keys, InnoDB tables in utf8mb4, {@code DROP FOREIGN KEY},
 * and defaults that MySQL accepts only as parenthesised expressions.
 *
 * @since 0.1.0
 */
public class MySqlDdlRenderer extends DdlRenderer {
    public MySqlDdlRenderer(Dialect dialect) {
        super(dialect);
    }

    /** {@code BIGINT AUTO_INCREMENT PRIMARY KEY}. */
    @Override
    protected String renderAutoIncrement(Column<?> c, boolean primaryKey) {
        return renderColumnType(c) + " AUTO_INCREMENT" + (primaryKey ? " PRIMARY KEY" : "");
    }

    /**
     * InnoDB (foreign keys, transactions) in utf8mb4 (every Unicode character; MariaDB's default character set
     * may still be latin1): {@code ENGINE=InnoDB DEFAULT CHARSET=utf8mb4}. On MariaDB also
     * {@code COLLATE=utf8mb4_general_nopad_ci}: its default {@code utf8mb4_general_ci} pads trailing spaces, so
     * that {@code 'a' = 'a  '} and {@code '' = '   '} are true
     * (https://mariadb.com/kb/en/supported-character-sets-and-collations/#no-pad-collations); the NO PAD
     * variant compares them as PostgreSQL, SQLite and MySQL 8's default {@code utf8mb4_0900_ai_ci} do, and
     * still ignores case, as MySQL's defaults do.
     */
    @Override
    protected String tableOptions() {
        return dialect instanceof MySqlDialect d && d.isMariaDb()
                ? " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_nopad_ci"
                : " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";
    }

    /**
     * {@code CURRENT_TIMESTAMP(6)} for a {@code TIMESTAMP} ({@code DATETIME(6)}); {@code (UTC_TIMESTAMP(6))} for
     * the UTC {@code DATETIME(6)} of a {@code TIMESTAMPTZ} or {@code Instant}, so that the default is UTC whatever
     * the session's time zone; {@code (CURRENT_DATE)} and {@code (CURRENT_TIME(6))} as expression defaults
     * (MySQL 8.0.13+, MariaDB 10.2+).
     */
    @Override
    protected String renderDefaultNow(Column<?> c) {
        return switch (c.type().storage().kind()) {
            case DATE -> "(CURRENT_DATE)";
            case TIME -> "(CURRENT_TIME(6))";
            case TIMESTAMPTZ, TIMESTAMPTZ_INSTANT -> "(UTC_TIMESTAMP(6))";
            default -> "CURRENT_TIMESTAMP(6)";
        };
    }

    /** A literal default; MySQL takes one on a TEXT, BLOB or JSON column only in parentheses. */
    @Override
    protected String renderDefaultValue(Column<?> c) {
        String literal = super.renderDefaultValue(c);
        return switch (c.type().storage().kind()) {
            case TEXT, BLOB, JSON -> "(" + literal + ")";
            default -> literal;
        };
    }

    /** {@code ALTER TABLE t DROP FOREIGN KEY fk}: MySQL has no {@code DROP CONSTRAINT} before 8.0.19. */
    @Override
    public List<String> visitDropForeignKey(DropForeignKey node) {
        return List.of("ALTER TABLE " + name(node.table()) + " DROP FOREIGN KEY " + name(node.name()));
    }

    /** {@code ALTER TABLE t DROP INDEX u}: a MySQL UNIQUE constraint is its index. */
    @Override
    public List<String> visitDropUnique(DropUnique node) {
        return List.of("ALTER TABLE " + name(node.table()) + " DROP INDEX " + name(node.name()));
    }

    /** {@code DROP INDEX i ON t}. */
    @Override
    public List<String> visitDropIndex(DropIndex node) {
        return List.of("DROP INDEX " + name(node.name()) + " ON " + name(node.table()));
    }

    /**
     * {@code ALTER TABLE t MODIFY COLUMN c TYPE [AUTO_INCREMENT] [NOT NULL] [DEFAULT x]}: MySQL changes a column
     * by restating it whole, so every flag gives the same one statement.
     */
    @Override
    public List<String> visitAlterColumn(AlterColumn node) {
        Column<?> column = node.column();
        StringBuilder sb = new StringBuilder("ALTER TABLE ").append(name(column.table().name()))
                .append(" MODIFY COLUMN ").append(name(column.name())).append(' ')
                .append(column.isAutoIncrement() ? renderAutoIncrement(column, false) : renderColumnType(column));
        if (!column.nullable() || column.isPrimaryKey()) {
            sb.append(" NOT NULL");
        }
        String d = defaultClause(column);
        if (d != null) {
            sb.append(" DEFAULT ").append(d);
        }
        return List.of(sb.toString());
    }

    /** MariaDB's {@code JSON} is an alias of {@code LONGTEXT} (https://mariadb.com/kb/en/json-data-type/). */
    @Override
    public SqlType<?> storedType(SqlType<?> declared, boolean autoIncrement) {
        return declared.kind() == SqlType.Kind.JSON && dialect instanceof MySqlDialect d && d.isMariaDb()
                ? SqlType.TEXT : declared;
    }
}
