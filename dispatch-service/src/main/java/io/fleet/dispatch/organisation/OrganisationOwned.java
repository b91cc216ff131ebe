package io.fleet.dispatch.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A record that belongs to one organisation. The owner's path is copied onto the record, so "records of this
 * subtree" is a prefix match on one indexed column — the one place organisation scoping (and row-level security)
 * reads from.
 */
@MappedSuperclass
public abstract class OrganisationOwned {

    @Column(name = "org_id")
    public long orgId;

    @Column(name = "org_path")
    public String orgPath;

    /** Gives the record to {@code owner}, keeping id and path in step. */
    public void ownedBy(Organisation owner) {
        this.orgId = owner.id;
        this.orgPath = owner.path;
    }
}
