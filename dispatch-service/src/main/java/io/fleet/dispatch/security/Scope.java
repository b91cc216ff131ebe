package io.fleet.dispatch.security;

import io.fleet.dispatch.common.Problem;
import io.fleet.dispatch.common.ProblemException;
import io.fleet.dispatch.common.Problems;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Organisation scope, decided here for the whole service layer: a caller sees and changes the subtree of its own
 * organisation (the materialised path it carries, '/1/4/'); the city bureau, at the root, sees all. A record of
 * another subtree is answered as if it did not exist (404); a list asked for a foreign organisation, or a write into
 * one, is refused (403). Work without a caller (scheduled jobs, start-up, the public complaint form) is not scoped.
 */
@ApplicationScoped
public class Scope {

    public static final String FOREIGN = "urn:fleet:problem:foreign-organisation";

    private final CurrentCaller current;

    Scope(CurrentCaller current) {
        this.current = current;
    }

    /** The caller, or null for work without one. */
    public Caller caller() {
        return current.orNull();
    }

    /** The subtree the caller sees ("/" — everything — without a caller). */
    public String path() {
        Caller c = current.orNull();
        return c == null ? "/" : c.orgPath();
    }

    /**
     * Whether a record of organisation path {@code path} lies in the caller's subtree. "/" marks a record of no
     * organisation (a complaint not yet traced, a terminal on no car): the city bureau's, seen from the top.
     */
    public boolean sees(String path) {
        return path != null && (path.startsWith(path()) || path.equals("/") && topLevel());
    }

    /** Whether the caller is at the top of the tree (the city bureau: a path of one organisation), or has none. */
    public boolean topLevel() {
        return path().matches("/([0-9]+/)?");
    }

    /** The record when the caller sees its organisation path; 404 (as for a missing record) otherwise. */
    public <T> T visible(T record, String orgPath, String what, Object id) {
        if (record == null || !sees(orgPath)) {
            throw Problems.notFound(what, id);
        }
        return record;
    }

    /** A list or a write asked for organisation path {@code path}: 403 when it lies outside the caller's subtree. */
    public String within(String path, Object orgId) {
        if (!sees(path)) {
            throw new ProblemException(new Problem(FOREIGN, "Forbidden", 403,
                    "organisation " + orgId + " is outside your organisation", null));
        }
        return path;
    }

    /** Whether the caller sees everything (the city bureau, or no caller at all). */
    public boolean all() {
        return path().equals("/");
    }

    /** A write to what all subtrees share (the city's calendar): the city bureau's alone, 403 for anyone below. */
    public void requireRoot(String what) {
        if (!topLevel()) {
            throw new ProblemException(new Problem(FOREIGN, "Forbidden", 403,
                    what + " is kept by the city bureau for every organisation", null));
        }
    }

    /**
     * A write that names a record ({@code field}: a vehicle, a fence) of another subtree: 403, as any write into a
     * foreign organisation; the record's absence stays the field's 400.
     */
    public void require(String orgPath, String field, Object id) {
        if (!sees(orgPath)) {
            throw new ProblemException(new Problem(FOREIGN, "Forbidden", 403,
                    field + " " + id + " belongs to an organisation outside yours", null));
        }
    }
}
