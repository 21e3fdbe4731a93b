// Whether two spellings of a name may be one name: foreign names come to
// Arabic with their vowels written in several ways ("فرنسوا" and "فرانسوا",
// "جاوش" and "جاويش", "هاينتس" and "هاينز").
#pragma once

#include <string>
#include <string_view>

namespace hadath {

// The consonants of a name's word: long vowels, hamza and its seats, and a final ه or ة left out;
// the letters of g (غ، گ) written ج.
std::string name_consonants(std::string_view word);

// One word's consonants begin the other's, two letters at least: "موشي" and "موشيه", "عبد" and
// "عبدالإله", "هاينز" and "هاينتس"; not "حامد" and "عايد".
bool may_be_one_name(std::string_view a, std::string_view b);

}  // namespace hadath
