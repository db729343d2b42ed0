/**
 * Quarry's core: models, the immutable query model and DSL, the renderer, the dialect SPI and JDBC
 * execution.
 *
 * <p>{@code dev.quarry.jdbc} (execution) and {@code dev.quarry.internal} (helpers) are not exported: their
 * types may change in any release. On the module path, {@code fetchInto} and {@code insertFrom} reach the
 * constructors and accessors of your records and POJOs reflectively, so open their package to this module
 * ({@code opens com.acme.model to dev.quarry.core;}).
 *
 * @since 0.1.0
 */
module dev.quarry.core {
    requires transitive java.sql;
    requires com.zaxxer.hikari;
    requires org.slf4j;

    exports dev.quarry;
    exports dev.quarry.ddl;
    exports dev.quarry.dialect;
    exports dev.quarry.function;
    exports dev.quarry.query;
    exports dev.quarry.render;
    exports dev.quarry.schema;
    exports dev.quarry.spi;

    uses dev.quarry.dialect.Dialect;
}
