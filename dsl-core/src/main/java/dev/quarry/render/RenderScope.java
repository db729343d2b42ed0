package dev.quarry.render;

import dev.quarry.Table;
import dev.quarry.query.DeleteModel;
import dev.quarry.query.InsertModel;
import dev.quarry.query.Join;
import dev.quarry.query.Node;
import dev.quarry.query.SelectModel;
import dev.quarry.query.TableSource;
import dev.quarry.query.UpdateModel;
import java.util.ArrayList;
import java.util.List;

/**
 * What the renderer knows about the part of a statement it is writing: whether column references carry
 * their table qualifier, whether values are written as literals instead of binds, and which statement's
 * tables are visible there. Scopes nest (a subquery sees its own tables and those of every enclosing
 * query); the renderer pushes one when it enters a statement or a clause that changes these rules and
 * pops it when it leaves, so no flag is saved and restored by hand.
 *
 * <p>A scope is an immutable value; the chain of enclosing scopes is reached through {@link #outer()}.
 *
 * @since 0.1.0
 */
public final class RenderScope {
    private static final int ALL_JOINS = Integer.MAX_VALUE;

    /** The scope a renderer starts in: qualified names, bound values, no table visible yet. */
    static final RenderScope ROOT = new RenderScope(null, true, false, null, false, ALL_JOINS);

    /** The scope of DDL: unqualified names and literal values (DDL cannot bind). */
    static final RenderScope DDL = new RenderScope(null, false, true, null, false, ALL_JOINS);

    private final RenderScope outer;
    private final boolean qualified;
    private final boolean inlineValues;
    private final Node statement;
    /** True where no enclosing statement's tables are visible: a derived table, a CTE's body. */
    private final boolean isolated;
    /** How many of this SELECT's joins are visible: all but those after the ON being written. */
    private final int joins;
    /** A statement whose tables are not visible from here, though those further out are ({@link #hidingStatement}). */
    private final Node hidden;

    private RenderScope(RenderScope outer, boolean qualified, boolean inlineValues, Node statement,
            boolean isolated, int joins) {
        this(outer, qualified, inlineValues, statement, isolated, joins, null);
    }

    private RenderScope(RenderScope outer, boolean qualified, boolean inlineValues, Node statement,
            boolean isolated, int joins, Node hidden) {
        this.outer = outer;
        this.qualified = qualified;
        this.inlineValues = inlineValues;
        this.statement = statement;
        this.isolated = isolated;
        this.joins = joins;
        this.hidden = hidden;
    }

    /** The enclosing scope, or null for the outermost one. */
    public RenderScope outer() {
        return outer;
    }

    /** Whether column references are written {@code table.column} (false in INSERT column lists and DDL). */
    public boolean qualified() {
        return qualified;
    }

    /** Whether values are written as literals instead of binds (DDL). */
    public boolean inlineValues() {
        return inlineValues;
    }

    /**
     * The statement whose tables are visible in this scope (a SELECT's FROM and JOINs, the target of an
     * INSERT, UPDATE or DELETE), or null where none is (DDL, the outermost scope).
     */
    public Node statement() {
        return statement;
    }

    /**
     * True if a column qualified by {@code qualifier} (a table's name or alias, a derived table's alias, a
     * CTE's name) belongs to a table visible here: in this statement's FROM and JOINs or in those of an
     * enclosing statement (a correlated subquery). Outside any statement (an expression rendered alone, DDL)
     * every column is accepted.
     */
    public boolean sees(String qualifier) {
        boolean inStatement = false;
        Node checked = null; // a statement's nested scopes (an ON, an unqualified list) come before its own
        Node hiddenOne = null;
        for (RenderScope s = this; s != null && !s.isolated; s = s.outer) {
            hiddenOne = s.hidden != null ? s.hidden : hiddenOne;
            if (s.statement != null && s.statement != checked && s.statement != hiddenOne) {
                inStatement = true;
                checked = s.statement;
                if (declares(s.statement, qualifier, s.joins)) {
                    return true;
                }
            }
        }
        return !inStatement;
    }

    /**
     * True if {@code qualifier} is not visible here but a statement further out declares it: a derived table's
     * or a CTE's query naming the query it stands in, an ON naming a later join. For error messages.
     */
    public boolean hiddenHere(String qualifier) {
        for (RenderScope s = this; s != null; s = s.outer) {
            if (s.statement != null && declares(s.statement, qualifier, ALL_JOINS)) {
                return true;
            }
        }
        return false;
    }

