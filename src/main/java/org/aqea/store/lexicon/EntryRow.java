package org.aqea.store.lexicon;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import org.aqea.address.AqeaEntry;
import org.aqea.address.KeyedEntry;
import org.aqea.address.SemanticField;
import org.aqea.address.WordClass;
import org.aqea.extraction.ExtractedEntry;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LexiconJson;
import org.aqea.quality.EntryQuality;
import org.aqea.quality.QualityJson;
import org.aqea.security.Sha256;

/** One row of table {@code entry}, before its address is allocated. */
public record EntryRow(String edition, long pageId, int headingIndex, long revisionId, String word, String langCode,
                       String pos, String lexemeKey, Integer aqeaDomain, int wordClass, String field, String fieldRule,
                       String label, String description, String status, String reason, String lexicalJson,
                       String contentHash, int qualityScore, String qualityFlags) {

    public static EntryRow of(ExtractedEntry extracted) {
        KeyedEntry lexeme = extracted.keyed();
        return of(lexeme.entry(), lexeme.request() == null ? null : lexeme.request().key().text(),
                lexeme.request() == null ? null : lexeme.request().domain(), lexeme.field().field(), extracted.unallocated(),
                extracted.quality());
    }

    /**
     * The row of an entry whose AQEA fields are given: the pipeline's for an extracted entry, an export's line for an
     * imported one (its field rule, label, description, status and reason as the export wrote them).
     */
    public static EntryRow of(LexicalEntry entry, String lexemeKey, Integer aqeaDomain, SemanticField field, AqeaEntry aqea,
                              EntryQuality quality) {
        // Serialised once, as UTF-8: the bytes the content hash reads are those the column holds.
        byte[] json;
        try {
            json = LexiconJson.MAPPER.writeValueAsBytes(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("entry '" + entry.word() + "' cannot be written as JSON: " + e.getMessage(), e);
        }
        String flags = QualityJson.flags(quality).toString();
        String hash = contentHash(entry.source().revisionId(), lexemeKey, field.id(), aqea.fieldRule(), aqea.description(),
                json, flags);
        return new EntryRow(entry.source().edition(), entry.source().pageId(), entry.source().headingIndex(),
                entry.source().revisionId(), entry.word(), entry.langCode(), entry.pos(), lexemeKey, aqeaDomain,
                WordClass.ofPos(entry.pos()).code(), field.id(), aqea.fieldRule(), aqea.label(), aqea.description(),
                aqea.status(), aqea.reason(), new String(json, StandardCharsets.UTF_8), hash, quality.score(), flags);
    }

    /** Whether the validation flagged the entry (a flag may weigh nothing: see {@code QualityRule}). */
    public boolean flagged() {
        return qualityFlags != null && !qualityFlags.equals("[]");
    }

    /**
     * What decides whether a stored entry changed: a write of an entry with the same hash changes nothing. The
     * quality flags are part of it, so that entries are flagged again when the rules change.
     */
    public static String contentHash(long revisionId, String lexemeKey, String fieldId, String fieldRule, String description,
                                     String lexicalJson, String qualityFlags) {
        return contentHash(revisionId, lexemeKey, fieldId, fieldRule, description,
                lexicalJson.getBytes(StandardCharsets.UTF_8), qualityFlags);
    }

    /** As the other, the lexical JSON as UTF-8 bytes: the fields before it, it, and the flags after it, in one digest. */
    static String contentHash(long revisionId, String lexemeKey, String fieldId, String fieldRule, String description,
                              byte[] lexicalJson, String qualityFlags) {
        return Sha256.hex((revisionId + "\n" + lexemeKey + "\n" + fieldId + "\n" + fieldRule + "\n" + description + "\n")
                .getBytes(StandardCharsets.UTF_8), lexicalJson, ("\n" + qualityFlags).getBytes(StandardCharsets.UTF_8));
    }
}
