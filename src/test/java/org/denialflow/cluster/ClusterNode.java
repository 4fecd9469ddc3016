package org.denialflow.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One DenialFlow node: the packaged application ({@code java -jar target/denialflow.jar}) in its own
 * process, on its own port, with its output in a log file.
 */
public final class ClusterNode implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public final String name;
    public final int port;
    public final Path log;
    private final Process process;

    private ClusterNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** With JVM options for a short test: a small heap, quick start rather than peak speed. */
    public static ClusterNode start(String name, Path jar, Path logDirectory, Map<String, String> environment,
                                    List<String> arguments) throws IOException {
        return start(name, jar, logDirectory, environment, arguments,
                List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    }

    public static ClusterNode start(String name, Path jar, Path logDirectory, Map<String, String> environment,
                                    List<String> arguments, List<String> jvmOptions) throws IOException {
        int port = freePort();
        Files.createDirectories(logDirectory);
        Path log = logDirectory.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new ClusterNode(name, port, log, builder.start());
    }

    /** The packaged application: target/denialflow.jar, or any runnable denialflow*.jar in target/. */
    public static Path findJar() throws IOException {
        Path target = Path.of(System.getProperty("project.build.directory", "target"));
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("denialflow.*\\.jar"))
                    .filter(f -> !f.getFileName().toString().contains("-plain"))
                    .sorted((x, y) -> Long.compare(y.toFile().lastModified(), x.toFile().lastModified()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "No target/denialflow*.jar: the cluster test runs after package (./mvnw verify)"));
        }
    }

    /** Resident memory of the node's process in bytes (Linux /proc), or -1. */
    public long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or the process is gone
        }
        return -1;
    }

    /** The operating system's id of the node's process. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Started and announced itself (after users, groups and deployments are in place). */
    public boolean isReady() {
        if (!process.isAlive()) {
            throw new IllegalStateException("Node " + name + " exited with " + process.exitValue() + ":\n" + logTail());
        }
        return logText().contains("DenialFlow is ready");
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> get(String path, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET(), user, password);
    }

    public HttpResponse<String> postJson(String path, String json, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), user, password);
    }

    public HttpResponse<String> putJson(String path, String json, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), user, password);
    }

    /** A multipart/form-data POST with one file part (and optional text parts before it). */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
                                       byte[] content, String user, String password) {
        String boundary = "----denialflow" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                        + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                    + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), user, password);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String user, String password) {
        request.timeout(Duration.ofSeconds(120));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** kill -9: no shutdown hook, no rollback by the application, open transactions die with the connection. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * kill -STOP: the node freezes as in a long garbage-collection pause; its connections stay open and
     * idle, nothing it holds is released. {@link #resume()} lets it carry on where it was.
     */
    public void pause() throws IOException, InterruptedException {
        signal("STOP");
    }

    public void resume() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    public String logText() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            return "";
        }
    }

    public String logTail() {
        String text = logText();
        return text.length() <= 6000 ? text : text.substring(text.length() - 6000);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
