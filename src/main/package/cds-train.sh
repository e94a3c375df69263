#!/bin/sh
# cds-train.sh IMAGE_DIR - makes the app's class-data archive (AppCDS, decision 0020) for an app
# image where it lies: IMAGE_DIR/lib/app/app.jsa. Run by `mvn -Ppackage package` for the image
# and by the .deb's postinst for /opt/social-org-advisor (Java 17 accepts an archive only with
# the class path it was made with, so it is made where the app is).
#
# A training run starts the window on JavaFX's headless platform (no display needed), waits for
# the first painted frame and the menu bar, and exits; the JVM then writes every class it loaded
# that the runtime's own archive lacks. It runs the runtime's java with the launcher's own class
# path, main class and options (read from lib/app/*.cfg). Failure leaves no archive: the
# launcher then starts as it would without one. The app image runs it itself on its first
# start (ui.StartupArchive); one training at a time, the archive moved in place when whole.
set -eu
image=$(cd "$1" && pwd)
app="$image/lib/app"
cfg=$(ls "$app"/*.cfg | head -1)
java="$image/lib/runtime/bin/java"
archive="$app/app.jsa"
[ -x "$java" ] || { echo "cds-train: no $java" >&2; exit 1; }

lock="$app/.cds-train.lock"
if ! mkdir "$lock" 2>/dev/null; then
  # A lock older than ten minutes is left by a training that never finished.
  if [ -n "$(find "$lock" -maxdepth 0 -mmin +10 2>/dev/null)" ]; then
    rm -rf "$lock" && mkdir "$lock"
  else
    echo "cds-train: a training run is already under way" >&2; exit 0
  fi
fi
trap 'rm -rf "$lock"' EXIT

classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\\\$APPDIR|$app|g" | paste -sd: -)
main=$(sed -n 's/^app\.mainclass=//p' "$cfg" | head -1)
# The launcher's options, less the archive itself (it is being made).
options=$(sed -n 's/^java-options=//p' "$cfg" | grep -v 'SharedArchiveFile' | tr '\n' ' ')

# The runtime's own archive of JDK classes (the base of the app's), when it is not there: the
# .deb leaves it out and makes it here, as `jlink --generate-cds-archive` does for the image.
if [ ! -s "$image/lib/runtime/lib/server/classes.jsa" ]; then
  "$java" -Xshare:dump -Xlog:cds=off >/dev/null 2>&1 || { echo "cds-train: -Xshare:dump failed" >&2; exit 1; }
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp" "$lock"' EXIT
rm -f "$archive"
made="$app/app.jsa.$$"
# shellcheck disable=SC2086
"$java" $options -XX:ArchiveClassesAtExit="$made" \
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
  -Djava.util.prefs.userRoot="$tmp/prefs" -Djava.util.prefs.systemRoot="$tmp/sysprefs" \
  -Xlog:cds=off -Xlog:cds+dynamic=off \
  -cp "$classpath" "$main" --exit-after-paint --data-dir "$tmp/data" >"$tmp/out" 2>&1 || {
    echo "cds-train: training run failed:" >&2; tail -20 "$tmp/out" >&2; rm -f "$made"; exit 1; }
[ -s "$made" ] || { echo "cds-train: no archive written" >&2; tail -20 "$tmp/out" >&2; exit 1; }
chmod 644 "$made"
mv -f "$made" "$archive"
echo "cds-train: $archive ($(du -k "$archive" | cut -f1) KB)"
