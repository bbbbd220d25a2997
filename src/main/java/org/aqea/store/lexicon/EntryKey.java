package org.aqea.store.lexicon;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** An entry's identity: one part-of-speech heading of one page of one edition. */
@Embeddable
public class EntryKey implements Serializable {

    @Column(name = "edition", length = 8)
    private String edition;

    @Column(name = "page_id")
    private long pageId;

    @Column(name = "heading_index")
    private int headingIndex;

    protected EntryKey() {
    }

    public EntryKey(String edition, long pageId, int headingIndex) {
        this.edition = edition;
        this.pageId = pageId;
        this.headingIndex = headingIndex;
    }

    public String edition() {
        return edition;
    }

    public long pageId() {
        return pageId;
    }

    public int headingIndex() {
        return headingIndex;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EntryKey key && pageId == key.pageId && headingIndex == key.headingIndex
                && edition.equals(key.edition);
    }

    @Override
    public int hashCode() {
        return Objects.hash(edition, pageId, headingIndex);
    }
}
