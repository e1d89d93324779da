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
{ echo 'plain ASCII line'; echo '中文字幕 テキスト 한국어 full width ＡＢＣ'; echo 'emoji 😀 🎉 ❤️ and é combining'
  echo 'a line that is much longer than eighty columns so that it wraps onto the next line of the screen 中文 at the end'
  i=1; while [ $i -le 30 ]; do echo "$i 行 of wide text 汉字 $i"; i=$((i+1)); done; } > wide.txt
cat > shell.sh <<'SCRIPT'
printf '\033[1;34mdir\033[0m  \033[1;32mrun.sh\033[0m  \033[36mlink\033[0m  file.txt\n'
printf 'tab\tstops\tline\t|\n'
printf '\033[38;5;208m256 colours\033[0m \033[38;2;10;200;30mtruecolour\033[0m \033[7minverse\033[0m \033[4munder\033[24m\n'
printf '中文 日本語 한국어 😀 wide text crossing the edge of the line here: 中文中文中文中文\n'
printf '\033(0lqqqqk\033(B\n\033(0x    x\033(B\n\033(0mqqqqj\033(B\n'
i=1; while [ $i -le 8 ]; do printf 'scroll line %d\n' $i; i=$((i+1)); done
printf '\033]0;shell title\007\033[5;20Hplaced\033[2Kerased\033[10;1H\033[1;31;44mcoloured erase\033[K\033[0m\n'
SCRIPT
export HOME="$work/home" TERM=xterm-256color LANG=C.UTF-8 LESSHISTFILE=- PS1='$ '
rec() { name=$1; shift; python3 "$here/record.py" "$name" 80 24 "$out" -- "$@"; }
rec busybox-vi busybox vi vi.txt
rec busybox-top unshare --fork --pid --mount-proc sh -c "sleep 600 & exec busybox top -d 1"
rec busybox-less busybox less sample.txt
rec vim vim --clean -n script.sh
rec htop unshare --fork --pid --mount-proc sh -c "sleep 600 & exec htop"
rec nano nano -I nano.txt
rec less-mouse less --mouse sample.txt
rec vim-wide vim --clean -n wide.txt
rec busybox-vi-wide busybox vi wide.txt
rec shell sh shell.sh
