#!/usr/bin/env bash
# Brings up the real Docker engine that Berth's integration tests talk to.
#
#   bash scripts/test-engine.sh [--rebuild]
#
# Must run as root. Idempotent: every step checks first and only does work
# when something is missing, so a second run takes a second or two.
#
#   1. apt: docker.io busybox-static docker-registry, procps for the pgrep
#      that the checks below use, and libpangoft2-1.0-0, the font library
#      JavaFX loads in the headless window tests (only if missing)
#   2. dockerd on unix:///var/run/docker.sock (log: /tmp/berth-dockerd.log)
#   3. a local registry (Debian's docker-registry, i.e. distribution 2.8) on
#      http://127.0.0.1:5000, no auth, delete enabled
#      (log: /tmp/berth-registry.log, data: /var/lib/berth-registry)
#   4. the test image berth-test/busybox:latest, FROM scratch + static busybox
#      (--rebuild forces a rebuild)
#
# No public registry is ever contacted: the test image is built locally from
# Debian's busybox-static, and the only registry is the local one.
#
# Notes for a machine without systemd (e.g. Debian 12 in a container or a
# chroot, where PID 1 is not an init system):
#   - dockerd (Debian's 20.10.24) starts and supervises its own containerd
#     (socket /var/run/docker/containerd/containerd.sock) when no system
#     containerd is running, so we never start containerd ourselves.
#   - iptables works as is (iptables-nft backend): dockerd runs with its
#     default --iptables=true, and both the default bridge and user-defined
#     bridge networks (with embedded DNS name resolution) work. Only if dockerd
#     fails to start with an iptables/nftables error do we switch the
#     iptables alternative to iptables-legacy and try once more; that keeps
#     iptables (and so NAT, port publishing and network isolation) on, which
#     --iptables=false would not.
#   - cgroups are v1 (hybrid, cgroupfs driver); storage driver is overlay2 on
#     ext4. Both are dockerd's own choices; we pass no flags for them.
#   - dockerd, its containerd and the containers are placed in a cpu cgroup
#     "system.slice", as a systemd install of Docker has them, so that the
#     engine's CPU is shared with an app (or the benchmarks) the way a desktop
#     shares it: the engine's group against the user's. Without this, the
#     engine's own session, containerd's and each container's cgroup would be
#     separate groups of equal weight. Skipped (with a note) where no cpu
#     controller is writable.
#   - A dockerd killed with SIGKILL (as when its machine is stopped) can linger
#     as a zombie, and dockerd then refuses to start ("pid file found"): we
#     ignore zombies and drop such stale pid files before starting it.
#   - Debian 12's static busybox 1.35 segfaults on "wget -T N" (host and
#     container alike); use "timeout N wget ..." instead.
set -euo pipefail

REBUILD=0
for arg in "$@"; do
  case "$arg" in
    --rebuild) REBUILD=1 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "test-engine.sh: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

if [ "$(id -u)" -ne 0 ]; then
  echo "test-engine.sh: must run as root" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin${PATH:+:$PATH}"

PACKAGES=(docker.io busybox-static docker-registry procps libpangoft2-1.0-0)
DOCKERD_LOG=/tmp/berth-dockerd.log
REGISTRY_ADDR=127.0.0.1:5000
REGISTRY_DIR=/var/lib/berth-registry
REGISTRY_CONFIG=$REGISTRY_DIR/config.yml
REGISTRY_LOG=/tmp/berth-registry.log
IMAGE=berth-test/busybox:latest
APT_WAIT_SECONDS=900
DOCKERD_WAIT_SECONDS=60
REGISTRY_WAIT_SECONDS=30

BUILD_CTX=
cleanup() { if [ -n "$BUILD_CTX" ]; then rm -rf "$BUILD_CTX"; fi; }
trap cleanup EXIT

START_TIME=$SECONDS
log() { echo "[test-engine +$((SECONDS - START_TIME))s] $*"; }
die() { echo "[test-engine] ERROR: $*" >&2; exit 1; }

# pgrep, ignoring zombies: right after a kill -9 (e.g. of an earlier run's
# dockerd) a dead dockerd can linger as <defunct> until its parent reaps it.
running() {
  local pid state
  for pid in $(pgrep "$@" 2>/dev/null); do
    state=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null || true)
    case "$state" in ''|Z|X) ;; *) return 0 ;; esac
  done
  return 1
}

# ---------------------------------------------------------------- 1. apt ----

pkg_installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}

missing_packages() {
  local p
  for p in "${PACKAGES[@]}"; do
    pkg_installed "$p" || echo "$p"
  done
}

