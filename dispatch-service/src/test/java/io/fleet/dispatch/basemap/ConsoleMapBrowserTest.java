package io.fleet.dispatch.basemap;

import java.net.URL;

import io.fleet.dispatch.support.BrowserScenario;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The console's offline map in a real browser: tiles drawn, attribution shown, a route drawn, nothing fetched from outside. */
@QuarkusTest
class ConsoleMapBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void showsTheOfflineBaseMapAndRoutesBetweenTwoClicks() throws Exception {
        BrowserScenario.run("console-map", root.toString());
    }
}
