#!/usr/bin/env bash
# ToySub Desktop: install everything the project needs, then run the demo or the whole test suite.
#
#   bash scripts/bootstrap.sh demo [app args...]   start the app on a demo shop (under xvfb-run if there is no screen)
#   bash scripts/bootstrap.sh test [pytest args...] ruff, ruff format --check, mypy, then pytest once, with a
#                                                    throwaway PostgreSQL 15 on loopback, then the frozen app's
#                                                    --self-check (PyInstaller, from a path with spaces and Hangul)
#
# What it installs, each step skipped quickly when already done:
#   - Debian packages (fonts, Xvfb, poppler, zbar, Qt runtime libraries, PostgreSQL 15), only those missing;
#   - a virtual environment (.venv in the project root, or $TOYSUB_VENV) with `pip install -e ".[dev]"`,
#     redone only when pyproject.toml changed since the last install (a stamp file inside the venv);
#   - compiled translations: resources/i18n/*.ts -> *.qm beside them (build output, git-ignored).
#
# Environment knobs:
#   TOYSUB_VENV               where the virtual environment lives (default: <project>/.venv)
#   TOYSUB_PYTHON             interpreter that creates the venv (default: python3; needs 3.11+)
#   TOYSUB_TEST_DATABASE_URL  if already set, `test` uses that database instead of starting its own server
#   TOYSUB_SKIP_LINT=1        `test` runs pytest only (a quicker loop while working; CI never sets it)
#   TOYSUB_SKIP_FROZEN=1      `test` does not build the frozen app (saves about a minute; CI never sets it)
#   TOYSUB_TEST_WORKERS=N     how many pytest workers (default: auto, one per core; 0 runs in this process)
#   CI=true                   anything missing (packages, PostgreSQL) is a failure instead of a warning
#
# Exit status of `test`: pytest's own (5, "no tests collected", counts as a failure), or 1 when pytest passed but
# a lint/type check or the frozen app's self-check failed, or 1 for a setup failure.

set -euo pipefail

# ---------------------------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------------------------

ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
cd -- "$ROOT"

VENV=${TOYSUB_VENV:-$ROOT/.venv}
PYTHON=${TOYSUB_PYTHON:-python3}
STARTED_AT=$SECONDS

say() { printf '==> [%4ss] %s\n' "$((SECONDS - STARTED_AT))" "$*"; }
warn() { printf '!!! %s\n' "$*" >&2; }
die() {
    printf 'bootstrap: error: %s\n' "$*" >&2
    exit 1
}
is_ci() { [[ "${CI:-}" == "true" || "${CI:-}" == "1" ]]; }

usage() {
    sed -n '2,6p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 2
}

# How to run a command as root: directly, through sudo, or not at all (empty array = impossible).
AS_ROOT=()
can_be_root() {
    if [[ $EUID -eq 0 ]]; then
        AS_ROOT=()
        return 0
    fi
    if command -v sudo >/dev/null 2>&1; then
        # Without a terminal (CI, pipes) sudo must not wait for a password it will never get.
        if [[ -t 0 ]] && ! is_ci; then AS_ROOT=(sudo); else AS_ROOT=(sudo -n); fi
        return 0
    fi
    return 1
}

# ---------------------------------------------------------------------------------------------------------------
# Debian packages
# ---------------------------------------------------------------------------------------------------------------

# Needed in both modes: the Hangul font, a virtual screen, the PDF/barcode tools the document tests use, and the
# shared libraries PySide6's offscreen and xcb platform plugins load.
DEB_PACKAGES=(
    fonts-nanum
    xvfb xauth
    poppler-utils
    zbar-tools
    libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
    libxcb-render-util0 libxcb-image0
)

# Prints the names among "$@" that dpkg does not list as installed.
missing_deb_packages() {
    local installed
    # One dpkg-query for all names; unknown names only complain on stderr.
    installed=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "$@" 2>/dev/null | awk '$2 == "ii" {print $1}' || true)
    local pkg
    for pkg in "$@"; do
        grep -qxF -- "$pkg" <<<"$installed" || printf '%s\n' "$pkg"
    done
}

# Directory holding PostgreSQL's server programs (initdb, pg_ctl, postgres), preferring version 15; empty if none.
find_pg_bindir() {
    local dir
    if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then
        echo /usr/lib/postgresql/15/bin
        return
    fi
    # Any other Debian-packaged version, newest first.
    for dir in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -rV); do
        if [[ -x $dir/initdb ]]; then
            echo "$dir"
            return
        fi
    done
    # Elsewhere (Homebrew, a source build) the programs are usually on PATH.
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname -- "$(command -v initdb)"
    fi
}

