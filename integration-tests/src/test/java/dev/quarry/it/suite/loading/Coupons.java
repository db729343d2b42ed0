package dev.quarry.it.suite.loading;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;

public final class Coupons extends Table<Coupons> {
    public static final Coupons COUPONS = new Coupons();

    public final Column<Integer> ID = column("id", SqlType.INTEGER).primaryKey();
    public final Column<String> CODE = column("code", SqlType.varchar(20)).notNull();

    private Coupons() {
        super(LoadingModel.METADATA, "qt_ld_coupons");
    }

    private Coupons(Coupons source, String alias) {
        super(source, alias);
    }

    @Override
    public Coupons as(String alias) {
        return new Coupons(this, alias);
    }
}
