package org.denialflow.ingest;

import org.denialflow.ingest.csv.CsvReportReader;
import org.denialflow.ingest.x12.X12Reader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The readers are plain Java (testable without Spring); here they become beans. */
@Configuration
class ReaderConfiguration {

    @Bean
    X12Reader x12Reader() {
        return new X12Reader();
    }

    @Bean
    CsvReportReader csvReportReader() {
        return new CsvReportReader();
    }
}
