package dev.quarry.render;

import dev.quarry.Field;
import dev.quarry.SqlType;
import dev.quarry.dialect.Capability;
import dev.quarry.dialect.Dialect;
import dev.quarry.query.Between;
import dev.quarry.query.Comparison;
import dev.quarry.query.ConstantCondition;
import dev.quarry.query.Exists;
import dev.quarry.query.InList;
import dev.quarry.query.InSubquery;
import dev.quarry.query.Junction;
import dev.quarry.query.Like;
import dev.quarry.query.Not;
import dev.quarry.query.NullCheck;
import dev.quarry.query.PatternMatch;
import dev.quarry.query.QuantifiedComparison;
import dev.quarry.query.RawCondition;
import dev.quarry.query.ScalarSubquery;
import dev.quarry.query.SelectModel;
import dev.quarry.query.Val;
import java.util.List;

/**
 * The second layer of every renderer: conditions (comparisons, IN, BETWEEN, LIKE, EXISTS, AND/OR/NOT) and
 * subqueries. See {@link ExpressionRenderer} for the layers.
 *
 * @since 0.1.0
 */
public abstract class ConditionRenderer extends ExpressionRenderer {
    protected ConditionRenderer(Dialect dialect) {
        super(dialect);
    }

    @Override
    public Void visitScalarSubquery(ScalarSubquery<?> subquery) {
        subquery(subquery.select());
        return null;
    }

    /** Appends {@code (SELECT ...)}; the SELECT enters its own scope, which sees the enclosing one. */
    protected final void subquery(SelectModel select) {
        sql.append('(');
        visit(select);
        sql.append(')');
    }

    // ---- conditions ----------------------------------------------------------------------------------

    @Override
    public Void visitComparison(Comparison c) {
        renderOperand(c.left());
        sql.append(' ').append(c.op().symbol()).append(' ');
        renderOperand(c.right());
        return null;
    }

    @Override
    public Void visitNullCheck(NullCheck check) {
        visit(check.field());
        sql.append(check.negated() ? " IS NOT NULL" : " IS NULL");
        return null;
    }

    @Override
    public Void visitInList(InList in) {
        if (in.values().size() > largeInList() && renderLargeInList(in)) {
            return null;
        }
        renderOperand(in.field());
        sql.append(in.negated() ? " NOT IN (" : " IN (");
        for (int i = 0; i < in.values().size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            renderOperand(in.values().get(i));
        }
        sql.append(')');
        return null;
    }

    @Override
    public Void visitInSubquery(InSubquery in) {
        visit(in.field());
        sql.append(in.negated() ? " NOT IN " : " IN ");
        subquery(in.select());
        return null;
    }

    @Override
    public Void visitExists(Exists exists) {
        sql.append(exists.negated() ? "NOT EXISTS " : "EXISTS ");
        subquery(exists.select());
        return null;
    }

    @Override
    public Void visitBetween(Between b) {
        renderOperand(b.field());
        sql.append(b.negated() ? " NOT BETWEEN " : " BETWEEN ");
        renderOperand(b.low());
        sql.append(" AND ");
        renderOperand(b.high());
        return null;
    }

    @Override
    public Void visitLike(Like like) {
        if (like.ignoreCase()) {
            renderLikeIgnoreCase(like);
        } else {
            visit(like.field());
            sql.append(like.negated() ? " NOT LIKE " : " LIKE ");
            visit(like.pattern());
        }
        return null;
    }

    /** A LIKE that ignores case everywhere: {@code LOWER(x) LIKE LOWER(?)}; PostgreSQL writes ILIKE. */
    protected void renderLikeIgnoreCase(Like like) {
        sql.append("LOWER(");
        visit(like.field());
        sql.append(like.negated() ? ") NOT LIKE LOWER(" : ") LIKE LOWER(");
        visit(like.pattern());
        sql.append(')');
    }

    @Override
    public Void visitJunction(Junction junction) {
        List<dev.quarry.Condition> parts = junction.conditions();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sql.append(junction.and() ? " AND " : " OR ");
            }
            dev.quarry.Condition c = parts.get(i);
            boolean paren = c instanceof Junction;
            if (paren) {
                sql.append('(');
            }
            visit(c);
            if (paren) {
                sql.append(')');
            }
        }
        return null;
    }

    @Override
    public Void visitNot(Not not) {
        sql.append("NOT (");
        visit(not.condition());
        sql.append(')');
        return null;
    }

    @Override
    public Void visitRawCondition(RawCondition raw) {
        sql.append('(');
        rawSql(raw.sql(), raw.args());
        sql.append(')');
        return null;
    }

    @Override
    public Void visitConstant(ConstantCondition constant) {
        sql.append(constant.value() ? "1 = 1" : "1 = 0");
        return null;
    }

    // ---- literal text search and quantified comparisons ------------------------------------------------

    /** The LIKE escape character of {@code contains}, {@code startsWith} and {@code endsWith}. */
    protected char likeEscape() {
        return '!';
    }

    /**
     * Appends {@code x LIKE ? ESCAPE '!'} (or the dialect's case-insensitive LIKE) with the text escaped and
     * wrapped in {@code %} as the match needs. An explicit ESCAPE is written on every dialect, because
     * MySQL would otherwise treat a backslash in the text as its default escape.
     */
    @Override
    public Void visitPatternMatch(PatternMatch m) {
        char esc = likeEscape();
        StringBuilder p = new StringBuilder(m.text().length() + 4);
        if (m.kind() != PatternMatch.Kind.STARTS_WITH) {
            p.append('%');
        }
        for (int i = 0; i < m.text().length(); i++) {
            char c = m.text().charAt(i);
            if (c == '%' || c == '_' || c == esc) {
                p.append(esc);
            }
            p.append(c);
        }
        if (m.kind() != PatternMatch.Kind.ENDS_WITH) {
            p.append('%');
        }
        visitLike(new Like(m.field(), new Val<>(p.toString(), SqlType.TEXT), false, m.ignoreCase()));
        sql.append(" ESCAPE ");
        renderStringLiteral(String.valueOf(esc));
        return null;
    }

    @Override
    public Void visitQuantifiedComparison(QuantifiedComparison c) {
        require(Capability.QUANTIFIED_COMPARISON, (c.right().all() ? "ALL" : "ANY") + " (subquery)");
        renderOperand(c.left());
        sql.append(' ').append(c.op().symbol()).append(c.right().all() ? " ALL " : " ANY ");
        subquery(c.right().select());
        return null;
    }

    // ---- IN lists beyond the bind limit ----------------------------------------------------------------

    /** An IN list longer than this is offered to {@link #renderLargeInList}: half the dialect's bind limit. */
    protected int largeInList() {
        return dialect.maxBindParameters() / 2;
    }

    /**
     * Appends an IN list too long to bind value by value in a form with few binds (PostgreSQL:
     * {@code x = ANY(?)} with an array), and returns true; or returns false to write the usual
     * {@code x IN (?, ?, ...)}. The default returns false.
     */
    protected boolean renderLargeInList(InList in) {
        return false;
    }

    /** The values of an IN list as the database stores them, or null if one of them is not a plain value. */
    protected static List<Object> inListValues(InList in) {
        List<Object> out = new java.util.ArrayList<>(in.values().size());
        for (dev.quarry.Field<?> f : in.values()) {
            if (!(f instanceof Val<?> v) || v.value() == null) {
                return null;
            }
            out.add(databaseValue(v));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> Object databaseValue(Val<T> v) {
        return v.type().toDatabase(v.value());
    }
}
