#!/usr/bin/env bash
# HTTP load comparison (issue 8). Generates a synthetic directory (CLI generate, cached per size), brings its
# search index in step (CLI reindex, cached), starts the real service on it and measures its start-up to
# ready and resident memory, then drives with wrk, one after another on loopback only:
#   organisation   organisation(id) with specialisms and ten collaborators
#   bare           a bare Kestrel endpoint (bench/BareKestrel) answering the same bytes without GraphQL
#   filtered       a filtered, ordered connection page (organisations in the North East, energy, businesses)
#   search         search(query) and matchNeed(need), when the schema has them and SEARCH is not 0
#   node           node(id) { id }: what every request pays
# and prints requests/s and latency percentiles for each, and organisation ÷ bare (target ≥ 0.5).
#
# Settings (environment): ORGS=100000 DURATION=20s WARMUP=3s CONNECTIONS=16 THREADS=1 SEARCH=auto|0|1
#   DATA_ROOT=/tmp/innovation-load ARTIFACTS=/tmp/art-load API_PORT=5181 BARE_PORT=5182 ORG_ID=(picked)
# Every run is bounded (DURATION per scenario) and ends both servers it started.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
ORGS=${ORGS:-100000}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-3s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-1}
SEARCH=${SEARCH:-auto}
DATA_ROOT=${DATA_ROOT:-/tmp/innovation-load}
ARTIFACTS=${ARTIFACTS:-/tmp/art-load}
API_PORT=${API_PORT:-5181}
BARE_PORT=${BARE_PORT:-5182}
data="$DATA_ROOT/orgs-$ORGS"
out="$DATA_ROOT/run-$ORGS-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
say() { echo "$*" | tee -a "$out/log.txt" >&2; }

if ! command -v wrk >/dev/null 2>&1; then
  say "Installing wrk (Debian package)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

say "Building (Release, artifacts in $ARTIFACTS)"
for project in src/InnovationNetwork.Api src/InnovationNetwork.Cli bench/BareKestrel bench/InnovationNetwork.Benchmarks; do
  dotnet build -c Release "$repo/$project" --artifacts-path "$ARTIFACTS" -v q -nologo >"$out/build.log" 2>&1 \
    || { cat "$out/build.log" >&2; exit 1; }
done
bin="$ARTIFACTS/bin"
cli=(dotnet "$bin/InnovationNetwork.Cli/release/innovation.dll" --data-dir "$data" --seed-dir "$repo/seed")

if [ ! -f "$data/.generated" ]; then
  rm -rf "$data"
  say "Generating $ORGS organisations into $data"
  /usr/bin/time -f "generate: %e s wall, %U s user, %S s sys, %M KB peak" "${cli[@]}" generate --organisations "$ORGS" --seed 1 2>&1 | tail -2 | tee -a "$out/log.txt" >&2
  touch "$data/.generated"
fi

has_search=0
if [ "$SEARCH" = 1 ] || { [ "$SEARCH" = auto ] && grep -q '^  matchNeed(' "$repo/schema.graphql" && grep -q '^  search(' "$repo/schema.graphql"; }; then
  has_search=1
fi
if [ "$has_search" = 1 ] && [ ! -f "$data/.indexed" ]; then
  say "Bringing the search index in step (reindex)"
  /usr/bin/time -f "reindex: %e s wall, %U s user, %S s sys, %M KB peak" "${cli[@]}" reindex 2>&1 | tail -2 | tee -a "$out/log.txt" >&2
  touch "$data/.indexed"
fi

if [ -z "${ORG_ID:-}" ]; then
  if [ ! -f "$data/organisation-id" ]; then
    dotnet "$bin/InnovationNetwork.Benchmarks/release/InnovationNetwork.Benchmarks.dll" pick-organisation "$ORGS" 2>/dev/null | tail -1 >"$data/organisation-id"
  fi
  ORG_ID=$(cat "$data/organisation-id")
fi

read -r nodes relationships < <(python3 - "$data/innovation.db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
print(c.execute("select count(*) from nodes").fetchone()[0], c.execute("select count(*) from relationships").fetchone()[0])
PY
)

# The service as deployed, except that the per-client rate limit (600 a minute) would refuse the load.
say "Starting the service on $data ($nodes nodes, $relationships relationships)"
started=$(date +%s.%N)
ASPNETCORE_ENVIRONMENT=Production Urls="http://127.0.0.1:$API_PORT" Store__DataDirectory="$data" Seed__Enabled=false \
  Limits__RateLimitEnabled=false Logging__LogLevel__Default=Warning Logging__LogLevel__InnovationNetwork=Information \
  dotnet "$bin/InnovationNetwork.Api/release/InnovationNetwork.Api.dll" --contentRoot "$repo/src/InnovationNetwork.Api" >"$out/api.log" 2>&1 &
api=$!
pids+=("$api")
for _ in $(seq 1 12000); do
  if curl -fsS -o /dev/null "http://127.0.0.1:$API_PORT/health/ready" 2>/dev/null; then break; fi
  kill -0 "$api" 2>/dev/null || { cat "$out/api.log" >&2; exit 1; }
  sleep 0.05
done
ready=$(date +%s.%N)
startup=$(python3 -c "print(f'{$ready - $started:.2f}')")
rss_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$1/status"; }
rss_ready=$(rss_kb "$api")
# CPU time is steadier than wall time on a shared machine: user + system seconds the service spent to ready.
cpu_ready=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$api/stat")
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

