package org.aqea.testing;

/**
 * Made-up pages in the French Wiktionary's current layout, shaped like its mix: a third French lemma pages (nouns,
 * verbs, adjectives with their inflection box, head line, étymologie, senses with domain labels and examples, some
 * over several lines, synonymes, dérivés, a translation table of twenty to fifty languages a sense, a prononciation
 * with recordings; a tenth with two numbered homographs), a third inflected forms ({@code {{S|nom|fr|flexion}}}) and
 * a third pages of other languages only. Deterministic for a seed.
 */
public final class FrenchPages extends ThreeKindsOfPages {

    private static final String[] SYLLABLES = {"ma", "ron", "lé", "chat", "pi", "eau", "vin", "ter", "bou", "ge",
            "li", "on", "de", "ri", "san", "co", "mu", "ché", "tu", "reau", "la", "fan", "noi", "que", "bel", "gre"};
    private static final String[] LABELS = {"zoologie", "médecine", "musique", "droit", "cuisine", "botanique", "sport",
            "religion", "informatique", "marine", "chimie", "anatomie"};
    private static final String[] STYLES = {"figuré", "familier", "vieilli", "populaire", "littéraire", "Québec"};
    private static final String[] LANGS = {"de", "en", "es", "it", "pt", "nl", "pl", "sv", "cs", "ru", "ja", "la",
            "da", "fi", "nb", "is", "hu", "ro", "bg", "hr", "sk", "sl", "lt", "lv", "et", "el", "tr", "ar", "he", "fa",
            "hi", "zh", "ko", "vi", "th", "id", "ca", "gl", "eu", "ga", "cy", "eo", "uk", "be", "mk", "sq", "ka", "oc",
            "br", "co"};
    private static final String[] FOREIGN = {"en", "de", "it", "es", "nl", "la", "oc", "br"};

    public FrenchPages(long seed) {
        super(seed, SYLLABLES);
    }

    @Override
    String lemmaPage(String lemma, int kind) {
        StringBuilder page = new StringBuilder(8_192);
        String ipa = ipa(lemma);
        page.append("{{voir|").append(MadeUpWords.capitalize(lemma)).append("}}\n\n== {{langue|fr}} ==\n")
                .append("=== {{S|étymologie}} ===\n: {{date|lang=fr|").append(1100 + random.nextInt(900))
                .append("}} Du {{étyl|la|fr|mot=").append(madeUp.word()).append("|sens=").append(madeUp.sentence(2))
                .append("}}, lui-même de ''[[").append(madeUp.word()).append("]]''.\n\n");
        int homographs = random.nextInt(10) == 0 ? 2 : 1;
        for (int h = 1; h <= homographs; h++) {
            String num = homographs == 1 ? "" : "|num=" + h;
            switch (kind) {
                case 0 -> page.append("=== {{S|nom|fr").append(num).append("}} ===\n{{fr-rég|").append(ipa).append("}}\n'''")
                        .append(lemma).append("''' {{pron|").append(ipa).append("|fr}} {{").append(random.nextBoolean() ? "m" : "f")
                        .append("}}\n");
                case 1 -> page.append("=== {{S|verbe|fr").append(num).append("}} ===\n'''").append(lemma).append("''' {{pron|")
                        .append(ipa).append("|fr}} {{t|fr}} {{conjugaison|fr|groupe=1}}\n");
                default -> page.append("=== {{S|adjectif|fr").append(num).append("}} ===\n{{fr-accord-rég|").append(ipa)
                        .append("}}\n'''").append(lemma).append("''' {{pron|").append(ipa).append("|fr}}\n");
            }
            int senses = 1 + random.nextInt(random.nextInt(8) == 0 ? 15 : 5);
            senses(page, senses);
            relations(page, "synonymes");
            relations(page, "dérivés");
            translations(page, senses);
        }
        page.append("=== {{S|prononciation}} ===\n* {{pron|").append(ipa).append("|fr}}\n* {{écouter|lang=fr|France (Paris)|")
                .append(ipa).append("|audio=LL-Q150 (fra)-").append(lemma).append(".wav}}\n\n")
                .append("=== {{S|références}} ===\n* {{Import:TLFi}}\n");
        return page.toString();
    }

