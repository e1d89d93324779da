#!/usr/bin/env bash
# Gives the engine tests their engine before they run: `./mvnw verify` runs this
# in the pre-integration-test phase (pom.xml, profile engine-for-tests, on Unix).
#
#   bash scripts/engine-for-tests.sh
#
# When the test engine already answers (dockerd at $BERTH_TEST_DOCKER_HOST or
# unix:///var/run/docker.sock, with the test image berth-test/busybox:latest
# and the registry on 127.0.0.1:5000), it does nothing and takes a fraction of
# a second. Otherwise, when it may start one (as root, or where `sudo -n true`
# succeeds), it runs scripts/test-engine.sh, through `sudo -n` when not root.
# When it may not, it prints one line saying why the engine tests will be
# skipped; the tests then skip themselves, each with that reason.
#
# It fails the build only under CI (CI=true) when no engine could be had, as
# the engine tests would then fail one by one.
#
# Opting out: ./mvnw verify -DskipEngineSetup (the tests then use whatever
# engine answers, or skip). The build also leaves it out with -DskipTests,
# -DskipITs or -Dmaven.test.skip, which it passes in as BERTH_TESTS_SKIPPED.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

DEFAULT_HOST=unix:///var/run/docker.sock
HOST=${BERTH_TEST_DOCKER_HOST:-$DEFAULT_HOST}
IMAGE=berth-test/busybox:latest
REGISTRY_PORT=5000

say() { echo "[engine-for-tests] $*"; }

case "${BERTH_TESTS_SKIPPED:-}" in
  *true*) exit 0 ;;
esac

# What is missing for the engine tests, or nothing when all of it answers.
missing() {
  if ! command -v docker >/dev/null 2>&1; then
    # Without the docker CLI only the socket can be looked at; the tests
    # themselves ask the engine.
    if [ "$HOST" = "$DEFAULT_HOST" ] && [ ! -S /var/run/docker.sock ]; then
      echo "no Docker engine at $HOST"
    fi
    return
  fi
  if timeout 10 docker -H "$HOST" image inspect "$IMAGE" >/dev/null 2>&1; then
    if [ "$HOST" = "$DEFAULT_HOST" ] \
       && ! timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$REGISTRY_PORT" 2>/dev/null; then
      echo "no test registry answers on 127.0.0.1:$REGISTRY_PORT"
    fi
  elif timeout 10 docker -H "$HOST" version --format '{{.Server.Version}}' >/dev/null 2>&1; then
    echo "the engine at $HOST has no test image $IMAGE"
  else
    echo "no Docker engine answers at $HOST"
  fi
}

# How this script may run test-engine.sh as root, or nothing when it may not.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    echo "root"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
    echo "sudo"
  fi
}

no_engine() {
  if [ "${CI:-}" = "true" ]; then
    say "$1; under CI the engine tests need it: failing" >&2
    exit 1
  fi
  say "$1: the engine tests will be skipped"
  exit 0
}

what=$(missing)
[ -z "$what" ] && exit 0

if [ "$HOST" != "$DEFAULT_HOST" ]; then
  no_engine "$what, and scripts/test-engine.sh starts one only at $DEFAULT_HOST"
fi
case "$(as_root)" in
  root) runner=() ;;
  sudo) runner=(sudo -n) ;;
  *) no_engine "$what, and neither root nor password-less sudo to start one (sudo bash scripts/test-engine.sh)" ;;
esac

say "$what: starting it with scripts/test-engine.sh"
if ! ${runner[@]+"${runner[@]}"} bash scripts/test-engine.sh; then
  no_engine "scripts/test-engine.sh failed (output above)"
fi
