// The heap of a hadath linked with tcmalloc grows in memory the kernel may map in huge pages.
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "cli/huge_page_heap.h"
#include "test_support.h"

#if defined(HADATH_TCMALLOC)
namespace {

// The flags of the mapping that holds `address`, from /proc/self/smaps ("rd wr mr mw me ac hg").
std::string vm_flags_of(const void* address) {
    std::ifstream smaps("/proc/self/smaps");
    const auto where = reinterpret_cast<std::uintptr_t>(address);
    bool inside = false;
    for (std::string line; std::getline(smaps, line);) {
        std::uintptr_t first = 0, last = 0;
        char dash = 0;
        std::istringstream range(line);
        if (range >> std::hex >> first >> dash >> last && dash == '-' && line.find(' ') > line.find('-')) {
            inside = first <= where && where < last;
        } else if (inside && line.rfind("VmFlags:", 0) == 0) {
            return line.substr(8);
        }
    }
    return "";
}

}  // namespace
#endif

TEST_CASE("memory the heap takes from the system after the set-up may be mapped in huge pages") {
#if !defined(HADATH_TCMALLOC)
    HADATH_SKIP("hadath is not linked with tcmalloc here: the heap is the C library's");
#else
    if (!std::filesystem::exists("/sys/kernel/mm/transparent_hugepage"))
        HADATH_SKIP("this kernel has no transparent huge pages");
    hadath::use_huge_page_heap();
    // Larger than anything the heap held before: new memory from the system.
    constexpr std::size_t kBytes = std::size_t{64} << 20;
    const std::unique_ptr<char[]> block(new char[kBytes]);
    block[0] = block[kBytes - 1] = 1;
    const std::string flags = vm_flags_of(block.get());
    INFO("VmFlags:" << flags);
    REQUIRE_FALSE(flags.empty());
    CHECK(flags.find(" hg") != std::string::npos);
#endif
}
