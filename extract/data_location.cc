#include "extract/data_location.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <stdexcept>
#include <vector>

namespace hadath {

namespace fs = std::filesystem;

namespace {

std::mutex chosen_mutex;
std::string chosen;  // set by use_data_dir

fs::path running_program() {
    std::error_code error;
    fs::path self = fs::read_symlink("/proc/self/exe", error);
    return error ? fs::path{} : self;
}

}  // namespace

void use_data_dir(const std::string& dir) {
    std::lock_guard<std::mutex> lock(chosen_mutex);
    chosen = dir;
}

std::string data_dir() {
    {
        std::lock_guard<std::mutex> lock(chosen_mutex);
        if (!chosen.empty()) return chosen;
    }
    if (const char* dir = std::getenv("HADATH_DATA"); dir && *dir) return dir;
    const fs::path program = running_program();
    std::vector<std::string> looked;
    // The program's own directory and the two above it: P/bin/hadath finds
    // P/share/hadath, build/hadath and build/tests/test_x find build/share/hadath.
    fs::path dir = program.parent_path();
    for (int up = 0; up < 3 && !dir.empty(); ++up, dir = dir.parent_path()) {
        const fs::path candidate = dir / "share" / "hadath";
        std::error_code error;
        if (fs::is_directory(candidate / "lexicon", error)) return candidate.string();
        looked.push_back(candidate.string());
        if (dir == dir.parent_path()) break;
    }
    std::string message = "cannot find the lexicons and rules (looked in ";
    for (std::size_t i = 0; i < looked.size(); ++i) message += (i ? ", " : "") + looked[i];
    throw std::runtime_error(message + "); name their directory with --data DIR or HADATH_DATA");
}

}  // namespace hadath
