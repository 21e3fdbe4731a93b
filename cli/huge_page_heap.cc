#include "cli/huge_page_heap.h"

#if defined(HADATH_TCMALLOC)

#include <gperftools/malloc_extension.h>
#include <sys/mman.h>

#include <cstdint>
#include <mutex>

namespace hadath {
namespace {

// tcmalloc takes its memory from the system in pieces of a megabyte or so, each mapped in pages of
// 4 KiB: a corpus build touches a few hundred megabytes, and the first touch of every page is a
// fault the kernel serves on its own (a tenth of the build's time on a virtual machine). This
// system allocator hands tcmalloc consecutive pieces of one region that the kernel may map in huge
// pages of 2 MiB: a five-hundredth of the faults. The region is address space only until touched.
class HugePageSystemAllocator : public SysAllocator {
public:
    explicit HugePageSystemAllocator(SysAllocator* fallback) : fallback_(fallback) {}

    void* Alloc(size_t size, size_t* actual_size, size_t alignment) override {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (reserve()) {
                const std::uintptr_t align = alignment > kSmallPage ? alignment : kSmallPage;
                const std::uintptr_t start = (next_ + align - 1) / align * align;
                if (start + size > start && start + size <= end_) {
                    next_ = start + size;
                    if (actual_size != nullptr) *actual_size = size;
                    return reinterpret_cast<void*>(start);
                }
            }
        }
        // Past the region, or where the system gave none: tcmalloc's own way.
        return fallback_ != nullptr ? fallback_->Alloc(size, actual_size, alignment) : nullptr;
    }

private:
    static constexpr std::uintptr_t kSmallPage = 4096;
    static constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;
    // Address space, not memory: larger than any corpus build needs, and reserved without swap.
    static constexpr std::uintptr_t kRegion = std::uintptr_t{16} << 30;

    bool reserve() {
        if (tried_) return end_ != 0;
        tried_ = true;
        void* mapped = ::mmap(nullptr, kRegion + kHugePage, PROT_READ | PROT_WRITE,
                              MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (mapped == MAP_FAILED) return false;
        // Huge pages need a region that starts on a huge page's boundary.
        next_ = (reinterpret_cast<std::uintptr_t>(mapped) + kHugePage - 1) / kHugePage * kHugePage;
        end_ = next_ + kRegion;
#if defined(MADV_HUGEPAGE)
        ::madvise(reinterpret_cast<void*>(next_), kRegion, MADV_HUGEPAGE);  // a hint: without it, small pages
#endif
        return true;
    }

    SysAllocator* fallback_;
    std::mutex mutex_;
    bool tried_ = false;
    std::uintptr_t next_ = 0;
    std::uintptr_t end_ = 0;
};

}  // namespace

void use_huge_page_heap() {
    MallocExtension* extension = MallocExtension::instance();
    // Never freed: tcmalloc calls it until the process ends.
    static HugePageSystemAllocator allocator(extension->GetSystemAllocator());
    extension->SetSystemAllocator(&allocator);
}

}  // namespace hadath

#else

namespace hadath {

void use_huge_page_heap() {}

}  // namespace hadath

#endif
