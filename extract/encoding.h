// Turning the bytes of an article into UTF-8 through ICU's converters:
// UTF-8 with or without a byte order mark, UTF-16 with one, and legacy
// encodings (Windows-1256, ISO-8859-6 and the others ICU knows), detected by
// ICU's charset detector when the bytes are not UTF-8, or named by the user.
#pragma once

#include <string>
#include <string_view>

namespace hadath {

struct DecodedText {
    std::string text;        // UTF-8, without a byte order mark
    std::string encoding;    // ICU's name of the encoding read, e.g. "UTF-8", "UTF-16LE", "windows-1256"
    bool converted = false;  // read from another encoding than UTF-8
    bool detected = false;   // the encoding was guessed by the charset detector
    std::string problem;     // why the bytes could not be read; text is empty then
};

// Decodes `bytes` as `encoding` when it is not empty, else as UTF-8 (with or
// without BOM), UTF-16 when a BOM says so, or else what the detector finds.
DecodedText decode_text(std::string&& bytes, const std::string& encoding);

// Why ICU cannot convert from `encoding`, or "" when it can.
std::string encoding_problem(const std::string& encoding);

}  // namespace hadath
