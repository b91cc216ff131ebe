package io.fleet.dispatch.track.partition;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The position table has one partition per day in China Standard Time (a "vehicle-day" is a local day, so a day's
 * replay reads one partition). Creating a partition takes a lock on the parent table, so it is done in its own short
 * transaction before a batch is written, and each process remembers which days it has seen exist.
 */
public final class DayPartitions {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Set<LocalDate> known = ConcurrentHashMap.newKeySet();

    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** Makes sure the partitions of these fix times exist; creates missing ones on {@code connection} and commits. */
    public void ensure(Connection connection, Collection<Instant> fixTimes) throws SQLException {
        Set<LocalDate> missing = new TreeSet<>();
        for (Instant t : fixTimes) {
            LocalDate day = dayOf(t);
            if (!known.contains(day)) {
                missing.add(day);
            }
        }
        if (!missing.isEmpty()) {
            ensureDays(connection, missing);
        }
    }

    public void ensureDays(Connection connection, Collection<LocalDate> days) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (PreparedStatement s = connection.prepareStatement("SELECT track_ensure_partition(?)")) {
            for (LocalDate day : days) {
                s.setObject(1, day);
                s.execute();
                known.add(day);
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Forgets a day (its partition was dropped), so it is created again if a point of that day turns up. */
    public void forget(LocalDate day) {
        known.remove(day);
    }

    public void forgetAll() {
        known.clear();
    }
}
