package io.fleet.dispatch.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.fleet.dispatch.account.AccountRole;

/**
 * Runs one browser scenario of web-console/e2e (playwright-core driving Debian's Chromium) against the service
 * under test. The scenario fails on any broken expectation and on any request that leaves localhost.
 */
public final class BrowserScenario {

    private BrowserScenario() {
    }

    public static void run(String scenario, String baseUrl, String... args) throws IOException, InterruptedException {
        runSignedIn(SignedIn.token(), scenario, baseUrl, args);
    }

    /** The same, signed in as a test operator who has only {@code roles}. */
    public static void runAs(Set<AccountRole> roles, String scenario, String baseUrl, String... args)
            throws IOException, InterruptedException {
        runSignedIn(SignedIn.token(roles), scenario, baseUrl, args);
    }

    /** The same, with no session: the browser starts signed out (sign-in scenarios). */
    public static void runSignedOut(String scenario, String baseUrl, String... args)
            throws IOException, InterruptedException {
        runSignedIn(null, scenario, baseUrl, args);
    }

    private static void runSignedIn(String token, String scenario, String baseUrl, String... args)
            throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("fleet.repo.root", "..")).toAbsolutePath().normalize();
        Path script = root.resolve("web-console/e2e/" + scenario + ".mjs");
        assertThat(script).as("browser scenario").exists();
        assertThat(root.resolve("web-console/node_modules/playwright-core"))
                .as("playwright-core (installed by the web-console build: mvn -pl web-console install)").exists();
        assertThat(Path.of(System.getenv().getOrDefault("FLEET_CHROMIUM", "/usr/bin/chromium")))
                .as("Chromium (bin/fleet test installs Debian's chromium package)").exists();

        Path outDir = Path.of("target/e2e").toAbsolutePath();
        Files.createDirectories(outDir);
        List<String> command = new ArrayList<>(List.of("node", script.toString(), stripSlash(baseUrl), outDir.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.resolve("web-console").toFile())
                .redirectErrorStream(true);
        // the console is signed in with the test operator's session cookie (browser.mjs sets it)
        if (token != null) {
            builder.environment().put("FLEET_SESSION", token);
        }
        Process process = builder.start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("scenario %s finished in time; output:%n%s", scenario, output).isTrue();
        assertThat(process.exitValue()).as("scenario %s; output:%n%s", scenario, output).isZero();
        assertThat(output).contains("\"passed\":true");
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
