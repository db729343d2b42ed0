package dev.quarry.it.suite.chinook;

import dev.quarry.Column;
import dev.quarry.Metadata;
import dev.quarry.SqlType;

/** Chinook's {@code Invoice} table, the columns the reports use. */
public final class Invoice extends ChinookTable<Invoice> {
    public final Column<Integer> INVOICE_ID = column(n("InvoiceId"), SqlType.INTEGER);
    public final Column<Integer> CUSTOMER_ID = column(n("CustomerId"), SqlType.INTEGER);
    public final Column<java.time.LocalDateTime> INVOICE_DATE = column(n("InvoiceDate"), SqlType.TIMESTAMP);
    public final Column<java.math.BigDecimal> TOTAL = column(n("Total"), SqlType.decimal(10, 2));

    Invoice(Metadata metadata, boolean snake) {
        super(metadata, "Invoice", snake);
    }

    private Invoice(Invoice source, String alias) {
        super(source, alias);
    }

    @Override
    public Invoice as(String alias) {
        return new Invoice(this, alias);
    }
}
