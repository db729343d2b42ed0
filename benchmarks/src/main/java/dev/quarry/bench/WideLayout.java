package dev.quarry.bench;

import dev.quarry.Column;
import dev.quarry.Metadata;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** The Quarry model of {@code bench_wide}, a thirty-column table made by plain DDL ({@link Layouts}). */
public final class WideLayout extends Table<WideLayout> {
    public static final WideLayout BENCH_WIDE = new WideLayout(Layouts.METADATA, "bench_wide");

    public final Column<Long> ID = column("id", SqlType.BIGINT);
    public final Column<String> C01 = column("c01", SqlType.TEXT);
    public final Column<Long> C02 = column("c02", SqlType.BIGINT);
    public final Column<Double> C03 = column("c03", SqlType.DOUBLE);
    public final Column<String> C04 = column("c04", SqlType.TEXT);
    public final Column<Long> C05 = column("c05", SqlType.BIGINT);
    public final Column<Double> C06 = column("c06", SqlType.DOUBLE);
    public final Column<String> C07 = column("c07", SqlType.TEXT);
    public final Column<Long> C08 = column("c08", SqlType.BIGINT);
    public final Column<Double> C09 = column("c09", SqlType.DOUBLE);
    public final Column<String> C10 = column("c10", SqlType.TEXT);
    public final Column<Long> C11 = column("c11", SqlType.BIGINT);
    public final Column<Double> C12 = column("c12", SqlType.DOUBLE);
    public final Column<String> C13 = column("c13", SqlType.TEXT);
    public final Column<Long> C14 = column("c14", SqlType.BIGINT);
    public final Column<Double> C15 = column("c15", SqlType.DOUBLE);
    public final Column<String> C16 = column("c16", SqlType.TEXT);
    public final Column<Long> C17 = column("c17", SqlType.BIGINT);
    public final Column<Double> C18 = column("c18", SqlType.DOUBLE);
    public final Column<String> C19 = column("c19", SqlType.TEXT);
    public final Column<Long> C20 = column("c20", SqlType.BIGINT);
    public final Column<Double> C21 = column("c21", SqlType.DOUBLE);
    public final Column<String> C22 = column("c22", SqlType.TEXT);
    public final Column<Long> C23 = column("c23", SqlType.BIGINT);
    public final Column<Double> C24 = column("c24", SqlType.DOUBLE);
    public final Column<String> C25 = column("c25", SqlType.TEXT);
    public final Column<Long> C26 = column("c26", SqlType.BIGINT);
    public final Column<Double> C27 = column("c27", SqlType.DOUBLE);
    public final Column<String> C28 = column("c28", SqlType.TEXT);
    public final Column<Long> C29 = column("c29", SqlType.BIGINT);

    private WideLayout(Metadata metadata, String name) {
        super(metadata, name);
    }

    private WideLayout(WideLayout source, String alias) {
        super(source, alias);
    }

    @Override
    public WideLayout as(String alias) {
        return new WideLayout(this, alias);
    }
}
