#!/usr/bin/env python3
"""Builds an LKE workbook in the layout circulated with PermenPANRB 90/2021 Lampiran III
(docs/lke-workbook.md) with openpyxl, a writer independent of libzi: sheets Utama, Ctt Eval
and LKE ZI, the item rows, the J answer types, the value formulas of column L including the
circulated defects (J8 `Ya`, L175 `AVERAGE(L176:L179)*2`), the typed LHKASN total K185, the
sheet protection with the answer cells unlocked except K169 and K185, and dropdown lists.

    make_workbook.py OUT.xlsx --answers ANSWERS.json [--corrected] [--set CELL=VALUE ...]
                     [--drop-sheet NAME] [--rubric R.json] [--layout L.json]

--set writes a raw value over a cell after filling ("K8=F", "K129=dua belas", "K185=99",
"K12==1+1" writes a formula). openpyxl stores formulas without cached values, so the file
must be recalculated (LibreOffice) before its column L can be compared.
"""
import argparse
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Protection
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def rubric_index(rubric):
    q, ratio, sub, hasil = {}, {}, {}, {}
    for area in rubric["pengungkit"]["areas"]:
        for half in ("pemenuhan", "reform"):
            for s in area[half]["subareas"]:
                sub[s["id"]] = dict(s, area=area["code"], half=half, area_weight=area[half]["weight"])
                for x in s["questions"]:
                    q[x["id"]] = dict(x, subarea=s["id"])
                for r in s.get("ratios", []):
                    ratio[r["id"]] = dict(r, subarea=s["id"])
            for p in area[half].get("parents", []):
                sub[p["id"]] = dict(p, area=area["code"], half=half, is_parent=True)
    for h in rubric["hasil"]["items"]:
        hasil[h["id"]] = h
    return q, ratio, sub, hasil


def answer_of(answers, qid):
    a = answers.get("answers", {}).get(qid)
    if isinstance(a, dict):
        return a.get("unit"), a.get("note", ""), a.get("evidence", "")
    return a, "", ""


def choice_if(k, options):
    f = ""
    for o in options[:-1]:
        f += 'IF(%s="%s",%s,' % (k, o["code"], repr(o["value"]) if o["value"] != int(o["value"]) else int(o["value"]))
    last = options[-1]["value"]
    f += str(int(last) if last == int(last) else last)
    return f + ")" * (len(options) - 1)


