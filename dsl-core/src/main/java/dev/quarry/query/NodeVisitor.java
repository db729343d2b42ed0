package dev.quarry.query;

import dev.quarry.Column;
import dev.quarry.CommonTableExpression;
import dev.quarry.DerivedTable;
import dev.quarry.Param;
import dev.quarry.Table;

/**
 * Visits every kind of {@link Node}. Adding a node adds a method here, so every renderer must handle it
 * before the build compiles again.
 *
 * @param <R> what a visit returns
 * @since 0.1.0
 */
public interface NodeVisitor<R> {
    R visitColumn(Column<?> column);

    R visitParam(Param<?> param);

    R visitVal(Val<?> val);

    R visitInline(Inline<?> inline);

    R visitFunction(FunctionCall<?> call);

    R visitAggregate(Aggregate<?> aggregate);

    R visitArithmetic(Arithmetic<?> arithmetic);

    R visitAliased(Aliased<?> aliased);

    R visitCast(Cast<?> cast);

    R visitCase(CaseExpr<?> expr);

    R visitRawField(RawField<?> raw);

    R visitScalarSubquery(ScalarSubquery<?> subquery);

    R visitExcluded(Excluded<?> excluded);

    R visitComparison(Comparison comparison);

    R visitNullCheck(NullCheck check);

    R visitInList(InList in);

    R visitInSubquery(InSubquery in);

    R visitExists(Exists exists);

    R visitBetween(Between between);

    R visitLike(Like like);

    R visitJunction(Junction junction);

    R visitNot(Not not);

    R visitRawCondition(RawCondition raw);

    R visitConstant(ConstantCondition constant);

    R visitTable(Table<?> table);

    /** A derived table in FROM or JOIN: {@code (SELECT ...) t}. */
    R visitDerivedTable(DerivedTable table);

    /** A common table expression named in FROM or JOIN (declared by the statement's WITH). */
    R visitCommonTableExpression(CommonTableExpression cte);

    /** A column of a derived table or CTE: {@code t.name}. */
    R visitDerivedColumn(DerivedColumn<?> column);

    R visitSelect(SelectModel select);

    R visitInsert(InsertModel insert);

    R visitUpdate(UpdateModel update);

    R visitDelete(DeleteModel delete);

    R visitCustom(CustomNode custom);

    /** A window function or aggregate over a window: {@code RANK() OVER (ORDER BY x)}. @since 0.1.0 */
    R visitOver(Over<?> over);

    /** {@code CASE x WHEN v THEN r ... END}. @since 0.1.0 */
    R visitSimpleCase(SimpleCase<?, ?> expr);

    /** {@code x LIKE ? ESCAPE '!'} for contains, startsWith and endsWith. @since 0.1.0 */
    R visitPatternMatch(PatternMatch match);

    /** {@code x > ANY (SELECT ...)}. @since 0.1.0 */
    R visitQuantifiedComparison(QuantifiedComparison comparison);
}
