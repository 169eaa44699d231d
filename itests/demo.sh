#!/usr/bin/env bash
# Koppel demo: the Koppel Karaf distribution, running in the background.
#
#   itests/demo.sh          build the distribution if it is not built yet, unpack it under itests/target/demo/,
#                           start Karaf (bin/start), wait for its shell, print the installed Koppel features
#   itests/demo.sh stop     stop the demo Karaf
#   itests/demo.sh fresh    stop, unpack again (fresh data/: an empty H2 database), start
#
# Administrator: karaf / karaf (etc/users.properties). Shell: <karaf>/bin/client -u karaf -p karaf
# Environment: KOPPEL_DEMO_BUILD=1 rebuilds the distribution first (mvn -B -q install -DskipTests).
#
# Later steps (the simulator, the demo host) go in their own step_* function, called from main at the end.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEMO_DIR="$ROOT/itests/target/demo"
ADMIN_USER=karaf
ADMIN_PASSWORD=karaf
WAIT_SECONDS=120

say() { echo "[demo] $*"; }
die() { echo "[demo] ERROR: $*" >&2; exit 1; }

# bin/karaf and bin/client want JAVA_HOME; without it they only warn, but say so on every call
if [ -z "${JAVA_HOME:-}" ] && command -v java >/dev/null; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
    export JAVA_HOME
fi

# first existing path matching a glob, or nothing
first() {
    local path
    for path in "$@"; do
        if [ -e "$path" ]; then echo "$path"; return 0; fi
    done
    return 0
}

distribution_archive() { first "$ROOT"/features/distribution/target/koppel-distribution-*.tar.gz; }

karaf_home() { first "$DEMO_DIR"/koppel-distribution-*; }

# Runs Karaf shell commands (one string, ; or newlines between commands) and prints their output.
karaf() {
    local home; home="$(karaf_home)"
    printf '%s\n' "$1" | "$home/bin/client" -u "$ADMIN_USER" -p "$ADMIN_PASSWORD" -b 2>/dev/null \
        | sed 's/\x1b\[[0-9;]*m//g'
}

karaf_running() {
    local home; home="$(karaf_home)"
    [ -n "$home" ] && "$home/bin/status" >/dev/null 2>&1
}

step_build() {
    if [ -z "$(distribution_archive)" ] || [ "${KOPPEL_DEMO_BUILD:-0}" = 1 ]; then
        say "building the distribution: mvn -B -q install -DskipTests (a few minutes the first time)"
        (cd "$ROOT" && mvn -B -q -Dstyle.color=never install -DskipTests)
    fi
    [ -n "$(distribution_archive)" ] || die "no features/distribution/target/koppel-distribution-*.tar.gz after the build"
}

step_unpack() {
    local archive home; archive="$(distribution_archive)"; home="$(karaf_home)"
    if [ -n "$home" ] && [ "$archive" -nt "$home" ]; then
        say "the distribution was rebuilt: unpacking it again"
        step_stop
        rm -rf "$DEMO_DIR"
    fi
    if [ -z "$(karaf_home)" ]; then
        mkdir -p "$DEMO_DIR"
        tar -xzf "$archive" -C "$DEMO_DIR"
        touch "$(karaf_home)"
        say "unpacked $(basename "$archive") into ${DEMO_DIR#"$ROOT"/}"
    fi
}

step_start() {
    local home started; home="$(karaf_home)"
    if karaf_running; then
        say "Karaf is already running in ${home#"$ROOT"/}"
    else
        say "starting Karaf: ${home#"$ROOT"/}/bin/start"
        "$home/bin/start"
    fi
    started=$SECONDS
    # (output captured first: grep -q quitting early would fail the pipeline under pipefail)
    until [[ "$(karaf "feature:list -i" || true)" =~ (^|$'\n')koppel\ [^$'\n']*Started ]]; do
        # (bin/status only knows the instance a few seconds after bin/start)
        [ $((SECONDS - started)) -lt 20 ] || karaf_running \
            || die "Karaf stopped; see ${home#"$ROOT"/}/data/log/karaf.log"
        [ $((SECONDS - started)) -lt "$WAIT_SECONDS" ] \
            || die "no Koppel feature in the shell after ${WAIT_SECONDS} s; see ${home#"$ROOT"/}/data/log/karaf.log"
        sleep 1
    done
    say "Karaf's shell answered after $((SECONDS - started)) s"
}

step_show() {
    say "karaf@root()> feature:list -i | grep koppel"
    karaf "feature:list -i | grep koppel"
}

step_stop() {
    local home; home="$(karaf_home)"
    if karaf_running; then
        say "stopping Karaf in ${home#"$ROOT"/}"
        "$home/bin/stop" 2>/dev/null || true
        for _ in $(seq 1 30); do karaf_running || break; sleep 1; done
    else
        say "no demo Karaf running"
    fi
}

step_usage() {
    local home; home="$(karaf_home)"
    cat <<EOF
[demo] Koppel runs in ${home#"$ROOT"/} (H2 database in data/koppel/)
[demo]   shell:  $home/bin/client -u $ADMIN_USER -p $ADMIN_PASSWORD   (admin user $ADMIN_USER / $ADMIN_PASSWORD)
[demo]   log:    $home/data/log/karaf.log
[demo]   stop:   itests/demo.sh stop
EOF
}

main() {
    case "${1:-start}" in
    start)
        step_build
        step_unpack
        step_start
        step_show
        step_usage
        ;;
    fresh)
        step_stop
        rm -rf "$DEMO_DIR"
        main start
        ;;
    stop)
        step_stop
        ;;
    *)
        die "usage: itests/demo.sh [start|fresh|stop]"
        ;;
    esac
}

main "$@"
