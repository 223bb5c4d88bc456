#!/usr/bin/env python3
"""Check an LKE rubric file (format "zi.lke-rubric/1") for consistency.

Usage:
    python3 scripts/check_rubric.py RUBRIC.json STRUCTURE.md

Both arguments are required. STRUCTURE.md is a Markdown transcription of the
regulation's LKE tree (docs/lke-rubric-format.md, "What the checker
verifies"); its sub-area table (weights, question counts, answer types) is
parsed from that file, not hard-coded here. The checker also recomputes the
worked example of docs/lke.md, "Worked example" (area Manajemen Perubahan),
from the rubric.

Exit status: 0 when every check passes, 1 when any check fails, 2 when a file
cannot be read or parsed. Standard library only.
"""

import json
import re
import sys

FORMAT = "zi.lke-rubric/1"
EPS = 1e-9

# The answer-type value table (docs/lke.md, "Scoring").
CHOICE_TYPES = {
    "YA_TIDAK": [("Ya", 1), ("Tidak", 0)],
    "ABC": [("A", 1), ("B", 0.5), ("C", 0)],
    "ABCD": [("A", 1), ("B", 0.67), ("C", 0.33), ("D", 0)],
    "ABCDE": [("A", 1), ("B", 0.75), ("C", 0.5), ("D", 0.25), ("E", 0)],
}
NUMBER_TYPES = {  # type -> (min, max, divisor)
    "SURVEY_0_4": (0, 4, 4),
    "PERCENT": (0, 100, 100),
}
KNOWN_TYPES = set(CHOICE_TYPES) | set(NUMBER_TYPES) | {"JUMLAH"}
STRUCTURE_TYPE_NAMES = {"0-4": "SURVEY_0_4"}

# Area codes, order and weights (Lampiran II Tabel 3); each split 50/50.
AREAS = [("MP", 8), ("TL", 7), ("SDM", 10), ("AK", 10), ("PW", 15), ("PP", 10)]
HALF_WEIGHT = 30
PENGUNGKIT_WEIGHT = 60
HASIL_WEIGHT = 40
TOTAL_WEIGHT = 100

# Predicate thresholds (docs/lke.md, "Predicates (WBK, WBBM)"): measure -> min.
THRESHOLDS = {
    "wbk": {
        "total": 75, "pengungkit": 40, "area_percent": 0.60,
        "hasil_group:birokrasi_bersih": 18.25, "hasil_item:H.IPAK": 15.75,
        "hasil_item:H.CAPAIAN": 2.50, "hasil_item:H.IPKP": 14.00,
    },
    "wbbm": {
        "total": 85, "pengungkit": 48, "area_percent": 0.75,
        "hasil_group:birokrasi_bersih": 19.50, "hasil_item:H.IPAK": 15.75,
        "hasil_item:H.CAPAIAN": 3.75, "hasil_item:H.IPKP": 15.75,
    },
}
PRIOR = {"wbk": None, "wbbm": "wbk"}

RATIO_FORMULAS = {"ratio", "reduction"}
ZERO_POLICIES = {"zero_over_zero_is_one", "zero_over_zero_is_zero", "zero_over_zero_is_unanswered"}

# Allowed fields per object kind: (required, optional).
FIELDS = {
    "top": ({"format", "id", "regulation", "answer_types", "zero_denominator", "pengungkit", "hasil", "predicates"},
            {"revision", "title", "source", "scoring", "total_weight"}),
    "regulation": ({"name", "year"}, {"amended_by"}),
    "answer_type": ({"label", "kind", "scored"}, {"options", "min", "max", "divisor"}),
    "type_option": ({"code", "value"}, set()),
    "scoring": (set(), {"subarea", "unanswered", "comparison", "rounding"}),
    "zero_denominator": ({"default"}, {"allowed", "nonzero_over_zero"}),
    "pengungkit": ({"weight", "areas"}, set()),
    "area": ({"code", "name", "weight", "pemenuhan", "reform"}, {"source", "note"}),
    "half": ({"weight", "subareas"}, {"parents"}),
    "parent": ({"id", "name", "weight"}, {"label", "source", "note"}),
    "subarea": ({"id", "name", "weight", "questions"}, {"label", "source", "note", "parent", "ratios"}),
    "question": ({"id", "text", "type"}, {"label", "heading", "same_as", "options", "note", "measured_by"}),
    "option": ({"code", "text", "value"}, {"note"}),
    "ratio": ({"id", "text", "formula", "numerator", "denominator", "cap"}, {"label", "explanation", "alternatives", "note"}),
    "alternative": ({"id", "numerator", "denominator"}, {"formula", "note"}),
    "hasil": ({"weight", "groups", "items"}, set()),
    "group": ({"id", "name", "weight"}, {"label", "source", "note"}),
    "item": ({"id", "name", "group", "weight", "type"},
             {"label", "text", "explanation", "options", "source", "note", "measured_by"}),
    "predicate": ({"id", "name", "requires_prior", "criteria"}, {"source", "note"}),
    "criterion": ({"id", "label", "measure", "min"}, {"survey_score", "source", "note"}),
}

ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
LETTERS = "abcdefghijklmnopqrstuvwxyz"


