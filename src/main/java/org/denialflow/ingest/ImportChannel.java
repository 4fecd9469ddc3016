package org.denialflow.ingest;

/** How a file reached DenialFlow. */
public enum ImportChannel {
    INBOX,
    UPLOAD,
    COMMAND_LINE,
    DEMO
}
