package dev.quarry.internal;

/** Rethrows any throwable unchanged, checked or not (for transaction bodies). */
public final class Sneaky {
    private Sneaky() {
    }

    public static RuntimeException rethrow(Throwable t) {
        throw Sneaky.<RuntimeException>cast(t);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T cast(Throwable t) throws T {
        throw (T) t;
    }
}
