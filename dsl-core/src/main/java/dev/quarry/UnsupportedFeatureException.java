package dev.quarry;

/**
 * A query uses something the target dialect cannot express; thrown when rendering, never replaced by
 * silently different SQL.
 *
 * @since 0.1.0
 */
public class UnsupportedFeatureException extends QuarryException {
    private static final long serialVersionUID = 1L;
    private final String feature;
    private final String dialect;

    /** {@code feature} is not available on {@code dialect}. */
    public UnsupportedFeatureException(String feature, String dialect) {
        super(feature + " is not supported by the " + dialect + " dialect");
        this.feature = feature;
        this.dialect = dialect;
    }

    /** {@code feature} is not available on {@code dialect}, with a hint on what to do instead. */
    public UnsupportedFeatureException(String feature, String dialect, String hint) {
        super(feature + " is not supported by the " + dialect + " dialect: " + hint);
        this.feature = feature;
        this.dialect = dialect;
    }

    /** The feature that is missing. */
    public String feature() {
        return feature;
    }

    /** The name of the dialect that lacks it. */
    public String dialect() {
        return dialect;
    }
}
