package org.aqea.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.aqea.config.Settings;
import org.aqea.run.LiveStart;
import org.aqea.run.RunParameters;
import org.aqea.run.RunRefusal;
import org.aqea.store.runs.RunRow;
import org.aqea.store.runs.RunStore;

/**
 * The rules of a run, applied by the job to every execution however it was started or restarted (our API,
 * Liberty's batch API, Admin Center): the first execution checks its parameters and dump and records the run; every
 * execution takes the run's edition, which fails at once while another run of the edition is alive. A refused
 * execution fails with the reason as its exit status. Restarts read the run's own parameters, not theirs.
 */
@Named
@Dependent
public class RunGuard extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(RunGuard.class.getName());

    @Inject
    JobContext jobContext;

    @Inject
    RunStore runs;

    private boolean holdsEdition;

    @Override
    public void beforeJob() {
        long instanceId = jobContext.getInstanceId();
        long executionId = jobContext.getExecutionId();
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties given = operator.getParameters(executionId);
        try {
            RunParameters.checkChunking(given == null ? new Properties() : given);
            Optional<RunRow> existing = runs.of(instanceId);
            RunParameters parameters;
            if (existing.isPresent()) {
                parameters = existing.get().parameters();
            } else {
                RunParameters requested = RunParameters.of(given == null ? new Properties() : given,
                        Settings.defaultChunkSize(), Settings.testFaultsEnabled());
                // A live run reads the wiki's API the operator set, not a dump of the dump hosts.
                parameters = requested.withDump(requested.live()
                        ? LiveStart.checkedApi(requested.edition(), requested.dump(), Settings.wikiApi(requested.edition()))
                        : Settings.dumpPolicy().check(requested.dump()));
            }
            boolean confirm = given != null && Boolean.parseBoolean(given.getProperty(RunParameters.CONFIRM_DEPRECATION));
            runs.begin(instanceId, executionId, parameters, confirm,
                    id -> id != executionId && Executions.isAlive(operator, id), Settings.serverIdentity());
            holdsEdition = true;
            LOG.info(() -> "execution " + executionId + " of run " + instanceId + " began: " + parameters.describe());
        } catch (RunRefusal refusal) {
            jobContext.setExitStatus(refusal.exitStatus());
            LOG.warning(() -> "execution " + executionId + " refused: " + refusal.exitStatus());
            throw refusal;
        }
    }

    @Override
    public void afterJob() {
        if (holdsEdition) {
            runs.ended(jobContext.getInstanceId(), jobContext.getExecutionId());
        }
    }
}
