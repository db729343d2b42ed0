package dev.quarry.codegen;

import dev.quarry.Column;
import dev.quarry.Metadata;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** A metadata class for the {@code check} and {@code migrate} commands to find by name. */
public final class DriftModels {
    public static final Metadata METADATA = new Metadata();

    static {
        METADATA.include(Notes.class);
    }

    private DriftModels() {
    }

    /** One small table. */
    public static final class Notes extends Table<Notes> {
        public static final Notes NOTES = new Notes();
        public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey().autoIncrement();
        public final Column<String> BODY = column("body", SqlType.varchar(200)).notNull();

        private Notes() {
            super(METADATA, "notes");
        }

        private Notes(Notes source, String alias) {
            super(source, alias);
        }

        @Override
        public Notes as(String alias) {
            return new Notes(this, alias);
        }
    }
}
