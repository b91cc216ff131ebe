package io.fleet.dispatch.routing;

/** Both points are on the map but no road connects them for this profile (e.g. different islands, one-way traps). */
public class NoRouteException extends RuntimeException {

    public NoRouteException(String message) {
        super(message, null, false, false);
    }
}
