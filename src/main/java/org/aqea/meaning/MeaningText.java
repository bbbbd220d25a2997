package org.aqea.meaning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aqea.edition.Editions;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.Sense;
import org.aqea.lexicon.Translation;

/**
 * What an entry means, said in English, so that entries of every language meet in one space: an English word itself,
 * or a word's English translations, then its first glosses written in English (the English edition's, a PanLex
 * definition in English). {@code Hund} of the German edition reads {@code dog, hound}; {@code dog} of the English
 * edition {@code dog: A mammal, Canis familiaris ...}. An entry with no English side has no meaning text and is not
 * searched by meaning.
 */
public final class MeaningText {

    static final String ENGLISH = "en";
    /** The first senses are the main ones; later ones would blur the vector. */
    static final int GLOSSES = 3;
    static final int TRANSLATIONS = 5;
    /** The model reads 256 word pieces at most; a text longer than this says nothing more. */
    static final int MAX_LENGTH = 600;

    private MeaningText() {
    }

    public static Optional<String> of(LexicalEntry entry) {
        Set<String> words = new LinkedHashSet<>();
        if (ENGLISH.equals(entry.langCode())) {
            words.add(entry.word());
        }
        for (Translation translation : entry.translations()) {
            if (ENGLISH.equals(translation.langCode()) && !translation.word().isBlank() && words.size() < TRANSLATIONS) {
                words.add(translation.word().strip());
            }
        }
        String glossLanguage = entry.source() == null ? null : Editions.of(entry.source().edition())
                .map(edition -> edition.glossLanguage(entry)).orElse(null);
        List<String> glosses = new ArrayList<>();
        for (Sense sense : entry.senses()) {
            String language = sense.langCode() != null ? sense.langCode() : glossLanguage;
            if (ENGLISH.equals(language) && !sense.gloss().isBlank() && glosses.size() < GLOSSES) {
                glosses.add(sense.gloss().strip());
            }
        }
        if (words.isEmpty() && glosses.isEmpty()) {
            return Optional.empty();
        }
        String text = String.join(", ", words) + (words.isEmpty() || glosses.isEmpty() ? "" : ": ") + String.join("; ", glosses);
        if (text.length() <= MAX_LENGTH) {
            return Optional.of(text);
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return Optional.of(text.substring(0, end));
    }
}
