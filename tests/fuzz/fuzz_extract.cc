// libFuzzer target: arbitrary text through the whole extraction of one
// document, with the real lexicons and rules.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <memory>
#include <string_view>

#include "extract/events.h"
#include "extract/resources.h"
#include "extract/utf8.h"

namespace {

std::shared_ptr<const hadath::Resources> resources;
std::unique_ptr<const hadath::EventExtractor> extractor;

}  // namespace

// Loads the lexicons and rules once, before any input: loading takes far
// longer than one input, and a data directory that cannot be loaded is a
// set-up error, not a crash for the fuzzer to record.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
    try {
        resources = hadath::Resources::load(hadath::Resources::default_data_dir());
    } catch (const std::exception& error) {
        std::fprintf(stderr, "fuzz_extract: cannot load lexicons and rules: %s\n", error.what());
        std::exit(1);
    }
    extractor = std::make_unique<const hadath::EventExtractor>(*resources);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // The readers turn away invalid UTF-8 and NUL bytes, so extraction never sees them.
    if (hadath::utf8::first_invalid(text) != std::string_view::npos) return 0;
    if (text.find('\0') != std::string_view::npos) return 0;
    hadath::DocumentInfo document;
    document.id = "fuzz";
    document.date = "2023-06-21";
    const hadath::DocumentAnalysis analysis = extractor->extract(document, text);
    // Every mention must lie inside the text.
    const std::size_t code_points = hadath::utf8::count_code_points(text);
    for (const hadath::Event& event : analysis.events)
        for (const hadath::Mention& mention : event.mentions)
            if (mention.begin > mention.end || mention.end > code_points) __builtin_trap();
    return 0;
}
