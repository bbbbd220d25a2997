package org.aqea.lexicon;

import java.util.List;

/** One IPA transcription and the accents or varieties it is given for ({@code UK}, {@code General American}). */
public record Pronunciation(String ipa, List<String> accents) {
}
