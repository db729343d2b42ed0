DROP VIEW IF EXISTS book_titles;
DROP TABLE IF EXISTS books;
DROP TABLE IF EXISTS authors;

CREATE TABLE authors (
    id   INTEGER PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

CREATE TABLE books (
    id        INTEGER PRIMARY KEY,
    title     VARCHAR(200) NOT NULL,
    author_id INTEGER NOT NULL REFERENCES authors (id),
    published INTEGER
);

CREATE VIEW book_titles AS
    SELECT b.title AS title, a.name AS author FROM books b JOIN authors a ON a.id = b.author_id;

INSERT INTO authors (id, name) VALUES (1, 'Ursula K. Le Guin');
INSERT INTO authors (id, name) VALUES (2, 'Italo Calvino');
INSERT INTO books (id, title, author_id, published) VALUES (1, 'The Dispossessed', 1, 1974);
INSERT INTO books (id, title, author_id, published) VALUES (2, 'Invisible Cities', 2, 1972);
INSERT INTO books (id, title, author_id, published) VALUES (3, 'A Wizard of Earthsea', 1, 1968);
