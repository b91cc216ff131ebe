package io.fleet.dispatch.complaint;

import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One step of a case; written once (a trigger refuses updates and deletes). */
@Entity
@Immutable
@Table(name = "complaint_event")
public class ComplaintEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "complaint_id")
    public long complaintId;

    public OffsetDateTime at;

    public String actor;

    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public ComplaintState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public ComplaintState toState;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> details;
}
