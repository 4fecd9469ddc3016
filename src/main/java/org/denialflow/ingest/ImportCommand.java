package org.denialflow.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.denialflow.ingest.model.Problem;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Back-loading history from the command line:
 * {@code java -jar target/denialflow.jar import FILE...}. Runs without the web server, imports
 * each file (or every file of a folder) and exits with 0, or 2 when a file was quarantined or failed.
 */
@Component
@Order(100)
public class ImportCommand implements ApplicationRunner {

    public static final String VERB = "import";

    private final ImportService imports;
    private final ApplicationContext context;

    public ImportCommand(ImportService imports, ApplicationContext context) {
        this.imports = imports;
        this.context = context;
    }

    public static boolean isRequested(String[] args) {
        return args.length > 0 && VERB.equals(args[0]);
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        String[] raw = args.getSourceArgs();
        if (!isRequested(raw)) {
            return;
        }
        List<String> paths = Arrays.stream(raw).skip(1).filter(a -> !a.startsWith("--")).toList();
        int exitCode = importAll(paths, System.out);
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }

    int importAll(List<String> paths, PrintStream out) throws IOException {
        int broken = 0;
        for (Path file : expand(paths)) {
            try {
                ImportResult result = imports.importFile(file.getFileName().toString(), Files.readAllBytes(file),
                        ImportChannel.COMMAND_LINE, System.getProperty("user.name", "command-line"));
                out.printf("%s: import %d %s - %s%n", file, result.importId(), result.status(), result.message());
                for (Problem p : result.problems()) {
                    out.printf("    %s %s at segment %d%s: %s%n", p.severity(), p.code(), p.segmentPosition(),
                            p.segmentId() == null ? "" : " (" + p.segmentId() + ")", p.message());
                }
                if (result.status() != ImportStatus.IMPORTED) {
                    broken++;
                }
            } catch (RuntimeException e) {
                broken++;
                out.printf("%s: failed (%s); run the command again to retry%n", file, e.getClass().getSimpleName());
            }
        }
        return broken == 0 ? 0 : 2;
    }

    private static List<Path> expand(List<String> paths) throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                try (var listing = Files.list(path)) {
                    listing.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }
}
