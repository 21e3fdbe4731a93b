// A stable sort for the few items of one word: its stems, its phrase matches, the readings that
// start at it. std::stable_sort would allocate a buffer on every call, and these are sorted at
// nearly every word of a text.
#pragma once

#include <iterator>
#include <utility>

namespace hadath {

template <typename Iterator, typename Before>
void insertion_sort(Iterator first, Iterator last, Before before) {
    if (first == last) return;
    for (Iterator i = std::next(first); i != last; ++i)
        for (Iterator j = i; j != first && before(*j, *std::prev(j)); --j) std::iter_swap(j, std::prev(j));
}

}  // namespace hadath
