// Normalization for matching, with a map back to the original text.
//
// The normalized text folds what Arabic spelling varies on, so that one
// lexicon entry matches every way of writing it: tashkeel and tatweel are
// removed, alef forms (أ إ آ ٱ) become ا, ى→ي, ة→ه, ؤ→و, ئ→ي, Persian ی ک → ي ك,
// Arabic-Indic and Persian digits become ASCII, presentation forms are
// decomposed (NFKC), quote marks become " and dashes become -. The folding
// table is data (extract/lexicon/ar/normalization.tsv).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace hadath {

struct NormalizedText {
    std::string text;  // normalized UTF-8
    // Four bytes each: a text to normalize is shorter than 4 GiB (normalize() checks).
    using Offset = std::uint32_t;
    // The map back to the original. From an anchor's normalized byte on, up to the next anchor, the
    // text is the original's bytes from the anchor's original byte on, character for character, as it
    // is for most of a text; an anchor starts each stretch that is not (after a character removed or
    // replaced by one of another length, before each character of a replacement, at a stray byte).
    struct Anchor {
        Offset normalized = 0;
        Offset original = 0;
    };
    std::vector<Anchor> anchors;  // by their normalized byte, the first at 0
    Offset original_size = 0;
    // The characters normalization removed (tashkeel, tatweel), in order: what the original holds
    // and the normalized text does not. Each was at `original` (a byte offset) and stood before
    // normalized byte `before`.
    struct Removal {
        Offset original = 0;
        Offset before = 0;
    };
    std::vector<Removal> removed;

    // The byte offset in the original text where the character that produced normalized byte
    // `normalized_byte` starts; the original's length for the end of the text, so that both ends of a
    // span map back.
    std::size_t to_original(std::size_t normalized_byte) const;
};

class Normalizer {
public:
    // Loads the folding table (a TSV file); throws std::runtime_error with file:line on a bad entry.
    static Normalizer load(const std::string& table_path);
    // The built-in default: the same folding without a table file.
    static Normalizer builtin();

    NormalizedText normalize(std::string_view original) const;
    // Whether normalization removes `code_point` wherever it stands (then NormalizedText::removed
    // lists every place it held).
    bool removes(char32_t code_point) const;
    // Convenience for lexicon entries: the normalized text only.
    std::string fold(std::string_view original) const { return normalize(original).text; }

private:
    struct Table;
    std::shared_ptr<const Table> table_;
};

}  // namespace hadath
