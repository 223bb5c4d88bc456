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

}  // namespace zi::internal

#endif  // ZI_SRC_PARALLEL_HPP