def build(args):
    rubric = load(args.rubric)
    layout = load(args.layout)
    answers = load(args.answers) if args.answers else {"answers": {}}
    q, ratio, sub, hasil = rubric_index(rubric)
    types = rubric["answer_types"]
    rows = layout["rows"]
    row_of = {r["id"]: r["row"] for r in rows if r["kind"] in ("question", "hasil_item")}
    by_kind = {}
    for r in rows:
        by_kind.setdefault(r["kind"], []).append(r)

    wb = Workbook()
    util = wb.active
    util.title = "Utama"
    for name in layout["sheets"][1:]:
        wb.create_sheet(name)
    ws = wb[layout["sheet"]]
    ctt = wb["Ctt Eval"] if "Ctt Eval" in wb.sheetnames else None
    ws["A1"] = layout["title"]
    for col, title in zip("ABHIJKLMOPQ", ["No", "Komponen", "Bobot", "Penjelasan", "Pilihan Jawaban", "Jawaban",
                                          "Nilai", "%", "Catatan", "Deskripsi Bukti Dukung", "Link Bukti Dukung"]):
        ws["%s%d" % (col, layout["header_row"])] = title
    unlocked = Protection(locked=False)
    locked_answers = set(layout.get("locked_answers", []))
    dv = {}
    choice_formula_parts = [(t["label"], t["options"]) for t in types.values() if t["kind"] == "choice"]

    def children(r):
        k = r["kind"]
        if k == "subarea":
            s = r["id"]
            out = [x["row"] for x in rows if x["kind"] == "ratio" and ratio[x["id"]]["subarea"] == s]
            out += [x["row"] for x in rows if x["kind"] == "question" and q[x["id"]]["subarea"] == s
                    and q[x["id"]]["type"] != "JUMLAH"]
            return sorted(out)
        if k == "parent":
            return [x["row"] for x in rows if x["kind"] == "subarea" and sub[x["id"]].get("parent") == r["id"]]
        if k == "area":
            out = []
            for x in rows:
                if x["kind"] == "subarea" and not sub[x["id"]].get("parent") or x["kind"] == "parent":
                    s = sub[x["id"]]
                    if s["area"] == r["area"] and s["half"] == r["half"]:
                        out.append(x["row"])
            return out
        if k == "half":
            return [x["row"] for x in rows if x["kind"] == "area" and x["half"] == r["half"]]
        if k == "pengungkit":
            return [x["row"] for x in rows if x["kind"] == "half"]
        if k == "hasil":
            return [x["row"] for x in rows if x["kind"] == "hasil_group"]
        if k == "hasil_group":
            return [x["row"] for x in rows if x["kind"] == "hasil_item" and hasil[x["id"]]["group"] == r["id"]]
        if k == "pengungkit_total":
            return [x["row"] for x in rows if x["kind"] == "pengungkit"]
        if k == "hasil_total":
            return [x["row"] for x in rows if x["kind"] == "hasil"]
        if k == "total":
            return [x["row"] for x in rows if x["kind"] in ("pengungkit_total", "hasil_total")]
        return []

    def refs(col, rs):
        return ",".join("%s%d" % (col, x) for x in rs)

    def counts(ids):
        rs = [row_of[i] for i in ids]
        return "K%d" % rs[0] if len(rs) == 1 else "SUM(%s)" % refs("K", rs)

    for n, r in enumerate(rows, 1):
        i = r["row"]
        ws["A%d" % i] = n
        k = r["kind"]
        if k == "question":
            x = q[r["id"]]
            t = types[x["type"]]
            ws["F%d" % i] = x["label"] if x["label"] == "-" else x["label"] + "."
            ws["G%d" % i] = x["text"]
            ws["J%d" % i] = t["label"]
            a, note, ev = answer_of(answers, r["id"])
            if a is not None:
                ws["K%d" % i] = a
            if t["kind"] == "choice":
                f = 'IF(K{0}="","",'.format(i)
                for label, opts in choice_formula_parts:
                    f += 'IF(J{0}="{1}",{2},'.format(i, label, choice_if("K%d" % i, opts))
                f += '""' + ")" * (len(choice_formula_parts) + 1)
                ws["L%d" % i] = "=" + f
                key = ",".join(o["code"] for o in t["options"])
                if key not in dv:
                    dv[key] = DataValidation(type="list", formula1='"%s"' % key, allow_blank=True)
                    ws.add_data_validation(dv[key])
                dv[key].add("K%d" % i)
            if note:
                ws["O%d" % i] = note
            if ev:
                if "\n" in ev:
                    ws["P%d" % i], ws["Q%d" % i] = ev.split("\n", 1)
                elif "://" in ev and " " not in ev:
                    ws["Q%d" % i] = ev
                else:
                    ws["P%d" % i] = ev
            if "K%d" % i not in locked_answers:
                ws["K%d" % i].protection = unlocked
        elif k == "ratio":
            x = ratio[r["id"]]
            ws["F%d" % i] = x["label"] if x["label"] == "-" else x["label"] + "."
            ws["G%d" % i] = x["text"]
            ws["J%d" % i] = "%"
            num = counts(x["numerator"])
            den = "K%d" % r["denominator_row"] if r.get("denominator_row") else counts(x["denominator"])
            if x["formula"] == "reduction":
                ws["K%d" % i] = "=IF({d}=0,IF({n}=0,1,0),({d}-{n})/{d})".format(d=den, n=num)
            else:
                ws["K%d" % i] = "=%s/%s" % (num, den)
            ws["L%d" % i] = "=MAX(0,MIN(1,K%d))" % i
        elif k in ("count_sum", "count_total"):
            first = q[r["questions"][0]]
            ws["G%d" % i] = first.get("heading", "")
            ws["J%d" % i] = "Jumlah"
            parts = [row_of[x] for x in r["questions"]]
            if k == "count_sum" or args.corrected:
                ws["K%d" % i] = "=SUM(%s)" % refs("K", parts)
            else:
                total = 0
                for x in r["questions"]:
                    a, _, _ = answer_of(answers, x)
                    total += a or 0
                ws["K%d" % i] = total
        elif k == "subarea":
            s = sub[r["id"]]
            ws["E%d" % i] = s.get("label", "") or ""
            ws["F%d" % i] = s["name"]
            ws["H%d" % i] = s["weight"]
            ws["L%d" % i] = "=AVERAGE(%s)*H%d" % (refs("L", children(r)), i)
        elif k == "parent":
            s = sub[r["id"]]
            ws["E%d" % i] = s["label"] + "."
            ws["F%d" % i] = s["name"]
            ws["H%d" % i] = s["weight"]
            ws["L%d" % i] = "=SUM(%s)" % refs("L", children(r))
        elif k == "hasil_item":
            h = hasil[r["id"]]
            t = types[h["type"]]
            ws["F%d" % i] = h["label"] + "."
            ws["G%d" % i] = h.get("text") or h["name"]
            ws["H%d" % i] = h["weight"]
            ws["J%d" % i] = t["label"]
            a, note, ev = answer_of(answers, r["id"])
            if a is not None:
                ws["K%d" % i] = a
            if t["kind"] == "choice":
                ws["L%d" % i] = '=IF(K{0}="",0,{1})*H{0}'.format(i, choice_if("K%d" % i, t["options"]))
            else:
                ws["L%d" % i] = "=K%d/%s*H%d" % (i, t["divisor"], i)
            if note:
                ws["O%d" % i] = note
            ws["K%d" % i].protection = unlocked
        elif k in ("pengungkit_total", "hasil_total"):
            ws["L%d" % i] = "=" + refs("L", children(r))
        else:
            if k == "area":
                ws["D%d" % i] = r["area"]
            ws["L%d" % i] = "=SUM(%s)" % refs("L", children(r))
        for col in "OPQ":
            ws["%s%d" % (col, i)].protection = unlocked
    if not args.corrected:
        for d in layout["defects"]:
            ws[d["cell"]] = d["circulated"]
    ws.protection.sheet = True
    ws.protection.password = "lke2021"
    s = layout["summary"]
    util[s["satker"]] = answers.get("satker", "")
    if answers.get("year"):
        util[s["year"]] = answers["year"]
    util[s["prior_wbk"]] = "Ya" if answers.get("prior_wbk") else "Tidak"
    if ctt is not None:
        ctt["A1"] = "Catatan Evaluasi"
        ctt["B3"] = "='LKE ZI'!L4"
        ctt["B4"] = "=#REF!*0.6"  # the leftover of an older layout
    for item in args.set or []:
        cell, value = item.split("=", 1)
        sheet = ws
        if "!" in cell:
            name, cell = cell.split("!", 1)
            sheet = wb[name]
        try:
            value = float(value) if not value.startswith("=") and "." in value else int(value)
        except ValueError:
            pass
        sheet[cell] = value
    for name in args.drop_sheet or []:
        del wb[name]
    wb.save(args.out)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--answers")
    p.add_argument("--corrected", action="store_true")
    p.add_argument("--set", action="append")
    p.add_argument("--drop-sheet", action="append")
    p.add_argument("--rubric", default=os.path.join(ROOT, "data/lke/permenpanrb-90-2021.json"))
    p.add_argument("--layout", default=os.path.join(ROOT, "data/lke/workbook-90-2021.json"))
    build(p.parse_args())


if __name__ == "__main__":
    main()
