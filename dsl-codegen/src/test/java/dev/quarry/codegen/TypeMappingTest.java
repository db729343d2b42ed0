package dev.quarry.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.dialects.mysql.MySqlSchemaReader;
import dev.quarry.dialects.postgres.PostgresSchemaReader;
import dev.quarry.dialects.sqlite.SqliteSchemaReader;
import org.junit.jupiter.api.Test;

class TypeMappingTest {
    private static String sqlite(String declared) {
        return SqliteSchemaReader.mapType(declared).quarryType();
    }

    private static String mysql(String dataType, String columnType, long length, int precision, int scale) {
        return MySqlSchemaReader.mapType(dataType, columnType, length, precision, scale).quarryType();
    }

    @Test
    void sqliteNamesThenAffinity() {
        assertEquals("VARCHAR(160)", sqlite("NVARCHAR(160)"));
        assertEquals("DECIMAL(10, 2)", sqlite("NUMERIC(10,2)"));
        assertEquals("DECIMAL(10, 2)", sqlite("DECIMAL_TEXT(10, 2)"));
        assertEquals("DECIMAL", sqlite("NUMERIC"));
        assertEquals("TIMESTAMP", sqlite("DATETIME"));
        assertEquals("INTEGER", sqlite("integer"));
        assertEquals("BIGINT", sqlite("UNSIGNED BIG INT"));
        assertEquals("CHAR(2)", sqlite("NCHAR(2)"));
        assertEquals("DOUBLE", sqlite("REAL"));
        assertEquals("BIGINT", sqlite("LONGINTEGER"));
        assertEquals("TEXT", sqlite("VARYING TEXT BLOB"));
        assertEquals("BLOB", sqlite("MYBLOB"));
        assertEquals("DOUBLE", sqlite("FLOATING"));
        assertEquals("OTHER", sqlite("MONEY"));
        assertEquals("OTHER", sqlite(""));
    }

    @Test
    void mysqlQuirks() {
        assertEquals("BOOLEAN", mysql("tinyint", "tinyint(1)", 0, 3, 0));
        assertEquals("SMALLINT", mysql("tinyint", "tinyint(3) unsigned", 0, 3, 0));
        assertEquals("INTEGER", mysql("smallint", "smallint(5) unsigned", 0, 5, 0));
        assertEquals("BIGINT", mysql("int", "int(10) unsigned", 0, 10, 0));
        assertEquals("DECIMAL(20, 0)", mysql("bigint", "bigint(20) unsigned", 0, 20, 0));
        assertEquals("SMALLINT", mysql("year", "year(4)", 0, 0, 0));
        assertEquals("VARCHAR(5)", mysql("enum", "enum('G','PG','PG-13','R','NC-17')", 5, 0, 0));
        assertEquals("VARCHAR(54)", mysql("set",
                "set('Trailers','Commentaries','Deleted Scenes','Behind the Scenes')", 54, 0, 0));
        assertEquals("VARCHAR(4)", mysql("enum", "enum('it''s','a')", 4, 0, 0));
        assertEquals("BOOLEAN", mysql("bit", "bit(1)", 0, 1, 0));
        assertEquals("OTHER", mysql("bit", "bit(8)", 0, 8, 0));
        assertEquals("OTHER", mysql("geometry", "geometry", 0, 0, 0));
        assertEquals("TEXT", mysql("mediumtext", "mediumtext", 16777215, 0, 0));
        assertEquals("BLOB", mysql("blob", "blob", 65535, 0, 0));
        assertEquals("TIMESTAMP", mysql("timestamp", "timestamp", 0, 0, 0));
        assertEquals("REAL", mysql("float", "float", 0, 12, 0));
    }

    @Test
    void postgresQuirks() {
        assertEquals("VARCHAR(5)", PostgresSchemaReader.mapType("mpaa_rating", "e", "E", 5, "mpaa_rating").quarryType());
        assertEquals("OTHER", PostgresSchemaReader.mapType("text[]", "b", "A", 0, "text[]").quarryType());
        assertEquals("OTHER", PostgresSchemaReader.mapType("tsvector", "b", "U", 0, "tsvector").quarryType());
        assertEquals("INTEGER", PostgresSchemaReader.mapType("integer", "b", "N", 0, "year").quarryType());
        assertEquals("DECIMAL(5, 2)", PostgresSchemaReader.mapType("numeric(5,2)", "b", "N", 0, "numeric(5,2)").quarryType());
        assertEquals("DECIMAL", PostgresSchemaReader.mapType("numeric", "b", "N", 0, "numeric").quarryType());
        assertEquals("CHAR(20)", PostgresSchemaReader.mapType("character(20)", "b", "S", 0, "character(20)").quarryType());
        assertEquals("TIMESTAMPTZ",
                PostgresSchemaReader.mapType("timestamp(3) with time zone", "b", "D", 0, "x").quarryType());
        assertEquals("JSON", PostgresSchemaReader.mapType("jsonb", "b", "U", 0, "jsonb").quarryType());
        assertEquals("UUID", PostgresSchemaReader.mapType("uuid", "b", "U", 0, "uuid").quarryType());
    }
}
