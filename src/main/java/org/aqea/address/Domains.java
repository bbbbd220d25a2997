package org.aqea.address;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The AA byte: language domains of AQEA v1. Entries of other languages are stored without address. */
public final class Domains {

    private static final Map<String, Integer> BY_LANGUAGE = Map.ofEntries(
            Map.entry("de", 0x20), Map.entry("en", 0x21), Map.entry("fr", 0x22), Map.entry("es", 0x23),
            Map.entry("it", 0x24), Map.entry("pt", 0x25), Map.entry("ru", 0x26), Map.entry("zh", 0x27),
            Map.entry("ja", 0x28), Map.entry("ar", 0x29),
            // added in v1
            Map.entry("nl", 0x2A), Map.entry("pl", 0x2B), Map.entry("sv", 0x2C), Map.entry("cs", 0x2D),
            Map.entry("ca", 0x2E), Map.entry("la", 0x2F));

    private Domains() {
    }

    /** The language codes that have a domain. */
    public static Set<String> languages() {
        return BY_LANGUAGE.keySet();
    }

    public static Optional<Integer> of(String langCode) {
        return Optional.ofNullable(langCode == null ? null : BY_LANGUAGE.get(langCode));
    }

    /** The domain of the language as AQEA entries show it ({@code 0x20}). */
    public static Optional<String> hexOf(String langCode) {
        return of(langCode).map(domain -> String.format(Locale.ROOT, "0x%02X", domain));
    }

    public static Optional<String> languageOf(int domain) {
        return BY_LANGUAGE.entrySet().stream().filter(e -> e.getValue() == domain).map(Map.Entry::getKey).findFirst();
    }
}
