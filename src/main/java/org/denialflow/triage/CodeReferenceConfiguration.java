package org.denialflow.triage;

import java.io.IOException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the {@link CodeReference} bean. When {@code denialflow.codes.official-csv} names a file (the official
 * CARC/RARC list the operator holds under their own X12 licence), its descriptions are loaded at start.
 */
@Configuration(proxyBeanMethods = false)
public class CodeReferenceConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(CodeReferenceConfiguration.class);

    @Bean
    public CodeReference codeReference(@Value("${denialflow.codes.official-csv:}") String officialCsv)
            throws IOException {
        CodeReference reference = CodeReference.loadDefault();
        if (officialCsv != null && !officialCsv.isBlank()) {
            int count = reference.loadOfficialDescriptions(Path.of(officialCsv));
            LOG.info("Loaded {} official code descriptions from {}", count, officialCsv);
        }
        return reference;
    }
}
