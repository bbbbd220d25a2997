package org.aqea.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Made-up pages in the English Wiktionary's current layout, shaped like its mix: about a third English lemma pages
 * (nouns, verbs, adjectives with pronunciation, etymology, senses with labels, examples and quotations, synonyms,
 * derived terms and translation tables of some twenty to fifty languages; a tenth with two numbered etymologies;
 * a quarter with a German or French section too), the rest form-of pages ({@code {{plural of}}}, verb forms) and
 * pages of other languages only. Lemma pages run from 4 to 40 KB, as the real ones between the many small and the
 * few huge. Deterministic for a seed.
 */
public final class EnglishPages {

    private static final String[] SYLLABLES = {"ka", "ber", "lin", "ge", "sund", "ho", "mo", "ter", "wal", "do",
            "ri", "ston", "field", "an", "ma", "ke", "lo", "tur", "bo", "ne", "zi", "per", "shu", "le", "ow", "ea"};
    private static final String[] LABELS = {"zoology", "medicine", "music", "law", "cooking", "botany", "sports",
            "religion", "informal", "archaic", "transitive", "figurative"};
    private static final String[] LANGS = {"de", "fr", "es", "it", "pt", "nl", "pl", "sv", "cs", "ru", "ja", "la",
            "da", "fi", "nb", "is", "hu", "ro", "bg", "hr", "sk", "sl", "lt", "lv", "et", "el", "tr", "ar", "he", "fa",
            "hi", "cmn", "ko", "vi", "th", "id", "ca", "gl", "eu", "ga", "cy", "eo", "uk", "be", "mk", "sq", "ka"};
    private static final String[] LANG_NAMES = {"German", "French", "Spanish", "Italian", "Portuguese", "Dutch",
            "Polish", "Swedish", "Czech", "Russian", "Japanese", "Latin", "Danish", "Finnish", "Norwegian Bokmål",
            "Icelandic", "Hungarian", "Romanian", "Bulgarian", "Croatian", "Slovak", "Slovene", "Lithuanian", "Latvian",
            "Estonian", "Greek", "Turkish", "Arabic", "Hebrew", "Persian", "Hindi", "Mandarin", "Korean", "Vietnamese",
            "Thai", "Indonesian", "Catalan", "Galician", "Basque", "Irish", "Welsh", "Esperanto", "Ukrainian",
            "Belarusian", "Macedonian", "Albanian", "Georgian"};

    private final Random random;
    private final MadeUpWords madeUp;
    private long nextId = 1;
    private final Set<String> titles = new HashSet<>();

    public EnglishPages(long seed) {
        this.random = new Random(seed);
        this.madeUp = new MadeUpWords(random, SYLLABLES, 5);
    }

    /**
     * A language data module as English Wiktionary keeps them ({@code Module:languages/data/3/t}, namespace 828),
     * naming a language the bundled table does not know, after an article in it: a dump's own modules name every
     * language its headings use, wherever in the dump they are.
     */
    public static List<DumpFiles.Page> withLanguageModule(long firstId) {
        String module = """
                local m = {}

                m["tlh"] = {
                	"Klingonish",
                	10134,
                	"art",
                	"Latn",
                	aliases = {"Klingonese"},
                }

                return m
                """;
        // The article comes first: its language is known from a module read later in the dump.
        return List.of(DumpFiles.Page.article(firstId, "qapla", "==Klingonish==\n===Interjection===\n# [[success]]\n"),
                new DumpFiles.Page("Module:languages/data/3/t", 828, firstId + 1, module, null));
    }

    public List<DumpFiles.Page> pages(int count) {
        List<DumpFiles.Page> pages = new ArrayList<>(count);
        titles.clear();
        while (pages.size() < count) {
            String lemma = madeUp.word();
            for (int n = 2; titles.contains(lemma) || titles.contains(lemma + "s") || titles.contains(lemma + "ed"); n++) {
                lemma = madeUp.word() + SYLLABLES[n % SYLLABLES.length] + n;
            }
            titles.add(lemma);
            titles.add(lemma + "s");
            titles.add(lemma + "ed");
            int kind = random.nextInt(3);
            pages.add(DumpFiles.Page.article(nextId++, lemma, lemmaPage(lemma, kind)));
            if (pages.size() < count) {
                pages.add(DumpFiles.Page.article(nextId++, lemma + (kind == 1 ? "ed" : "s"), formPage(lemma, kind)));
            }
            if (pages.size() < count) {
                String foreign = MadeUpWords.capitalize(madeUp.word()) + nextId;
                pages.add(DumpFiles.Page.article(nextId++, foreign, foreignPage(foreign)));
            }
        }
        return pages;
    }

