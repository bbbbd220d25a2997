package org.aqea.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.aqea.address.AqeaEntry;
import org.aqea.address.Lexeme;
import org.aqea.address.SemanticField;
import org.aqea.address.WordClass;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LexiconJson;

/** One row of table {@code entry}, before its address is allocated. */
public record EntryRow(String edition, long pageId, int headingIndex, long revisionId, String word, String langCode,
                       String pos, String lexemeKey, Integer aqeaDomain, int wordClass, String field, String fieldRule,
                       String label, String description, String status, String reason, String lexicalJson,
                       String contentHash) {

    public static EntryRow of(Lexeme lexeme, AqeaEntry aqea) {
        LexicalEntry entry = lexeme.entry();
        String json;
        try {
            json = LexiconJson.MAPPER.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("entry '" + entry.word() + "' cannot be written as JSON: " + e.getMessage(), e);
        }
        String key = lexeme.request() == null ? null : lexeme.request().key().text();
        SemanticField field = lexeme.field().field();
        String hash = sha256(entry.source().revisionId() + "\n" + key + "\n" + field.id() + "\n" + lexeme.field().rule()
                + "\n" + aqea.description() + "\n" + json);
        return new EntryRow(entry.source().edition(), entry.source().pageId(), entry.source().headingIndex(),
                entry.source().revisionId(), entry.word(), entry.langCode(), entry.pos(), key,
                lexeme.request() == null ? null : lexeme.request().domain(), WordClass.ofPos(entry.pos()).code(),
                field.id(), lexeme.field().rule(), aqea.label(), aqea.description(), aqea.status(), aqea.reason(), json, hash);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
