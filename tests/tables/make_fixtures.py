#!/usr/bin/env python3
"""Test fixtures for tests/table_test.cpp and tests/table_writer_test.cpp, made at test
time by real writers: openpyxl (XLSX), LibreOffice headless (XLSX re-saved, and CSV as
Calc exports it), and byte-exact CSV files shaped like Excel's exports.

  make_fixtures.py xlsx OUTDIR     openpyxl.xlsx, several.xlsx, bad_sst.xlsx, bomb.xlsx, ...
  make_fixtures.py libre OUTDIR    libre.xlsx and libre.csv from OUTDIR/openpyxl-same.xlsx
  make_fixtures.py csv OUTDIR      the same small table as CSV in five Excel-like shapes
  make_fixtures.py dump FILE.xlsx  what openpyxl reads from FILE.xlsx, as JSON on stdout
"""
import datetime
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

# The one small table every CSV shape and the LibreOffice export must give back.
SAME_ROWS = [
    ["No", "Kegiatan", "Keterangan"],
    ["1", "Sosialisasi \u201cZI\u201d", "caf\u00e9"],
    ["2", "baris satu\nbaris dua", "a;b, c"],
    ["3", "kutip \"dalam\"", ""],
]


def csv_field(text, delim):
    if any(ch in text for ch in (delim, '"', "\n", "\r")):
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_text(delim, eol):
    lines = []
    for row in SAME_ROWS:
        # a quoted line break is written with the file's own line end, as Excel does
        lines.append(delim.join(csv_field(c, delim).replace("\n", eol) for c in row))
    return eol.join(lines) + eol


def make_csv(out):
    shapes = {
        # Excel "CSV UTF-8" in an Indonesian locale: BOM, ';', CRLF
        "excel_utf8_semicolon.csv": b"\xef\xbb\xbf" + csv_text(";", "\r\n").encode("utf-8"),
        # Excel "Unicode Text": UTF-16 LE with BOM, TAB, CRLF
        "excel_unicode.txt": b"\xff\xfe" + csv_text("\t", "\r\n").encode("utf-16-le"),
        # Excel "CSV (Comma delimited)" on an Indonesian-locale Windows: cp1252, the
        # locale's list separator ';', CRLF
        "excel_cp1252.csv": csv_text(";", "\r\n").encode("cp1252"),
        # Classic Mac line ends: CR only
        "cr_only.csv": csv_text(",", "\r").encode("utf-8"),
        # Plain UTF-8, LF, no BOM
        "plain_lf.csv": csv_text(",", "\n").encode("utf-8"),
    }
    for name, data in shapes.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)


