#!/usr/bin/env bash
# Builds Berth's runtime, app image and this OS's installers under target/jpackage from what
# `./mvnw -Ppackage package` has put there (the app jar and its dependencies). Run from the project folder.
#
# Inputs (environment, set by the pom): JDK_HOME, PROJECT_VERSION, MAIN_JAR, MAIN_CLASS, JAVA_OPTIONS.
set -euo pipefail

: "${JDK_HOME:?}" "${PROJECT_VERSION:?}" "${MAIN_JAR:?}" "${MAIN_CLASS:?}" "${JAVA_OPTIONS:?}"
if command -v cygpath >/dev/null 2>&1; then
  JDK_HOME=$(cygpath -u "$JDK_HOME")
fi
# Git for Windows' bash would otherwise rewrite arguments that look like POSIX paths; every path here is relative.
export MSYS2_ARG_CONV_EXCL='*'
jdeps="$JDK_HOME/bin/jdeps"
jlink="$JDK_HOME/bin/jlink"
jar="$JDK_HOME/bin/jar"
jpackage="$JDK_HOME/bin/jpackage"

out=target/jpackage
jfx="$out/javafx"     # the platform's JavaFX jars (modular, with their native libraries at the jar's root)
input="$out/input"    # the class path: the app jar and every other dependency
runtime="$out/runtime"
dist="$out/dist"

# Installer versions are plain numbers on every OS: rpm refuses '-', msi takes at most three parts.
version=${PROJECT_VERSION%-SNAPSHOT}
if ! [[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]]; then
  echo "package.sh: $PROJECT_VERSION makes no installer version (want 1, 1.2 or 1.2.3, optionally -SNAPSHOT)" >&2
  exit 1
fi

case "$(uname -s)" in
  Linux*)  os=linux;   icon=icons/png/berth-256.png; native_dir=lib; installers="deb rpm" ;;
  Darwin*) os=macos;   icon=icons/berth.icns;        native_dir=lib; installers="dmg" ;;
  MINGW*|MSYS*|CYGWIN*)
           os=windows; icon=icons/berth.ico;         native_dir=bin; installers="msi" ;;
  *) echo "package.sh: no installer for $(uname -s)" >&2; exit 1 ;;
esac
if [ ! -f "$icon" ]; then
  echo "package.sh: the $os installers need $icon" >&2
  exit 1
fi

# Maven copies both the empty placeholder jars and the platform's classified ones; only the latter are modules.
find "$jfx" -name 'javafx-*.jar' ! -name 'javafx-*-*-*.jar' -delete
cp "target/$MAIN_JAR" "$input/"

# The JDK modules the app and its class path use, plus the service providers jdeps cannot see.
jdk_modules=$("$jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 --module-path "$jfx" \
  "$input"/*.jar | tr -d '\r')
runtime_modules="$jdk_modules,$(grep -v '^#' packaging/runtime-modules | paste -sd, -)"
echo "package.sh: runtime modules $runtime_modules"

# JavaFX on the module path of the runtime; its native libraries go beside the JDK's own (lib/, or bin/ on
# Windows) and not into the module image, from which JavaFX would copy them out to the user's home at first start.
"$jlink" --module-path "$jfx" --add-modules "$runtime_modules" \
  --exclude-resources='glob:/javafx.*/*.so,glob:/javafx.*/*.dylib,glob:/javafx.*/*.dll,glob:/javafx.*/*.jar' \
  --generate-cds-archive --strip-debug --no-header-files --no-man-pages --output "$runtime"
mkdir -p "$out/natives"
for module_jar in "$jfx"/*.jar; do
  (cd "$out/natives" && "$jar" xf "../javafx/$(basename "$module_jar")")
done
find "$out/natives" -maxdepth 1 -type f \( -name '*.so' -o -name '*.dylib' -o -name '*.dll' \) \
  -exec cp {} "$runtime/$native_dir/" \;
rm -rf "$out/natives"

# JavaFX 21's renderer allocates memory through sun.misc.Unsafe, which Java 24 and later warn about on every start.
runtime_feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$runtime/release")
if [ "${runtime_feature:-0}" -ge 24 ]; then
  JAVA_OPTIONS="$JAVA_OPTIONS --sun-misc-unsafe-memory-access=allow"
fi

common=(@packaging/common.args --app-version "$version" --dest "$dist")
image_options=(--input "$input" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" --runtime-image "$runtime"
  --java-options "$JAVA_OPTIONS" --icon "$icon")
if [ "$os" = macos ]; then
  image_options+=(--mac-package-identifier dev.berth.app)
fi
"$jpackage" --type app-image "${common[@]}" "${image_options[@]}"

app_image="$dist/Berth"
if [ "$os" = macos ]; then
  app_image="$dist/Berth.app"
fi
if [ "$os" = linux ]; then
  install -m 755 packaging/linux/launcher.sh "$app_image/bin/Berth"
  bash packaging/aot-cache.sh "$app_image"
fi
for type in $installers; do
  package_options=(--type "$type" "${common[@]}" --app-image "$app_image" "@packaging/$os.args")
  if [ "$os" = linux ]; then
    # The menu entry takes its icon from the installer's options, not from the app image.
    package_options+=(--icon "$icon")
  fi
  if [ "$type" = rpm ]; then
    # jpackage finds a deb's library packages with dpkg but an rpm's only on an rpm-based build host.
    package_options+=(@packaging/linux-rpm.args)
  fi
  "$jpackage" "${package_options[@]}"
done
ls -l "$dist"
