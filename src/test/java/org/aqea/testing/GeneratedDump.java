package org.aqea.testing;

import java.util.List;

/** The kinds of made-up dump the benchmarks and the generator write, chosen by a command-line word. */
public enum GeneratedDump {
    /** German Wiktionary's mix of lemma and form pages. */
    GERMAN("dewiktionary", "de", ""),
    /** German lemma pages as big as the biggest real ones (option {@code heavy}). */
    GERMAN_HEAVY("dewiktionary", "de", "heavy"),
    /** The German edition's whole mix, for a dump of its real size (option {@code edition}). */
    GERMAN_EDITION("dewiktionary", "de", "edition"),
    /** English Wiktionary's mix of pages (option {@code en}). */
    ENGLISH("enwiktionary", "en", "en"),
    /** French Wiktionary's mix of pages (option {@code fr}). */
    FRENCH("frwiktionary", "fr", "fr"),
    /** Spanish Wiktionary's mix of pages (option {@code es}). */
    SPANISH("eswiktionary", "es", "es"),
    /** Italian Wiktionary's mix of pages (option {@code it}). */
    ITALIAN("itwiktionary", "it", "it"),
    /** Portuguese Wiktionary's mix of pages (option {@code pt}). */
    PORTUGUESE("ptwiktionary", "pt", "pt"),
    /** Dutch Wiktionary's mix of pages (option {@code nl}). */
    DUTCH("nlwiktionary", "nl", "nl");

    private final String wiki;
    private final String edition;
    private final String option;

    GeneratedDump(String wiki, String edition, String option) {
        this.wiki = wiki;
        this.edition = edition;
        this.option = option;
    }

    /** The kind a command line's options name, German when they name none. */
    public static GeneratedDump of(List<String> options) {
        for (GeneratedDump kind : values()) {
            if (!kind.option.isEmpty() && options.contains(kind.option)) {
                return kind;
            }
        }
        return GERMAN;
    }

    public List<DumpFiles.Page> pages(int count, long seed) {
        return switch (this) {
            case GERMAN -> new GermanPages(seed).pages(count);
            case GERMAN_HEAVY -> GermanPages.heavy(seed).pages(count);
            case GERMAN_EDITION -> GermanPages.wholeEdition(seed).pages(count);
            case ENGLISH -> new EnglishPages(seed).pages(count);
            case FRENCH -> new FrenchPages(seed).pages(count);
            case SPANISH -> new SpanishPages(seed).pages(count);
            case ITALIAN -> new ItalianPages(seed).pages(count);
            case PORTUGUESE -> new PortuguesePages(seed).pages(count);
            case DUTCH -> new DutchPages(seed).pages(count);
        };
    }

    /** The wiki its siteinfo names: {@code dewiktionary}. */
    public String wiki() {
        return wiki;
    }

    /** The edition that reads it: {@code de}. */
    public String edition() {
        return edition;
    }

    /** For a benchmark's title: "" for the German mix, else " on heavy pages", " on English pages" ... */
    public String onWhat() {
        return switch (this) {
            case GERMAN -> "";
            case GERMAN_HEAVY -> " on heavy pages";
            case GERMAN_EDITION -> " on the German edition's mix";
            case ENGLISH -> " on English pages";
            case FRENCH -> " on French pages";
            case SPANISH -> " on Spanish pages";
            case ITALIAN -> " on Italian pages";
            case PORTUGUESE -> " on Portuguese pages";
            case DUTCH -> " on Dutch pages";
        };
    }

    /** For names and titles: "" for the German mix, else its option ({@code heavy}, {@code en}). */
    public String option() {
        return option;
    }
}
