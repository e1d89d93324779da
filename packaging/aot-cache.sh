#!/usr/bin/env bash
# Gives a Linux app image an ahead-of-time cache of the classes Berth loads and links until its first window shows
# the container list, so that the installed Berth opens without loading and linking them again: starts the image's
# launcher once under Xvfb (or the current DISPLAY) with -XX:AOTCacheOutput, and adds -XX:AOTCache to its options.
# The cache is relative to the image ($APPDIR), so it still applies once installed under /opt. Needs a runtime of
# JDK 25 or later; with an older one, or without a display, the image is left as it is. Usage: aot-cache.sh <image>
set -euo pipefail

image=$1
cfg="$image/lib/app/Berth.cfg"
cache="$image/lib/app/berth.aot"
timeout=60

feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$image/lib/runtime/release")
if [ "${feature:-0}" -lt 25 ]; then
  echo "aot-cache.sh: the runtime is Java $feature; an AOT cache needs 25 or later, none made"
  exit 0
fi

work=$(mktemp -d)
xvfb_pid=""
berth_pid=""
cp "$cfg" "$work/Berth.cfg"
cleanup() {
  [ -n "$berth_pid" ] && kill "$berth_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if command -v Xvfb >/dev/null 2>&1; then
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 40); do
    [ -s "$work/display" ] && break
    sleep 0.5
  done
  [ -s "$work/display" ] && export DISPLAY=":$(tr -d '[:space:]' <"$work/display")"
fi
if [ -z "${DISPLAY:-}" ]; then
  echo "aot-cache.sh: no Xvfb and no DISPLAY, no AOT cache made"
  exit 0
fi

# The training run: its own data folder and settings, the launcher's own options plus the cache's output.
echo "java-options=-XX:AOTCacheOutput=\$APPDIR/berth.aot" >>"$cfg"
XDG_DATA_HOME="$work/data" JAVA_TOOL_OPTIONS="-Djava.util.prefs.userRoot=$work/prefs" \
  "$image/bin/Berth" >"$work/out.log" 2>&1 &
berth_pid=$!
deadline=$(($(date +%s) + timeout))
until grep -q 'First container list shown' "$work/out.log"; do
  if ! kill -0 "$berth_pid" 2>/dev/null || [ "$(date +%s)" -ge "$deadline" ]; then
    break
  fi
  sleep 0.2
done
if ! grep -q 'Window shown' "$work/out.log"; then
  cp "$work/Berth.cfg" "$cfg"
  tail -20 "$work/out.log" >&2
  echo "aot-cache.sh: Berth did not open its window, no AOT cache made" >&2
  exit 1
fi
grep -q 'First container list shown' "$work/out.log" \
  || echo "aot-cache.sh: no engine answered; the cache covers the window without the container list"
# The JVM writes the cache as it exits.
kill "$berth_pid"
timeout 120 tail --pid="$berth_pid" -f /dev/null || true
berth_pid=""
cp "$work/Berth.cfg" "$cfg"
if [ ! -s "$cache" ]; then
  tail -20 "$work/out.log" >&2
  echo "aot-cache.sh: the JVM wrote no AOT cache" >&2
  exit 1
fi
echo "java-options=-XX:AOTCache=\$APPDIR/berth.aot" >>"$cfg"
echo "aot-cache.sh: $(du -h "$cache" | cut -f1) AOT cache in $cache"
