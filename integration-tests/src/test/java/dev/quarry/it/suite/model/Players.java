package dev.quarry.it.suite.model;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;

public final class Players extends Table<Players> {
    public static final Players PLAYERS = new Players();

    public final Column<Integer> ID = column("id", SqlType.INTEGER).primaryKey();
    public final Column<String> NAME = column("name", SqlType.varchar(40)).notNull();
    public final Column<Integer> TEAM_ID = column("team_id", SqlType.INTEGER).references(() -> Teams.TEAMS.ID);

    private Players() {
        super(Model.METADATA, "qt_players");
    }

    private Players(Players source, String alias) {
        super(source, alias);
    }

    @Override
    public Players as(String alias) {
        return new Players(this, alias);
    }
}
