package dev.quarry.model;

import dev.quarry.Column;
import dev.quarry.Metadata;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** Well-formed tables for the core tests: authors, books (FK), nodes (self), a cycle (ping/pong). */
public final class Good {
    public static final Metadata METADATA = new Metadata();

    static {
        METADATA.include(Books.class, Authors.class, Nodes.class, Ping.class, Pong.class);
    }

    private Good() {
    }

    public static final class Authors extends Table<Authors> {
        public static final Authors AUTHORS = new Authors();
        public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey().autoIncrement();
        public final Column<String> NAME = column("name", SqlType.varchar(80)).notNull();

        private Authors() {
            super(METADATA, "authors");
        }

        private Authors(Authors s, String a) {
            super(s, a);
        }

        @Override
        public Authors as(String alias) {
            return new Authors(this, alias);
        }
    }

    public static final class Books extends Table<Books> {
        public static final Books BOOKS = new Books();
        public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey().autoIncrement();
        public final Column<Long> AUTHOR_ID = column("author_id", SqlType.BIGINT).references(() -> Authors.AUTHORS.ID);
        public final Column<String> TITLE = column("title", SqlType.TEXT);

        private Books() {
            super(METADATA, "books");
        }

        private Books(Books s, String a) {
            super(s, a);
        }

        @Override
        public Books as(String alias) {
            return new Books(this, alias);
        }
    }

    public static final class Nodes extends Table<Nodes> {
        public static final Nodes NODES = new Nodes();
        public final Column<Integer> ID = column("id", SqlType.INTEGER).primaryKey();
        public final Column<Integer> PARENT = column("parent", SqlType.INTEGER).references(() -> Nodes.NODES.ID);

        private Nodes() {
            super(METADATA, "nodes");
        }

        private Nodes(Nodes s, String a) {
            super(s, a);
        }

        @Override
        public Nodes as(String alias) {
            return new Nodes(this, alias);
        }
    }

    public static final class Ping extends Table<Ping> {
        public static final Ping PING = new Ping();
        public final Column<Integer> ID = column("id", SqlType.INTEGER).primaryKey();
        public final Column<Integer> PONG = column("pong", SqlType.INTEGER).references(() -> Pong.PONG.ID);

        private Ping() {
            super(METADATA, "ping");
        }

        private Ping(Ping s, String a) {
            super(s, a);
        }

        @Override
        public Ping as(String alias) {
            return new Ping(this, alias);
        }
    }

    public static final class Pong extends Table<Pong> {
        public static final Pong PONG = new Pong();
        public final Column<Integer> ID = column("id", SqlType.INTEGER).primaryKey();
        public final Column<Integer> PING = column("ping", SqlType.INTEGER).references(() -> Ping.PING.ID);

        private Pong() {
            super(METADATA, "pong");
        }

        private Pong(Pong s, String a) {
            super(s, a);
        }

        @Override
        public Pong as(String alias) {
            return new Pong(this, alias);
        }
    }
}