# Request bodies, and the service's own answer to the organisation request for the bare endpoint.
python3 - "$here/queries" "$out" "$ORG_ID" <<'PY'
import json, sys
queries, out, org = sys.argv[1:4]
def body(name, file, variables):
    json.dump({"query": open(f"{queries}/{file}").read(), "variables": variables}, open(f"{out}/{name}.json", "w"))
body("organisation", "organisation.graphql", {"id": org})
body("filtered", "filtered-organisations.graphql", {"place": "place-E12000001", "specialism": "spec-energy"})
body("search", "search.graphql", {"query": "subsea cable inspection"})
body("matchNeed", "match-need.graphql", {"text": "autonomous inspection of subsea export cables"})
body("node", "node.graphql", {"id": org})
PY
post() { curl -fsS -X POST -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json' --data-binary "@$out/$2.json" "$1"; }
post "http://127.0.0.1:$API_PORT/graphql" organisation >"$out/organisation-response.json"
if grep -q '"errors"' "$out/organisation-response.json" || ! grep -q '"collaborators"' "$out/organisation-response.json"; then
  say "The organisation request failed: $(head -c 400 "$out/organisation-response.json")"; exit 1
fi

dotnet "$bin/BareKestrel/release/BareKestrel.dll" --urls "http://127.0.0.1:$BARE_PORT" --Response "$out/organisation-response.json" >"$out/bare.log" 2>&1 &
bare=$!
pids+=("$bare")
for _ in $(seq 1 600); do curl -fsS -o /dev/null -X POST "http://127.0.0.1:$BARE_PORT/graphql" 2>/dev/null && break; sleep 0.05; done
cmp -s <(post "http://127.0.0.1:$BARE_PORT/graphql" organisation) "$out/organisation-response.json" \
  || { say "The bare endpoint does not answer the same bytes"; exit 1; }

cat >"$out/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
local f = assert(io.open(os.getenv("BODY"), "rb"))
wrk.body = f:read("*a")
f:close()
LUA

# One scenario: a warm-up (WARMUP; at 1M the first filtered page executes for seconds), then the measured
# run; prints "name rps p50 p75 p90 p99 errors bytes".
drive() {
  local name=$1 url=$2 body=$3
  BODY="$out/$body.json" wrk -t1 -c4 -d"$WARMUP" --timeout 30s -s "$out/post.lua" "$url" >/dev/null
  BODY="$out/$body.json" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 30s --latency -s "$out/post.lua" "$url" >"$out/$name.wrk.txt"
  python3 - "$name" "$out/$name.wrk.txt" "$(post "$url" "$body" | wc -c)" <<'PY'
import re, sys
name, path, size = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(path).read()
def ms(v):
    n, unit = re.match(r"([\d.]+)(us|ms|s)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
p = {m[0]: ms(m[1]) for m in re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", text, re.M)}
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
errors = sum(int(x) for x in re.findall(r"Non-2xx or 3xx responses: (\d+)", text))
errors += sum(int(x) for x in re.findall(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)[0]) if "Socket errors" in text else 0
print(f"{name} {rps:.0f} {p['50']:.2f} {p['75']:.2f} {p['90']:.2f} {p['99']:.2f} {errors} {size}")
PY
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
results=()
results+=("$(drive organisation "http://127.0.0.1:$API_PORT/graphql" organisation)")
results+=("$(drive bare "http://127.0.0.1:$BARE_PORT/graphql" organisation)")
results+=("$(drive filtered "http://127.0.0.1:$API_PORT/graphql" filtered)")
if [ "$has_search" = 1 ]; then
  results+=("$(drive search "http://127.0.0.1:$API_PORT/graphql" search)")
  results+=("$(drive matchNeed "http://127.0.0.1:$API_PORT/graphql" matchNeed)")
fi
results+=("$(drive node "http://127.0.0.1:$API_PORT/graphql" node)")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
rss_after=$(rss_kb "$api")

{
  echo "## HTTP load, $ORGS organisations ($nodes nodes, $relationships relationships) — $(date -u +'%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(dotnet --version) SDK;" \
       "load average (1/5/15 min) $load_before before, $load_after after; wrk -t$THREADS -c$CONNECTIONS -d$DURATION, organisation $ORG_ID."
  echo
  echo "| request | requests/s | p50 ms | p75 ms | p90 ms | p99 ms | errors | response bytes |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for r in "${results[@]}"; do read -r n rps p50 p75 p90 p99 e b <<<"$r"; echo "| $n | $rps | $p50 | $p75 | $p90 | $p99 | $e | $b |"; done
  echo
  org_rps=$(echo "${results[0]}" | cut -d' ' -f2); bare_rps=$(echo "${results[1]}" | cut -d' ' -f2)
  echo "organisation ÷ bare Kestrel: $(python3 -c "print(f'{$org_rps / $bare_rps:.2f}')") (target ≥ 0.5)"
  echo
  echo "Start-up to ready: $startup s wall, $cpu_ready s CPU (load average $load_start at ready). Resident: $((rss_ready / 1024)) MB when ready, $((rss_after / 1024)) MB after the load;" \
       "$(python3 -c "print(f'{$rss_ready * 1024 / $nodes:.0f} bytes per node, {$rss_ready * 1024 / ($nodes + $relationships):.0f} per node or relationship')") when ready."
} | tee "$out/results.md"
say "Details in $out"
