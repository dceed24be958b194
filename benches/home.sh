#!/usr/bin/env bash
# Home-page throughput and the server's memory, on SQLite and (if it answers) PostgreSQL.
# Everything runs on 127.0.0.1. Usage: benches/home.sh [seconds per run, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-target}/release/digikaveri"
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

run() { # name database-url port
  local name=$1 url=$2 port=$3
  DATABASE_URL="$url" DIGIKAVERI_DEMO=1 ROCKET_PORT="$port" ROCKET_LOG_LEVEL=off "$bin" &
  local pid=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
  local rss_start; rss_start=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  wrk -t2 -c32 -d1s "http://127.0.0.1:$port/" >/dev/null # warm-up
  local result; result=$(wrk -t2 -c32 -d"${seconds}s" --latency "http://127.0.0.1:$port/")
  local rss_after; rss_after=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  echo "== $name"
  echo "RSS after start: $((rss_start / 1024)) MiB; after the run: $((rss_after / 1024)) MiB"
  echo "$result" | grep -E 'Requests/sec|Latency|50%|99%|Non-2xx' | sed 's/^ */  /'
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

echo "binary: $(du -h "$bin" | cut -f1) ($bin)"
run "SQLite" "$work/bench.sqlite3" 18080
pg="${BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432}"
if psql "$pg/postgres" -qtAc 'select 1' >/dev/null 2>&1; then
  db="dk_bench_$$"
  psql "$pg/postgres" -qc "CREATE DATABASE $db" >/dev/null
  run "PostgreSQL" "$pg/$db" 18081
  psql "$pg/postgres" -qc "DROP DATABASE $db WITH (FORCE)" >/dev/null
else
  echo "== PostgreSQL: not reachable at $pg, skipped"
fi
