package org.aqea.store.lexicon;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** Table {@code run_entry}: an entry a run saw (or kept, its page rejected); what a finished run did not see vanished. */
@Entity
@Table(name = "run_entry")
public class RunEntry {

    /** The run and the entry. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "job_instance_id")
        private long jobInstanceId;

        @Embedded
        private EntryKey entry;

        protected Key() {
        }

        public Key(long jobInstanceId, EntryKey entry) {
            this.jobInstanceId = jobInstanceId;
            this.entry = entry;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && jobInstanceId == key.jobInstanceId && entry.equals(key.entry);
        }

        @Override
        public int hashCode() {
            return Objects.hash(jobInstanceId, entry);
        }
    }

    @EmbeddedId
    private Key id;

    @Column(name = "kept")
    private boolean kept;

    protected RunEntry() {
    }

    /** The run read the entry. */
    public RunEntry(Key id) {
        this.id = id;
    }

    public Key id() {
        return id;
    }
}
