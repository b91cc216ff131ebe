package io.fleet.dispatch.trip;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Money a driver paid on a trip (tolls, parking…), in fen. */
@Entity
@Table(name = "trip_expense")
public class TripExpense {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id")
    public long requestId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "amount_cents")
    public int amountCents;

    public String note;

    public String actor;

    @Column(name = "spent_at")
    public OffsetDateTime spentAt;

    public enum Kind {
        TOLL, PARKING, CHARGING, FUEL, OTHER
    }
}
