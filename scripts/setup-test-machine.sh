#!/usr/bin/env bash
# Prepares a Debian machine for `pnpm test`, which runs this first: the browser journeys drive Debian's Chromium
# (test tools never download browsers of their own), the export tests read the Excel workbook with LibreOffice,
# and the server tests need the PostgreSQL server at 127.0.0.1:5432. Installs what is missing from Debian's
# packages and starts PostgreSQL if it is down; when everything is there it only looks, in well under a second.
#
# Environment (for testing this script and for unusual machines):
#   CHROMIUM_PATH                  the Chromium the browser tests start (default /usr/bin/chromium)
#   SOFFICE_PATH                   the LibreOffice the export tests start (default: soffice on the PATH)
#   TEST_POSTGRES_URL              tests use this server instead: nothing is started
#   SETUP_TEST_MACHINE_DRY_RUN=1   print the commands that would change the machine instead of running them
#   SETUP_TEST_MACHINE_ASSUME_POSTGRES_DOWN=1   with the dry run: show what a machine with PostgreSQL down gets
set -euo pipefail

say() { echo "setup-test-machine: $*"; }

dry_run=${SETUP_TEST_MACHINE_DRY_RUN:-}

# Runs a command that changes the machine: directly as root, through sudo otherwise.
as_root() {
  if [ -n "$dry_run" ]; then
    say "would run: $*"
    return 0
  fi
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    say "this needs root, and sudo is not installed. Run as root, then run the tests again:  $*"
    exit 1
  fi
}

# --- Chromium and LibreOffice -------------------------------------------------------------------------------
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
missing=()
[ -x "$chromium" ] || missing+=(chromium)
if [ -n "${SOFFICE_PATH:-}" ]; then
  [ -x "$SOFFICE_PATH" ] || missing+=(libreoffice-calc-nogui)
else
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
fi

if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    say "missing ${missing[*]}, and this is not a Debian-like system (no apt-get): install them yourself" \
      "(set CHROMIUM_PATH / SOFFICE_PATH if they live elsewhere)"
    exit 1
  fi
  say "installing ${missing[*]} from Debian's packages (a few minutes the first time)"
  export DEBIAN_FRONTEND=noninteractive
  # The package lists of a fresh machine can be empty or stale: update them once if the install fails.
  if ! as_root apt-get install -y "${missing[@]}"; then
    say "install failed; updating the package lists and trying again"
    as_root apt-get update
    as_root apt-get install -y "${missing[@]}"
  fi
fi

# --- PostgreSQL ------------------------------------------------------------------------------------------------
postgres_up() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1
  else
    (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null
  fi
}

if [ -z "${TEST_POSTGRES_URL:-}" ] && { [ -n "${SETUP_TEST_MACHINE_ASSUME_POSTGRES_DOWN:-}" ] || ! postgres_up; }; then
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1 || true)
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$version" ]; then
    say "no PostgreSQL server at 127.0.0.1:5432 and none installed here: install Debian's postgresql" \
      "(trust authentication for user postgres on 127.0.0.1), or set TEST_POSTGRES_URL to a server to use"
    exit 1
  fi
  say "starting PostgreSQL $version"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start
  if [ -z "$dry_run" ]; then
    for _ in $(seq 1 30); do postgres_up && break; sleep 1; done
    postgres_up || { say "PostgreSQL $version did not come up on 127.0.0.1:5432"; exit 1; }
  fi
fi
