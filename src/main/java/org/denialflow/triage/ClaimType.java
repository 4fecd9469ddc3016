package org.denialflow.triage;

/** Professional (837P, CMS-1500) or institutional (837I, UB-04) claim. */
public enum ClaimType {
    PROFESSIONAL, INSTITUTIONAL
}
