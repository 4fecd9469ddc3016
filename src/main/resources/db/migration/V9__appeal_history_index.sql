-- Appeal history by category (and payer) for the likelihood of success that triage computes on every
-- new denial (LikelihoodOfSuccess: closed denials that reached an appeal, by category, then also by
-- payer). Without it each process start scanned every closed denial twice: 0.37 s per query at a
-- year's 1,000,000 denials, which held process starts below one a second (docs/benchmarks.md,
-- "A year on the cluster"). Category first (always given), then the equality on status and the range
-- on appeal level, so the scan covers only the category's decided appeals; payer and outcome are
-- read from the index.
create index ix_denial_appeal_history on denial (category, status, appeal_level, payer_key, outcome);
