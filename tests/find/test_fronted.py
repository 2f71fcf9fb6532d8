from conftest import rules


def _read(t):
    return [(q.cue, q.speaker_mention, q.text) for q in rules(t)]


def test_a_cue_that_opens_the_sentence_reports_the_clause_after_its_speaker():
    assert _read("Selain itu lanjut Rina, stok beras di gudang Bulog masih aman hingga akhir tahun.") == [
        ("lanjut", "Rina", "stok beras di gudang Bulog masih aman hingga akhir tahun")]
    assert _read("Kata dia, pengerjaan jalan tol tersebut ditargetkan rampung pada akhir tahun.") == [
        ("kata", "dia", "pengerjaan jalan tol tersebut ditargetkan rampung pada akhir tahun")]
    assert _read("Sehingga kata Budi ada kerja sama antara kabupaten dan kota dalam pengelolaan sampah.") == [
        ("kata", "Budi", "ada kerja sama antara kabupaten dan kota dalam pengelolaan sampah")]


def test_menurut_without_a_comma_before_the_clause():
    assert _read("Menurut Budi kebijakan tersebut tidak akan membebani anggaran daerah.") == [
        ("menurut", "Budi", "kebijakan tersebut tidak akan membebani anggaran daerah")]
    assert _read("Menurutnya harga bahan pokok akan kembali stabil menjelang Lebaran.") == [
        ("menurutnya", "-nya", "harga bahan pokok akan kembali stabil menjelang Lebaran")]
    assert _read("Terkait kenaikan harga emas, menurut Budi tidak akan berpengaruh pada penjualan perhiasan.") == [
        ("menurut", "Budi", "tidak akan berpengaruh pada penjualan perhiasan")]


def test_a_cue_that_interrupts_a_clause_reports_the_whole_clause():
    assert _read("Program bantuan tersebut, menurut Budi, sudah dirasakan manfaatnya oleh ribuan keluarga.") == [
        ("menurut", "Budi", "Program bantuan tersebut, menurut Budi, sudah dirasakan manfaatnya oleh ribuan keluarga")]
    assert _read("Tahun depan, kata Budi akan ada tambahan 20 unit bus listrik di kota itu.") == [
        ("kata", "Budi", "Tahun depan, kata Budi akan ada tambahan 20 unit bus listrik di kota itu")]
    # a connector before the comma is no part of the clause
    assert _read("Namun, menurut Budi, harga beras akan turun bulan depan.") == [
        ("menurut", "Budi", "harga beras akan turun bulan depan")]


def test_nouns_and_places_after_a_fronted_cue_are_no_speakers():
    assert rules("Kata kunci dalam program ini adalah kolaborasi antarlembaga.") == []
    assert rules("Bagi warga, jembatan baru itu sangat membantu perjalanan ke pasar.") == []
    assert rules("Menurut rencana awal proyek itu selesai pada akhir tahun ini.") == []


def test_bagi_a_person_at_the_head_of_a_sentence_reads_as_menurut():
    assert _read("Bagi Budi, kenaikan tarif tersebut sangat memberatkan warga kecil di desanya.") == [
        ("bagi", "Budi", "kenaikan tarif tersebut sangat memberatkan warga kecil di desanya")]
    assert _read("Baginya, kemenangan itu merupakan hadiah bagi seluruh suporter di Tanah Air.") == [
        ("baginya", "-nya", "kemenangan itu merupakan hadiah bagi seluruh suporter di Tanah Air")]
    # whom something serves, and "bagi" inside a sentence, are no speakers
    assert rules("Jembatan itu penting bagi Budi, karena ia setiap hari berjualan di pasar seberang sungai.") == []


def test_a_passive_cue_opening_a_sentence_goes_on_with_the_last_speaker():
    t = ('"Kami masih menunggu surat dari pengadilan," kata Kapolres Budi Santoso.\n\n'
         "Ditambahkan, pihaknya juga belum menyita aset milik tersangka di Boyolali.\n\n"
         "Diungkapkannya persoalan ini bermula dari laporan warga pada awal bulan.")
    qs = rules(t)
    assert [(q.cue, q.speaker, q.text) for q in qs[1:]] == [
        ("ditambahkan", "Budi Santoso", "pihaknya juga belum menyita aset milik tersangka di Boyolali"),
        ("diungkapkannya", "Budi Santoso", "persoalan ini bermula dari laporan warga pada awal bulan")]
    # a passive inside the sentence is no opening cue
    assert rules("Laporan itu disebutkan dalam rapat warga di balai desa pada Senin pagi.") == []


def test_menurut_and_its_source_closing_the_sentence():
    assert _read("Populasi penyu hijau di pesisir selatan Jawa terus menurun, menurut sebuah studi terbaru.") == [
        ("menurut", "sebuah studi terbaru", "Populasi penyu hijau di pesisir selatan Jawa terus menurun")]


def test_a_fronted_cue_with_a_comma_needs_no_verb_in_its_clause():
    assert _read("Selain itu lanjut Rina, dari segi harga layanan ini lebih terjangkau untuk warga.") == [
        ("lanjut", "Rina", "dari segi harga layanan ini lebih terjangkau untuk warga")]
    assert _read("Sehingga kata Budi ada kolaborasi antara kabupaten dan kota.") == [
        ("kata", "Budi", "ada kolaborasi antara kabupaten dan kota")]


def test_dalam_a_view_of_someone_reads_as_menurut():
    t = ('"Kami sudah memeriksa semua lokasi tambang," kata pengamat Budi Santoso.\n\n'
         "Dalam penilaiannya, keresahan warga soal kerusakan lingkungan sangat wajar.")
    assert [(q.cue, q.speaker, q.text) for q in rules(t)][1:] == [
        ("penilaiannya", "Budi Santoso", "keresahan warga soal kerusakan lingkungan sangat wajar")]
    assert _read("Dalam pandangan Budi, kenaikan tarif itu akan memberatkan pedagang kecil.") == [
        ("pandangan", "Budi", "kenaikan tarif itu akan memberatkan pedagang kecil")]
    # the clause's own cue speaks
    assert [q.cue for q in rules("Dalam keterangannya, Budi mengatakan harga beras akan turun bulan depan.")] == [
        "mengatakan"]


def test_a_cue_and_speaker_between_subject_and_predicate_with_no_commas_report_the_whole_clause():
    assert _read("Jembatan gantung ini jelas Rudi merupakan satu-satunya akses warga menuju pasar.") == [
        ("jelas", "Rudi", "Jembatan gantung ini jelas Rudi merupakan satu-satunya akses warga menuju pasar")]
    assert _read("Kawasan itu ungkap Sari akan dijadikan pusat kuliner pada tahun depan.") == [
        ("ungkap", "Sari", "Kawasan itu ungkap Sari akan dijadikan pusat kuliner pada tahun depan")]
    # the cue word's other senses
    assert rules("Lampu jalan itu terang sekali pada malam hari.") == []
    assert rules("Hal ini jelas merupakan pelanggaran aturan lalu lintas.") == []
