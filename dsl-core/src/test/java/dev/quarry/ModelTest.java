package dev.quarry;

import static dev.quarry.Sql.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.dialect.AnsiDialect;
import dev.quarry.model.Good;
import dev.quarry.model.Good.Authors;
import dev.quarry.model.Good.Books;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The declarative model: registration, ordering, aliases, and a bad model failing where it is declared. */
class ModelTest {

    /** A table class for one test: declares what the test hands it. */
    static final class Adhoc extends Table<Adhoc> {
        Adhoc(Metadata m, String name, java.util.function.Consumer<Adhoc> body) {
            super(m, name);
            body.accept(this);
        }

        private Adhoc(Adhoc s, String a) {
            super(s, a);
        }

        @Override
        public Adhoc as(String alias) {
            return new Adhoc(this, alias);
        }

        <T> Column<T> col(String name, SqlType<T> type) {
            return column(name, type);
        }

        void pk(Column<?>... cols) {
            primaryKey(cols);
        }

        dev.quarry.schema.ForeignKey fk(Column<?>... cols) {
            return foreignKey(cols);
        }
    }

    @Test
    void metadataOrdersTablesByForeignKeysAndDefersACycle() {
        List<String> names = Good.METADATA.tables().stream().map(Table::name).toList();
        assertTrue(names.indexOf("authors") < names.indexOf("books"), names.toString());
        assertEquals(5, names.size());
        assertEquals(1, Good.METADATA.deferredForeignKeys().size(), "one key closes the ping/pong cycle");
        List<String> ddl = Good.METADATA.ddl(AnsiDialect.INSTANCE);
        assertTrue(ddl.get(ddl.size() - 1).startsWith("ALTER TABLE"), "the cycle's key comes last: " + ddl);
        assertEquals(Books.BOOKS, Good.METADATA.table("books"));
    }

    @Test
    void duplicateColumnFailsAtDeclaration() {
        SchemaException e = assertThrows(SchemaException.class, () -> new Adhoc(new Metadata(), "t", t -> {
            t.col("a", SqlType.INTEGER);
            t.col("a", SqlType.TEXT);
        }));
        assertTrue(e.getMessage().contains("'a' twice"), e.getMessage());
    }

    @Test
    void twoTablesOfOneNameFail() {
        Metadata m = new Metadata();
        new Adhoc(m, "t", t -> t.col("a", SqlType.INTEGER));
        SchemaException e = assertThrows(SchemaException.class, () -> new Adhoc(m, "t", t -> t.col("b", SqlType.INTEGER)));
        assertTrue(e.getMessage().contains("two tables are named 't'"), e.getMessage());
    }

    @Test
    void primaryKeyOnNoColumnFails() {
        assertThrows(SchemaException.class, () -> new Adhoc(new Metadata(), "t", t -> {
            t.col("a", SqlType.INTEGER);
            t.pk();
        }));
    }

    @Test
    void foreignKeyWithOtherTypesFailsNamingBothColumns() {
        Metadata m = new Metadata();
        Adhoc parent = new Adhoc(m, "parent", t -> t.col("code", SqlType.varchar(3)).primaryKey());
        new Adhoc(m, "child", t -> {
            Column<Integer> ref = t.col("parent_code", SqlType.INTEGER);
            t.fk(ref).references(() -> List.of(parent.columnNamed("code")));
        });
        SchemaException e = assertThrows(SchemaException.class, m::tables);
        assertTrue(e.getMessage().contains("child.parent_code") && e.getMessage().contains("parent.code"), e.getMessage());
    }

    @Test
    void foreignKeyToNothingFails() {
        Metadata m = new Metadata();
        Supplier<List<Column<?>>> nothing = () -> null;
        new Adhoc(m, "child", t -> t.fk(t.col("x", SqlType.INTEGER)).references(nothing));
        SchemaException e = assertThrows(SchemaException.class, m::tables);
        assertTrue(e.getMessage().contains("points at nothing"), e.getMessage());
    }

    @Test
    void columnsAreFrozenOnceUsed() {
        Authors.AUTHORS.columns();
        assertThrows(SchemaException.class, () -> Authors.AUTHORS.NAME.unique());
    }

    @Test
    void badTypesAndNamesFail() {
        assertThrows(SchemaException.class, () -> SqlType.varchar(0));
        assertThrows(SchemaException.class, () -> SqlType.decimal(5, 6));
        assertThrows(SchemaException.class, () -> new Adhoc(new Metadata(), "", t -> t.col("a", SqlType.INTEGER)));
        assertThrows(SchemaException.class, () -> new Adhoc(new Metadata(), "t", t -> t.col("a", SqlType.TEXT).autoIncrement()));
    }

