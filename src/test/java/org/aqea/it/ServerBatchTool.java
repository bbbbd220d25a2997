package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.aqea.devenv.ServerProcess;
import org.aqea.testing.SecurePort;

/**
 * The server's own batch tool, past our API (no check of ours runs before the job): Liberty's batch REST API (HTTPS,
 * self-signed) or WildFly's {@code jboss-cli}, as the system property {@code aqea.server} says.
 */
final class ServerBatchTool {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ServerBatchTool() {
    }

    /** Starts the extraction job with these parameters; its execution id. */
    static long startExtraction(Map<String, String> parameters) throws Exception {
        if (ServerProcess.wildFlyUnderTest()) {
            return startWithJbossCli(parameters);
        }
        return startWithLibertysBatchApi(parameters);
    }

    private static long startWithJbossCli(Map<String, String> parameters) throws IOException, InterruptedException {
        String properties = parameters.entrySet().stream()
                .map(p -> "\"" + p.getKey() + "\"=>\"" + p.getValue() + "\"")
                .collect(Collectors.joining(",", "{", "}"));
        Path cli = Path.of(System.getProperty("aqea.wildfly.home"), "bin", "jboss-cli.sh");
        Process process = new ProcessBuilder(cli.toString(), "--connect", "--output-json",
                "--command=/deployment=aqea-extractor.war/subsystem=batch-jberet:start-job(job-xml-name=wiktionary-extraction,"
                        + "properties=" + properties + ")")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor() == 0, () -> "jboss-cli start-job failed: " + output);
        return JSON.readTree(output.substring(output.indexOf('{'))).get("result").asLong();
    }

    private static long startWithLibertysBatchApi(Map<String, String> parameters) throws Exception {
        JsonNode instance = libertyBatch("POST", "/ibm/api/batch/jobinstances", "{\"applicationName\":\"aqea-extractor\","
                + "\"moduleName\":\"aqea-extractor.war\",\"jobXMLName\":\"wiktionary-extraction\",\"jobParameters\":"
                + JSON.writeValueAsString(parameters) + "}");
        long instanceId = instance.get("instanceId").asLong();
        for (int i = 0; i < 100; i++) {
            JsonNode executions = libertyBatch("GET", "/ibm/api/batch/jobinstances/" + instanceId + "/jobexecutions", null);
            if (executions.size() > 0) {
                return executions.get(0).get("executionId").asLong();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Liberty started no execution of instance " + instanceId);
    }

    private static JsonNode libertyBatch(String method, String path, String body) throws Exception {
        SecurePort.Answer answer = SecurePort.call(method, path, "admin", ApiClient.secret("AQEA_ADMIN_PASSWORD"), body);
        assertTrue(answer.status() < 400, () -> method + " " + path + " answered " + answer.status() + ": " + answer.body());
        return JSON.readTree(answer.body());
    }
}
