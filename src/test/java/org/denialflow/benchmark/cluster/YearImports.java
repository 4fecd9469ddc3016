package org.denialflow.benchmark.cluster;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.denialflow.benchmark.BenchmarkDatabase;
import org.denialflow.cluster.ClusterNode;
import org.denialflow.ingest.synthetic.SyntheticRemittances;

/**
 * Import throughput on the full year's database: half the files taken in by one node, the other half by
 * two nodes sharing the inbox, with the processor time PostgreSQL and each node used meanwhile, so the
 * figures say whether a second node adds throughput and which process the cores were busy with.
 */
final class YearImports {

    private final BenchmarkDatabase db;
    private final Path inbox;
    private final SyntheticRemittances remittances;

    YearImports(BenchmarkDatabase db, Path inbox, long claims) {
        this.db = db;
        this.inbox = inbox;
        // a seed of its own, so these claims are new to a ledger that a previous run already filled
        this.remittances = SyntheticRemittances.builder().seed(System.currentTimeMillis()).claims(claims)
                .claimsPerFile(1_000).denialRate(0.12).startDate(LocalDate.now().minusDays(20)).build();
    }

    VolumeBenchmark.Rate oneNode(ClusterNode a) throws Exception {
        return phase("import on the year's database, 1 node", 0, remittances.fileCount() / 2, List.of(a));
    }

    VolumeBenchmark.Rate twoNodes(ClusterNode a, ClusterNode b) throws Exception {
        return phase("import on the year's database, 2 nodes", remittances.fileCount() / 2, remittances.fileCount(),
                List.of(a, b));
    }

    private VolumeBenchmark.Rate phase(String label, int from, int to, List<ClusterNode> nodes) throws Exception {
        double postgresBefore = CpuSeconds.postgres();
        List<Double> nodesBefore = new ArrayList<>();
        nodes.forEach(node -> nodesBefore.add(CpuSeconds.of(node.pid())));
        VolumeBenchmark.Rate rate = VolumeBenchmark.importPhase(db, remittances, from, to, inbox, nodes);
        VolumeBenchmark.print(label, rate);
        StringBuilder cpu = new StringBuilder(String.format("  processor seconds over %.0f s of wall time"
                        + " (%d cores = %.0f available): postgres %.0f", rate.seconds(), cores(),
                rate.seconds() * cores(), CpuSeconds.postgres() - postgresBefore));
        for (int i = 0; i < nodes.size(); i++) {
            cpu.append(String.format(", %s %.0f", nodes.get(i).name, CpuSeconds.of(nodes.get(i).pid()) - nodesBefore.get(i)));
        }
        System.out.println(cpu);
        return rate;
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