apt_busy() {
  # Another apt/dpkg run (e.g. an install started by someone else) is active.
  running -x 'apt-get|apt|dpkg|aptitude|unattended-upgr'
}

wait_for_apt() {
  local waited=0
  while apt_busy; do
    if [ "$waited" -eq 0 ]; then
      log "another apt/dpkg process is running; waiting for it to finish (up to ${APT_WAIT_SECONDS}s)"
    fi
    if [ "$waited" -ge "$APT_WAIT_SECONDS" ]; then
      die "apt/dpkg still busy after ${APT_WAIT_SECONDS}s"
    fi
    sleep 2
    waited=$((waited + 2))
  done
}

APT_OPTS=(-y -q -o "DPkg::Lock::Timeout=$APT_WAIT_SECONDS" -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)

ensure_packages() {
  local missing
  missing=$(missing_packages)
  [ -z "$missing" ] && { log "packages present: ${PACKAGES[*]}"; return; }

  # Someone else may be installing exactly these right now: let them finish,
  # then look again before doing anything ourselves.
  wait_for_apt
  missing=$(missing_packages)
  [ -z "$missing" ] && { log "packages present: ${PACKAGES[*]}"; return; }

  # shellcheck disable=SC2086
  log "installing:" $missing
  local attempt
  for attempt in 1 2 3; do
    wait_for_apt
    # A previously interrupted dpkg run would make every install fail.
    dpkg --configure -a >/dev/null 2>&1 || true
    # shellcheck disable=SC2086
    if apt-get -q -o "DPkg::Lock::Timeout=$APT_WAIT_SECONDS" update \
       && apt-get install "${APT_OPTS[@]}" $missing; then
      break
    fi
    [ "$attempt" -eq 3 ] && die "apt-get install failed: $missing"
    log "apt failed (attempt $attempt); retrying in 5s"
    sleep 5
  done
  missing=$(missing_packages)
  [ -z "$missing" ] || die "still not installed after apt-get: $missing"
}

# ------------------------------------------------------------ 2. dockerd ----

docker_ok() { timeout 10 docker info >/dev/null 2>&1; }

wait_for_docker() {
  local deadline=$((SECONDS + DOCKERD_WAIT_SECONDS))
  while [ "$SECONDS" -lt "$deadline" ]; do
    docker_ok && return 0
    # dockerd died: no point in waiting the full timeout.
    if ! running -x dockerd; then
      sleep 1
      docker_ok && return 0
      return 1
    fi
    sleep 1
  done
  return 1
}

# True if the pid in file $1 is a live (non-zombie) process named $2.
pidfile_live() {
  local pid state
  pid=$(cat "$1" 2>/dev/null || true)
  [ -n "$pid" ] || return 1
  [ "$(cat "/proc/$pid/comm" 2>/dev/null || true)" = "$2" ] || return 1
  state=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null || true)
  case "$state" in ''|Z|X) return 1 ;; esac
  return 0
}

start_dockerd() {
  # dockerd refuses to start while its pid file names a process that still
  # exists, and a killed dockerd can stay a zombie for a while; same for the
  # containerd it supervises. Remove such stale pid files.
  pidfile_live /var/run/docker.pid dockerd || rm -f /var/run/docker.pid
  pidfile_live /var/run/docker/containerd/containerd.pid containerd \
    || rm -f /var/run/docker/containerd/containerd.pid
  log "starting dockerd (log: $DOCKERD_LOG)"
  {
    echo "==== $(date -Is) test-engine.sh starting dockerd"
  } >>"$DOCKERD_LOG"
  # setsid + nohup: new session, immune to the script's SIGHUP; stdin from
  # /dev/null so it does not hold the caller's terminal or pipes open. The
  # shell moves itself into the engine's slice first, then becomes dockerd.
  local slice
  slice="$(engine_slice)"
  if [ -n "$slice" ]; then
    log "dockerd, containerd and the containers go into the cpu cgroup $slice"
    setsid nohup sh -c 'echo $$ > "$1/cgroup.procs" && exec dockerd --cgroup-parent=/system.slice' \
      engine "$slice" >>"$DOCKERD_LOG" 2>&1 </dev/null &
  else
    log "no writable cpu cgroup controller: dockerd stays in the current cgroup"
    setsid nohup dockerd >>"$DOCKERD_LOG" 2>&1 </dev/null &
  fi
  disown || true
}

# The cpu cgroup directory for the engine (created if needed), or nothing.
engine_slice() {
  # cgroup v1 only: under v2 a cgroup with children that use
  # controllers may hold no processes itself, so dockerd could not sit in the
  # slice that holds its containers.
  local dir=/sys/fs/cgroup/cpu/system.slice
  [ -d /sys/fs/cgroup/cpu ] || return 0
  mkdir -p "$dir" 2>/dev/null && [ -w "$dir/cgroup.procs" ] && echo "$dir"
  return 0
}

