#include "extract/name_spelling.h"

#include <algorithm>

#include "extract/utf8.h"

namespace hadath {

std::string name_consonants(std::string_view word) {
    std::string kept;
    for (std::size_t at = 0; at < word.size();) {
        std::size_t length = 1;
        const char32_t c = utf8::decode(word, at, length);
        at += length;
        const bool vowel_or_hamza = c == U'\u0627' || c == U'\u0648' || c == U'\u064A' || c == U'\u0649' ||
                                    (c >= U'\u0621' && c <= U'\u0626') || c == U' ';
        const bool final_h = at == word.size() && (c == U'\u0647' || c == U'\u0629');
        // The g of foreign names is written ج, غ or گ ("سيرجي", "سيرغي").
        const bool g = c == U'\u063A' || c == U'\u06AF';
        if (!vowel_or_hamza && !final_h) utf8::append(kept, g ? U'\u062C' : c);
    }
    return kept;
}

bool may_be_one_name(std::string_view a, std::string_view b) {
    const std::string x = name_consonants(a), y = name_consonants(b);
    const std::size_t shorter = std::min(x.size(), y.size());
    constexpr std::size_t kLetters = 2, kBytesPerLetter = 2;
    return shorter >= kLetters * kBytesPerLetter && x.compare(0, shorter, y, 0, shorter) == 0;
}

}  // namespace hadath
