package dev.quarry.ddl;

import dev.quarry.internal.Checks;
import dev.quarry.schema.ForeignKey;

/**
 * {@code ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES u (b) [ON DELETE x] [ON UPDATE y]}. Dialects
 * without {@link dev.quarry.dialect.Capability#ALTER_ADD_FOREIGN_KEY} (SQLite) declare keys in CREATE TABLE only.
 *
 * @param foreignKey the model's foreign key (its table is the one altered)
 * @since 0.1.0
 */
public record AddForeignKey(ForeignKey foreignKey) implements DdlStatement {
    public AddForeignKey {
        Checks.notNull(foreignKey, "foreignKey");
    }

    @Override
    public <R> R accept(DdlVisitor<R> visitor) {
        return visitor.visitAddForeignKey(this);
    }
}
