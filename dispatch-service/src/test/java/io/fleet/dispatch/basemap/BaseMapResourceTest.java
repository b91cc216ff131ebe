package io.fleet.dispatch.basemap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The base map API on the test profile's Monaco extract. */
@QuarkusTest
class BaseMapResourceTest {

    @Test
    void infoGivesTheExtentZoomsTilesAndAttributionAndNoOnlineLayers() {
        given().get("/api/map/info")
                .then().statusCode(200)
                .body("bounds", hasSize(4))
                .body("centre[0]", allOf(greaterThan(43.71f), lessThan(43.77f)))
                .body("tiles", equalTo("/api/map/tiles/{z}/{x}/{y}.png"))
                .body("attribution", equalTo("© OpenStreetMap contributors"))
                .body("minZoom", equalTo(BaseMap.MIN_ZOOM))
                .body("online", empty());
    }

    @Test
    void servesAPngTileOfTheCity() throws Exception {
        int z = 15;
        byte[] png = given().get("/api/map/tiles/{z}/{x}/{y}.png", z, BaseMapTest.tileX(7.4246, z), BaseMapTest.tileY(43.7384, z))
                .then().statusCode(200)
                .contentType("image/png")
                .header("Cache-Control", containsString("max-age"))
                .extract().asByteArray();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(BaseMapTest.colours(image)).hasSizeGreaterThan(20);
    }

    @Test
    void tileNumbersOutOfRangeAre400sNamingTheNumber() {
        given().get("/api/map/tiles/19/0/0.png").then().statusCode(400).body("violations.field", contains("z"));
        given().get("/api/map/tiles/3/8/0.png").then().statusCode(400).body("violations.field", contains("x"));
        given().get("/api/map/tiles/3/0/-1.png").then().statusCode(400).body("violations.field", contains("y"));
    }
}
