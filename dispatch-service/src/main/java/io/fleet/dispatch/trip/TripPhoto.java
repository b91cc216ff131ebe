package io.fleet.dispatch.trip;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A photo of the gauges the driver took at the start or end of a trip. */
@Entity
@Table(name = "trip_photo")
public class TripPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id")
    public long requestId;

    /** START or END. */
    public String moment;

    @Column(name = "content_type")
    public String contentType;

    public byte[] content;

    @Column(name = "taken_at")
    public OffsetDateTime takenAt;
}
