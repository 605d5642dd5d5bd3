package org.crosscheck.text;

import org.apache.commons.lang3.StringUtils;

/** Letters read without their accents, so that a name written with or without them looks up alike. */
public final class Letters {
    private Letters() {
    }

    /**
     * {@code written} with accents and the letters no accent-stripping decomposes spelled the way
     * English copy spells them: "Łódź" is "Lodz", "Vardø" "Vardo", "Ærø" "Aero", "Straße"
     * "Strasse". Case is kept.
     */
    public static String plain(String written) {
        String stripped = StringUtils.stripAccents(written);
        if (stripped.chars().allMatch(c -> c < 0x80)) {
            return stripped;
        }
        StringBuilder out = new StringBuilder(stripped.length() + 4);
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            switch (c) {
                case '\u00f8' -> out.append('o');
                case '\u00d8' -> out.append('O');
                case '\u00e6' -> out.append("ae");
                case '\u00c6' -> out.append("Ae");
                case '\u0153' -> out.append("oe");
                case '\u0152' -> out.append("Oe");
                case '\u00df' -> out.append("ss");
                case '\u0131' -> out.append('i');
                case '\u00fe' -> out.append("th");
                case '\u00de' -> out.append("Th");
                case '\u00f0' -> out.append('d');
                case '\u00d0' -> out.append('D');
                case '\u0127' -> out.append('h');
                case '\u0126' -> out.append('H');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
