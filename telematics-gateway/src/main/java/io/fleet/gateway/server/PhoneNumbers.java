package io.fleet.gateway.server;

/**
 * The terminal identity used in Redis keys and stream entries. The header carries the SIM number as BCD digits,
 * 12 before 2019 and 20 in 2019, left-padded with zeros; stripping the padding makes both editions agree.
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** "013912345678" and "00000000013912345678" both become "13912345678"; all zeros stay "0". */
    public static String normalise(String headerPhone) {
        int first = 0;
        while (first < headerPhone.length() - 1 && headerPhone.charAt(first) == '0') {
            first++;
        }
        return headerPhone.substring(first);
    }
}
