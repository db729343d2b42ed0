package dev.quarry.render;

import dev.quarry.CommonTableExpression;
import dev.quarry.DerivedTable;
import dev.quarry.Column;
import dev.quarry.Field;
import dev.quarry.Table;
import dev.quarry.dialect.Capability;
import dev.quarry.dialect.Dialect;
import dev.quarry.query.Aliased;
import dev.quarry.query.DerivedColumn;
import dev.quarry.query.Join;
import dev.quarry.query.Lock;
import dev.quarry.query.Node;
import dev.quarry.query.SelectModel;
import dev.quarry.query.SetOperation;
import dev.quarry.query.SortField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The third layer of every renderer: the SELECT statement (WITH, select list, FROM and joins with derived
 * tables and CTEs, GROUP BY, set operations, ORDER BY, LIMIT and OFFSET, row locks). See
 * {@link ExpressionRenderer} for the layers.
 *
 * @since 0.1.0
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
        Set<Node> outerGrouped = grouped;
        boolean outerInHaving = inHaving;
        grouped = groupedExpressions(s);
        inHaving = false;
        renderSelect(s);
        grouped = outerGrouped;
        inHaving = outerInHaving;
        pop();
        return null;
    }

    /**
     * The expressions of {@code s} that must be written the same wherever they repeat: the GROUP BY items and,
     * for SELECT DISTINCT, the select list (PostgreSQL matches ORDER BY against it), except plain columns.
     */
    private static Set<Node> groupedExpressions(SelectModel s) {
        if (s.groupBy().isEmpty() && !s.distinct()) {
            return null;
        }
        Set<Node> out = new java.util.HashSet<>();
        for (Field<?> f : s.groupBy()) {
            if (!(f instanceof Column<?>)) {
                out.add(f);
            }
        }
        if (s.distinct()) {
            for (Field<?> f : s.select()) {
                Field<?> e = f instanceof Aliased<?> a ? a.field() : f;
                if (!(e instanceof Column<?>)) {
                    out.add(e);
                }
            }
        }
        return out.isEmpty() ? null : out;
    }

    /** Appends a whole SELECT, inside the scope of its own tables: its WITH, its body, ORDER BY and the rest. */
    protected void renderSelect(SelectModel s) {
        renderWith(s.with());
        if (s.isCompound()) {
            renderCompound(s);
            return;
        }
        renderQuerySpec(s);
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

    /**
     * Appends {@code WITH [RECURSIVE] a AS (SELECT ...), b AS (...) } for the CTEs of {@code ctes} that no
     * enclosing statement declares already. {@code RECURSIVE} qualifies the whole clause, as on every database.
     */
    protected void renderWith(List<CommonTableExpression> ctes) {
        if (ctes.isEmpty()) {
            return;
        }
        boolean any = false;
        boolean recursive = false;
        for (CommonTableExpression cte : ctes) {
            if (!declaredOutside(cte)) {
                any = true;
                recursive |= cte.recursive();
            }
        }
        if (!any) {
            return;
        }
        sql.append(recursive ? "WITH RECURSIVE " : "WITH ");
        boolean first = true;
        for (CommonTableExpression cte : ctes) {
            if (declaredOutside(cte)) {
                continue;
            }
            if (!first) {
                sql.append(", ");
            }
            first = false;
            identifier(cte.name());
            sql.append(" AS (");
            pushIsolated();
            visit(cte.query());
            pop();
            sql.append(')');
        }
        sql.append(' ');
    }

    /** True if a statement enclosing the current one declares {@code cte} in its WITH clause. */
    private boolean declaredOutside(CommonTableExpression cte) {
        for (RenderScope s = scope().outer(); s != null; s = s.outer()) {
            if (s.statement() instanceof SelectModel m && m.with().contains(cte)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Appends a compound SELECT: the first member, each set operation and its member, then the ORDER BY
     * (naming result columns), LIMIT and OFFSET of the whole result.
     */
    protected void renderCompound(SelectModel s) {
        renderQuerySpec(s, !s.orderBy().isEmpty());
        for (SetOperation op : s.setOperations()) {
            renderSetOperator(op);
            pushHidingStatement();
            renderSetMember(op.select());
            pop();
        }
        if (!s.orderBy().isEmpty()) {
            sql.append(" ORDER BY ");
            for (int i = 0; i < s.orderBy().size(); i++) {
                if (i > 0) {
                    sql.append(", ");
                }
                SortField sort = s.orderBy().get(i);
                renderSortField(new SortField(resultColumn(s, sort.field()), sort.descending(), sort.nulls()));
            }
        }
        if (s.limit() != null || s.offset() != null) {
            renderLimitOffset(s.limit(), s.offset());
        }
    }

    /** Appends {@code UNION}, {@code INTERSECT ALL} and the like, checking the dialect has it. */
    protected void renderSetOperator(SetOperation op) {
        if (op.kind() != SetOperation.Kind.UNION) {
            String name = op.kind() + (op.all() ? " ALL" : "");
            require(op.all() ? Capability.INTERSECT_EXCEPT_ALL : Capability.INTERSECT_EXCEPT, name);
        }
        sql.append(' ').append(op.kind().name());
        sql.append(op.all() ? " ALL " : " ");
    }

    /**
     * Appends a member after a set operator: a plain SELECT as it is, one with its own ORDER BY, LIMIT or set
     * operation in parentheses. SQLite, which allows no parentheses there, overrides this.
     */
    protected void renderSetMember(SelectModel member) {
        if (isPlainMember(member)) {
            pushStatement(member);
            renderQuerySpec(member);
            pop();
        } else {
            sql.append('(');
            visit(member);
            sql.append(')');
        }
    }

    /** True if {@code member} needs no parentheses: no ORDER BY, LIMIT, OFFSET, WITH or set operation. */
    protected static boolean isPlainMember(SelectModel member) {
        return member.orderBy().isEmpty() && member.limit() == null && member.offset() == null
                && member.with().isEmpty() && !member.isCompound();
    }

    /**
     * The result column of compound {@code s} that an ORDER BY item names, as a bare name: a database sorts a
     * compound result by its column names, never by a table's columns.
     */
    private static Field<?> resultColumn(SelectModel s, Field<?> sort) {
        for (Field<?> item : s.select()) {
            boolean same = item.equals(sort) || item instanceof Aliased<?> a && a.field().equals(sort)
                    || sort instanceof Aliased<?> b && b.alias().equalsIgnoreCase(String.valueOf(item.label()));
            if (same && item.label() != null) {
                return new DerivedColumn<>(null, item.label(), item.type());
            }
        }
        List<String> names = new ArrayList<>();
        for (Field<?> item : s.select()) {
            names.add(String.valueOf(item.label()));
        }
        throw new IllegalArgumentException("orderBy(" + sort + ") after a set operation must name a column of the "
                + "first select (a column, or an expression selected with as(..)); its columns are " + names);
    }

    @Override
    public Void visitDerivedTable(DerivedTable table) {
        sql.append('(');
        pushIsolated();
        visit(table.query());
        pop();
        sql.append(") ");
        identifier(table.alias());
        return null;
    }

    @Override
    public Void visitCommonTableExpression(CommonTableExpression cte) {
        identifier(cte.name());
        return null;
    }

    /** Appends {@code SELECT ... FROM ... WHERE ... GROUP BY ... HAVING ...}: a SELECT up to its ORDER BY. */
    protected void renderQuerySpec(SelectModel s) {
        renderQuerySpec(s, false);
    }

    /**
     * Appends a SELECT up to its ORDER BY; with {@code nameColumns}, every selected column is named with
     * {@code AS}, as the first member of a compound SELECT whose ORDER BY names result columns: SQLite matches
     * an ORDER BY name to a plain column only when no other table in FROM has a column of that name.
     */
    protected final void renderQuerySpec(SelectModel s, boolean nameColumns) {
        Set<Node> outerGrouped = grouped;
        grouped = groupedExpressions(s); // also for each member of a compound SELECT, which has its own
        renderQuerySpecBody(s, nameColumns);
        grouped = outerGrouped;
    }

    private void renderQuerySpecBody(SelectModel s, boolean nameColumns) {
        sql.append(s.distinct() ? "SELECT DISTINCT " : "SELECT ");
        if (s.select().isEmpty()) {
            sql.append('1');
        } else if (nameColumns) {
            for (int i = 0; i < s.select().size(); i++) {
                if (i > 0) {
                    sql.append(", ");
                }
                Field<?> f = s.select().get(i);
                visit(f);
                if (f.label() != null) {
                    sql.append(" AS ");
                    identifier(f.label());
                }
            }
        } else {
            selectList(s.select());
        }
        if (!s.from().isEmpty()) {
            sql.append(" FROM ");
            list(s.from());
        }
        for (int i = 0; i < s.joins().size(); i++) {
            pushJoin(i);
            renderJoin(s.joins().get(i));
            pop();
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
            inHaving = true;
            visit(s.having());
            inHaving = false;
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