class RubricError(Exception):
    pass


def close(a, b, eps=EPS):
    return abs(a - b) <= eps


def norm_name(s):
    return " ".join(s.split()).casefold()


def is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


class Checker:
    def __init__(self, rubric, structure_path):
        self.r = rubric
        self.structure_path = structure_path
        self.errors = []
        self.ids = {}
        self.subareas = {}   # id -> sub-area object
        self.questions = {}  # id -> (question, sub-area id)
        self.info = []

    # -- helpers ---------------------------------------------------------
    def err(self, where, msg):
        self.errors.append("%s: %s" % (where, msg))

    def fields(self, obj, kind, where):
        if not isinstance(obj, dict):
            self.err(where, "expected an object")
            return False
        required, optional = FIELDS[kind]
        for k in sorted(required - set(obj)):
            self.err(where, "missing field '%s'" % k)
        for k in sorted(set(obj) - required - optional):
            self.err(where, "unknown field '%s'" % k)
        for k in ("name", "text", "label", "note", "source", "explanation", "heading"):
            if k in obj and not (isinstance(obj[k], str) and obj[k].strip()):
                self.err(where, "'%s' must be a non-empty string" % k)
        if "measured_by" in obj and obj["measured_by"] not in ("unit", "survey", "external"):
            self.err(where, "measured_by must be \"unit\", \"survey\" or \"external\"")
        return True

    def claim_id(self, ident, where):
        if not (isinstance(ident, str) and ident):
            self.err(where, "id must be a non-empty string")
            return
        if ident in self.ids:
            self.err(where, "duplicate id '%s' (also at %s)" % (ident, self.ids[ident]))
        else:
            self.ids[ident] = where

    def weight(self, obj, where):
        w = obj.get("weight")
        if not is_number(w) or w < 0:
            self.err(where, "weight must be a number >= 0")
            return 0.0
        return float(w)

    # -- checks ----------------------------------------------------------
    def run(self):
        r = self.r
        if not self.fields(r, "top", "rubric"):
            return
        if r.get("format") != FORMAT:
            self.err("format", "expected '%s', found %r" % (FORMAT, r.get("format")))
        if not (isinstance(r.get("id"), str) and r["id"]):
            self.err("id", "must be a non-empty string")
        self.fields(r.get("regulation"), "regulation", "regulation")
        if "total_weight" in r and r["total_weight"] != TOTAL_WEIGHT:
            self.err("total_weight", "expected %d" % TOTAL_WEIGHT)
        if "scoring" in r:
            self.fields(r["scoring"], "scoring", "scoring")
        self.check_answer_types()
        self.check_zero_denominator()
        self.check_pengungkit()
        self.check_hasil()
        self.check_predicates()
        self.check_structure()
        if not self.errors:
            self.check_scores()

    def check_answer_types(self):
        at = self.r.get("answer_types")
        if not isinstance(at, dict):
            self.err("answer_types", "expected an object keyed by type name")
            return
        for name in sorted(set(at) - KNOWN_TYPES):
            self.err("answer_types", "unknown answer type '%s'" % name)
        for name in sorted((set(CHOICE_TYPES) | {"JUMLAH", "SURVEY_0_4"}) - set(at)):
            self.err("answer_types", "missing answer type '%s'" % name)
        for name, t in at.items():
            where = "answer_types.%s" % name
            if name not in KNOWN_TYPES or not self.fields(t, "answer_type", where):
                continue
            if name in CHOICE_TYPES:
                if t.get("kind") != "choice" or t.get("scored") is not True:
                    self.err(where, "must be kind 'choice', scored true")
                opts = t.get("options")
                got = [(o.get("code"), o.get("value")) for o in opts] if isinstance(opts, list) else None
                if isinstance(opts, list):
                    for i, o in enumerate(opts):
                        self.fields(o, "type_option", "%s.options[%d]" % (where, i))
                if got != CHOICE_TYPES[name]:
                    self.err(where, "options must be %r, found %r" % (CHOICE_TYPES[name], got))
            elif name == "JUMLAH":
                if t.get("kind") != "count" or t.get("scored") is not False or t.get("min") != 0 or "options" in t:
                    self.err(where, "must be kind 'count', scored false, min 0, no options")
            else:
                lo, hi, div = NUMBER_TYPES[name]
                if (t.get("kind") != "number" or t.get("scored") is not True or t.get("min") != lo
                        or t.get("max") != hi or t.get("divisor") != div or "options" in t):
                    self.err(where, "must be kind 'number', scored true, min %s, max %s, divisor %s" % (lo, hi, div))

    def check_zero_denominator(self):
        z = self.r.get("zero_denominator")
        if not self.fields(z, "zero_denominator", "zero_denominator"):
            return
        if z.get("default") != "zero_over_zero_is_one":
            self.err("zero_denominator.default", "expected 'zero_over_zero_is_one'")
        for p in z.get("allowed", []):
            if p not in ZERO_POLICIES:
                self.err("zero_denominator.allowed", "unknown policy '%s'" % p)
        if "allowed" in z and z["default"] not in z["allowed"]:
            self.err("zero_denominator.allowed", "must contain the default")
        if z.get("nonzero_over_zero", "error") != "error":
            self.err("zero_denominator.nonzero_over_zero", "must be 'error'")

    def check_options(self, obj, qtype, where):
        if qtype in CHOICE_TYPES:
            opts = obj.get("options")
            if not isinstance(opts, list):
                self.err(where, "type %s needs 'options'" % qtype)
                return
            for i, o in enumerate(opts):
                self.fields(o, "option", "%s.options[%d]" % (where, i))
            got = [(o.get("code"), o.get("value")) for o in opts if isinstance(o, dict)]
            if got != CHOICE_TYPES[qtype]:
                self.err(where, "options (code, value) must be %r, found %r" % (CHOICE_TYPES[qtype], got))
        elif "options" in obj:
            self.err(where, "type %s takes no options" % qtype)

    def check_pengungkit(self):
        p = self.r.get("pengungkit")
        if not self.fields(p, "pengungkit", "pengungkit"):
            return
        if p.get("weight") != PENGUNGKIT_WEIGHT:
            self.err("pengungkit.weight", "expected %d" % PENGUNGKIT_WEIGHT)
        areas = p.get("areas")
        if not isinstance(areas, list):
            self.err("pengungkit.areas", "expected a list")
            return
        codes = [a.get("code") for a in areas if isinstance(a, dict)]
        if codes != [c for c, _ in AREAS]:
            self.err("pengungkit.areas", "area codes must be %r in that order, found %r" % ([c for c, _ in AREAS], codes))
        total = 0.0
        half_totals = {"pemenuhan": 0.0, "reform": 0.0}
        for a in areas:
            code = a.get("code") if isinstance(a, dict) else None
            where = "area %s" % code
            if not self.fields(a, "area", where):
                continue
            self.claim_id("area:%s" % code, where)
            aw = self.weight(a, where)
            total += aw
            expected = dict(AREAS).get(code)
            if expected is not None and not close(aw, expected):
                self.err(where, "weight must be %s, found %s" % (expected, aw))
            for half, prefix in (("pemenuhan", "P"), ("reform", "R")):
                hw = self.check_half(a.get(half), "%s.%s" % (where, half), "%s.%s" % (prefix, code))
                half_totals[half] += hw
                if not close(hw, aw / 2):
                    self.err("%s.%s" % (where, half), "weight %s must be half the area weight (%s)" % (hw, aw / 2))
        if not close(total, PENGUNGKIT_WEIGHT):
            self.err("pengungkit", "area weights sum to %s, expected %d" % (total, PENGUNGKIT_WEIGHT))
        for half, hw in half_totals.items():
            if not close(hw, HALF_WEIGHT):
                self.err("pengungkit", "%s weights sum to %s, expected %d" % (half, hw, HALF_WEIGHT))

    def check_half(self, h, where, prefix):
        if not self.fields(h, "half", where):
            return 0.0
        hw = self.weight(h, where)
        parents = {}
        for i, par in enumerate(h.get("parents", [])):
            pw = "%s.parents[%d]" % (where, i)
            if self.fields(par, "parent", pw):
                self.claim_id(par.get("id"), pw)
                parents[par.get("id")] = par
        subs = h.get("subareas")
        if not isinstance(subs, list) or not subs:
            self.err(where, "subareas must be a non-empty list")
            return hw
        total = 0.0
        child_sums = {pid: 0.0 for pid in parents}
        children = {pid: [] for pid in parents}
        top_index = 0
        seen_parents = []
        for s in subs:
            sid = s.get("id") if isinstance(s, dict) else None
            sw_where = "sub-area %s" % sid
            if not self.fields(s, "subarea", sw_where):
                continue
            self.claim_id(sid, sw_where)
            self.subareas[sid] = s
            sw = self.weight(s, sw_where)
            total += sw
            parent = s.get("parent")
            if parent is not None:
                if parent not in parents:
                    self.err(sw_where, "parent '%s' is not declared in 'parents'" % parent)
                    continue
                if parent not in seen_parents:
                    seen_parents.append(parent)
                    top_index += 1
                    if parent != "%s.%s" % (prefix, ROMAN[top_index - 1]):
                        self.err(sw_where, "parent id '%s' out of sequence, expected %s.%s" % (parent, prefix, ROMAN[top_index - 1]))
                children[parent].append(s)
                child_sums[parent] += sw
                expect = "%s.%s" % (parent, LETTERS[len(children[parent]) - 1])
            else:
                top_index += 1
                expect = "%s.%s" % (prefix, ROMAN[top_index - 1])
            if sid != expect:
                self.err(sw_where, "id out of sequence, expected %s" % expect)
            self.check_subarea(s, sw_where)
        for pid, par in parents.items():
            if not children[pid]:
                self.err("parent %s" % pid, "has no sub-areas")
            elif not close(child_sums[pid], float(par.get("weight", 0))):
                self.err("parent %s" % pid, "weight %s but its sub-areas sum to %s" % (par.get("weight"), child_sums[pid]))
        if not close(total, hw):
            self.err(where, "sub-area weights sum to %s, but the half's weight is %s" % (total, hw))
        return hw

    def check_subarea(self, s, where):
        sid = s["id"]
        qs = s.get("questions")
        if not isinstance(qs, list) or not qs:
            self.err(where, "questions must be a non-empty list")
            return
        jumlah = set()
        for i, q in enumerate(qs):
            qid = q.get("id") if isinstance(q, dict) else None
            qw = "question %s" % qid
            if not self.fields(q, "question", qw):
                continue
            self.claim_id(qid, qw)
            if qid != "%s.%s" % (sid, LETTERS[i]):
                self.err(qw, "id out of sequence, expected %s.%s" % (sid, LETTERS[i]))
            self.questions[qid] = (q, sid)
            qtype = q.get("type")
            if qtype not in KNOWN_TYPES or qtype not in self.r.get("answer_types", {}):
                self.err(qw, "unknown type %r" % qtype)
                continue
            if qtype == "JUMLAH":
                jumlah.add(qid)
            self.check_options(q, qtype, qw)
        for q in qs:
            if isinstance(q, dict) and "same_as" in q:
                if q["same_as"] not in jumlah or q["same_as"] == q.get("id") or q.get("type") != "JUMLAH":
                    self.err("question %s" % q.get("id"), "same_as must name another JUMLAH question of the same sub-area")
        ratios = s.get("ratios", [])
        if not isinstance(ratios, list):
            self.err(where, "ratios must be a list")
            return
        if jumlah and not ratios:
            self.err(where, "has JUMLAH inputs but no ratio items")
        if ratios and not jumlah:
            self.err(where, "has ratio items but no JUMLAH inputs")
        for j, rt in enumerate(ratios):
            rid = rt.get("id") if isinstance(rt, dict) else None
            rw = "ratio %s" % rid
            if not self.fields(rt, "ratio", rw):
                continue
            self.claim_id(rid, rw)
            if rid != "%s.r%d" % (sid, j + 1):
                self.err(rw, "id out of sequence, expected %s.r%d" % (sid, j + 1))
            if rt.get("cap") != 1:
                self.err(rw, "cap must be 1")
            self.check_ratio_refs(rt, jumlah, rw)
            alt_ids = set()
            for k, alt in enumerate(rt.get("alternatives", [])):
                aw = "%s.alternatives[%d]" % (rw, k)
                if not self.fields(alt, "alternative", aw):
                    continue
                if alt.get("id") in alt_ids or not isinstance(alt.get("id"), str):
                    self.err(aw, "alternative ids must be unique strings within the ratio")
                alt_ids.add(alt.get("id"))
                alt = dict(alt)
                alt.setdefault("formula", rt.get("formula"))
                self.check_ratio_refs(alt, jumlah, aw)

    def check_ratio_refs(self, rt, jumlah, where):
        if rt.get("formula") not in RATIO_FORMULAS:
            self.err(where, "formula must be one of %s" % sorted(RATIO_FORMULAS))
        for side in ("numerator", "denominator"):
            refs = rt.get(side)
            if not isinstance(refs, list) or not refs:
                self.err(where, "%s must be a non-empty list of question ids" % side)
                continue
            for ref in refs:
                if ref not in jumlah:
                    self.err(where, "%s references '%s', which is not a JUMLAH question of this sub-area" % (side, ref))
            if len(set(refs)) != len(refs):
                self.err(where, "%s repeats a question id" % side)

    def check_hasil(self):
        h = self.r.get("hasil")
        if not self.fields(h, "hasil", "hasil"):
            return
        if h.get("weight") != HASIL_WEIGHT:
            self.err("hasil.weight", "expected %d" % HASIL_WEIGHT)
        groups = {}
        for i, g in enumerate(h.get("groups", [])):
            gw = "hasil.groups[%d]" % i
            if self.fields(g, "group", gw):
                self.claim_id(g.get("id"), gw)
                groups[g.get("id")] = g
        gsum = {gid: 0.0 for gid in groups}
        isum = 0.0
        for i, it in enumerate(h.get("items", [])):
            iw = "hasil item %s" % (it.get("id") if isinstance(it, dict) else i)
            if not self.fields(it, "item", iw):
                continue
            self.claim_id(it.get("id"), iw)
            w = self.weight(it, iw)
            isum += w
            if it.get("group") not in groups:
                self.err(iw, "unknown group %r" % it.get("group"))
            else:
                gsum[it["group"]] += w
            t = it.get("type")
            if t not in KNOWN_TYPES or t == "JUMLAH" or t not in self.r.get("answer_types", {}):
                self.err(iw, "type %r is not a known scored type" % t)
            else:
                self.check_options(it, t, iw)
        tot = 0.0
        for gid, g in groups.items():
            gw = self.weight(g, "hasil group %s" % gid)
            tot += gw
            if not close(gw, gsum[gid]):
                self.err("hasil group %s" % gid, "weight %s but its items sum to %s" % (gw, gsum[gid]))
        if not close(tot, HASIL_WEIGHT) or not close(isum, HASIL_WEIGHT):
            self.err("hasil", "groups sum to %s and items to %s, expected %d" % (tot, isum, HASIL_WEIGHT))
        if not close(PENGUNGKIT_WEIGHT + tot, TOTAL_WEIGHT):
            self.err("rubric", "pengungkit + hasil must be %d" % TOTAL_WEIGHT)

    def check_predicates(self):
        preds = self.r.get("predicates")
        if not isinstance(preds, list):
            self.err("predicates", "expected a list")
            return
        found = {}
        for i, p in enumerate(preds):
            pw = "predicates[%d]" % i
            if not self.fields(p, "predicate", pw):
                continue
            self.claim_id(p.get("id"), pw)
            found[p.get("id")] = p
        if sorted(found) != sorted(THRESHOLDS):
            self.err("predicates", "expected predicates %s, found %s" % (sorted(THRESHOLDS), sorted(found)))
        hasil = self.r.get("hasil", {})
        groups = {g.get("id") for g in hasil.get("groups", []) if isinstance(g, dict)}
        items = {it.get("id"): it for it in hasil.get("items", []) if isinstance(it, dict)}
        for pid, p in found.items():
            if pid not in THRESHOLDS:
                continue
            if p.get("requires_prior") != PRIOR[pid]:
                self.err("predicate %s" % pid, "requires_prior must be %r" % PRIOR[pid])
            seen = {}
            for j, c in enumerate(p.get("criteria", [])):
                cw = "predicate %s criterion %d" % (pid, j)
                if not self.fields(c, "criterion", cw):
                    continue
                self.claim_id(c.get("id"), cw)
                m = c.get("measure")
                valid = m in ("total", "pengungkit", "area_percent")
                if isinstance(m, str) and m.startswith("hasil_group:"):
                    valid = m.split(":", 1)[1] in groups
                if isinstance(m, str) and m.startswith("hasil_item:"):
                    valid = m.split(":", 1)[1] in items
                if not valid:
                    self.err(cw, "unknown measure %r" % m)
                    continue
                if m in seen:
                    self.err(cw, "measure %s appears twice" % m)
                if not is_number(c.get("min")):
                    self.err(cw, "min must be a number")
                    continue
                seen[m] = c["min"]
                if "survey_score" in c:
                    it = items.get(m.split(":", 1)[1]) if m.startswith("hasil_item:") else None
                    if it is None or it.get("type") != "SURVEY_0_4":
                        self.err(cw, "survey_score only applies to a SURVEY_0_4 item")
                    elif not close(c["survey_score"] / 4 * it["weight"], c["min"], 1e-6):
                        self.err(cw, "survey_score %s does not match min %s" % (c["survey_score"], c["min"]))
            want = THRESHOLDS[pid]
            for m in sorted(set(want) | set(seen)):
                if m not in seen:
                    self.err("predicate %s" % pid, "missing criterion for %s (min %s)" % (m, want[m]))
                elif m not in want:
                    self.err("predicate %s" % pid, "unexpected criterion %s" % m)
                elif not close(float(seen[m]), float(want[m])):
                    self.err("predicate %s" % pid, "%s min must be %s, found %s" % (m, want[m], seen[m]))

    # -- lke-structure.md ------------------------------------------------
    def check_structure(self):
        try:
            with open(self.structure_path, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            raise RubricError("cannot read %s: %s" % (self.structure_path, e))
        st = parse_structure(text)
        src = "lke-structure.md"
        r = self.r
        p = r.get("pengungkit", {})
        if not close(float(p.get("weight", -1)), st["pengungkit"]):
            self.err(src, "pengungkit weight %s, rubric %s" % (st["pengungkit"], p.get("weight")))
        if not close(float(r.get("hasil", {}).get("weight", -1)), st["hasil"]):
            self.err(src, "hasil weight %s, rubric %s" % (st["hasil"], r.get("hasil", {}).get("weight")))
        areas = p.get("areas", [])
        for half, key in (("PEMENUHAN", "pemenuhan"), ("REFORM", "reform")):
            sh = st["halves"].get(half)
            if sh is None:
                self.err(src, "no %s section" % half)
                continue
            hsum = sum(float(a.get(key, {}).get("weight", 0)) for a in areas)
            if not close(sh["weight"], hsum):
                self.err(src, "%s weight %s, rubric %s" % (half, sh["weight"], hsum))
            if len(sh["areas"]) != len(areas):
                self.err(src, "%s has %d areas, rubric %d" % (half, len(sh["areas"]), len(areas)))
            for sa, a in zip(sh["areas"], areas):
                where = "%s %s area %s" % (src, half, a.get("code"))
                if norm_name(sa["name"]) != norm_name(a.get("name", "")):
                    self.err(where, "area name %r, rubric %r" % (sa["name"], a.get("name")))
                rh = a.get(key, {})
                if not close(sa["weight"], float(rh.get("weight", -1))):
                    self.err(where, "weight %s, rubric %s" % (sa["weight"], rh.get("weight")))
                self.compare_subareas(sa["subs"], top_level(rh), where)
        groups = r.get("hasil", {}).get("groups", [])
        items = r.get("hasil", {}).get("items", [])
        if len(st["hasil_groups"]) != len(groups):
            self.err(src, "%d hasil groups, rubric %d" % (len(st["hasil_groups"]), len(groups)))
        for sg, g in zip(st["hasil_groups"], groups):
            where = "%s hasil group %s" % (src, g.get("id"))
            if norm_name(sg["name"]) != norm_name(g.get("name", "")):
                self.err(where, "name %r, rubric %r" % (sg["name"], g.get("name")))
            if not close(sg["weight"], float(g.get("weight", -1))):
                self.err(where, "weight %s, rubric %s" % (sg["weight"], g.get("weight")))
            got = [it.get("type") for it in items if it.get("group") == g.get("id")]
            if got != sg["types"] or len(got) != sg["n"]:
                self.err(where, "types %s, rubric %s" % (sg["types"], got))

    def compare_subareas(self, ssubs, rsubs, where):
        if len(ssubs) != len(rsubs):
            self.err(where, "%d sub-areas, rubric %d" % (len(ssubs), len(rsubs)))
        for ss, (rs, children) in zip(ssubs, rsubs):
            w = "%s sub-area %s" % (where, rs.get("id"))
            if rs.get("id", "").split(".")[-1] != ss["label"]:
                self.err(w, "numbered %s in lke-structure.md" % ss["label"])
            if not close(ss["weight"], float(rs.get("weight", -1))):
                self.err(w, "weight %s, rubric %s" % (ss["weight"], rs.get("weight")))
            if norm_name(ss["name"]) != norm_name(rs.get("name", "")) and "note" not in rs:
                self.err(w, "name %r differs from lke-structure.md %r and has no note" % (rs.get("name"), ss["name"]))
            if ss["parts"]:
                if children is None:
                    self.err(w, "lke-structure.md splits it into %d parts; rubric has none" % len(ss["parts"]))
                    continue
                self.compare_subareas(ss["parts"], [(c, None) for c in children], w)
                continue
            if children is not None:
                self.err(w, "rubric splits it into parts; lke-structure.md does not")
                continue
            got = [q.get("type") for q in rs.get("questions", [])]
            if len(got) != ss["n"] or got != ss["types"]:
                self.err(w, "question types %s (n=%d) in lke-structure.md, rubric %s (n=%d)"
                         % (",".join(ss["types"]), ss["n"], ",".join(map(str, got)), len(got)))

    # -- scoring ---------------------------------------------------------
    def check_scores(self):
        s = Scorer(self.r)
        # Worked example, docs/lke.md "Worked example" (area MP).
        answers = {
            "P.MP.i.a": "Ya", "P.MP.i.b": "B",
            "P.MP.ii.a": "Ya", "P.MP.ii.b": "A", "P.MP.ii.c": "B",
            "P.MP.iii.a": "A", "P.MP.iii.b": "B", "P.MP.iii.c": "C",
            "P.MP.iv.a": "Ya", "P.MP.iv.b": "A", "P.MP.iv.c": "B", "P.MP.iv.d": "B",
            # 8 changes / 10 agents; 6 integrated / 8 changes.
            "R.MP.i.a": 10, "R.MP.i.b": 8, "R.MP.i.c": 8, "R.MP.i.d": 6,
            "R.MP.ii.a": "B", "R.MP.iii.a": "B",
        }
        for qid in answers:
            if qid not in self.questions:
                self.err("worked example", "question %s does not exist" % qid)
                return
        pem, ref = s.area(self.area("MP"), answers)
        mp = pem + ref
        self.example = (pem, ref, mp)
        for label, got, want in (("pemenuhan MP", pem, 3.0637), ("reform MP", ref, 2.97), ("area MP", mp, 6.0337)):
            # "to 4 decimals": the exact value 6.03375 sits on a rounding tie, so compare within half a unit.
            if abs(got - want) > 0.5e-4 + 1e-9:
                self.err("worked example", "%s = %.6f, expected %.4f" % (label, got, want))
        # Every best answer scores 100; every worst answer scores 0.
        best, worst = s.extreme_answers()
        for label, ans, want in (("all-best answers", best, TOTAL_WEIGHT), ("all-worst answers", worst, 0)):
            total = s.total(ans)
            if not close(total, want, 1e-6):
                self.err(label, "total %.6f, expected %s" % (total, want))
        self.extremes = (s.total(best), s.total(worst))

    def area(self, code):
        for a in self.r["pengungkit"]["areas"]:
            if a["code"] == code:
                return a
        raise RubricError("no area %s" % code)

    # -- summary ---------------------------------------------------------
    def summary(self):
        lines = []
        for key in ("pemenuhan", "reform"):
            subs = [s for a in self.r["pengungkit"]["areas"] for s in a[key]["subareas"]]
            qs = [q for s in subs for q in s["questions"]]
            j = sum(1 for q in qs if q["type"] == "JUMLAH")
            rt = sum(len(s.get("ratios", [])) for s in subs)
            lines.append("  %-9s %2d sub-areas, %3d questions (%d JUMLAH), %d ratios, %d scored items, weight %g"
                         % (key, len(subs), len(qs), j, rt, len(qs) - j + rt,
                            sum(a[key]["weight"] for a in self.r["pengungkit"]["areas"])))
        h = self.r["hasil"]
        lines.append("  hasil     %2d groups, %d items, weight %g" % (len(h["groups"]), len(h["items"]), h["weight"]))
        pem, ref, mp = self.example
        lines.append("  worked example MP: pemenuhan %.5f + reform %.5f = %.5f (%.2f%% of 8) ~ 6.0337"
                     % (pem, ref, mp, mp / 8 * 100))
        lines.append("  all-best total %g, all-worst total %g; %d ids" % (self.extremes[0], self.extremes[1], len(self.ids)))
        return "\n".join(lines)


def top_level(half):
    """Sub-areas of a half in order, grouping parts under their parent: [(node, children|None)]."""
    parents = {p["id"]: p for p in half.get("parents", []) if isinstance(p, dict)}
    out, seen = [], {}
    for s in half.get("subareas", []):
        pid = s.get("parent")
        if pid is None:
            out.append((s, None))
        elif pid in seen:
            seen[pid].append(s)
        else:
            seen[pid] = [s]
            out.append((parents.get(pid, {"id": pid}), seen[pid]))
    return out


def parse_structure(text):
    """Parse the fenced tree of lke-structure.md."""
    m = re.search(r"```\n(.*?)```", text, re.S)
    if not m:
        raise RubricError("lke-structure.md: no fenced structure block")
    st = {"pengungkit": None, "hasil": None, "halves": {}, "hasil_groups": []}
    section = half = area = sub = None
    sub_indent = None
    for line in m.group(1).splitlines():
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        body = line.strip()
        mm = re.match(r"^([AB])\. (PENGUNGKIT|HASIL)\s+weight=([\d.]+)$", body)
        if mm:
            section = mm.group(2)
            st["pengungkit" if section == "PENGUNGKIT" else "hasil"] = float(mm.group(3))
            continue
        if section == "HASIL":
            mm = re.match(r"^(I|II)\. (.+?)\s+weight=([\d.]+)\s+questions=(\d+)\s+types=(\S+)$", body)
            if not mm:
                raise RubricError("lke-structure.md: cannot parse hasil line %r" % line)
            st["hasil_groups"].append({"label": mm.group(1), "name": mm.group(2), "weight": float(mm.group(3)),
                                       "n": int(mm.group(4)), "types": type_list(mm.group(5))})
            continue
        mm = re.match(r"^(I|II)\. (PEMENUHAN|REFORM)\s+weight=([\d.]+)$", body)
        if mm and section == "PENGUNGKIT":
            half = {"weight": float(mm.group(3)), "areas": []}
            st["halves"][mm.group(2)] = half
            continue
        mm = re.match(r"^(\d+)\. (.+?)\s+weight=([\d.]+)$", body)
        if mm and half is not None:
            area = {"num": int(mm.group(1)), "name": mm.group(2), "weight": float(mm.group(3)), "subs": []}
            half["areas"].append(area)
            sub = sub_indent = None
            continue
        mm = re.match(r"^([a-z]+)\. (.+?)\s+weight=([\d.]+)(?:\s+questions=(\d+)\s+types=(\S+))?$", body)
        if mm and area is not None:
            node = {"label": mm.group(1), "name": mm.group(2), "weight": float(mm.group(3)),
                    "n": int(mm.group(4)) if mm.group(4) else None,
                    "types": type_list(mm.group(5)) if mm.group(5) else None, "parts": []}
            if sub is not None and indent > sub_indent:
                sub["parts"].append(node)
            else:
                sub, sub_indent = node, indent
                area["subs"].append(node)
            if node["n"] is None and indent <= sub_indent:
                pass  # a parent sub-area; its parts follow
            elif node["n"] is None:
                raise RubricError("lke-structure.md: part without questions: %r" % line)
            continue
        raise RubricError("lke-structure.md: cannot parse line %r" % line)
    for name, hv in st["halves"].items():
        for a in hv["areas"]:
            for s in a["subs"]:
                if s["n"] is None and not s["parts"]:
                    raise RubricError("lke-structure.md: %s %s has neither questions nor parts" % (name, s["name"]))
    if st["pengungkit"] is None or st["hasil"] is None or set(st["halves"]) != {"PEMENUHAN", "REFORM"}:
        raise RubricError("lke-structure.md: incomplete structure block")
    return st


def type_list(s):
    return [STRUCTURE_TYPE_NAMES.get(t, t) for t in s.split(",")]


class Scorer:
    """Reference scoring per docs/lke.md, "Scoring" (unanswered = 0, 0/0 = 1)."""

    def __init__(self, rubric):
        self.r = rubric
        self.types = rubric["answer_types"]

    def value(self, qtype, answer):
        if answer is None:
            return 0.0
        t = self.types[qtype]
        if t["kind"] == "choice":
            for o in t["options"]:
                if o["code"] == answer:
                    return float(o["value"])
            raise RubricError("answer %r is not an option of %s" % (answer, qtype))
        if t["kind"] == "number":
            if not (t["min"] <= answer <= t["max"]):
                raise RubricError("answer %r outside %s..%s" % (answer, t["min"], t["max"]))
            return answer / t["divisor"]
        raise RubricError("type %s is not scored" % qtype)

    def ratio(self, rt, answers):
        refs = rt["numerator"] + rt["denominator"]
        if any(answers.get(q) is None for q in refs):
            return 0.0  # unanswered
        n = float(sum(answers[q] for q in rt["numerator"]))
        d = float(sum(answers[q] for q in rt["denominator"]))
        if d == 0:
            if n == 0:
                return 1.0  # zero_over_zero_is_one
            if rt["formula"] == "reduction":
                return 0.0  # none last year, some this year: a rise, clamped to 0
            raise RubricError("%s: %g/0" % (rt["id"], n))
        v = n / d if rt["formula"] == "ratio" else (d - n) / d
        return max(0.0, min(float(rt["cap"]), v))

    def subarea(self, s, answers):
        vals = [self.value(q["type"], answers.get(q["id"])) for q in s["questions"] if q["type"] != "JUMLAH"]
        vals += [self.ratio(rt, answers) for rt in s.get("ratios", [])]
        return s["weight"] * sum(vals) / len(vals)

    def area(self, a, answers):
        return tuple(sum(self.subarea(s, answers) for s in a[k]["subareas"]) for k in ("pemenuhan", "reform"))

    def total(self, answers):
        t = sum(sum(self.area(a, answers)) for a in self.r["pengungkit"]["areas"])
        for it in self.r["hasil"]["items"]:
            t += it["weight"] * self.value(it["type"], answers.get(it["id"]))
        return t

    def extreme_answers(self):
        best, worst = {}, {}
        subs = [s for a in self.r["pengungkit"]["areas"] for k in ("pemenuhan", "reform") for s in a[k]["subareas"]]
        qs = [q for s in subs for q in s["questions"]] + self.r["hasil"]["items"]
        for q in qs:
            t = self.types[q["type"]]
            if t["kind"] == "choice":
                best[q["id"]] = max(t["options"], key=lambda o: o["value"])["code"]
                worst[q["id"]] = min(t["options"], key=lambda o: o["value"])["code"]
            elif t["kind"] == "number":
                best[q["id"]], worst[q["id"]] = t["max"], t["min"]
        for s in subs:
            for rt in s.get("ratios", []):
                # Denominator inputs 1 each; the numerator is either all of it or nothing.
                for q in rt["denominator"]:
                    best[q] = worst[q] = 1
                full = len(rt["denominator"])
                for i, q in enumerate(rt["numerator"]):
                    n = full if i == 0 else 0
                    if rt["formula"] == "ratio":
                        best[q], worst[q] = n, 0
                    else:
                        best[q], worst[q] = 0, n
        return best, worst


def main(argv):
    if len(argv) != 3:
        print("usage: " + __doc__.strip().splitlines()[3].strip(), file=sys.stderr)
        return 2
    path = argv[1]
    structure = argv[2]
    try:
        with open(path, encoding="utf-8") as f:
            rubric = json.load(f)
    except (OSError, ValueError) as e:
        print("error: cannot load %s: %s" % (path, e), file=sys.stderr)
        return 2
    c = Checker(rubric, structure)
    try:
        c.run()
    except RubricError as e:
        print("error: %s" % e, file=sys.stderr)
        return 2
    if c.errors:
        for e in c.errors:
            print("FAIL %s" % e)
        print("%d problem(s) in %s" % (len(c.errors), path))
        return 1
    print("OK %s (%s, %s revision %s) agrees with %s" % (path, rubric["format"], rubric["id"],
                                                       rubric.get("revision", "-"), structure))
    print(c.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
