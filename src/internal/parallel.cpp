// The worker pool behind ParallelFor (parallel.hpp).
//
// Why a pool: a portfolio of all 553 KPU satker scores in about half a millisecond on
// two cores, and starting and joining a thread per call (stack mapping, page faults)
// was a visible share of that. The pool is process-wide, started on first use, and:
// - never runs the engine's work on its own: every job also runs on the calling thread,
//   which withdraws helpers that have not started by the time it is done, so a busy pool
//   only means less help, never a wait for another caller's work;
// - is abandoned (not joined) in a child process after fork(), where its threads do not
//   exist, and a fresh one is started there on first use (Python's multiprocessing forks);
// - is stopped and joined when the library is unloaded or the process exits normally.
#include "internal/parallel.hpp"

#include <pthread.h>

#include <condition_variable>
#include <deque>
#include <vector>

namespace zi::internal {
namespace {

struct Job {
  const std::function<void()>* work = nullptr;
  int pending = 0;  // helper runs queued or in progress (guarded by the pool's mutex)
  std::condition_variable finished;
};

class Pool {
 public:
  Pool() = default;
  Pool(const Pool&) = delete;
  Pool& operator=(const Pool&) = delete;

  ~Pool() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    wake_.notify_all();
    for (std::thread& t : workers_) t.join();
  }

  void Run(int helpers, const std::function<void()>& work) {
    Job job;
    job.work = &work;
    int queued = 0;  // job.pending is only read under mu_: workers decrement it (ThreadSanitizer)
    {
      std::lock_guard<std::mutex> lock(mu_);
      Grow(helpers);
      queued = std::min(helpers, static_cast<int>(workers_.size()));
      for (int h = 0; h < queued; ++h) queue_.push_back(&job);
      queued_.store(queue_.size(), std::memory_order_relaxed);
      job.pending = queued;
    }
    if (queued > 0) wake_.notify_all();
    work();  // ParallelFor's work catches everything; nothing escapes here
    std::unique_lock<std::mutex> lock(mu_);
    for (auto it = queue_.begin(); it != queue_.end();) {
      if (*it == &job) {
        it = queue_.erase(it);
        --job.pending;
      } else {
        ++it;
      }
    }
    queued_.store(queue_.size(), std::memory_order_relaxed);
    job.finished.wait(lock, [&] { return job.pending == 0; });
  }

 private:
  static constexpr size_t kMaxWorkers = 255;
  static constexpr int kSpin = 1 << 14;  // ~50-100 µs

  static void Pause() {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#else
    std::this_thread::yield();
#endif
  }

  // Called with mu_ held. More threads than twice the hardware's would only take turns
  // on the same cores; a thread the system refuses only means less help.
  void Grow(int helpers) {
    const size_t hardware = std::max(1u, std::thread::hardware_concurrency());
    const size_t want =
        std::min({static_cast<size_t>(helpers), 2 * hardware - 1, kMaxWorkers});
    while (workers_.size() < want) {
      try {
        workers_.emplace_back([this] { Work(); });
      } catch (const std::exception&) {
        return;
      }
    }
  }

  void Work() {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      if (queue_.empty() && !stop_) {
        // Spin briefly before sleeping: batch callers score date after date, and waking
        // a sleeping thread (a futex, and on a virtual machine an idle virtual CPU) takes
        // longer than a small portfolio takes to score.
        lock.unlock();
        for (int spin = 0; spin < kSpin && queued_.load(std::memory_order_relaxed) == 0; ++spin) {
          Pause();
        }
        lock.lock();
      }
      wake_.wait(lock, [&] { return stop_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and nothing left that a caller waits for
      Job* job = queue_.front();
      queue_.pop_front();
      queued_.store(queue_.size(), std::memory_order_relaxed);
      lock.unlock();
      (*job->work)();
      lock.lock();
      if (--job->pending == 0) job->finished.notify_all();
    }
  }

  std::mutex mu_;
  std::condition_variable wake_;
  std::deque<Job*> queue_;
  std::atomic<size_t> queued_{0};  // queue_.size(), readable without the mutex
  std::vector<std::thread> workers_;
  bool stop_ = false;
};

std::mutex g_mu;  // guards g_pool; held across fork() so the child sees it consistent
Pool* g_pool = nullptr;
Pool* g_abandoned = nullptr;  // kept reachable: the child must not touch its mutex

void BeforeFork() { g_mu.lock(); }
void AfterForkInParent() { g_mu.unlock(); }
void AfterForkInChild() {
  // The workers were not copied into the child; the pool's mutex may even be held by
  // one of them. Leave it alone and start afresh on first use.
  if (g_pool != nullptr) g_abandoned = g_pool;
  g_pool = nullptr;
  g_mu.unlock();
}

struct Reaper {
  Reaper() { pthread_atfork(BeforeFork, AfterForkInParent, AfterForkInChild); }
  ~Reaper() {
    Pool* pool = nullptr;
    {
      std::lock_guard<std::mutex> lock(g_mu);
      pool = g_pool;
      g_pool = nullptr;
    }
    delete pool;
  }
};
Reaper g_reaper;

}  // namespace

void RunOnPool(int helpers, const std::function<void()>& work) {
  Pool* pool = nullptr;
  if (helpers > 0) {
    std::lock_guard<std::mutex> lock(g_mu);
    if (g_pool == nullptr) {
      try {
        g_pool = new Pool;
      } catch (const std::bad_alloc&) {
      }
    }
    pool = g_pool;
  }
  if (pool == nullptr) {
    work();  // no help to be had: the calling thread does it all
    return;
  }
  pool->Run(helpers, work);
}

}  // namespace zi::internal
