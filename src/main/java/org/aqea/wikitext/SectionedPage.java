package org.aqea.wikitext;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A page cut at its headings into language sections and their parts of speech, each part of speech given the
 * sections that serve it: the layout the Italian, Portuguese and Dutch editions share. A heading is an {@code =}
 * heading or, where an edition writes its sections so, a line that is one section template alone
 * ({@code {{-sost-|it}}}, {@code {{=nld=}}}; level 0). The edition names what each heading is ({@link Classifier});
 * which parts of speech a section serves follows from where it stands:
 * <ul>
 * <li>before the first part of speech of its language, or an {@code =} heading as high as the part of speech's: all
 * of the language's parts of speech (a pronunciation, an etymology for them all);</li>
 * <li>an {@code =} heading below the part of speech's: that part of speech alone (its translations);</li>
 * <li>a template line after parts of speech: the run of parts of speech just before it, with no other section between
 * them (Italian writes a noun and an adjective, then their pronunciation and translations), or the whole language
 * where the edition says so for that kind ({@link Classifier#servesWholeLanguage}).</li>
 * </ul>
 * A heading the edition does not know, below a known section other than a part of speech, goes on with that section
 * (Portuguese {@code =={{pronúncia|pt}}==} then {@code ===Brasil===}); elsewhere its lines are left out.
 */
public final class SectionedPage {

    /** What a heading is. */
    public enum Kind {
        LANGUAGE, PART_OF_SPEECH, PRONUNCIATION, HYPHENATION, ETYMOLOGY, TRANSLATIONS, SYNONYMS, ANTONYMS, HYPERNYMS,
        HYPONYMS, DERIVED, RELATED, UNKNOWN
    }

    /** A heading's kind, and for a language or a part of speech what the edition reads from it (a code, a class). */
    public record Role(Kind kind, String key) {

        public static final Role UNKNOWN = new Role(Kind.UNKNOWN, "");

        public static Role of(Kind kind) {
            return new Role(kind, "");
        }
    }

    /** An edition's headings. */
    public interface Classifier {

        /** Whether a line that is this template alone is a heading. */
        boolean isHeading(Template template);

        /** What the heading is; a template line's heading has level 0 and the line as its text. */
        Role roleOf(Heading heading);

        /** Whether a template-line section of this kind serves every part of speech of its language. */
        default boolean servesWholeLanguage(Kind kind) {
            return false;
        }
    }

    /** A part of speech: its language's key and heading, its own lines, and the lines of each kind serving it. */
    public static final class PartOfSpeech {

        private final String language;
        private final Role role;
        private final Heading heading;
        private final int index;
        private final List<String> lines = new ArrayList<>();
        private final Map<Kind, List<List<String>>> served = new EnumMap<>(Kind.class);
        private List<PartOfSpeech> ofLanguage;

        PartOfSpeech(String language, Role role, Heading heading, int index) {
            this.language = language;
            this.role = role;
            this.heading = heading;
            this.index = index;
        }

        /** The key the edition gave the language heading. */
        public String language() {
            return language;
        }

        /** The key the edition gave the heading. */
        public String key() {
            return role.key();
        }

        public Heading heading() {
            return heading;
        }

        /** Its place among the page's parts of speech, from 0. */
        public int index() {
            return index;
        }

        /** The lines under its heading. */
        public List<String> lines() {
            return lines;
        }

        /** The lines of the sections of this kind that serve it, in page order. */
        public List<String> lines(Kind kind) {
            List<String> all = new ArrayList<>();
            for (List<String> section : served.getOrDefault(kind, List.of())) {
                all.addAll(section);
            }
            return all;
        }

        /** The parts of speech of its language section, itself among them, in page order. */
        public List<PartOfSpeech> ofLanguage() {
            return ofLanguage;
        }

        private void serve(Kind kind, List<String> section) {
            served.computeIfAbsent(kind, k -> new ArrayList<>()).add(section);
        }
    }

    private SectionedPage() {
    }

    /** The parts of speech of every language section of the page, in page order. */
    public static List<PartOfSpeech> of(String text, Classifier classifier, PageBudget budget) {
        List<PartOfSpeech> all = new ArrayList<>();
        LanguageSection language = null;
        List<String> target = null;
        for (String line : WikiText.stripComments(text).split("\n")) {
            budget.check();
            Heading heading = heading(line, classifier);
            if (heading == null) {
                if (target != null) {
                    target.add(line);
                }
                continue;
            }
            Role role = classifier.roleOf(heading);
            if (role.kind() == Kind.LANGUAGE) {
                if (language != null) {
                    language.close();
                }
                language = new LanguageSection(role.key());
                target = null;
            } else if (language == null) {
                target = null;
            } else if (role.kind() == Kind.PART_OF_SPEECH) {
                PartOfSpeech pos = new PartOfSpeech(language.key, role, heading, all.size());
                all.add(pos);
                language.add(pos);
                target = pos.lines;
            } else if (role.kind() == Kind.UNKNOWN) {
                target = language.continues(heading) ? target : null;
            } else {
                target = language.section(role.kind(), heading, classifier.servesWholeLanguage(role.kind()));
            }
        }
        if (language != null) {
            language.close();
        }
        return all;
    }

    private static Heading heading(String line, Classifier classifier) {
        if (line.startsWith("=")) {
            Heading heading = Heading.parse(line.stripTrailing());
            if (heading != null) {
                return heading;
            }
        }
        if (line.startsWith("{{")) {
            String stripped = line.strip();
            int[] spans = Templates.spans(stripped);
            if (spans.length == 2 && spans[0] == 0 && spans[1] == stripped.length()
                    && classifier.isHeading(Templates.at(stripped, 0, spans[1]))) {
                return new Heading(0, stripped);
            }
        }
        return null;
    }

    /** A language section being read: its parts of speech, and the sections that will serve all of them. */
    private static final class LanguageSection {

        final String key;
        final List<PartOfSpeech> partsOfSpeech = new ArrayList<>();
        final List<Map.Entry<Kind, List<String>>> wide = new ArrayList<>();
        /** The run of parts of speech a template-line section serves; closed by such a section. */
        List<PartOfSpeech> run = new ArrayList<>();
        boolean runClosed;
        Kind lastKind;
        int lastLevel;

        LanguageSection(String key) {
            this.key = key;
        }

        void add(PartOfSpeech pos) {
            if (runClosed) {
                run = new ArrayList<>();
                runClosed = false;
            }
            run.add(pos);
            partsOfSpeech.add(pos);
            lastKind = Kind.PART_OF_SPEECH;
            lastLevel = pos.heading.level();
        }

        List<String> section(Kind kind, Heading heading, boolean wholeLanguage) {
            List<String> lines = new ArrayList<>();
            int level = heading.level();
            PartOfSpeech last = partsOfSpeech.isEmpty() ? null : partsOfSpeech.get(partsOfSpeech.size() - 1);
            if (last == null || level > 0 && level <= last.heading.level() || level == 0 && wholeLanguage) {
                wide.add(Map.entry(kind, lines));
            } else if (level > 0) {
                last.serve(kind, lines);
            } else {
                run.forEach(pos -> pos.serve(kind, lines));
                runClosed = true;
            }
            lastKind = kind;
            lastLevel = level;
            return lines;
        }

        /** Whether an unknown heading goes on with the section before it. */
        boolean continues(Heading heading) {
            boolean goesOn = heading.level() > 0 && lastKind != null && lastKind != Kind.PART_OF_SPEECH
                    && lastKind != Kind.UNKNOWN && heading.level() > lastLevel;
            if (!goesOn) {
                lastKind = Kind.UNKNOWN;
                lastLevel = heading.level();
            }
            return goesOn;
        }

        void close() {
            List<PartOfSpeech> ofLanguage = List.copyOf(partsOfSpeech);
            for (PartOfSpeech pos : partsOfSpeech) {
                pos.ofLanguage = ofLanguage;
                for (Map.Entry<Kind, List<String>> section : wide) {
                    pos.serve(section.getKey(), section.getValue());
                }
            }
        }
    }
}
