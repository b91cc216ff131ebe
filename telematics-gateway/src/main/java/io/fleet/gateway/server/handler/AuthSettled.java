package io.fleet.gateway.server.handler;

/** User event: an authentication check finished (either way); messages held back meanwhile may go on. */
final class AuthSettled {

    static final AuthSettled INSTANCE = new AuthSettled();

    private AuthSettled() {
    }
}
