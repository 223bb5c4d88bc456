"""Writes kab-donggala-2027-pj.csv: a decree annex table with a PENANGGUNG JAWAB column, as
Excel on an Indonesian Windows machine saves "CSV (Comma delimited)": ';' delimiter,
Windows-1252, CRLF. Run from this folder: python3 make_pj_fixture.py (the CSV is committed)."""
import csv

ROWS = [
    ["NO", "KOMPONEN PENGUNGKIT", "ASPEK PEMENUHAN", "KEGIATAN/AKSI", "INDIKATOR", "BUKTI FISIK",
     "TARGET WAKTU PELAKSANAAN", "TARGET CAPAIAN", "Penanggung Jawab"],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"],
    ["1.", "Manajemen Perubahan", "1. Pembentukan Tim Kerja Pembangunan Zona Integritas",
     "1. Menetapkan Tim Kerja", "1. Membentuk tim kerja", "SK Tim Kerja", "Januari",
     "1 (satu) Keputusan", "Sekretaris KPU Kabupaten Donggala"],
    # An empty cell (a merged cell in Excel) inherits the kegiatan's.
    ["", "", "", "", "2. Laporan tim kerja", "Laporan", "Per Triwulan", "4 (empat) Laporan", ""],
    # Someone else on a later row: the indikator's own.
    ["", "", "", "", "3. Rapat tim kerja", "Notulen", "Per Triwulan", "4 (empat) Notulen",
     "Kasubbag Teknis"],
    # A new kegiatan: its first row names the kegiatan's (non-ASCII: an en dash).
    ["", "", "", "2. Sosialisasi", "Sosialisasi zona integritas", "Laporan sosialisasi",
     "Maret", "1 (satu) Laporan", "Kasubbag Umum \u2013 Logistik"],
    # No one named at all.
    ["", "", "", "3. Menyusun rencana", "Dokumen rencana", "Dokumen", "Februari",
     "1 (satu) Dokumen", ""],
]

with open("kab-donggala-2027-pj.csv", "w", encoding="cp1252", newline="") as f:
    csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(ROWS)
