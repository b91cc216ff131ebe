package io.fleet.dispatch.track.partition;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One record of known day partitions per process, shared by ingest and the retention job. */
public class PartitionsProducer {

    @Produces
    @Singleton
    DayPartitions dayPartitions() {
        return new DayPartitions();
    }
}
