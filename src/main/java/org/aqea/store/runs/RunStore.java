package org.aqea.store.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.LongPredicate;
import org.aqea.run.DumpIdentity;
import org.aqea.run.RunParameters;
import org.aqea.run.RunRefusal;

/**
 * The runs (table {@code run}, next to the job repository). Taking an edition is serialised by a transaction-level
 * advisory lock per edition, so that of two runs starting at once exactly one gets it.
 */
@ApplicationScoped
@Transactional
public class RunStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    @PersistenceContext(unitName = "aqea")
    private EntityManager em;

    /**
     * Lets an execution of the run of this job instance begin: refuses while another run of its edition has a
     * live execution, or when the run is restarted after a newer run of the edition finished; takes the edition
     * otherwise (a run left RUNNING by an execution that is no longer alive loses it).
     *
     * @param alive whether an execution is still alive (starting, started or stopping)
     * @param server the server the execution runs on (host/name)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RunRow begin(long instanceId, long executionId, RunParameters parameters, boolean confirmDeprecation,
                        LongPredicate alive, String server) {
        String edition = parameters.edition();
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "aqea-run:" + edition)
                .getSingleResult();
        Instant now = Instant.now();
        List<Run> others = em.createQuery("select r from Run r where r.edition = :edition and r.jobInstanceId <> :run "
                        + "and (r.status = 'RUNNING' or (r.status = 'FINISHED' and r.jobInstanceId > :run))", Run.class)
                .setParameter("edition", edition).setParameter("run", instanceId).getResultList();
        for (Run other : others) {
            if (other.status().equals(RunRow.FINISHED)) {
                throw new RunRefusal(RunRefusal.SUPERSEDED, "run " + other.jobInstanceId() + " of edition '" + edition
                        + "' finished after this one began; this run would undo it. Start a new run instead");
            }
            if (alive.test(other.executionId())) {
                throw new RunRefusal(RunRefusal.EDITION_BUSY, "execution " + other.executionId() + " of edition '"
                        + edition + "' is running; one run per edition at a time. Wait for it or stop it");
            }
        }
        // Left running by an execution that is no longer alive (a crash): the edition is free again.
        others.forEach(orphaned -> orphaned.setStatus(RunRow.ENDED, now));
        Run run = em.find(Run.class, instanceId);
        if (run == null) {
            run = new Run(instanceId, executionId, edition, parameters.dump(), json(parameters), now);
            em.persist(run);
        }
        run.began(executionId, confirmDeprecation, server, now);
        return row(run);
    }

    /** Marks the run no longer running after its execution ended (unless the finish step marked it finished). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ended(long instanceId, long executionId) {
        Run run = em.find(Run.class, instanceId);
        if (run != null && run.executionId() == executionId && run.status().equals(RunRow.RUNNING)) {
            run.setStatus(RunRow.ENDED, Instant.now());
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finished(long instanceId, RunRow.FinishCounts counts) {
        Run run = find(instanceId);
        run.counted(counts.active(), counts.unseen(), counts.deprecated(), counts.kept(), Instant.now());
        run.setStatus(RunRow.FINISHED, Instant.now());
    }

    /** Keeps the run's quality report (JSON), before its record of the entries it saw is dropped. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordQuality(long instanceId, String report) {
        find(instanceId).recordQuality(report, Instant.now());
    }

    /** The quality report kept when the run finished; empty while it runs or when it has no run. */
    public Optional<String> quality(long instanceId) {
        return Optional.ofNullable(em.find(Run.class, instanceId)).map(Run::quality);
    }

    /** Records the counts of a finish held for a confirmation; the run stays restartable. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void held(long instanceId, RunRow.FinishCounts counts) {
        find(instanceId).counted(counts.active(), counts.unseen(), 0, counts.kept(), Instant.now());
    }

    /**
     * Binds the run to the dump it reads: the first time, records the identity; after that, refuses another dump.
     *
     * @throws RunRefusal {@link RunRefusal#DUMP_CHANGED} when the dump is not the one the run began with
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void bindDump(long instanceId, DumpIdentity identity, boolean completeDump) {
        Run run = find(instanceId);
        if (run.dumpSha1() != null) {
            Optional<String> difference = identity.differenceFrom(dumpOf(run));
            if (difference.isPresent()) {
                throw new RunRefusal(RunRefusal.DUMP_CHANGED, difference.get() + "; a restart must read the dump the "
                        + "run began with. Start a new run for the new dump");
            }
            return;
        }
        run.bindDump(identity.size(), identity.sha1(), identity.validator(), identity.date(), completeDump, Instant.now());
    }

    /** The run of a job instance whose execution began (see {@link #begin}). */
    public RunRow current(long instanceId) {
        return of(instanceId).orElseThrow(() -> new IllegalStateException("job instance " + instanceId
                + " has no run: its job did not begin through the run guard"));
    }

    /**
     * The run, while this execution is its running one. An execution that goes on after it was failed (its dispatcher
     * or executor taken for lost in a cluster, a zombie that wakes up) would race the restart's over the same
     * shards, addresses and deprecation: it fails instead, before it writes.
     *
     * @throws IllegalStateException when the execution is no longer its run's running one
     */
    public RunRow requireRunning(long instanceId, long executionId) {
        RunRow run = current(instanceId);
        if (run.executionId() != executionId || !run.status().equals(RunRow.RUNNING)) {
            throw new IllegalStateException("execution " + executionId + " is no longer its run's running execution (the"
                    + " run is " + run.status() + " with execution " + run.executionId() + "): it writes nothing more");
        }
        return run;
    }

    public Optional<RunRow> of(long instanceId) {
        return Optional.ofNullable(em.find(Run.class, instanceId)).map(RunStore::row);
    }

    /** The date in the name of the dump of the edition's last finished run over a complete dump, if it has one. */
    public Optional<String> lastFullDumpDate(String edition) {
        return em.createQuery("select r.dumpDate from Run r where r.edition = :edition and r.status = 'FINISHED'"
                        + " and r.completeDump = true order by r.jobInstanceId desc", String.class)
                .setParameter("edition", edition).setMaxResults(1).getResultStream().findFirst();
    }

    /** Runs of the edition marked running (their executions may have died since). */
    public List<RunRow> running(String edition) {
        return em.createQuery("select r from Run r where r.edition = :edition and r.status = 'RUNNING'", Run.class)
                .setParameter("edition", edition).getResultStream().map(RunStore::row).toList();
    }

    private Run find(long instanceId) {
        Run run = em.find(Run.class, instanceId);
        if (run == null) {
            throw new IllegalStateException("no run of job instance " + instanceId);
        }
        return run;
    }

    private static String json(RunParameters parameters) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(parameters.toProperties()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("parameters are strings", e);
        }
    }

    private static DumpIdentity dumpOf(Run run) {
        return new DumpIdentity(run.dumpSize(), run.dumpSha1(), run.dumpValidator(), run.dumpDate());
    }

    private static RunRow row(Run run) {
        Properties properties = new Properties();
        try {
            properties.putAll(JSON.readValue(run.parameters(), new TypeReference<Map<String, String>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the parameters of run " + run.jobInstanceId() + " are not JSON", e);
        }
        // Stored parameters were checked when the run began; the fault switch is read back as it was accepted.
        RunParameters parameters = RunParameters.of(properties, RunParameters.MAX_CHUNK_SIZE, true);
        Optional<RunRow.FinishCounts> finish = run.activeEntries() == null ? Optional.empty()
                : Optional.of(new RunRow.FinishCounts(run.activeEntries(), run.unseenEntries(), run.deprecatedEntries(),
                run.keptEntries()));
        return new RunRow(run.jobInstanceId(), run.executionId(), parameters, run.status(),
                run.dumpSha1() == null ? Optional.empty() : Optional.of(dumpOf(run)), run.completeDump(),
                run.deprecationConfirmed(), finish, run.startedAt());
    }
}
