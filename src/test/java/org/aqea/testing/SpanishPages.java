package org.aqea.testing;

/**
 * Made-up pages in the Spanish Wiktionary's current layout: a third Spanish lemma pages (nouns with their gender,
 * verbs, adjectives, under one or two numbered etymologies, with an inflection box, senses with subjects, examples and
 * synonyms under them, a translation section of twenty to fifty languages naming its senses, the language's
 * {@code pron-graf}), a third inflected forms under {@code Forma flexiva}, a third pages of other languages.
 * Deterministic for a seed.
 */
public final class SpanishPages extends ThreeKindsOfPages {

    private static final String[] SYLLABLES = {"ca", "ber", "li", "to", "ma", "rro", "gue", "ña", "pe", "dro", "sa",
            "ve", "ni", "llo", "te", "ja", "ro", "qui", "bla", "ción", "du", "es", "fo", "go", "ta", "mo"};
    private static final String[] SUBJECTS = {"zoología", "medicina", "música", "derecho", "gastronomía", "botánica",
            "deporte", "religión", "informática", "náutica", "química", "anatomía"};
    private static final String[] LANGS = {"de", "en", "fr", "it", "pt", "nl", "pl", "sv", "cs", "ru", "ja", "la",
            "da", "fi", "nb", "is", "hu", "ro", "bg", "hr", "sk", "sl", "lt", "lv", "et", "el", "tr", "ar", "he", "fa",
            "hi", "zh", "ko", "vi", "th", "id", "ca", "gl", "eu", "ga", "cy", "eo", "uk", "be", "mk", "sq", "ka", "oc",
            "ast", "an"};
    private static final String[] FOREIGN = {"en", "fr", "it", "pt", "ca", "la", "gl", "de"};

    public SpanishPages(long seed) {
        super(seed, SYLLABLES);
    }

    @Override
    String lemmaPage(String lemma, int kind) {
        StringBuilder page = new StringBuilder(8_192);
        page.append("{{desambiguación|").append(MadeUpWords.capitalize(lemma)).append("}}\n== {{lengua|es}} ==\n{{pron-graf|fone=")
                .append(ipa(lemma)).append("|1audio1=LL-Q1321 (spa)-").append(lemma).append(".wav}}\n\n");
        int etymologies = random.nextInt(10) == 0 ? 2 : 1;
        int sense = 0;
        for (int e = 1; e <= etymologies; e++) {
            page.append("=== Etimología ").append(e).append(" ===\n{{etimología|la|").append(madeUp.word()).append("}}.\n\n");
            int first = sense + 1;
            switch (e == 1 ? kind : 0) {
                case 0 -> page.append("==== {{sustantivo ").append(random.nextBoolean() ? "masculino" : "femenino")
                        .append("|es}} ====\n{{inflect.es.sust.reg}}\n");
                case 1 -> page.append("==== {{verbo transitivo|es}} ====\n");
                default -> page.append("==== {{adjetivo|es}} ====\n{{inflect.es.adj.reg|")
                        .append(lemma.substring(0, Math.max(1, lemma.length() - 1))).append("}}\n");
            }
            int senses = 1 + random.nextInt(random.nextInt(8) == 0 ? 15 : 5);
            for (int s = 0; s < senses; s++) {
                sense++;
                page.append(';').append(sense);
                if (random.nextBoolean()) {
                    page.append(" {{csem|").append(SUBJECTS[random.nextInt(SUBJECTS.length)]).append('}');
                    page.append('}');
                }
                page.append(": {{plm|").append(madeUp.word()).append("}} ").append(madeUp.sentence(4 + random.nextInt(10))).append(".\n");
                if (random.nextInt(3) == 0) {
                    page.append("{{sinónimo|").append(madeUp.word()).append('|').append(madeUp.word()).append("}}.\n");
                }
                page.append("{{ejemplo|").append(MadeUpWords.capitalize(madeUp.sentence(6 + random.nextInt(10))))
                        .append(".|c=libro|a=").append(MadeUpWords.capitalize(madeUp.word())).append("|f=")
                        .append(1800 + random.nextInt(220)).append("}}\n");
            }
            page.append("\n==== Traducciones ====\n{{trad-arriba}}\n");
            int languages = 20 + random.nextInt(31);
            for (int l = 0; l < languages && l < LANGS.length; l++) {
                page.append("{{t|").append(LANGS[l]).append("|a1=").append(first + random.nextInt(sense - first + 1))
                        .append("|t1=").append(madeUp.word());
                if (random.nextBoolean()) {
                    page.append("|g1=").append(random.nextBoolean() ? "m" : "f");
                }
                if (random.nextInt(3) == 0) {
                    page.append("|a2=").append(first).append("|t2=").append(madeUp.word());
                }
                page.append("}}\n");
            }
            page.append("{{trad-abajo}}\n\n");
        }
        page.append("== Referencias y notas ==\n<references />\n");
        return page.toString();
    }

    @Override
    String formPage(String lemma, int kind) {
        String heading = kind == 0 ? "Forma sustantiva" : kind == 1 ? "Forma verbal" : "Forma adjetiva";
        String definition = kind == 0 ? "{{forma sustantivo plural|" + lemma + "}}"
                : kind == 1 ? "{{forma verbo|" + lemma + "|p=2s|t=presente|m=indicativo}}"
                : "{{forma adjetivo|" + lemma + "|plural}}";
        return "== {{lengua|es}} ==\n{{pron-graf}}\n\n=== Etimología ===\n{{etimología}}.\n\n=== Forma flexiva ===\n==== " + heading
                + " ====\n;1: " + definition + ".\n";
    }

    @Override
    String foreignPage(String title) {
        String code = FOREIGN[random.nextInt(FOREIGN.length)];
        return "== {{lengua|" + code + "}} ==\n{{pron-graf|leng=" + code + "}}\n\n=== Etimología ===\n{{etimología|leng=" + code
                + "}}.\n\n==== {{sustantivo|" + code + "}} ====\n;1: {{plm|" + madeUp.word() + "}}.\n\n==== Traducciones ====\n"
                + "{{trad-arriba}}\n{{t|en|a1=1|t1=" + madeUp.word() + "}}\n{{trad-abajo}}\n";
    }

    /** A made-up transcription of a made-up word: its letters as Spanish sounds, its digits and hyphens left out. */
    private static String ipa(String word) {
        return word.replaceAll("[-0-9]", "").replace("ll", "ʝ").replace("rr", "r").replace("ñ", "ɲ").replace("qu", "k")
                .replace("ción", "θjon").replace("c", "k").replace("j", "x").replace("v", "b").replace("ó", "o");
    }
}
