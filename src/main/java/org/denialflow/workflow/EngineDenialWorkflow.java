package org.denialflow.workflow;

import static org.denialflow.workflow.ProcessVariables.*;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.denialflow.denial.Denial;
import org.denialflow.denial.DenialWorkflow;
import org.denialflow.denial.Rejection;
import org.springframework.stereotype.Component;

/**
 * Starts and signals the processes. Runs in the caller's transaction (the engine and the ledger
 * share one DataSource and transaction manager), so a ledger row and its process commit together.
 */
@Component
public class EngineDenialWorkflow implements DenialWorkflow {

    private final RuntimeService runtimeService;

    public EngineDenialWorkflow(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public String startDenial(Denial denial) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(DENIAL_ID, denial.id());
        variables.put(CLAIM_NUMBER, denial.payerClaimNumber());
        variables.put(PATIENT_CONTROL_NUMBER, denial.patientControlNumber());
        variables.put(PAYER_NAME, denial.payerName());
        variables.put(AMOUNT_AT_RISK, denial.amountAtRisk().doubleValue());
        variables.put(DENIAL_REASON, denial.reasonCode());
        return runtimeService.startProcessInstanceByKey(DENIAL_PROCESS, String.valueOf(denial.id()), variables)
                .getId();
    }

    @Override
    public String startRejection(Rejection rejection) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(REJECTION_ID, rejection.id());
        variables.put(PATIENT_CONTROL_NUMBER, rejection.patientControlNumber());
        variables.put(PAYER_NAME, rejection.payerName());
        variables.put(DENIAL_REASON, rejection.statusText());
        variables.put(AMOUNT_AT_RISK, rejection.billed() == null ? 0.0 : rejection.billed().doubleValue());
        return runtimeService.startProcessInstanceByKey(REJECTION_PROCESS, String.valueOf(rejection.id()), variables)
                .getId();
    }

    @Override
    public void paymentPosted(long denialId, BigDecimal amount, boolean fullyRecovered) {
        runtimeService.createMessageCorrelation(PAYMENT_POSTED)
                .processInstanceBusinessKey(String.valueOf(denialId))
                .setVariable(PAYMENT_AMOUNT, amount.doubleValue())
                .setVariable(FULLY_RECOVERED, fullyRecovered)
                .correlateAll();
    }

    @Override
    public void claimAccepted(long rejectionId) {
        runtimeService.createMessageCorrelation(CLAIM_ACCEPTED)
                .processInstanceBusinessKey(String.valueOf(rejectionId))
                .correlateAll();
    }
}
