#!/usr/bin/env bash
# Koppel demo: the Exact Online simulator, the Koppel Karaf distribution and a demo host ("Campus Bernardus",
# itests/demo-host) printing a batch of invoices, all running in the background.
#
#   itests/demo.sh          build what is missing (distribution, simulator, demo host), start the simulator
#                           (itests/target/demo/simulator.log) and Karaf (unpacked under itests/target/demo/), deploy
#                           the demo host, link the school to the simulator as an admin's browser would (consent page,
#                           login demo@koppel.test / demo, Koppel's callback), choose division 100001 and journals
#                           70/71, print 25 invoices plus 7 documents with bad data (demo:print --count 25 --bad),
#                           wait until Koppel has posted them, show the overview and check the outcome: exit 0 when
#                           every good document is Completed with its Exact entry number and every bad one Failed
#                           with its reason; then a family moves (demo:move) and the update reaches Exact in every
#                           division where its address is linked. Run it again to print the next batch into the same
#                           demo.
#   itests/demo.sh stop     stop Karaf and the simulator
#   itests/demo.sh fresh    stop, unpack again (fresh data/: an empty H2 database), start as above
#
# The simulator keeps its data in memory only: when it has to be started, Karaf is unpacked afresh too, so Koppel's
# customers and postings never point to an Exact that is gone.
#
# The distribution ships no Karaf user: when the demo unpacks it, it adds its own, "demo", with a random password
# kept in itests/target/demo/demo.password (readable by you only). Shell: <karaf>/bin/client -u demo (the password
# from that file). Karaf listens on 127.0.0.1 only.
# Environment:
#   KOPPEL_DEMO_BUILD=1           rebuild everything first (mvn -B -q install -DskipTests)
#   KOPPEL_DEMO_COUNT=25          how many invoices demo:print prints
#   KOPPEL_DEMO_SIM_PORT=8090     the simulator's port (the next free one when taken)
#   KOPPEL_DEMO_RATE_LIMIT=60     the simulator's calls per minute and division (Exact's default: 60)
#   KOPPEL_DEMO_TIMEOUT=300       how long to wait for the postings, in seconds
# Karaf's ports (HTTP 8181, SSH 8101, RMI 1099/44444) move to the next free port when taken.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEMO_DIR="$ROOT/itests/target/demo"
ADMIN_USER=demo
ADMIN_PASSWORD_FILE="$DEMO_DIR/demo.password"
WAIT_SECONDS=120
ENTITY=campus-bernardus
DIVISION=100001
INVOICE_JOURNAL=70
CREDIT_NOTE_JOURNAL=71
EXACT_USER=demo@koppel.test
EXACT_PASSWORD=demo
COUNT="${KOPPEL_DEMO_COUNT:-25}"
SIM_PORT="${KOPPEL_DEMO_SIM_PORT:-8090}"
SIM_MINUTELY="${KOPPEL_DEMO_RATE_LIMIT:-60}"
SIM_DAILY=5000
POSTING_TIMEOUT="${KOPPEL_DEMO_TIMEOUT:-300}"
SIM_PID_FILE="$DEMO_DIR/simulator.pid"
SIM_URL_FILE="$DEMO_DIR/simulator.url"
SIM_LOG="$DEMO_DIR/simulator.log"

say() { echo "[demo] $*"; }
die() { echo "[demo] ERROR: $*" >&2; exit 1; }
indent() { sed 's/^/       /'; }

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

simulator_jar() { first "$ROOT"/itests/simulator/target/koppel-simulator-*-standalone.jar; }

demo_host_jar() { first "$ROOT"/itests/demo-host/target/koppel-demo-host-*.jar; }

karaf_home() { first "$DEMO_DIR"/koppel-distribution-*; }

admin_password() { cat "$ADMIN_PASSWORD_FILE"; }

# Runs Karaf shell commands (one string, ; or newlines between commands) and prints their output.
karaf() {
    local home; home="$(karaf_home)"
    printf '%s\n' "$1" | "$home/bin/client" -u "$ADMIN_USER" -p "$(admin_password)" -b 2>/dev/null \
        | sed 's/\x1b\[[0-9;]*m//g'
}

