package io.fleet.gateway.codec.message.location;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 0x0200 location report; also the item type of 0x0201 and 0x0704. Numeric fields are kept in wire units so a
 * report re-encodes exactly; the accessors convert.
 * <pre>
 * alarm DWORD | status DWORD | lat DWORD (1e-6°) | lon DWORD (1e-6°) | altitude WORD (m) | speed WORD (1/10 km/h)
 * | course WORD (0-359) | time BCD[6] (GMT+8) | additional items (id BYTE, length BYTE, value)*
 * </pre>
 *
 * @param latitudeMicros  unsigned; the hemisphere is status bit 2
 * @param longitudeMicros unsigned; the hemisphere is status bit 3
 * @param time            null when the terminal sent zeros or an impossible date
 */
public record LocationReport(long alarm, long status, long latitudeMicros, long longitudeMicros, int altitudeM,
                             int speedTenthsKmh, int course, OffsetDateTime time, List<AdditionalItem> items)
        implements MessageBody {

    public LocationReport {
        items = List.copyOf(items);
    }

    @Override
    public int messageId() {
        return MessageIds.LOCATION_REPORT;
    }

    public LocationReport withItems(List<AdditionalItem> newItems) {
        return new LocationReport(alarm, status, latitudeMicros, longitudeMicros, altitudeM, speedTenthsKmh, course,
                time, newItems);
    }

    public LocationReport withSpeed(int newSpeedTenthsKmh) {
        return new LocationReport(alarm, status, latitudeMicros, longitudeMicros, altitudeM, newSpeedTenthsKmh,
                course, time, items);
    }

    /** Degrees, negative in the southern hemisphere. */
    public double latitude() {
        double degrees = latitudeMicros / 1e6;
        return has(StatusFlag.SOUTH_LATITUDE) ? -degrees : degrees;
    }

    /** Degrees, negative in the western hemisphere. */
    public double longitude() {
        double degrees = longitudeMicros / 1e6;
        return has(StatusFlag.WEST_LONGITUDE) ? -degrees : degrees;
    }

    public double speedKmh() {
        return speedTenthsKmh / 10.0;
    }

    public Set<AlarmFlag> alarms() {
        return AlarmFlag.fromBits(alarm);
    }

    public Set<StatusFlag> statuses() {
        return StatusFlag.fromBits(status);
    }

    public boolean has(StatusFlag flag) {
        return (status & flag.mask()) != 0;
    }

    public boolean has(AlarmFlag flag) {
        return (alarm & flag.mask()) != 0;
    }

    /** Status bits 8–9: 0 empty, 1 half loaded, 2 reserved, 3 fully loaded. */
    public int loadState() {
        return (int) (status >>> 8) & 0x3;
    }

    /** The first item of the given type, if the report carries one. */
    public <T extends AdditionalItem> Optional<T> item(Class<T> type) {
        for (AdditionalItem item : items) {
            if (type.isInstance(item)) {
                return Optional.of(type.cast(item));
            }
        }
        return Optional.empty();
    }

    /** The first item with the given id, typed or raw. */
    public Optional<AdditionalItem> item(int id) {
        for (AdditionalItem item : items) {
            if (item.id() == id) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    public Optional<Double> mileageKm() {
        return item(AdditionalItem.Mileage.class).map(AdditionalItem.Mileage::km);
    }

    public Optional<Double> fuelLitres() {
        return item(AdditionalItem.Fuel.class).map(AdditionalItem.Fuel::litres);
    }

    public Optional<Integer> satellites() {
        return item(AdditionalItem.Satellites.class).map(AdditionalItem.Satellites::count);
    }

    public Optional<Integer> signalStrength() {
        return item(AdditionalItem.SignalStrength.class).map(AdditionalItem.SignalStrength::value);
    }
}
