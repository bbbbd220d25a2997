package org.aqea.testing;

/**
 * Made-up pages in the Dutch Wiktionary's layout (WikiWoordenboek:Stramien): a third lemma pages (the language's
 * pronunciation, syllables and etymology first; a noun with its gender and {@code {{-nlnoun-}}} forms, a verb, an
 * adjective; senses with labels and {@code {{bijv-1}}} examples; synonyms and a translation table of twenty to fifty
 * languages in three-letter codes), a third inflected forms, a third pages of other languages. Deterministic for a
 * seed.
 */
public final class DutchPages extends ThreeKindsOfPages {

    private static final String[] SYLLABLES = {"ka", "ber", "li", "to", "ma", "ren", "ge", "ij", "pe", "dro", "sa",
            "ve", "ni", "lo", "te", "ui", "ro", "oo", "bla", "sch", "du", "es", "fo", "go", "ta", "mo"};
    private static final String[] SUBJECTS = {"zoölogie", "geneeskunde", "muziek", "recht", "voeding", "plantkunde",
            "sport", "religie", "informatica", "scheepvaart", "scheikunde", "anatomie"};
    private static final String[] LANGS = {"deu", "eng", "fra", "spa", "ita", "por", "pol", "swe", "ces", "rus", "jpn",
            "lat", "dan", "fin", "nob", "isl", "hun", "ron", "bul", "hrv", "slk", "slv", "lit", "lav", "est", "ell", "tur",
            "ara", "heb", "fas", "hin", "zho", "kor", "vie", "tha", "ind", "cat", "glg", "eus", "gle", "cym", "epo", "ukr",
            "bel", "mkd", "sqi", "kat", "oci", "ast", "arg"};
    private static final String[] FOREIGN = {"eng", "fra", "deu", "spa", "ita", "lat", "fry", "afr"};
    private static final String[] HEADS = {"-noun-", "-verb-", "-adjc-"};

    public DutchPages(long seed) {
        super(seed, SYLLABLES);
    }

    @Override
    String lemmaPage(String lemma, int kind) {
        StringBuilder page = new StringBuilder(8_192);
        page.append("{{=nld=}}\n{{-pron-}}\n*{{sound}}: {{audio|nl-").append(lemma).append(".ogg|").append(lemma)
                .append("}}\n*{{WikiW|IPA}}: {{IPA|/").append(lemma.replaceAll("[-0-9]", "")).append("/|nld}}\n{{-syll-}}\n*")
                .append(String.join("·", lemma.split("(?<=[aeiou])(?=[^aeiou])"))).append("\n{{-etym-}}\n*Afgeleid van [[")
                .append(madeUp.word()).append("]].\n{{").append(HEADS[kind]).append("|nld}}\n");
        if (kind == 0) {
            page.append("{{-nlnoun-|").append(lemma).append('|').append(lemma).append("s|").append(lemma).append("tje|")
                    .append(lemma).append("tjes}}\n{{-l-|").append(random.nextBoolean() ? "m" : "n").append("}}\n");
        }
        int senses = 1 + random.nextInt(random.nextInt(8) == 0 ? 15 : 5);
        for (int s = 0; s < senses; s++) {
            page.append('#');
            if (random.nextBoolean()) {
                page.append("{{").append(SUBJECTS[random.nextInt(SUBJECTS.length)]).append("|nld}} ");
            }
            page.append("[[").append(madeUp.word()).append("]] ").append(madeUp.sentence(3 + random.nextInt(10))).append('\n');
            if (random.nextInt(3) == 0) {
                page.append("{{bijv-1|").append(MadeUpWords.capitalize(madeUp.sentence(6 + random.nextInt(8)))).append(".}}\n");
            }
        }
        page.append("{{-syn-}}\n*[1] [[").append(madeUp.word()).append("]], [[").append(madeUp.word()).append("]]\n{{-trans-}}\n")
                .append("{{trans-top|1. ").append(madeUp.word()).append("}}\n");
        int languages = 20 + random.nextInt(31);
        for (int l = 0; l < languages && l < LANGS.length; l++) {
            page.append("*{{").append(LANGS[l]).append("}}: {{trad|").append(LANGS[l]).append('|').append(madeUp.word()).append("}}");
            if (random.nextInt(3) == 0) {
                page.append(" {{").append(random.nextBoolean() ? "m" : "f").append("}}");
            }
            page.append('\n');
        }
        page.append("{{trans-bottom}}\n");
        return page.toString();
    }

    @Override
    String formPage(String lemma, int kind) {
        String definition = kind == 0 ? "meervoud van [[" + lemma + "]]" : kind == 1 ? "tweede persoon enkelvoud tegenwoordige tijd van [["
                + lemma + "]]" : "verbogen vorm van [[" + lemma + "]]";
        return "{{=nld=}}\n{{" + HEADS[kind] + "|nld}}\n#" + definition + "\n";
    }

    @Override
    String foreignPage(String title) {
        String code = FOREIGN[random.nextInt(FOREIGN.length)];
        return "{{=" + code + "=}}\n{{-noun-|" + code + "}}\n#[[" + madeUp.word() + "]]\n{{-trans-}}\n{{trans-top|1.}}\n*{{eng}}: {{trad|eng|"
                + madeUp.word() + "}}\n{{trans-bottom}}\n";
    }
}
