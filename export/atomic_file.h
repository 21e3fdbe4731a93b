// Output files are written whole or not at all: the content goes to a
// temporary file beside the target, which is renamed over it when complete.
#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace hadath {

// Calls `write` with a stream to a temporary file beside `path`, then renames
// it to `path`. On any failure (the callback throws, the disk is full) the
// temporary file is removed, `path` keeps its previous content, and
// std::runtime_error naming the path is thrown.
void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace hadath
