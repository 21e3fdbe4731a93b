// Helpers shared by the tests: where the sources, samples and ../shared are, and scratch files.
#pragma once

#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

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

// Writes `contents` to `path`; returns `path`.
inline std::filesystem::path write_file(const std::filesystem::path& path, const std::string& contents) {
    std::ofstream out(path, std::ios::binary);
    out << contents;
    REQUIRE(out.good());
    return path;
}

// A directory of this process's own, removed when the program ends.
struct ScratchRoot {
    std::filesystem::path path;
    explicit ScratchRoot(const std::string& prefix)
        : path(std::filesystem::temp_directory_path() / (prefix + std::to_string(getpid()))) {}
    ~ScratchRoot() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
};

// An empty directory `name` in this process's scratch directory.
inline std::filesystem::path temp_dir(const std::string& name) {
    static const ScratchRoot root("hadath_test_");
    const auto dir = root.path / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

// Random text put together from pieces, the same for the same seed, for tests that hold a
// function against a plain reading of the bytes.
class PieceText {
public:
    explicit PieceText(std::uint32_t seed) : state_(seed) {}

    // The next number of a linear congruential sequence, 0..32767.
    std::uint32_t next() {
        state_ = state_ * 1103515245u + 12345u;
        return (state_ >> 16) & 0x7FFF;
    }
    // Fewer than `max_pieces` pieces; each one of the first `common` in `common_percent` cases out of
    // a hundred (well-formed text, mostly), else any of them.
    std::string text(const std::vector<std::string>& pieces, std::uint32_t max_pieces, std::size_t common,
                     std::uint32_t common_percent) {
        std::string text;
        const std::uint32_t count = next() % max_pieces;
        for (std::uint32_t i = 0; i < count; ++i)
            text += pieces[next() % 100 < common_percent ? next() % common : next() % pieces.size()];
        return text;
    }

private:
    std::uint32_t state_;
};

}  // namespace hadath::testing

// Ends a test case early, marked skipped for CTest, with the reason shown.
#define HADATH_SKIP(reason)            \
    do {                               \
        WARN("SKIPPED: " << (reason)); \
        return;                        \
    } while (false)
