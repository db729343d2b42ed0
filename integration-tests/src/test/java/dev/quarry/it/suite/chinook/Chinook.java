package dev.quarry.it.suite.chinook;

import dev.quarry.Metadata;

/** The Chinook tables in one spelling; {@link #PASCAL} for the SQLite and MySQL files, {@link #SNAKE} for PostgreSQL. */
public final class Chinook {
    public static final Chinook PASCAL = new Chinook(false);
    public static final Chinook SNAKE = new Chinook(true);

    public final Artist ARTIST;
    public final Album ALBUM;
    public final Genre GENRE;
    public final Track TRACK;
    public final Customer CUSTOMER;
    public final Invoice INVOICE;
    public final InvoiceLine INVOICE_LINE;
    public final Employee EMPLOYEE;
    private final boolean snake;

    private Chinook(boolean snake) {
        Metadata m = new Metadata();
        this.snake = snake;
        ARTIST = new Artist(m, snake);
        ALBUM = new Album(m, snake);
        GENRE = new Genre(m, snake);
        TRACK = new Track(m, snake);
        CUSTOMER = new Customer(m, snake);
        INVOICE = new Invoice(m, snake);
        INVOICE_LINE = new InvoiceLine(m, snake);
        EMPLOYEE = new Employee(m, snake);
    }

    /**
     * Hand-written SQL in this spelling: {@code {InvoiceLine}} and {@code {UnitPrice}} become
     * {@code InvoiceLine}/{@code UnitPrice} or {@code invoice_line}/{@code unit_price}.
     */
    public String sql(String template) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, snake ? ChinookTable.snake(m.group(1)) : m.group(1));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