    private String lemmaPage(String lemma, int kind) {
        StringBuilder page = new StringBuilder(16_384);
        page.append("{{also|").append(MadeUpWords.capitalize(lemma)).append("}}\n==English==\n{{wikipedia}}\n\n");
        page.append("===Pronunciation===\n* {{a|en|UK}} {{IPA|en|/ˈ").append(ipa(lemma)).append("/}}\n* {{a|en|US}} {{IPA|en|/ˈ")
                .append(ipa(lemma)).append("ə/}}\n* {{audio|en|en-us-").append(lemma).append(".ogg|a=US}}\n* {{rhymes|en|")
                .append(lemma.substring(Math.max(0, lemma.length() - 2))).append("|s=1}}\n* {{hyphenation|en|")
                .append(lemma).append("}}\n\n");
        int etymologies = random.nextInt(10) == 0 ? 2 : 1;
        for (int e = 1; e <= etymologies; e++) {
            String level = etymologies == 1 ? "===" : "====";
            page.append(etymologies == 1 ? "===Etymology===\n" : "===Etymology " + e + "===\n")
                    .append("From {{inh|en|enm|").append(madeUp.word()).append("}}, from {{inh|en|ang|").append(madeUp.word())
                    .append("||").append(madeUp.sentence(2)).append("}}, from {{inh|en|gem-pro|*").append(madeUp.word())
                    .append("}}. Cognate with {{cog|de|").append(MadeUpWords.capitalize(madeUp.word())).append("}}.\n\n");
            switch (e == 1 ? kind : 0) {
                case 0 -> page.append(level).append("Noun").append(level).append("\n{{en-noun}}\n\n");
                case 1 -> page.append(level).append("Verb").append(level).append("\n{{en-verb}}\n\n");
                default -> page.append(level).append("Adjective").append(level).append("\n{{en-adj|er}}\n\n");
            }
            senses(page, 2 + random.nextInt(random.nextInt(8) == 0 ? 20 : 6));
            String sub = level + "=";
            relations(page, sub, "Synonyms");
            page.append(sub).append("Derived terms").append(sub).append("\n{{col3|en");
            for (int d = random.nextInt(12); d >= 0; d--) {
                page.append('|').append(lemma).append(madeUp.word());
            }
            page.append("}}\n\n");
            translations(page, sub);
        }
        page.append("===Anagrams===\n* {{anagrams|en|a=").append(lemma).append("}}\n\n");
        if (random.nextInt(4) == 0) {
            boolean german = random.nextBoolean();
            page.append("----\n\n==").append(german ? "German" : "French").append("==\n\n===Pronunciation===\n* {{IPA|")
                    .append(german ? "de" : "fr").append("|/").append(ipa(lemma)).append("/}}\n\n===Noun===\n")
                    .append(german ? "{{de-noun|" + new String[] {"m", "f", "n"}[random.nextInt(3)] + ",s,e}}"
                            : "{{fr-noun|" + (random.nextBoolean() ? "m" : "f") + "}}")
                    .append("\n\n# [[").append(madeUp.word()).append("]], [[").append(madeUp.word()).append("]]\n\n");
        }
        return page.toString();
    }

