// hadath bench: throughput and peak memory of extract and build on a corpus,
// each measured in a child process of this executable.
#pragma once

namespace hadath {

// `hadath bench CORPUS.jsonl [--threads N]... [--scale 1,2,4] [--runs K]`;
// argv[1] is "bench". Prints a Markdown table on standard output and
// returns 0 when done, 1 when a run failed; throws std::invalid_argument
// on a bad command line (exit status 2).
int command_bench(int argc, char** argv);

}  // namespace hadath
