// Helpers shared by the tests: where the sources, samples and ../shared are.
#pragma once

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace hadath::testing {

inline std::filesystem::path source_dir() {
    return HADATH_SOURCE_DIR;
}
inline std::filesystem::path samples_dir() {
    return source_dir() / "samples" / "astana";
}
inline std::filesystem::path data_dir() {
    return source_dir() / "extract";
}
inline std::filesystem::path lexicon_dir() {
    return data_dir() / "lexicon" / "ar";
}

// ../shared beside the project's root, or an empty path when absent (a user's clone).
inline std::filesystem::path shared_dir() {
    auto dir = source_dir().parent_path() / "shared";
    return std::filesystem::exists(dir / "eval") ? dir : std::filesystem::path{};
}

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

}  // namespace hadath::testing

// Ends a test case early, marked skipped for CTest, with the reason shown.
#define HADATH_SKIP(reason)            \
    do {                               \
        WARN("SKIPPED: " << (reason)); \
        return;                        \
    } while (false)
