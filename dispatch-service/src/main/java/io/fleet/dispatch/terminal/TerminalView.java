package io.fleet.dispatch.terminal;

public record TerminalView(long id, String phone, String deviceId, String maker, String model, Long vehicleId,
        boolean enabled, int version) {

    static TerminalView of(Terminal t) {
        return new TerminalView(t.id, t.phone, t.deviceId, t.maker, t.model, t.vehicleId, t.enabled, t.version);
    }
}
