package org.aqea.testing;

/**
 * Made-up pages in the Portuguese Wiktionary's layout: a third lemma pages (a noun with its gender and
 * {@code {{flex.pt}}} forms, a verb, an adjective; syllables by stress; senses with {@code {{escopo}}} labels and
 * examples; a translation table of twenty to fifty languages and synonyms under the part of speech; the language's
 * pronunciation by region and etymology), a third inflected forms ({@code ==Forma verbal==} …), a third pages of other
 * languages. Deterministic for a seed.
 */
public final class PortuguesePages extends ThreeKindsOfPages {

    private static final String[] SYLLABLES = {"ca", "ber", "li", "to", "ma", "rro", "gue", "nha", "pe", "dro", "sa",
            "ve", "ni", "lho", "te", "ção", "ro", "qui", "bla", "ão", "du", "es", "fo", "go", "ta", "mo"};
    private static final String[] SUBJECTS = {"Zoologia", "Medicina", "Música", "Direito", "Culinária", "Botânica",
            "Desporto", "Religião", "Informática", "Náutica", "Química", "Anatomia"};
    private static final String[] LANGS = {"de", "en", "fr", "es", "it", "nl", "pl", "sv", "cs", "ru", "ja", "la",
            "da", "fi", "nb", "is", "hu", "ro", "bg", "hr", "sk", "sl", "lt", "lv", "et", "el", "tr", "ar", "he", "fa",
            "hi", "zh", "ko", "vi", "th", "id", "ca", "gl", "eu", "ga", "cy", "eo", "uk", "be", "mk", "sq", "ka", "oc",
            "ast", "an"};
    private static final String[] FOREIGN = {"en", "fr", "es", "it", "ca", "la", "de", "gl"};
    private static final String[] HEADS = {"Substantivo", "Verbo", "Adjetivo"};

    public PortuguesePages(long seed) {
        super(seed, SYLLABLES);
    }

    @Override
    String lemmaPage(String lemma, int kind) {
        StringBuilder page = new StringBuilder(8_192);
        page.append("={{-pt-}}=\n==").append(HEADS[kind]).append("==\n");
        if (kind != 1) {
            page.append("{{flex.pt|ms=").append(lemma).append("|mp=").append(lemma).append("s}}\n");
        }
        page.append("{{paroxítona|").append(String.join("|", lemma.split("(?<=[aeiou])(?=[^aeiou])"))).append('}');
        page.append(kind == 0 ? "}, {{" + (random.nextBoolean() ? "m" : "f") + "}}\n" : "}\n");
        int senses = 1 + random.nextInt(random.nextInt(8) == 0 ? 15 : 5);
        for (int s = 0; s < senses; s++) {
            page.append('#');
            if (random.nextBoolean()) {
                page.append(" {{escopo|pt|").append(SUBJECTS[random.nextInt(SUBJECTS.length)]).append("}}");
            }
            page.append(" [[").append(madeUp.word()).append("]] ").append(madeUp.sentence(3 + random.nextInt(10))).append('\n');
            if (random.nextInt(3) == 0) {
                page.append("#* ''").append(MadeUpWords.capitalize(madeUp.sentence(6 + random.nextInt(8)))).append(".''\n");
            }
        }
        page.append("\n===Sinônimos===\n* [[").append(madeUp.word()).append("]], [[").append(madeUp.word()).append("]]\n\n===Tradução===\n{{tradini}}\n");
        int languages = 20 + random.nextInt(31);
        for (int l = 0; l < languages && l < LANGS.length; l++) {
            if (l == languages / 2) {
                page.append("{{tradmeio}}\n");
            }
            page.append("* {{trad|").append(LANGS[l]).append('|').append(madeUp.word());
            if (random.nextInt(3) == 0) {
                page.append('|').append(madeUp.word());
            }
            page.append("}}\n");
        }
        page.append("{{tradfim}}\n\n=={{etimologia|pt}}==\n: {{etimo2|la|").append(madeUp.word()).append("|pt}}.\n\n=={{pronúncia|pt}}==\n")
                .append("===Brasil===\n* [[AFI]]: {{IPA|/").append(ipa(lemma)).append("/|id=pt}}\n\n")
                .append("[[Categoria:").append(HEADS[kind]).append(" (Português)]]\n");
        return page.toString();
    }

    @Override
    String formPage(String lemma, int kind) {
        String heading = kind == 0 ? "Forma de substantivo" : kind == 1 ? "Forma verbal" : "Forma de adjetivo";
        String definition = kind == 0 ? "plural de [[" + lemma + "]]" : kind == 1
                ? "segunda pessoa do singular do presente do indicativo do verbo '''[[" + lemma + "]]'''" : "plural de [[" + lemma + "]]";
        return "={{-pt-}}=\n==" + heading + "==\n# " + definition + "\n";
    }

    @Override
    String foreignPage(String title) {
        String code = FOREIGN[random.nextInt(FOREIGN.length)];
        return "={{-" + code + "-}}=\n==Substantivo==\n'''" + title + "''' {{m}}\n# [[" + madeUp.word() + "]]\n\n===Tradução===\n"
                + "{{tradini}}\n* {{trad|en|" + madeUp.word() + "}}\n{{tradfim}}\n";
    }

    /** A made-up transcription of a made-up word: its letters as Portuguese sounds, its digits and hyphens left out. */
    private static String ipa(String word) {
        return word.replaceAll("[-0-9]", "").replace("ção", "sɐ̃w").replace("ão", "ɐ̃w").replace("lh", "ʎ").replace("nh", "ɲ")
                .replace("qu", "k").replace("rr", "ʁ").replace("ç", "s").replace("c", "k");
    }
}
