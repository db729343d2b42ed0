package dev.quarry.examples;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.ToMany;

/** {@code departments}: a department has employees. */
public final class Departments extends Table<Departments> {
    public static final Departments DEPARTMENTS = new Departments();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey().autoIncrement();
    public final Column<String> NAME = column("name", SqlType.varchar(100)).notNull().unique();

    public final ToMany<Employees> EMPLOYEES = toMany(() -> Employees.EMPLOYEES, e -> e.DEPARTMENT_ID);

    private Departments() {
        super(Db.METADATA, "departments");
    }

    private Departments(Departments source, String alias) {
        super(source, alias);
    }

    @Override
    public Departments as(String alias) {
        return new Departments(this, alias);
    }
}
