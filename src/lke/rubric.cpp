#include "zi/lke/rubric.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "internal/json_io.hpp"
#include "internal/lke_internal.hpp"
#include "internal/strings.hpp"

namespace zi {
inline namespace v1 {

namespace {

// What a Rubric holds: its data and the views Builder derives from it.
struct RubricState {
  RubricData data;
  std::vector<LkeSubareaRef> subareas;
  std::vector<LkeQuestionRef> questions;
  std::map<std::string, size_t, std::less<>> subarea_by_id, question_by_id;
  std::map<std::string, const LkeRatio*, std::less<>> ratio_by_id;
  internal::RubricIndex index;
};

}  // namespace

struct Rubric::Impl : RubricState {};

namespace {

using internal::Cat;
using internal::JoinPointer;
using internal::JsonError;

// Weight sums are compared with this tolerance: the data is written in decimals.
constexpr double kSumEpsilon = 1e-9;

// ---- validation ---------------------------------------------------------------------

// Checks a RubricData and builds the views of the state. Errors name the node's JSON pointer in the
// zi.lke-rubric/1 form (the model mirrors the file) and its id.
class Builder {
 public:
  explicit Builder(RubricState& impl) : impl_(impl), d_(impl.data) {}

  void Run() {
    if (d_.id.empty()) Fail("/id", "id rubrik tidak boleh kosong");
    CheckAnswerTypes();
    CheckPolicies();
    CheckPengungkit();
    CheckHasil();
    CheckPredicates();
    if (d_.total_weight &&
        !Close(*d_.total_weight, d_.pengungkit_weight + d_.hasil_weight)) {
      Fail("/total_weight", Cat("total_weight ", *d_.total_weight, " bukan pengungkit ",
                                d_.pengungkit_weight, " + hasil ", d_.hasil_weight));
    }
    BuildIndex();
  }

 private:
  [[noreturn]] static void Fail(const std::string& where, const std::string& what) {
    throw JsonError(where, what);
  }
  static bool Close(double a, double b) { return std::fabs(a - b) <= kSumEpsilon; }

  static std::string Named(const std::string& ptr, std::string_view id) {
    return id.empty() ? ptr : Cat(ptr, " (", id, ")");
  }

  void Weight(double w, const std::string& where) {
    if (!std::isfinite(w) || w < 0) Fail(where, Cat("bobot harus angka terhingga >= 0, tertulis ", w));
  }

  void ClaimId(const std::string& id, const std::string& where) {
    if (id.empty()) Fail(where, "id tidak boleh kosong");
    auto [it, fresh] = ids_.emplace(id, where);
    if (!fresh) Fail(where, Cat("id '", id, "' ganda (juga di ", it->second, ")"));
  }

  const AnswerType* Type(std::string_view name) const {
    for (const AnswerType& t : d_.answer_types) {
      if (t.name == name) return &t;
    }
    return nullptr;
  }

  void CheckAnswerTypes() {
    std::set<std::string> names;
    for (const AnswerType& t : d_.answer_types) {
      const std::string where = JoinPointer("/answer_types", t.name);
      if (t.name.empty()) Fail(where, "jenis jawaban memerlukan nama");
      if (!names.insert(t.name).second) Fail(where, Cat("jenis jawaban '", t.name, "' ganda"));
      switch (t.kind) {
        case AnswerKind::kChoice: {
          if (!t.scored) Fail(where, "jenis pilihan harus dinilai");
          if (t.options.empty()) Fail(where, "jenis pilihan memerlukan pilihan jawaban");
          std::set<std::string> codes;
          for (size_t i = 0; i < t.options.size(); ++i) {
            const AnswerOption& o = t.options[i];
            const std::string ow = JoinPointer(JoinPointer(where, "options"), i);
            if (o.code.empty()) Fail(ow, "kode pilihan tidak boleh kosong");
            if (!codes.insert(o.code).second) Fail(ow, Cat("kode pilihan '", o.code, "' ganda"));
            if (!std::isfinite(o.value) || o.value < 0 || o.value > 1) {
              Fail(ow, Cat("nilai pilihan harus dari 0 sampai 1, tertulis ", o.value));
            }
          }
          break;
        }
        case AnswerKind::kCount:
          if (t.scored) Fail(where, "jenis jumlah tidak dinilai (ia mengisi butir rasio)");
          if (!t.options.empty()) Fail(where, "jenis jumlah tidak memiliki pilihan");
          if (!std::isfinite(t.min) || t.min < 0 || std::floor(t.min) != t.min) {
            Fail(where, "min jenis jumlah harus bilangan bulat >= 0");
          }
          break;
        case AnswerKind::kNumber:
          if (!t.scored) Fail(where, "jenis angka harus dinilai");
          if (!t.options.empty()) Fail(where, "jenis angka tidak memiliki pilihan");
          if (!std::isfinite(t.min) || !std::isfinite(t.max) || !(t.min < t.max)) {
            Fail(where, "jenis angka memerlukan min < max yang terhingga");
          }
          if (!std::isfinite(t.divisor) || t.divisor <= 0) Fail(where, "divisor harus > 0");
          if (t.max / t.divisor > 1 + kSumEpsilon || t.min < 0) {
            Fail(where, "nilai jenis angka harus dalam [0, 1] (0 <= min, max / divisor <= 1)");
          }
          break;
      }
    }
  }

  void CheckPolicies() {
    if (d_.zero_denominator_allowed.empty()) return;
    bool found = false;
    for (ZeroDenominatorPolicy p : d_.zero_denominator_allowed) found |= p == d_.zero_denominator;
    if (!found) Fail("/zero_denominator/allowed", "harus memuat kebijakan bawaan");
  }

  // Options given on a question or hasil item must repeat the type's codes and values in
  // order; when left out they are taken from the type.
  void CheckOptions(std::vector<AnswerOption>& opts, const AnswerType& t, const std::string& where) {
    if (t.kind != AnswerKind::kChoice) {
      if (!opts.empty()) Fail(JoinPointer(where, "options"), Cat("jenis ", t.name, " tidak memiliki pilihan"));
      return;
    }
    if (opts.empty()) {
      opts = t.options;
      return;
    }
    bool same = opts.size() == t.options.size();
    for (size_t i = 0; same && i < opts.size(); ++i) {
      same = opts[i].code == t.options[i].code && opts[i].value == t.options[i].value;
    }
    if (!same) {
      std::vector<std::string> want;
      for (const AnswerOption& o : t.options) want.push_back(Cat(o.code, "=", o.value));
      Fail(JoinPointer(where, "options"),
           Cat("pilihan harus ", internal::Join(want, ", "), " seperti pada jenis ", t.name));
    }
  }

  void CheckPengungkit() {
    Weight(d_.pengungkit_weight, "/pengungkit/weight");
    if (d_.areas.empty()) Fail("/pengungkit/areas", "rubrik memerlukan paling sedikit satu area");
    std::set<std::string> codes;
    double sum = 0;
    for (size_t ai = 0; ai < d_.areas.size(); ++ai) {
      LkeArea& a = d_.areas[ai];
      const std::string where = Named(JoinPointer("/pengungkit/areas", ai), a.code);
      if (a.code.empty()) Fail(where, "kode area tidak boleh kosong");
      if (!codes.insert(a.code).second) Fail(where, Cat("kode area '", a.code, "' ganda"));
      Weight(a.weight, where);
      sum += a.weight;
      const std::string base = JoinPointer("/pengungkit/areas", ai);
      CheckHalf(a.pemenuhan, JoinPointer(base, "pemenuhan"));
      CheckHalf(a.reform, JoinPointer(base, "reform"));
      if (!Close(a.pemenuhan.weight + a.reform.weight, a.weight)) {
        Fail(where, Cat("pemenuhan ", a.pemenuhan.weight, " + reform ", a.reform.weight,
                        " bukan bobot area ", a.weight));
      }
    }
    if (!Close(sum, d_.pengungkit_weight)) {
      Fail("/pengungkit", Cat("jumlah bobot area ", sum, ", tetapi bobot pengungkit ",
                              d_.pengungkit_weight));
    }
  }

  void CheckHalf(LkeHalf& h, const std::string& where) {
    Weight(h.weight, JoinPointer(where, "weight"));
    std::map<std::string, double> parent_sum;
    for (size_t i = 0; i < h.parents.size(); ++i) {
      const LkeParent& p = h.parents[i];
      const std::string pw = Named(JoinPointer(JoinPointer(where, "parents"), i), p.id);
      ClaimId(p.id, pw);
      Weight(p.weight, pw);
      parent_sum[p.id] = 0;
    }
    double sum = 0;
    for (size_t si = 0; si < h.subareas.size(); ++si) {
      LkeSubarea& s = h.subareas[si];
      const std::string sw = JoinPointer(JoinPointer(where, "subareas"), si);
      ClaimId(s.id, Named(sw, s.id));
      Weight(s.weight, Named(sw, s.id));
      sum += s.weight;
      if (!s.parent.empty()) {
        auto it = parent_sum.find(s.parent);
        if (it == parent_sum.end()) {
          Fail(Named(sw, s.id), Cat("parent '", s.parent, "' tidak dideklarasikan di 'parents'"));
        }
        it->second += s.weight;
      }
      CheckSubarea(s, sw);
    }
    for (size_t i = 0; i < h.parents.size(); ++i) {
      const LkeParent& p = h.parents[i];
      if (!Close(parent_sum[p.id], p.weight)) {
        Fail(Named(JoinPointer(JoinPointer(where, "parents"), i), p.id),
             Cat("bobot ", p.weight, ", tetapi jumlah bagiannya ", parent_sum[p.id]));
      }
    }
    if (!Close(sum, h.weight)) {
      Fail(where, Cat("jumlah bobot sub-area ", sum, ", tetapi bobot separuhnya ", h.weight));
    }
  }

  void CheckSubarea(LkeSubarea& s, const std::string& where) {
    std::map<std::string, const LkeQuestion*> counts;
    int scored = 0;
    for (size_t qi = 0; qi < s.questions.size(); ++qi) {
      LkeQuestion& q = s.questions[qi];
      const std::string qw = JoinPointer(JoinPointer(where, "questions"), qi);
      ClaimId(q.id, Named(qw, q.id));
      const AnswerType* t = Type(q.type);
      if (!t) Fail(Named(JoinPointer(qw, "type"), q.id), Cat("jenis jawaban '", q.type, "' tidak dikenal"));
      CheckOptions(q.options, *t, Named(qw, q.id));
      if (t->kind == AnswerKind::kCount) {
        counts[q.id] = &q;
      } else {
        ++scored;
      }
    }
    for (size_t qi = 0; qi < s.questions.size(); ++qi) {
      const LkeQuestion& q = s.questions[qi];
      if (q.same_as.empty()) continue;
      const std::string qw = Named(JoinPointer(JoinPointer(where, "questions"), qi), q.id);
      if (!counts.count(q.id)) Fail(qw, "hanya isian JUMLAH yang boleh 'same_as' isian lain");
      if (q.same_as == q.id || !counts.count(q.same_as)) {
        Fail(qw, Cat("same_as '", q.same_as, "' bukan isian jumlah lain dari sub-area ", s.id));
      }
    }
    // same_as references may chain (a -> b -> c) but never come back: a cycle would leave
    // every count in it without a value of its own. Each chain is followed from each start.
    for (size_t qi = 0; qi < s.questions.size(); ++qi) {
      const LkeQuestion& q = s.questions[qi];
      if (q.same_as.empty()) continue;
      std::vector<std::string> chain = {q.id};
      const LkeQuestion* at = counts.at(q.same_as);
      while (at) {
        const auto seen = std::find(chain.begin(), chain.end(), at->id);
        if (seen != chain.end()) {
          if (seen != chain.begin()) break;  // a cycle further on: reported from its own start
          std::string path;
          for (const std::string& id : chain) path += Cat(id, " -> ");
          path += at->id;
          Fail(Named(JoinPointer(JoinPointer(where, "questions"), qi), q.id),
               Cat("rujukan same_as membentuk siklus: ", path));
        }
        chain.push_back(at->id);
        at = at->same_as.empty() ? nullptr : counts.at(at->same_as);
      }
    }
    const auto check_ids = [&](const std::vector<std::string>& ids, const std::string& w) {
      if (ids.empty()) Fail(w, "memerlukan paling sedikit satu isian jumlah");
      for (const std::string& id : ids) {
        if (!counts.count(id)) {
          Fail(w, Cat("'", id, "' bukan pertanyaan JUMLAH dari sub-area ", s.id));
        }
      }
    };
    for (size_t ri = 0; ri < s.ratios.size(); ++ri) {
      const LkeRatio& rt = s.ratios[ri];
      const std::string rw = JoinPointer(JoinPointer(where, "ratios"), ri);
      ClaimId(rt.id, Named(rw, rt.id));
      check_ids(rt.numerator, Named(JoinPointer(rw, "numerator"), rt.id));
      check_ids(rt.denominator, Named(JoinPointer(rw, "denominator"), rt.id));
      if (!std::isfinite(rt.cap) || rt.cap <= 0 || rt.cap > 1) {
        Fail(Named(JoinPointer(rw, "cap"), rt.id), "cap harus dalam (0, 1]");
      }
      std::set<std::string> alt_ids;
      for (size_t i = 0; i < rt.alternatives.size(); ++i) {
        const LkeRatioAlternative& alt = rt.alternatives[i];
        const std::string aw = Named(JoinPointer(JoinPointer(rw, "alternatives"), i), alt.id);
        if (alt.id.empty() || !alt_ids.insert(alt.id).second) {
          Fail(aw, "id alternatif tidak boleh kosong dan harus unik dalam rasio");
        }
        check_ids(alt.numerator, JoinPointer(aw, "numerator"));
        check_ids(alt.denominator, JoinPointer(aw, "denominator"));
      }
      ++scored;
    }
    // A sub-area's score is weight × mean over its scored items: it needs at least one.
    if (scored == 0) Fail(Named(where, s.id), "tidak memiliki pertanyaan atau butir rasio yang dinilai");
  }

  void CheckHasil() {
    Weight(d_.hasil_weight, "/hasil/weight");
    std::map<std::string, double> group_sum;
    double total = 0;
    for (size_t i = 0; i < d_.hasil_groups.size(); ++i) {
      const HasilGroup& g = d_.hasil_groups[i];
      const std::string w = Named(JoinPointer("/hasil/groups", i), g.id);
      ClaimId(g.id, w);
      Weight(g.weight, w);
      group_sum[g.id] = 0;
      total += g.weight;
    }
    for (size_t i = 0; i < d_.hasil_items.size(); ++i) {
      HasilItem& it = d_.hasil_items[i];
      const std::string w = Named(JoinPointer("/hasil/items", i), it.id);
      ClaimId(it.id, w);
      Weight(it.weight, w);
      auto g = group_sum.find(it.group);
      if (g == group_sum.end()) Fail(w, Cat("kelompok hasil '", it.group, "' tidak dikenal"));
      g->second += it.weight;
      const AnswerType* t = Type(it.type);
      if (!t) Fail(w, Cat("jenis jawaban '", it.type, "' tidak dikenal"));
      if (t->kind == AnswerKind::kCount) Fail(w, "butir hasil tidak boleh berupa isian JUMLAH");
      CheckOptions(it.options, *t, w);
    }
    for (size_t i = 0; i < d_.hasil_groups.size(); ++i) {
      const HasilGroup& g = d_.hasil_groups[i];
      if (!Close(group_sum[g.id], g.weight)) {
        Fail(Named(JoinPointer("/hasil/groups", i), g.id),
             Cat("bobot ", g.weight, ", tetapi jumlah butirnya ", group_sum[g.id]));
      }
    }
    if (!Close(total, d_.hasil_weight)) {
      Fail("/hasil", Cat("jumlah bobot kelompok ", total, ", tetapi bobot hasil ", d_.hasil_weight));
    }
  }

  void CheckPredicates() {
    for (size_t pi = 0; pi < d_.predicates.size(); ++pi) {
      LkePredicate& p = d_.predicates[pi];
      const std::string pw = Named(JoinPointer("/predicates", pi), p.id);
      ClaimId(p.id, pw);
    }
    for (size_t pi = 0; pi < d_.predicates.size(); ++pi) {
      LkePredicate& p = d_.predicates[pi];
      const std::string pw = Named(JoinPointer("/predicates", pi), p.id);
      if (!p.requires_prior.empty()) {
        // Answer sets carry one prior-predicate flag, prior_wbk.
        if (p.requires_prior != "wbk" || p.requires_prior == p.id) {
          Fail(JoinPointer(pw, "requires_prior"),
               Cat("requires_prior '", p.requires_prior, "': hanya \"wbk\" yang didukung"));
        }
        bool found = false;
        for (const LkePredicate& q : d_.predicates) found |= q.id == p.requires_prior;
        if (!found) Fail(JoinPointer(pw, "requires_prior"), "tidak menyebut predikat mana pun dari rubrik ini");
      }
      for (size_t ci = 0; ci < p.criteria.size(); ++ci) {
        LkeCriterion& c = p.criteria[ci];
        const std::string cw = Named(JoinPointer(JoinPointer("/predicates", pi), "criteria") +
                                         Cat("/", ci),
                                     c.id);
        ClaimId(c.id, cw);
        if (!std::isfinite(c.min) || c.min < 0) Fail(cw, "min harus angka terhingga >= 0");
        const std::string_view m = c.measure;
        if (m == "total") {
          c.kind = MeasureKind::kTotal;
        } else if (m == "pengungkit") {
          c.kind = MeasureKind::kPengungkit;
        } else if (m == "area_percent") {
          c.kind = MeasureKind::kAreaPercent;
          if (c.min > 1) Fail(cw, "min area_percent berupa pecahan (0.60), bukan persentase");
        } else if (m.starts_with("hasil_group:")) {
          c.kind = MeasureKind::kHasilGroup;
          c.target = std::string(m.substr(12));
          bool found = false;
          for (const HasilGroup& g : d_.hasil_groups) found |= g.id == c.target;
          if (!found) Fail(cw, Cat("kelompok hasil '", c.target, "' tidak dikenal"));
        } else if (m.starts_with("hasil_item:")) {
          c.kind = MeasureKind::kHasilItem;
          c.target = std::string(m.substr(11));
          const HasilItem* item = nullptr;
          for (const HasilItem& it : d_.hasil_items) {
            if (it.id == c.target) item = &it;
          }
          if (!item) Fail(cw, Cat("butir hasil '", c.target, "' tidak dikenal"));
          if (c.survey_score) {
            const AnswerType* t = Type(item->type);
            if (!t || t->kind != AnswerKind::kNumber) Fail(cw, "survey_score memerlukan butir angka");
            if (!Close(*c.survey_score / t->divisor * item->weight, c.min)) {
              Fail(cw, Cat("survey_score ", *c.survey_score, " bukan min ", c.min, " (",
                           *c.survey_score, " / ", t->divisor, " × ", item->weight, ")"));
            }
          }
        } else {
          Fail(cw, Cat("ukuran '", c.measure,
                       "' tidak dikenal (diharapkan total, pengungkit, area_percent, hasil_group:<id> atau "
                       "hasil_item:<id>)"));
        }
        if (c.survey_score && c.kind != MeasureKind::kHasilItem) {
          Fail(cw, "survey_score hanya untuk kriteria hasil_item");
        }
      }
    }
  }

  void BuildIndex() {
    internal::RubricIndex& x = impl_.index;
    for (LkeHalfKind half : {LkeHalfKind::kPemenuhan, LkeHalfKind::kReform}) {
      for (const LkeArea& a : d_.areas) {
        for (const LkeSubarea& s : a.half(half).subareas) {
          impl_.subarea_by_id[s.id] = impl_.subareas.size();
          impl_.subareas.push_back(LkeSubareaRef{&a, half, &s});
          for (const LkeQuestion& q : s.questions) {
            impl_.question_by_id[q.id] = impl_.questions.size();
            impl_.questions.push_back(LkeQuestionRef{&a, half, &s, &q, Type(q.type)});
          }
          for (const LkeRatio& rt : s.ratios) impl_.ratio_by_id[rt.id] = &rt;
        }
      }
    }
    for (size_t i = 0; i < impl_.questions.size(); ++i) {
      const LkeQuestionRef& q = impl_.questions[i];
      internal::RubricIndex::Item item;
      item.id = q.question->id;
      item.type = q.type;
      item.options = &q.question->options;
      item.sub = static_cast<int>(impl_.subarea_by_id.at(q.subarea->id));
      item.text = q.question->text;
      item.measured_by = q.question->measured_by;
      x.item_by_id[q.question->id] = static_cast<int>(x.items.size());
      x.items.push_back(item);
    }
    x.question_count = x.items.size();
    for (size_t i = 0; i < d_.hasil_items.size(); ++i) {
      const HasilItem& h = d_.hasil_items[i];
      internal::RubricIndex::Item item;
      item.id = h.id;
      item.type = Type(h.type);
      item.options = &h.options;
      item.hasil = static_cast<int>(i);
      item.text = h.text.empty() ? std::string_view(h.name) : std::string_view(h.text);
      item.measured_by = h.measured_by;
      x.item_by_id[h.id] = static_cast<int>(x.items.size());
      x.items.push_back(item);
    }
    for (size_t i = 0; i < impl_.questions.size(); ++i) {
      const LkeQuestion& q = *impl_.questions[i].question;
      if (!q.same_as.empty()) x.items[i].same_as = x.FindItem(q.same_as);
    }
    const auto ids = [&](const std::vector<std::string>& v) {
      std::vector<int> out;
      for (const std::string& id : v) out.push_back(x.FindItem(id));
      return out;
    };
    for (size_t si = 0; si < impl_.subareas.size(); ++si) {
      const LkeSubareaRef& ref = impl_.subareas[si];
      internal::RubricIndex::Sub sub;
      sub.ref = &ref;
      sub.area = static_cast<int>(ref.area - d_.areas.data());
      for (const LkeQuestion& q : ref.subarea->questions) {
        const int item = x.FindItem(q.id);
        if (x.items[static_cast<size_t>(item)].type->kind != AnswerKind::kCount) {
          sub.items.push_back(item);
        }
      }
      for (const LkeRatio& rt : ref.subarea->ratios) {
        internal::RubricIndex::Ratio r;
        r.ratio = &rt;
        r.sub = static_cast<int>(si);
        r.formulas.push_back({"", rt.formula, ids(rt.numerator), ids(rt.denominator)});
        for (const LkeRatioAlternative& alt : rt.alternatives) {
          r.formulas.push_back({alt.id, alt.formula, ids(alt.numerator), ids(alt.denominator)});
        }
        sub.ratios.push_back(static_cast<int>(x.ratios.size()));
        x.ratio_by_id[rt.id] = static_cast<int>(x.ratios.size());
        x.ratios.push_back(std::move(r));
      }
      x.subs.push_back(std::move(sub));
    }
  }

  RubricState& impl_;
  RubricData& d_;
  std::map<std::string, std::string> ids_;  // id → where first seen
};

}  // namespace

absl::StatusOr<Rubric> Rubric::Create(RubricData data) {
  auto impl = std::make_shared<Impl>();
  impl->data = std::move(data);
  try {
    Builder(*impl).Run();
  } catch (const JsonError& e) {
    return internal::ToStatus(e, "");
  }
  return Rubric(std::move(impl));
}

const RubricData& Rubric::data() const { return impl_->data; }
std::span<const LkeSubareaRef> Rubric::subareas() const { return impl_->subareas; }
std::span<const LkeQuestionRef> Rubric::questions() const { return impl_->questions; }

const LkeArea* Rubric::FindArea(std::string_view code) const {
  for (const LkeArea& a : impl_->data.areas) {
    if (a.code == code) return &a;
  }
  return nullptr;
}

const LkeSubareaRef* Rubric::FindSubarea(std::string_view id) const {
  auto it = impl_->subarea_by_id.find(id);
  return it == impl_->subarea_by_id.end() ? nullptr : &impl_->subareas[it->second];
}

const LkeQuestionRef* Rubric::FindQuestion(std::string_view id) const {
  auto it = impl_->question_by_id.find(id);
  return it == impl_->question_by_id.end() ? nullptr : &impl_->questions[it->second];
}

const LkeRatio* Rubric::FindRatio(std::string_view id) const {
  auto it = impl_->ratio_by_id.find(id);
  return it == impl_->ratio_by_id.end() ? nullptr : it->second;
}

const HasilGroup* Rubric::FindHasilGroup(std::string_view id) const {
  for (const HasilGroup& g : impl_->data.hasil_groups) {
    if (g.id == id) return &g;
  }
  return nullptr;
}

const HasilItem* Rubric::FindHasilItem(std::string_view id) const {
  for (const HasilItem& h : impl_->data.hasil_items) {
    if (h.id == id) return &h;
  }
  return nullptr;
}

const LkePredicate* Rubric::FindPredicate(std::string_view id) const {
  for (const LkePredicate& p : impl_->data.predicates) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

const AnswerType* Rubric::FindAnswerType(std::string_view name) const {
  for (const AnswerType& t : impl_->data.answer_types) {
    if (t.name == name) return &t;
  }
  return nullptr;
}

const AnswerType* Rubric::AnswerTypeOf(std::string_view id) const {
  const int i = impl_->index.FindItem(id);
  return i < 0 ? nullptr : impl_->index.items[static_cast<size_t>(i)].type;
}

std::optional<LkeMeasuredBy> Rubric::MeasuredBy(std::string_view id) const {
  const int i = impl_->index.FindItem(id);
  if (i < 0) return std::nullopt;
  return impl_->index.items[static_cast<size_t>(i)].measured_by;
}

std::string_view ToString(LkeMeasuredBy m) {
  switch (m) {
    case LkeMeasuredBy::kUnit: return "unit";
    case LkeMeasuredBy::kSurvey: return "survey";
    case LkeMeasuredBy::kExternal: return "external";
  }
  return "?";
}

std::optional<LkeMeasuredBy> ParseLkeMeasuredBy(std::string_view s) {
  if (s == "unit") return LkeMeasuredBy::kUnit;
  if (s == "survey") return LkeMeasuredBy::kSurvey;
  if (s == "external") return LkeMeasuredBy::kExternal;
  return std::nullopt;
}

std::string_view ToString(AnswerKind k) {
  switch (k) {
    case AnswerKind::kChoice: return "choice";
    case AnswerKind::kCount: return "count";
    case AnswerKind::kNumber: return "number";
  }
  return "?";
}

std::string_view ToString(RatioFormula f) {
  return f == RatioFormula::kRatio ? "ratio" : "reduction";
}

std::string_view ToString(LkeHalfKind h) {
  return h == LkeHalfKind::kPemenuhan ? "pemenuhan" : "reform";
}

std::string_view ToString(ZeroDenominatorPolicy p) {
  switch (p) {
    case ZeroDenominatorPolicy::kZeroOverZeroIsOne: return "zero_over_zero_is_one";
    case ZeroDenominatorPolicy::kZeroOverZeroIsZero: return "zero_over_zero_is_zero";
    case ZeroDenominatorPolicy::kZeroOverZeroIsUnanswered: return "zero_over_zero_is_unanswered";
  }
  return "?";
}

std::optional<ZeroDenominatorPolicy> ParseZeroDenominatorPolicy(std::string_view s) {
  if (s == "zero_over_zero_is_one") return ZeroDenominatorPolicy::kZeroOverZeroIsOne;
  if (s == "zero_over_zero_is_zero") return ZeroDenominatorPolicy::kZeroOverZeroIsZero;
  if (s == "zero_over_zero_is_unanswered") return ZeroDenominatorPolicy::kZeroOverZeroIsUnanswered;
  return std::nullopt;
}

const internal::RubricIndex& RubricInternals::Index(const Rubric& rubric) {
  return rubric.impl_->index;
}

}  // namespace v1
}  // namespace zi

