package io.fleet.dispatch.track.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/** Shared bits of the track benchmarks: a data source for a named database, percentiles. */
final class BenchSupport {

    private BenchSupport() {
    }

    static PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {env("FLEET_DB_HOST", "localhost")});
        ds.setPortNumbers(new int[] {Integer.parseInt(env("FLEET_DB_PORT", "5432"))});
        ds.setDatabaseName(database);
        ds.setUser(env("FLEET_DB_USER", "postgres"));
        ds.setPassword(env("FLEET_DB_PASSWORD", ""));
        return ds;
    }

    /**
     * A data source handing each thread its own connection, kept open (close() does nothing): what a pool gives a
     * consumer thread, without connection set-up in the measurement.
     */
    static DataSource perThread(PGSimpleDataSource target) {
        ThreadLocal<Connection> connections = new ThreadLocal<>();
        return (DataSource) Proxy.newProxyInstance(BenchSupport.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        return method.invoke(target, args);
                    }
                    Connection c = connections.get();
                    if (c == null) {
                        Connection real = target.getConnection();
                        c = (Connection) Proxy.newProxyInstance(BenchSupport.class.getClassLoader(),
                                new Class<?>[] {Connection.class}, (p, m, a) -> {
                                    if (m.getName().equals("close")) {
                                        return null;
                                    }
                                    try {
                                        return m.invoke(real, a);
                                    } catch (InvocationTargetException e) {
                                        throw e.getCause();
                                    }
                                });
                        connections.set(c);
                    }
                    return c;
                });
    }

    /** A piece of work for thread number i. */
    interface Work {
        void run(int i) throws Exception;
    }

    /** Runs {@code work} on n threads at once and waits for all; rethrows the first failure. */
    static void inThreads(int n, Work work) throws Exception {
        List<Thread> threads = new ArrayList<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            Thread thread = new Thread(() -> {
                try {
                    work.run(index);
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** p-th percentile (0–100) of the samples in milliseconds, nearest rank. */
    static double percentile(double[] samples, double p) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String summary(String name, double[] millis, String extra) {
        return String.format("%-28s n=%d  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms  %s", name, millis.length,
                percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), percentile(millis, 100), extra);
    }
}
