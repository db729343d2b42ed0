package dev.quarry.render;

import dev.quarry.Column;
import dev.quarry.Field;
import dev.quarry.Param;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Capability;
import dev.quarry.dialect.Dialect;
import dev.quarry.query.Aggregate;
import dev.quarry.query.Aliased;
import dev.quarry.query.Arithmetic;
import dev.quarry.query.CaseExpr;
import dev.quarry.query.Cast;
import dev.quarry.query.DerivedColumn;
import dev.quarry.query.Frame;
import dev.quarry.query.FrameBound;
import dev.quarry.query.FunctionCall;
import dev.quarry.query.Inline;
import dev.quarry.query.Node;
import dev.quarry.query.NodeVisitor;
import dev.quarry.query.Over;
import dev.quarry.query.RawField;
import dev.quarry.query.SimpleCase;
import dev.quarry.query.SortField;
import dev.quarry.query.Val;
import dev.quarry.query.Window;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The first layer of every renderer: names, literals, the render scope and value expressions (columns,
 * binds, functions, aggregates, arithmetic, CASE, CAST). The layers above it follow the grammar:
 * {@link ConditionRenderer} adds conditions and subqueries, {@link SelectRenderer} the SELECT statement
 * and {@link AnsiRenderer} INSERT, UPDATE and DELETE; a dialect subclasses {@code AnsiRenderer} and overrides the
 * {@code renderX} hooks of any layer.
 *
 * <p>A renderer holds the state of one statement: make a new one per statement with
 * {@link Dialect#renderer()}.
 *
 * @since 0.1.0
 */
public abstract class ExpressionRenderer implements NodeVisitor<Void> {
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
    /**
     * The grouped expressions of the SELECT being written (GROUP BY items and, for SELECT DISTINCT, the select
     * list), which must have the same text wherever they repeat; null when there are none. Set by the SELECT
     * part of the renderer.
     */
    Set<Node> grouped;
    /** True while writing a grouped expression: its values are written as literals where that is safe. */
    private boolean inGrouped;
    /** True while writing a HAVING clause (outside aggregates). */
    boolean inHaving;
    /** Where the renderer is: qualification, literal values, visible tables. Changed only by push and pop. */
    private RenderScope scope = RenderScope.ROOT;
    /** This renderer's cache of written names, looked up on its first name. */
    private Map<String, String> knownIdentifiers;

    protected ExpressionRenderer(Dialect dialect) {
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
        if (grouped != null && !inGrouped && grouped.contains(node)) {
            renderGrouped((Field<?>) node);
            return;
        }
        node.accept(this);
    }
    /**
     * Writes a grouped expression where it repeats in the select list, GROUP BY, HAVING or ORDER BY, so that
     * every occurrence has the same text: PostgreSQL compares the text, and {@code SUBSTRING(x, $1, $2)} is not
     * {@code SUBSTRING(x, $3, $4)} to it (42803). Its integers, decimals and strings are written as literals
     * ({@link #renderGroupedValue}); other values stay bound.
     */
    private void renderGrouped(Field<?> field) {
        inGrouped = true;
        try {
            if (inHaving) {
                renderGroupedInHaving(field);
            } else {
                field.accept(this);
            }
        } finally {
            inGrouped = false;
        }
    }

    /**
     * Appends a grouped expression that HAVING repeats. The default writes it as it is; MySQL, which cannot
     * find the columns of an expression in HAVING, overrides it.
     */
    protected void renderGroupedInHaving(Field<?> field) {
        field.accept(this);
    }

    /**
     * Writes a value inside a grouped expression as a literal and returns true, or returns false to bind it:
     * only integers, decimals (typed as a bound decimal is) and strings with no backslash or NUL, quoted by
     * {@link #renderStringLiteral}, so that no setting of the server (backslash escapes, standard strings) can
     * read the text differently. A negative number is parenthesised: {@code (-x)} of -2 must not become
     * {@code --2}, a comment.
     */
    protected boolean renderGroupedValue(Object value) {
        String number = null;
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            number = value.toString();
        } else if (value instanceof java.math.BigDecimal d) {
            number = d.toPlainString();
        }
        if (number != null) {
            if (number.startsWith("-")) {
                sql.append('(').append(number).append(')');
            } else {
                sql.append(number);
            }
            return true;
        }
        if (value instanceof String str && str.indexOf('\\') < 0 && str.indexOf('\0') < 0) {
            renderStringLiteral(str);
            return true;
        }
        return false;
    }

    // ---- scope -----------------------------------------------------------------------------------------

    /** The scope being rendered: whether names are qualified, values inlined, and which tables are visible. */
    public final RenderScope scope() {
        return scope;
    }

    /** Enters {@code statement}: its tables become visible, names are qualified. Undo with {@link #pop()}. */
    protected final void pushStatement(Node statement) {
        scope = scope.enter(statement);
    }

    /** Enters a part written with unqualified names (an INSERT column list, a conflict target). */
    protected final void pushUnqualified() {
        scope = scope.unqualified();
    }

    /**
     * Enters a query that stands in the current statement's FROM or WITH (a derived table, a CTE's body): the
     * current statement's tables are not visible there, those of enclosing statements are. Undo with
     * {@link #pop()}.
     */
    protected final void pushIsolated() {
        scope = scope.isolated();
    }

    /**
     * Enters a query that does not see the current statement's tables, though it sees those of statements
     * around it: a member after a set operator, the SELECT of an {@code INSERT ... SELECT}. Undo with
     * {@link #pop()}.
     */
    protected final void pushHidingStatement() {
        scope = scope.hidingStatement();
    }

    /** Enters the ON of the current SELECT's join {@code index}: later joins are not visible there. */
    protected final void pushJoin(int index) {
        scope = scope.joinsUpTo(index + 1);
    }

    /** Leaves the scope entered last. */
    protected final void pop() {
        scope = scope.outer();
    }

    /** Switches this renderer to DDL: unqualified names and literal values, for the whole of its life. */
    final void ddl() {
        scope = RenderScope.DDL;
    }

    /** Throws {@link UnsupportedFeatureException} unless the dialect has {@code capability}. */
    protected final void require(Capability capability, String feature) {
        if (!dialect.supports(capability)) {
            throw new UnsupportedFeatureException(feature, dialect.name());
        }
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
        String qualifier = column.table().qualifier();
        if (!scope.sees(qualifier)) {
            throw outOfScope(column.toString(), qualifier);
        }
        if (scope.qualified()) {
            identifier(qualifier);
            sql.append('.');
        }
        identifier(column.name());
        return null;
    }

    @Override
    public Void visitDerivedColumn(DerivedColumn<?> column) {
        if (column.qualifier() != null && !scope.sees(column.qualifier())) {
            throw outOfScope(column.toString(), column.qualifier());
        }
        if (column.qualifier() != null && scope.qualified()) {
            identifier(column.qualifier());
            sql.append('.');
        }
        identifier(column.name());
        return null;
    }

    /**
     * The error for a column whose table is not in scope: caught here, before the database rejects the SQL
     * or, worse, runs it as a cartesian product.
     */
    private IllegalStateException outOfScope(String column, String qualifier) {
        List<String> tables = scope.visibleTables();
        String why = scope.hiddenHere(qualifier)
                ? "; " + qualifier + " is further out, where this part cannot see it: a derived table or a CTE's "
                        + "query sees only its own tables, a join's ON only the tables before it, a UNION's "
                        + "(INTERSECT's, EXCEPT's) later select not the first one's, an INSERT's SELECT not "
                        + "the table it fills"
                : "; add it to FROM or join it, or use the alias the query gives it";
        return new IllegalStateException("column " + column + " is not in scope: " + qualifier
                + " is not in FROM or a JOIN of this query or of an enclosing one (tables in scope: "
                + (tables.isEmpty() ? "none" : String.join(", ", tables)) + ")" + why);
    }

    @Override
    public Void visitParam(Param<?> param) {
        if (scope.inlineValues()) {
            throw new IllegalStateException("parameter " + param.name() + " cannot be used in DDL");
        }
        sql.bind(param);
        return null;
    }

    @Override
    public Void visitVal(Val<?> val) {
        if (scope.inlineValues()) {
            renderLiteral(val.type().toDatabase(cast(val.value())));
        } else if (inGrouped && val.value() != null && renderGroupedValue(val.type().toDatabase(cast(val.value())))) {
            return null;
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
            case "hour", "minute", "second" -> {
                sql.append("EXTRACT(").append(name.toUpperCase(Locale.ROOT)).append(" FROM ");
                visit(args.get(0));
                sql.append(')');
            }
            case "position" -> {
                sql.append("POSITION(");
                visit(args.get(0));
                sql.append(" IN ");
                visit(args.get(1));
                sql.append(')');
            }
            case "add_days" -> {
                sql.append('(');
                visit(args.get(0));
                sql.append(" + INTERVAL '").append(String.valueOf(((Inline<?>) args.get(1)).value())).append("' DAY)");
            }
            case "add_months" -> {
                sql.append('(');
                visit(args.get(0));
                sql.append(" + INTERVAL '").append(String.valueOf(((Inline<?>) args.get(1)).value()))
                        .append("' MONTH)");
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

    /**
     * Appends an operand of a comparison, BETWEEN, IN, ORDER BY, MIN or MAX: where values are compared.
     * SQLite overrides it to compare its text-stored decimals as numbers.
     */
    protected void renderOperand(Field<?> operand) {
        visit(operand);
    }

    @Override
    public Void visitAggregate(Aggregate<?> aggregate) {
        boolean having = inHaving;
        inHaving = false; // inside an aggregate a grouped expression is per row, as anywhere else
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
        inHaving = having;
        return null;
    }

    @Override
    public Void visitArithmetic(Arithmetic<?> a) {
        if (a.op() == Arithmetic.Operator.NEG) {
            sql.append("(-");
            int start = sql.length();
            visit(a.right());
            if (sql.length() > start && sql.charAt(start) == '-') {
                sql.insert(start, ' '); // "(--2)" would start a comment: write "(- -2)"
            }
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

    /** Appends raw SQL text, rendering one argument at each {@code ?}. */
    protected final void rawSql(String text, List<Field<?>> args) {
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

    // ---- window functions ------------------------------------------------------------------------------

    /** Appends an ORDER BY item; {@link SelectRenderer} writes it, window specifications use it too. */
    protected abstract void renderSortField(SortField s);

    @Override
    public Void visitOver(Over<?> over) {
        require(Capability.WINDOW_FUNCTIONS, "window functions (OVER)");
        if (over.aggregate() != null) {
            visit(over.aggregate());
        } else {
            renderWindowFunction(over.function().name(), over.function().args());
        }
        sql.append(" OVER (");
        renderWindow(over.window());
        sql.append(')');
        return null;
    }

    /**
     * Appends a window function's call before its OVER: {@code ROW_NUMBER()}, {@code LAG(x, 1, ?)}. The names
     * are SQL's own on every dialect Quarry has, so the default upper-cases the name.
     */
    protected void renderWindowFunction(String name, List<Field<?>> args) {
        call(name.toUpperCase(Locale.ROOT), args);
    }

    /** Appends what is inside {@code OVER (...)}: {@code PARTITION BY a ORDER BY b ROWS BETWEEN ..}. */
    protected void renderWindow(Window w) {
        String sep = "";
        if (!w.partitionBy().isEmpty()) {
            sql.append("PARTITION BY ");
            list(w.partitionBy());
            sep = " ";
        }
        if (!w.orderBy().isEmpty()) {
            sql.append(sep).append("ORDER BY ");
            for (int i = 0; i < w.orderBy().size(); i++) {
                if (i > 0) {
                    sql.append(", ");
                }
                renderSortField(w.orderBy().get(i));
            }
            sep = " ";
        }
        if (w.frame() != null) {
            Frame f = w.frame();
            sql.append(sep).append(f.units() == Frame.Units.ROWS ? "ROWS BETWEEN " : "RANGE BETWEEN ");
            renderFrameBound(f.start());
            sql.append(" AND ");
            renderFrameBound(f.end());
        }
    }

    /** Appends one end of a frame; offsets are literals, which every database accepts there. */
    protected void renderFrameBound(FrameBound b) {
        switch (b.kind()) {
            case UNBOUNDED_PRECEDING -> sql.append("UNBOUNDED PRECEDING");
            case PRECEDING -> sql.append(Long.toString(b.offset())).append(" PRECEDING");
            case CURRENT_ROW -> sql.append("CURRENT ROW");
            case FOLLOWING -> sql.append(Long.toString(b.offset())).append(" FOLLOWING");
            case UNBOUNDED_FOLLOWING -> sql.append("UNBOUNDED FOLLOWING");
        }
    }

    // ---- more expressions ------------------------------------------------------------------------------

    @Override
    public Void visitSimpleCase(SimpleCase<?, ?> expr) {
        sql.append("CASE ");
        visit(expr.subject());
        for (SimpleCase.Branch<?, ?> b : expr.whens()) {
            sql.append(" WHEN ");
            visit(b.value());
            sql.append(" THEN ");
            visit(b.result());
        }
        if (expr.otherwise() != null) {
            sql.append(" ELSE ");
            visit(expr.otherwise());
        }
        sql.append(" END");
        return null;
    }
}
