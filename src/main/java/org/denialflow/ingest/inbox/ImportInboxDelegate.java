package org.denialflow.ingest.inbox;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Daily intake: imports the inbox and tells the process what came of it. */
@Component
public class ImportInboxDelegate implements JavaDelegate {

    private final InboxImporter inbox;

    public ImportInboxDelegate(InboxImporter inbox) {
        this.inbox = inbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        InboxImporter.InboxRun run = inbox.importInboxOnWorker();
        execution.setVariable("filesImported", run.imported());
        execution.setVariable("filesAlreadyKnown", run.alreadyKnown());
        execution.setVariable("filesQuarantined", run.quarantined());
        execution.setVariable("filesFailed", run.failed());
        execution.setVariable("newWorkItems", run.newWorkItems());
    }
}
