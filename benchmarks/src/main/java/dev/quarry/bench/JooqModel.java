package dev.quarry.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** The same schema for jOOQ, declared with names and types (no code generation, as a jOOQ user may). */
final class JooqModel {
    static final Table<Record> CUSTOMERS = DSL.table(DSL.name("customers"));
    static final Field<Long> C_ID = DSL.field(DSL.name("customers", "id"), SQLDataType.BIGINT);
    static final Field<String> C_NAME = DSL.field(DSL.name("customers", "name"), SQLDataType.VARCHAR(100));
    static final Field<String> C_EMAIL = DSL.field(DSL.name("customers", "email"), SQLDataType.VARCHAR(200));
    static final Field<String> C_COUNTRY = DSL.field(DSL.name("customers", "country"), SQLDataType.VARCHAR(2));
    /** Unqualified, for SET targets and INSERT column lists. */
    static final Field<String> C_NAME_U = DSL.field(DSL.name("name"), SQLDataType.VARCHAR(100));
    static final Field<String> C_EMAIL_U = DSL.field(DSL.name("email"), SQLDataType.VARCHAR(200));

    static final Table<Record> PRODUCTS = DSL.table(DSL.name("products"));
    static final Field<Long> P_ID = DSL.field(DSL.name("products", "id"), SQLDataType.BIGINT);
    static final Field<String> P_NAME = DSL.field(DSL.name("products", "name"), SQLDataType.VARCHAR(100));

    static final Table<Record> ORDERS = DSL.table(DSL.name("orders"));
    static final Field<Long> O_ID = DSL.field(DSL.name("orders", "id"), SQLDataType.BIGINT);
    static final Field<Long> O_CUSTOMER_ID = DSL.field(DSL.name("orders", "customer_id"), SQLDataType.BIGINT);
    static final Field<Long> O_PRODUCT_ID = DSL.field(DSL.name("orders", "product_id"), SQLDataType.BIGINT);
    static final Field<Integer> O_QUANTITY = DSL.field(DSL.name("orders", "quantity"), SQLDataType.INTEGER);
    static final Field<BigDecimal> O_AMOUNT = DSL.field(DSL.name("orders", "amount"), SQLDataType.DECIMAL(12, 2));
    static final Field<Long> O_ID_U = DSL.field(DSL.name("id"), SQLDataType.BIGINT);
    static final Field<Long> O_CUSTOMER_ID_U = DSL.field(DSL.name("customer_id"), SQLDataType.BIGINT);
    static final Field<Long> O_PRODUCT_ID_U = DSL.field(DSL.name("product_id"), SQLDataType.BIGINT);
    static final Field<Integer> O_QUANTITY_U = DSL.field(DSL.name("quantity"), SQLDataType.INTEGER);
    static final Field<BigDecimal> O_AMOUNT_U = DSL.field(DSL.name("amount"), SQLDataType.DECIMAL(12, 2));

    static final Table<Record> ITEMS = DSL.table(DSL.name("items"));
    static final Field<Long> I_ID = DSL.field(DSL.name("items", "id"), SQLDataType.BIGINT);
    static final Field<String> I_NAME = DSL.field(DSL.name("items", "name"), SQLDataType.VARCHAR(100));
    static final Field<String> I_CODE = DSL.field(DSL.name("items", "code"), SQLDataType.VARCHAR(20));
    static final Field<BigDecimal> I_PRICE = DSL.field(DSL.name("items", "price"), SQLDataType.DECIMAL(12, 2));
    static final Field<LocalDate> I_CREATED = DSL.field(DSL.name("items", "created"), SQLDataType.LOCALDATE);
    static final Field<Boolean> I_ACTIVE = DSL.field(DSL.name("items", "active"), SQLDataType.BOOLEAN);

    static final Table<Record> ITEMS_INSERT = DSL.table(DSL.name("items_insert"));
    static final Table<Record> ITEMS_BIG = DSL.table(DSL.name("items_big"));
    static final Field<Long> X_ID = DSL.field(DSL.name("id"), SQLDataType.BIGINT);
    static final Field<String> X_NAME = DSL.field(DSL.name("name"), SQLDataType.VARCHAR(100));
    static final Field<String> X_CODE = DSL.field(DSL.name("code"), SQLDataType.VARCHAR(20));
    static final Field<BigDecimal> X_PRICE = DSL.field(DSL.name("price"), SQLDataType.DECIMAL(12, 2));
    static final Field<LocalDate> X_CREATED = DSL.field(DSL.name("created"), SQLDataType.LOCALDATE);
    static final Field<Boolean> X_ACTIVE = DSL.field(DSL.name("active"), SQLDataType.BOOLEAN);

    private JooqModel() {
    }
}
