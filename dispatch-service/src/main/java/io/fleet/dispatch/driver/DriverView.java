package io.fleet.dispatch.driver;

public record DriverView(long id, long orgId, String name, String phone, LicenceClass licenceClass,
        int dailyLimitMinutes, DriverStatus status, int version) {

    static DriverView of(Driver d) {
        return new DriverView(d.id, d.orgId, d.name, d.phone, d.licenceClass, d.dailyLimitMinutes, d.status, d.version);
    }
}
