// The worker pool behind ParallelFor and ParallelForRanges (src/internal/parallel.hpp): every index
// runs exactly once for any thread count, an exception reaches the caller and leaves the
// pool usable, concurrent callers do not mix their work, and a child process after fork()
// gets a working pool.
#include "internal/parallel.hpp"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <numeric>
#include <stdexcept>
#include <thread>
#include <vector>

namespace zi::internal {
namespace {

std::vector<int> RunCounts(size_t n, int threads) {
  std::vector<std::atomic<int>> hits(n);
  ParallelFor(n, threads, [&](size_t i) { hits[i].fetch_add(1); });
  std::vector<int> out(n);
  for (size_t i = 0; i < n; ++i) out[i] = hits[i].load();
  return out;
}

TEST(ParallelTest, EveryIndexRunsExactlyOnce) {
  for (int threads : {1, 2, 3, 8, 300}) {
    for (size_t n : {size_t{0}, size_t{1}, size_t{5}, size_t{1000}}) {
      SCOPED_TRACE(testing::Message() << threads << " threads, n = " << n);
      EXPECT_EQ(RunCounts(n, threads), std::vector<int>(n, 1));
    }
  }
}

TEST(ParallelTest, RangesCoverEveryIndexExactlyOnce) {
  for (int threads : {1, 2, 5}) {
    for (size_t n : {size_t{0}, size_t{1}, size_t{7}, size_t{553}, size_t{10000}}) {
      for (size_t grain : {size_t{0}, size_t{1}, size_t{8}, size_t{1000}}) {
        SCOPED_TRACE(testing::Message() << threads << " threads, n = " << n << ", grain " << grain);
        std::vector<std::atomic<int>> hits(n);
        std::atomic<bool> bad_range{false};
        ParallelForRanges(n, threads, grain, [&](size_t begin, size_t end) {
          if (!(begin < end && end <= n)) bad_range = true;
          for (size_t i = begin; i < end; ++i) hits[i].fetch_add(1);
        });
        EXPECT_FALSE(bad_range.load());
        for (size_t i = 0; i < n; ++i) ASSERT_EQ(hits[i].load(), 1) << i;
      }
    }
  }
}

TEST(ParallelTest, RangesHandAnExceptionToTheCaller) {
  EXPECT_THROW(ParallelForRanges(10000, 2, 8,
                                 [&](size_t begin, size_t end) {
                                   if (begin <= 5000 && 5000 < end) throw std::runtime_error("x");
                                 }),
               std::runtime_error);
  EXPECT_EQ(RunCounts(100, 2), std::vector<int>(100, 1));
}

TEST(ParallelTest, ThreadCountZeroMeansEveryHardwareThread) {
  EXPECT_EQ(ThreadCount(3), 3);
  EXPECT_GE(ThreadCount(0), 1);
  EXPECT_EQ(ThreadCount(0), ThreadCount(-1));
}

TEST(ParallelTest, AnExceptionReachesTheCallerAndThePoolStaysUsable) {
  for (int round = 0; round < 3; ++round) {
    std::atomic<int> ran{0};
    EXPECT_THROW(ParallelFor(10000, 2,
                             [&](size_t i) {
                               ran.fetch_add(1);
                               if (i == 17) throw std::runtime_error("boom");
                             }),
                 std::runtime_error);
    // Indices already taken by another thread may still run; the throwing index ran.
    EXPECT_GE(ran.load(), 18);
    EXPECT_EQ(RunCounts(500, 2), std::vector<int>(500, 1));
  }
}

TEST(ParallelTest, OnOneThreadAnExceptionStopsAtOnce) {
  int ran = 0;
  EXPECT_THROW(ParallelFor(100, 1,
                           [&](size_t i) {
                             ++ran;
                             if (i == 17) throw std::runtime_error("boom");
                           }),
               std::runtime_error);
  EXPECT_EQ(ran, 18);
}

TEST(ParallelTest, ConcurrentCallersEachGetTheirOwnResult) {
  constexpr int kCallers = 4;
  std::vector<long long> sums(kCallers, 0);
  std::vector<std::thread> callers;
  for (int c = 0; c < kCallers; ++c) {
    callers.emplace_back([&, c] {
      for (int repeat = 0; repeat < 20; ++repeat) {
        std::vector<long long> v(2000, 0);
        ParallelFor(v.size(), 2, [&](size_t i) { v[i] = static_cast<long long>(i) * (c + 1); });
        sums[static_cast<size_t>(c)] += std::accumulate(v.begin(), v.end(), 0LL);
      }
    });
  }
  for (std::thread& t : callers) t.join();
  for (int c = 0; c < kCallers; ++c) {
    EXPECT_EQ(sums[static_cast<size_t>(c)], 20LL * (c + 1) * (1999LL * 2000 / 2)) << c;
  }
}

// Python's multiprocessing forks: the child has none of the parent's worker threads and
// must neither wait for them nor deadlock on their mutex.
TEST(ParallelTest, AChildProcessAfterForkGetsAWorkingPool) {
  ASSERT_EQ(RunCounts(1000, 2), std::vector<int>(1000, 1));  // the pool is running
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    alarm(30);  // a deadlock fails the test instead of hanging it
    const bool ok = RunCounts(1000, 2) == std::vector<int>(1000, 1) &&
                    RunCounts(50, 3) == std::vector<int>(50, 1);
    _exit(ok ? 0 : 1);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status)) << "the child was killed by signal " << WTERMSIG(status);
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_EQ(RunCounts(1000, 2), std::vector<int>(1000, 1));  // and the parent's still works
}

}  // namespace
}  // namespace zi::internal
