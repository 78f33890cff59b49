#!/usr/bin/env bash
# Builds the API, starts it on a free port (chosen by the OS, read from the log) over an empty temporary data directory (so it loads the seed),
# waits for /health/ready, runs the graphql-http audits against /graphql, stops the API and exits with the
# audits' status (1 when a MUST audit fails).
#
#   tests/audit/run.sh            ARTIFACTS=/tmp/somewhere to choose the build output folder
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
artifacts="${ARTIFACTS:-$(mktemp -d -t innovation-audit-build.XXXXXX)}"
data="$(mktemp -d -t innovation-audit-data.XXXXXX)"
log="$data/api.log"
api_pid=""

cleanup() {
  if [[ -n "$api_pid" ]] && kill -0 "$api_pid" 2>/dev/null; then
    kill "$api_pid" 2>/dev/null || true
    wait "$api_pid" 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap cleanup EXIT

echo "Building the API into $artifacts ..."
# The audits never open GraphiQL, so its npm bundle is not needed.
dll="$artifacts/bin/InnovationNetwork.Api/debug/InnovationNetwork.Api.dll"
if ! dotnet build "$root/src/InnovationNetwork.Api" --artifacts-path "$artifacts" -p:SkipGraphiQL=true -nologo -v:q >"$data/build.log" 2>&1 \
  || [[ ! -f "$dll" ]]; then
  cat "$data/build.log" >&2
  echo "The build did not produce $dll." >&2
  exit 2
fi

echo "Installing the audit's npm packages ..."
(cd "$here" && npm ci --no-audit --no-fund --prefer-offline >/dev/null)

echo "Starting the API over $data ..."
# Port 0: the OS picks a free port, and Kestrel logs the address it got ("Now listening on: ...").
(cd "$root/src/InnovationNetwork.Api" && exec dotnet "$dll" \
  --urls "http://127.0.0.1:0" --Store:DataDirectory="$data" \
  --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.Hosting.Lifetime=Information) >"$log" 2>&1 &
api_pid=$!

base=""
for _ in $(seq 1 120); do
  if ! kill -0 "$api_pid" 2>/dev/null; then
    echo "The API stopped before it was ready:" >&2
    cat "$log" >&2
    exit 2
  fi
  base="${base:-$(sed -n 's/.*Now listening on: \(http:[^ ]*\).*/\1/p' "$log" | head -n 1)}"
  if [[ -n "$base" ]] && curl -fsS "$base/health/ready" >/dev/null 2>&1; then
    break
  fi
  sleep 0.5
done

if [[ -z "$base" ]] || ! curl -fsS "$base/health/ready" >/dev/null 2>&1; then
  echo "The API was not ready after 60 s:" >&2
  cat "$log" >&2
  exit 2
fi
echo "The API is ready at $base."

status=0
node "$here/graphql-http-audit.mjs" "$base/graphql" || status=$?
exit "$status"
