package org.denialflow.workflow;

import static org.denialflow.workflow.ProcessVariables.*;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;


import org.camunda.bpm.engine.RuntimeService;
import org.denialflow.denial.Denial;
import org.denialflow.denial.DenialWorkflow;
import org.denialflow.engine.AsApplication;
import org.denialflow.denial.Rejection;
import org.springframework.stereotype.Component;

/**
 * Starts and signals the processes. Runs in the caller's transaction (the engine and the ledger
 * share one DataSource and transaction manager), so a ledger row and its process commit together.
 *
 * <p>Whoever uploads a file (billing, say) may not start or signal process instances themselves: the
 * import does it on their behalf, so these calls run without the caller's engine authentication. The
 * tasks the processes create are still routed to, and authorized for, the teams.
 */
@Component
public class EngineDenialWorkflow implements DenialWorkflow {

    private final RuntimeService runtimeService;
    private final AsApplication asApplication;

    public EngineDenialWorkflow(RuntimeService runtimeService, AsApplication asApplication) {
        this.runtimeService = runtimeService;
        this.asApplication = asApplication;
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
        return asApplication.run(() -> runtimeService.startProcessInstanceByKey(DENIAL_PROCESS,
                String.valueOf(denial.id()), variables).getId());
    }

    @Override
    public String startRejection(Rejection rejection) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(REJECTION_ID, rejection.id());
        variables.put(PATIENT_CONTROL_NUMBER, rejection.patientControlNumber());
        variables.put(PAYER_NAME, rejection.payerName());
        variables.put(DENIAL_REASON, rejection.statusText());
        variables.put(AMOUNT_AT_RISK, rejection.billed() == null ? 0.0 : rejection.billed().doubleValue());
        return asApplication.run(() -> runtimeService.startProcessInstanceByKey(REJECTION_PROCESS,
                String.valueOf(rejection.id()), variables).getId());
    }

    @Override
    public void paymentPosted(long denialId, BigDecimal amount, boolean fullyRecovered) {
        asApplication.run(() -> runtimeService.createMessageCorrelation(PAYMENT_POSTED)
                .processInstanceBusinessKey(String.valueOf(denialId))
                .setVariable(PAYMENT_AMOUNT, amount.doubleValue())
                .setVariable(FULLY_RECOVERED, fullyRecovered)
                .correlateAllWithResult());
    }

    @Override
    public void claimAccepted(long rejectionId) {
        asApplication.run(() -> runtimeService.createMessageCorrelation(CLAIM_ACCEPTED)
                .processInstanceBusinessKey(String.valueOf(rejectionId))
                .correlateAllWithResult());
    }
}
