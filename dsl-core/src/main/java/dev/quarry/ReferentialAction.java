package dev.quarry;

/**
 * What a foreign key does when the row it points at is deleted or its key updated.
 *
 * <pre>{@code ON DELETE CASCADE}</pre>
 *
 * @since 0.1.0
 */
public enum ReferentialAction {
    NO_ACTION("NO ACTION"), RESTRICT("RESTRICT"), CASCADE("CASCADE"), SET_NULL("SET NULL"), SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The SQL words of this action. */
    public String sql() {
        return sql;
    }
}
