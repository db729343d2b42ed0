package dev.quarry.render;

import dev.quarry.query.Node;

/**
 * What the renderer knows about the part of a statement it is writing: whether column references carry
 * their table qualifier, whether values are written as literals instead of binds, and which statement's
 * tables are visible there. Scopes nest (a subquery sees its own tables and those of every enclosing
 * query); the renderer pushes one when it enters a statement or a clause that changes these rules and
 * pops it when it leaves, so no flag is saved and restored by hand.
 *
 * <p>A scope is an immutable value; the chain of enclosing scopes is reached through {@link #outer()}.
 *
 * @since 0.2.0
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

    /** A nested scope for {@code statement}: qualified names, its tables visible. */
    RenderScope enter(Node statement) {
        return new RenderScope(this, true, inlineValues, statement);
    }

    /** A nested scope with the same tables where names are written without their table. */
    RenderScope unqualified() {
        return new RenderScope(this, false, inlineValues, statement);
    }
}
