/**
 * Seeded generator of synthetic, standard-conformant X12 835 (005010X221A1) remittances and
 * 277CA (005010X214) acknowledgments for demos, load tests and reader tests. Pure Java, no Spring.
 * Every person, payer, provider and identifier it writes is fictional.
 */
package org.denialflow.ingest.synthetic;
