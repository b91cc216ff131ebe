package io.fleet.dispatch.terminal.command;

/** The remote commands the platform sends, each one JT/T 808 downlink message. */
public enum CommandKind {
    /** 0x8300: a text shown or spoken to the driver. */
    TEXT_MESSAGE(0x8300),
    /** 0x8201: report the position now (answered by 0x0201). */
    LOCATION_QUERY(0x8201),
    /** 0x8104: report every parameter (answered by 0x0104). */
    QUERY_PARAMETERS(0x8104),
    /** 0x8103: set parameters. */
    SET_PARAMETERS(0x8103),
    /** 0x8105: terminal control (upgrade, connect elsewhere, power off, reset, factory reset, close links). */
    TERMINAL_CONTROL(0x8105),
    /** 0x8500: vehicle control (door lock; makers use further bits for fuel or power cut-off). */
    VEHICLE_CONTROL(0x8500);

    private final int messageId;

    CommandKind(int messageId) {
        this.messageId = messageId;
    }

    public int messageId() {
        return messageId;
    }
}
