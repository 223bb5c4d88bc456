// The engine's one way of using several cores: run body(i) for i in [0, n), each thread
// taking the next index from a shared counter. Results are written by index, so they do
// not depend on which thread ran what. Internal header.
#ifndef ZI_SRC_PARALLEL_HPP
#define ZI_SRC_PARALLEL_HPP

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

namespace zi::internal {

// 0 or less: every hardware thread.
inline int ThreadCount(int requested) {
  if (requested > 0) return requested;
  const unsigned hw = std::thread::hardware_concurrency();
  return hw == 0 ? 1 : static_cast<int>(hw);
}

// Runs `work` on up to `helpers` threads of the library's worker pool and on the calling
// thread, and returns when every run has finished. `work` must return once there is
// nothing left to take; helpers that have not started by then are withdrawn. The pool is
// started on first use, grows to the largest number of helpers asked for (at most twice
// the hardware threads less one), and is rebuilt in a child process after fork().
// Defined in parallel.cpp.
void RunOnPool(int helpers, const std::function<void()>& work);

// The calling thread is one of the workers; the others come from a pool kept for the
// life of the process, so a call costs no thread start (a 553-satker portfolio scores in
// well under a millisecond, where starting threads would be a visible share). An
// exception thrown by body (bad_alloc) stops the remaining work and is rethrown on the
// calling thread once every worker is done with it, so it never escapes a worker thread.
template <typename Body>
void ParallelFor(size_t n, int threads, Body&& body) {
  threads = std::max(1, std::min<int>(threads, static_cast<int>(std::min<size_t>(
                                                   std::max<size_t>(n, 1), 256))));
  if (threads == 1) {
    for (size_t i = 0; i < n; ++i) body(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mu;
  RunOnPool(threads - 1, [&] {
    try {
      for (size_t i = next.fetch_add(1); i < n; i = next.fetch_add(1)) body(i);
    } catch (...) {
      next.store(n);  // the others stop at their next index
      std::lock_guard<std::mutex> lock(failure_mu);
      if (!failure) failure = std::current_exception();
    }
  });
  if (failure) std::rethrow_exception(failure);
}

// body(begin, end) over [0, n) in ranges handed out "guided": each takes half of what is
// left divided by the thread count, but at least min_grain. A thread's ranges are long
// and contiguous at first, so it streams through memory as one thread would (short
// interleaved chunks made each core's hardware prefetcher start over every few plans),
// and short at the end, so that a thread slowed by the host does not hold up the call.
template <typename Body>
void ParallelForRanges(size_t n, int threads, size_t min_grain, Body&& body) {
  threads = std::max(1, threads);
  min_grain = std::max<size_t>(1, min_grain);
  if (threads == 1 || n <= min_grain) {
    if (n > 0) body(size_t{0}, n);
    return;
  }
  std::atomic<size_t> next{0};
  const size_t share = 2 * static_cast<size_t>(threads);
  // One task per thread; each takes ranges until none is left.
  const size_t tasks =
      std::min<size_t>(static_cast<size_t>(threads), (n + min_grain - 1) / min_grain);
  ParallelFor(tasks, threads, [&](size_t) {
    size_t begin = next.load();
    while (begin < n) {
      const size_t size = std::min(n - begin, std::max(min_grain, (n - begin) / share));
      if (next.compare_exchange_weak(begin, begin + size)) {
        try {
          body(begin, begin + size);
        } catch (...) {
          next.store(n);  // the others stop at their next range
          throw;          // ParallelFor hands it to the caller
        }
        begin = next.load();
      }
    }
  });
}

}  // namespace zi::internal

#endif  // ZI_SRC_PARALLEL_HPP
