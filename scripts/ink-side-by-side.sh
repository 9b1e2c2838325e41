#!/usr/bin/env bash
# The checker side by side with the ink compiler (inkjs), on the same
# synthetic stories, in one run: issue 20 asks `entretien check` to be 50×
# faster than inkjs compiling the same story.
#
# For each size (1k, 10k, 100k beats by default) it generates three files
# with the shared generators: `gen_ron.py N 1` (the ink story word for word,
# trust range exact: the (beat × state) pairs grow like N^1.5),
# `gen_ron.py N 1 --trust 0:10` (pairs grow like N) and `gen_ink.py N 1`.
# It times the whole process of `entretien check` (release build) and of
# `node inkbench.js compile` (inkjs's own in-process compile time is shown
# too), takes the median of RUNS runs, reads the peak memory of each run
# with /usr/bin/time, and prints a table with the ratio inkjs / check.
#
# Usage: scripts/ink-side-by-side.sh [SIZES…]    (default: 1000 10000 100000)
# Environment:
#   BENCH_DIR   the generators and inkbench.js (default: ../shared/bench)
#   INKJS_DIR   where inkjs is installed, outside the repository; installed
#               with `npm install inkjs@2` when missing (default: ../inkpeer)
#   WORK        where the stories go (default: a temporary folder)
#   RUNS        runs per measure (default: 5; 3 at 100k beats)
#   ENTRETIEN   the binary (default: target/release/entretien, built here)
#   INK_HEAP_MB node's heap for inkjs (default: node's own, about 4 GiB:
#               inkjs runs out of it on the 100,000-beat story, after some
#               two minutes; the row then says so and check is still timed)
#
# Files over 16 MiB (from about 15,000 beats) are checked with --max-size,
# and every file with --max-beats. `check` exits 1 on these stories (they
# have warnings: untitled beats, unreachable beats, audit findings): only
# an exit code of 2 or more is a failure.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bench=${BENCH_DIR:-$root/../shared/bench}
inkjs=${INKJS_DIR:-$root/../inkpeer}
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(1000 10000 100000); fi
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"

for tool in python3 node npm /usr/bin/time; do
	command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }
done
if [ ! -d "$inkjs/node_modules/inkjs" ]; then
	echo "installing inkjs@2 into $inkjs (outside the repository)" >&2
	mkdir -p "$inkjs"
	(cd "$inkjs" && npm install --no-audit --no-fund inkjs@2 >&2)
fi
if [ -z "${ENTRETIEN:-}" ]; then
	(cd "$root" && cargo build --release --quiet)
	target=$(cd "$root" && cargo metadata --format-version 1 --no-deps |
		python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
	ENTRETIEN=$target/release/entretien
fi

# One run of "$@": prints "seconds peak_kib", or "failed" with the
# seconds and peak of the run when the exit code is 2 or more.
run_once() {
	local stats code
	stats=$(mktemp)
	code=0
	/usr/bin/time -f '%e %M' -o "$stats" "$@" >/dev/null 2>&1 || code=$?
	if [ "$code" -ge 2 ]; then
		echo "failed ($code): $*" >&2
		echo "failed $(tail -n 1 "$stats")"
	else
		tail -n 1 "$stats"
	fi
	rm -f "$stats"
}

# Median time (ms) and largest peak (MiB) of $runs runs of "$@"; after a
# failed run, "failed(time, peak) -" (it is not repeated).
measure() {
	local runs=$1 line lines=""
	shift
	for _ in $(seq "$runs"); do
		line=$(run_once "$@")
		case $line in failed*)
			echo "$line" | awk '{ printf "failed(%ds,%.0fMiB) -\n", $2, $3 / 1024 }'
			return
			;;
		esac
		lines+="$line"$'\n'
	done
	printf '%s' "$lines" | sort -n | awk '{ t[NR] = $1; if ($2 > m) m = $2 }
		END { printf "%d %.0f\n", t[int((NR + 1) / 2)] * 1000, m / 1024 }'
}

printf '%-7s %-16s %12s %9s %12s %9s %13s %8s\n' beats story check_ms check_MiB inkjs_ms inkjs_MiB inkjs_in_proc ratio
for n in "${sizes[@]}"; do
	runs=${RUNS:-$([ "$n" -ge 100000 ] && echo 3 || echo 5)}
	python3 "$bench/gen_ron.py" "$n" 1 >"$work/exact-$n.ron"
	python3 "$bench/gen_ron.py" "$n" 1 --trust 0:10 >"$work/trust-$n.ron"
	python3 "$bench/gen_ink.py" "$n" 1 >"$work/story-$n.ink"
	node=(env INKJS_DIR="$inkjs" node ${INK_HEAP_MB:+--max-old-space-size=$INK_HEAP_MB})
	read -r ink_ms ink_mib < <(measure "$runs" "${node[@]}" "$bench/inkbench.js" compile "$work/story-$n.ink")
	in_proc=-
	if [ "$ink_mib" != - ]; then
		in_proc=$("${node[@]}" "$bench/inkbench.js" compile "$work/story-$n.ink" |
			python3 -c 'import json,sys; print(json.load(sys.stdin)["compile_ms"])')
	fi
	for story in exact trust; do
		file=$work/$story-$n.ron
		size=$(stat -c %s "$file")
		read -r ms mib < <(measure "$runs" "$ENTRETIEN" --max-beats "$n" --max-size "$((size > 16777216 ? size : 16777216))" check "$file")
		ratio=$(awk -v a="$ink_ms" -v b="$ms" 'BEGIN { if (a + 0 > 0) printf "%.1f", a / (b > 0 ? b : 1); else printf "-" }')
		label="gen_ron $([ $story = exact ] && echo exact || echo 0:10)"
		printf '%-7s %-16s %12s %9s %12s %9s %13s %7sx\n' "$n" "$label" "$ms" "$mib" "$ink_ms" "$ink_mib" "$in_proc" "$ratio"
	done
done
echo "stories in $work; whole process, median of RUNS runs; ratio = inkjs / check" >&2
