// Large files are put together in memory and handed to the stream in big
// pieces: many small stream insertions cost more than the text itself.
#pragma once

#include <charconv>
#include <ostream>
#include <string>

namespace hadath {

class OutputBuffer {
public:
    explicit OutputBuffer(std::ostream& out) : out_(out) { text_.reserve(kFlushSize + kFlushSize / 4); }
    OutputBuffer(const OutputBuffer&) = delete;
    OutputBuffer& operator=(const OutputBuffer&) = delete;
    ~OutputBuffer() { flush(); }

    // Where the text is appended.
    std::string& text() { return text_; }

    // Called between records, so that memory stays bounded on a large graph.
    void flush_if_full() {
        if (text_.size() >= kFlushSize) flush();
    }

    void flush() {
        out_.write(text_.data(), static_cast<std::streamsize>(text_.size()));
        text_.clear();
    }

private:
    static constexpr std::size_t kFlushSize = 1 << 20;
    std::ostream& out_;
    std::string text_;
};

// Decimal integer, as an ostream writes it.
inline void append_integer(std::string& out, long long value) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end);
}

// `value` as printf's %.<significant_digits>g writes it (an ostream with its
// default precision writes %.6g).
inline void append_general(std::string& out, double value, int significant_digits) {
    // A whole number of at most `significant_digits` digits (an edge's weight, most sizes) is written
    // as the integer it is: the same text, for a fraction of the formatting's cost.
    if (value >= 1 && value < 1e15 && value == static_cast<double>(static_cast<long long>(value))) {
        const auto whole = static_cast<long long>(value);
        long long limit = 1;
        for (int i = 0; i < significant_digits && limit <= whole; ++i) limit *= 10;
        if (whole < limit) return append_integer(out, whole);
    }
    char digits[64];
    const auto end =
        std::to_chars(digits, digits + sizeof digits, value, std::chars_format::general, significant_digits).ptr;
    out.append(digits, end);
}

}  // namespace hadath
