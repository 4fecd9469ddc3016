package org.denialflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.denialflow.DenialFlowApplication;
import org.denialflow.support.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The command-line import starts the application the way {@code java -jar ... import} does: no web server. */
class ImportCommandTest {

    private static String[] withoutWebServer(String... args) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.Arrays.stream(DenialFlowApplication.WITHOUT_WEB_SERVER)).toArray(String[]::new);
    }

    @Test
    void backLoadsAFolderWithoutTheWebServer(@TempDir Path folder) throws Exception {
        String sample = "LinuxForHealth-x12__835_005010X221A1__managed-care.835";
        Files.write(folder.resolve(sample), Samples.bytes(sample));
        Files.writeString(folder.resolve("broken.835"), "ISA*this is not an interchange~");

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DenialFlowApplication.class)
                .profiles("test")
                .run(withoutWebServer("--spring.datasource.url=jdbc:h2:mem:import-command;DB_CLOSE_DELAY=-1",
                        // Its own engine name: closing it must not unregister the engine other tests' contexts use.
                        "--camunda.bpm.process-engine-name=import-command-test"))) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            int exitCode = context.getBean(ImportCommand.class)
                    .importAll(List.of(folder.toString()), new PrintStream(printed, true, StandardCharsets.UTF_8));

            String output = printed.toString(StandardCharsets.UTF_8);
            assertThat(exitCode).isEqualTo(2);
            assertThat(output).contains(sample + ": import").contains("IMPORTED")
                    .contains("broken.835: import").contains("QUARANTINED");
            assertThat(context.getBean(ImportCommand.class)
                    .importAll(List.of(folder.resolve(sample).toString()), new PrintStream(new ByteArrayOutputStream())))
                    .isZero();
        }
    }
}
