// Where the lexicons and rules are: --data DIR, else $HADATH_DATA, else
// share/hadath found relative to the running program (P/share/hadath beside
// P/bin/hadath once installed; build/share/hadath, a link to extract/, in a
// build tree). No path is compiled in, so an installed copy works wherever
// it is moved.
#pragma once

#include <string>

namespace hadath {

// Makes `dir` the data directory for the rest of the process (--data).
void use_data_dir(const std::string& dir);

// The data directory as described above. Throws std::runtime_error naming
// the places looked at when there is none.
std::string data_dir();

}  // namespace hadath
