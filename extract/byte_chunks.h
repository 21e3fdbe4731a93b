// Words read eight bytes at a time: hashing them, and telling a byte among them, without a copy
// of variable length (a library call at every word).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace hadath {

// The `Chunk` (an unsigned integer) whose bytes are those at `at`, as the machine lays them out.
template <typename Chunk>
Chunk load_chunk(const char* at) {
    Chunk chunk;
    std::memcpy(&chunk, at, sizeof chunk);
    return chunk;
}

// The last `rest` bytes (1 to 7) of `word` in the low bytes of a number, the others zero: what a
// copy of them onto a zero gives, read with fixed-size loads inside the word.
inline std::uint64_t last_bytes(std::string_view word, std::size_t rest) {
    const char* const end = word.data() + word.size();
    if (word.size() >= 8) return load_chunk<std::uint64_t>(end - 8) >> (8 * (8 - rest));
    const char* const start = end - rest;
    if (rest >= 4)
        return load_chunk<std::uint32_t>(start) |
               (std::uint64_t{load_chunk<std::uint32_t>(end - 4)} << (8 * (rest - 4)));
    if (rest >= 2)
        return load_chunk<std::uint16_t>(start) |
               (std::uint64_t{load_chunk<std::uint16_t>(end - 2)} << (8 * (rest - 2)));
    return static_cast<unsigned char>(*start);
}

// Whether a byte of `chunk` is an ASCII digit.
constexpr bool has_digit_byte(std::uint64_t chunk) {
    // A byte over '0' - 1 and under '9' + 1 (Bit Twiddling Hacks' hasbetween).
    constexpr std::uint64_t kOnes = 0x0101010101010101u;
    constexpr std::uint64_t kLow = kOnes * 127;
    return ((kOnes * (127 + '9' + 1) - (chunk & kLow)) & ~chunk & ((chunk & kLow) + kOnes * (127 - ('0' - 1))) &
            (kOnes * 128)) != 0;
}

// Whether `word` holds an ASCII digit.
inline bool has_ascii_digit(std::string_view word) {
    std::size_t i = 0;
    for (; i + 8 <= word.size(); i += 8)
        if (has_digit_byte(load_chunk<std::uint64_t>(word.data() + i))) return true;
    return i < word.size() && has_digit_byte(last_bytes(word, word.size() - i));
}

// Whether two words are the same bytes. A word is most often a few letters long: up to sixteen
// bytes are compared with two fixed-size loads of each, not by a library call for every pair.
inline bool same_bytes(std::string_view a, std::string_view b) {
    const std::size_t size = a.size();
    if (size != b.size()) return false;
    if (size == 0) return true;
    if (size <= 8) return last_bytes(a, size) == last_bytes(b, size);
    if (size <= 16)
        return load_chunk<std::uint64_t>(a.data()) == load_chunk<std::uint64_t>(b.data()) &&
               load_chunk<std::uint64_t>(a.data() + size - 8) == load_chunk<std::uint64_t>(b.data() + size - 8);
    return std::memcmp(a.data(), b.data(), size) == 0;
}

// same_bytes() for the hash tables keyed by words.
struct SameBytes {
    bool operator()(std::string_view a, std::string_view b) const { return same_bytes(a, b); }
};

}  // namespace hadath
