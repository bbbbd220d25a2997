package org.aqea.dewiktionary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aqea.dump.DumpPage;
import org.aqea.edition.LanguageTable;
import org.aqea.edition.PageParser;
import org.aqea.lexicon.Form;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.lexicon.Sense;
import org.aqea.lexicon.SourceRef;
import org.aqea.lexicon.Translation;
import org.aqea.wikitext.Heading;
import org.aqea.wikitext.PageBudget;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.Templates;
import org.aqea.wikitext.WikiText;

/**
 * Parses a page of the German Wiktionary into lexical entries: one per part-of-speech heading of every language
 * section. Never throws: whatever cannot be parsed becomes a warning of the entry (or of a placeholder entry).
 */
public final class GermanPageParser implements PageParser {

    public static final String EDITION = "de";

    /** The languages of {@code {{Sprache|...}}}, by the German names the edition writes. */
    private static final LanguageTable LANGUAGES = LanguageTable.bundled(GermanEdition.class);
    private static final Pattern LANGUAGE_HEADING = Pattern.compile("^(.*?)\\s*\\(\\s*\\{\\{Sprache\\|([^}|]+)}}\\s*\\)\\s*$");
    private static final Pattern SECTION_MARKER = Pattern.compile("^\\{\\{([^{}|]+)}}:?\\s*$");

    /** Sections that are skipped without comment. */
    private static final List<String> IGNORED_SECTIONS = List.of("Referenzen", "Quellen", "Redewendungen",
            "Charakteristische Wortkombinationen", "Wortbildungen", "Abkürzungen", "Nebenformen", "Alternative Schreibweisen",
            "Nicht mehr gültige Schreibweisen", "Veraltete Schreibweisen", "Sprichwörter", "Entlehnungen",
            "Männliche Wortformen", "Weibliche Wortformen", "Verkleinerungsformen", "Vergrößerungsformen",
            "Koseformen", "Namensvarianten", "Bekannte Namensträger", "Symbole", "Anmerkung", "Lesungen",
            "Grammatische Merkmale", "Steigerbarkeit", "Schreibweisen", "Ähnlichkeiten", "Holonyme", "Meronyme");

    @Override
    public String edition() {
        return EDITION;
    }

    /** Like {@link #parse}, but a page that defeats the parser throws, so that a caller can reject it. */
    public List<LexicalEntry> parse(DumpPage page) {
        return parse(page, PageBudget.UNLIMITED);
    }

    @Override
    public List<LexicalEntry> parse(DumpPage page, PageBudget budget) {
        String[] lines = WikiText.stripComments(page.text()).split("\n");
        List<LexicalEntry> entries = new ArrayList<>();
        String language = null;
        String langCode = null;
        EntryDraft draft = null;
        int headingIndex = 0;
        boolean inTranslations = false;
        for (String rawLine : lines) {
            budget.check();
            String line = rawLine.stripTrailing();
            Heading heading = Heading.parse(line);
            if (heading != null && heading.level() <= 3) {
                if (draft != null) {
                    entries.add(draft.build());
                    budget.check();
                    draft = null;
                }
                inTranslations = false;
                if (heading.level() <= 2) {
                    Matcher m = LANGUAGE_HEADING.matcher(heading.text());
                    if (m.matches()) {
                        language = m.group(2).strip();
                        langCode = LANGUAGES.codeOf(language);
                    } else {
                        language = null;
                    }
                    continue;
                }
                if (language == null) {
                    continue;
                }
                draft = new EntryDraft(page, language, langCode, PosHeading.parse(heading.text()), headingIndex++);
                if (langCode == null) {
                    draft.warnings.add("no language code known for '" + language + "'");
                }
                continue;
            }
            if (draft == null) {
                continue;
            }
            if (heading != null) {
                inTranslations = heading.text().contains("Übersetzungen");
                draft.section = inTranslations ? "Übersetzungen" : heading.text();
                continue;
            }
            if (inTranslations) {
                draft.translationText.append(line).append('\n');
                continue;
            }
            String stripped = line.strip();
            Matcher marker = stripped.startsWith("{{") ? SECTION_MARKER.matcher(stripped) : null;
            if (marker != null && marker.matches()) {
                String name = marker.group(1).strip();
                if (name.equals("----")) {
                    continue;
                }
                draft.section = name;
                continue;
            }
            draft.add(line);
        }
        if (draft != null) {
            entries.add(draft.build());
        }
        return entries;
    }

    /** The lines of one part-of-speech entry, by section, until it is built. */
    private static final class EntryDraft {
        final DumpPage page;
        final String language;
        final String langCode;
        final PosHeading heading;
        final int headingIndex;
        final Map<String, List<String>> sections = new LinkedHashMap<>();
        final StringBuilder body = new StringBuilder();
        final StringBuilder translationText = new StringBuilder();
        final List<String> warnings = new ArrayList<>();
        String section = "";

        EntryDraft(DumpPage page, String language, String langCode, PosHeading heading, int headingIndex) {
            this.page = page;
            this.language = language;
            this.langCode = langCode;
            this.heading = heading;
            this.headingIndex = headingIndex;
        }

        void add(String line) {
            body.append(line).append('\n');
            if (!line.isBlank()) {
                sections.computeIfAbsent(normalise(section), k -> new ArrayList<>()).add(line);
            }
        }

        private static String normalise(String section) {
            return section.equals("Silbentrennung") ? "Worttrennung" : section;
        }

