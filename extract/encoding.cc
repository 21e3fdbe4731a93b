#include "extract/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>
#include <utility>

#include "extract/utf8.h"

namespace hadath {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

struct ConverterCloser {
    void operator()(UConverter* converter) const { ucnv_close(converter); }
};
struct DetectorCloser {
    void operator()(UCharsetDetector* detector) const { ucsdet_close(detector); }
};

// Converts through UTF-16 (ICU's pivot); a byte that has no character in
// the encoding is an error, not a replacement character.
// `shown` is the name the log gives, as the user or the detector wrote it.
DecodedText convert(std::string_view bytes, const char* encoding, const std::string& shown) {
    DecodedText decoded;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> from(ucnv_open(encoding, &status));
    if (U_FAILURE(status)) {
        decoded.problem = std::string("unknown encoding '") + encoding + "'";
        return decoded;
    }
    ucnv_setToUCallBack(from.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    std::unique_ptr<UConverter, ConverterCloser> to(ucnv_open("UTF-8", &status));
    if (U_FAILURE(status)) {
        decoded.problem = u_errorName(status);
        return decoded;
    }
    decoded.text.resize(bytes.size() * 3 + 16);
    char* target = decoded.text.data();
    const char* source = bytes.data();
    ucnv_convertEx(to.get(), from.get(), &target, decoded.text.data() + decoded.text.size(), &source,
                   bytes.data() + bytes.size(), nullptr, nullptr, nullptr, nullptr, true, true, &status);
    if (U_FAILURE(status)) {
        decoded.problem =
            "not " + shown + " at byte " + std::to_string(source - bytes.data() > 0 ? source - bytes.data() - 1 : 0);
        decoded.text.clear();
        return decoded;
    }
    decoded.text.resize(static_cast<std::size_t>(target - decoded.text.data()));
    if (decoded.text.compare(0, kUtf8Bom.size(), kUtf8Bom) == 0) decoded.text.erase(0, kUtf8Bom.size());
    decoded.encoding = shown;
    decoded.converted = true;
    return decoded;
}

// UTF-8 with a few damaged bytes, rather than another encoding: many
// well-formed multi-byte characters for each byte that is not one. In
// Windows-1256 or ISO-8859-6 Arabic, almost every letter breaks UTF-8.
bool damaged_utf8(std::string_view bytes) {
    std::size_t characters = 0, invalid = 0;
    while (!bytes.empty()) {
        const std::size_t bad = utf8::first_invalid(bytes);
        const std::string_view valid = bytes.substr(0, bad);
        for (const char c : valid) characters += (static_cast<unsigned char>(c) & 0xC0) == 0xC0;
        if (bad == std::string_view::npos) break;
        ++invalid;
        bytes.remove_prefix(bad + 1);
    }
    return characters >= 4 * invalid;
}

}  // namespace

std::string encoding_problem(const std::string& encoding) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(encoding.c_str(), &status));
    if (U_FAILURE(status))
        return "'" + encoding + "' is not an encoding ICU knows (e.g. windows-1256, ISO-8859-6, UTF-16)";
    return "";
}

DecodedText decode_text(std::string&& bytes, const std::string& encoding) {
    if (!encoding.empty()) return convert(bytes, encoding.c_str(), encoding);
    const bool utf16_bom =
        bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
    if (utf16_bom) return convert(bytes, "UTF-16", bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE");
    if (utf8::first_invalid(bytes) == std::string_view::npos) {
        DecodedText decoded;
        decoded.encoding = "UTF-8";
        if (bytes.compare(0, kUtf8Bom.size(), kUtf8Bom) == 0) bytes.erase(0, kUtf8Bom.size());
        decoded.text = std::move(bytes);
        return decoded;
    }
    if (damaged_utf8(bytes)) {
        DecodedText decoded;
        decoded.problem = "invalid UTF-8 at byte " + std::to_string(utf8::first_invalid(bytes));
        return decoded;
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    // The detector reads a sample; the start of an article is enough to tell its script.
    const std::string_view sample = std::string_view(bytes).substr(0, 64 * 1024);
    ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
    const UCharsetMatch* match = U_SUCCESS(status) ? ucsdet_detect(detector.get(), &status) : nullptr;
    const char* name = match && U_SUCCESS(status) ? ucsdet_getName(match, &status) : nullptr;
    // Only an Arabic encoding is taken on the detector's word: for other
    // scripts its guess on a few bytes is too often wrong to read on silently.
    const char* language = match && U_SUCCESS(status) ? ucsdet_getLanguage(match, &status) : nullptr;
    if (!name || !language || U_FAILURE(status) || std::string_view(language) != "ar") {
        DecodedText decoded;
        decoded.problem = "invalid UTF-8 at byte " + std::to_string(utf8::first_invalid(bytes)) +
                          ", and not an Arabic encoding hadath recognises (name it with --encoding)";
        return decoded;
    }
    DecodedText decoded = convert(bytes, name, name);
    decoded.detected = true;
    return decoded;
}

}  // namespace hadath
