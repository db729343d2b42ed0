package dev.quarry.it.suite.chinook;

import dev.quarry.Column;
import dev.quarry.Metadata;
import dev.quarry.SqlType;

/** Chinook's {@code Employee} table, the columns the reports use. */
public final class Employee extends ChinookTable<Employee> {
    public final Column<Integer> EMPLOYEE_ID = column(n("EmployeeId"), SqlType.INTEGER);
    public final Column<String> FIRST_NAME = column(n("FirstName"), SqlType.varchar(20));
    public final Column<String> LAST_NAME = column(n("LastName"), SqlType.varchar(20));
    public final Column<Integer> REPORTS_TO = column(n("ReportsTo"), SqlType.INTEGER);

    Employee(Metadata metadata, boolean snake) {
        super(metadata, "Employee", snake);
    }

    private Employee(Employee source, String alias) {
        super(source, alias);
    }

    @Override
    public Employee as(String alias) {
        return new Employee(this, alias);
    }
}
