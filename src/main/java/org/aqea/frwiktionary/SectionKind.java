package org.aqea.frwiktionary;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The kinds of section of a language section, as the wiki names them in its section template
 * ({@code === {{S|nom|fr}} ===}, {@code ==== {{S|traductions}} ====}): each part of speech with the normalised part of
 * speech it gives, and the sections whose lines an extractor reads. Section names are those of the wiki's
 * {@code Module:section article/data} with their common abbreviations; a name not listed is {@link #IGNORED}.
 */
enum SectionKind {
    PART_OF_SPEECH, ETYMOLOGY, PRONUNCIATION, TRANSLATIONS, SYNONYMS, ANTONYMS, HYPERNYMS, HYPONYMS, MERONYMS, HOLONYMS,
    RELATED_TERMS, DERIVED_TERMS, DESCENDANTS, ALTERNATIVE_FORMS, IGNORED;

    private static final Map<String, String> POS = new HashMap<>();
    private static final Map<String, SectionKind> SECTIONS = new HashMap<>();

    static {
        pos("noun", "nom", "nom commun", "substantif", "nom-fam", "nom de famille", "prénom", "nom scientifique");
        pos("name", "nom propre", "nom-pr");
        pos("verb", "verbe", "verb");
        pos("adj", "adjectif", "adj", "adjectif qualificatif", "adjectif démonstratif", "adjectif exclamatif",
                "adjectif indéfini", "adjectif interrogatif", "adjectif possessif", "adjectif relatif");
        pos("num", "adjectif numéral", "numéral", "adj-num", "nombre");
        pos("adv", "adverbe", "adv", "adverbe interrogatif", "adverbe relatif", "adverbe pronominal");
        pos("pron", "pronom", "pronom personnel", "pronom démonstratif", "pronom indéfini", "pronom interrogatif",
                "pronom possessif", "pronom relatif", "pronom réfléchi", "pronom-pers", "pronom-dém", "pronom-indéf",
                "pronom-int", "pronom-pos", "pronom-rel");
        pos("prep", "préposition", "prép", "postposition", "circumposition");
        pos("conj", "conjonction", "conjonction de coordination", "conj", "conj-coord");
        pos("intj", "interjection", "interj", "onomatopée", "onoma");
        pos("article", "article", "article défini", "article indéfini", "article partitif", "art-déf", "art-indéf",
                "art-part");
        pos("particle", "particule", "part");
        pos("affix", "préfixe", "suffixe", "infixe", "circonfixe", "interfixe", "affixe", "préf", "suf", "suff",
                "élément", "radical");
        // A locution of a word class is a lexeme of that class (pomme de terre, prendre la fuite); pos_raw keeps the
        // heading's name.
        pos("noun", "locution nominale", "loc-nom");
        pos("name", "locution nominale propre", "loc-nom-pr");
        pos("verb", "locution verbale", "loc-verb");
        pos("adj", "locution adjectivale", "loc-adj");
        pos("adv", "locution adverbiale", "loc-adv");
        pos("prep", "locution prépositive", "loc-prép");
        pos("conj", "locution conjonctive", "loc-conj");
        pos("intj", "locution interjective", "loc-interj");
        pos("pron", "locution pronominale", "loc-pronom");
        pos("phrase", "locution", "locution-phrase", "loc-phr", "proverbe", "phrase");
        pos("abbrev", "sigle", "abréviation", "acronyme");
        pos("symbol", "symbole", "lettre", "sinogramme", "caractère");
        section(ETYMOLOGY, "étymologie", "étym");
        section(PRONUNCIATION, "prononciation", "pron", "phon");
        section(TRANSLATIONS, "traductions", "trad", "traductions à trier", "trad-trier");
        section(SYNONYMS, "synonymes", "syn");
        section(ANTONYMS, "antonymes", "ant", "anto");
        section(HYPERNYMS, "hyperonymes", "hyper");
        section(HYPONYMS, "hyponymes", "hypo");
        section(MERONYMS, "méronymes", "méro");
        section(HOLONYMS, "holonymes", "holo");
        section(RELATED_TERMS, "apparentés", "apr", "apparentés étymologiques", "vocabulaire", "voc");
        section(DERIVED_TERMS, "dérivés", "dér", "composés", "compos");
        section(DESCENDANTS, "dérivés autres langues", "dérivés-int", "dér-autres");
        section(ALTERNATIVE_FORMS, "variantes", "var", "variantes orthographiques", "variantes ortho", "var-ortho",
                "variantes dialectales", "dial", "variante typographique");
    }

    private static void pos(String normalised, String... names) {
        for (String name : names) {
            POS.put(name, normalised);
        }
    }

    private static void section(SectionKind kind, String... names) {
        for (String name : names) {
            SECTIONS.put(name, kind);
        }
    }

    /** The kind of section a section template's name gives: {@code nom}, {@code traductions}. */
    static SectionKind of(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return POS.containsKey(key) ? PART_OF_SPEECH : SECTIONS.getOrDefault(key, IGNORED);
    }

    /** The normalised part of speech of a part-of-speech section's name; a locution keeps the class it names. */
    static String posOf(String name) {
        return POS.getOrDefault(name.strip().toLowerCase(Locale.ROOT), "unknown");
    }
}
