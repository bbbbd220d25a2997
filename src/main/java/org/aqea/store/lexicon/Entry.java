package org.aqea.store.lexicon;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.aqea.lexicon.LabelKey;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One row of table {@code entry}: the lexical data of one part-of-speech heading (as {@code jsonb}) and its AQEA
 * entry. Its lexeme is the row of table {@code lexeme} with the same key, once allocated.
 */
@Entity
@Table(name = "entry")
public class Entry {

    @EmbeddedId
    private EntryKey id;

    @Column(name = "revision_id")
    private long revisionId;

    @Column(name = "word", columnDefinition = "text")
    private String word;

    @Column(name = "lang_code", length = 16)
    private String langCode;

    @Column(name = "pos", length = 16)
    private String pos;

    @Column(name = "lexeme_key", columnDefinition = "text")
    private String lexemeKey;

    @Column(name = "aqea_domain")
    @JdbcTypeCode(SqlTypes.SMALLINT)
    private Integer aqeaDomain;

    @Column(name = "word_class")
    @JdbcTypeCode(SqlTypes.SMALLINT)
    private int wordClass;

    @Column(name = "field", length = 16)
    private String field;

    @Column(name = "field_rule", columnDefinition = "text")
    private String fieldRule;

    @Column(name = "address")
    private Integer address;

    @Column(name = "label", length = 64)
    private String label;

    @Column(name = "label_key", columnDefinition = "text")
    private String labelKey;

    @Column(name = "description", columnDefinition = "text")
    private String description;

    @Column(name = "status", length = 16)
    private String status;

    @Column(name = "reason", columnDefinition = "text")
    private String reason;

    @Column(name = "lexical")
    @JdbcTypeCode(SqlTypes.JSON)
    private String lexical;

    @Column(name = "content_hash", length = 64)
    private String contentHash;

    @Column(name = "quality_score")
    private Short qualityScore;

    @Column(name = "quality_flags")
    @JdbcTypeCode(SqlTypes.JSON)
    private String qualityFlags;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "created_by", length = 64)
    private String createdBy;

    protected Entry() {
    }

    /** A new entry of a row a job extracted; it waits for its address. */
    public static Entry of(EntryRow row, String createdBy, Instant now) {
        Entry entry = new Entry();
        entry.id = new EntryKey(row.edition(), row.pageId(), row.headingIndex());
        entry.createdBy = createdBy;
        entry.status = row.status();
        entry.reason = row.reason();
        entry.setContent(row, now);
        return entry;
    }

    /**
     * Takes the content of a newer extraction of the same heading, if it changed (or the entry was deprecated) and
     * its revision is not older. The address stays while the lexeme key does; a new key waits for its own.
     *
     * @return whether the entry changed
     */
    public boolean update(EntryRow row, Instant now) {
        if (row.revisionId() < revisionId || (contentHash.equals(row.contentHash()) && !"deprecated".equals(status))) {
            return false;
        }
        boolean sameLexeme = Objects.equals(lexemeKey, row.lexemeKey());
        if (!sameLexeme) {
            address = null;
        }
        if (!sameLexeme || "deprecated".equals(status)) {
            status = row.status();
            reason = row.reason();
        }
        setContent(row, now);
        return true;
    }

    private void setContent(EntryRow row, Instant now) {
        revisionId = row.revisionId();
        word = row.word();
        langCode = row.langCode();
        pos = row.pos();
        lexemeKey = row.lexemeKey();
        aqeaDomain = row.aqeaDomain();
        wordClass = row.wordClass();
        field = row.field();
        fieldRule = row.fieldRule();
        label = row.label();
        labelKey = LabelKey.of(label);
        description = row.description();
        lexical = row.lexicalJson();
        contentHash = row.contentHash();
        // A journal line written before the validation existed has no flags: unchecked, not a score of 0.
        qualityScore = row.qualityFlags() == null ? null : (short) row.qualityScore();
        qualityFlags = row.qualityFlags();
        updatedAt = now;
    }

    public EntryKey id() {
        return id;
    }

    public long revisionId() {
        return revisionId;
    }

    public String word() {
        return word;
    }

    public String langCode() {
        return langCode;
    }

    public String pos() {
        return pos;
    }

    public String lexemeKey() {
        return lexemeKey;
    }

    public Integer aqeaDomain() {
        return aqeaDomain;
    }

    public String field() {
        return field;
    }

    public String fieldRule() {
        return fieldRule;
    }

    public Integer address() {
        return address;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public String status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public String lexical() {
        return lexical;
    }

    /** 0-100, or null for an entry stored before the validation. */
    public Short qualityScore() {
        return qualityScore;
    }

    /** The flags as a JSON array, or null for an entry stored before the validation. */
    public String qualityFlags() {
        return qualityFlags;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
