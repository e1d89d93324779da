#!/bin/sh
# Berth's launcher on Linux, in place of jpackage's: it starts the bundled runtime with the class path, main class
# and options of lib/app/Berth.cfg, which jpackage writes and its own launcher reads. That launcher first asks rpm
# and dpkg which package owns it, twice, before it starts the JVM, which delays every start of an installed Berth.
# Only the keys jpackage writes for Berth are read: app.classpath, app.mainclass and java-options, with $APPDIR.
set -e
APPDIR=$(dirname "$(dirname "$(readlink -f "$0")")")/lib/app
user_args=$#
classpath=
main_class=
while IFS= read -r line || [ -n "$line" ]; do
  value=${line#*=}
  case $value in
    *'$APPDIR'*) value=${value%%\$APPDIR*}$APPDIR${value#*\$APPDIR} ;;
  esac
  case $line in
    app.classpath=*) classpath=${classpath:+$classpath:}$value ;;
    app.mainclass=*) main_class=$value ;;
    java-options=*) set -- "$@" "$value" ;;
  esac
done <"$APPDIR/Berth.cfg"
set -- "$@" -cp "$classpath" "$main_class"
# The arguments Berth was given come last: move them behind the options, keeping their order.
while [ "$user_args" -gt 0 ]; do
  set -- "$@" "$1"
  shift
  user_args=$((user_args - 1))
done
exec "$APPDIR/../runtime/bin/java" "$@"