    @Test
    void anAliasIsTheSameClassBoundToItsAlias() {
        Authors a = Authors.AUTHORS.as("a");
        assertEquals("a", a.alias());
        assertEquals("authors", a.name());
        assertNotEquals(Authors.AUTHORS.NAME, a.NAME);
        assertEquals(Authors.AUTHORS.as("a").NAME, a.NAME, "two aliases of one name are the same column");
        assertEquals(5, Good.METADATA.tables().size(), "an alias does not register");
    }

    @Test
    void queriesAreImmutableValues() {
        var base = select(Books.BOOKS.TITLE).from(Books.BOOKS);
        var filtered = base.where(Books.BOOKS.ID.eq(1L));
        assertNotSame(base, filtered);
        assertEquals("SELECT books.title FROM books", base.toSql(AnsiDialect.INSTANCE).sql());
        assertEquals("SELECT books.title FROM books WHERE books.id = ?", filtered.toSql(AnsiDialect.INSTANCE).sql());
        assertEquals(filtered, base.where(Books.BOOKS.ID.eq(1L)), "equality is structural");
        assertNotEquals(filtered, base.where(Books.BOOKS.ID.eq(2L)));
        assertEquals("SELECT books.title FROM books WHERE books.id = ? -- [1]", filtered.toString());
    }

    @Test
    void aRenderedQueryIsCachedPerDialect() {
        var q = select(Books.BOOKS.TITLE).from(Books.BOOKS);
        assertTrue(q.toSql(AnsiDialect.INSTANCE) == q.toSql(AnsiDialect.INSTANCE), "rendered once");
    }

    /** A view: read-only. */
    static final class ActiveAuthors extends Table<ActiveAuthors> {
        final Column<String> NAME = column("name", SqlType.TEXT);

        ActiveAuthors(Metadata m) {
            super(m, "active_authors", Kind.VIEW);
        }

        private ActiveAuthors(ActiveAuthors s, String a) {
            super(s, a);
        }

        @Override
        public ActiveAuthors as(String alias) {
            return new ActiveAuthors(this, alias);
        }
    }

    @Test
    void aViewIsQueriedButNeverCreatedNorWritten() {
        Metadata m = new Metadata();
        new Adhoc(m, "t", t -> t.col("a", SqlType.INTEGER));
        ActiveAuthors v = new ActiveAuthors(m);
        assertEquals(1, m.ddl(AnsiDialect.INSTANCE).size(), "only the table: " + m.ddl(AnsiDialect.INSTANCE));
        assertEquals("SELECT active_authors.name FROM active_authors", v.select().toSql(AnsiDialect.INSTANCE).sql());
        assertThrows(SchemaException.class, v::insert);
        assertThrows(SchemaException.class, v::update);
        assertThrows(SchemaException.class, v::delete);
        assertThrows(SchemaException.class, () -> v.insert(v.NAME));
        assertTrue(v.as("x").isView());
    }

    @Test
    void anUnmappedTypeKeepsItsDatabaseName() {
        Metadata m = new Metadata();
        new Adhoc(m, "docs", t -> t.col("search", SqlType.other("tsvector")));
        assertEquals(List.of("CREATE TABLE docs (search tsvector)"), m.ddl(AnsiDialect.INSTANCE));
        assertThrows(SchemaException.class, () -> SqlType.other(" "));
        assertNotEquals(SqlType.other("a"), SqlType.other("b"));
    }

    @Test
    void nullArgumentsAreClearErrorsNotNullPointers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Books.BOOKS.TITLE.eq((Field<String>) null));
        assertEquals("other must not be null", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> select(Books.BOOKS.TITLE).from(Books.BOOKS).where(null));
        assertThrows(IllegalArgumentException.class, () -> Books.BOOKS.TITLE.in((java.util.Collection<String>) null));
        assertThrows(IllegalArgumentException.class, () -> Books.BOOKS.TITLE.in("a", null));
        assertThrows(IllegalArgumentException.class, () -> select(Books.BOOKS.TITLE).from(Books.BOOKS).limit(-1));
        assertThrows(IllegalArgumentException.class, () -> Books.BOOKS.insert().set(Authors.AUTHORS.NAME, "x"));
    }

    @Test
    void identifiersAreQuotedOnlyWhenNeeded() {
        Metadata m = new Metadata();
        Adhoc t = new Adhoc(m, "Odd \"Name\"", x -> x.col("select", SqlType.INTEGER));
        assertEquals("SELECT \"Odd \"\"Name\"\"\".\"select\" FROM \"Odd \"\"Name\"\"\"",
                Sql.select(t.columnNamed("select")).from(t).toSql(AnsiDialect.INSTANCE).sql());
    }
}
