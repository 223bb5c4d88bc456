// Satker lookup (zi/plan/satker_registry.hpp: FindSatker, the query of `zi satker find` and
// of the decree importer's satker line). Never crashes; every result is a registry entry,
// in registry order, without repeats; a query that is a registry code finds exactly that
// entry; and the results, written by WriteSatkerListJson, are valid UTF-8 JSON text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_common.hpp"
#include "internal/utf8.hpp"
#include "zi/io/satker_json.hpp"
#include "zi/plan/satker_registry.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return -1;  // a query is a line of text
  const std::string_view query = zi_fuzz::Text(data, size);
  const std::span<const zi::Satker> all = zi::KpuSatker();
  const std::vector<const zi::Satker*> found = zi::FindSatker(query);
  for (size_t i = 0; i < found.size(); ++i) {
    zi_fuzz::Check(found[i] >= all.data() && found[i] < all.data() + all.size(),
                   "a satker found is a registry entry");
    zi_fuzz::Check(i == 0 || found[i - 1] < found[i], "satker are found in registry order, once");
  }
  if (const zi::Satker* s = zi::FindSatkerByCode(query)) {
    zi_fuzz::Check(found.size() == 1 && found[0] == s, "a code finds exactly its satker");
  }
  if (!zi::internal::FirstInvalidUtf8(query)) {
    const std::string json = zi::WriteSatkerListJson(found, query);
    zi_fuzz::Check(!zi::internal::FirstInvalidUtf8(json), "satker list JSON is valid UTF-8");
  }
  return 0;
}
