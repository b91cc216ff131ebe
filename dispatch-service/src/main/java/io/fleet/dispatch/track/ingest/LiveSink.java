package io.fleet.dispatch.track.ingest;

import java.util.Collection;

/** Where the newest committed point of each vehicle goes after a batch (Redis live state and the push channel). */
public interface LiveSink {

    void publish(Collection<IngestBatch.LatestPoint> latest);

    LiveSink NONE = latest -> { };
}
