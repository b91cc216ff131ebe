package io.fleet.dispatch.organisation;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One node of the organisation tree. {@code path} lists the ids from the root ("/1/4/9/"): the subtree of X is every
 * organisation whose path starts with X's path, one index range scan; later tables copy the path of their owner so
 * that scoping a query needs no recursive join.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    /** Drawn from organisation_id_seq by the repository before insert (see OrganisationRepository#nextId). */
    @Id
    public Long id;

    @Column(name = "parent_id")
    public Long parentId;

    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public OrganisationKind kind;

    public String path;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Version
    public int version;
}
