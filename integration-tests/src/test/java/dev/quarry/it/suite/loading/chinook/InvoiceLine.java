package dev.quarry.it.suite.loading.chinook;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.ToOne;
import java.math.BigDecimal;

public final class InvoiceLine extends Table<InvoiceLine> {
    public static final InvoiceLine INVOICE_LINE = new InvoiceLine();

    public final Column<Integer> INVOICE_LINE_ID = column("InvoiceLineId", SqlType.INTEGER).primaryKey();
    public final Column<Integer> INVOICE_ID = column("InvoiceId", SqlType.INTEGER).notNull()
            .references(() -> Invoice.INVOICE.INVOICE_ID);
    public final Column<Integer> TRACK_ID = column("TrackId", SqlType.INTEGER).notNull()
            .references(() -> Track.TRACK.TRACK_ID);
    public final Column<BigDecimal> UNIT_PRICE = column("UnitPrice", SqlType.decimal(10, 2)).notNull();
    public final Column<Integer> QUANTITY = column("Quantity", SqlType.INTEGER).notNull();
    public final ToOne<Invoice> INVOICE = toOne(() -> Invoice.INVOICE, INVOICE_ID);
    public final ToOne<Track> TRACK = toOne(() -> Track.TRACK, TRACK_ID);

    private InvoiceLine() {
        super(ChinookModel.METADATA, "qt_InvoiceLine");
    }

    private InvoiceLine(InvoiceLine source, String alias) {
        super(source, alias);
    }

    @Override
    public InvoiceLine as(String alias) {
        return new InvoiceLine(this, alias);
    }
}
