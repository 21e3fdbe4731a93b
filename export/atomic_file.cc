#include "export/atomic_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace hadath {

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
        if (std::rename(temporary.c_str(), path.c_str()) != 0)
            throw std::runtime_error("cannot rename " + temporary + " to " + path + ": " + std::strerror(errno));
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw;
    }
}

}  // namespace hadath
