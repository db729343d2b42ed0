package dev.quarry.it.suite.correctness;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** An item of a shop: a foreign key. */
public final class Items extends Table<Items> {
    public static final Items ITEMS = new Items();

    public final Column<Integer> ID = column("id", SqlType.INTEGER).primaryKey();
    public final Column<Integer> SHOP_ID = column("shop_id", SqlType.INTEGER).notNull()
            .references(() -> Shops.SHOPS.ID);

    private Items() {
        super(CorrectnessModel.METADATA, "qt_cs_items");
    }

    private Items(Items source, String alias) {
        super(source, alias);
    }

    @Override
    public Items as(String alias) {
        return new Items(this, alias);
    }
}
