package io.fleet.dispatch.track.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

/**
 * Terminal phone → vehicle, read from the terminal table (the same answer the gateway's registry mirror gives).
 * Cached: an entry is asked again after {@code ttlMillis}, so a terminal moved to another car or a vehicle moved to
 * another unit is seen within that time; an unknown phone is asked again after the same time, not on every point.
 */
public final class VehicleDirectory {

    private static final String QUERY = """
            SELECT v.id, v.org_path, v.plate FROM terminal t JOIN vehicle v ON v.id = t.vehicle_id WHERE t.phone = ?""";

    private static final String ALL = """
            SELECT t.phone, v.id, v.org_path, v.plate FROM terminal t JOIN vehicle v ON v.id = t.vehicle_id""";

    private final DataSource dataSource;
    private final long ttlMillis;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private volatile long lastFullLoad;

    public VehicleDirectory(DataSource dataSource, long ttlMillis) {
        this.dataSource = dataSource;
        this.ttlMillis = ttlMillis;
    }

    public Optional<VehicleRef> resolve(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        long now = System.currentTimeMillis();
        Cached cached = cache.get(phone);
        if (cached == null || now - cached.loadedAt > ttlMillis) {
            if (now - lastFullLoad > ttlMillis) {
                loadAll(now); // one query for the whole registry instead of one per terminal after a start
                cached = cache.get(phone);
            }
            if (cached == null || now - cached.loadedAt > ttlMillis) {
                cached = new Cached(load(phone), now); // registered since the last full load, or unknown
                cache.put(phone, cached);
            }
        }
        return Optional.ofNullable(cached.vehicle);
    }

    private void loadAll(long now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(ALL);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                cache.put(rs.getString(1), new Cached(new VehicleRef(rs.getLong(2), rs.getString(3), rs.getString(4)), now));
            }
            lastFullLoad = now;
        } catch (SQLException e) {
            throw new IllegalStateException("terminal registry could not be read", e);
        }
    }

    /** Forgets everything, e.g. after terminals were registered and must be seen at once. */
    public void clear() {
        cache.clear();
        lastFullLoad = 0;
    }

    private VehicleRef load(String phone) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(QUERY)) {
            s.setString(1, phone);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new VehicleRef(rs.getLong(1), rs.getString(2), rs.getString(3)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("terminal lookup failed for " + phone, e);
        }
    }

    private record Cached(VehicleRef vehicle, long loadedAt) {
    }
}
