package io.fleet.dispatch.complaint;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.locationtech.jts.geom.Point;

/**
 * A citizen's complaint and its handling. The unit (org) is not known on receipt: it is the owner of the car the
 * investigation finds, so it is null until then (and stays null when no official car was there).
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    public Long id;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "plate_text")
    public String plateText;

    @Column(name = "plate_pattern")
    public String platePattern;

    @Column(name = "seen_from")
    public OffsetDateTime seenFrom;

    @Column(name = "seen_to")
    public OffsetDateTime seenTo;

    @Column(columnDefinition = "geometry(Point,4326)")
    public Point place;

    @Column(name = "place_text")
    public String placeText;

    public String description;

    @Column(name = "contact_name")
    public String contactName;

    public String contact;

    @Enumerated(EnumType.STRING)
    public ComplaintState state;

    public String assignee;

    @Column(name = "due_at")
    public OffsetDateTime dueAt;

    @Column(name = "vehicle_id")
    public Long vehicleId;

    @Column(name = "trip_request_id")
    public Long tripRequestId;

    @Column(name = "org_id")
    public Long orgId;

    @Column(name = "org_path")
    public String orgPath;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    public String findings;

    public String reply;

    @Enumerated(EnumType.STRING)
    public Satisfaction satisfaction;

    @Column(name = "alarm_id")
    public Long alarmId;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Version
    public int version;
}
