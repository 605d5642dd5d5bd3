package org.crosscheck.diff;

/** Reads the normalised keys the date extractor gives ("weekday:tuesday", "date:--03-09"). */
final class DateKeys {

    private DateKeys() {
    }

    /** The sort of date a key names: the part before the colon ("weekday", "date", "time", "year"). */
    static String sort(String key) {
        int colon = key.indexOf(':');
        String sort = colon < 0 ? key : key.substring(0, colon);
        return "date".equals(sort) && key.length() > 5 && key.charAt(5) != '-' ? "date" : sort;
    }

    /** Whether two keys can denote the same date: equal, or one a calendar date without a year that the other completes. */
    static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String da = dayMonth(a);
        String db = dayMonth(b);
        return da != null && da.equals(db);
    }

    private static String dayMonth(String key) {
        if (!key.startsWith("date:")) {
            return null;
        }
        String v = key.substring(5);
        int dash = v.indexOf("-", v.startsWith("--") ? 2 : 0);
        if (v.startsWith("--")) {
            return v.substring(2);
        }
        return v.length() >= 10 ? v.substring(5, 10) : null;
    }
}
