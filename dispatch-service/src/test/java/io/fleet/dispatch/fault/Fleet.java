package io.fleet.dispatch.fault;

import java.util.Map;

/** Registered vehicles of one scenario: terminal n has phone firstPhone + n. */
record Fleet(long firstPhone, Map<String, Long> vehicleOfPhone) {

    int size() {
        return vehicleOfPhone.size();
    }
}
