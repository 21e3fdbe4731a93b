#include "export/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace hadath {

namespace {

// Puts the file at `temporary` in the place of `path`. A regular file already at `path` is swapped
// with it in one step, then removed: renaming over it would make the file system write the new file
// out before the rename returns (ext4 does, so that a crash never leaves it empty), while the swap
// leaves that to the system's own time. Where the system cannot swap, the file is renamed over.
void put_in_place(const std::string& temporary, const std::string& path, bool replaces_file) {
#if defined(RENAME_EXCHANGE)
    if (replaces_file && ::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, path.c_str(), RENAME_EXCHANGE) == 0) {
        std::remove(temporary.c_str());  // the file that was at `path`
        return;
    }
#else
    (void)replaces_file;
#endif
    if (std::rename(temporary.c_str(), path.c_str()) != 0)
        throw std::runtime_error("cannot rename " + temporary + " to " + path + ": " + std::strerror(errno));
}

}  // namespace

void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
    // A device or a pipe (/dev/null, a FIFO) is written to as it is: renaming over it would replace it.
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (!error && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
        std::ofstream out(path, std::ios::binary);
        if (!out) throw std::runtime_error("cannot open " + path + ": " + std::strerror(errno));
        write(out);
        out.flush();
        if (!out) throw std::runtime_error("cannot write " + path);
        return;
    }
    const std::string temporary = path + ".tmp." + std::to_string(::getpid());
    try {
        {
            std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
            if (!out) throw std::runtime_error("cannot create " + temporary + ": " + std::strerror(errno));
            write(out);
            out.flush();
            if (!out) throw std::runtime_error("cannot write " + temporary);
        }
        put_in_place(temporary, path, !error && std::filesystem::is_regular_file(status));
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw;
    }
}

}  // namespace hadath
