package org.denialflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DenialFlowApplication {

    public static void main(String[] args) {
        SpringApplication.run(DenialFlowApplication.class, args);
    }
}
