package org.aqea.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up pages in the German Wiktionary format, shaped like the real mix: about a third lemma pages (nouns,
 * verbs, adjectives, with tables, pronunciation, senses, examples, relations and translation tables; some with a
 * second language) and two thirds inflected-form pages; or, from {@link #heavy}, only lemma pages like the biggest real
 * ones (20 to 30 KB: many senses with several examples and their sources, translation tables of some fifty languages,
 * inflection tables, word formation, idioms; half of them with a second language). Deterministic for a seed.
 */
public final class GermanPages {

    private static final String[] SYLLABLES = {"ka", "ber", "lin", "ge", "sund", "haus", "mo", "ter", "wal", "do",
            "ri", "stein", "feld", "an", "ma", "ke", "lo", "tur", "bau", "ne", "zi", "pfer", "schu", "le", "ö", "ü", "ä"};
    private static final String[] FIELDS = {"Biologie", "Medizin", "Technik", "Musik", "Recht", "Gastronomie",
            "Zoologie", "Botanik", "Sport", "Religion"};
    private static final String[] LANGS = {"en", "fr", "es", "it", "pt", "nl", "pl", "sv", "cs", "ru", "ja", "la"};
    private static final String[] MANY_LANGS = {"en", "fr", "es", "it", "pt", "nl", "pl", "sv", "cs", "ru", "ja", "la",
            "da", "fi", "no", "is", "hu", "ro", "bg", "hr", "sk", "sl", "lt", "lv", "et", "el", "tr", "ar", "he", "fa",
            "hi", "zh", "ko", "vi", "th", "id", "ca", "gl", "eu", "ga", "cy", "eo", "uk", "be", "sr", "mk", "sq", "ka"};

    private static final String[] FORM_OF = {"Genitiv Singular des Substantivs", "1. Person Singular Präsens Indikativ des Verbs",
            "Nominativ Singular Femininum der Positivform des Adjektivs"};
    /** The endings of a noun's, a verb's and an adjective's form pages (a verb's participle {@code ge-...-t} besides). */
    private static final String[][] FORM_ENDINGS = {{"s", "e", "en"}, {"e", "st", "t", "te", "test", "ten", "tet"},
            {"e", "en", "er", "es", "em", "ere"}};
    private static final String[] OTHER_LANGUAGES = {"Englisch", "Französisch", "Latein", "Italienisch", "Spanisch",
            "Niederländisch", "Schwedisch", "Polnisch"};

    private final Random random;
    private final MadeUpWords madeUp;
    private final Mode mode;
    private long nextId = 1;
    private final java.util.Set<String> titles = new java.util.HashSet<>();

    private enum Mode { MIX, HEAVY, EDITION }

    public GermanPages(long seed) {
        this(seed, Mode.MIX);
    }

    private GermanPages(long seed, Mode mode) {
        this.random = new Random(seed);
        this.madeUp = new MadeUpWords(random, SYLLABLES, 6);
        this.mode = mode;
    }

    /** Lemma pages only, each as big as the biggest real ones. */
    public static GermanPages heavy(long seed) {
        return new GermanPages(seed, Mode.HEAVY);
    }

    /**
     * The whole edition's mix, for a dump of its real size (about 1.2 million pages): for each German lemma (noun,
     * verb or adjective, compound words of two to six syllables) its page, one in 25 as big as the biggest real ones,
     * and a page for each of its inflected forms, as the edition has them (three of a noun, eight of a verb, six of an
     * adjective); beside them pages of other languages' words (one for every four German lemmas, some with two
     * languages) and redirects (one for every forty). So four pages in five are short form pages.
     */
    public static GermanPages wholeEdition(long seed) {
        return new GermanPages(seed, Mode.EDITION);
    }

    public List<DumpFiles.Page> pages(int count) {
        if (mode == Mode.EDITION) {
            return editionPages(count);
        }
        List<DumpFiles.Page> pages = new ArrayList<>(count);
        titles.clear();
        while (pages.size() < count) {
            String drawn = MadeUpWords.capitalize(madeUp.word());
            int kind = random.nextInt(3);
            // Titles are unique in a dump; the made-up words run out after some ten thousand lemmas, so a lemma that
            // exists already gets a distinguishing ending.
            String lemma = drawn;
            for (int n = 2; titles.contains(lemma) || titles.contains(lemma.toLowerCase() + "en")
                    || titles.contains(lemma + "s") || titles.contains(lemma + "n"); n++) {
                lemma = drawn + SYLLABLES[n % SYLLABLES.length] + n;
            }
            titles.add(lemma);
            titles.add(lemma.toLowerCase() + "en");
            titles.add(lemma + "s");
            titles.add(lemma + "n");
            pages.add(DumpFiles.Page.article(nextId++, kind == 1 ? lemma.toLowerCase() + "en" : lemma, lemmaPage(lemma, kind, mode == Mode.HEAVY)));
            for (int i = 0; i < 2 && mode == Mode.MIX && pages.size() < count; i++) {
                String form = lemma + (i == 0 ? "s" : "n");
                pages.add(DumpFiles.Page.article(nextId++, form, formPage(form, lemma, 0)));
            }
        }
        return pages;
    }

    private String lemmaPage(String lemma, int kind, boolean big) {
        StringBuilder page = new StringBuilder(4096);
        String title = kind == 1 ? lemma.toLowerCase() + "en" : lemma;
        page.append("{{Siehe auch|[[").append(title.toLowerCase()).append("]]}}\n");
        page.append("== ").append(title).append(" ({{Sprache|Deutsch}}) ==\n");
        switch (kind) {
            case 0 -> {
                String gender = new String[] {"m", "f", "n"}[random.nextInt(3)];
                page.append("=== {{Wortart|Substantiv|Deutsch}}, {{").append(gender).append("}} ===\n\n")
                        .append("{{Deutsch Substantiv Übersicht\n|Genus=").append(gender)
                        .append("\n|Nominativ Singular=").append(title).append("\n|Nominativ Plural=").append(title).append("e")
                        .append("\n|Genitiv Singular=").append(title).append("s\n|Genitiv Singular*=").append(title).append("es")
                        .append("\n|Genitiv Plural=").append(title).append("e\n|Dativ Singular=").append(title)
                        .append("\n|Dativ Plural=").append(title).append("en\n|Akkusativ Singular=").append(title)
                        .append("\n|Akkusativ Plural=").append(title).append("e\n}}\n\n");
            }
            case 1 -> page.append("=== {{Wortart|Verb|Deutsch}} ===\n\n{{Deutsch Verb Übersicht\n|Präsens_ich=")
                    .append(title, 0, title.length() - 1).append("\n|Präsens_du=").append(title, 0, title.length() - 2)
                    .append("st\n|Präsens_er, sie, es=").append(title, 0, title.length() - 2).append("t\n|Präteritum_ich=")
                    .append(title, 0, title.length() - 2).append("te\n|Partizip II=ge").append(title, 0, title.length() - 2)
                    .append("t\n|Konjunktiv II_ich=").append(title, 0, title.length() - 2).append("te\n|Imperativ Singular=")
                    .append(title, 0, title.length() - 2).append("\n|Imperativ Plural=").append(title, 0, title.length() - 2)
                    .append("t\n|Hilfsverb=haben\n}}\n\n");
            default -> page.append("=== {{Wortart|Adjektiv|Deutsch}} ===\n\n{{Deutsch Adjektiv Übersicht\n|Positiv=")
                    .append(title).append("\n|Komparativ=").append(title).append("er\n|Superlativ=am ").append(title)
                    .append("sten\n}}\n\n");
        }
        page.append("{{Worttrennung}}\n:").append(title).append(", {{Pl.}} ").append(title).append("·e\n\n");
        page.append("{{Aussprache}}\n:{{IPA}} {{Lautschrift|ˈ").append(title.toLowerCase()).append("}}, {{Pl.}} {{Lautschrift|ˈ")
                .append(title.toLowerCase()).append("ə}}\n:{{Hörbeispiele}} {{Audio|De-").append(title).append(".ogg}}\n")
                .append(":{{Reime}} {{Reim|").append(title.substring(Math.max(0, title.length() - 3))).append("|Deutsch}}\n\n");
        int senses = big ? 10 + random.nextInt(14) : 1 + random.nextInt(4);
        page.append("{{Bedeutungen}}\n");
        for (int s = 1; s <= senses; s++) {
            page.append(":[").append(s).append("] ");
            if (random.nextBoolean()) {
                page.append("{{K|").append(FIELDS[random.nextInt(FIELDS.length)]).append("}} ");
            }
            page.append(madeUp.sentence(6 + random.nextInt(10))).append("<ref>").append(madeUp.sentence(4)).append("</ref>\n");
            if (big && random.nextInt(3) == 0) {
                page.append("::[").append(s).append("a] ").append(madeUp.sentence(5 + random.nextInt(6))).append('\n');
            }
        }
        page.append("\n{{Herkunft}}\n:[[Ableitung]] von [[").append(madeUp.word()).append("]] ''").append(madeUp.word()).append("''\n\n");
        appendLinks(page, "Synonyme", senses);
        appendLinks(page, "Oberbegriffe", senses);
        appendLinks(page, "Unterbegriffe", senses);
        page.append("{{Beispiele}}\n");
        for (int s = 1; s <= senses; s++) {
            for (int e = big ? 1 + random.nextInt(3) : 1; e > 0; e--) {
                page.append(":[").append(s).append("] ").append(madeUp.sentence(8 + random.nextInt(8))).append('.');
                if (big) {
                    page.append("<ref>{{Literatur|Autor=").append(MadeUpWords.capitalize(madeUp.word())).append("|Titel=").append(madeUp.sentence(4))
                            .append("|Verlag=").append(MadeUpWords.capitalize(madeUp.word())).append("|Ort=").append(MadeUpWords.capitalize(madeUp.word()))
                            .append("|Jahr=").append(1900 + random.nextInt(125)).append("|Seiten=").append(random.nextInt(400))
                            .append("}}</ref>");
                }
                page.append('\n');
            }
        }
        if (big) {
            appendLinks(page, "Redewendungen", senses / 2);
            appendLinks(page, "Charakteristische Wortkombinationen", senses);
            appendLinks(page, "Wortbildungen", senses / 2);
        }
        page.append("\n==== {{Übersetzungen}} ====\n");
        for (int s = 1; s <= senses; s++) {
            page.append("{{Ü-Tabelle|").append(s).append("|G=").append(madeUp.sentence(3)).append("|Ü-Liste=\n");
            for (String lang : big && s <= 3 ? MANY_LANGS : LANGS) {
                if (random.nextInt(3) > 0) {
                    page.append("*{{").append(lang).append("}}: {{Ü|").append(lang).append('|').append(madeUp.word())
                            .append("}}, {{Ü|").append(lang).append('|').append(madeUp.word()).append("}}\n");
                }
            }
            page.append("}}\n");
        }
        page.append("\n{{Referenzen}}\n:[1] {{Wikipedia|").append(title).append("}}\n:[1] {{Ref-DWDS|").append(title).append("}}\n");
        if (random.nextInt(big ? 2 : 5) == 0) {
            page.append("\n== ").append(title).append(" ({{Sprache|Englisch}}) ==\n=== {{Wortart|Substantiv|Englisch}} ===\n")
                    .append("{{Worttrennung}}\n:").append(title).append("\n{{Bedeutungen}}\n:[1] ").append(madeUp.sentence(5))
                    .append("\n==== {{Übersetzungen}} ====\n{{Ü-Tabelle|1|Ü-Liste=\n*{{de}}: {{Ü|de|").append(title).append("}}\n}}\n");
        }
        return page.toString();
    }

    private String formPage(String form, String lemma, int kind) {
        return "== " + form + " ({{Sprache|Deutsch}}) ==\n=== {{Wortart|" + (kind == 1 ? "Konjugierte" : "Deklinierte")
                + " Form|Deutsch}} ===\n\n{{Worttrennung}}\n:" + form + "\n\n{{Aussprache}}\n:{{IPA}} {{Lautschrift|ˈ"
                + form.toLowerCase() + "}}\n:{{Hörbeispiele}} {{Audio|}}\n\n{{Grammatische Merkmale}}\n*"
                + FORM_OF[kind] + " '''[[" + lemma + "]]'''\n\n{{Grundformverweis " + (kind == 1 ? "Konj" : "Dekl") + "|"
                + lemma + "}}\n";
    }

    private List<DumpFiles.Page> editionPages(int count) {
        List<DumpFiles.Page> pages = new ArrayList<>(count);
        titles.clear();
        while (pages.size() < count) {
            int draw = random.nextInt(20);
            int kind = draw < 9 ? 0 : draw < 14 ? 1 : 2;
            String word = madeUp.word() + madeUp.word();
            String title = kind == 0 ? MadeUpWords.capitalize(word) : kind == 1 ? word + "en" : word;
            String stem = kind == 0 ? title : word;
            List<String> forms = new ArrayList<>();
            for (String ending : FORM_ENDINGS[kind]) {
                forms.add(stem + ending);
            }
            if (kind == 1) {
                forms.add("ge" + stem + "t");
            }
            if (titles.contains(title) || forms.stream().anyMatch(titles::contains)) {
                continue;
            }
            titles.add(title);
            titles.addAll(forms);
            pages.add(DumpFiles.Page.article(nextId++, title, lemmaPage(stem, kind,
                    random.nextInt(25) == 0)));
            for (String form : forms) {
                pages.add(DumpFiles.Page.article(nextId++, form, formPage(form, title, kind)));
            }
            if (random.nextInt(4) == 0) {
                String other = madeUp.word() + madeUp.word() + "o";
                if (titles.add(other)) {
                    pages.add(DumpFiles.Page.article(nextId++, other, otherLanguagesPage(other)));
                }
            }
            if (random.nextInt(40) == 0 && titles.add(title + "h")) {
                pages.add(new DumpFiles.Page(title + "h", 0, nextId++, "#WEITERLEITUNG [[" + title + "]]", title));
            }
        }
        return pages.subList(0, count);
    }

    /** A word of one or two other languages: its headings, hyphenation, pronunciation and a sense or two. */
    private String otherLanguagesPage(String title) {
        StringBuilder page = new StringBuilder(512);
        for (int n = random.nextInt(4) == 0 ? 2 : 1; n > 0; n--) {
            String language = OTHER_LANGUAGES[random.nextInt(OTHER_LANGUAGES.length)];
            String pos = random.nextBoolean() ? "Substantiv" : "Verb";
            page.append("== ").append(title).append(" ({{Sprache|").append(language).append("}}) ==\n=== {{Wortart|")
                    .append(pos).append('|').append(language).append("}} ===\n\n{{Worttrennung}}\n:").append(title)
                    .append("\n\n{{Aussprache}}\n:{{IPA}} {{Lautschrift|").append(title).append("}}\n\n{{Bedeutungen}}\n");
            for (int s = 1, senses = 1 + random.nextInt(2); s <= senses; s++) {
                page.append(":[").append(s).append("] [[").append(MadeUpWords.capitalize(madeUp.word())).append("]], ")
                        .append(madeUp.sentence(3)).append('\n');
            }
            page.append('\n');
        }
        return page.toString();
    }

    private void appendLinks(StringBuilder page, String section, int senses) {
        page.append("{{").append(section).append("}}\n");
        for (int s = 1; s <= senses; s++) {
            page.append(":[").append(s).append("] [[").append(MadeUpWords.capitalize(madeUp.word())).append("]], [[")
                    .append(MadeUpWords.capitalize(madeUp.word())).append("]]\n");
        }
        page.append('\n');
    }
}
