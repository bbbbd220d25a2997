package org.aqea.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A flight recording of the running server (same machine, through {@code jcmd}) and what it says of a job's steps:
 * the CPU time the server's process used in each step (JFR's CPU load, integrated over the step) and where its
 * threads spent it (JFR's execution samples, each counted for the first frame from the top that names a part of
 * the job). Execution samples cover Java code only: garbage collection, the JIT and a native decoder process are
 * in the CPU time, not in the shares.
 */
final class ServerProfile implements AutoCloseable {

    /** The job's parts, by the package or class of a frame; the first match from the top of a stack counts. */
    private static final Map<String, String> PARTS = parts();

    private static Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("org.apache.commons.compress.", "decoding");
        parts.put("java.util.zip.", "decoding");
        parts.put("org.aqea.dump.NativeBzip2", "decoding");
        parts.put("com.sun.org.apache.xerces.", "XML reading");
        parts.put("javax.xml.", "XML reading");
        parts.put("org.aqea.dump.", "XML reading");
        parts.put("org.aqea.partition.PageShards", "shards");
        parts.put("org.aqea.batch.ShardWriter", "shards");
        parts.put("org.aqea.batch.ShardPageReader", "shards");
        parts.put("sun.nio.ch.FileChannel", "shards");
        parts.put("org.aqea.address.FieldClassifier", "classification");
        parts.put("org.aqea.quality.", "validation");
        parts.put("com.fasterxml.jackson.", "serialisation");
        parts.put("org.aqea.lexicon.LexiconJson", "serialisation");
        parts.put("org.aqea.security.Sha256", "serialisation");
        parts.put("org.aqea.dewiktionary.", "parsing");
        parts.put("org.aqea.wikitext.", "parsing");
        parts.put("org.jsoup.", "parsing");
        parts.put("org.aqea.address.", "keys and addresses");
        parts.put("org.postgresql.", "database");
        parts.put("org.hibernate.", "database");
        parts.put("com.ibm.ws.rsadapter.", "database");
        parts.put("org.aqea.store.", "database");
        parts.put("com.ibm.jbatch.", "batch runtime");
        parts.put("com.ibm.ws.jbatch.", "batch runtime");
        return parts;
    }

    /** One step's window and what the recording saw in it. */
    record Step(String name, Instant start, Instant end, double cpuSeconds, double machineCpuSeconds, Map<String, Integer> samples) {

        double wallSeconds() {
            return (end.toEpochMilli() - start.toEpochMilli()) / 1000.0;
        }

        String describe() {
            int total = samples.values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder line = new StringBuilder(String.format("    %-9s wall %6.1f s, CPU %6.1f s (machine %6.1f s);", name,
                    wallSeconds(), cpuSeconds, machineCpuSeconds));
            samples.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .filter(part -> part.getValue() * 100L >= total)
                    .forEach(part -> line.append(String.format(" %s %.0f%%,", part.getKey(), 100.0 * part.getValue() / total)));
            return line.substring(0, line.length() - 1) + String.format(" (%,d samples)", total);
        }
    }

    private final long pid;
    private final Path recording;
    private long peakLiveHeap;

    private ServerProfile(long pid, Path recording) {
        this.pid = pid;
        this.recording = recording;
    }

    /** Starts recording the server's JVM (AQEA_SERVER_PID, else the one Liberty or WildFly process of this machine). */
    static ServerProfile start() throws IOException, InterruptedException {
        long pid = serverPid();
        Path recording = Path.of("target", "bench", "job-" + System.currentTimeMillis() + ".jfr").toAbsolutePath();
        Files.createDirectories(recording.getParent());
        jcmd(pid, "JFR.start", "name=aqea-benchmark", "settings=profile");
        return new ServerProfile(pid, recording);
    }

    private static long serverPid() {
        String given = System.getenv("AQEA_SERVER_PID");
        if (given != null) {
            return Long.parseLong(given);
        }
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().map(line -> line.contains("ws-server.jar")
                        || line.contains("aqea-extractor.jar")
                        || line.contains("jboss-modules.jar") && line.contains("-D[Standalone]")).orElse(false))
                .toList();
        if (servers.size() != 1) {
            throw new IllegalStateException(servers.size() + " Liberty or WildFly servers run on this machine; set AQEA_SERVER_PID");
        }
        return servers.get(0).pid();
    }

    /** Ends the recording and reads the steps' windows out of it. */
    List<Step> steps(Map<String, Instant[]> windows) throws IOException, InterruptedException {
        jcmd(pid, "JFR.dump", "name=aqea-benchmark", "filename=" + recording);
        List<Step> steps = new ArrayList<>();
        Map<String, double[]> cpu = new LinkedHashMap<>();
        Map<String, double[]> machineCpu = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> samples = new LinkedHashMap<>();
        windows.keySet().forEach(step -> {
            cpu.put(step, new double[1]);
            machineCpu.put(step, new double[1]);
            samples.put(step, new LinkedHashMap<>());
        });
        int cores = Runtime.getRuntime().availableProcessors();
        try (RecordingFile file = new RecordingFile(recording)) {
            Instant lastLoad = null;
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String type = event.getEventType().getName();
                if (type.equals("jdk.CPULoad")) {
                    Instant at = event.getStartTime();
                    String step = stepAt(windows, at);
                    if (lastLoad != null && step != null) {
                        double interval = (at.toEpochMilli() - lastLoad.toEpochMilli()) / 1000.0 * cores;
                        cpu.get(step)[0] += interval * (event.getDouble("jvmUser") + event.getDouble("jvmSystem"));
                        machineCpu.get(step)[0] += interval * event.getDouble("machineTotal");
                    }
                    lastLoad = at;
                } else if (type.equals("jdk.GCHeapSummary") && event.getString("when").equals("After GC")) {
                    peakLiveHeap = Math.max(peakLiveHeap, event.getLong("heapUsed"));
                } else if (type.equals("jdk.ExecutionSample")) {
                    String step = stepAt(windows, event.getStartTime());
                    if (step != null) {
                        samples.get(step).merge(partOf(event), 1, Integer::sum);
                    }
                }
            }
        }
        windows.forEach((step, window) -> steps.add(new Step(step, window[0], window[1], cpu.get(step)[0],
                machineCpu.get(step)[0], samples.get(step))));
        return steps;
    }

    /** The most the heap held right after a collection during the recording (what the job kept, not its garbage). */
    long peakLiveHeap() {
        return peakLiveHeap;
    }

    /** The recording, kept for a closer look ({@code jfr print} or {@code jfr view hot-methods} of a newer JDK). */
    Path recording() {
        return recording;
    }

    private static String stepAt(Map<String, Instant[]> windows, Instant at) {
        for (Map.Entry<String, Instant[]> window : windows.entrySet()) {
            if (!at.isBefore(window.getValue()[0]) && at.isBefore(window.getValue()[1])) {
                return window.getKey();
            }
        }
        return null;
    }

    private static String partOf(RecordedEvent sample) {
        if (sample.getStackTrace() == null) {
            return "other";
        }
        for (RecordedFrame frame : sample.getStackTrace().getFrames()) {
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, String> part : PARTS.entrySet()) {
                if (type.startsWith(part.getKey())) {
                    return part.getValue();
                }
            }
        }
        return "other";
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0 || output.contains("Exception")) {
            throw new IOException(String.join(" ", line) + " failed: " + output);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        jcmd(pid, "JFR.stop", "name=aqea-benchmark");
    }
}
