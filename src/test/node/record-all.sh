#!/bin/sh
# Records the golden programs at 80x24 into src/test/resources/terminal/recordings (see docs/terminal.md).
# Needs busybox, vim, htop, nano and less; writes scratch files under ${TMPDIR:-/tmp}/berth-recordings.
set -e
here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "$here/../resources/terminal/recordings" && pwd)
work=${TMPDIR:-/tmp}/berth-recordings
rm -rf "$work" && mkdir -p "$work/home"
cd "$work"
i=1; while [ $i -le 120 ]; do echo "line $i of the sample text, with some words to search for"; i=$((i+1)); done > sample.txt
cp sample.txt vi.txt; cp sample.txt nano.txt
i=1; { echo '#!/bin/sh'; while [ $i -le 40 ]; do echo "if [ \"\$x\" = $i ]; then echo 'value $i' # comment $i"; echo "fi"; i=$((i+1)); done; echo 'echo done'; } > script.sh
export HOME="$work/home" TERM=xterm-256color LANG=C.UTF-8 LESSHISTFILE=- PS1='$ '
rec() { name=$1; shift; python3 "$here/record.py" "$name" 80 24 "$out" -- "$@"; }
rec busybox-vi busybox vi vi.txt
rec busybox-top unshare --fork --pid --mount-proc sh -c "sleep 600 & exec busybox top -d 1"
rec busybox-less busybox less sample.txt
rec vim vim --clean -n script.sh
rec htop unshare --fork --pid --mount-proc sh -c "sleep 600 & exec htop"
rec nano nano -I nano.txt
rec less-mouse less --mouse sample.txt
