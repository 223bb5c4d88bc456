/* A tiny assertion kit for the C tests of libzi_c (plain C99, no framework).
 *
 *   CHECK(cond)                 a condition
 *   CHECK_STATUS(expr, status)  a zi_status, printing zi_last_error_message on mismatch
 *   CHECK_STR(actual, expected) strings, NULL-aware
 *   RUN(test_fn)                runs a `static void test_fn(void)` and reports it
 *   CHECK_MAIN_END()            prints "N passed, M failed" and returns the exit code
 */
#ifndef ZI_TESTS_CAPI_CHECK_H
#define ZI_TESTS_CAPI_CHECK_H

#include <stdio.h>
#include <string.h>

#include "zi/zi.h"

static int check_failures = 0;
static int check_tests_passed = 0;
static int check_tests_failed = 0;

#define CHECK(cond)                                                              \
  do {                                                                           \
    if (!(cond)) {                                                               \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);   \
      ++check_failures;                                                          \
    }                                                                            \
  } while (0)

#define CHECK_STATUS(expr, expected)                                                    \
  do {                                                                                  \
    zi_status check_got_ = (expr);                                                      \
    zi_status check_want_ = (expected);                                                 \
    if (check_got_ != check_want_) {                                                    \
      fprintf(stderr, "%s:%d: %s returned %d (%s), expected %d (%s); message: %s\n",    \
              __FILE__, __LINE__, #expr, (int)check_got_, zi_status_str(check_got_),    \
              (int)check_want_, zi_status_str(check_want_), zi_last_error_message());   \
      ++check_failures;                                                                 \
    }                                                                                   \
  } while (0)

static int check_str_eq(const char *a, const char *b) {
  if (a == NULL || b == NULL) return a == b;
  return strcmp(a, b) == 0;
}

#define CHECK_STR(actual, expected)                                                   \
  do {                                                                                \
    const char *check_a_ = (actual);                                                  \
    const char *check_b_ = (expected);                                                \
    if (!check_str_eq(check_a_, check_b_)) {                                          \
      fprintf(stderr, "%s:%d: %s is \"%s\", expected \"%s\"\n", __FILE__, __LINE__,   \
              #actual, check_a_ ? check_a_ : "(NULL)", check_b_ ? check_b_ : "(NULL)"); \
      ++check_failures;                                                               \
    }                                                                                 \
  } while (0)

/* The message of the last failure contains `part`. */
#define CHECK_MESSAGE_HAS(part)                                                        \
  do {                                                                                 \
    if (strstr(zi_last_error_message(), (part)) == NULL) {                             \
      fprintf(stderr, "%s:%d: last error message \"%s\" lacks \"%s\"\n", __FILE__,     \
              __LINE__, zi_last_error_message(), (part));                              \
      ++check_failures;                                                                \
    }                                                                                  \
  } while (0)

#define RUN(test_fn)                                                  \
  do {                                                                \
    int check_before_ = check_failures;                               \
    test_fn();                                                        \
    if (check_failures == check_before_) {                            \
      ++check_tests_passed;                                           \
      printf("[ OK ] %s\n", #test_fn);                                \
    } else {                                                          \
      ++check_tests_failed;                                           \
      printf("[FAIL] %s\n", #test_fn);                                \
    }                                                                 \
  } while (0)

#define CHECK_MAIN_END()                                                     \
  do {                                                                       \
    printf("%d passed, %d failed\n", check_tests_passed, check_tests_failed); \
    return check_tests_failed == 0 ? 0 : 1;                                  \
  } while (0)

#endif /* ZI_TESTS_CAPI_CHECK_H */
