package be.cpas.piis.platform.json;

import java.util.Locale;

/** The lowerCamelCase code of an enum constant ([cod-design]): {@code WORKING_WITH_COMPLEMENT} is {@code workingWithComplement}. */
public final class Codes {

    private Codes() {
    }

    public static String of(Enum<?> constant) {
        String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder code = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            code.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return code.toString();
    }
}
