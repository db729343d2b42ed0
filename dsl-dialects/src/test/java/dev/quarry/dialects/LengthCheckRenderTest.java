package dev.quarry.dialects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.Column;
import dev.quarry.Metadata;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.dialect.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A declared length is the type on PostgreSQL and MySQL; SQLite, which ignores it, gets a CHECK. */
class LengthCheckRenderTest {
    private static final Metadata METADATA = new Metadata();

    static final class Codes extends Table<Codes> {
        static final Codes CODES = new Codes();
        final Column<Integer> ID = column("id", SqlType.INTEGER).primaryKey();
        final Column<String> NAME = column("name", SqlType.varchar(20)).notNull();
        final Column<String> CODE = column("Code", SqlType.chr(2));
        final Column<String> NOTE = column("note", SqlType.TEXT);

        private Codes() {
            super(METADATA, "codes");
        }

        private Codes(Codes source, String alias) {
            super(source, alias);
        }

        @Override
        public Codes as(String alias) {
            return new Codes(this, alias);
        }
    }

    static {
        METADATA.include(Codes.class);
    }

    private static void ddl(Dialect dialect, String expected) {
        assertEquals(List.of(expected), METADATA.ddl(dialect));
    }

    @Test
    void varcharAndChar() {
        ddl(Dialects.SQLITE, "CREATE TABLE codes (id INTEGER PRIMARY KEY NOT NULL, "
                + "name VARCHAR(20) NOT NULL CHECK (length(name) <= 20), "
                + "\"Code\" CHAR(2) CHECK (length(\"Code\") <= 2), note TEXT)");
        ddl(Dialects.MYSQL, "CREATE TABLE codes (id INTEGER PRIMARY KEY, name VARCHAR(20) NOT NULL, `Code` CHAR(2), "
                + "note LONGTEXT) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
        ddl(Dialects.POSTGRES, "CREATE TABLE codes (id INTEGER PRIMARY KEY, name VARCHAR(20) NOT NULL, "
                + "\"Code\" CHAR(2), note TEXT)");
    }
}
