package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.crosscheck.bench.LoadClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 2,000 compare requests from 8 concurrent clients over loopback, on real fixture article pairs:
 * none may fail. To keep the suite's time modest each article is cut to its headline and first
 * {@value #PARAGRAPHS} paragraphs (news-brief length); the benchmark, scripts/service-benchmark.sh,
 * sends whole articles. Prints p50, p99 and throughput.
 */
class LoadTest {

    static final int REQUESTS = 2000;
    static final int CLIENTS = 8;
    static final int PARAGRAPHS = 4;

    @Test
    @Timeout(600)
    void answersTwoThousandRequestsFromEightClientsWithoutAnError() throws Exception {
        List<LoadClient.Pair> pairs = LoadClient.fixturePairs(Path.of("fixtures"), PARAGRAPHS);
        try (CrossCheckService service = CrossCheckService.start(new CrossCheckService.Options("127.0.0.1", 0, 2, 2 * CLIENTS,
                java.util.Optional.empty(), new PrintStream(OutputStream.nullOutputStream())))) {
            URI compare = URI.create("http://127.0.0.1:" + service.address().getPort() + "/v1/compare");
            LoadClient.run(compare, pairs.subList(0, 2), 2 * CLIENTS, CLIENTS); // warm-up, not counted

            LoadClient.Result result = LoadClient.run(compare, pairs, REQUESTS, CLIENTS);

            System.out.println("LoadTest: " + pairs.size() + " fixture pairs (first " + PARAGRAPHS + " paragraphs), "
                    + CLIENTS + " clients, 2 analysis threads: " + result.summary());
            assertThat(result.errors()).as(result.summary()).isZero();
            assertThat(result.statuses()).containsExactly(java.util.Map.entry(200, REQUESTS));
        }
    }
}
