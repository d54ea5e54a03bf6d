package ru.navyk.infrastructure.demo;

import java.util.Locale;
import java.util.Map;

/**
 * Demo e-mail addresses the way Russian companies usually make them: the first name's initial and the surname in
 * Latin letters, {@code a.smirnova@demo.navyk.ru}. Transliteration follows the common practical scheme (я → ya,
 * ю → yu, й → y, х → kh, щ → shch; ь and ъ are dropped), which keeps addresses plain ASCII.
 */
final class DemoEmails {

    static final String DOMAIN = "demo.navyk.ru";

    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""),
            Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"),
            Map.entry('я', "ya"));

    private DemoEmails() {
    }

    /** «Анна», «Смирнова» → {@code a.smirnova}. */
    static String localPart(String firstName, String lastName) {
        return latin(firstName.substring(0, 1)) + "." + latin(lastName);
    }

    static String address(String firstName, String lastName) {
        return localPart(firstName, lastName) + "@" + DOMAIN;
    }

    static String latin(String cyrillic) {
        StringBuilder latin = new StringBuilder();
        for (char c : cyrillic.toLowerCase(Locale.forLanguageTag("ru")).toCharArray()) {
            String mapped = LATIN.get(c);
            if (mapped == null) {
                throw new IllegalArgumentException("no transliteration for '" + c + "' in " + cyrillic);
            }
            latin.append(mapped);
        }
        return latin.toString();
    }
}
