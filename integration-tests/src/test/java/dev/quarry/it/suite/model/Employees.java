package dev.quarry.it.suite.model;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.ToOne;
import dev.quarry.schema.Check;
import java.math.BigDecimal;

public final class Employees extends Table<Employees> {
    public static final Employees EMPLOYEES = new Employees();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey().autoIncrement();
    public final Column<String> NAME = column("name", SqlType.varchar(100)).notNull();
    public final Column<BigDecimal> SALARY = column("salary", SqlType.decimal(10, 2));
    public final Column<Long> MANAGER_ID = column("manager_id", SqlType.BIGINT).references(() -> Employees.EMPLOYEES.ID);
    public final Check POSITIVE = check("ck_salary_positive", SALARY.gt(BigDecimal.ZERO));
    public final ToOne<Employees> MANAGER = toOne(() -> Employees.EMPLOYEES, MANAGER_ID);

    private Employees() {
        super(Model.METADATA, "qt_employees");
    }

    private Employees(Employees source, String alias) {
        super(source, alias);
    }

    @Override
    public Employees as(String alias) {
        return new Employees(this, alias);
    }
}
