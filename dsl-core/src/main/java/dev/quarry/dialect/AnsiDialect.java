package dev.quarry.dialect;

import dev.quarry.render.AnsiRenderer;
import java.util.EnumSet;
import java.util.Set;

/**
 * Standard SQL with no database behind it: what {@code toString()} of a query renders with. Run queries
 * with a real dialect from {@code dsl-dialects}.
 *
 * @since 0.1.0
 */
public final class AnsiDialect implements Dialect {
    /** The single instance. */
    public static final AnsiDialect INSTANCE = new AnsiDialect();
    private static final TypeMapper TYPES = new TypeMapper();

    private AnsiDialect() {
    }

    @Override
    public String name() {
        return "ANSI";
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.RETURNING, Capability.RETURNING_ON_UPDATE, Capability.RIGHT_JOIN,
                Capability.FULL_JOIN, Capability.UPSERT, Capability.FOR_UPDATE, Capability.FOR_UPDATE_SKIP_LOCKED,
                Capability.NULLS_ORDER, Capability.ALTER_ADD_FOREIGN_KEY, Capability.WINDOW_FUNCTIONS);
    }

    @Override
    public AnsiRenderer renderer() {
        return new AnsiRenderer(this);
    }

    @Override
    public TypeMapper types() {
        return TYPES;
    }
}
