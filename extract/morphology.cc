#include "extract/morphology.h"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "extract/lexicon.h"

namespace hadath {

namespace {

constexpr std::string_view kYa = "\xD9\x8A";               // ي, the present tense's third-person prefix
constexpr std::string_view kAlefMaqsura = "\xD9\x89";      // ى
constexpr std::string_view kWawAlef = "\xD9\x88\xD8\xA7";  // وا, the plural ending
constexpr std::string_view kManyMark = "+";                // ends a form of the dual or plural in the table
constexpr std::string_view kFeminineMark = "*";            // ends a form of the feminine singular

constexpr std::size_t kLetterBytes = 2;  // every Arabic letter in UTF-8
constexpr std::string_view kLam = "\xD9\x84", kBa = "\xD8\xA8";

// The shapes of derived verbal nouns, letter by letter: a letter stands for itself, * for a letter
// of the root (not alef, which folded hamza also becomes). تفعيل comes first (see derived_verbal_noun()).
constexpr std::string_view kDerivedVerbalNouns[] = {
    "\xD8\xAA**\xD9\x8A*",                  // ت**ي*: تفعيل
    "\xD8\xA7\xD9\x86**\xD8\xA7*",          // ان**ا*: انفعال
    "\xD8\xA7*\xD8\xAA*\xD8\xA7*",          // ا*ت*ا*: افتعال
    "\xD8\xA7*\xD8\xB7*\xD8\xA7*",          // ا*ط*ا*: افتعال after an emphatic letter
    "\xD8\xA7\xD8\xB3\xD8\xAA**\xD8\xA7*",  // است**ا*: استفعال
};

std::string trim(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    return std::string(text);
}

// Whether `word` (Arabic letters only) has `shape`, where * is any letter but alef.
bool has_shape(std::string_view word, std::string_view shape) {
    std::size_t at = 0;
    for (std::size_t i = 0; i < shape.size();) {
        if (at + kLetterBytes > word.size()) return false;
        const std::string_view letter = word.substr(at, kLetterBytes);
        at += kLetterBytes;
        if (shape[i] == '*') {
            if (letter == kAlef) return false;
            ++i;
        } else {
            if (shape.substr(i, kLetterBytes) != letter) return false;
            i += kLetterBytes;
        }
    }
    return at == word.size();
}

// The length in bytes of a word of `shape`: two for each of its letters, * included.
constexpr std::size_t word_bytes_of(std::string_view shape) {
    std::size_t bytes = 0;
    for (std::size_t i = 0; i < shape.size(); i += shape[i] == '*' ? 1 : kLetterBytes) bytes += kLetterBytes;
    return bytes;
}

// Most words have the length of no shape: that alone turns them away, before any letter is read.
constexpr auto kShapeBytes = [] {
    std::array<std::size_t, std::size(kDerivedVerbalNouns)> bytes{};
    for (std::size_t k = 0; k < bytes.size(); ++k) bytes[k] = word_bytes_of(kDerivedVerbalNouns[k]);
    return bytes;
}();
constexpr std::size_t kShortestShape = *std::min_element(kShapeBytes.begin(), kShapeBytes.end());
constexpr std::size_t kLongestShape = *std::max_element(kShapeBytes.begin(), kShapeBytes.end());

}  // namespace

bool derived_verbal_noun(std::string_view word, bool bare_tafil) {
    // The word is a shape, or ب or ل before one.
    if (word.size() % kLetterBytes != 0 || word.size() < kShortestShape || word.size() > kLongestShape + kLetterBytes)
        return false;
    for (std::size_t i = 0; i < word.size(); i += kLetterBytes) {
        const auto lead = static_cast<unsigned char>(word[i]);
        if (lead < 0xC0 || lead >= 0xE0) return false;  // two-byte letters only
    }
    // kDerivedVerbalNouns[0] is تفعيل, taken alone only when `bare_tafil`.
    const auto shaped = [](std::string_view stem, bool with_tafil) {
        if (stem.substr(0, kDefiniteArticle.size()) == kDefiniteArticle) return false;
        for (std::size_t k = with_tafil ? 0 : 1; k < kShapeBytes.size(); ++k)
            if (stem.size() == kShapeBytes[k] && has_shape(stem, kDerivedVerbalNouns[k])) return true;
        return false;
    };
    const std::string_view first = word.substr(0, kLetterBytes);
    return shaped(word, bare_tafil) || ((first == kBa || first == kLam) && shaped(word.substr(kLetterBytes), true));
}

bool verbal_noun_after_ba_or_lam(std::string_view word) {
    const std::string_view first = word.substr(0, kLetterBytes);
    return (first == kBa || first == kLam) && derived_verbal_noun(word.substr(kLetterBytes), false);
}

Morphology Morphology::load(const std::string& path) {
    Morphology morphology;
    for (const TsvRow& row : read_tsv(path, 3, 3)) {
        const auto& f = row.fields;
        Paradigm paradigm;
        paradigm.ending = f[1] == "-" ? "" : f[1];
        for (const std::string& pattern : split_list(f[2])) {
            if (f[0] != "pronoun" && pattern.find('~') == std::string::npos)
                row.fail("form '" + pattern + "' has no ~ for the stem");
            const std::size_t plus = pattern.find(kManyMark);
            if (plus != std::string::npos && (f[0] == "pronoun" || plus + 1 != pattern.size()))
                row.fail("form '" + pattern + "': + marks a verb form of the dual or plural, at its end");
            const std::size_t star = pattern.find(kFeminineMark);
            if (star != std::string::npos && (f[0] == "pronoun" || star + 1 != pattern.size()))
                row.fail("form '" + pattern + "': * marks a verb form of the feminine singular, at its end");
            paradigm.patterns.push_back(pattern);
        }
        if (paradigm.patterns.empty()) row.fail("no forms");
        if (f[0] == "past") {
            morphology.past_.push_back(std::move(paradigm));
        } else if (f[0] == "present") {
            morphology.present_.push_back(std::move(paradigm));
        } else if (f[0] == "pronoun") {
            morphology.pronouns_.insert(morphology.pronouns_.end(), paradigm.patterns.begin(), paradigm.patterns.end());
        } else {
            row.fail("unknown tense '" + f[0] + "' (past, present or pronoun)");
        }
    }
    for (const auto* paradigms : {&morphology.past_, &morphology.present_})
        if (std::none_of(paradigms->begin(), paradigms->end(), [](const Paradigm& p) { return p.ending.empty(); }))
            throw std::runtime_error(path + ": each of past and present needs a paradigm for any ending (-)");
    return morphology;
}

const Morphology::Paradigm* Morphology::paradigm_for(const std::vector<Paradigm>& paradigms, std::string_view lemma) {
    const Paradigm* best = nullptr;
    for (const Paradigm& paradigm : paradigms) {
        if (!ends_with(lemma, paradigm.ending)) continue;
        if (!best || paradigm.ending.size() > best->ending.size()) best = &paradigm;
    }
    return best;
}

void Morphology::add_forms(const std::vector<Paradigm>& paradigms, std::string_view lemma, std::string_view prefix,
                           std::vector<std::string>& one, std::vector<std::string>& one_feminine,
                           std::vector<std::string>& many, std::vector<std::string>& one_with_object) const {
    const Paradigm* paradigm = paradigm_for(paradigms, lemma);
    std::string_view stem = lemma.substr(prefix.size());
    stem.remove_suffix(paradigm->ending.size());
    for (std::string_view pattern : paradigm->patterns) {
        const bool feminine = ends_with(pattern, kFeminineMark);
        std::vector<std::string>& out = ends_with(pattern, kManyMark) ? many : feminine ? one_feminine : one;
        if (&out == &many) pattern.remove_suffix(kManyMark.size());
        if (feminine) pattern.remove_suffix(kFeminineMark.size());
        std::string form;
        for (const char c : pattern) {
            if (c == '~')
                form += stem;
            else
                form += c;
        }
        out.push_back(form);
        // Object pronouns: "قالوا" + ه is "قالوه", "نفى" + ه is "نفاه".
        std::string base = form;
        if (ends_with(base, kWawAlef)) base.resize(base.size() - kAlef.size());
        if (ends_with(base, kAlefMaqsura)) base.replace(base.size() - kAlefMaqsura.size(), kAlefMaqsura.size(), kAlef);
        std::vector<std::string>& with_object = &out == &many ? many : one_with_object;
        for (const std::string& pronoun : pronouns_) with_object.push_back(base + pronoun);
    }
}

Morphology::Forms Morphology::conjugate(std::string_view lemma) const {
    const auto slash = lemma.find('/');
    if (slash == std::string_view::npos)
        throw std::invalid_argument("'" + std::string(lemma) + "' is not PAST/PRESENT");
    const std::string past = trim(lemma.substr(0, slash));
    const std::string present = trim(lemma.substr(slash + 1));
    if (past.empty() || present.empty() || (past == "-" && present == "-") || present.find('/') != std::string::npos)
        throw std::invalid_argument("'" + std::string(lemma) + "' is not PAST/PRESENT (write - for a missing tense)");
    Forms forms;
    if (past != "-") add_forms(past_, past, "", forms.past, forms.past_feminine, forms.past_many, forms.past_object);
    if (present != "-") {
        if (present.compare(0, kYa.size(), kYa) != 0 || present.size() <= kYa.size() * 2)
            throw std::invalid_argument("present '" + present + "' does not start with " + std::string(kYa));
        add_forms(present_, present, kYa, forms.present, forms.present_feminine, forms.present_many,
                  forms.present_object);
    }
    // A form that is singular too counts as singular: the rules must not read it twice.
    for (const auto& tense :
         {std::pair{&forms.past, &forms.past_many}, std::pair{&forms.present, &forms.present_many},
          std::pair{&forms.past, &forms.past_object}, std::pair{&forms.present, &forms.present_object},
          std::pair{&forms.past, &forms.past_feminine}, std::pair{&forms.present, &forms.present_feminine}}) {
        const std::vector<std::string>& one = *tense.first;
        std::vector<std::string>& many = *tense.second;
        many.erase(std::remove_if(many.begin(), many.end(),
                                  [&one](const std::string& form) {
                                      return std::find(one.begin(), one.end(), form) != one.end();
                                  }),
                   many.end());
    }
    return forms;
}

std::vector<std::string> Morphology::inflect(std::string_view lemma) const {
    Forms forms = conjugate(lemma);
    std::vector<std::string> all = std::move(forms.past);
    for (const auto* more : {&forms.present, &forms.past_feminine, &forms.present_feminine, &forms.past_many,
                             &forms.present_many, &forms.past_object, &forms.present_object})
        all.insert(all.end(), more->begin(), more->end());
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

}  // namespace hadath
