package io.fleet.dispatch.track.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.track.store.TrackPointView;

/** A track as GeoJSON (RFC 7946), GPX 1.1 and KML 2.2. */
final class TrackExports {

    private TrackExports() {
    }

    /** A Feature whose LineString (Point for one fix) has per-vertex times and speeds as parallel property arrays. */
    static Map<String, Object> geoJson(long vehicleId, String name, List<TrackPointView> points) {
        List<List<Double>> coordinates = new ArrayList<>(points.size());
        List<String> times = new ArrayList<>(points.size());
        List<Float> speeds = new ArrayList<>(points.size());
        for (TrackPointView p : points) {
            coordinates.add(List.of(p.longitude(), p.latitude()));
            times.add(p.fixTime().toString());
            speeds.add(p.speedKmh());
        }
        Map<String, Object> geometry = new LinkedHashMap<>();
        if (points.size() == 1) {
            geometry.put("type", "Point");
            geometry.put("coordinates", coordinates.get(0));
        } else {
            geometry.put("type", "LineString");
            geometry.put("coordinates", coordinates);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("vehicleId", vehicleId);
        properties.put("name", name);
        properties.put("points", points.size());
        properties.put("times", times);
        properties.put("speedsKmh", speeds);
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", points.isEmpty() ? null : geometry);
        feature.put("properties", properties);
        return feature;
    }

    static String gpx(String name, List<TrackPointView> points) {
        StringBuilder out = new StringBuilder(points.size() * 110 + 300);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<gpx version=\"1.1\" creator=\"Fleet\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n")
                .append("<trk><name>").append(xml(name)).append("</name><trkseg>\n");
        for (TrackPointView p : points) {
            out.append("<trkpt lat=\"").append(p.latitude()).append("\" lon=\"").append(p.longitude()).append("\">")
                    .append("<ele>").append(p.altitudeM()).append("</ele>")
                    .append("<time>").append(p.fixTime()).append("</time>")
                    .append("</trkpt>\n");
        }
        return out.append("</trkseg></trk>\n</gpx>\n").toString();
    }

    /** gx:Track keeps a time per vertex, so Google Earth and similar tools can replay the drive. */
    static String kml(String name, List<TrackPointView> points) {
        StringBuilder out = new StringBuilder(points.size() * 120 + 400);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<kml xmlns=\"http://www.opengis.net/kml/2.2\" xmlns:gx=\"http://www.google.com/kml/ext/2.2\">\n")
                .append("<Document><name>").append(xml(name)).append("</name>\n<Placemark><name>")
                .append(xml(name)).append("</name><gx:Track>\n");
        for (TrackPointView p : points) {
            out.append("<when>").append(p.fixTime()).append("</when>\n");
        }
        for (TrackPointView p : points) {
            out.append("<gx:coord>").append(p.longitude()).append(' ').append(p.latitude()).append(' ')
                    .append(p.altitudeM()).append("</gx:coord>\n");
        }
        return out.append("</gx:Track></Placemark>\n</Document>\n</kml>\n").toString();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
