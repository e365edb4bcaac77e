package id.netralitas.common.error;

/** Looks through an exception's chain of causes. */
public final class Causes {

    /** Deep enough for any real chain; also ends a chain that loops back on itself. */
    private static final int MAX_DEPTH = 20;

    private Causes() {
    }

    /** The exception itself or the first of its causes that is a {@code type}, or null. */
    public static <T extends Throwable> T find(Throwable e, Class<T> type) {
        Throwable current = e;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            current = current.getCause();
        }
        return null;
    }

    public static boolean has(Throwable e, Class<? extends Throwable> type) {
        return find(e, type) != null;
    }
}
