package dev.quarry.it.suite.chinook;

import dev.quarry.Column;
import dev.quarry.Metadata;
import dev.quarry.SqlType;

/** Chinook's {@code Customer} table, the columns the reports use. */
public final class Customer extends ChinookTable<Customer> {
    public final Column<Integer> CUSTOMER_ID = column(n("CustomerId"), SqlType.INTEGER);
    public final Column<String> FIRST_NAME = column(n("FirstName"), SqlType.varchar(40));
    public final Column<String> LAST_NAME = column(n("LastName"), SqlType.varchar(20));
    public final Column<String> COUNTRY = column(n("Country"), SqlType.varchar(40));

    Customer(Metadata metadata, boolean snake) {
        super(metadata, "Customer", snake);
    }

    private Customer(Customer source, String alias) {
        super(source, alias);
    }

    @Override
    public Customer as(String alias) {
        return new Customer(this, alias);
    }
}
