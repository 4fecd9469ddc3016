package org.denialflow.ingest.synthetic;

import java.io.IOException;
import java.io.Writer;

/** Where generated files go: the generator asks for a writer per file name and closes it. */
@FunctionalInterface
public interface FileSink {
    Writer open(String fileName) throws IOException;
}
