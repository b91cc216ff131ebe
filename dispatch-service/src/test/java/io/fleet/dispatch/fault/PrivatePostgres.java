package io.fleet.dispatch.fault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A throw-away PostgreSQL 15 cluster of the rig's own (initdb + pg_ctl on a free port), so the fault tests can stop
 * and restart it without touching the machine's shared server. PostGIS comes from the installed package.
 * fsync is off: the faults here kill processes, not the machine, and a killed postgres loses nothing the kernel's
 * page cache already holds; an OS crash is not simulated.
 */
final class PrivatePostgres implements AutoCloseable {

    static final String BIN = System.getenv().getOrDefault("FLEET_PG_BIN", "/usr/lib/postgresql/15/bin");

    final int port;
    private final Path dir;
    private final Path data;
    private final Path log;

    private PrivatePostgres(Path dir, int port) {
        this.dir = dir;
        this.port = port;
        this.data = dir.resolve("data");
        this.log = dir.resolve("postgres.log");
    }

    /** The cluster lives under the system temp directory: the postgres OS user must be able to reach it. */
    static PrivatePostgres start() throws Exception {
        Path dir = Files.createTempDirectory("fleet-fault-pg-");
        PrivatePostgres pg = new PrivatePostgres(dir, OsProcess.freePort());
        OsProcess.run(pg.log, "chmod", "0777", dir.toString());
        OsProcess.run(pg.log, OsProcess.asPostgresUser(List.of(BIN + "/initdb", "-D", pg.data.toString(), "-U",
                "postgres", "-A", "trust", "-E", "UTF8", "--no-sync")).toArray(String[]::new));
        pg.startServer();
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres", "rig"), "postgres", "")) {
            c.createStatement().execute("CREATE DATABASE fleet");
        }
        return pg;
    }

    String jdbcUrl(String database, String applicationName) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?ApplicationName=" + applicationName;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl("fleet", "fault-rig"), "postgres", "");
    }

    /** Stops at once, as a crash would (immediate mode: no checkpoint, recovery from WAL at the next start). */
    void crash() throws Exception {
        pgCtl("stop", "-m", "immediate");
    }

    void startServer() throws Exception {
        pgCtl("start", "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories="
                + dir + " -c fsync=off -c max_connections=60 -c shared_buffers=64MB");
        OsProcess.await("PostgreSQL answers on " + port, () -> {
            try (Connection c = DriverManager.getConnection(jdbcUrl("postgres", "rig"), "postgres", "")) {
                return true;
            } catch (SQLException e) {
                return false;
            }
        }, Duration.ofSeconds(60));
    }

    private void pgCtl(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(BIN + "/pg_ctl", "-D", data.toString(), "-l",
                dir.resolve("server.log").toString()));
        command.addAll(List.of(args));
        OsProcess.run(log, OsProcess.asPostgresUser(command).toArray(String[]::new));
    }

    @Override
    public void close() throws Exception {
        try {
            pgCtl("stop", "-m", "immediate");
        } catch (Exception alreadyDown) {
            // stopped by a scenario that failed half-way
        }
        OsProcess.run(log, "rm", "-rf", dir.toString());
    }
}
