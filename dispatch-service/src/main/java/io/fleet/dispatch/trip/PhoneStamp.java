package io.fleet.dispatch.trip;

import java.time.OffsetDateTime;
import java.util.Map;

import io.fleet.dispatch.common.Problems;

/** Where and when (by the phone's clock) a person acted, as recorded in the audit trail. */
final class PhoneStamp {

    private PhoneStamp() {
    }

    static void put(Map<String, Object> details, Double lon, Double lat, OffsetDateTime phoneTime) {
        if ((lon == null) != (lat == null)) {
            throw Problems.badField(lon == null ? "lon" : "lat", "send both coordinates of the position, or neither");
        }
        if (lon != null) {
            details.put("lon", lon);
            details.put("lat", lat);
        }
        if (phoneTime != null) {
            details.put("phoneTime", phoneTime.toString());
        }
    }
}
