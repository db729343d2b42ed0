package dev.quarry.examples;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.ToOne;
import java.math.BigDecimal;

/** {@code employees}: each works in a department and may have a manager, another employee. */
public final class Employees extends Table<Employees> {
    public static final Employees EMPLOYEES = new Employees();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey().autoIncrement();
    public final Column<String> NAME = column("name", SqlType.varchar(100)).notNull();
    public final Column<BigDecimal> SALARY = column("salary", SqlType.decimal(10, 2)).notNull();
    public final Column<Long> DEPARTMENT_ID = column("department_id", SqlType.BIGINT).notNull()
            .references(() -> Departments.DEPARTMENTS.ID);
    public final Column<Long> MANAGER_ID = column("manager_id", SqlType.BIGINT)
            .references(() -> Employees.EMPLOYEES.ID);

    public final ToOne<Departments> DEPARTMENT = toOne(() -> Departments.DEPARTMENTS, DEPARTMENT_ID);
    public final ToOne<Employees> MANAGER = toOne(() -> Employees.EMPLOYEES, MANAGER_ID);

    private Employees() {
        super(Db.METADATA, "employees");
    }

    private Employees(Employees source, String alias) {
        super(source, alias);
    }

    @Override
    public Employees as(String alias) {
        return new Employees(this, alias);
    }
}
