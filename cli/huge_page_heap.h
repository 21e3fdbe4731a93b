#pragma once

namespace hadath {

// Where hadath is linked with tcmalloc, lets the kernel map the heap's new memory in huge pages
// (see huge_page_heap.cc); elsewhere does nothing. Call it before the heap grows much.
void use_huge_page_heap();

}  // namespace hadath
