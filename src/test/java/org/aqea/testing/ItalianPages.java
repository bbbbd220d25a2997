package org.aqea.testing;

/**
 * Made-up pages in the Italian Wiktionary's layout: a third lemma pages (a noun with its gender and plural, a verb, an
 * adjective with its four forms; senses with subject labels; then the syllables, the pronunciation, the etymology,
 * synonyms and a translation section of twenty to fifty languages in boxes named by their sense's gloss), a third
 * inflected forms ({@code {{-sost form-}}} …), a third pages of other languages. Deterministic for a seed.
 */
public final class ItalianPages extends ThreeKindsOfPages {

    private static final String[] SYLLABLES = {"ca", "ber", "li", "to", "ma", "rro", "gue", "gna", "pe", "dro", "sa",
            "ve", "ni", "llo", "te", "ce", "ro", "chi", "bla", "zio", "du", "es", "fo", "go", "ta", "mo"};
    private static final String[] SUBJECTS = {"zoologia", "medicina", "musica", "diritto", "gastronomia", "botanica",
            "sport", "religione", "informatica", "nautica", "chimica", "anatomia"};
    private static final String[] LANGS = {"de", "en", "fr", "es", "pt", "nl", "pl", "sv", "cs", "ru", "ja", "la",
            "da", "fi", "nb", "is", "hu", "ro", "bg", "hr", "sk", "sl", "lt", "lv", "et", "el", "tr", "ar", "he", "fa",
            "hi", "zh", "ko", "vi", "th", "id", "ca", "gl", "eu", "ga", "cy", "eo", "uk", "be", "mk", "sq", "ka", "oc",
            "ast", "an"};
    private static final String[] FOREIGN = {"en", "fr", "es", "pt", "ca", "la", "de", "nl"};
    private static final String[] HEADS = {"-sost-", "-verb-", "-agg-"};

    public ItalianPages(long seed) {
        super(seed, SYLLABLES);
    }

    @Override
    String lemmaPage(String lemma, int kind) {
        StringBuilder page = new StringBuilder(8_192);
        page.append("== {{-it-}} ==\n{{").append(HEADS[kind]).append("|it}}\n");
        switch (kind) {
            case 0 -> page.append("{{Pn}} ''").append(random.nextBoolean() ? "m" : "f").append("'' {{Linkp|").append(lemma).append("s}}\n");
            case 1 -> page.append("{{Pn}}\n");
            default -> page.append("{{Pn}}\n{{Tabs|").append(lemma).append('|').append(lemma).append("s|")
                    .append(lemma).append("a|").append(lemma).append("e}}\n");
        }
        int senses = 1 + random.nextInt(random.nextInt(8) == 0 ? 15 : 5);
        String[] glosses = new String[senses];
        for (int s = 0; s < senses; s++) {
            page.append('#');
            if (random.nextBoolean()) {
                page.append(" {{Term|").append(SUBJECTS[random.nextInt(SUBJECTS.length)]).append("|it}}");
            }
            glosses[s] = madeUp.word() + " " + madeUp.sentence(3 + random.nextInt(10));
            page.append(" [[").append(glosses[s].replaceFirst(" ", "]] ")).append('\n');
            if (random.nextInt(3) == 0) {
                page.append("#* ''").append(MadeUpWords.capitalize(madeUp.sentence(6 + random.nextInt(8)))).append(".''\n");
            }
        }
        page.append("\n{{-sill-}}\n; ").append(String.join(" | ", lemma.split("(?<=[aeiou])(?=[^aeiou])"))).append("\n\n{{-pron-}}\n{{IPA|/")
                .append(lemma.replaceAll("[-0-9]", "")).append("/}}\n\n{{-etim-}}\ndal [[latino]] ''[[").append(madeUp.word())
                .append("]]''\n\n{{-sin-}}\n* [[").append(madeUp.word()).append("]], [[").append(madeUp.word()).append("]]\n\n{{-trad-}}\n");
        int languages = 20 + random.nextInt(31);
        int perBox = Math.max(1, languages / senses);
        for (int l = 0; l < languages && l < LANGS.length; l++) {
            if (l % perBox == 0) {
                page.append(l == 0 ? "" : "{{Trad2}}\n").append("{{Trad1|").append(glosses[Math.min(l / perBox, senses - 1)]).append("}}\n");
            }
            page.append(":* {{").append(LANGS[l]).append("}}: [[").append(madeUp.word()).append("]]");
            if (random.nextInt(3) == 0) {
                page.append(", [[").append(madeUp.word()).append("]]");
            }
            page.append('\n');
        }
        page.append("{{Trad2}}\n\n{{-ref-}}\n* {{Fonte|trec}}\n");
        return page.toString();
    }

    @Override
    String formPage(String lemma, int kind) {
        String heading = kind == 0 ? "-sost form-" : kind == 1 ? "-verb form-" : "-agg form-";
        String definition = kind == 0 ? "plurale di [[" + lemma + "]]" : kind == 1 ? "seconda persona singolare dell'indicativo presente di [["
                + lemma + "]]" : "plurale di [[" + lemma + "]]";
        return "== {{-it-}} ==\n{{" + heading + "}}\n{{Pn}}\n# " + definition + "\n\n{{-etim-}}\n{{Etim-link|" + lemma + "}}\n";
    }

    @Override
    String foreignPage(String title) {
        String code = FOREIGN[random.nextInt(FOREIGN.length)];
        return "== {{-" + code + "-}} ==\n{{-sost-|" + code + "}}\n{{Pn}} ''m''\n# [[" + madeUp.word() + "]]\n\n{{-trad-}}\n"
                + "{{Trad1|}}\n:* {{en}}: [[" + madeUp.word() + "]]\n{{Trad2}}\n";
    }
}
