package io.fleet.gateway.codec.message;

/** JT/T 808 message ids this library names. 0x0xxx are uplink (terminal → platform), 0x8xxx downlink. */
public final class MessageIds {

    public static final int TERMINAL_GENERAL_RESPONSE = 0x0001;
    public static final int HEARTBEAT = 0x0002;
    public static final int TERMINAL_LOGOUT = 0x0003;
    public static final int PACKET_RESEND_REQUEST = 0x0005;
    public static final int TERMINAL_REGISTRATION = 0x0100;
    public static final int TERMINAL_AUTHENTICATION = 0x0102;
    public static final int QUERY_PARAMETERS_RESPONSE = 0x0104;
    public static final int TERMINAL_ATTRIBUTES_RESPONSE = 0x0107;
    public static final int LOCATION_REPORT = 0x0200;
    public static final int LOCATION_QUERY_RESPONSE = 0x0201;
    public static final int DRIVER_IDENTITY = 0x0702;
    public static final int LOCATION_BATCH_UPLOAD = 0x0704;
    public static final int MULTIMEDIA_EVENT = 0x0800;
    public static final int MULTIMEDIA_UPLOAD = 0x0801;
    public static final int TAKE_PHOTO_RESPONSE = 0x0805;
    public static final int TRANSPARENT_UPLINK = 0x0900;
    public static final int TERMINAL_RSA_KEY = 0x0A00;

    public static final int PLATFORM_GENERAL_RESPONSE = 0x8001;
    public static final int RETRANSMISSION_REQUEST = 0x8003;
    public static final int REGISTRATION_RESPONSE = 0x8100;
    public static final int SET_PARAMETERS = 0x8103;
    public static final int QUERY_PARAMETERS = 0x8104;
    public static final int TERMINAL_CONTROL = 0x8105;
    public static final int QUERY_ATTRIBUTES = 0x8107;
    public static final int LOCATION_QUERY = 0x8201;
    public static final int TEMPORARY_TRACKING = 0x8202;
    public static final int TEXT_MESSAGE = 0x8300;
    public static final int SET_CIRCLE_AREAS = 0x8600;
    public static final int DELETE_CIRCLE_AREAS = 0x8601;
    public static final int SET_RECTANGLE_AREAS = 0x8602;
    public static final int DELETE_RECTANGLE_AREAS = 0x8603;
    public static final int SET_POLYGON_AREA = 0x8604;
    public static final int DELETE_POLYGON_AREAS = 0x8605;
    public static final int TAKE_PHOTO = 0x8801;
    public static final int PLATFORM_RSA_KEY = 0x8A00;

    private MessageIds() {
    }
}
