package io.fleet.dispatch.registry;

import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One registry step (a request, a decision, a registration, a quota set); written once, never changed. */
@Entity
@Immutable
@Table(name = "registry_event")
public class RegistryEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id")
    public Long requestId;

    @Column(name = "org_id")
    public long orgId;

    @Column(updatable = false)
    public OffsetDateTime at;

    public String actor;

    @Column(name = "actor_org_id")
    public Long actorOrgId;

    public String action;

    @Column(name = "from_state")
    public String fromState;

    @Column(name = "to_state")
    public String toState;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> details;
}
