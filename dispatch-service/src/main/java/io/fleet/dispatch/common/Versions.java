package io.fleet.dispatch.common;

/** Optimistic locking as people see it: a change must say which version it was based on. */
public final class Versions {

    private Versions() {
    }

    /**
     * Refuses a change that names no version (400) or a version other than the current one (409): someone else
     * changed {@code what} since it was read.
     */
    public static void require(Integer sent, int current, String what) {
        if (sent == null) {
            throw Problems.badField("version", "the version you read is required to change " + what);
        }
        if (sent != current) {
            throw Problems.conflict("version", what + " was changed by someone else (version " + current + ", yours "
                    + sent + "); reload and try again");
        }
    }
}
