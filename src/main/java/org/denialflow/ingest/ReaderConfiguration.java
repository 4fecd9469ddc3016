package org.denialflow.ingest;

import java.nio.file.Path;

import org.denialflow.ingest.csv.CsvColumnMapping;
import org.denialflow.ingest.csv.CsvReportReader;
import org.denialflow.ingest.x12.X12Reader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The readers are plain Java (testable without Spring); here they become beans. */
@Configuration
class ReaderConfiguration {

    @Bean
    X12Reader x12Reader() {
        return new X12Reader();
    }

    /**
     * Clearinghouse reports in DenialFlow's own column layout, or in the clearinghouse's layout when
     * {@code denialflow.csv.mapping-file} names a mapping file (see docs/csv-report-format.md).
     */
    @Bean
    CsvReportReader csvReportReader(@Value("${denialflow.csv.mapping-file:}") String mappingFile) {
        return mappingFile.isBlank() ? new CsvReportReader()
                : new CsvReportReader(CsvColumnMapping.load(Path.of(mappingFile)));
    }
}
