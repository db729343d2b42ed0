package dev.quarry.it.suite.loading.chinook;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.ToMany;
import java.math.BigDecimal;

public final class Invoice extends Table<Invoice> {
    public static final Invoice INVOICE = new Invoice();

    public final Column<Integer> INVOICE_ID = column("InvoiceId", SqlType.INTEGER).primaryKey();
    public final Column<Integer> CUSTOMER_ID = column("CustomerId", SqlType.INTEGER).notNull();
    public final Column<String> BILLING_COUNTRY = column("BillingCountry", SqlType.varchar(40));
    public final Column<BigDecimal> TOTAL = column("Total", SqlType.decimal(10, 2)).notNull();
    public final ToMany<InvoiceLine> LINES = toMany(() -> InvoiceLine.INVOICE_LINE, l -> l.INVOICE_ID);

    private Invoice() {
        super(ChinookModel.METADATA, "qt_Invoice");
    }

    private Invoice(Invoice source, String alias) {
        super(source, alias);
    }

    @Override
    public Invoice as(String alias) {
        return new Invoice(this, alias);
    }
}
