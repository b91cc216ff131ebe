package io.fleet.dispatch.common;

import jakarta.persistence.EntityManager;

/**
 * Ids drawn from a table's sequence before the row is inserted, so that values derived from the id (an
 * organisation's path) are written with the row, not by a second update.
 */
public final class Sequences {

    private Sequences() {
    }

    /** The next value of {@code sequence}; the name comes from our own code, never from input. */
    public static long next(EntityManager entities, String sequence) {
        return ((Number) entities.createNativeQuery("SELECT nextval('" + sequence + "')").getSingleResult()).longValue();
    }
}
