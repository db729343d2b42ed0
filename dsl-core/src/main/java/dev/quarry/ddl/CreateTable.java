package dev.quarry.ddl;

import dev.quarry.Table;
import dev.quarry.internal.Checks;
import dev.quarry.schema.ForeignKey;
import java.util.List;

/**
 * {@code CREATE TABLE [IF NOT EXISTS] t (columns, keys, checks)}: a model table with its columns, primary key,
 * UNIQUE constraints and checks, and the given foreign keys written inline (those closing a cycle are added
 * afterwards with {@link AddForeignKey} where the dialect can). Dialects: MySQL adds its engine and character set;
 * SQLite adds a length check to each {@code varchar(n)}.
 *
 * @param table             the model table
 * @param ifNotExists       whether to write {@code IF NOT EXISTS}
 * @param inlineForeignKeys the foreign keys written inside the statement
 * @since 0.1.0
 */
public record CreateTable(Table<?> table, boolean ifNotExists, List<ForeignKey> inlineForeignKeys) implements DdlStatement {
    public CreateTable {
        Checks.notNull(table, "table");
        inlineForeignKeys = List.copyOf(Checks.notNull(inlineForeignKeys, "inlineForeignKeys"));
    }

    @Override
    public <R> R accept(DdlVisitor<R> visitor) {
        return visitor.visitCreateTable(this);
    }
}
