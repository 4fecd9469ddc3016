package org.denialflow;

import org.denialflow.ingest.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DenialFlowApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(DenialFlowApplication.class);
        if (ImportCommand.isRequested(args)) {
            // Back-loading from the command line: no web server, no job executor competing for the files.
            application.setWebApplicationType(WebApplicationType.NONE);
            System.setProperty("camunda.bpm.job-execution.enabled", "false");
        }
        application.run(args);
    }
}
