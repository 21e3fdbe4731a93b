// libFuzzer target: arbitrary bytes as a JSON Lines file of articles and as
// a file of event mentions, the two formats hadath reads.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <stdexcept>
#include <string>

#include "export/events_jsonl.h"
#include "extract/input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    {
        std::istringstream in(bytes);
        hadath::InputSink sink;
        sink.document = [](hadath::InputDocument&&) {};
        sink.skipped = [](const std::string&) {};
        hadath::read_jsonl_articles(in, "fuzz.jsonl", hadath::InputOptions{}, sink);
    }
    {
        std::istringstream in(bytes);
        try {
            hadath::read_events_jsonl(in, "fuzz.jsonl");
        } catch (const std::runtime_error&) {
            // A malformed line is reported this way, by design.
        }
    }
    return 0;
}
