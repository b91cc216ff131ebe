package io.fleet.dispatch.planning.domain;

/**
 * Driving seconds and metres between the plan's locations (by index), as the routing service computed them for
 * dispatch, or Euclidean for a Li &amp; Lim instance. A problem fact: built once per plan, outside the solver.
 */
public final class TravelCosts {

    private volatile long[][] seconds;
    private volatile long[][] metres;

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

    /**
     * Adds places at the end (a request arrived while the plan is being solved). Existing cells never change, so every
     * copy of the plan sharing this fact stays valid.
     *
     * @param fromNew    seconds/metres rows of the new places to every place, new ones included: [k][n + k]
     * @param toNew      seconds/metres from every old place to each new place: [n][k]
     */
    public synchronized void extend(long[][] fromNewSeconds, long[][] fromNewMetres, long[][] toNewSeconds,
            long[][] toNewMetres) {
        int n = seconds.length;
        int k = fromNewSeconds.length;
        long[][] s = new long[n + k][];
        long[][] m = new long[n + k][];
        for (int i = 0; i < n; i++) {
            s[i] = java.util.Arrays.copyOf(seconds[i], n + k);
            m[i] = java.util.Arrays.copyOf(metres[i], n + k);
            System.arraycopy(toNewSeconds[i], 0, s[i], n, k);
            System.arraycopy(toNewMetres[i], 0, m[i], n, k);
        }
        for (int j = 0; j < k; j++) {
            s[n + j] = fromNewSeconds[j].clone();
            m[n + j] = fromNewMetres[j].clone();
        }
        metres = m;
        seconds = s;
    }
}
