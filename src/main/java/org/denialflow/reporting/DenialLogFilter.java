package org.denialflow.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The tracking log's filters; every one is optional. {@code reason} is a CARC ("50"), a group and
 * CARC ("CO-50") or a kind; {@code from}/{@code to} bound the denial date; {@code age} and
 * {@code deadline} are the backlog's buckets ("31-60", "past deadline"), {@code rootCause} the
 * preventable-share root cause, {@code month} a month (2026-03) of the denial date.
 */
public record DenialLogFilter(String payer, String reason, String category, String subcategory, String team,
                              String status, String stage, String outcome, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              BigDecimal minAmount, BigDecimal maxAmount, String age, String deadline, String rootCause,
                              String month, String claim) {
}
