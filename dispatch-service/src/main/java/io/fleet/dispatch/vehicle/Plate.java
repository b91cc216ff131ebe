package io.fleet.dispatch.vehicle;

import java.util.regex.Pattern;

/**
 * A Chinese licence plate as written ("浙A·D9876", "浙AD98765" for new-energy, "浙A12345警"). The key drops the
 * separators and folds case, so "浙a d9876" and "浙A·D9876" are one plate; the written form is kept for display.
 */
public record Plate(String written, String key) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s·•.\\-]");
    /** Province, issuing-office letter, then 5 (ordinary) or 6 (new-energy) characters; I and O are never used. */
    private static final Pattern KEY = Pattern.compile(
            "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警]");

    public static Plate parse(String written) {
        if (written == null) {
            throw new IllegalArgumentException("a plate is required");
        }
        String key = keyOf(written);
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("'" + written + "' is not a Chinese licence plate (e.g. 浙A·D9876)");
        }
        return new Plate(written.strip(), key);
    }

    /** The comparable form of any plate text, also of partial plates typed by complaint handlers. */
    public static String keyOf(String text) {
        return SEPARATORS.matcher(text.strip()).replaceAll("").toUpperCase(java.util.Locale.ROOT);
    }
}
