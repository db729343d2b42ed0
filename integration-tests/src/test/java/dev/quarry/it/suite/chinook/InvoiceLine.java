package dev.quarry.it.suite.chinook;

import dev.quarry.Column;
import dev.quarry.Metadata;
import dev.quarry.SqlType;

/** Chinook's {@code InvoiceLine} table, the columns the reports use. */
public final class InvoiceLine extends ChinookTable<InvoiceLine> {
    public final Column<Integer> INVOICE_LINE_ID = column(n("InvoiceLineId"), SqlType.INTEGER);
    public final Column<Integer> INVOICE_ID = column(n("InvoiceId"), SqlType.INTEGER);
    public final Column<Integer> TRACK_ID = column(n("TrackId"), SqlType.INTEGER);
    public final Column<java.math.BigDecimal> UNIT_PRICE = column(n("UnitPrice"), SqlType.decimal(10, 2));
    public final Column<Integer> QUANTITY = column(n("Quantity"), SqlType.INTEGER);

    InvoiceLine(Metadata metadata, boolean snake) {
        super(metadata, "InvoiceLine", snake);
    }

    private InvoiceLine(InvoiceLine source, String alias) {
        super(source, alias);
    }

    @Override
    public InvoiceLine as(String alias) {
        return new InvoiceLine(this, alias);
    }
}