install_deb_packages() {
    local want_postgres=$1
    if ! command -v dpkg-query >/dev/null 2>&1; then
        warn "not a Debian-like system: install by hand the equivalents of: ${DEB_PACKAGES[*]}${want_postgres:+ postgresql-15}"
        return 0
    fi

    local wanted=("${DEB_PACKAGES[@]}")
    # The system Python on Debian keeps venv/ensurepip in a separate package.
    if ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1 && [[ $(command -v "$PYTHON") == /usr/bin/* ]]; then
        wanted+=(python3-venv)
    fi
    if [[ -n $want_postgres && -z $(find_pg_bindir) ]]; then
        wanted+=(postgresql-15)
    fi

    local missing
    mapfile -t missing < <(missing_deb_packages "${wanted[@]}")
    if [[ ${#missing[@]} -eq 0 ]]; then
        say "Debian packages: all ${#wanted[@]} present"
        return 0
    fi

    if ! can_be_root; then
        warn "cannot install Debian packages (not root, no sudo); missing: ${missing[*]}"
        is_ci && die "CI needs these packages"
        return 0
    fi

    say "Debian packages: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if ! "${AS_ROOT[@]}" apt-get update -qq; then
        warn "apt-get update failed; still missing: ${missing[*]}"
        is_ci && die "could not install Debian packages"
        return 0
    fi
    if ! "${AS_ROOT[@]}" apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends "${missing[@]}"; then
        warn "apt-get install failed; missing: $(missing_deb_packages "${missing[@]}" | tr '\n' ' ')"
        is_ci && die "could not install Debian packages"
    fi
    return 0
}

# ---------------------------------------------------------------------------------------------------------------
# Python virtual environment
# ---------------------------------------------------------------------------------------------------------------

VPY=$VENV/bin/python
STAMP=$VENV/.toysub-install-stamp

# What the stamp records: pyproject's content and which checkout the editable install points at.
install_fingerprint() {
    "$VPY" - "$ROOT" <<'EOF'
import hashlib, sys
root = sys.argv[1]
with open(f"{root}/pyproject.toml", "rb") as f:
    print(hashlib.sha256(f.read()).hexdigest(), root)
EOF
}

setup_venv() {
    if ! "$VPY" -c 'import sys; assert sys.version_info >= (3, 11)' >/dev/null 2>&1; then
        command -v "$PYTHON" >/dev/null 2>&1 || die "no $PYTHON found (set TOYSUB_PYTHON to a Python 3.11+)"
        "$PYTHON" -c 'import sys; assert sys.version_info >= (3, 11)' 2>/dev/null ||
            die "$PYTHON is $("$PYTHON" -V 2>&1); ToySub needs Python 3.11 or newer (set TOYSUB_PYTHON)"
        say "creating virtual environment $VENV ($("$PYTHON" -V 2>&1))"
        rm -rf -- "$VENV"
        "$PYTHON" -m venv "$VENV"
    fi

    export PIP_DISABLE_PIP_VERSION_CHECK=1
    local fingerprint
    fingerprint=$(install_fingerprint)
    if [[ -f $STAMP && $(<"$STAMP") == "$fingerprint" ]] && "$VPY" -c 'import toysub_desktop' >/dev/null 2>&1; then
        say "Python packages: up to date (pyproject.toml unchanged)"
    else
        say "Python packages: pip install -e .[dev]"
        rm -f -- "$STAMP"
        "$VPY" -m pip install --quiet --progress-bar off -e ".[dev]"
        printf '%s\n' "$fingerprint" >"$STAMP"
    fi
}

compile_translations() {
    local ts_files=()
    shopt -s nullglob
    ts_files=(resources/i18n/*.ts)
    shopt -u nullglob
    if [[ ${#ts_files[@]} -eq 0 ]]; then
        say "translations: no resources/i18n/*.ts yet, nothing to compile"
        return 0
    fi
    say "translations: pyside6-lrelease ${ts_files[*]}"
    "$VENV/bin/pyside6-lrelease" -silent "${ts_files[@]}"
}

install_everything() {
    install_deb_packages "$1"
    setup_venv
    compile_translations
}

# ---------------------------------------------------------------------------------------------------------------
# Throwaway PostgreSQL server for the tests
# ---------------------------------------------------------------------------------------------------------------

PG_TMP=""     # temporary folder: data/, socket/, server.log
PG_BIN=""     # where initdb/pg_ctl live
PG_AS=()      # prefix that runs a command as the server's owner (runuser when we are root)

# Runs "$@" as the server's owner, from inside the temp folder (the owner may not be allowed into our cwd).
pg_run() { (cd -- "$PG_TMP" && "${PG_AS[@]}" "$@"); }

stop_postgres() {
    [[ -n $PG_TMP ]] || return 0
    if [[ -f $PG_TMP/data/postmaster.pid ]]; then
        pg_run "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate -w stop >/dev/null 2>&1 ||
            warn "could not stop the test PostgreSQL server cleanly (data in $PG_TMP)"
    fi
    rm -rf -- "$PG_TMP"
    PG_TMP=""
}

# A TCP port nobody listens on right now (the kernel picks it).
free_port() {
    "$VPY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Starts the server and exports TOYSUB_TEST_DATABASE_URL; returns 1 (after saying why) when it cannot.
# Called as a condition, so `set -e` does not apply inside: every step checks for itself.
start_postgres() {
    PG_BIN=$(find_pg_bindir)
    if [[ -z $PG_BIN ]]; then
        warn "PostgreSQL server programs not found"
        return 1
    fi

    # Always under /tmp: the server's owner must be able to reach it, and the socket path must stay short.
    PG_TMP=$(mktemp -d /tmp/toysub-pg.XXXXXXXX) || return 1
    mkdir -p "$PG_TMP/socket" || return 1
    if [[ $EUID -eq 0 ]]; then
        # The server refuses to run as root; it runs as the system's postgres user.
        if ! id postgres >/dev/null 2>&1; then
            useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin postgres ||
                return 1
        fi
        if command -v runuser >/dev/null 2>&1; then
            PG_AS=(runuser -u postgres --)
        else
            PG_AS=(setpriv --reuid=postgres --regid=postgres --init-groups --)
        fi
        chown -R postgres: "$PG_TMP" || return 1
    else
        PG_AS=(env)
    fi

    say "PostgreSQL: initdb ($("$PG_BIN/postgres" --version)) in $PG_TMP"
    # C collation sorts by code point, like SQLite; UTF8 for Hangul; trust auth (the server is on loopback only).
    if ! pg_run "$PG_BIN/initdb" -D "$PG_TMP/data" -U postgres --auth=trust --encoding=UTF8 --locale=C \
        --no-sync >"$PG_TMP/initdb.log" 2>&1; then
        cat "$PG_TMP/initdb.log" >&2
        warn "initdb failed"
        return 1
    fi

    local attempt port=""
    for attempt in 1 2 3; do
        port=$(free_port) || return 1
        # fsync and friends off: the data is thrown away, only speed matters.
        local server_opts="-p $port -c listen_addresses=127.0.0.1 -k $PG_TMP/socket"
        server_opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        if pg_run "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 60 -o "$server_opts" \
            start >/dev/null; then
            break
        fi
        # Most likely someone took the port between free_port and the start: try another.
        warn "PostgreSQL did not start on port $port (attempt $attempt):"
        tail -n 20 "$PG_TMP/server.log" >&2
        port=""
    done
    [[ -n $port ]] || return 1

    # Clients connect over TCP as the postgres role, so they can run as us.
    if ! "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres toysub_test; then
        warn "createdb failed"
        return 1
    fi
    export TOYSUB_TEST_DATABASE_URL="postgresql+psycopg://postgres@127.0.0.1:$port/toysub_test"
    say "PostgreSQL: ready, TOYSUB_TEST_DATABASE_URL=$TOYSUB_TEST_DATABASE_URL"
}

# ---------------------------------------------------------------------------------------------------------------
# Modes
# ---------------------------------------------------------------------------------------------------------------

run_demo() {
    install_everything ""
    local app=("$VPY" -m toysub_desktop --demo "$@")
    if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
        command -v xvfb-run >/dev/null 2>&1 || die "no DISPLAY and no xvfb-run: install xvfb, or run on a desktop"
        say "no DISPLAY: running the demo under xvfb-run -a (a virtual screen; nothing will appear on yours)"
        exec xvfb-run -a -s "-screen 0 1600x1000x24" "${app[@]}"
    fi
    say "starting the demo shop"
    exec "${app[@]}"
}

XDG_TMP=""     # private XDG_RUNTIME_DIR made for the tests, if any
FROZEN_TMP=""  # where the frozen app is built and run, if it was

# EXIT trap of `test`: runs however the script ends (success, failure, Ctrl-C, kill).
cleanup_tests() {
    stop_postgres
    if [[ -n $XDG_TMP ]]; then rm -rf -- "$XDG_TMP"; fi
    if [[ -n $FROZEN_TMP ]]; then rm -rf -- "$FROZEN_TMP"; fi
}

# Builds the one-folder app with build.spec (as the Windows release does), moves it into a folder whose path has
# spaces and Hangul (as "C:\Users\김민지\AppData\Local\Programs\ToySub Desktop" would), and runs its --self-check
# offscreen with a throwaway home. Returns the self-check's status (1 if the build failed).
check_frozen_app() {
    FROZEN_TMP=$(mktemp -d /tmp/toysub-frozen.XXXXXXXX)
    local place="$FROZEN_TMP/토이섭 테스트"
    # PyInstaller's work folder is kept in the venv, so a second run here only redoes what changed.
    say "frozen app: pyinstaller build.spec ($("$VENV/bin/pyinstaller" --version))"
    if ! "$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$FROZEN_TMP/dist" \
        --workpath "$VENV/pyinstaller-work" build.spec >"$FROZEN_TMP/pyinstaller.log" 2>&1; then
        tail -n 40 "$FROZEN_TMP/pyinstaller.log" >&2
        warn "PyInstaller could not build the app"
        return 1
    fi
    mkdir -p -- "$place"
    mv -- "$FROZEN_TMP/dist/toysub-desktop" "$place/"
    say "frozen app: $(du -sh -- "$place/toysub-desktop" | cut -f1) in \"$place\"; --self-check"
    # Bounded like the release workflow's: the self-check stops itself after 4 minutes, this after 5 at most.
    HOME="$FROZEN_TMP/home" XDG_DATA_HOME="$FROZEN_TMP/home/data" XDG_STATE_HOME="$FROZEN_TMP/home/state" \
        XDG_CONFIG_HOME="$FROZEN_TMP/home/config" XDG_CACHE_HOME="$FROZEN_TMP/home/cache" \
        QT_QPA_PLATFORM=offscreen timeout --kill-after=10s 300s "$place/toysub-desktop/toysub-desktop" --self-check
}

run_tests() {
    local want_postgres=yes
    [[ -n ${TOYSUB_TEST_DATABASE_URL:-} ]] && want_postgres=""
    install_everything "$want_postgres"

    # Whatever happens from here on, the server is stopped and the temporary folders removed.
    trap cleanup_tests EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM

    local failed_checks=()
    if [[ -n ${TOYSUB_SKIP_LINT:-} ]]; then
        say "TOYSUB_SKIP_LINT set: skipping ruff and mypy"
    else
        # All checks run even when one fails, so a single CI log shows every problem.
        say "ruff check"
        "$VENV/bin/ruff" check || failed_checks+=("ruff check")
        say "ruff format --check"
        "$VENV/bin/ruff" format --check || failed_checks+=("ruff format --check")
        say "mypy"
        "$VENV/bin/mypy" || failed_checks+=("mypy")
    fi

    local pg_note=""
    if [[ -z $want_postgres ]]; then
        say "PostgreSQL: using the TOYSUB_TEST_DATABASE_URL already set"
    elif ! start_postgres; then
        stop_postgres
        is_ci && die "PostgreSQL could not be started, and CI must run the PostgreSQL half of the suite"
        pg_note="the PostgreSQL half of the suite was SKIPPED: no usable PostgreSQL server here"
        pg_note+=" (install postgresql-15 or run as root to have it installed)"
        warn "$pg_note"
    fi

    # Qt without a screen; a private runtime dir keeps Qt from warning about a missing XDG_RUNTIME_DIR.
    export QT_QPA_PLATFORM=offscreen
    if [[ -z ${XDG_RUNTIME_DIR:-} || ! -d ${XDG_RUNTIME_DIR:-} || ! -w ${XDG_RUNTIME_DIR:-} ]]; then
        XDG_TMP=$(mktemp -d /tmp/toysub-xdg.XXXXXXXX)
        chmod 700 "$XDG_TMP"
        export XDG_RUNTIME_DIR=$XDG_TMP
    fi

    say "pytest $*"
    local rc=0
    # One worker per core (pytest-xdist): each has its own home folder, template databases and Qt application.
    "$VENV/bin/pytest" -n "${TOYSUB_TEST_WORKERS:-auto}" "$@" || rc=$?

    if [[ -n ${TOYSUB_SKIP_FROZEN:-} ]]; then
        say "TOYSUB_SKIP_FROZEN set: not building the frozen app"
    else
        local frozen_started=$SECONDS
        check_frozen_app || failed_checks+=("frozen app --self-check")
        say "frozen app: checked in $((SECONDS - frozen_started)) s"
    fi

    echo
    if [[ $rc -ne 0 && -n $PG_TMP && -s $PG_TMP/server.log ]]; then
        warn "last lines of the test PostgreSQL server's log:"
        tail -n 15 "$PG_TMP/server.log" >&2
    fi
    if [[ -n $pg_note ]]; then warn "$pg_note"; fi
    if [[ $rc -eq 5 ]]; then
        warn "pytest collected no tests: counted as a failure"
    elif [[ $rc -ne 0 ]]; then
        warn "pytest failed (exit $rc)"
    fi
    if [[ ${#failed_checks[@]} -gt 0 ]]; then
        warn "failed checks: ${failed_checks[*]}"
        if [[ $rc -eq 0 ]]; then rc=1; fi
    fi
    say "done: exit $rc"
    exit "$rc"
}

mode=${1:-}
[[ $# -gt 0 ]] && shift
case $mode in
    demo) run_demo "$@" ;;
    test) run_tests "$@" ;;
    *) usage ;;
esac
