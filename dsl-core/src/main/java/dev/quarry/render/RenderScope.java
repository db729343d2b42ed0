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
    /** The scope a renderer starts in: qualified names, bound values, no table visible yet. */
    static final RenderScope ROOT = new RenderScope(null, true, false, null);

    /** The scope of DDL: unqualified names and literal values (DDL cannot bind). */
    static final RenderScope DDL = new RenderScope(null, false, true, null);

    private final RenderScope outer;
    private final boolean qualified;
    private final boolean inlineValues;
    private final Node statement;

    private RenderScope(RenderScope outer, boolean qualified, boolean inlineValues, Node statement) {
        this.outer = outer;
        this.qualified = qualified;
        this.inlineValues = inlineValues;
        this.statement = statement;
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
        for (RenderScope s = this; s != null; s = s.outer) {
            if (s.statement != null) {
                inStatement = true;
                if (declares(s.statement, qualifier)) {
                    return true;
                }
            }
        }
        return !inStatement;
    }

    /** The qualifiers of every table visible here, innermost statement first, for error messages. */
    public List<String> visibleTables() {
        List<String> names = new ArrayList<>();
        for (RenderScope s = this; s != null; s = s.outer) {
            if (s.statement instanceof SelectModel m) {
                for (TableSource t : m.from()) {
                    add(names, t.qualifier());
                }
                for (Join j : m.joins()) {
                    add(names, j.table().qualifier());
                }
            } else if (s.statement != null) {
                add(names, target(s.statement));
                for (Table<?> t : joined(s.statement)) {
                    add(names, t.qualifier());
                }
            }
        }
        return names;
    }

    private static void add(List<String> names, String name) {
        if (name != null && !names.contains(name)) {
            names.add(name);
        }
    }

    private static boolean declares(Node statement, String qualifier) {
        if (statement instanceof SelectModel m) {
            List<TableSource> from = m.from();
            for (int i = 0; i < from.size(); i++) {
                if (qualifier.equals(from.get(i).qualifier())) {
                    return true;
                }
            }
            List<Join> joins = m.joins();
            for (int i = 0; i < joins.size(); i++) {
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
        return new RenderScope(this, true, inlineValues, statement);
    }

    /** A nested scope with the same tables where names are written without their table. */
    RenderScope unqualified() {
        return new RenderScope(this, false, inlineValues, statement);
    }
}
