package org.denialflow.ingest.model;

/**
 * A payer or payee. For a payer, {@code id} is REF*2U, else N1*PR04, else TRN03;
 * for a payee, {@code id} is the NPI (N1*PE*XX) when given, else the N1 identifier.
 */
public record Party(String name, String id, String taxId) {
}
