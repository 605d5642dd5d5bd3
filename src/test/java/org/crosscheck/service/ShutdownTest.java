package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crosscheck serve} as a real process sent SIGTERM: it stops accepting, finishes the request
 * in flight and exits within five seconds. The request is held in flight by sending its body in
 * two halves, the second after the signal.
 */
@Timeout(180)
class ShutdownTest {

    private static final Pattern SERVING = Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)");

    @Test
    void sigtermStopsAcceptingFinishesTheRequestInFlightAndExitsWithinFiveSeconds(@TempDir Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // to a file: Process.destroy closes the pipes, and the lines written while stopping matter here
        Path stderr = dir.resolve("stderr.txt");
        Process server = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.crosscheck.cli.Main", "serve", "--port", "0", "--threads", "1")
                .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            int port = awaitPort(stderr);
            byte[] body = TestHttp.goodCompare().getBytes(StandardCharsets.UTF_8);
            try (Socket client = new Socket("127.0.0.1", port)) {
                OutputStream out = client.getOutputStream();
                out.write(("POST /v1/compare HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, body.length / 2);
                out.flush();
                Thread.sleep(500);

                server.destroy();
                long signalled = System.nanoTime();
                awaitRefused(port);
                out.write(body, body.length / 2, body.length - body.length / 2);
                out.flush();
                String response = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

                assertThat(response).startsWith("HTTP/1.1 200").contains("\"discrepancies\"");
                assertThat(server.waitFor(5000 - (System.nanoTime() - signalled) / 1_000_000, TimeUnit.MILLISECONDS)).isTrue();
            }
            assertThat(server.exitValue()).isEqualTo(143);
            List<String> log = Files.readAllLines(stderr);
            assertThat(log).anySatisfy(line -> assertThat(line).contains("\"POST /v1/compare\" 200"));
            assertThat(log).anySatisfy(line -> assertThat(line).isEqualTo("crosscheck: stopping, finishing the requests in flight"));
        } finally {
            server.destroyForcibly();
        }
    }

    private static int awaitPort(Path stderr) throws Exception {
        for (int i = 0; i < 1200; i++) {
            for (String line : Files.readAllLines(stderr)) {
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("server did not start: " + Files.readString(stderr));
    }

    /** Waits until the port refuses connections, failing after two seconds. */
    private static void awaitRefused(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
            } catch (ConnectException refused) {
                return;
            } catch (java.io.IOException other) {
                // not yet decided; try again
            }
            Thread.sleep(20);
        }
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    }
}
