package io.fleet.dispatch.planning.domain;

/**
 * Driving seconds and metres between the plan's locations (by index), as the routing service computed them for
 * dispatch, or Euclidean for a Li &amp; Lim instance. A problem fact: built once per plan, outside the solver.
 */
public final class TravelCosts {

    private final long[][] seconds;
    private final long[][] metres;

    public TravelCosts(long[][] seconds, long[][] metres) {
        if (seconds.length != metres.length) {
            throw new IllegalArgumentException("seconds and metres must cover the same locations");
        }
        this.seconds = seconds;
        this.metres = metres;
    }

    public long seconds(int from, int to) {
        return seconds[from][to];
    }

    public long metres(int from, int to) {
        return metres[from][to];
    }

    public int size() {
        return seconds.length;
    }
}
