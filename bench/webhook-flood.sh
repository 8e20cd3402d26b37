#!/usr/bin/env bash
# Unauthenticated memory amplification, measured: starts the bot jar at -Xmx512m, sends 40
# concurrent 24 MB webhook posts with a forged signature, and during the flood one signed ping;
# prints the status codes, whether the signed delivery was answered, and the bot's peak RSS.
# Goal (#17): the signed delivery answered, peak RSS under 600 MB.
# Usage: bench/webhook-flood.sh [POSTS] [MB]     (default 40 24); BOT_JAR measures a jar already built.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
POSTS="${1:-40}"
MB="${2:-24}"
WORK="$(mktemp -d)"
PORT=18080
MGMT=18081
SECRET=flood-test-secret
JAR="${BOT_JAR:-$(ls "$ROOT"/bot-server/target/reviewbot-bot-server-*.jar 2>/dev/null | head -1)}"
if [[ -z "$JAR" ]]; then
  (cd "$ROOT" && mvn -o -q -B -ntp -pl bot-server -am package -DskipTests -Dinvoker.skip) >&2
  JAR="$(ls "$ROOT"/bot-server/target/reviewbot-bot-server-*.jar | head -1)"
fi

java -Xmx512m -jar "$JAR" --server.port=$PORT --management.server.port=$MGMT \
  --reviewbot.webhook.secret=$SECRET --reviewbot.github.token=flood-test-token \
  --reviewbot.data-dir="$WORK/data" >"$WORK/bot.log" 2>&1 &
BOT=$!
trap 'kill $BOT 2>/dev/null; wait $BOT 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$MGMT/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://127.0.0.1:$MGMT/actuator/health/readiness" >/dev/null || { echo "bot did not start:"; tail -20 "$WORK/bot.log"; exit 1; }
base_rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$BOT/status)

head -c $((MB * 1024 * 1024)) /dev/zero | tr '\0' 'a' >"$WORK/body"
forged="sha256=$(printf '0%.0s' $(seq 1 64))"
for i in $(seq 1 "$POSTS"); do
  curl -s -o /dev/null -w '%{http_code}\n' --max-time 120 -X POST "http://127.0.0.1:$PORT/webhook" \
    -H 'Content-Type: application/json' -H 'X-GitHub-Event: pull_request' -H "X-GitHub-Delivery: flood-$i" \
    -H "X-Hub-Signature-256: $forged" --data-binary @"$WORK/body" >>"$WORK/codes" &
done

sleep 1 # the flood in flight
ping='{"zen":"Keep it logically awesome.","hook_id":1}'
signature="sha256=$(printf '%s' "$ping" | openssl dgst -sha256 -hmac "$SECRET" -r | cut -d' ' -f1)"
signed=000
for _ in $(seq 1 20); do # a 503 says come back later: the Retry-After a redelivery would honour
  signed=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -X POST "http://127.0.0.1:$PORT/webhook" \
    -H 'Content-Type: application/json' -H 'X-GitHub-Event: ping' -H "X-GitHub-Delivery: signed-ping-$RANDOM" \
    -H "X-Hub-Signature-256: $signature" --data-binary "$ping")
  [[ "$signed" == 2* ]] && break
  sleep 1
done
wait $(jobs -p | grep -v "^$BOT\$") 2>/dev/null || true
peak_rss=$(awk '/VmHWM/ {print int($2/1024)}' /proc/$BOT/status)

echo "forged posts: $POSTS x $MB MB, answered: $(sort "$WORK/codes" | uniq -c | awk '{printf "%s x %s  ", $1, $2}')"
echo "signed ping during the flood: HTTP $signed"
echo "bot RSS: $base_rss MB after start-up, peak $peak_rss MB (-Xmx512m; goal: under 600 MB)"
