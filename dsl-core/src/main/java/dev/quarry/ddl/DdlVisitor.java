package dev.quarry.ddl;

/**
 * One method per {@link DdlStatement} type, as {@link dev.quarry.query.NodeVisitor} has per query node: a new
 * statement type fails to compile until every renderer handles it. {@link dev.quarry.render.DdlRenderer}
 * implements it, returning the SQL statements of each node.
 *
 * @param <R> what a visit returns
 * @since 0.1.0
 */
public interface DdlVisitor<R> {
    /** Visits {@link CreateTable}: create table. */
    R visitCreateTable(CreateTable createTable);

    /** Visits {@link DropTable}: drop table. */
    R visitDropTable(DropTable dropTable);

    /** Visits {@link AddColumn}: add column. */
    R visitAddColumn(AddColumn addColumn);

    /** Visits {@link AlterColumn}: alter column. */
    R visitAlterColumn(AlterColumn alterColumn);

    /** Visits {@link DropColumn}: drop column. */
    R visitDropColumn(DropColumn dropColumn);

    /** Visits {@link AddForeignKey}: add foreign key. */
    R visitAddForeignKey(AddForeignKey addForeignKey);

    /** Visits {@link DropForeignKey}: drop foreign key. */
    R visitDropForeignKey(DropForeignKey dropForeignKey);

    /** Visits {@link AddUnique}: add unique. */
    R visitAddUnique(AddUnique addUnique);

    /** Visits {@link DropUnique}: drop unique. */
    R visitDropUnique(DropUnique dropUnique);

    /** Visits {@link CreateIndex}: create index. */
    R visitCreateIndex(CreateIndex createIndex);

    /** Visits {@link DropIndex}: drop index. */
    R visitDropIndex(DropIndex dropIndex);
}
