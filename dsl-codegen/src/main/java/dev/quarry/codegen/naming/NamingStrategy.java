package dev.quarry.codegen.naming;

import dev.quarry.schema.ForeignKeyInfo;
import dev.quarry.schema.TableInfo;

/**
 * Proposes the Java names of generated code. A strategy only proposes: the generator then makes each name a
 * legal identifier (not a keyword, not starting with a digit) and unique in its scope, adding a numeric suffix
 * on a clash, in the order of the sorted schema, so the result is deterministic. Implement this interface to
 * change the style; {@link DefaultNamingStrategy} is the default.
 *
 * @since 0.1.0
 */
public interface NamingStrategy {
    /** The class of a table or view, e.g. {@code InvoiceLine} for {@code invoice_line}. */
    String className(TableInfo table);

    /** The table constant, e.g. {@code INVOICE_LINE}. */
    String constantName(TableInfo table);

    /** The field of a column, e.g. {@code UNIT_PRICE} for {@code UnitPrice}. */
    String columnName(TableInfo table, String column);

    /** The {@code toOne} field of a foreign key in {@code table}, e.g. {@code ARTIST} for {@code ArtistId}. */
    String toOneName(TableInfo table, ForeignKeyInfo foreignKey, TableInfo target);

    /**
     * The {@code toMany} field, in the referenced table, of a foreign key of {@code child}; {@code onlyKey} is
     * false when the child has more than one key to that table.
     */
    String toManyName(TableInfo child, ForeignKeyInfo foreignKey, boolean onlyKey);
}