        List<String> lines(String section) {
            return sections.getOrDefault(section, List.of());
        }

        LexicalEntry build() {
            if (heading.wortarten().isEmpty()) {
                warnings.add("part-of-speech heading without {{Wortart}}");
            }
            String bodyText = body.toString();
            List<Form> forms = new ArrayList<>();
            List<String> genders = new ArrayList<>(heading.genders());
            String formOf = null;
            // Only the tables and form references are read: the other calls of the body are not parsed here.
            int[] spans = Templates.spans(bodyText);
            for (int p = 0; p < spans.length; p += 2) {
                String name = Templates.nameAt(bodyText, spans[p], spans[p + 1]);
                if (InflectionExtractor.isTable(name)) {
                    Template template = Templates.at(bodyText, spans[p], spans[p + 1]);
                    forms.addAll(InflectionExtractor.extract(template));
                    if (genders.isEmpty()) {
                        genders.addAll(InflectionExtractor.genders(template));
                    }
                } else if (name.startsWith("Grundformverweis") && formOf == null) {
                    formOf = WikiText.toPlainText(Templates.at(bodyText, spans[p], spans[p + 1]).arg(1));
                }
            }
            HyphenationExtractor.Result hyphenation = HyphenationExtractor.extract(lines("Worttrennung"));
            PronunciationExtractor.Result pronunciation = PronunciationExtractor.extract(lines("Aussprache"));
            forms = withSpelledForms(forms, hyphenation.forms(), pronunciation.formIpa());
            List<Sense> senses = SenseExtractor.extract(lines("Bedeutungen"), lines("Beispiele"), warnings);
            List<Translation> translations = TranslationExtractor.extract(translationText.toString());
            List<LinkedTerm> synonyms = LinkageExtractor.extract(lines("Synonyme"));
            List<LinkedTerm> antonyms = LinkageExtractor.extract(lines("Gegenwörter"));
            List<LinkedTerm> hypernyms = LinkageExtractor.extract(lines("Oberbegriffe"));
            List<LinkedTerm> hyponyms = LinkageExtractor.extract(lines("Unterbegriffe"));
            List<LinkedTerm> related = LinkageExtractor.extract(lines("Sinnverwandte Wörter"));
            String etymology = etymology();
            for (String name : sections.keySet()) {
                if (!KNOWN_SECTIONS.contains(name) && !IGNORED_SECTIONS.contains(name) && !name.isEmpty()) {
                    warnings.add("unknown section {{" + name + "}}");
                }
            }
            return new LexicalEntry(page.title(), language, langCode, PartsOfSpeech.choose(heading.wortarten()),
                    heading.wortarten(), genders, hyphenation.syllables(), pronunciation.ipa(), pronunciation.audio(),
                    pronunciation.rhymes(), senses, forms, translations, synonyms, antonyms, hypernyms, hyponyms,
                    related, formOf, etymology,
                    new SourceRef(EDITION, page.title(), page.pageId(), page.revisionId(), headingIndex),
                    List.copyOf(warnings));
        }

        private String etymology() {
            StringBuilder text = new StringBuilder();
            for (String line : lines("Herkunft")) {
                String plain = WikiText.toPlainText(WikiText.withoutLeading(line.strip(), ":"));
                if (!plain.isEmpty()) {
                    text.append(text.isEmpty() ? "" : " ").append(plain);
                }
            }
            return text.isEmpty() ? null : text.toString();
        }

        /** Adds forms named only in the hyphenation line, and gives forms the pronunciations the page lists for them. */
        private static List<Form> withSpelledForms(List<Form> tableForms, List<FormSpelling> spelled, List<FormSpelling> ipa) {
            List<Form> forms = new ArrayList<>(tableForms);
            for (FormSpelling spelling : spelled) {
                if (indexOf(forms, spelling.tags()) < 0) {
                    forms.add(new Form(spelling.text(), spelling.tags()));
                }
            }
            for (FormSpelling transcription : ipa) {
                int index = indexOf(forms, transcription.tags());
                if (index < 0) {
                    continue;
                }
                Form form = forms.get(index);
                List<String> formIpa = new ArrayList<>(form.ipa());
                formIpa.add(transcription.text());
                forms.set(index, new Form(form.form(), form.tags(), List.copyOf(formIpa)));
            }
            return forms;
        }

        /**
         * The first form that is not a variant and carries all the tags; among those, one without another case than
         * the tags name (so {@code {{Pl.}}} finds the nominative plural, not the genitive plural).
         */
        private static int indexOf(List<Form> forms, List<String> tags) {
            int fallback = -1;
            for (int i = 0; i < forms.size(); i++) {
                List<String> formTags = forms.get(i).tags();
                if (formTags.contains("variant") || !formTags.containsAll(tags)) {
                    continue;
                }
                if (formTags.stream().noneMatch(t -> OBLIQUE_CASES.contains(t) && !tags.contains(t))) {
                    return i;
                }
                if (fallback < 0) {
                    fallback = i;
                }
            }
            return fallback;
        }
    }

    private static final java.util.Set<String> OBLIQUE_CASES = java.util.Set.of("genitive", "dative", "accusative");

    private static final List<String> KNOWN_SECTIONS = List.of("", "Worttrennung", "Aussprache", "Bedeutungen",
            "Beispiele", "Herkunft", "Synonyme", "Sinnverwandte Wörter", "Gegenwörter", "Oberbegriffe", "Unterbegriffe");
}
