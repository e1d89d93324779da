#!/usr/bin/env bash
# Installs the .deb that `./mvnw -Ppackage package` built, starts the installed Berth under Xvfb, checks that its
# window opens and that it connects to the engine without JavaFX's class-path warning, takes a screenshot into
# target/, removes the package and checks that nothing is left under /opt/berth; also reads the .rpm's header.
# Needs root, Xvfb, xdotool, ImageMagick's import, rpm, and an engine at the default socket. Run from the project.
set -euo pipefail

dist=target/jpackage/dist
screenshot=target/berth-installed.png
window_timeout=60
connect_timeout=30

fail() {
  echo "smoke-test: FAIL: $*" >&2
  exit 1
}

deb=$(find "$dist" -maxdepth 1 -name 'berth_*.deb' | head -1)
rpm_file=$(find "$dist" -maxdepth 1 -name 'berth-*.rpm' | head -1)
[ -n "$deb" ] || fail "no .deb in $dist (run ./mvnw -Ppackage -DskipTests package first)"
[ -n "$rpm_file" ] || fail "no .rpm in $dist"

work=$(mktemp -d)
xvfb_pid=""
berth_pid=""
cleanup() {
  [ -n "$berth_pid" ] && kill "$berth_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  if dpkg -s berth >/dev/null 2>&1; then
    timeout 120 apt-get remove -y berth >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "smoke-test: rpm header"
rpm -qip "$rpm_file" | grep -E '^(Name|Version|Release|Architecture|Size) *:' || fail "rpm -qip cannot read $rpm_file"

# xdg-desktop-menu, which the package's post-install step runs, gives up when these are missing.
mkdir -p /usr/share/applications /usr/share/desktop-directories /etc/xdg/menus

started=$(date +%s)
echo "smoke-test: installing $deb"
timeout 300 env DEBIAN_FRONTEND=noninteractive apt-get install -y "./$deb" >"$work/apt-install.log" 2>&1 \
  || { tail -20 "$work/apt-install.log" >&2; fail "apt-get install failed"; }
[ -x /opt/berth/bin/Berth ] || fail "/opt/berth/bin/Berth is not installed"
grep -q '^StartupWMClass=dev.berth.app.BerthApp$' /usr/share/applications/berth-Berth.desktop \
  || fail "the menu entry is missing or lacks StartupWMClass"
echo "smoke-test: installed $(du -sh /opt/berth | cut -f1) under /opt/berth"

# Xvfb picks a free display itself and writes its number once it accepts clients.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 40); do
  [ -s "$work/display" ] && break
  sleep 0.5
done
[ -s "$work/display" ] || fail "Xvfb did not start"
export DISPLAY=":$(tr -d '[:space:]' <"$work/display")"

# A data folder and settings of its own, so the log read below is this run's and the user's settings stay as
# they were.
export XDG_DATA_HOME="$work/data"
export JAVA_TOOL_OPTIONS="-Djava.util.prefs.userRoot=$work/prefs"
log="$XDG_DATA_HOME/berth/logs/berth.log"
/opt/berth/bin/Berth >"$work/stdout.log" 2>&1 &
berth_pid=$!

window=$(timeout "$window_timeout" xdotool search --sync --onlyvisible --classname 'dev.berth.app.BerthApp' \
  2>/dev/null | head -1) || true
[ -n "$window" ] || { tail -20 "$work/stdout.log" >&2; fail "no Berth window within ${window_timeout}s"; }
echo "smoke-test: window $window after $(($(date +%s) - started))s from install start"

deadline=$(($(date +%s) + connect_timeout))
until grep -q 'Connected to Docker' "$log" 2>/dev/null; do
  kill -0 "$berth_pid" 2>/dev/null || fail "Berth exited before connecting"
  [ "$(date +%s)" -lt "$deadline" ] || { tail -20 "$log" >&2; fail "no engine connection in the log within ${connect_timeout}s"; }
  sleep 0.5
done
grep -m1 'Connected to Docker' "$log"
if grep -q 'Unsupported JavaFX configuration' "$log" "$work/stdout.log"; then
  fail "JavaFX was loaded from the class path"
fi
if [ -d "$HOME/.openjfx" ] && find "$HOME/.openjfx" -newer "$work/apt-install.log" | grep -q .; then
  fail "JavaFX extracted native libraries under $HOME/.openjfx"
fi

sleep 2 # the first rows paint after the connection
import -display "$DISPLAY" -window root "$screenshot"
echo "smoke-test: screenshot $screenshot"

kill "$berth_pid"
timeout 20 tail --pid="$berth_pid" -f /dev/null || kill -9 "$berth_pid" 2>/dev/null || true
berth_pid=""

timeout 120 apt-get remove -y berth >"$work/apt-remove.log" 2>&1 || fail "apt-get remove failed"
[ ! -e /opt/berth ] || fail "files left under /opt/berth: $(find /opt/berth | head -5)"
[ ! -e /usr/share/applications/berth-Berth.desktop ] || fail "the menu entry is left after removal"
echo "smoke-test: PASS in $(($(date +%s) - started))s"
