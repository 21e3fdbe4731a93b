// Minimal UTF-8 helpers for the hot paths, where calling ICU per character
// would cost more than the work itself.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace hadath::utf8 {

constexpr char32_t kInvalid = 0xFFFD;

// Decodes the code point starting at text[pos]; sets `length` to the bytes
// it takes (1 for an invalid byte, which decodes as U+FFFD).
inline char32_t decode(std::string_view text, std::size_t pos, std::size_t& length) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    length = 1;
    if (lead < 0x80) return lead;
    // Two-byte sequences (Arabic among them) are most of the text: decoded
    // without the general checks, which cannot fail for a lead of C2..DF.
    if (lead >= 0xC2 && lead <= 0xDF) {
        if (pos + 1 >= text.size() || (byte(pos + 1) & 0xC0) != 0x80) return kInvalid;
        length = 2;
        return (char32_t{lead & 0x1Fu} << 6) | (byte(pos + 1) & 0x3Fu);
    }
    std::size_t needed = 0;
    char32_t cp = 0;
    if ((lead & 0xE0) == 0xC0) {
        needed = 1;
        cp = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        needed = 2;
        cp = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        needed = 3;
        cp = lead & 0x07;
    } else {
        return kInvalid;
    }
    for (std::size_t i = 1; i <= needed; ++i) {
        if (pos + i >= text.size() || (byte(pos + i) & 0xC0) != 0x80) return kInvalid;
        cp = (cp << 6) | (byte(pos + i) & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid.
    static constexpr char32_t kMinimum[] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMinimum[needed] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return kInvalid;
    length = needed + 1;
    return cp;
}

// A table of every pair of bytes, indexed by the first shifted by eight and the second: 1 where they
// are a well-formed two-byte sequence (U+0080..U+07FF, Arabic among them) whose code point `takes`,
// else 0. One look-up tells what most characters of Arabic text need, without decoding them.
template <typename Takes>
constexpr std::array<unsigned char, 0x10000> two_byte_table(Takes takes) {
    std::array<unsigned char, 0x10000> table{};
    for (unsigned lead = 0xC2; lead <= 0xDF; ++lead)
        for (unsigned next = 0x80; next <= 0xBF; ++next)
            table[(lead << 8) | next] = takes(static_cast<char32_t>(((lead & 0x1Fu) << 6) | (next & 0x3Fu))) ? 1 : 0;
    return table;
}

inline void append(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// Whether the 8 bytes at `bytes` are ASCII and well-formed two-byte sequences only, every
// sequence starting inside them: the text of an Arabic article nearly everywhere. `taken` is
// set to the bytes checked, 7 when the last byte leads a sequence that goes on past them.
inline bool ascii_and_two_byte_word(const unsigned char* bytes, std::size_t& taken) {
    std::uint64_t word;
    std::memcpy(&word, bytes, sizeof word);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    word = __builtin_bswap64(word);
#endif
    // Byte i is now in bits 8i..8i+7.
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    const std::uint64_t high = word & kHigh;          // bytes from 0x80
    const std::uint64_t bit6 = (word << 1) & kHigh;   // their second bit
    const std::uint64_t bit5 = (word << 2) & kHigh;   // and their third
    const std::uint64_t lead = high & bit6;           // 11xxxxxx
    const std::uint64_t continuation = high & ~bit6;  // 10xxxxxx
    if (lead & bit5) return false;                    // a lead of three or four bytes (E0..FF)
    // C0 and C1 would encode ASCII again (overlong): their bits 1..4 are zero. This may also
    // flag a byte that is not C0 or C1; the slow path then decides.
    const std::uint64_t payload = word & 0x1E1E1E1E1E1E1E1EULL;
    if (((payload - 0x0101010101010101ULL) & ~payload & kHigh) & lead) return false;
    const std::uint64_t last_lead = lead >> 56;
    taken = last_lead ? 7 : 8;
    // Every continuation byte follows a lead, and every lead but a last one is followed by one.
    return continuation == ((lead << 8) & kHigh);
}

#if defined(__SSE2__)
// The 16 bytes at `bytes`, and which of them are not ASCII, which are continuation bytes (80..BF)
// and which lead a two-byte sequence that is not overlong (C2..DF): bit i for byte i.
struct Block16 {
    __m128i bytes;
    unsigned high, continuation, lead;
};
inline Block16 load_block16(const unsigned char* bytes) {
    Block16 block;
    block.bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
    // As signed bytes, continuation bytes are -128..-65 and those leads -62..-33.
    block.high = static_cast<unsigned>(_mm_movemask_epi8(block.bytes));
    block.continuation = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(block.bytes, _mm_set1_epi8(-64))));
    block.lead = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(
        _mm_cmpgt_epi8(block.bytes, _mm_set1_epi8(-63)), _mm_cmplt_epi8(block.bytes, _mm_set1_epi8(-32)))));
    return block;
}

