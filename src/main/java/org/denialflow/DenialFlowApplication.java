package org.denialflow;

import java.util.Arrays;
import java.util.stream.Stream;

import org.denialflow.engine.ConnectionCheck;
import org.denialflow.ingest.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DenialFlowApplication {

    /**
     * Back-loading from the command line and benchmark programs: no web server, no REST API, and no
     * job executor competing with a running node for the files. Given as arguments so that they win
     * over application.yaml.
     */
    public static final String[] WITHOUT_WEB_SERVER = {
            "--spring.main.web-application-type=none",
            "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
            "--camunda.bpm.job-execution.enabled=false"};

    public static void main(String[] args) {
        ConnectionCheck.beforeEveryUse();
        String[] effective = ImportCommand.isRequested(args)
                ? Stream.concat(Arrays.stream(args), Arrays.stream(WITHOUT_WEB_SERVER)).toArray(String[]::new)
                : args;
        SpringApplication.run(DenialFlowApplication.class, effective);
    }
}
