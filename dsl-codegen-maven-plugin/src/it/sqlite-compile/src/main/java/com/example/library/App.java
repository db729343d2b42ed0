package com.example.library;

import static com.example.library.db.Authors.AUTHORS;
import static com.example.library.db.BookTitles.BOOK_TITLES;
import static com.example.library.db.Books.BOOKS;

import dev.quarry.Database;
import dev.quarry.Row2;
import dev.quarry.Select2;
import dev.quarry.Sql;

/** Hand-written code on the generated classes: it compiles only if the plugin generated them first. */
public final class App {
    private App() {
    }

    /** Every book with its author, joined along the generated relationship {@code Books.AUTHOR}. */
    static Select2<String, String> booksWithAuthors() {
        return Sql.select(BOOKS.TITLE, AUTHORS.NAME).from(BOOKS).join(BOOKS.AUTHOR).orderBy(BOOKS.TITLE.asc());
    }

    /** Prints the books and authors of the database at {@code args[0]}, then a count read from the view. */
    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(args[0])) {
            for (Row2<String, String> row : booksWithAuthors().fetch(db)) {
                System.out.println("book: " + row.v1() + " by " + row.v2());
            }
            long leGuin = Sql.select(Sql.count()).from(BOOK_TITLES)
                    .where(BOOK_TITLES.AUTHOR.eq("Ursula K. Le Guin")).fetchSingle(db).v1();
            System.out.println("view book_titles: " + leGuin + " by Ursula K. Le Guin");
        }
    }
}
