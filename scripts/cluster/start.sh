#!/usr/bin/env bash
# Starts a two-node DenialFlow cluster on this machine: two processes of the packaged application,
# profile postgres, one PostgreSQL database, one shared inbox folder. See docs/guide/cluster.md.
#
#   DENIALFLOW_ADMIN_PASSWORD='a long passphrase' scripts/cluster/start.sh
#
# Environment (defaults in brackets):
#   DENIALFLOW_DB_URL [jdbc:postgresql://127.0.0.1:5432/denialflow], DENIALFLOW_DB_USER [denialflow],
#   DENIALFLOW_DB_PASSWORD [denialflow], DENIALFLOW_ADMIN_PASSWORD (required),
#   DENIALFLOW_INBOX_FOLDER [target/cluster/inbox], CLUSTER_PORTS ["8081 8082"],
#   CLUSTER_JAVA_OPTS [-Xmx768m], CLUSTER_ARGS (extra --property=value arguments for every node).
# Node names: HOST-node-PORT (the job executor's lock owner).
# Logs and pid files: target/cluster/node-PORT.log and .pid. Stop with scripts/cluster/stop.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."

: "${DENIALFLOW_ADMIN_PASSWORD:?Set DENIALFLOW_ADMIN_PASSWORD: the postgres profile has no default administrator password}"
export SPRING_PROFILES_ACTIVE=postgres
export DENIALFLOW_DB_URL="${DENIALFLOW_DB_URL:-jdbc:postgresql://127.0.0.1:5432/denialflow}"
export DENIALFLOW_DB_USER="${DENIALFLOW_DB_USER:-denialflow}"
export DENIALFLOW_DB_PASSWORD="${DENIALFLOW_DB_PASSWORD:-denialflow}"
export DENIALFLOW_ADMIN_PASSWORD
CLUSTER_DIR="$PWD/target/cluster"
export DENIALFLOW_INBOX_FOLDER="${DENIALFLOW_INBOX_FOLDER:-$CLUSTER_DIR/inbox}"
PORTS=(${CLUSTER_PORTS:-8081 8082})
JAVA_OPTS=(${CLUSTER_JAVA_OPTS:--Xmx768m})
EXTRA_ARGS=(${CLUSTER_ARGS:-})

JAR="$(ls -t target/denialflow*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)"
if [ -z "$JAR" ]; then
  echo "No target/denialflow.jar yet; building it (./mvnw -q package -DskipTests)"
  ./mvnw -q package -DskipTests
  JAR=target/denialflow.jar
fi
mkdir -p "$CLUSTER_DIR" "$DENIALFLOW_INBOX_FOLDER"

wait_ready() { # port log pid
  for _ in $(seq 1 300); do
    if grep -q "DenialFlow is ready" "$2" 2>/dev/null; then return 0; fi
    if ! kill -0 "$3" 2>/dev/null; then
      echo "The node on port $1 stopped while starting; the end of $2:" >&2
      tail -n 40 "$2" >&2
      return 1
    fi
    sleep 1
  done
  echo "The node on port $1 was not ready after 300 s; see $2" >&2
  return 1
}

for port in "${PORTS[@]}"; do
  pidfile="$CLUSTER_DIR/node-$port.pid"
  log="$CLUSTER_DIR/node-$port.log"
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "A node already runs on port $port (pid $(cat "$pidfile"))"
    continue
  fi
  # Each node locks jobs under its own name (ACT_RU_JOB.LOCK_OWNER_), so Cockpit shows who holds a job.
  DENIALFLOW_NODE_NAME="$(hostname -s)-node-$port" \
    java "${JAVA_OPTS[@]}" -jar "$JAR" --server.port="$port" "${EXTRA_ARGS[@]}" >"$log" 2>&1 &
  echo $! >"$pidfile"
  echo "Starting node on port $port (pid $!, log $log)"
  # One node at a time: the first start on an empty database creates the engine's tables, which two
  # nodes must not do at once; later starts only check the schema and deploy changed models.
  wait_ready "$port" "$log" "$!"
  echo "Node on port $port is ready: http://localhost:$port/"
done
echo "Cluster up. Shared inbox: $DENIALFLOW_INBOX_FOLDER. Stop it with scripts/cluster/stop.sh"
