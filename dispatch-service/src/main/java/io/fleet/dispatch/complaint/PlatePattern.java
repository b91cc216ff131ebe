package io.fleet.dispatch.complaint;

import java.util.regex.Pattern;

import io.fleet.dispatch.common.Problems;
import io.fleet.dispatch.vehicle.Plate;

/**
 * A plate as a citizen remembers it: whole ("浙A·D9876"), with unknown characters ("浙A·D98??", "浙A*76") or only a
 * part ("D987"), with or without separators. {@link #like()} is the SQL LIKE pattern on {@code vehicle.plate_key}.
 *
 * <p>Rules: {@code ?} (or full-width ？) is one unknown character, {@code *} any run of them. A pattern that starts
 * with a province character is anchored at the start, otherwise it may sit anywhere. It is anchored at the end when
 * it ends with {@code ?} or is a whole plate (7 or 8 characters from the province on); "D987" is a part and may be
 * followed by more. Plates never use I or O, so the letters people say for 1 and 0 are read as the digits.
 */
public record PlatePattern(String text, String key, String like) {

    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final Pattern ALLOWED = Pattern.compile("[" + PROVINCES + "A-Z0-9挂学警?*]+");

    public static PlatePattern parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw Problems.badField(field, "the plate, or the part of it that was seen, is required");
        }
        String key = Plate.keyOf(text).replace('？', '?').replace('＊', '*').replace('O', '0').replace('I', '1');
        key = key.replaceAll("\\*+", "*");
        if (key.length() > 10 || !ALLOWED.matcher(key).matches()) {
            throw Problems.badField(field, "'" + text + "' is not a plate or part of one (e.g. 浙A·D98??, D987)");
        }
        long known = key.chars().filter(c -> c != '?' && c != '*').count();
        if (known < 3) {
            throw Problems.badField(field, "at least three characters of the plate are needed, '" + text + "' has " + known);
        }
        boolean province = PROVINCES.indexOf(key.charAt(0)) >= 0;
        boolean whole = province && (key.length() == 7 || key.length() == 8) && key.indexOf('*') < 0;
        StringBuilder like = new StringBuilder(province ? "" : "%");
        for (char c : key.toCharArray()) {
            like.append(c == '?' ? '_' : c == '*' ? '%' : c);
        }
        if (!(key.endsWith("?") || key.endsWith("*") || whole)) {
            like.append('%');
        }
        return new PlatePattern(text.strip(), key, like.toString().replaceAll("%+", "%"));
    }
}