    private void senses(StringBuilder page, int senses) {
        for (int s = 0; s < senses; s++) {
            page.append("# ");
            if (random.nextBoolean()) {
                page.append("{{lexique|").append(LABELS[random.nextInt(LABELS.length)]).append("|fr}} ");
            }
            if (random.nextInt(3) == 0) {
                page.append("{{").append(STYLES[random.nextInt(STYLES.length)]).append("|fr}} ");
            }
            page.append("[[").append(madeUp.word()).append("|").append(MadeUpWords.capitalize(madeUp.word())).append("]] ")
                    .append(madeUp.sentence(4 + random.nextInt(10))).append(".\n");
            if (random.nextInt(3) == 0) {
                page.append("#* {{exemple | lang=fr\n | ").append(MadeUpWords.capitalize(madeUp.sentence(8 + random.nextInt(12))))
                        .append(".\n | source={{w|").append(MadeUpWords.capitalize(madeUp.word())).append("}}, ''")
                        .append(MadeUpWords.capitalize(madeUp.sentence(3))).append("'', ").append(1800 + random.nextInt(220))
                        .append("}}\n");
            } else {
                page.append("#* {{exemple|").append(MadeUpWords.capitalize(madeUp.sentence(6 + random.nextInt(8))))
                        .append(".|lang=fr}}\n");
            }
            if (random.nextInt(5) == 0) {
                page.append("## {{par extension}} ").append(MadeUpWords.capitalize(madeUp.sentence(4))).append(".\n");
            }
        }
        page.append('\n');
    }

    private void relations(StringBuilder page, String section) {
        if (random.nextBoolean()) {
            return;
        }
        page.append("==== {{S|").append(section).append("}} ====\n");
        for (int r = random.nextInt(6); r >= 0; r--) {
            page.append("* [[").append(madeUp.word()).append("]]").append(random.nextInt(3) == 0 ? " (1)" : "").append('\n');
        }
        page.append('\n');
    }

    private void translations(StringBuilder page, int senses) {
        page.append("==== {{S|traductions}} ====\n");
        for (int s = 1; s <= Math.min(senses, 3); s++) {
            page.append("{{trad-début|").append(MadeUpWords.capitalize(madeUp.sentence(3))).append('|').append(s).append("}}\n");
            int languages = 20 + random.nextInt(31);
            for (int l = 0; l < languages && l < LANGS.length; l++) {
                String code = LANGS[l];
                page.append("* {{T|").append(code).append("}} : {{trad").append(random.nextBoolean() ? "+" : "-").append('|')
                        .append(code).append('|').append(madeUp.word());
                if (code.equals("de") || code.equals("es") || code.equals("it")) {
                    page.append('|').append(random.nextBoolean() ? "m" : "f");
                }
                if (code.equals("ru") || code.equals("ja") || code.equals("ar")) {
                    page.append("|R=").append(madeUp.word());
                }
                page.append("}}\n");
            }
            page.append("{{trad-fin}}\n\n");
        }
    }

    @Override
    String formPage(String lemma, int kind) {
        String pos = kind == 0 ? "nom" : kind == 1 ? "verbe" : "adjectif";
        String what = kind == 1 ? "Deuxième personne du singulier du présent de l’indicatif de" : "Pluriel de";
        return "== {{langue|fr}} ==\n=== {{S|" + pos + "|fr|flexion}} ===\n'''" + lemma + "s''' {{pron|" + ipa(lemma) + "|fr}}\n# ''"
                + what + "'' [[" + lemma + "]].\n";
    }

    @Override
    String foreignPage(String title) {
        String code = FOREIGN[random.nextInt(FOREIGN.length)];
        return "== {{langue|" + code + "}} ==\n=== {{S|étymologie}} ===\n: {{ébauche-étym|" + code + "}}\n\n=== {{S|nom|" + code
                + "}} ===\n'''" + title + "''' {{pron|" + ipa(title) + "|" + code + "}}\n# [[" + madeUp.word() + "]].\n#* {{exemple|"
                + MadeUpWords.capitalize(madeUp.sentence(5)) + ".|" + MadeUpWords.capitalize(madeUp.sentence(5)) + ".|lang=" + code
                + "}}\n\n==== {{S|traductions}} ====\n{{trad-début}}\n* {{T|en}} : {{trad+|en|" + madeUp.word() + "}}\n{{trad-fin}}\n";
    }

    /** A made-up transcription of a made-up word: its letters as French sounds, its digits and hyphens left out. */
    private static String ipa(String word) {
        return word.replaceAll("[-0-9]", "").replace("ch", "ʃ").replace("eau", "o").replace("on", "ɔ̃").replace("an", "ɑ̃").replace("é", "e")
                .replace("r", "ʁ").replace("qu", "k").replace("c", "k").replace("g", "ʒ");
    }
}
