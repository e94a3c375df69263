#!/usr/bin/env bash
# startup.sh - start-up time of the app against a minimal JavaFX window, under Xvfb.
#
# usage: bench/startup.sh [-n RUNS] [-s WxH] [--no-build] [--app-only] [-- EXTRA JVM OPTIONS]
#
# Builds once (jar + runtime dependencies + the minimal window from src/bench/java), then starts,
# interleaved, RUNS times each (default 7, after one untimed warm-up of each):
#   app:     the app as `mvn javafx:run` starts it, with the app's JVM options and the
#            development run's (src/main/launcher/jvm.options, dev-run.options):
#            java @jvm.options @dev-run.options -cp JAR:deps se.socialorg.advisor.Main
#              --startup-time --exit-after-paint --data-dir TMP
#   app, launcher options: the same with the packaged launcher's options only (@jvm.options),
#            without its class-data archive (the launcher's first start)
#   minimal: java -cp MIN:deps se.socialorg.advisor.startup.MinimalWindow
#   minimal with the app's JVM options: as above, plus @src/main/launcher/jvm.options
# All print "startup-ms: N" (JVM start to the first painted frame) and exit; the app also prints
# "menu-ms: N" (its menu bar, which follows the first frame, in place). Prints every run, the
# medians, the ratio app/minimal (the goal: 1.1 or better, issue 21) and the other ratios.
# Extra JVM options (e.g. -XX:SharedArchiveFile=...) go to all. Environment: APP_CMD overrides
# the app command (e.g. a packaged launcher, which carries its own options).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=7 size=1280x800 build=1 app_only=0
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs=$2; shift 2 ;;
    -s) size=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --app-only) app_only=1; shift ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --) shift; break ;;
    *) echo "startup.sh: unknown option $1 (see -h)" >&2; exit 2 ;;
  esac
done
jvm_extra=("$@")

if ! command -v Xvfb >/dev/null; then
  echo "startup.sh: installing xvfb ..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb libgtk-3-0) \
    >/dev/null 2>&1 || { echo "startup.sh: could not install xvfb" >&2; exit 2; }
fi

out=target/startup
if [ "$build" = 1 ] || [ ! -d target/dependency ]; then
  echo "startup.sh: building ..." >&2
  rm -rf target/dependency
  mvn -q -B -DskipTests package dependency:copy-dependencies -DincludeScope=runtime >&2
fi
jar=$(ls target/social-org-advisor-*.jar | head -1)
deps=$(ls target/dependency/*.jar | tr '\n' ':')
mkdir -p "$out/classes"
javac -q -d "$out/classes" -cp "$deps" src/bench/java/se/socialorg/advisor/startup/MinimalWindow.java 2>/dev/null \
  || javac -d "$out/classes" -cp "$deps" src/bench/java/se/socialorg/advisor/startup/MinimalWindow.java

tmp=$(mktemp -d)
disp=""
for n in $(seq 150 199); do
  [ -e /tmp/.X11-unix/X$n ] || [ -e /tmp/.X$n-lock ] || { disp=":$n"; break; }
done
[ -n "$disp" ] || { echo "startup.sh: no free X display" >&2; exit 2; }
Xvfb "$disp" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill $xvfb_pid 2>/dev/null; rm -rf "$tmp"' EXIT
export DISPLAY=$disp
sleep 1

# The app's own JVM options, as `mvn javafx:run` and the packaged launcher use them, and the
# development run's, which only `mvn javafx:run` adds.
app_options=$PWD/src/main/launcher/jvm.options
dev_options=$PWD/src/main/launcher/dev-run.options
common=(-Djava.util.prefs.userRoot="$tmp/prefs" "${jvm_extra[@]+"${jvm_extra[@]}"}")
launcher_cmd=(java "@$app_options" "${common[@]}" -cp "$jar:$deps" se.socialorg.advisor.Main
              --startup-time --exit-after-paint --data-dir "$tmp/data")
if [ -n "${APP_CMD:-}" ]; then
  read -r -a app_cmd <<<"$APP_CMD"
  app_cmd+=(--startup-time --exit-after-paint --data-dir "$tmp/data")
else
  app_cmd=(java "@$app_options" "@$dev_options" "${common[@]}" -cp "$jar:$deps"
           se.socialorg.advisor.Main --startup-time --exit-after-paint --data-dir "$tmp/data")
fi
min_cmd=(java "${common[@]}" -cp "$out/classes:$deps" se.socialorg.advisor.startup.MinimalWindow)
same_cmd=(java "@$app_options" "${common[@]}" -cp "$out/classes:$deps"
          se.socialorg.advisor.startup.MinimalWindow)

# One timed start: prints the milliseconds to the first frame, or fails. The app's menu-ms, if
# printed, is appended to $tmp/menu.
measure() {
  local out line
  out=$(timeout 120 "$@" 2>"$tmp/stderr" || true)
  line=$(grep -m1 '^startup-ms:' <<<"$out" || true)
  if [ -z "$line" ]; then
    echo "startup.sh: no startup-ms from: $*" >&2
    tail -20 "$tmp/stderr" >&2
    return 1
  fi
  grep -m1 '^menu-ms:' <<<"$out" | sed 's/^menu-ms: //' >>"$tmp/menu" || true
  echo "${line#startup-ms: }"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

echo "warm-up (first start creates the data folder and library) ..." >&2
first_app=$(measure "${app_cmd[@]}")
[ "$app_only" = 1 ] || { measure "${launcher_cmd[@]}" >/dev/null; measure "${min_cmd[@]}" >/dev/null; }
echo "first start of the app (new data folder): ${first_app} ms"
: >"$tmp/menu"

app_ms=() launcher_ms=() min_ms=() same_ms=()
for i in $(seq 1 "$runs"); do
  a=$(measure "${app_cmd[@]}"); app_ms+=("$a")
  if [ "$app_only" = 1 ]; then
    printf 'run %d: app %5d ms\n' "$i" "$a"
  else
    l=$(measure "${launcher_cmd[@]}"); launcher_ms+=("$l")
    m=$(measure "${min_cmd[@]}"); min_ms+=("$m")
    o=$(measure "${same_cmd[@]}"); same_ms+=("$o")
    printf 'run %d: app %5d ms   app, launcher options %5d ms   minimal %5d ms   minimal, app JVM options %5d ms\n' \
      "$i" "$a" "$l" "$m" "$o"
  fi
done
app_med=$(printf '%s\n' "${app_ms[@]}" | median)
echo "median app:     $app_med ms"
if [ -s "$tmp/menu" ]; then
  echo "median app, menu bar in place: $(median <"$tmp/menu") ms"
fi
if [ "$app_only" = 0 ]; then
  launcher_med=$(printf '%s\n' "${launcher_ms[@]}" | median)
  min_med=$(printf '%s\n' "${min_ms[@]}" | median)
  same_med=$(printf '%s\n' "${same_ms[@]}" | median)
  echo "median app, launcher options (no archive): $launcher_med ms"
  echo "median minimal: $min_med ms"
  echo "median minimal, app JVM options: $same_med ms"
  awk -v a="$app_med" -v m="$min_med" \
    'BEGIN {printf "ratio app/minimal: %.2f (goal <= 1.10)\n", a/m}'
  awk -v a="$launcher_med" -v m="$min_med" \
    'BEGIN {printf "ratio app, launcher options (no archive)/minimal: %.2f\n", a/m}'
  awk -v a="$launcher_med" -v m="$same_med" \
    'BEGIN {printf "ratio app, launcher options/minimal, same JVM options on both: %.2f\n", a/m}'
fi
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
