// A bit per hash of every word of a vocabulary. Most words of a text belong
// to no vocabulary; the filter turns them away for the price of one hash,
// before any hash table is touched. It can answer "maybe" for a word that is
// not there, never "no" for one that is.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/byte_chunks.h"

namespace hadath {

class WordFilter {
public:
    // Eight bytes at a time: an Arabic word is mostly one or two such steps.
    static std::uint64_t hash(std::string_view word) {
        constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;
        std::uint64_t h = word.size() * kMultiplier;
        const auto mix = [&h](std::uint64_t chunk) {
            h = (h ^ chunk) * kMultiplier;
            h ^= h >> 29;
        };
        std::size_t i = 0;
        for (; i + 8 <= word.size(); i += 8) mix(load_chunk<std::uint64_t>(word.data() + i));
        if (i < word.size()) mix(last_bytes(word, word.size() - i));
        // Every byte reaches the low bits, which index tables and the filter.
        h ^= h >> 32;
        h *= kMultiplier;
        return h ^ (h >> 29);
    }

    void add(std::string_view word) { add_hash(hash(word)); }
    bool may_contain(std::string_view word) const { return may_contain_hash(hash(word)); }
    // The same with a hash of the caller's own, for words hashed another way.
    void add_hash(std::uint64_t word_hash) {
        const std::size_t bit = word_hash & (kBits - 1);
        bits_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    }
    bool may_contain_hash(std::uint64_t word_hash) const {
        const std::size_t bit = word_hash & (kBits - 1);
        return (bits_[bit >> 6] >> (bit & 63)) & 1u;
    }

private:
    static constexpr std::size_t kBits = 1u << 18;
    std::vector<std::uint64_t> bits_ = std::vector<std::uint64_t>(kBits / 64, 0);
};

}  // namespace hadath
