package dev.quarry.render;

import dev.quarry.Field;
import dev.quarry.Table;
import dev.quarry.dialect.Capability;
import dev.quarry.dialect.Dialect;
import dev.quarry.query.Aliased;
import dev.quarry.query.Join;
import dev.quarry.query.Lock;
import dev.quarry.query.SelectModel;
import dev.quarry.query.SortField;
import java.util.List;

/**
 * The third layer of every renderer: the SELECT statement (select list, FROM and joins, GROUP BY, ORDER BY,
 * LIMIT and OFFSET, row locks). See {@link ExpressionRenderer} for the layers.
 *
 * @since 0.2.0
 */
public abstract class SelectRenderer extends ConditionRenderer {
    protected SelectRenderer(Dialect dialect) {
        super(dialect);
    }

    @Override
    public Void visitTable(Table<?> table) {
        identifier(table.name());
        if (table.alias() != null) {
            sql.append(' ');
            identifier(table.alias());
        }
        return null;
    }

    @Override
    public Void visitSelect(SelectModel s) {
        pushStatement(s);
        renderSelect(s);
        pop();
        return null;
    }

    /** Appends a whole SELECT, inside the scope of its own tables. */
    protected void renderSelect(SelectModel s) {
        sql.append(s.distinct() ? "SELECT DISTINCT " : "SELECT ");
        if (s.select().isEmpty()) {
            sql.append('1');
        } else {
            selectList(s.select());
        }
        if (!s.from().isEmpty()) {
            sql.append(" FROM ");
            list(s.from());
        }
        for (Join j : s.joins()) {
            renderJoin(j);
        }
        if (s.where() != null) {
            sql.append(" WHERE ");
            visit(s.where());
        }
        if (!s.groupBy().isEmpty()) {
            sql.append(" GROUP BY ");
            list(s.groupBy());
        }
        if (s.having() != null) {
            sql.append(" HAVING ");
            visit(s.having());
        }
        if (!s.orderBy().isEmpty()) {
            sql.append(" ORDER BY ");
            for (int i = 0; i < s.orderBy().size(); i++) {
                if (i > 0) {
                    sql.append(", ");
                }
                renderSortField(s.orderBy().get(i));
            }
        }
        if (s.limit() != null || s.offset() != null) {
            renderLimitOffset(s.limit(), s.offset());
        }
        if (s.lock() != Lock.NONE) {
            renderLock(s.lock());
        }
    }

    /** Appends the select list, with {@code AS alias} for aliased expressions. */
    protected void selectList(List<Field<?>> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            Field<?> f = fields.get(i);
            visit(f);
            if (f instanceof Aliased<?> a) {
                sql.append(" AS ");
                identifier(a.alias());
            }
        }
    }

    /** Appends one join; RIGHT and FULL joins need their capability. */
    protected void renderJoin(Join j) {
        switch (j.type()) {
            case INNER -> sql.append(" JOIN ");
            case LEFT -> sql.append(" LEFT JOIN ");
            case RIGHT -> {
                require(Capability.RIGHT_JOIN, "RIGHT JOIN");
                sql.append(" RIGHT JOIN ");
            }
            case FULL -> {
                require(Capability.FULL_JOIN, "FULL JOIN");
                sql.append(" FULL JOIN ");
            }
            case CROSS -> sql.append(" CROSS JOIN ");
        }
        visit(j.table());
        if (j.on() != null) {
            sql.append(" ON ");
            visit(j.on());
        }
    }

    /** Appends an ORDER BY item: {@code x [DESC] [NULLS FIRST|LAST]}. */
    protected void renderSortField(SortField s) {
        renderOperand(s.field());
        if (s.descending()) {
            sql.append(" DESC");
        }
        if (s.nulls() == SortField.Nulls.FIRST) {
            sql.append(" NULLS FIRST");
        } else if (s.nulls() == SortField.Nulls.LAST) {
            sql.append(" NULLS LAST");
        }
    }

    /**
     * Appends {@code LIMIT ? OFFSET ?} (either may be null). An offset alone is written {@code OFFSET ?}, or
     * {@code LIMIT <noLimit()> OFFSET ?} where the dialect needs a LIMIT before an OFFSET.
     */
    protected void renderLimitOffset(Field<Long> limit, Field<Long> offset) {
        if (limit != null) {
            sql.append(" LIMIT ");
            visit(limit);
        } else if (noLimit() != null) {
            sql.append(" LIMIT ").append(noLimit());
        }
        if (offset != null) {
            sql.append(" OFFSET ");
            visit(offset);
        }
    }

    /** The LIMIT that means "no limit" where OFFSET cannot stand alone (SQLite, MySQL), or null. */
    protected String noLimit() {
        return null;
    }

    /** Appends {@code FOR UPDATE [SKIP LOCKED]}. */
    protected void renderLock(Lock lock) {
        require(Capability.FOR_UPDATE, "SELECT ... FOR UPDATE");
        sql.append(" FOR UPDATE");
        if (lock == Lock.FOR_UPDATE_SKIP_LOCKED) {
            require(Capability.FOR_UPDATE_SKIP_LOCKED, "FOR UPDATE SKIP LOCKED");
            sql.append(" SKIP LOCKED");
        }
    }
}