ensure_dockerd() {
  if docker_ok; then
    log "docker engine already answering"
    return
  fi
  if running -x dockerd; then
    log "dockerd is running but not answering yet; waiting"
  else
    start_dockerd
  fi
  if wait_for_docker; then
    log "docker engine is up"
    return
  fi

  # Least-invasive fallback for machines where the nftables backend of
  # iptables is not usable: switch to iptables-legacy (keeping iptables on)
  # and try once more.
  if ! running -x dockerd \
     && tail -n 50 "$DOCKERD_LOG" | grep -qiE 'iptables|nftables|nf_tables' \
     && [ -x /usr/sbin/iptables-legacy ] \
     && [ "$(readlink -f /etc/alternatives/iptables 2>/dev/null)" != /usr/sbin/iptables-legacy ]; then
    log "dockerd failed with an iptables error; switching to iptables-legacy and retrying"
    update-alternatives --set iptables /usr/sbin/iptables-legacy >/dev/null
    update-alternatives --set ip6tables /usr/sbin/ip6tables-legacy >/dev/null 2>&1 || true
    start_dockerd
    if wait_for_docker; then
      log "docker engine is up (iptables-legacy)"
      return
    fi
  fi

  echo "----- last 40 lines of $DOCKERD_LOG -----" >&2
  tail -n 40 "$DOCKERD_LOG" >&2 || true
  if running -x dockerd; then
    die "dockerd is running but did not answer within ${DOCKERD_WAIT_SECONDS}s"
  fi
  die "dockerd exited without coming up (log above)"
}

# ----------------------------------------------------------- 3. registry ----

registry_ok() {
  # busybox-static is one of our packages, so its wget is always available.
  # (Not "wget -T N": that segfaults in Debian 12's busybox 1.35; use timeout.)
  timeout 5 busybox wget -q -O /dev/null "http://$REGISTRY_ADDR/v2/" >/dev/null 2>&1
}

write_registry_config() {
  mkdir -p "$REGISTRY_DIR/data"
  cat >"$REGISTRY_CONFIG.tmp" <<EOF
# Written by scripts/test-engine.sh: local test registry, no auth.
version: 0.1
log:
  level: info
  fields:
    service: berth-test-registry
storage:
  filesystem:
    rootdirectory: $REGISTRY_DIR/data
  delete:
    enabled: true
  cache:
    blobdescriptor: inmemory
http:
  addr: $REGISTRY_ADDR
  headers:
    X-Content-Type-Options: [nosniff]
EOF
  mv "$REGISTRY_CONFIG.tmp" "$REGISTRY_CONFIG"
}

ensure_registry() {
  if registry_ok; then
    log "registry already answering on http://$REGISTRY_ADDR/v2/"
    return
  fi
  write_registry_config
  local started=""
  if running -f "docker-registry serve $REGISTRY_CONFIG"; then
    log "registry process exists but is not answering yet; waiting"
  else
    log "starting registry on $REGISTRY_ADDR (log: $REGISTRY_LOG)"
    echo "==== $(date -Is) test-engine.sh starting docker-registry" >>"$REGISTRY_LOG"
    setsid nohup docker-registry serve "$REGISTRY_CONFIG" >>"$REGISTRY_LOG" 2>&1 </dev/null &
    started=$!
    disown || true
  fi
  local deadline=$((SECONDS + REGISTRY_WAIT_SECONDS))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if registry_ok; then
      log "registry is up"
      return
    fi
    # It exited (e.g. port 5000 already taken by another, non-matching
    # registry): fail now with its log instead of waiting out the timeout.
    # The one started here is watched by its pid: just after the fork its
    # command line is still this script's, so a search by name can miss it.
    if [ -n "$started" ]; then
      kill -0 "$started" 2>/dev/null || break
    else
      running -f "docker-registry serve $REGISTRY_CONFIG" || break
    fi
    sleep 0.5
  done
  echo "----- last 30 lines of $REGISTRY_LOG -----" >&2
  tail -n 30 "$REGISTRY_LOG" >&2 || true
  die "registry did not answer 200 on http://$REGISTRY_ADDR/v2/ within ${REGISTRY_WAIT_SECONDS}s"
}

# -------------------------------------------------------------- 4. image ----

