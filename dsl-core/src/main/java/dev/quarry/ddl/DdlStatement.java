package dev.quarry.ddl;

/**
 * One DDL statement as data: which table, column, key or index to create, alter or drop. The dialect's
 * {@link dev.quarry.render.DdlRenderer} turns a node into SQL ({@code dialect.ddlRenderer().render(node)}), as
 * its {@link dev.quarry.render.AnsiRenderer} does a query; a node holds no SQL text and knows no dialect.
 * Nodes are immutable values, safe to share between threads.
 *
 * @since 0.1.0
 */
public sealed interface DdlStatement permits CreateTable, DropTable, AddColumn, AlterColumn, DropColumn,
        AddForeignKey, DropForeignKey, AddUnique, DropUnique, CreateIndex, DropIndex {

    /** Calls the {@code visitor}'s method for this node's type. */
    <R> R accept(DdlVisitor<R> visitor);
}
