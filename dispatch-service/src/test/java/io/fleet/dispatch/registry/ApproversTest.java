package io.fleet.dispatch.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleet.dispatch.organisation.Organisation;
import org.junit.jupiter.api.Test;

class ApproversTest {

    private static Organisation org(long id, Long parent, String path) {
        Organisation o = new Organisation();
        o.id = id;
        o.parentId = parent;
        o.path = path;
        o.name = "org " + id;
        return o;
    }

    private final Organisation city = org(1, null, "/1/");
    private final Organisation district = org(4, 1L, "/1/4/");
    private final Organisation unit = org(9, 4L, "/1/4/9/");
    private final Organisation otherDistrict = org(5, 1L, "/1/5/");
    private final Organisation lookalike = org(41, 1L, "/1/41/");

    @Test
    void aUnitsRequestsAreDecidedByItsParentOrAbove() {
        assertThat(Approvers.approvingOrgOf(unit)).isEqualTo(4);
        assertThat(Approvers.approvingOrgOf(city)).isEqualTo(1);
        assertThat(Approvers.mayDecide(district, district)).isTrue();
        assertThat(Approvers.mayDecide(city, district)).isTrue();
        assertThat(Approvers.mayDecide(unit, district)).isFalse();
        assertThat(Approvers.mayDecide(otherDistrict, district)).isFalse();
    }

    @Test
    void quotasAreSetFromAboveExceptTheCitysOwn() {
        assertThat(Approvers.maySetQuota(district, unit)).isTrue();
        assertThat(Approvers.maySetQuota(city, unit)).isTrue();
        assertThat(Approvers.maySetQuota(unit, unit)).isFalse();
        assertThat(Approvers.maySetQuota(otherDistrict, unit)).isFalse();
        assertThat(Approvers.maySetQuota(city, city)).isTrue();
        assertThat(Approvers.maySetQuota(district, city)).isFalse();
    }

    @Test
    void pathsAreComparedWholeSegmentAtATime() {
        Organisation under41 = org(77, 41L, "/1/41/77/");
        assertThat(Approvers.maySetQuota(district, under41)).isFalse();
        assertThat(Approvers.mayDecide(district, lookalike)).isFalse();
    }
}