# The same, with the commands' error output (a refusal's reason) too.
karaf_verbose() {
    local home; home="$(karaf_home)"
    printf '%s\n' "$1" | "$home/bin/client" -u "$ADMIN_USER" -p "$(admin_password)" -b 2>&1 \
        | sed 's/\x1b\[[0-9;]*m//g'
}

# The Karaf JVMs of the demo's distribution, found by their command line (its karaf.home and Karaf's main class,
# not bin/client's): a pid file is left stale by a crash, and a Karaf started again by hand (bin/start) is the
# demo's Karaf too.
karaf_pids() {
    local home; home="$(karaf_home)"
    [ -n "$home" ] || return 0
    pgrep -f -- "java .*-Dkaraf\.home=$home .*org\.apache\.karaf\.main\.Main( |\$)" || true
}

karaf_running() { [ -n "$(karaf_pids)" ]; }

# Whether something listens on a local TCP port.
port_in_use() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

# The first port from $1 on that nobody listens on.
free_port() {
    local port="$1"
    for _ in $(seq 0 200); do
        port_in_use "$port" || { echo "$port"; return 0; }
        port=$((port + 1))
    done
    die "no free port from $1 to $port"
}

cfg_get() { sed -n "s/^[[:space:]]*$2[[:space:]]*=[[:space:]]*\(.*[^[:space:]]\)[[:space:]]*$/\1/p" "$1" | tail -n 1; }

cfg_set() { sed -i "s|^\([[:space:]]*$2[[:space:]]*=[[:space:]]*\).*$|\1$3|" "$1"; }

