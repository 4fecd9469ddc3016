#!/usr/bin/env bash
# Stops the nodes scripts/cluster/start.sh started (by the pids in target/cluster/*.pid): a normal
# shutdown first, a kill after 60 s.
set -euo pipefail
cd "$(dirname "$0")/../.."
shopt -s nullglob
for pidfile in target/cluster/node-*.pid; do
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    echo "Stopping $(basename "$pidfile" .pid) (pid $pid)"
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "  still running after 60 s; killing it"
      kill -9 "$pid"
    fi
  fi
  rm -f "$pidfile"
done
