package io.fleet.dispatch.terminal;

/**
 * A terminal's SIM phone number as the registry and the gateway compare it: digits only, leading zeros stripped, so
 * the 2013 header form "013912345678" and the 2019 form "00000000013912345678" are the same terminal.
 */
public final class TerminalPhone {

    private TerminalPhone() {
    }

    public static String normalise(String phone) {
        if (phone == null || phone.isBlank()) {
            throw new IllegalArgumentException("a phone number is required");
        }
        String digits = phone.strip();
        if (!digits.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("'" + phone + "' is not a phone number: digits only");
        }
        if (digits.length() > 20) {
            throw new IllegalArgumentException("'" + phone + "' is longer than the 20 digits of a 2019 header");
        }
        String stripped = digits.replaceFirst("^0+", "");
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("'" + phone + "' has no digit other than zero");
        }
        return stripped;
    }
}
