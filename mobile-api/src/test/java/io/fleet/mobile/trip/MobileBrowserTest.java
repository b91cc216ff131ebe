package io.fleet.mobile.trip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.fleet.mobile.support.LocalPlatform;
import io.fleet.mobile.support.Platform;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The phone app in Chromium with a phone's screen (e2e/mobile-trip.mjs, playwright-core from the web-console build):
 * request, approve, assign, accept, run (one step offline), complete, rate — against this mobile-api and a real
 * dispatch-service. The scenario fails on any request that leaves localhost.
 */
@QuarkusTest
class MobileBrowserTest {

    @TestHTTPResource("/")
    String base;

    @Test
    void aWholeTripOnPhoneScreens() throws Exception {
        long unit = Platform.organisation(Platform.organisation(null, "CITY_BUREAU"), "UNIT");
        long car = Platform.vehicle(unit);
        long driver = Platform.driver(unit, "王师傅");
        String requester = Platform.account("REQUESTER", Platform.unique("张科员"), unit, null);
        String approver = Platform.account("APPROVER", "李处长", unit, null);
        String driverUser = Platform.account("DRIVER", "王师傅", null, driver);

        Path root = Path.of(System.getProperty("fleet.repo.root", "..")).toAbsolutePath().normalize();
        assertThat(root.resolve("web-console/node_modules/playwright-core"))
                .as("playwright-core (installed by the web-console build: mvn -pl web-console install)").exists();
        assertThat(Path.of(System.getenv().getOrDefault("FLEET_CHROMIUM", "/usr/bin/chromium")))
                .as("Chromium (bin/fleet test installs Debian's chromium package)").exists();
        Path out = Path.of("target/e2e").toAbsolutePath();
        Files.createDirectories(out);
        String url = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        ProcessBuilder builder = new ProcessBuilder(List.of("node", "e2e/mobile-trip.mjs", url, out.toString(),
                LocalPlatform.dispatchUrl, requester, approver, driverUser, Platform.PASSWORD, Long.toString(car),
                Long.toString(driver))).directory(root.resolve("mobile-api").toFile()).redirectErrorStream(true);
        builder.environment().put("FLEET_DISPATCH_TOKEN", Platform.operatorToken());
        Process process = builder.start();
        boolean finished = process.waitFor(180, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("scenario finished in time; output:%n%s", output).isTrue();
        assertThat(process.exitValue()).as("scenario output:%n%s", output).isZero();
        assertThat(output).contains("\"passed\":true");
    }
}
