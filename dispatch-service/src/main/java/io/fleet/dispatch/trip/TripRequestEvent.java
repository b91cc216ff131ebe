package io.fleet.dispatch.trip;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One step in a request's life; written once, never changed (the audit trail). */
@Entity
@Table(name = "trip_request_event")
public class TripRequestEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id")
    public long requestId;

    @Column(updatable = false)
    public OffsetDateTime at;

    public String actor;

    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public TripState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public TripState toState;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> details;
}
