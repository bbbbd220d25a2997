package org.aqea.store.follow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The followers (table {@code follower}): set, removed, listed, and taken by the server's timer when due. */
@ApplicationScoped
@Transactional
public class FollowerStore {

    @PersistenceContext(unitName = "aqea")
    private EntityManager em;

    public Follower set(String edition, int everyMinutes, String setBy) {
        Follower row = em.find(Follower.class, edition);
        if (row == null) {
            // Set before persist: the insert takes the state the entity has when it is persisted.
            row = new Follower(edition);
            row.set(everyMinutes, setBy, Instant.now());
            em.persist(row);
        } else {
            row.set(everyMinutes, setBy, Instant.now());
        }
        return row;
    }

    public void remove(String edition) {
        Follower row = em.find(Follower.class, edition);
        if (row != null) {
            em.remove(row);
        }
    }

    public Optional<Follower> of(String edition) {
        return Optional.ofNullable(em.find(Follower.class, edition));
    }

    public List<Follower> all() {
        return em.createQuery("select f from Follower f order by f.edition", Follower.class).getResultList();
    }

    /**
     * The editions whose run is due, their next run moved on by their interval in the same statement: of several
     * servers asking at once, each due follower goes to exactly one (the row lock orders them, the second finds it
     * no longer due).
     */
    @SuppressWarnings("unchecked")
    public List<String> takeDue() {
        return em.createNativeQuery("UPDATE follower SET next_run_at = now() + every_minutes * interval '1 minute' "
                + "WHERE next_run_at <= now() RETURNING edition").getResultList();
    }

    /** Records an attempt: the execution it started, or none and why. A follower removed meanwhile stays removed. */
    public void tried(String edition, Long execution, String outcome) {
        Follower row = em.find(Follower.class, edition);
        if (row != null) {
            row.tried(Instant.now(), execution, outcome);
        }
    }
}