karaf_http_port() { cfg_get "$(karaf_home)/etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port; }

simulator_running() {
    local pid
    pid="$(cat "$SIM_PID_FILE" 2>/dev/null)" || return 1
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q koppel-simulator
}

simulator_url() { cat "$SIM_URL_FILE"; }

step_build() {
    if [ -z "$(distribution_archive)" ] || [ -z "$(simulator_jar)" ] || [ -z "$(demo_host_jar)" ] \
            || [ "${KOPPEL_DEMO_BUILD:-0}" = 1 ]; then
        say "building Koppel, the simulator and the demo host: mvn -B -q install -DskipTests (a few minutes the first time)"
        (cd "$ROOT" && mvn -B -q -Dstyle.color=never install -DskipTests)
    fi
    [ -n "$(distribution_archive)" ] || die "no features/distribution/target/koppel-distribution-*.tar.gz after the build"
    [ -n "$(simulator_jar)" ] || die "no itests/simulator/target/koppel-simulator-*-standalone.jar after the build"
    [ -n "$(demo_host_jar)" ] || die "no itests/demo-host/target/koppel-demo-host-*.jar after the build"
}

step_unpack() {
    local archive home; archive="$(distribution_archive)"; home="$(karaf_home)"
    if [ -n "$home" ] && [ "$archive" -nt "$home" ]; then
        say "the distribution was rebuilt: unpacking it again"
        step_stop
        rm -rf "$home"
    fi
    if [ -n "$(karaf_home)" ] && [ -d "$(karaf_home)/data/cache" ] && ! simulator_running; then
        # Koppel's data would name customers and entries of a simulator that is gone
        say "the simulator is not running (its data lived in memory): starting Karaf afresh as well"
        step_stop
        rm -rf "$(karaf_home)"
    fi
    if [ -z "$(karaf_home)" ]; then
        mkdir -p "$DEMO_DIR"
        tar -xzf "$archive" -C "$DEMO_DIR"
        touch "$(karaf_home)"
        say "unpacked $(basename "$archive") into ${DEMO_DIR#"$ROOT"/}"
    fi
    step_user
}

# The distribution ships no user: the demo adds its own admin (also the dashboard's admin, role koppel-admin),
# with a random password only you can read. Karaf replaces the password in etc/users.properties by its digest as
# soon as it sees it.
step_user() {
    local users password; users="$(karaf_home)/etc/users.properties"
    if [ -s "$ADMIN_PASSWORD_FILE" ] && grep -q "^$ADMIN_USER *=" "$users"; then
        return 0
    fi
    password="$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')"
    (umask 077 && printf '%s\n' "$password" >"$ADMIN_PASSWORD_FILE")
    sed -i "/^$ADMIN_USER *=/d" "$users"
    printf '%s = %s,_g_:admingroup,koppel-admin\n' "$ADMIN_USER" "$password" >>"$users"
    say "added the Karaf user $ADMIN_USER to etc/users.properties; its password is in ${ADMIN_PASSWORD_FILE#"$ROOT"/}"
}

# Moves Karaf's ports to free ones when another process has them (only while this Karaf is stopped).
step_ports() {
    karaf_running && return 0
    local etc file key port moved; etc="$(karaf_home)/etc"
    for setting in org.ops4j.pax.web.cfg:org.osgi.service.http.port org.apache.karaf.shell.cfg:sshPort \
            org.apache.karaf.management.cfg:rmiRegistryPort org.apache.karaf.management.cfg:rmiServerPort; do
        file="$etc/${setting%%:*}"; key="${setting#*:}"
        port="$(cfg_get "$file" "$key")"
        [ -n "$port" ] || die "no $key in $file"
        if port_in_use "$port"; then
            moved="$(free_port $((port + 1)))"
            cfg_set "$file" "$key" "$moved"
            say "port $port is taken: Karaf's $key is $moved (etc/${setting%%:*})"
        fi
    done
}

step_simulator() {
    if simulator_running; then
        say "the simulator is already running at $(simulator_url) (pid $(cat "$SIM_PID_FILE"))"
        return 0
    fi
    local port java pid url started
    port="$(free_port "$SIM_PORT")"
    [ "$port" = "$SIM_PORT" ] || say "port $SIM_PORT is taken: the simulator takes $port"
    java="java"; [ -n "${JAVA_HOME:-}" ] && java="$JAVA_HOME/bin/java"
    mkdir -p "$DEMO_DIR"
    say "starting the Exact Online simulator on port $port, rate limits $SIM_MINUTELY/minute and $SIM_DAILY/day" \
        "(log: ${SIM_LOG#"$ROOT"/})"
    # job control puts it in a process group of its own: a Ctrl-C of this script leaves it running
    set -m
    "$java" -jar "$(simulator_jar)" --port "$port" --rate-limit-minutely "$SIM_MINUTELY" \
        --rate-limit-daily "$SIM_DAILY" </dev/null >"$SIM_LOG" 2>&1 &
    pid=$!
    set +m
    echo "$pid" >"$SIM_PID_FILE"
    url="http://127.0.0.1:$port"
    started=$SECONDS
    until curl -fsS "$url/_sim/health" >/dev/null 2>&1; do
        kill -0 "$pid" 2>/dev/null || die "the simulator stopped: $(cat "$SIM_LOG")"
        [ $((SECONDS - started)) -lt 30 ] || die "the simulator did not answer on $url within 30 s; see $SIM_LOG"
        sleep 0.5
    done
    echo "$url" >"$SIM_URL_FILE"
    say "the simulator answers at $url (pid $pid)"
}

# Koppel's app registration for the BE site: the simulator's app, Koppel's callback on Karaf's HTTP port.
step_configure() {
    local cfg client_id client_secret content
    cfg="$(karaf_home)/etc/io.koppel.auth.app-be.cfg"
    client_id="$(sed -n 's/^ *client_id *//p' "$SIM_LOG" | head -n 1)"
    client_secret="$(sed -n 's/^ *client_secret *//p' "$SIM_LOG" | head -n 1)"
    [ -n "$client_id" ] && [ -n "$client_secret" ] || die "the simulator's log names no client_id/client_secret: $SIM_LOG"
    content="# Written by itests/demo.sh: Koppel's app at the Exact Online simulator (see config-templates/)
site = BE
clientId = $client_id
clientSecret = $client_secret
redirectUri = http://localhost:$(karaf_http_port)/koppel/oauth/callback
baseUri = $(simulator_url)"
    if [ ! -f "$cfg" ] || [ "$(cat "$cfg")" != "$content" ]; then
        printf '%s\n' "$content" >"$cfg"
        say "wrote etc/io.koppel.auth.app-be.cfg: baseUri $(simulator_url), redirectUri" \
            "http://localhost:$(karaf_http_port)/koppel/oauth/callback"
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

# Waits until Koppel's services are up: koppel:connections answers once the connection service is there.
step_wait_koppel() {
    local started=$SECONDS out
    until out="$(karaf "koppel:connections" || true)"; [[ "$out" =~ Entity|No\ connections ]]; do
        [ $((SECONDS - started)) -lt "$WAIT_SECONDS" ] \
            || die "koppel:connections did not answer within ${WAIT_SECONDS} s; see $(karaf_home)/data/log/karaf.log"
        sleep 1
    done
    say "Koppel's services answer (koppel:connections, after $((SECONDS - started)) s)"
}

# The demo host goes into deploy/ (Karaf's hot deploy); its commands appear once it sees Koppel's PostingService.
step_deploy_host() {
    local jar target started=$SECONDS out
    jar="$(demo_host_jar)"; target="$(karaf_home)/deploy/koppel-demo-host.jar"
    if ! cmp -s "$jar" "$target"; then
        cp "$jar" "$target.tmp" && mv "$target.tmp" "$target"
        say "deployed the demo host: ${jar#"$ROOT"/} -> deploy/koppel-demo-host.jar"
    fi
    until out="$(karaf "demo:addresses" || true)"; [[ "$out" =~ billing\ addresses ]]; do
        [ $((SECONDS - started)) -lt "$WAIT_SECONDS" ] \
            || die "the demo host's commands did not appear within ${WAIT_SECONDS} s; see $(karaf_home)/data/log/karaf.log"
        sleep 1
    done
    say "Campus Bernardus is open: $(tail -n 1 <<<"$out")"
}

connection_state() {
    karaf "koppel:connections" | awk -F'|' -v entity="$ENTITY" \
        '{ gsub(/^ +| +$/, "", $1); gsub(/^ +| +$/, "", $3) } $1 == entity { print $3 }' || true
}

html_unescape() { sed 's/&quot;/"/g; s/&lt;/</g; s/&gt;/>/g; s/&#39;/'"'"'/g; s/&amp;/\&/g'; }

# Links the school as an admin's browser would: Koppel's authorization address, Exact's login and consent page,
# the redirect to Koppel's callback.
step_connect() {
    local state out url page answer code location name value callback
    local -a form=()
    state="$(connection_state)"
    if [ "$state" = CONNECTED ]; then
        say "$ENTITY is connected already"
        return 0
    fi
    if [ "$state" != INCOMPLETE ]; then
        say "karaf@root()> koppel:connect $ENTITY"
        out="$(karaf_verbose "koppel:connect $ENTITY" || true)"
        indent <<<"$out"
        url="$(grep -o 'https\?://[^[:space:]]*' <<<"$out" | head -n 1 || true)"
        [ -n "$url" ] || die "koppel:connect printed no address"
        say "the browser opens it: Exact's login and consent page"
        page="$(curl -fsS "$url")" || die "the simulator's consent page did not load: $url"
        while IFS=$'\t' read -r name value; do
            form+=(--data-urlencode "$name=$value")
        done < <(grep -o '<input type="hidden" name="[^"]*" value="[^"]*"' <<<"$page" \
            | sed 's/.*name="\([^"]*\)" value="\([^"]*\)"/\1\t\2/' | html_unescape)
        [ "${#form[@]}" -gt 0 ] || die "no form on the consent page: $page"
        say "logging in as $EXACT_USER and allowing access"
        answer="$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -X POST "$(simulator_url)/api/oauth2/auth" \
            "${form[@]}" --data-urlencode "username=$EXACT_USER" --data-urlencode "password=$EXACT_PASSWORD" \
            --data-urlencode action=allow)"
        code="${answer%% *}"; location="${answer#* }"
        [ "$code" = 302 ] && [ -n "$location" ] || die "the consent page answered $answer instead of a redirect"
        say "Exact redirects the browser to Koppel's callback: ${location%%\?*}?code=...&state=..."
        callback="$(curl -sS -w '\n%{http_code}' "$location")" || die "Koppel's callback did not answer: $location"
        code="$(tail -n 1 <<<"$callback")"
        sed '$d' <<<"$callback" | sed -n 's/<[^>]*>//g; /[^[:space:]]/p' | indent
        [ "$code" = 200 ] || die "Koppel's callback answered $code"
    fi
    say "karaf@root()> koppel:set-division $ENTITY $DIVISION; koppel:set-journals $ENTITY $INVOICE_JOURNAL $CREDIT_NOTE_JOURNAL"
    karaf_verbose "koppel:set-division $ENTITY $DIVISION
koppel:set-journals $ENTITY $INVOICE_JOURNAL $CREDIT_NOTE_JOURNAL" | indent || true
    state="$(connection_state)"
    say "karaf@root()> koppel:connections"
    karaf "koppel:connections" | indent || true
    [ "$state" = CONNECTED ] || die "$ENTITY is $state, not CONNECTED"
}

step_print() {
    say "karaf@root()> demo:print --count $COUNT --bad"
    karaf_verbose "demo:print --count $COUNT --bad" | tee "$DEMO_DIR/print.txt" || true
    grep -q "handed .* documents to Koppel" "$DEMO_DIR/print.txt" || die "demo:print did not hand anything to Koppel"
}

# Counts of the school's postings by status: "pending N", "completed N", "failed N", "fatal N", and "reason ..." with
# the reason of the oldest posting still waiting, if it has one (e.g. Exact's rate limit).
posting_counts() {
    karaf "echo @pending
koppel:postings -e $ENTITY -s NEW,IN_PROGRESS -n 1 -o 0
echo @completed
koppel:postings -e $ENTITY -s COMPLETED -n 1
echo @failed
koppel:postings -e $ENTITY -s FAILED -n 1
echo @fatal
koppel:postings -e $ENTITY -s FATAL -n 1" | awk -F'|' '
        /^@/ { key = substr($1, 2); count[key] = 0; order[++n] = key; next }
        /^[0-9]+-[0-9]+ of [0-9]+[[:space:]]*$/ { split($0, words, " "); count[key] = words[3]; next }
        key == "pending" && NF >= 12 && $2 !~ /Document/ && $1 !~ /^-+$/ {
            reason = $NF; gsub(/^ +| +$/, "", reason) }
        END { for (i = 1; i <= n; i++) print order[i], count[order[i]]; if (reason != "") print "reason", reason }' \
        || true
}

count_of() { awk -v key="$1" '$1 == key { print $2 }' <<<"$2"; }

step_wait_postings() {
    local started=$SECONDS counts pending reason last=""
    say "waiting until Koppel has posted them (at most ${POSTING_TIMEOUT} s; Exact allows $SIM_MINUTELY calls a minute)"
    while true; do
        counts="$(posting_counts)"
        pending="$(count_of pending "$counts")"
        if [ -n "$pending" ]; then
            local line="$(count_of completed "$counts") completed, $(count_of failed "$counts") failed,"
            line="$line $(count_of fatal "$counts") fatal, $pending New or In progress"
            reason="$(sed -n 's/^reason //p' <<<"$counts")"
            [ -z "$reason" ] || line="$line ($reason)"
            if [ "$line" != "$last" ]; then say "  after $((SECONDS - started)) s: $line"; last="$line"; fi
            [ "$pending" -gt 0 ] || break
        fi
        if [ $((SECONDS - started)) -ge "$POSTING_TIMEOUT" ]; then
            say "still $pending postings New or In progress after ${POSTING_TIMEOUT} s"
            karaf "koppel:postings -e $ENTITY -s NEW,IN_PROGRESS" | indent || true
            return 1
        fi
        sleep 3
    done
    say "every posting is Completed or Failed after $((SECONDS - started)) s"
}

# The final overview, and whether the demo went as expected. Returns non-zero when it did not.
step_overview() {
    local counts check completed failed fatal pending calls
    say "karaf@root()> koppel:postings -e $ENTITY -n 500"
    karaf "koppel:postings -e $ENTITY -n 500" || true
    say "karaf@root()> koppel:log --failures"
    karaf "koppel:log --failures" || true
    say "karaf@root()> demo:invoices --check | grep check   (the host's own ledger, from Koppel's PostingListener)"
    check="$(karaf "demo:invoices --check" | grep '^check ' || true)"
    echo "$check"
    counts="$(posting_counts)"
    completed="$(count_of completed "$counts")"; failed="$(count_of failed "$counts")"
    fatal="$(count_of fatal "$counts")"; pending="$(count_of pending "$counts")"
    calls="$(curl -fsS "$(simulator_url)/_sim/stats" 2>/dev/null | grep -o '"total":[0-9]*' | head -n 1 || true)"
    say "summary: ${completed:-?} completed, ${failed:-?} failed, ${fatal:-?} fatal, ${pending:-?} New or In progress;" \
        "${calls#*:} calls to the simulator; the demo took $((SECONDS / 60)) min $((SECONDS % 60)) s"
    [[ "$check" == "check passed"* ]] && [ "${pending:-1}" = 0 ] && [ "${fatal:-1}" = 0 ]
}

# Payment sync: money arrives in Exact (the simulator's control API plays the bank and the accountant), a sync file
# settles the host's invoices, then automatic mode does it on its own.
sim_payment() {
    curl -fsS -X POST -H 'Content-Type: application/json' "$(simulator_url)/_sim/payments" \
        -d "{\"division\":$DIVISION,\"entryNumber\":$1,\"kind\":\"$2\"${3:+,\"amount\":\"$3\"}}" >/dev/null \
        || die "the simulator refused payment $2 of entry $1"
}

step_payments() {
    local entries file id
    [ -e "$DEMO_DIR/payments.shown" ] && return 0
    mapfile -t entries < <(karaf "demo:payments --entries 5" | awk '$1 == "entry" { print $2 " " $3 }')
    [ "${#entries[@]}" -ge 5 ] || { say "fewer than 5 posted invoices: no payment sync shown"; return 0; }
    set -- ${entries[0]}; local full=$1
    set -- ${entries[1]}; local partial=$1
    set -- ${entries[2]}; local over=$1 over_amount=$2
    set -- ${entries[3]}; local undone=$1
    set -- ${entries[4]}; local later=$1
    say "payments in Exact: entry $full in full, $partial in part (10.00), $over paid too much, $undone paid and the match undone"
    sim_payment "$full" PAYMENT
    sim_payment "$partial" PAYMENT 10.00
    sim_payment "$over" OVERPAYMENT "$(awk -v a="$over_amount" 'BEGIN { printf "%.2f", a + 5 }')"
    sim_payment "$undone" PAYMENT
    sim_payment "$undone" REVERSAL
    say "karaf@root()> koppel:sync-file --entities $ENTITY --name Bernardus create BER"
    file="$(karaf "koppel:sync-file --entities $ENTITY --name Bernardus create BER" || true)"
    echo "$file" | indent
    id="$(awk '{ print $1; exit }' <<<"$file")"
    [[ "$file" == *READY* ]] || die "the sync file was not made"
    say "karaf@root()> koppel:sync-file show $id"
    karaf "koppel:sync-file show $id" | indent || true
    say "karaf@root()> koppel:sync-file process $id"
    karaf "koppel:sync-file process $id" | indent || true
    say "karaf@root()> koppel:sync-file process $id   (again: refused, its number was processed)"
    karaf "koppel:sync-file process $id" 2>&1 | indent || true
    say "automatic mode: karaf@root()> koppel:sync-status --automatic --tolerance 50 $ENTITY; entry $later paid; koppel:sync-now $ENTITY"
    karaf "koppel:sync-status --automatic --tolerance 50 $ENTITY" | indent || true
    sim_payment "$later" PAYMENT
    karaf "koppel:sync-now $ENTITY" | indent || true
    say "karaf@root()> demo:payments   (the host's invoices, as Koppel's settlements left them)"
    karaf "demo:payments" | indent || true
    touch "$DEMO_DIR/payments.shown"
}

# A family moves and adds an e-mail address in the host: Koppel updates its customer in every division where the
# address is linked, with one call each. Returns non-zero when Exact does not show the new address.
step_move() {
    local out address started=$SECONDS pending divisions division city
    say "karaf@root()> demo:move --add-email nieuw.adres@example.be   (a family moves; the host tells Koppel)"
    out="$(karaf_verbose "demo:move --add-email nieuw.adres@example.be" || true)"
    indent <<<"$out"
    address="$(sed -n 's/^Address \([^:]*\): update for division.*/\1/p' <<<"$out" | head -n 1)"
    [ -n "$address" ] || { say "demo:move queued no update"; return 1; }
    while true; do
        pending="$(karaf "koppel:customer-updates --address $address --status NEW,IN_PROGRESS" | grep -c "| $address " \
            || true)"
        [ "${pending:-1}" = 0 ] && break
        if [ $((SECONDS - started)) -ge 120 ]; then say "the update of $address is still on its way"; return 1; fi
        sleep 2
    done
    say "karaf@root()> koppel:customer-updates --address $address"
    karaf "koppel:customer-updates --address $address" | indent || true
    divisions="$(karaf "koppel:customer-updates --address $address --status COMPLETED" \
        | awk -F'|' -v a="$address" '{ gsub(/ /, "", $2); gsub(/ /, "", $3) } $2 == a { print $3 }')"
    [ -n "$divisions" ] || { say "the update of $address did not complete"; return 1; }
    for division in $divisions; do
        city="$(curl -fsS "$(simulator_url)/_sim/data/$division/crm/Accounts?Remarks=$address" \
            | grep -o '"City" *: *"[^"]*"' | head -n 1 | sed 's/.*: *"\(.*\)"/\1/')"
        say "Exact, division $division: the customer of address $address now lives in ${city:-?}"
        [ "$city" = Gentbrugge ] || return 1
    done
    say "karaf@root()> koppel:log --search $address"
    karaf "koppel:log --search $address" | indent || true
}

step_stop() {
    local home pid; home="$(karaf_home)"
    if karaf_running; then
        say "stopping Karaf in ${home#"$ROOT"/}"
        "$home/bin/stop" 2>/dev/null || true
        for _ in $(seq 1 30); do karaf_running || break; sleep 1; done
        if karaf_running; then
            pid="$(karaf_pids | tr '\n' ' ')"
            say "Karaf did not stop with bin/stop; ending its JVM (pid $pid)"
            # shellcheck disable=SC2086
            kill $pid 2>/dev/null || true
            for _ in $(seq 1 20); do karaf_running || break; sleep 1; done
        fi
    else
        say "no demo Karaf running"
    fi
    if simulator_running; then
        pid="$(cat "$SIM_PID_FILE")"
        say "stopping the simulator (pid $pid)"
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    else
        say "no demo simulator running"
    fi
    rm -f "$SIM_PID_FILE" "$SIM_URL_FILE"
}

step_usage() {
    local home; home="$(karaf_home)"
    cat <<EOF
[demo] Koppel runs in ${home#"$ROOT"/} (H2 database in data/koppel/), the demo host in deploy/
[demo]   dashboard:  http://localhost:$(karaf_http_port)/koppel/   (log in as $ADMIN_USER, password: cat ${ADMIN_PASSWORD_FILE#"$ROOT"/})
[demo]   shell:      $home/bin/client -u $ADMIN_USER   (password: cat ${ADMIN_PASSWORD_FILE#"$ROOT"/})
[demo]   try:        koppel:postings -s FAILED   koppel:log -s <invoice>   demo:addresses --bad   demo:invoices
[demo]              demo:print --count 5   (the next invoices)   demo:move   koppel:customer-updates
[demo]   log:        $home/data/log/karaf.log
[demo]   simulator:  $(simulator_url 2>/dev/null || echo "not running")   (control API: /_sim/stats, /_sim/calls; log ${SIM_LOG#"$ROOT"/})
[demo]   Koppel's callback: http://localhost:$(karaf_http_port)/koppel/oauth/callback
[demo]   again:      itests/demo.sh   (next batch)   itests/demo.sh fresh   (from scratch)
[demo]   stop:       itests/demo.sh stop
EOF
}

main() {
    case "${1:-start}" in
    start)
        command -v curl >/dev/null || die "the demo needs curl"
        local ok=0
        step_build
        step_unpack
        step_ports
        step_simulator
        step_configure
        step_start
        step_show
        step_wait_koppel
        step_deploy_host
        step_connect
        step_print
        step_wait_postings || ok=1
        step_overview || ok=1
        step_move || ok=1
        step_payments
        step_usage
        if [ "$ok" = 0 ]; then
            say "the demo ran as expected"
        else
            die "the demo did not run as expected (see above)"
        fi
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