// ascii_and_two_byte_word for the 16 bytes at `bytes`: the bytes taken (15 when the last one leads
// a sequence), or 0 when they hold anything else.
inline std::size_t ascii_and_two_byte_block(const unsigned char* bytes) {
    const Block16 block = load_block16(bytes);
    // Every continuation byte follows a lead, and every lead is followed by one: the continuation of
    // a last lead is read with the next bytes.
    if ((block.high & ~block.continuation & ~block.lead) != 0 || block.continuation != ((block.lead << 1) & 0xFFFF))
        return 0;
    return (block.lead & 0x8000) != 0 ? 15 : 16;
}
#endif

#if defined(__SSE2__)
// How many of the 16 bytes at `bytes`, from the first on, are Arabic letters of the common ranges
// U+0621..063A and U+0640..065F (two bytes each, D8 A1..BA and D9 80..9F): word characters for
// every tokenizer, read sixteen bytes at a time. Always even.
inline std::size_t common_arabic_letters(const unsigned char* bytes) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
    const __m128i lead_d8 = _mm_cmpeq_epi8(block, _mm_set1_epi8(static_cast<char>(0xD8)));
    const __m128i lead_d9 = _mm_cmpeq_epi8(block, _mm_set1_epi8(static_cast<char>(0xD9)));
    // A1..BA: the byte less A1, unsigned, is at most 19; 80..9F: its top three bits are 100.
    const __m128i from_a1 = _mm_sub_epi8(block, _mm_set1_epi8(static_cast<char>(0xA1)));
    const __m128i a1_to_ba = _mm_cmpeq_epi8(_mm_min_epu8(from_a1, _mm_set1_epi8(0x19)), from_a1);
    const __m128i x80_to_9f = _mm_cmpeq_epi8(_mm_and_si128(block, _mm_set1_epi8(static_cast<char>(0xE0))),
                                             _mm_set1_epi8(static_cast<char>(0x80)));
    // The second byte of a letter, each lane against the lead in the lane before it.
    const __m128i second = _mm_or_si128(_mm_and_si128(_mm_slli_si128(lead_d8, 1), a1_to_ba),
                                        _mm_and_si128(_mm_slli_si128(lead_d9, 1), x80_to_9f));
    const auto leads = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(lead_d8, lead_d9)));
    const auto seconds = static_cast<unsigned>(_mm_movemask_epi8(second));
    const unsigned letters = leads & (seconds >> 1) & 0x5555u;  // bit 2k: the letter in bytes 2k, 2k + 1
    const unsigned other = ~letters & 0x5555u;
    return other == 0 ? 16 : static_cast<std::size_t>(__builtin_ctz(other));
}
#endif

// Where the common Arabic letters from `pos` on end (see common_arabic_letters()), read sixteen bytes at
// a time; a word's other characters, and its last bytes before the end of the text, are left to the
// caller. Without SSE2, `pos`.
inline std::size_t past_common_arabic_letters(const unsigned char* bytes, std::size_t pos, std::size_t size) {
#if defined(__SSE2__)
    while (pos + 16 <= size) {
        const std::size_t letters = common_arabic_letters(bytes + pos);
        pos += letters;
        if (letters < 16) break;
    }
#else
    (void)bytes;
    (void)size;
#endif
    return pos;
}

// Byte offset of the first invalid UTF-8 sequence, or npos when valid.
inline std::size_t first_invalid(std::string_view text) {
    std::size_t pos = 0;
    const auto* const bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    while (pos < size) {
        std::size_t taken = 0;
#if defined(__SSE2__)
        if (pos + 16 <= size && (taken = ascii_and_two_byte_block(bytes + pos)) != 0) {
            pos += taken;
            continue;
        }
#endif
        if (pos + 8 <= size && ascii_and_two_byte_word(bytes + pos, taken)) {
            pos += taken;
            continue;
        }
        const unsigned char lead = bytes[pos];
        if (lead < 0x80) {
            ++pos;
            continue;
        }
        std::size_t length = 0;
        const char32_t cp = decode(text, pos, length);
        if (cp == kInvalid && !(length == 3 && text.substr(pos, 3) == "\xEF\xBF\xBD")) return pos;
        pos += length;
    }
    return std::string_view::npos;
}

// Number of code points in text[0, byte_end): a UTF-8 continuation byte does not start one.
// Eight bytes at a time: every mention's offsets are counted this way.
inline std::size_t count_code_points(std::string_view text) {
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    std::size_t count = 0;
    std::size_t pos = 0;
    for (; pos + 8 <= text.size(); pos += 8) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + pos, 8);
        // A continuation byte has its top bit set and the next one clear (10xxxxxx).
        const std::uint64_t continuation = word & ~(word << 1) & kHigh;
        // The eight flags (0 or 1 each) summed into the top byte.
        count += 8 - static_cast<std::size_t>(((continuation >> 7) * kOnes) >> 56);
    }
    for (; pos < text.size(); ++pos) count += (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
    return count;
}

}  // namespace hadath::utf8
