package dev.quarry.it.suite.loading;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.ToMany;
import dev.quarry.ToOne;

public final class Employees extends Table<Employees> {
    public static final Employees EMPLOYEES = new Employees();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey();
    public final Column<String> NAME = column("name", SqlType.varchar(50)).notNull();
    public final Column<Long> MANAGER_ID = column("manager_id", SqlType.BIGINT).references(() -> Employees.EMPLOYEES.ID);
    public final ToOne<Employees> MANAGER = toOne(() -> Employees.EMPLOYEES, MANAGER_ID);
    public final ToMany<Employees> REPORTS = toMany(() -> Employees.EMPLOYEES, e -> e.MANAGER_ID);

    private Employees() {
        super(LoadingModel.METADATA, "qt_ld_employees");
    }

    private Employees(Employees source, String alias) {
        super(source, alias);
    }

    @Override
    public Employees as(String alias) {
        return new Employees(this, alias);
    }
}
