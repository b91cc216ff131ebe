package io.fleet.dispatch.registry;

import io.fleet.dispatch.organisation.Organisation;

/**
 * Who may decide for whom. The fleet of an organisation is governed from above (统一编制、统一监督): its parent
 * approves its requests and sets its quotas, and so may any organisation above the parent (the city over a district's
 * units). The city bureau, having no parent, governs its own fleet.
 *
 * <p>Until sign-in exists (#11) the acting person names their organisation; the security work takes it from the
 * signed-in user instead, and this rule stays.
 */
final class Approvers {

    private Approvers() {
    }

    /** The organisation that decides the requests of {@code unit}: its parent, or itself at the top. */
    static long approvingOrgOf(Organisation unit) {
        return unit.parentId == null ? unit.id : unit.parentId;
    }

    /** Whether someone of {@code actorOrg} may decide a request that {@code approvingOrg} decides. */
    static boolean mayDecide(Organisation actorOrg, Organisation approvingOrg) {
        return approvingOrg.path.startsWith(actorOrg.path);
    }

    /** Whether someone of {@code actorOrg} may set the quotas of {@code unit}: an organisation above it. */
    static boolean maySetQuota(Organisation actorOrg, Organisation unit) {
        if (unit.parentId == null) {
            return actorOrg.id.equals(unit.id);
        }
        return unit.path.startsWith(actorOrg.path) && !actorOrg.id.equals(unit.id);
    }
}
