package dev.quarry;

import dev.quarry.internal.Checks;
import dev.quarry.query.EagerLoad;
import dev.quarry.query.SortField;
import dev.quarry.query.Sortable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the three relationship kinds share: source, target, the field name found on the source table, the
 * loading options of {@code where}, {@code orderBy} and {@code with}, and equality.
 *
 * @param <R> the target table class
 * @param <S> the relationship's own class
 */
abstract class RelationshipBase<R extends Table<R>, S extends RelationshipBase<R, S>> {
    final Table<?> source;
    final Supplier<R> target;
    /** The relationship as declared on its table; null when this is it. */
    private final S declared;
    final LoadOptions options;
    private volatile String name;

    RelationshipBase(Table<?> source, Supplier<R> target, S declared, LoadOptions options) {
        this.source = source;
        this.target = target;
        this.declared = declared;
        this.options = options;
    }

    /** A copy of this relationship loaded with {@code options}. */
    abstract S withOptions(LoadOptions options);

    abstract String kind();

    @SuppressWarnings("unchecked")
    final S declaredRelationship() {
        return declared != null ? declared : (S) this;
    }

    /** The table (or alias) the relationship starts from. */
    public final Table<?> source() {
        return source;
    }

    /** The target table constant. */
    public final R target() {
        return Table.resolve(target, kind() + " on " + source.name());
    }

    /**
     * The name of the field that declares this relationship on its table ({@code POSTS} for
     * {@code Users.POSTS}); {@code fetchInto} fills the record component of this name ({@code posts}).
     */
    public final String name() {
        S d = declaredRelationship();
        if (d != this) {
            return d.name();
        }
        String n = name;
        if (n == null) {
            n = Relationships.fieldName(source, this);
            name = n;
        }
        return n;
    }

    /**
     * This relationship loading only the child rows that match {@code condition}, for {@code with(..)}:
     * {@code USERS.POSTS.where(POSTS.PUBLISHED.isTrue())} renders {@code AND posts.published = TRUE} into
     * the child query. Called again, the conditions are joined with AND.
     */
    public final S where(Condition condition) {
        Checks.notNull(condition, "condition");
        Condition w = options.where() == null ? condition : options.where().and(condition);
        return withOptions(new LoadOptions(w, options.orderBy(), options.nested()));
    }

    /**
     * This relationship loading its child rows in this order, for {@code with(..)}:
     * {@code USERS.POSTS.orderBy(POSTS.CREATED.desc())} renders {@code ORDER BY posts.created DESC} into
     * the child query (without it, children come in the order the database returns them).
     */
    public final S orderBy(Sortable... items) {
        Checks.notNull(items, "items");
        List<SortField> list = new ArrayList<>(options.orderBy());
        for (Sortable s : items) {
            list.add(Checks.notNull(s, "an ORDER BY item is null").toSortField());
        }
        return withOptions(new LoadOptions(options.where(), list, options.nested()));
    }

    /**
     * This relationship loading {@code relationships} on each of its child rows:
     * {@code USERS.POSTS.with(POSTS.COMMENTS)}. Each must start at this relationship's target, or at the target
     * of one named before it ({@code USERS.POSTS.with(POSTS.COMMENTS, COMMENTS.AUTHOR)}); one more query per
     * relationship.
     *
     * @throws IllegalArgumentException if a relationship starts elsewhere
     */
    public final S with(Relationship<?>... relationships) {
        R t = target();
        List<EagerLoad> nested = Relationships.attach(options.nested(), relationships, t::equals,
                "with(..) on " + this);
        return withOptions(new LoadOptions(options.where(), options.orderBy(), nested));
    }

    /** What {@code with(this)} loads: the declared relationship with this one's filter, order and nested loads. */
    public final EagerLoad load() {
        return new EagerLoad((Relationship<?>) declaredRelationship(), options.where(), options.orderBy(),
                options.nested());
    }

    /**
     * Equal when both are the same declared relationship (the same field of the same table or alias); the
     * loading options of {@code where}, {@code orderBy} and {@code with} are not part of it.
     */
    @Override
    public final boolean equals(Object o) {
        if (!(o instanceof RelationshipBase<?, ?> r) || r.getClass() != getClass()) {
            return false;
        }
        RelationshipBase<?, ?> a = declaredRelationship();
        RelationshipBase<?, ?> b = r.declaredRelationship();
        if (a == b) {
            return true;
        }
        return a.source.equals(b.source) && a.name() != null && a.name().equals(b.name());
    }

    @Override
    public final int hashCode() {
        String n = name();
        return source.hashCode() * 31 + (n == null ? 0 : n.hashCode());
    }

    @Override
    public final String toString() {
        String n = name();
        return n != null ? source.qualifier() + "." + n
                : kind() + "(" + source.qualifier() + " -> " + target().name() + ")";
    }
}
