// Verb inflection for trigger rules: a verb is written once, as its past and
// present third-person masculine singular forms ("قال/يقول"), and every
// third-person form of both tenses, with object pronouns attached, is made
// from the paradigms of rules/ar/morphology.tsv. Generating forms at load
// time costs nothing per word of text, and a form is only ever a form of a
// verb the rules name, so no analyser's guess can let an unrelated word in.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hadath {

// A word of folded text shaped as the verbal noun of a derived verb: انفعال ("انضمام"), افتعال
// ("اختفاء", "اهتمام"), استفعال ("استقبال") or تفعيل ("تحقيق"), alone or after the preposition ب or ل
// ("باعتماد", "لتحقيق"). A root letter is never ا: folded "تأكيد" is no different from the surname
// "تابيش". A word with the article ("الطيار", folded "ألتمان") is not one. Without
// `bare_tafil`, تفعيل counts only after a preposition: after a given name from outside the region,
// a word so shaped is as often a surname.
bool derived_verbal_noun(std::string_view word, bool bare_tafil = true);

// "بانضمام", "لاستكمال": ب or ل before the verbal noun of a derived verb shaped انفعال، افتعال or استفعال,
// what a verb goes on to, no one's name (تفعيل is left out: after them it is as often a name's shape).
bool verbal_noun_after_ba_or_lam(std::string_view word);

class Morphology {
public:
    // Reads a paradigm table; throws std::runtime_error "file:line: message".
    static Morphology load(const std::string& path);

    // True when a trigger form is a verb lemma ("قال/يقول", "زار/-").
    static bool is_lemma(std::string_view form) { return form.find('/') != std::string_view::npos; }

    // The forms of a lemma "PAST/PRESENT" (either side may be "-"), by tense.
    // Throws std::invalid_argument with a message when the lemma cannot be read.
    struct Forms {
        std::vector<std::string> past, present;
        // The forms of the feminine singular (marked * in the table: "قالت", "تقول"); a form that is
        // masculine as well is only in past or present.
        std::vector<std::string> past_feminine, present_feminine;
        // The forms of the dual and plural (marked + in the table), which hold their subject; a
        // form that is singular as well is only in past or present.
        std::vector<std::string> past_many, present_many;
        // Singular forms with an object pronoun attached ("قاله", "يصفها"); the dual and plural
        // ones are in past_many and present_many.
        std::vector<std::string> past_object, present_object;
    };
    Forms conjugate(std::string_view lemma) const;
    // Every form of both tenses, sorted.
    std::vector<std::string> inflect(std::string_view lemma) const;

private:
    struct Paradigm {
        std::string ending;                 // the lemma's last letter this paradigm is for; empty for any
        std::vector<std::string> patterns;  // forms with ~ standing for the stem
    };
    static const Paradigm* paradigm_for(const std::vector<Paradigm>& paradigms, std::string_view lemma);
    void add_forms(const std::vector<Paradigm>& paradigms, std::string_view lemma, std::string_view prefix,
                   std::vector<std::string>& one, std::vector<std::string>& one_feminine,
                   std::vector<std::string>& many, std::vector<std::string>& one_with_object) const;

    std::vector<Paradigm> past_, present_;
    std::vector<std::string> pronouns_;
};

}  // namespace hadath
