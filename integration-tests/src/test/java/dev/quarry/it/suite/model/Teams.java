package dev.quarry.it.suite.model;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;

public final class Teams extends Table<Teams> {
    public static final Teams TEAMS = new Teams();

    public final Column<Integer> ID = column("id", SqlType.INTEGER).primaryKey();
    public final Column<String> NAME = column("name", SqlType.varchar(40)).notNull();
    public final Column<Integer> CAPTAIN_ID = column("captain_id", SqlType.INTEGER).references(() -> Players.PLAYERS.ID);

    private Teams() {
        super(Model.METADATA, "qt_teams");
    }

    private Teams(Teams source, String alias) {
        super(source, alias);
    }

    @Override
    public Teams as(String alias) {
        return new Teams(this, alias);
    }
}
