package io.fleet.dispatch.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.fleet.dispatch.driver.shift.DutyDay;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The demo drivers come with this week's shifts and one leave day, so the console and planner have something to show. */
@QuarkusTest
@TestProfile(DemoDataTest.DemoEnabled.class)
class DemoShiftsTest {

    @Test
    void theDemoDriversWorkThisWeekAndWangIsOnLeaveOneDay() {
        long wang = given().get("/api/drivers").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == '王师傅' }.id");
        LocalDate today = LocalDate.now(DutyDay.ZONE);
        JsonPath rows = given().queryParam("from", today.minusDays(7).toString()).queryParam("to", today.plusDays(7).toString())
                .get("/api/drivers/" + wang + "/shifts").then().statusCode(200).extract().jsonPath();
        List<String> leaves = rows.getList("findAll { it.kind == 'LEAVE' }.startsAt");
        assertThat(leaves).hasSize(1);
        LocalDate leaveDay = OffsetDateTime.parse(leaves.get(0)).toLocalDate();
        assertThat(leaveDay.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(rows.getList("findAll { it.kind == 'SHIFT' }.startsAt")).hasSizeGreaterThanOrEqualTo(5);

        JsonPath wednesday = given().queryParam("day", leaveDay.toString()).get("/api/drivers/availability")
                .then().statusCode(200).extract().jsonPath();
        assertThat(wednesday.getList("$")).hasSize(20);
        assertThat(wednesday.getList("find { it.driverId == " + wang + " }.working")).isEmpty();
        assertThat(wednesday.getList("findAll { it.driverId != " + wang + " }.basis")).containsOnly("SHIFTS");
        assertThat(wednesday.getList("findAll { it.driverId != " + wang + " }.workingMinutes", Integer.class))
                .containsOnly(570);
    }
}
