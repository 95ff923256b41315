#!/usr/bin/env bash
# The hand-written shell loop the module is compared with, the way Red Hat's API docs show it: curl for the token
# grant and each page, jq to read them, until a short page. Timed from the script's first line with bash's own
# clock (EPOCHREALTIME), so bash's start is excluded and every curl and jq start is included: that is the loop's cost.
# Usage: curl-loop.sh <sandbox-url-ending-in-/> <offline-token> <page-size>; prints "<first-ms> <last-ms> <objects>".
set -euo pipefail
start=${EPOCHREALTIME/./}
base=$1
page=$3
token=$(curl -sf -d grant_type=refresh_token -d client_id=rhsm-api --data-urlencode "refresh_token=$2" \
    "${base}auth/realms/redhat-external/protocol/openid-connect/token" | jq -r .access_token)
offset=0
objects=0
first=
while :; do
    count=$(curl -sf -H "Authorization: Bearer $token" "${base}management/v1/systems?limit=${page}&offset=${offset}" | jq '.body | length')
    if [ "$count" -gt 0 ] && [ -z "$first" ]; then first=${EPOCHREALTIME/./}; fi
    objects=$((objects + count))
    if [ "$count" -lt "$page" ]; then break; fi
    offset=$((offset + page))
done
end=${EPOCHREALTIME/./}
# Microseconds since the start, printed as milliseconds with one decimal.
msec() { printf '%d.%d' $(( ($1 - start) / 1000 )) $(( ($1 - start) % 1000 / 100 )); }
echo "$(msec "${first:-$start}") $(msec "$end") $objects"
