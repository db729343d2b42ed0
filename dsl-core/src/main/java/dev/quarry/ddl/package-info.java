/**
 * DDL as data: immutable statement nodes ({@link dev.quarry.ddl.CreateTable}, {@link dev.quarry.ddl.AddColumn},
 * {@link dev.quarry.ddl.DropIndex} …) that {@code Metadata.ddl}, {@code createAll}/{@code dropAll} and
 * {@code Metadata.migration} build, and that each dialect's {@link dev.quarry.render.DdlRenderer} renders through
 * {@link dev.quarry.ddl.DdlVisitor}, as queries are rendered.
 */
package dev.quarry.ddl;