def make_xlsx(out):
    import openpyxl
    from openpyxl.styles import Alignment

    # 1. The table every CSV shape holds, for LibreOffice to export.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sama"
    for row in SAME_ROWS:
        ws.append([int(c) if c.isdigit() else (c if c else None) for c in row])
    wb.save(os.path.join(out, "openpyxl-same.xlsx"))

    # 2. A decree-like sheet: numbers, dates, a multi-line cell, merges, a formula,
    #    booleans, an error literal, a second and third sheet.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rencana Aksi"
    ws["A1"] = "RENCANA AKSI ZONA INTEGRITAS"
    ws.merge_cells("A1:E1")
    ws.append(["No", "Kegiatan", "Target Waktu", "Tanggal", "Nilai"])
    ws.append([1, "Pembentukan tim\nkerja ZI", "Januari", datetime.date(2026, 1, 31), 12.5])
    ws.append([2, "Sosialisasi", "Per Triwulan", datetime.datetime(2026, 3, 31, 12, 0), -3])
    ws["B3"].alignment = Alignment(wrap_text=True)
    ws["A5"] = "Jumlah"
    ws["E5"] = "=SUM(E3:E4)"
    ws["F3"] = True
    ws["F4"] = False
    ws.merge_cells("B6:C7")
    ws["B6"] = "gabung dua baris"
    ws["A9"] = 0.1
    ws["B9"] = 123456789012
    ws["C9"] = "  spasi  "
    ws["D9"] = "_x0041_ literal"
    ws2 = wb.create_sheet("Bukti")
    ws2["A1"] = "kedua"
    ws2["C2"] = 2
    wb.create_sheet("Kosong")
    wb.save(os.path.join(out, "openpyxl.xlsx"))

    # 3. Hostile workbooks, from a valid one with one part changed.
    base = os.path.join(out, "openpyxl-same.xlsx")

    def rewrite(name, change):
        with zipfile.ZipFile(base) as zin, zipfile.ZipFile(
                os.path.join(out, name), "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                data = zin.read(item.filename)
                data = change(item.filename, data)
                if data is not None:
                    zout.writestr(item, data)
            extra = change("<extra>", None)
            if extra:
                for fname, data in extra:
                    zout.writestr(fname, data)

    def bad_sst(fname, data):
        if fname == "xl/worksheets/sheet1.xml":
            # B2 points at shared string 7 of a table with 1
            changed = re.sub(rb'<c r="B2" t="inlineStr"><is><t>[^<]*</t></is></c>',
                             b'<c r="B2" t="s"><v>7</v></c>', data)
            assert changed != data
            return changed
        if fname == "<extra>":
            return [("xl/sharedStrings.xml",
                     b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                     b'count="1" uniqueCount="1"><si><t>satu</t></si></sst>')]
        return data

    rewrite("bad_sst.xlsx", bad_sst)

    def no_sheet(fname, data):
        return None if fname == "xl/worksheets/sheet1.xml" else data

    rewrite("missing_sheet_part.xlsx", no_sheet)

    def beyond_xfd(fname, data):
        if fname == "xl/worksheets/sheet1.xml":
            assert b'r="B2"' in data
            return data.replace(b'r="B2"', b'r="XFE2"')
        return data

    rewrite("beyond_xfd.xlsx", beyond_xfd)

    def doctype(fname, data):
        if fname == "xl/worksheets/sheet1.xml":
            return data.replace(b"<worksheet", b'<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet', 1)
        return data

    rewrite("doctype.xlsx", doctype)

    # A ZIP bomb: a 1 GiB sheet part of spaces, deflated to about 1 MiB.
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(
            os.path.join(out, "bomb.xlsx"), "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zout:
        for item in zin.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                zout.writestr(item, zin.read(item.filename))
        with zout.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                    b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>')
            chunk = b"0" * (1 << 20)
            for _ in range(1024):
                f.write(chunk)
            f.write(b"</t></is></c></row></sheetData></worksheet>")

    # A central directory that says the sheet inflates to 100 bytes when it is 100 KB.
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(
            os.path.join(out, "lying_size.xlsx"), "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename == "xl/worksheets/sheet1.xml":
                zout.writestr(item.filename, zin.read(item.filename) + b" " * 100000)
            else:
                zout.writestr(item, zin.read(item.filename))
    with open(os.path.join(out, "lying_size.xlsx"), "rb") as f:
        data = bytearray(f.read())
    name = b"xl/worksheets/sheet1.xml"
    cd = data.rfind(b"PK\x01\x02", 0, data.rfind(name))  # its central directory header
    size = int.from_bytes(data[cd + 24:cd + 28], "little")
    assert size > 100000
    data[cd + 24:cd + 28] = (100).to_bytes(4, "little")
    with open(os.path.join(out, "lying_size.xlsx"), "wb") as f:
        f.write(data)

    # Truncated: the first half of a valid workbook.
    with open(base, "rb") as f:
        data = f.read()
    with open(os.path.join(out, "truncated.xlsx"), "wb") as f:
        f.write(data[: len(data) // 2])


def make_libre(out):
    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice not found", file=sys.stderr)
        return 3
    profile = tempfile.mkdtemp(prefix="zi-lo-profile-")
    try:
        src = os.path.join(out, "openpyxl-same.xlsx")
        common = [soffice, "-env:UserInstallation=file://" + profile, "--headless",
                  "--norestore"]
        # CSV as Calc exports it: ',' separator, '"' quotes, UTF-8 (76), from row 1.
        subprocess.run(common + ["--convert-to", 'csv:Text - txt - csv (StarCalc):44,34,76,1',
                                 "--outdir", out, src], check=True, timeout=300,
                       capture_output=True)
        os.replace(os.path.join(out, "openpyxl-same.csv"), os.path.join(out, "libre.csv"))
        # The decree-like workbook re-saved by Calc: shared strings, built-in date
        # styles, cached formula values.
        src = os.path.join(out, "openpyxl.xlsx")
        tmp = tempfile.mkdtemp(prefix="zi-lo-out-")
        subprocess.run(common + ["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", tmp,
                                 src], check=True, timeout=300, capture_output=True)
        os.replace(os.path.join(tmp, "openpyxl.xlsx"), os.path.join(out, "libre.xlsx"))
        shutil.rmtree(tmp, ignore_errors=True)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return 0


def dump(path):
    import openpyxl

    wb = openpyxl.load_workbook(path)
    result = {"sheets": []}
    for ws in wb.worksheets:
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                v = c.value
                if isinstance(v, datetime.datetime):
                    v = v.date().isoformat()
                elif isinstance(v, datetime.date):
                    v = v.isoformat()
                cells[c.coordinate] = {"value": v, "format": c.number_format,
                                       "bold": bool(c.font and c.font.b),
                                       "wrap": bool(c.alignment and c.alignment.wrap_text),
                                       "locked": bool(c.protection.locked)}
        widths = {k: round(d.width, 2) for k, d in ws.column_dimensions.items() if d.width}
        validations = []
        for dv in ws.data_validations.dataValidation:
            validations.append({"type": dv.type, "formula1": dv.formula1, "sqref": str(dv.sqref)})
        result["sheets"].append({
            "name": ws.title,
            "cells": cells,
            "merges": sorted(str(r) for r in ws.merged_cells.ranges),
            "freeze": ws.freeze_panes,
            "widths": widths,
            "validations": validations,
            "protected": bool(ws.protection.sheet),
        })
    json.dump(result, sys.stdout, ensure_ascii=False, sort_keys=True)
    return 0


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    mode, arg = sys.argv[1], sys.argv[2]
    if mode == "dump":
        return dump(arg)
    os.makedirs(arg, exist_ok=True)
    if mode == "csv":
        make_csv(arg)
    elif mode == "xlsx":
        make_xlsx(arg)
    elif mode == "libre":
        return make_libre(arg)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
