// Text as it may come from articles (stray control characters, broken UTF-8,
// line breaks) made fit for one-line labels in every output format.
#pragma once

#include <cstddef>
#include <string>

namespace hadath {

// Valid UTF-8 (bad bytes become U+FFFD) without the characters XML 1.0
// forbids (C0 controls other than tab/newline/CR, U+FFFE, U+FFFF), and with
// every run of white space (tab, newline, CR, space) collapsed into one space
// and trimmed at both ends. Other characters, bidi marks included, are kept.
std::string clean_text(const std::string& text);

// clean_text(text) appended to `out`.
void append_clean_text(std::string& out, const std::string& text);

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
