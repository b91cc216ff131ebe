package io.fleet.gateway.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.fleet.gateway.codec.field.Hex;
import io.fleet.gateway.codec.message.location.AdditionalItem;
import io.fleet.gateway.codec.message.location.AdditionalItem.*;
import io.fleet.gateway.codec.message.location.LocationReport;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A location report as the decode contract shapes it: converted units, named flags, mileage / fuel / signal /
 * satellites promoted to fields, every other additional item under {@code extras} keyed by its id ("0x25").
 */
final class LocationReportSerializer extends JsonSerializer<LocationReport> {

    @Override
    public void serialize(LocationReport report, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        gen.writeNumberField("alarm", report.alarm());
        gen.writeNumberField("status", report.status());
        provider.defaultSerializeField("alarmFlags", report.alarms(), gen);
        provider.defaultSerializeField("statusFlags", report.statuses(), gen);
        gen.writeNumberField("latitude", report.latitude());
        gen.writeNumberField("longitude", report.longitude());
        gen.writeNumberField("altitudeM", report.altitudeM());
        gen.writeNumberField("speedKmh", report.speedKmh());
        gen.writeNumberField("course", report.course());
        if (report.time() == null) {
            gen.writeNullField("time");
        } else {
            gen.writeStringField("time", report.time().toString());
        }
        Map<String, Object> extras = new LinkedHashMap<>();
        boolean mileage = false;
        boolean fuel = false;
        boolean signal = false;
        boolean satellites = false;
        for (AdditionalItem item : report.items()) {
            if (item instanceof Mileage m && !mileage) {
                mileage = true;
                gen.writeNumberField("mileageKm", m.km());
            } else if (item instanceof Fuel f && !fuel) {
                fuel = true;
                gen.writeNumberField("fuelL", f.litres());
            } else if (item instanceof SignalStrength s && !signal) {
                signal = true;
                gen.writeNumberField("signal", s.value());
            } else if (item instanceof Satellites s && !satellites) {
                satellites = true;
                gen.writeNumberField("satellites", s.count());
            } else if (item instanceof Unparsed unparsed) {
                extras.put("unparsed", Hex.encode(unparsed.bytes()));
            } else {
                extras.put(Hex.itemId(item.id()), extraValue(item));
            }
        }
        if (!extras.isEmpty()) {
            provider.defaultSerializeField("extras", extras, gen);
        }
        gen.writeEndObject();
    }

    /** A standard item as its value or named fields; a raw one as hex. */
    private static Object extraValue(AdditionalItem item) {
        if (item instanceof Raw raw) {
            return Hex.encode(raw.value());
        } else if (item instanceof RecorderSpeed s) {
            return fields("recorderSpeedKmh", s.kmh());
        } else if (item instanceof ConfirmedAlarmEvent e) {
            return fields("eventId", e.eventId());
        } else if (item instanceof ExtendedSignals s) {
            return fields("extendedSignals", s.bits());
        } else if (item instanceof IoStatus s) {
            return fields("ioStatus", s.bits());
        } else if (item instanceof AnalogInputs a) {
            return fields("ad0", a.ad0(), "ad1", a.ad1());
        } else if (item instanceof OverspeedAlarm o) {
            return o.areaId() == null ? fields("locationType", o.locationType())
                    : fields("locationType", o.locationType(), "areaId", o.areaId());
        } else if (item instanceof AreaRouteAlarm a) {
            return fields("locationType", a.locationType(), "areaId", a.areaId(), "direction", a.direction());
        } else if (item instanceof RouteDrivingTimeAlarm r) {
            return fields("segmentId", r.segmentId(), "drivingSeconds", r.drivingSeconds(), "result", r.result());
        }
        // A second mileage/fuel/signal/satellites item: keep its value visible.
        return item.toString();
    }

    /** Named fields in the order given (Map.of would shuffle them between runs). */
    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