    private void senses(StringBuilder page, int senses) {
        for (int s = 0; s < senses; s++) {
            page.append("# ");
            if (random.nextBoolean()) {
                page.append("{{lb|en|").append(LABELS[random.nextInt(LABELS.length)]).append("}} ");
            }
            page.append(MadeUpWords.capitalize(madeUp.sentence(5 + random.nextInt(10)))).append(" {{gloss|").append(madeUp.sentence(2)).append("}}.\n");
            if (random.nextBoolean()) {
                page.append("#: {{syn|en|").append(madeUp.word()).append('|').append(madeUp.word()).append("}}\n");
            }
            page.append("#: {{ux|en|").append(MadeUpWords.capitalize(madeUp.sentence(6 + random.nextInt(8)))).append(".}}\n");
            if (random.nextInt(3) == 0) {
                page.append("#* {{quote-book|en|year=").append(1800 + random.nextInt(220)).append("|author=")
                        .append(MadeUpWords.capitalize(madeUp.word())).append(' ').append(MadeUpWords.capitalize(madeUp.word())).append("|title=")
                        .append(MadeUpWords.capitalize(madeUp.sentence(3))).append("|page=").append(random.nextInt(400)).append("|passage=")
                        .append(MadeUpWords.capitalize(madeUp.sentence(12 + random.nextInt(20)))).append(".}}\n");
            }
            if (random.nextInt(4) == 0) {
                page.append("## ").append(MadeUpWords.capitalize(madeUp.sentence(4 + random.nextInt(6)))).append(".\n");
            }
        }
        page.append('\n');
    }

    private void relations(StringBuilder page, String level, String section) {
        page.append(level).append(section).append(level).append('\n');
        for (int r = 1 + random.nextInt(3); r > 0; r--) {
            page.append("* {{sense|").append(madeUp.word()).append("}} {{l|en|").append(madeUp.word()).append("}}, {{l|en|")
                    .append(madeUp.word()).append("}}\n");
        }
        page.append('\n');
    }

    private void translations(StringBuilder page, String level) {
        page.append(level).append("Translations").append(level).append('\n');
        for (int t = 1 + random.nextInt(3); t > 0; t--) {
            page.append("{{trans-top|").append(madeUp.sentence(3)).append("}}\n");
            int languages = 20 + random.nextInt(LANGS.length - 20);
            for (int l = 0; l < languages; l++) {
                if (LANGS[l].equals("cmn")) {
                    page.append("* Chinese:\n*: Mandarin: {{t+|cmn|").append(madeUp.word()).append("|tr=").append(madeUp.word()).append("}}\n");
                    continue;
                }
                page.append("* ").append(LANG_NAMES[l]).append(": {{t+|").append(LANGS[l]).append('|').append(madeUp.word())
                        .append(random.nextBoolean() ? "|m" : "").append("}}");
                if (random.nextInt(3) == 0) {
                    page.append(", {{t|").append(LANGS[l]).append('|').append(madeUp.word()).append("}}");
                }
                page.append('\n');
            }
            page.append("{{trans-bottom}}\n\n");
        }
    }

    private String formPage(String lemma, int kind) {
        String form = lemma + (kind == 1 ? "ed" : "s");
        return "==English==\n\n===Pronunciation===\n* {{IPA|en|/ˈ" + ipa(form) + "/}}\n\n"
                + (kind == 1 ? "===Verb===\n{{head|en|verb form}}\n\n# {{en-past of|" + lemma + "}}\n"
                : "===Noun===\n{{head|en|noun form}}\n\n# {{plural of|en|" + lemma + "}}\n");
    }

    private String foreignPage(String title) {
        int language = random.nextInt(6);
        String[] names = {"German", "French", "Spanish", "Italian", "Dutch", "Latin"};
        String[] codes = {"de", "fr", "es", "it", "nl", "la"};
        return "==" + names[language] + "==\n\n===Etymology===\nFrom {{inh|" + codes[language] + "|la|" + madeUp.word()
                + "}}.\n\n===Noun===\n{{head|" + codes[language] + "|noun|g=" + (random.nextBoolean() ? "m" : "f") + "}}\n\n# [["
                + madeUp.word() + "]]; [[" + madeUp.word() + "]]\n#: {{ux|" + codes[language] + "|" + MadeUpWords.capitalize(madeUp.sentence(5)) + ".|"
                + MadeUpWords.capitalize(madeUp.sentence(5)) + ".}}\n";
    }

    /** A made-up transcription: the word's letters (a title made unique by a number has digits, which IPA has not). */
    private static String ipa(String word) {
        return word.chars().filter(Character::isLetter).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
    }
}
