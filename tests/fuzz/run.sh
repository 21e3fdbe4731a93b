#!/bin/sh
# Builds the libFuzzer targets with clang in build-fuzz/ and runs each for a
# bounded time, starting from the sample articles and a few JSON lines.
# Fails when a target finds a crash, a leak, undefined behaviour or a hang;
# the input that caused it is left in build-fuzz/artifacts/.
#
#   tests/fuzz/run.sh [SECONDS]     seconds per target (default 60)
set -eu

cd "$(dirname "$0")/../.."
seconds=${1:-60}
dir=build-fuzz

cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DHADATH_FUZZ=ON -DHADATH_TESTS=OFF >/dev/null
cmake --build "$dir" -j "$(nproc 2>/dev/null || echo 2)" --target fuzz_extract fuzz_jsonl hadath

# Seeds: the sample articles for extraction; for the JSON Lines readers,
# articles as JSON lines (with a byte order mark and CRLF, broken, nested)
# and the mention lines extract writes for them.
seeds=$dir/fuzz-seeds
rm -rf "$seeds"
mkdir -p "$seeds/extract" "$seeds/jsonl" "$dir/artifacts"
cp samples/astana/*.txt "$seeds/extract/"
printf '{"id":"a","date":"2023-06-21","title":"t","source":"s","url":"u","text":"قال وزير الخارجية الروسي سيرغي لافروف إن الاجتماع المقبل سيعقد في أستانا."}\n' \
  >"$seeds/jsonl/article.jsonl"
printf '\357\273\277{"id":7,"text":"الرياض\\nجدة"}\r\n{"id":"b","text":"x"\r\n{"text":null}\r\n[1]\r\n' \
  >"$seeds/jsonl/bom-crlf.jsonl"
printf '{"a":[[[[{"b":[[[[[[[[[[[[[[[[[[[[' >"$seeds/jsonl/nested.jsonl"
# Nesting as deep as max_len allows: a recursive parser runs out of stack here.
head -c 131000 /dev/zero | tr '\0' '[' >"$seeds/jsonl/deep.jsonl"
"$dir/hadath" extract samples/astana --quiet >"$seeds/jsonl/mentions.jsonl" ||
  echo "fuzz: no mention seed (extract failed)" >&2

status=0
for target in fuzz_extract fuzz_jsonl; do
  case $target in
    fuzz_extract) seed=$seeds/extract max_len=16384 ;;
    *) seed=$seeds/jsonl max_len=131072 ;;
  esac
  # The working corpus persists between runs, so each run starts where the last stopped.
  corpus=$dir/corpus/$target
  mkdir -p "$corpus"
  echo "fuzz: $target for $seconds s"
  if ! "$dir/tests/fuzz/$target" -max_total_time="$seconds" -max_len="$max_len" -timeout=30 -rss_limit_mb=4096 \
    -artifact_prefix="$dir/artifacts/$target-" -print_final_stats=1 "$corpus" "$seed"; then
    echo "fuzz: $target failed; the input is in $dir/artifacts/" >&2
    status=1
  fi
done
exit $status
