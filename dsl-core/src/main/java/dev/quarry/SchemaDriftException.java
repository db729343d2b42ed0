package dev.quarry;

import java.util.List;

/**
 * Thrown by {@link Metadata#verify(Database)} when the database differs from the models; the message has one
 * line per difference.
 *
 * @since 0.1.0
 */
public class SchemaDriftException extends QuarryException {
    private static final long serialVersionUID = 1L;

    private final transient List<SchemaDifference> differences;

    /**
     * An exception listing {@code differences}.
     *
     * @param differences what differs; not empty
     */
    public SchemaDriftException(List<SchemaDifference> differences) {
        super(message(differences));
        this.differences = List.copyOf(differences);
    }

    private static String message(List<SchemaDifference> differences) {
        StringBuilder sb = new StringBuilder("the database differs from the models in ").append(differences.size())
                .append(differences.size() == 1 ? " way:" : " ways:");
        for (SchemaDifference d : differences) {
            sb.append("\n  ").append(d);
        }
        return sb.toString();
    }

    /** Every difference found, in the order {@link Metadata#diff(Database)} gives them. */
    public List<SchemaDifference> differences() {
        return differences;
    }
}
