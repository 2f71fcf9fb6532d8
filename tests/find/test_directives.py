from conftest import rules


def _read(t):
    return [(q.cue, q.speaker_mention, q.text) for q in rules(t)]


def test_a_directive_with_its_addressee_is_reported_from_the_addressee_on():
    assert _read("Menteri Keuangan Ani Wibowo mendorong pemerintah daerah untuk mempercepat belanja modal.") == [
        ("mendorong", "Ani Wibowo", "pemerintah daerah untuk mempercepat belanja modal")]
    assert _read("Kapolres Sleman Rudi Hartono memerintahkan jajarannya untuk menindak tegas pelaku balap liar.") == [
        ("memerintahkan", "Rudi Hartono", "jajarannya untuk menindak tegas pelaku balap liar")]
    assert _read("Bank Indonesia menginstruksikan perbankan untuk memperketat pengawasan transaksi.") == [
        ("menginstruksikan", "Bank Indonesia", "perbankan untuk memperketat pengawasan transaksi")]
    assert _read("Pelatih Rudi Salim mendorong para pemain agar tampil lebih berani di laga tandang.") == [
        ("mendorong", "Rudi Salim", "para pemain agar tampil lebih berani di laga tandang")]


def test_a_directive_verb_with_a_thing_or_no_speaker_is_no_quote():
    assert rules("Pemerintah mendorong pertumbuhan ekonomi melalui belanja infrastruktur.") == []
    assert rules("Pemerintah mendorong peningkatan ekspor untuk memperbaiki neraca perdagangan.") == []
    assert rules("Untuk mendorong para siswa agar gemar menabung, bank itu menggelar lomba.") == []
    assert rules("Laporan itu ditindaklanjuti Kasat Reskrim yang memerintahkan tim untuk menyelidiki pelaku.") == []
    assert rules("Program ini diharapkan mendorong masyarakat untuk menabung sejak dini.") == []
    assert rules("Kenaikan harga minyak mendorong inflasi naik tajam.") == []
