package org.aqea.store.lexicon;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One row of the address registry, table {@code lexeme}: a lexeme's key and its address, given once and never
 * moved. Rows are written by the set-based allocation (native SQL, {@code PostgresAddressRegistry}); read here.
 */
@Entity
@Table(name = "lexeme")
public class Lexeme {

    @Id
    @Column(name = "lexeme_key", columnDefinition = "text")
    private String lexemeKey;

    @Column(name = "address", unique = true)
    private Integer address;

    @Column(name = "domain")
    @JdbcTypeCode(SqlTypes.SMALLINT)
    private int domain;

    @Column(name = "word_class")
    @JdbcTypeCode(SqlTypes.SMALLINT)
    private int wordClass;

    @Column(name = "field")
    @JdbcTypeCode(SqlTypes.SMALLINT)
    private int field;

    @Column(name = "overflowed")
    private boolean overflowed;

    @Column(name = "status", length = 16)
    private String status;

    @Column(name = "reason", columnDefinition = "text")
    private String reason;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    protected Lexeme() {
    }

    public String lexemeKey() {
        return lexemeKey;
    }

    public Integer address() {
        return address;
    }

    public boolean overflowed() {
        return overflowed;
    }

    public String status() {
        return status;
    }
}
