#!/usr/bin/env bash
# Starts a real OpenStack Ironic for the tests: start.sh WORK PORT [noauth|http_basic] [true|false]
# Fills in ironic.conf.in, creates the schema, then runs API and conductor in one process (exec, so the caller's
# PID is Ironic's own and a kill stops it). With http_basic, WORK/htpasswd must exist before the start.
set -euo pipefail
work=$1 port=$2 auth=${3:-noauth} restrict=${4:-false}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$work/state" "$work/locks"
conf=$work/ironic.conf
sed -e "s#@WORK@#$work#g" -e "s#@PORT@#$port#g" -e "s#@AUTH@#$auth#g" -e "s#@RESTRICT@#$restrict#g" \
  "$here/ironic.conf.in" > "$conf"
# Debian's python3, never a python3 earlier on PATH (pyenv cannot import Debian's packages).
/usr/bin/python3 -c 'import sys; from ironic.cmd.dbsync import main; sys.argv=["ironic-dbsync","--config-file",sys.argv[1],"create_schema"]; sys.exit(main())' "$conf"
exec /usr/bin/python3 -c 'import sys; from ironic.cmd.singleprocess import main; sys.argv=["ironic","--config-file",sys.argv[1]]; sys.exit(main())' "$conf"
