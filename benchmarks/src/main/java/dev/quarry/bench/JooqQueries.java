package dev.quarry.bench;

import static dev.quarry.bench.JooqModel.I_ACTIVE;
import static dev.quarry.bench.JooqModel.I_CODE;
import static dev.quarry.bench.JooqModel.I_CREATED;
import static dev.quarry.bench.JooqModel.I_ID;
import static dev.quarry.bench.JooqModel.I_NAME;
import static dev.quarry.bench.JooqModel.I_PRICE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jooq.Result;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;

/** The fetch and insert statements as a jOOQ user writes them. */
final class JooqQueries {
    private JooqQueries() {
    }

    static SelectConditionStep<Record6<Long, String, String, BigDecimal, LocalDate, Boolean>> itemsUpTo(
            DSLContext ctx, org.jooq.Table<?> table, long maxId) {
        org.jooq.Name t = table.getQualifiedName();
        return ctx.select(
                        DSL.field(t.append("id"), I_ID.getDataType()),
                        DSL.field(t.append("name"), I_NAME.getDataType()),
                        DSL.field(t.append("code"), I_CODE.getDataType()),
                        DSL.field(t.append("price"), I_PRICE.getDataType()),
                        DSL.field(t.append("created"), I_CREATED.getDataType()),
                        DSL.field(t.append("active"), I_ACTIVE.getDataType()))
                .from(table).where(DSL.field(t.append("id"), I_ID.getDataType()).le(maxId));
    }

    static Result<Record6<Long, String, String, BigDecimal, LocalDate, Boolean>> fetch(DSLContext ctx, long maxId) {
        return ctx.select(I_ID, I_NAME, I_CODE, I_PRICE, I_CREATED, I_ACTIVE).from(JooqModel.ITEMS)
                .where(I_ID.le(maxId)).fetch();
    }

    static List<Item> fetchInto(DSLContext ctx, long maxId) {
        return ctx.select(I_ID, I_NAME, I_CODE, I_PRICE, I_CREATED, I_ACTIVE).from(JooqModel.ITEMS)
                .where(I_ID.le(maxId)).fetchInto(Item.class);
    }

    static long batchInsert(DSLContext ctx, List<Item> items) {
        return ctx.transactionResult(cfg -> {
            BatchBindStep batch = DSL.using(cfg).batch(DSL.using(cfg)
                    .insertInto(JooqModel.ITEMS_INSERT, JooqModel.X_ID, JooqModel.X_NAME, JooqModel.X_CODE,
                            JooqModel.X_PRICE, JooqModel.X_CREATED, JooqModel.X_ACTIVE)
                    .values((Long) null, null, null, null, null, null));
            for (Item it : items) {
                batch.bind(it.id(), it.name(), it.code(), it.price(), it.created(), it.active());
            }
            long n = 0;
            for (int count : batch.execute()) {
                n += count;
            }
            return n;
        });
    }
}
