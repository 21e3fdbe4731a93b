// Memory for the heap in huge pages, where the system gives them on request
// (transparent huge pages in "madvise" mode). A corpus build touches a few
// hundred megabytes once: in 4 KiB pages that is tens of thousands of page
// faults and a TLB that misses at every step through the tables.
#ifdef HADATH_TCMALLOC
#include <gperftools/malloc_extension.h>
#include <sys/mman.h>

#include <algorithm>
#include <cstddef>

namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;

// Asks tcmalloc's own system allocator for whole, aligned huge pages and marks them.
class HugePageAllocator : public SysAllocator {
public:
    explicit HugePageAllocator(SysAllocator* system) : system_(system) {}
    void* Alloc(std::size_t size, std::size_t* actual_size, std::size_t alignment) override {
        const std::size_t rounded = (size + kHugePage - 1) / kHugePage * kHugePage;
        std::size_t got = 0;
        void* memory = system_->Alloc(rounded, &got, std::max(alignment, kHugePage));
        if (!memory) return system_->Alloc(size, actual_size, alignment);
        madvise(memory, got, MADV_HUGEPAGE);  // advice only: refused, the pages stay small
        if (actual_size) *actual_size = got;
        return memory;
    }

private:
    SysAllocator* system_;
};

struct UseHugePages {
    UseHugePages() {
        MallocExtension* extension = MallocExtension::instance();
        SysAllocator* system = extension->GetSystemAllocator();
        if (!system) return;
        static HugePageAllocator allocator(system);
        extension->SetSystemAllocator(&allocator);
    }
} use_huge_pages;

}  // namespace
#endif
