package be.cpas.piis.platform.text;

/**
 * Text that every store and document of the platform can carry: the characters of XML 1.0 (tab,
 * line feed, carriage return, U+0020-U+D7FF, U+E000-U+FFFD, U+10000-U+10FFFF as surrogate pairs).
 * PostgreSQL refuses NUL, and a letter's XHTML cannot hold the other control characters, U+FFFE,
 * U+FFFF nor a lone surrogate: text holding one is refused at the door, so that it never reaches a
 * table from which a letter would later fail.
 */
public final class CarriedText {

    public static final String REFUSAL = "holds a character that cannot be stored nor printed "
            + "(a control character, U+FFFE, U+FFFF or a lone surrogate)";

    private CarriedText() {
    }

    /** The index of the first character that cannot be carried, or -1 when all can. */
    public static int firstUncarried(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!isCarried(c)) {
                return i;
            }
        }
        return -1;
    }

    public static boolean isCarried(CharSequence text) {
        return firstUncarried(text) < 0;
    }

    /**
     * {@code text} without the characters it cannot carry: for text recorded before it was refused at
     * the door, so that a letter still renders it rather than fail.
     */
    public static String withoutUncarried(String text) {
        if (isCarried(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (isCarried(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static boolean isCarried(char c) {
        return c == '\t' || c == '\n' || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
    }
}
