// libFuzzer target: arbitrary text through the whole extraction of one
// document, with the real lexicons and rules.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "extract/events.h"
#include "extract/resources.h"
#include "extract/utf8.h"

namespace {

const hadath::EventExtractor& extractor() {
    // Loaded once: loading takes far longer than one input.
    static const std::shared_ptr<const hadath::Resources> resources =
        hadath::Resources::load(hadath::Resources::default_data_dir());
    static const hadath::EventExtractor instance(*resources);
    return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // The readers turn away invalid UTF-8 and NUL bytes, so extraction never sees them.
    if (hadath::utf8::first_invalid(text) != std::string_view::npos) return 0;
    if (text.find('\0') != std::string_view::npos) return 0;
    hadath::DocumentInfo document;
    document.id = "fuzz";
    document.date = "2023-06-21";
    const hadath::DocumentAnalysis analysis = extractor().extract(document, text);
    // Every mention must lie inside the text.
    const std::size_t code_points = hadath::utf8::count_code_points(text);
    for (const hadath::Event& event : analysis.events)
        for (const hadath::Mention& mention : event.mentions)
            if (mention.begin > mention.end || mention.end > code_points) __builtin_trap();
    return 0;
}
