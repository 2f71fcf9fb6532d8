from conftest import rules


def _read(t):
    return [(q.cue, q.speaker_mention, q.text) for q in rules(t)]


def test_a_noun_of_saying_with_its_named_source_reports_the_bahwa_clause():
    assert _read("Target itu didukung proyeksi Kementerian Perdagangan (Kemendag) bahwa ekspor kopi bisa "
                 "tumbuh 10 persen tahun ini.") == [
        ("proyeksi", "Kementerian Perdagangan", "ekspor kopi bisa tumbuh 10 persen tahun ini")]
    assert _read("Warga tidak percaya pada pernyataan dari Bank Indonesia bahwa inflasi bulan ini sudah "
                 "turun tajam.") == [
        ("pernyataan", "Bank Indonesia", "inflasi bulan ini sudah turun tajam")]


def test_a_noun_of_saying_without_a_named_source_is_no_quote():
    assert rules("Keputusan tersebut diambil berdasarkan laporan bahwa fasilitas latihan atlet belum memenuhi standar.") == []
    assert rules("Petugas menerima informasi dari masyarakat bahwa pelaku kerap terlihat di terminal.") == []
    assert rules("Para petani bertahan hanya dengan keyakinan bahwa harga gabah akan membaik.") == []
    assert rules("Polisi memberikan peringatan kepada para pelaku agar tidak mengulangi perbuatannya.") == []
