// Text as it may come from articles (stray control characters, broken UTF-8,
// line breaks) made fit for one-line labels in every output format.
#pragma once

#include <cstddef>
#include <string>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace hadath {

// Valid UTF-8 (bad bytes become U+FFFD) without the characters XML 1.0
// forbids (C0 controls other than tab/newline/CR, U+FFFE, U+FFFF), and with
// every run of white space (tab, newline, CR, space) collapsed into one space
// and trimmed at both ends. Other characters, bidi marks included, are kept.
std::string clean_text(const std::string& text);

// clean_text(text) appended to `out`.
void append_clean_text(std::string& out, const std::string& text);

// The first byte in [begin, end) that is one of `Bytes`, or `end`: the few characters a format
// escapes, which most text holds none of, are searched for sixteen bytes at a time.
template <char... Bytes>
const char* find_first_byte_of(const char* begin, const char* end) {
#if defined(__SSE2__)
    for (; end - begin >= 16; begin += 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(begin));
        const __m128i found = (_mm_cmpeq_epi8(block, _mm_set1_epi8(Bytes)) | ...);
        if (const int mask = _mm_movemask_epi8(found); mask != 0)
            return begin + __builtin_ctz(static_cast<unsigned>(mask));
    }
#endif
    while (begin != end && !((*begin == Bytes) || ...)) ++begin;
    return begin;
}

// `text` cut to at most `max_code_points` code points at a space when one is
// near, with "…" appended when anything was cut.
std::string shorten(const std::string& text, std::size_t max_code_points);

// `text` as a quote: cleaned, shortened to about `max_code_points`, with its
// quotation marks and brackets balanced. A closing mark whose opening lies
// before the quoted words (the mention starts inside a quotation or an
// aside) gets its opening back after a leading "…"; a mark left open (the
// quote is cut inside one) is closed after a trailing "…".
std::string balanced_quote(const std::string& text, std::size_t max_code_points);

}  // namespace hadath
