package org.denialflow.ingest.inbox;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The inbox folder payers' and clearinghouses' files are dropped into. Imported files move to
 * {@code processed/}, broken ones to {@code quarantine/}; a file whose import failed stays for the
 * next run.
 */
@ConfigurationProperties(prefix = "denialflow.inbox")
public record InboxProperties(@DefaultValue("data/inbox") Path folder,
                              @DefaultValue("100MB") DataSize maxFileSize) {

    public Path processed() {
        return folder.resolve("processed");
    }

    public Path quarantine() {
        return folder.resolve("quarantine");
    }
}
