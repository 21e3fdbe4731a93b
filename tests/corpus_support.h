// Reading the annotated test corpora in tests/corpus/ar/.
#pragma once

#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "extract/resources.h"
#include "tests/test_support.h"

namespace hadath::testing {

struct CorpusLine {
    int line = 0;
    std::vector<std::string> fields;
};

// Lines of a TAB-separated corpus file, without comments and blank lines.
inline std::vector<CorpusLine> read_corpus(const std::string& name) {
    std::ifstream in(source_dir() / "tests" / "corpus" / "ar" / name);
    std::vector<CorpusLine> lines;
    std::string text;
    for (int number = 1; std::getline(in, text); ++number) {
        if (!text.empty() && text.back() == '\r') text.pop_back();
        if (text.empty() || text[0] == '#') continue;
        CorpusLine line{number, {}};
        std::size_t start = 0;
        while (true) {
            const auto tab = text.find('\t', start);
            line.fields.push_back(text.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
            if (tab == std::string::npos) break;
            start = tab + 1;
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

// The production resources, loaded once for all tests of a program.
inline const Resources& resources() {
    static const std::shared_ptr<const Resources> loaded = Resources::load(data_dir().string());
    return *loaded;
}

}  // namespace hadath::testing
