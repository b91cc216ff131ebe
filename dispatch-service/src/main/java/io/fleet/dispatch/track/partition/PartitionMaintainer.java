package io.fleet.dispatch.track.partition;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.fleet.dispatch.track.TrackConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Creates the day partitions of the coming days ahead of time (so ingest rarely has to, and never at midnight under
 * load) and drops the partitions older than the retention period: dropping a table frees the disk at once, where
 * DELETE would leave dead rows and vacuum work.
 */
@ApplicationScoped
public class PartitionMaintainer {

    private static final Logger LOG = Logger.getLogger(PartitionMaintainer.class);

    private final DataSource dataSource;
    private final DayPartitions partitions;
    private final TrackConfig config;

    PartitionMaintainer(DataSource dataSource, DayPartitions partitions, TrackConfig config) {
        this.dataSource = dataSource;
        this.partitions = partitions;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        try {
            maintain(LocalDate.now(DayPartitions.ZONE));
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("track partitions not maintained at start-up (%s); ingest creates what it needs", e.toString());
        }
    }

    @Scheduled(cron = "0 17 * * * ?", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void hourly() throws SQLException {
        maintain(LocalDate.now(DayPartitions.ZONE));
    }

    /** Partitions from yesterday to today + ahead exist, those before today − retention are gone. */
    public Result maintain(LocalDate today) throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = today.minusDays(1); !d.isAfter(today.plusDays(config.partitionsAhead())); d = d.plusDays(1)) {
            days.add(d);
        }
        LocalDate oldestKept = today.minus(config.retention());
        try (Connection c = dataSource.getConnection()) {
            partitions.ensureDays(c, days);
            int dropped;
            try (PreparedStatement s = c.prepareStatement("SELECT track_drop_partitions_before(?)")) {
                s.setObject(1, oldestKept);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    dropped = rs.getInt(1);
                }
            }
            if (dropped > 0) {
                partitions.forgetAll();
                LOG.infof("dropped %d track partition(s) older than %s", dropped, oldestKept);
            }
            return new Result(days.size(), dropped);
        }
    }

    public record Result(int ensured, int dropped) {
    }
}
