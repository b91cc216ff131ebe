package io.fleet.dispatch.complaint;

/** How the complaint reached us: the 12345 hotline (staff type it), the car's QR code, the web form, the console. */
public enum Channel {
    HOTLINE, QR, WEB, CONSOLE
}
