"""Write corpus/*.gold.json from the hand annotations below (offsets found by exact search).

The annotations are ours, made by reading each article; this script only turns quoted strings
into character offsets, so that the gold files cannot drift from the texts. Run after editing:

    python scripts/build_sample_gold.py
"""
from __future__ import annotations

import json
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# (kind, text, cue, speaker_mention, speaker, speaker_type, date[, note])
ANN = {
    "kominfo-satu-data": ("2022-11-08", "contoh.id", [
        ("direct", "Kami tidak ingin lagi ada data yang berbeda antara satu kementerian dengan kementerian lain. Pemerintah harus bicara dengan satu angka,", "ujar", "Rosmala", "Rosmala Dewi Hartanto", "person", "2022-11-08"),
        ("indirect", "selama ini perbedaan data kerap membuat program bantuan sosial salah sasaran", "menurut", "Rosmala", "Rosmala Dewi Hartanto", "person", "2022-11-08"),
        ("direct", "Contohnya sederhana. Ada warga yang tercatat miskin di satu daftar, tetapi tidak tercatat di daftar lain.\n\n“Akibatnya bantuan tidak sampai kepada yang berhak. Ini yang mau kita hentikan,", "tuturnya", "-nya", "Rosmala Dewi Hartanto", "person", "2022-11-08", "two paragraphs: opening mark repeated, closing only at the end"),
        ("indirect", "target tersebut realistis asalkan anggaran pusat data tidak dipangkas", "menilai", "Ia", "Bambang Kristiono", "person", "2022-11-08"),
        ("direct", "Kami di Komisi I akan mengawal anggarannya,", "kata", "Bambang", "Bambang Kristiono", "person", "2022-11-08"),
        ("indirect", "kementeriannya akan memulai integrasi dari data kependudukan dan data kesehatan", "menambahkan", "Rosmala", "Rosmala Dewi Hartanto", "person", "2022-11-08"),
        ("direct", "Dua data itu yang paling sering dipakai masyarakat,", "ucapnya", "-nya", "Rosmala Dewi Hartanto", "person", "2022-11-08"),
    ]),
    "banjir-ciledug": ("2023-03-06", "contoh.id", [
        ("indirect", "air mulai masuk ke rumahnya sekitar pukul 22.00 WIB", "mengatakan", "Ahmad Fauzi", "Ahmad Fauzi", "person", "2023-03-06"),
        ("direct", "Saya baru tidur, tiba-tiba air sudah sebetis. Barang-barang tidak sempat diselamatkan,", "kata", "dia", "Ahmad Fauzi", "person", "2023-03-06"),
        ("direct", "Sampai sekarang belum ada perahu karet yang datang,", "ujar", "perempuan itu", "perempuan itu", "unnamed", "2023-03-06"),
        ("indirect", "pihaknya telah menurunkan 40 petugas ke lokasi", "menyebut", "Sutrisno Wibowo", "Sutrisno Wibowo", "person", "2023-03-06"),
        ("indirect", "hujan deras di wilayah hulu membuat Kali Angke meluap", "menurut", "dia", "Sutrisno Wibowo", "person", "2023-03-06"),
        ("direct", "Kami sudah mendirikan dua posko dan dapur umum. Warga yang rumahnya terendam bisa mengungsi ke masjid dan sekolah terdekat,", "kata", "Sutrisno", "Sutrisno Wibowo", "person", "2023-03-06"),
        ("indirect", "warga yang tinggal di bantaran kali untuk tetap waspada karena hujan diperkirakan masih turun hingga akhir pekan", "mengimbau", "Sutrisno", "Sutrisno Wibowo", "person", "2023-03-06"),
        ("indirect", "Program \"Kampung Tangguh Bencana\" yang dicanangkan tahun lalu, kata Sutrisno, belum menjangkau Sudimara", "kata", "Sutrisno", "Sutrisno Wibowo", "person", "2023-03-06", "cue inside the clause; the quoted programme name is not speech"),
    ]),
    "sidang-suap-izin": ("2023-03-15", "contoh.id", [
        ("indirect", "pernah diminta mengantar uang tunai ke rumah terdakwa", "mengaku", "Desi", "Desi Marlina", "person", "2023-03-15"),
        ("direct", "Saya hanya disuruh mengantar amplop. Isinya baru saya ketahui belakangan,", "kata", "Desi", "Desi Marlina", "person", "2023-03-15"),
        ("indirect", "pengantaran uang dilakukan sebanyak tiga kali pada 2021", "menjelaskan", "Ia", "Desi Marlina", "person", "2023-03-15"),
        ("direct", "Di BAP saudara menyebut empat kali, sekarang tiga kali,", "kata", "Rudi", "Rudi Hartono", "person", "2023-03-15"),
        ("direct", "mana yang benar?", "kata", "Rudi", "Rudi Hartono", "person", "2023-03-15", "second part of a quote split by its cue; curly open, straight close"),
        ("indirect", "satu pengantaran lainnya dilakukan oleh sopir perusahaan", "menurut", "dia", "Desi Marlina", "person", "2023-03-15"),
        ("indirect", "keterangan saksi tidak konsisten", "menilai", "Michael Tambunan", "Michael Tambunan", "person", "2023-03-15"),
        ("indirect", "nama pengusaha Robert Sinaga yang disebut saksi tidak pernah diperiksa penyidik", "menyebut", "Ia", "Michael Tambunan", "person", "2023-03-15"),
        ("direct", "Klien kami tidak pernah menerima apa pun dari perusahaan itu,", "tegasnya", "-nya", "Michael Tambunan", "person", "2023-03-15", "-nya is Michael Tambunan; Robert Sinaga is named in between only as a topic"),
        ("direct", "Kami akan menghadirkan saksi yang meringankan pada sidang berikutnya", None, None, "Michael Tambunan", "person", "2023-03-15", "closing mark missing at the end of the article; continues the previous speaker"),
    ]),
    "bps-inflasi": ("2023-09-02", "contoh.id", [
        ("direct", "Inflasi masih berada dalam rentang sasaran pemerintah, yaitu 2 sampai 4 persen.", "mengatakan", "Amalia Adininggar Widyasanti", "Amalia Adininggar Widyasanti", "person", "2023-09-01", "speaker and cue before the quote; date from the next sentence"),
        ("indirect", "kenaikan harga beras dipicu oleh berkurangnya pasokan karena musim kemarau", "menuturkan", "Amalia", "Amalia Adininggar Widyasanti", "person", "2023-09-01"),
        ("direct", "Beras memberikan andil inflasi terbesar pada kelompok makanan. Kami akan terus memantau pergerakan harganya,", "ujarnya", "-nya", "Amalia Adininggar Widyasanti", "person", "2023-09-01"),
        ("indirect", "harga beras masih akan tinggi hingga akhir tahun", "memperkirakan", "Teuku Riefky", "Teuku Riefky", "person", "2023-09-02", "same interview as the quote dated Sabtu (2/9/2023)"),
        ("indirect", "pemerintah mempercepat impor dan operasi pasar", "berharap", "Ia", "Teuku Riefky", "person", "2023-09-02"),
        ("direct", "Kalau pasokan tidak ditambah, tekanan inflasi pangan bisa berlanjut sampai awal 2024,", "kata", "Riefky", "Teuku Riefky", "person", "2023-09-02"),
        ("indirect", "inflasi inti tetap terjaga berkat koordinasi kebijakan pusat dan daerah", "menyatakan", "Bank Indonesia", "Bank Indonesia", "organization", None, "no date given for the central bank's statement"),
    ]),
    "beras-stok-bulog": ("2023-09-02", "warta.contoh.id", [
        ("direct", "Beras memberikan andil inflasi paling besar pada kelompok makanan. Kami akan terus memantau pergerakan harganya,", "kata", "Amalia Adininggar Widyasanti", "Amalia Adininggar Widyasanti", "person", "2023-09-01", "the same statement as in bps-inflasi, one word changed by this outlet"),
        ("indirect", "kemarau panjang membuat pasokan gabah dari sentra produksi berkurang", "menurut", "Amalia", "Amalia Adininggar Widyasanti", "person", "2023-09-01"),
        ("indirect", "stok beras pemerintah cukup hingga akhir tahun", "memastikan", "Rahmat Hidayat", "Rahmat Hidayat", "person", "2023-09-02", "same visit as the quote dated Sabtu (2/9/2023)"),
        ("indirect", "Bulog telah menyalurkan beras operasi pasar ke seluruh provinsi", "menyebut", "Ia", "Rahmat Hidayat", "person", "2023-09-02"),
        ("direct", "Stok kami sekarang 1,6 juta ton. Masyarakat tidak perlu panik membeli beras,", "ujar", "Rahmat", "Rahmat Hidayat", "person", "2023-09-02"),
        ("indirect", "kenaikan harga beras akan berlanjut jika impor terlambat", "menilai", "Riefky", "Riefky", "person", None, "no date of its own and no single event date for the economist"),
        ("direct", "Pemerintah perlu bergerak sebelum musim paceklik,", "katanya", "-nya", "Riefky", "person", None),
    ]),
    "timnas-latihan": ("2023-11-20", "contoh.id", [
        ("indirect", "para pemain menjaga kondisi fisik menjelang laga melawan Vietnam di Stadion Utama Gelora Bung Karno, Kamis mendatang", "meminta", "Bayu Pratama", "Bayu Pratama", "person", "2023-11-20", "directive cue without a complementiser"),
        ("direct", "Kami tidak punya banyak waktu. Pemain yang baru datang dari klub harus cepat menyesuaikan diri,", "kata", "Bayu", "Bayu Pratama", "person", "2023-11-20"),
        ("indirect", "lini belakang timnya masih sering kehilangan konsentrasi pada menit-menit akhir", "mengakui", "Bayu", "Bayu Pratama", "person", "2023-11-20"),
        ("indirect", "seluruh pemain siap menjalankan instruksi pelatih", "mengatakan", "Rizky Ramadhan", "Rizky Ramadhan", "person", "2023-11-20"),
        ("direct", "Kami butuh kalian di stadion. Teriakkan 'Garuda di Dadaku' sekeras mungkin!", "tulis", "Rizky", "Rizky Ramadhan", "person", "2023-11-20", "nested single marks around a chant"),
        ("indirect", "suasana tim saat ini sangat kompak", "menambahkan", "Rizky", "Rizky Ramadhan", "person", "2023-11-20"),
        ("direct", "Tidak ada pemain senior atau junior di sini. Semua sama-sama berjuang,", "ujar", "pemain berusia 27 tahun itu", "Rizky Ramadhan", "person", "2023-11-20", "speaker named by a description"),
    ]),
    "bupati-jalan-rusak": (None, "contoh.id", [
        ("direct", "Perbaikan akan dimulai pekan depan. Anggarannya sudah ada, tinggal menunggu proses lelang selesai,", "ujar", "Iwan", "Iwan Setiawan", "person", "2022-11-09"),
        ("indirect", "pihaknya akan menindak kontraktor yang pekerjaannya tidak sesuai spesifikasi", "menegaskan", "Iwan", "Iwan Setiawan", "person", "2022-11-09"),
        ("direct", "Tahun lalu ada kontraktor yang asal-asalan. Jalan baru diperbaiki, dua bulan kemudian rusak lagi. Itu tidak boleh terulang.", None, None, "Iwan Setiawan", "person", "2022-11-09", "no cue; continues Iwan"),
        ("indirect", "omzetnya turun karena wisatawan enggan melintas", "mengaku", "Siti Aminah", "Siti Aminah", "person", "2022-11-09"),
        ("direct", "Mudah-mudahan cepat selesai, jadi pembeli ramai lagi,", "katanya", "-nya", "Siti Aminah", "person", "2022-11-09"),
        ("indirect", "perbaikan meliputi ruas sepanjang 3,5 kilometer dari Gadog hingga Cisarua", "menjelaskan", "Ajat Rochmat Jatnika", "Ajat Rochmat Jatnika", "person", "2022-11-09"),
        ("indirect", "pekerjaan akan dilakukan pada malam hari agar tidak mengganggu arus lalu lintas", "menurut", "Ajat", "Ajat Rochmat Jatnika", "person", "2022-11-09"),
    ]),
}


def main() -> None:
    for doc_id, (published, outlet, quotes) in ANN.items():
        text = (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")
        out = []
        for q in quotes:
            kind, qt, cue, mention, speaker, stype, date = q[:7]
            note = q[7] if len(q) > 7 else None
            start = text.find(qt)
            assert start >= 0, (doc_id, qt)
            assert text.find(qt, start + 1) < 0, ("not unique", doc_id, qt)
            rec = {"kind": kind, "text": qt, "start": start, "end": start + len(qt), "cue": cue,
                   "speaker_mention": mention, "speaker": speaker, "speaker_type": stype, "date": date}
            if note:
                rec["note"] = note
            out.append(rec)
        out.sort(key=lambda r: r["start"])
        gold = {"doc_id": doc_id, "source": "written for the quotes project (fictional article)",
                "outlet": outlet, "published": published, "quotes": out}
        (CORPUS / f"{doc_id}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(doc_id, len(out))


if __name__ == "__main__":
    main()
