// Reading articles: .txt files, directories (with an optional manifest.jsonl),
// JSON Lines files and standard input. Bad input is reported and skipped;
// it never stops the other documents.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "extract/event.h"

namespace hadath {

struct InputDocument {
    DocumentInfo info;
    std::string text;
    std::string origin;           // "file" or "file:line", for messages
    std::size_t input_bytes = 0;  // bytes of input it took: its file, or its line
};

struct InputOptions {
    std::string default_date;  // --date: for documents with no date of their own
    std::string encoding;      // --encoding: how the input is encoded; empty: UTF-8, UTF-16 with BOM, or detected
};

// Receives each readable document in input order, one message
// ("file:line: reason") for each thing skipped, and notes on what was read
// but is worth knowing (an encoding other than UTF-8, no Arabic text).
struct InputSink {
    std::function<void(InputDocument&&)> document;
    std::function<void(const std::string&)> skipped;
    std::function<void(const std::string&)> note;  // may be empty
};

// Reads every INPUT: a .txt file, a directory (its .txt and .jsonl files in
// name order; manifest.jsonl there gives ids, dates and titles), a .jsonl
// file, or "-" for JSON Lines on standard input. An input that does not
// exist is reported and skipped like any other.
void read_inputs(const std::vector<std::string>& inputs, const InputOptions& options, const InputSink& sink);

// Bytes of input that read_inputs would read: the files named, and the .txt
// and .jsonl files of the directories named; 0 when unknown (standard input,
// a pipe).
std::uintmax_t input_size(const std::vector<std::string>& inputs);

// Reads JSON Lines articles (id, text, optional date, title, source, url).
void read_jsonl_articles(std::istream& in, const std::string& source, const InputOptions& options,
                         const InputSink& sink);

// A publication date printed in the first lines of an article
// ("2023/06/21", "2022.09.01", "2015-08-03", or a Hijri "17/10/1436هـ",
// "1436/10/17" read in the Umm al-Qura calendar), as YYYY-MM-DD, or "".
std::string date_in_header(std::string_view text);

}  // namespace hadath
