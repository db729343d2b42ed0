package dev.quarry.dialects;

import static dev.quarry.Sql.excluded;
import static dev.quarry.dialects.Golden.golden;
import static dev.quarry.dialects.fixtures.AllTypes.ALL_TYPES;
import static dev.quarry.dialects.fixtures.Employees.EMPLOYEES;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * An expression written to a {@code DECIMAL(p, s)} column keeps the column's scale: SQLite, which computes
 * on decimals in REAL and stores them as text, rounds it ({@code ROUND(x, s)}); PostgreSQL and MySQL round
 * to the column's scale themselves. Bound values, literals and columns of no larger scale are written as
 * they are.
 */
class DecimalAssignmentRenderTest {
    private static final BigDecimal RAISE = new BigDecimal("1.1");

    @Test
    void anExpressionInAnUpdateIsRoundedToTheScaleOnSqlite() {
        golden(EMPLOYEES.update().set(EMPLOYEES.SALARY, EMPLOYEES.SALARY.mul(RAISE)).whereAll())
                .sqlite("UPDATE employees SET salary = ROUND((employees.salary * ?), 2)", RAISE)
                .mysql("UPDATE employees SET salary = (employees.salary * ?)", RAISE)
                .postgres("UPDATE employees SET salary = (employees.salary * ?)", RAISE)
                .check();
    }

    @Test
    void aBoundValueIsWrittenAsItIs() {
        BigDecimal pay = new BigDecimal("1234.56");
        golden(EMPLOYEES.update().set(EMPLOYEES.SALARY, pay).where(EMPLOYEES.ID.eq(1L)))
                .sqlite("UPDATE employees SET salary = ? WHERE employees.id = ?", pay, 1L)
                .mysql("UPDATE employees SET salary = ? WHERE employees.id = ?", pay, 1L)
                .postgres("UPDATE employees SET salary = ? WHERE employees.id = ?", pay, 1L)
                .check();
    }

    @Test
    void theScaleIsThatOfTheColumnWrittenTo() {
        golden(ALL_TYPES.update().set(ALL_TYPES.DEC, ALL_TYPES.DEC.add(1)).whereAll())
                .sqlite("UPDATE all_types SET dec = ROUND((all_types.dec + ?), 6)", 1)
                .mysql("UPDATE all_types SET `dec` = (all_types.`dec` + ?)", 1)
                .postgres("UPDATE all_types SET dec = (all_types.dec + ?)", 1)
                .check();
    }

    @Test
    void anExpressionInAnUpsertIsRoundedOnSqlite() {
        golden(EMPLOYEES.insert().set(EMPLOYEES.ID, 1L).set(EMPLOYEES.NAME, "Ann")
                .set(EMPLOYEES.SALARY, new BigDecimal("10.50")).onConflict(EMPLOYEES.ID).doUpdate()
                .set(EMPLOYEES.SALARY, EMPLOYEES.SALARY.add(excluded(EMPLOYEES.SALARY))))
                .sqlite("""
                INSERT INTO employees (id, name, salary) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE
                SET salary = ROUND((employees.salary + EXCLUDED.salary), 2)""", 1L, "Ann", new BigDecimal("10.50"))
                .mysql("""
                INSERT INTO employees (id, name, salary) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE
                salary = (employees.salary + VALUES(salary))""", 1L, "Ann", new BigDecimal("10.50"))
                .postgres("""
                INSERT INTO employees (id, name, salary) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE
                SET salary = (employees.salary + EXCLUDED.salary)""", 1L, "Ann", new BigDecimal("10.50"))
                .check();
        golden(EMPLOYEES.insert().set(EMPLOYEES.ID, 1L).set(EMPLOYEES.NAME, "Ann")
                .set(EMPLOYEES.SALARY, new BigDecimal("10.50")).onConflict(EMPLOYEES.ID).doUpdate()
                .set(EMPLOYEES.SALARY, excluded(EMPLOYEES.SALARY)))
                .sqlite("""
                INSERT INTO employees (id, name, salary) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE
                SET salary = EXCLUDED.salary""", 1L, "Ann", new BigDecimal("10.50"))
                .mysql("""
                INSERT INTO employees (id, name, salary) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE
                salary = VALUES(salary)""", 1L, "Ann", new BigDecimal("10.50"))
                .postgres("""
                INSERT INTO employees (id, name, salary) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE
                SET salary = EXCLUDED.salary""", 1L, "Ann", new BigDecimal("10.50"))
                .check();
    }
}
