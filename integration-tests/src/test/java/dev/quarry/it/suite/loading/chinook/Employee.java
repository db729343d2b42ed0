package dev.quarry.it.suite.loading.chinook;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.ToMany;
import dev.quarry.ToOne;

public final class Employee extends Table<Employee> {
    public static final Employee EMPLOYEE = new Employee();

    public final Column<Integer> EMPLOYEE_ID = column("EmployeeId", SqlType.INTEGER).primaryKey();
    public final Column<String> LAST_NAME = column("LastName", SqlType.varchar(20)).notNull();
    public final Column<String> FIRST_NAME = column("FirstName", SqlType.varchar(20)).notNull();
    public final Column<String> TITLE = column("Title", SqlType.varchar(30));
    public final Column<Integer> REPORTS_TO = column("ReportsTo", SqlType.INTEGER)
            .references(() -> Employee.EMPLOYEE.EMPLOYEE_ID);
    public final ToOne<Employee> MANAGER = toOne(() -> Employee.EMPLOYEE, REPORTS_TO);
    public final ToMany<Employee> REPORTS = toMany(() -> Employee.EMPLOYEE, e -> e.REPORTS_TO);

    private Employee() {
        super(ChinookModel.METADATA, "qt_Employee");
    }

    private Employee(Employee source, String alias) {
        super(source, alias);
    }

    @Override
    public Employee as(String alias) {
        return new Employee(this, alias);
    }
}
