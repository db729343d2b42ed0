package dev.quarry.render;

import dev.quarry.Column;
import dev.quarry.Field;
import dev.quarry.Param;
import dev.quarry.Table;
import dev.quarry.UnsafeStatementException;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Capability;
import dev.quarry.dialect.Dialect;
import dev.quarry.query.Aggregate;
import dev.quarry.query.Aliased;
import dev.quarry.query.Arithmetic;
import dev.quarry.query.Assignment;
import dev.quarry.query.Between;
import dev.quarry.query.CaseExpr;
import dev.quarry.query.Cast;
import dev.quarry.query.Comparison;
import dev.quarry.query.ConstantCondition;
import dev.quarry.query.CustomNode;
import dev.quarry.query.DeleteModel;
import dev.quarry.query.Excluded;
import dev.quarry.query.Exists;
import dev.quarry.query.FunctionCall;
import dev.quarry.query.InList;
import dev.quarry.query.InSubquery;
import dev.quarry.query.Inline;
import dev.quarry.query.InsertModel;
import dev.quarry.query.Join;
import dev.quarry.query.Junction;
import dev.quarry.query.Like;
import dev.quarry.query.Lock;
import dev.quarry.query.Node;
import dev.quarry.query.NodeVisitor;
import dev.quarry.query.Not;
import dev.quarry.query.NullCheck;
import dev.quarry.query.OnConflict;
import dev.quarry.query.RawCondition;
import dev.quarry.query.RawField;
import dev.quarry.query.ScalarSubquery;
import dev.quarry.query.SelectModel;
import dev.quarry.query.SortField;
import dev.quarry.query.TableSource;
import dev.quarry.query.UpdateModel;
import dev.quarry.query.Val;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Renders the query model as standard SQL, appending text and binds to one {@link SqlBuilder} in a
 * single pass. A dialect subclasses it and overrides the {@code renderX} hooks where its SQL differs;
 * DDL lives in {@link DdlRenderer}, which uses the same hooks.
 *
 * <p>A renderer holds the state of one statement: make a new one per statement with
 * {@link Dialect#renderer()}.
 *
 * @since 0.1.0
 */
public class AnsiRenderer implements NodeVisitor<Void> {
    /** Words that are quoted when used as names, on every dialect. */
    private static final Set<String> SQL_KEYWORDS = Set.of("add", "all", "alter", "and", "any", "as", "asc",
            "between", "by", "case", "cast", "check", "column", "constraint", "create", "cross", "current_date",
            "current_time", "current_timestamp", "default", "delete", "desc", "distinct", "drop", "else", "end",
            "except", "exists", "false", "fetch", "for", "foreign", "from", "full", "grant", "group", "having", "in",
            "index", "inner", "insert", "intersect", "into", "is", "join", "key", "left", "like", "limit", "natural",
            "not", "null", "offset", "on", "or", "order", "outer", "primary", "references", "right", "select", "set",
            "table", "then", "to", "true", "union", "unique", "update", "user", "using", "values", "when", "where",
            "window", "with");

    protected final Dialect dialect;
    protected final SqlBuilder sql = new SqlBuilder();
    /** Whether column references carry their table qualifier (off inside INSERT column lists). */
    protected boolean qualify = true;
    /** Whether values are written as literals instead of binds (DDL cannot bind). */
    protected boolean inlineValues;
    /** This renderer's cache of written names, looked up on its first name. */
    private Map<String, String> knownIdentifiers;

    public AnsiRenderer(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The dialect this renderer writes for. */
    public final Dialect dialect() {
        return dialect;
    }

    /** The buffer, for custom nodes. */
    public final SqlBuilder sql() {
        return sql;
    }

    /** Renders a whole statement. */
    public RenderedQuery render(Node node) {
        node.accept(this);
        return sql.build();
    }

    /** Renders one node into this renderer's buffer (for custom nodes and subclasses). */
    public final void visit(Node node) {
        node.accept(this);
    }

    // ---- identifiers and literals -------------------------------------------------------------------

    /** Appends a name, quoted when it needs to be. */
    public final void identifier(String name) {
        Map<String, String> known = knownIdentifiers;
        if (known == null) {
            known = identifiers();
            knownIdentifiers = known;
        }
        String out = known.get(name);
        if (out == null) {
            out = needsQuoting(name) ? quoteIdentifier(name) : name;
            if (known.size() < MAX_KNOWN_IDENTIFIERS) {
                known.put(name, out);
            }
        }
        sql.append(out);
    }

    /** Bounds each cache of {@link #identifier}: names come from models, but aliases can be made at run time. */
    private static final int MAX_KNOWN_IDENTIFIERS = 10_000;

    /**
     * Names as written by one renderer class for one dialect value, quoted or not, so that a name is checked
     * once and not on every render (the check was a third of rendering a join). Quoting depends only on the
     * renderer's class and its dialect, never on the statement being rendered.
     */
    private static final ClassValue<AtomicReference<KnownIdentifiers[]>> IDENTIFIERS = new ClassValue<>() {
        @Override
        protected AtomicReference<KnownIdentifiers[]> computeValue(Class<?> type) {
            return new AtomicReference<>(new KnownIdentifiers[0]);
        }
    };

    /** The names known for one dialect value (compared by identity: dialects are immutable singletons). */
    private record KnownIdentifiers(Dialect dialect, Map<String, String> names) {
    }

    /** How many dialect values of one renderer class keep their names at once. */
    private static final int KNOWN_DIALECTS = 4;

    private Map<String, String> identifiers() {
        AtomicReference<KnownIdentifiers[]> ref = IDENTIFIERS.get(getClass());
        KnownIdentifiers[] all = ref.get();
        for (KnownIdentifiers k : all) {
            if (k.dialect() == dialect) {
                return k.names();
            }
        }
        KnownIdentifiers made = new KnownIdentifiers(dialect, new ConcurrentHashMap<>(64));
        KnownIdentifiers[] next = new KnownIdentifiers[Math.min(KNOWN_DIALECTS, all.length + 1)];
        next[0] = made;
        System.arraycopy(all, 0, next, 1, next.length - 1);
        ref.set(next);
        return made.names();
    }

    /**
     * True if {@code name} must be quoted: it is not all lower-case letters, digits and underscores
     * starting with a letter or underscore, or it is a reserved word.
     */
    protected boolean needsQuoting(String name) {
        if (name.isEmpty()) {
            return true;
        }
        char first = name.charAt(0);
        if (!(first >= 'a' && first <= 'z' || first == '_')) {
            return true;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                return true;
            }
        }
        return SQL_KEYWORDS.contains(name) || reservedWords().contains(name);
    }

    /** The dialect's own reserved words, in lower case, beyond the common SQL ones. */
    protected Set<String> reservedWords() {
        return Set.of();
    }

    /** {@code name} in the dialect's identifier quotes, with quote characters inside doubled. */
    protected String quoteIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** Appends a string literal (only where a bind cannot be used, such as DDL defaults). */
    protected void renderStringLiteral(String value) {
        sql.append('\'').append(value.replace("'", "''")).append('\'');
    }

    /** Appends TRUE or FALSE. */
    protected void renderBooleanLiteral(boolean value) {
        sql.append(value ? "TRUE" : "FALSE");
    }

    /** Appends a literal of any supported value. */
    public void renderLiteral(Object value) {
        if (value == null) {
            sql.append("NULL");
        } else if (value instanceof Boolean b) {
            renderBooleanLiteral(b);
        } else if (value instanceof Number n) {
            renderNumberLiteral(n);
        } else if (value instanceof Enum<?> e) {
            renderStringLiteral(e.name());
        } else {
            renderStringLiteral(value.toString());
        }
    }

    /**
     * Appends a number as a literal: only Java's own number types, written from their value, so that no
     * {@code toString()} of a user's {@link Number} subclass reaches the SQL text.
     */
    private void renderNumberLiteral(Number n) {
        if (n instanceof java.math.BigDecimal d) {
            sql.append(d.toPlainString());
        } else if (n instanceof Double || n instanceof Float) {
            if (!Double.isFinite(n.doubleValue())) {
                throw new IllegalArgumentException("value " + n + " has no SQL literal; bind it with val(..) instead");
            }
            sql.append(n.toString());
        } else if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || n instanceof java.math.BigInteger) {
            sql.append(n.toString());
        } else {
            throw new IllegalArgumentException("value of " + n.getClass().getName()
                    + " cannot be written as a literal; use Integer, Long, Short, Byte, Double, Float, BigInteger "
                    + "or BigDecimal");
        }
    }

    // ---- expressions ---------------------------------------------------------------------------------

    @Override
    public Void visitColumn(Column<?> column) {
        if (qualify) {
            identifier(column.table().qualifier());
            sql.append('.');
        }
        identifier(column.name());
        return null;
    }

    @Override
    public Void visitParam(Param<?> param) {
        if (inlineValues) {
            throw new IllegalStateException("parameter " + param.name() + " cannot be used in DDL");
        }
        sql.bind(param);
        return null;
    }

    @Override
    public Void visitVal(Val<?> val) {
        if (inlineValues) {
            renderLiteral(val.type().toDatabase(cast(val.value())));
        } else {
            sql.bind(val.value(), val.type());
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }

    @Override
    public Void visitInline(Inline<?> inline) {
        renderLiteral(inline.value());
        return null;
    }

    @Override
    public Void visitFunction(FunctionCall<?> call) {
        renderFunction(call.name(), call.args());
        return null;
    }

    /**
     * Appends a function call. The default writes {@code NAME(a, b)} for Quarry's standard names and
     * handles {@code concat}, {@code year}, {@code month}, {@code day}, {@code current_date} and
     * {@code current_timestamp}; a dialect overrides it for the names it spells differently.
     */
    protected void renderFunction(String name, List<Field<?>> args) {
        switch (name) {
            case "concat" -> infix(" || ", args);
            case "year", "month", "day" -> {
                sql.append("EXTRACT(").append(name.toUpperCase(Locale.ROOT)).append(" FROM ");
                visit(args.get(0));
                sql.append(')');
            }
            case "current_date" -> sql.append("CURRENT_DATE");
            case "current_timestamp" -> sql.append("CURRENT_TIMESTAMP");
            default -> call(name.toUpperCase(Locale.ROOT), args);
        }
    }

    /** Appends {@code NAME(a, b, ...)}. */
    protected final void call(String name, List<Field<?>> args) {
        sql.append(name).append('(');
        list(args);
        sql.append(')');
    }

    /** Appends {@code (a op b op c)}. */
    protected final void infix(String op, List<Field<?>> args) {
        sql.append('(');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sql.append(op);
            }
            visit(args.get(i));
        }
        sql.append(')');
    }

    /** Appends nodes separated by commas. */
    protected final void list(List<? extends Node> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            visit(nodes.get(i));
        }
    }

    @Override
    public Void visitAggregate(Aggregate<?> aggregate) {
        sql.append(aggregate.name().toUpperCase(Locale.ROOT)).append('(');
        if (aggregate.distinct()) {
            sql.append("DISTINCT ");
        }
        if (aggregate.arg() == null) {
            sql.append('*');
        } else if (aggregate.name().equals("min") || aggregate.name().equals("max")) {
            renderOperand(aggregate.arg());
        } else {
            visit(aggregate.arg());
        }
        sql.append(')');
        return null;
    }

    @Override
    public Void visitArithmetic(Arithmetic<?> a) {
        if (a.op() == Arithmetic.Operator.NEG) {
            sql.append("(-");
            visit(a.right());
            sql.append(')');
        } else if (a.op() == Arithmetic.Operator.DIV) {
            renderDivision(a.left(), a.right());
        } else {
            sql.append('(');
            visit(a.left());
            sql.append(' ').append(a.op().symbol()).append(' ');
            visit(a.right());
            sql.append(')');
        }
        return null;
    }

    /**
     * Appends {@code (left / right)}. SQLite and PostgreSQL truncate when both sides are integral, which is
     * what Quarry promises everywhere; MySQL overrides this to write {@code DIV} then.
     */
    protected void renderDivision(Field<?> left, Field<?> right) {
        sql.append('(');
        visit(left);
        sql.append(" / ");
        visit(right);
        sql.append(')');
    }

    @Override
    public Void visitAliased(Aliased<?> aliased) {
        visit(aliased.field());
        return null;
    }

    @Override
    public Void visitCast(Cast<?> cast) {
        sql.append("CAST(");
        visit(cast.field());
        sql.append(" AS ").append(renderCastType(cast.type())).append(')');
        return null;
    }

    /** The type name written in {@code CAST(x AS type)}. */
    protected String renderCastType(dev.quarry.SqlType<?> type) {
        return dialect.types().ddl(type);
    }

    @Override
    public Void visitCase(CaseExpr<?> expr) {
        sql.append("CASE");
        for (CaseExpr.When<?> w : expr.whens()) {
            sql.append(" WHEN ");
            visit(w.condition());
            sql.append(" THEN ");
            visit(w.value());
        }
        if (expr.otherwise() != null) {
            sql.append(" ELSE ");
            visit(expr.otherwise());
        }
        sql.append(" END");
        return null;
    }

    @Override
    public Void visitRawField(RawField<?> raw) {
        rawSql(raw.sql(), raw.args());
        return null;
    }

    private void rawSql(String text, List<Field<?>> args) {
        int arg = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '?') {
                if (arg >= args.size()) {
                    throw new IllegalArgumentException("raw SQL has more '?' than arguments (" + args.size() + "): "
                            + text);
                }
                sql.append(text.substring(start, i));
                visit(args.get(arg++));
                start = i + 1;
            }
        }
        if (arg != args.size()) {
            throw new IllegalArgumentException("raw SQL has " + arg + " '?' but " + args.size() + " arguments: "
                    + text);
        }
        sql.append(text.substring(start));
    }

    @Override
    public Void visitScalarSubquery(ScalarSubquery<?> subquery) {
        subquery(subquery.select());
        return null;
    }

    /** Appends {@code (SELECT ...)} with qualification restored afterwards. */
    protected final void subquery(SelectModel select) {
        boolean q = qualify;
        qualify = true;
        sql.append('(');
        visit(select);
        sql.append(')');
        qualify = q;
    }

    // ---- conditions ----------------------------------------------------------------------------------

    /**
     * Appends an operand of a comparison, BETWEEN, IN, ORDER BY, MIN or MAX: where values are compared.
     * SQLite overrides it to compare its text-stored decimals as numbers.
     */
    protected void renderOperand(Field<?> operand) {
        visit(operand);
    }

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

    @Override
    public Void visitCustom(CustomNode custom) {
        custom.render(this);
        return null;
    }

    // ---- statements ----------------------------------------------------------------------------------

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
        return null;
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

    /** Throws {@link UnsupportedFeatureException} unless the dialect has {@code capability}. */
    protected final void require(Capability capability, String feature) {
        if (!dialect.supports(capability)) {
            throw new UnsupportedFeatureException(feature, dialect.name());
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

    @Override
    public Void visitInsert(InsertModel insert) {
        sql.append("INSERT INTO ");
        identifier(insert.table().name());
        boolean q = qualify;
        if (insert.columns().isEmpty() && insert.select() == null) {
            renderDefaultValues();
        } else {
            qualify = false;
            sql.append(" (");
            list(insert.columns());
            sql.append(')');
            qualify = q;
            if (insert.select() != null) {
                sql.append(' ');
                visit(insert.select());
            } else {
                sql.append(" VALUES ");
                for (int r = 0; r < insert.rows().size(); r++) {
                    if (r > 0) {
                        sql.append(", ");
                    }
                    sql.append('(');
                    list(insert.rows().get(r));
                    sql.append(')');
                }
            }
        }
        if (insert.onConflict() != null) {
            require(Capability.UPSERT, "INSERT ... ON CONFLICT");
            renderUpsert(insert.onConflict());
        }
        if (!insert.returning().isEmpty()) {
            renderReturning(insert, insert.returning());
        }
        return null;
    }

    /** The INSERT of one row of defaults: {@code DEFAULT VALUES} (MySQL writes {@code () VALUES ()}). */
    protected void renderDefaultValues() {
        sql.append(" DEFAULT VALUES");
    }

    /** Appends the conflict clause of an upsert: {@code ON CONFLICT (k) DO UPDATE SET ...} / {@code DO NOTHING}. */
    protected void renderUpsert(OnConflict c) {
        boolean q = qualify;
        qualify = false;
        sql.append(" ON CONFLICT");
        if (!c.target().isEmpty()) {
            sql.append(" (");
            list(c.target());
            sql.append(')');
        }
        if (c.doNothing() || c.updates().isEmpty()) {
            sql.append(" DO NOTHING");
        } else {
            sql.append(" DO UPDATE SET ");
            assignments(c.updates());
        }
        qualify = q;
    }

    @Override
    public Void visitExcluded(Excluded<?> excluded) {
        renderExcluded(excluded.column());
        return null;
    }

    /** Appends {@code EXCLUDED.col}: the value an upsert proposed (MySQL: {@code VALUES(col)}). */
    protected void renderExcluded(Column<?> column) {
        sql.append("EXCLUDED.");
        identifier(column.name());
    }

    /** Appends {@code a = x, b = y} with unqualified targets. */
    protected final void assignments(List<Assignment> set) {
        for (int i = 0; i < set.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            Assignment a = set.get(i);
            identifier(a.column().name());
            sql.append(" = ");
            visit(a.value());
        }
    }

    /**
     * Appends {@code RETURNING a, b}. Dialects without RETURNING override this to record generated keys or
     * to throw {@link UnsupportedFeatureException}.
     */
    protected void renderReturning(Node statement, List<Field<?>> returning) {
        require(Capability.RETURNING, "RETURNING");
        if (statement instanceof UpdateModel) {
            require(Capability.RETURNING_ON_UPDATE, "UPDATE ... RETURNING");
        }
        sql.append(" RETURNING ");
        selectList(returning);
    }

    @Override
    public Void visitUpdate(UpdateModel update) {
        if (update.where() == null && !update.whereAll()) {
            throw new UnsafeStatementException("UPDATE " + update.table().name()
                    + " has no where(..): write whereAll() to update every row");
        }
        if (update.set().isEmpty()) {
            throw new IllegalStateException("UPDATE " + update.table().name() + " sets no column: call set(..)");
        }
        sql.append("UPDATE ");
        visitTable(update.table());
        sql.append(" SET ");
        assignments(update.set());
        if (update.where() != null) {
            sql.append(" WHERE ");
            visit(update.where());
        }
        if (!update.returning().isEmpty()) {
            renderReturning(update, update.returning());
        }
        return null;
    }

    @Override
    public Void visitDelete(DeleteModel delete) {
        if (delete.where() == null && !delete.whereAll()) {
            throw new UnsafeStatementException("DELETE FROM " + delete.table().name()
                    + " has no where(..): write whereAll() to delete every row");
        }
        sql.append("DELETE FROM ");
        visitTable(delete.table());
        if (delete.where() != null) {
            sql.append(" WHERE ");
            visit(delete.where());
        }
        if (!delete.returning().isEmpty()) {
            renderReturning(delete, delete.returning());
        }
        return null;
    }

    /** Renders a FROM item list entry (exposed for subclasses that render sources differently). */
    protected void renderSource(TableSource source) {
        visit(source);
    }
}
