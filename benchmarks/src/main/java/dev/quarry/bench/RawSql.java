package dev.quarry.bench;

import java.util.List;

/** What the hand-written baseline produces: the SQL text and the values for its placeholders. */
public record RawSql(String sql, List<Object> binds) {
}
