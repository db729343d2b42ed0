/**
 * Writing Java with JavaPoet: one {@code Table} subclass per table or view and the metadata holder class. Input is
 * the schema records of {@code dev.quarry.schema}; nothing here talks to a database.
 *
 * @since 0.1.0
 */
package dev.quarry.codegen.emit;