    /** The qualifiers of every table visible here, innermost statement first, for error messages. */
    public List<String> visibleTables() {
        List<String> names = new ArrayList<>();
        Node listed = null;
        Node hiddenOne = null;
        for (RenderScope s = this; s != null && !s.isolated; s = s.outer) {
            hiddenOne = s.hidden != null ? s.hidden : hiddenOne;
            if (s.statement == null || s.statement == listed || s.statement == hiddenOne) {
                // nothing (more) visible from this scope
            } else if (s.statement instanceof SelectModel m) {
                for (TableSource t : m.from()) {
                    add(names, t.qualifier());
                }
                List<Join> joins = m.joins();
                for (int i = 0; i < joins.size() && i < s.joins; i++) {
                    add(names, joins.get(i).table().qualifier());
                }
            } else {
                add(names, target(s.statement));
                for (Table<?> t : joined(s.statement)) {
                    add(names, t.qualifier());
                }
            }
            if (s.statement != null) {
                listed = s.statement;
            }
        }
        return names;
    }

    private static void add(List<String> names, String name) {
        if (name != null && !names.contains(name)) {
            names.add(name);
        }
    }

    private static boolean declares(Node statement, String qualifier, int visibleJoins) {
        if (statement instanceof SelectModel m) {
            List<TableSource> from = m.from();
            for (int i = 0; i < from.size(); i++) {
                if (qualifier.equals(from.get(i).qualifier())) {
                    return true;
                }
            }
            List<Join> joins = m.joins();
            for (int i = 0; i < joins.size() && i < visibleJoins; i++) {
                if (qualifier.equals(joins.get(i).table().qualifier())) {
                    return true;
                }
            }
            return false;
        }
        if (qualifier.equals(target(statement))) {
            return true;
        }
        for (Table<?> t : joined(statement)) {
            if (qualifier.equals(t.qualifier())) {
                return true;
            }
        }
        return false;
    }

    /** The tables an UPDATE ... FROM or a DELETE ... USING joins to its target; empty for other statements. */
    private static List<Table<?>> joined(Node statement) {
        if (statement instanceof UpdateModel u) {
            return u.from();
        }
        if (statement instanceof DeleteModel d) {
            return d.using();
        }
        return List.of();
    }

    /** The table an INSERT, UPDATE or DELETE writes, or null. */
    private static String target(Node statement) {
        if (statement instanceof InsertModel i) {
            return i.table().qualifier();
        }
        if (statement instanceof UpdateModel u) {
            return u.table().qualifier();
        }
        if (statement instanceof DeleteModel d) {
            return d.table().qualifier();
        }
        return null;
    }

    /** A nested scope for {@code statement}: qualified names, its tables visible. */
    RenderScope enter(Node statement) {
        return new RenderScope(this, true, inlineValues, statement, false, ALL_JOINS);
    }

    /** A nested scope with the same tables where names are written without their table. */
    RenderScope unqualified() {
        return new RenderScope(this, false, inlineValues, statement, false, joins);
    }

    /**
     * A nested scope from which no enclosing statement's tables are visible, for a query that stands in a FROM
     * (a derived table, not LATERAL) or a WITH (a CTE's body). SQL never lets such a query see the statement
     * it belongs to; PostgreSQL and MySQL 8.0.14+ let it see statements further out (a derived table inside a
     * correlated subquery), MariaDB does not, so Quarry refuses that everywhere.
     */
    RenderScope isolated() {
        return new RenderScope(this, qualified, inlineValues, null, true, ALL_JOINS);
    }

    /**
     * A nested scope where the current statement's tables are not visible but those of statements enclosing it
     * are: a member after a set operator ({@code UNION}, {@code INTERSECT}, {@code EXCEPT}), which is the first
     * member's sibling, and the SELECT of an {@code INSERT ... SELECT}, which does not see the table it fills.
     */
    RenderScope hidingStatement() {
        return new RenderScope(this, qualified, inlineValues, null, false, ALL_JOINS, statement);
    }

    /**
     * A nested scope where only the first {@code count} joins of this SELECT are visible, for the ON of join
     * {@code count - 1}: a join condition cannot name a table joined after it.
     */
    RenderScope joinsUpTo(int count) {
        return new RenderScope(this, qualified, inlineValues, statement, false, count);
    }
}