build_image() {
  local busybox_bin=/bin/busybox
  [ -x "$busybox_bin" ] || die "$busybox_bin missing (busybox-static)"
  local ctx
  ctx=$(mktemp -d /tmp/berth-busybox-ctx.XXXXXX)
  BUILD_CTX=$ctx

  mkdir -p "$ctx/rootfs/bin" "$ctx/rootfs/etc" "$ctx/rootfs/root" \
           "$ctx/rootfs/tmp" "$ctx/rootfs/home" "$ctx/rootfs/var/www" "$ctx/rootfs/usr"
  chmod 1777 "$ctx/rootfs/tmp"
  chmod 700 "$ctx/rootfs/root"
  cp "$busybox_bin" "$ctx/rootfs/bin/busybox"
  chmod 755 "$ctx/rootfs/bin/busybox"
  local applet count=0
  for applet in $("$busybox_bin" --list); do
    case "$applet" in busybox|*/*|'') continue ;; esac
    ln -sf busybox "$ctx/rootfs/bin/$applet"
    count=$((count + 1))
  done
  # Usual locations resolve to the same single bin/ directory.
  ln -s bin "$ctx/rootfs/sbin"
  ln -s ../bin "$ctx/rootfs/usr/bin"
  ln -s ../bin "$ctx/rootfs/usr/sbin"

  cat >"$ctx/rootfs/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/bin/false
nobody:x:65534:65534:nobody:/home:/bin/false
EOF
  cat >"$ctx/rootfs/etc/group" <<'EOF'
root:x:0:
daemon:x:1:
nogroup:x:65534:
EOF
  echo 'hosts: files dns' >"$ctx/rootfs/etc/nsswitch.conf"
  echo 'berth test page' >"$ctx/rootfs/var/www/index.html"

  # The equivalent Dockerfile would be:
  #   FROM scratch
  #   COPY rootfs/ /
  #   ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  #   LABEL dev.berth.test=true
  #   WORKDIR /
  #   CMD ["sh"]
  # We use "docker import" of the rootfs tarball with the same --change lines
  # instead: it gives one single-layer image with no parent chain, whereas the
  # legacy builder (the only one without the buildx plugin) leaves one
  # untagged intermediate image per step, visible in "docker images -a" and
  # in the API's image list with all=true.
  log "building $IMAGE from scratch (static busybox, $count applets)"
  tar --numeric-owner --owner=0 --group=0 -C "$ctx/rootfs" -cf "$ctx/rootfs.tar" .
  docker import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'LABEL dev.berth.test=true' \
    --change 'WORKDIR /' \
    --change 'CMD ["sh"]' \
    --message 'berth-test/busybox: static busybox on scratch, made by scripts/test-engine.sh' \
    "$ctx/rootfs.tar" "$IMAGE" >/dev/null 2>"$ctx/build.err" || {
    cat "$ctx/build.err" >&2
    die "docker import of $IMAGE failed"
  }
  rm -rf "$ctx"
  BUILD_CTX=
}

ensure_image() {
  if [ "$REBUILD" -eq 0 ] && docker image inspect "$IMAGE" >/dev/null 2>&1; then
    log "image $IMAGE present"
    return
  fi
  build_image
  # Smoke test: the image must run a shell command.
  local out
  out=$(docker run --rm --network none "$IMAGE" sh -c 'echo hi') \
    || die "docker run $IMAGE failed"
  [ "$out" = "hi" ] || die "unexpected output from $IMAGE: $out"
  # Drop the previous image left dangling by a rebuild (only ours).
  docker image prune -f --filter label=dev.berth.test=true >/dev/null 2>&1 || true
  log "image $IMAGE built and runs"
}

# --------------------------------------------------------------- main ----

ensure_packages
ensure_dockerd
ensure_registry
ensure_image

echo "---- Berth test engine ready ($((SECONDS - START_TIME))s) ----"
echo "docker client: $(command -v docker) $(docker version --format '{{.Client.Version}} (API {{.Client.APIVersion}})' 2>/dev/null || echo '?')"
echo "docker server: $(docker version --format '{{.Server.Version}} API {{.Server.APIVersion}} (min {{.Server.MinAPIVersion}})')"
echo "docker info:   $(docker info --format 'storage={{.Driver}} cgroup={{.CgroupDriver}}/v{{.CgroupVersion}} root={{.DockerRootDir}}')"
echo "socket:        unix:///var/run/docker.sock"
echo "registry:      http://$REGISTRY_ADDR/v2/ -> $(timeout 5 busybox wget -q -O - "http://$REGISTRY_ADDR/v2/" 2>/dev/null || echo '?')"
echo "image:         $IMAGE $(docker image inspect --format '{{.Id}} {{.Size}} bytes' "$IMAGE")"
