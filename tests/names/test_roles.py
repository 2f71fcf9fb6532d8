"""Speaker roles read from the words around a person's name (GUIDELINES.md: whole title, no rank)."""
import pytest

from quotes.names.roles import role_of


@pytest.mark.parametrize("text, name, role", [
    ('"Kami siap," kata Ketua Fraksi Partai Maju DPR Budi Santoso, Senin (3/2).', "Budi Santoso",
     "Ketua Fraksi Partai Maju DPR"),
    ("Hal itu disampaikan Kabid Humas Polda Riau Kombes Pol Rudi Hartono kepada wartawan.", "Rudi Hartono",
     "Kabid Humas Polda Riau"),
    ('"Kami menolak," ujar Komisioner Ombudsman RI, Sari Dewi.', "Sari Dewi", "Komisioner Ombudsman RI"),
    ("Menurut Guru Besar Ilmu Politik Universitas Nusa, Budi Wirawan, hal itu wajar.", "Budi Wirawan",
     "Guru Besar Ilmu Politik Universitas Nusa"),
    ("Budi Santoso, Kepala Dinas Kesehatan Kota Bogor, mengatakan stok aman.", "Budi Santoso",
     "Kepala Dinas Kesehatan Kota Bogor"),
    ("Rapat dipimpin Budi Santoso selaku Ketua Panitia Pemilihan.", "Budi Santoso", "Ketua Panitia Pemilihan"),
    ('"Tidak benar," kata pengamat pendidikan Budi Santoso.', "Budi Santoso", "pengamat pendidikan"),
    ("Sekretaris Jenderal Partai Maju Rina Wati menegaskan hal itu.", "Rina Wati", "Sekretaris Jenderal Partai Maju"),
    ("Wakil Ketua MPR RI Hidayat Wirawan (HW) mengatakan hal itu.", "Hidayat Wirawan", "Wakil Ketua MPR RI"),
    ("Plt. Kepala Departemen Literasi, Inklusi Keuangan dan Komunikasi BPR M. Irwan Hadi menjelaskan.",
     "M. Irwan Hadi", "Plt. Kepala Departemen Literasi, Inklusi Keuangan dan Komunikasi BPR"),
    ("Kepala Divisi Pengawasan Kantor Wilayah BPR Jawa Tengah, yang juga Pelaksana Tugas Kepala BPR Solo, "
     "Ratna Sari mengatakan hal itu.", "Ratna Sari", "Kepala Divisi Pengawasan Kantor Wilayah BPR Jawa Tengah"),
    ('"Kami siap," ujar Komisioner Lembaga Nasional untuk Hak Anak, Dewi Anggraini.', "Dewi Anggraini",
     "Komisioner Lembaga Nasional untuk Hak Anak"),
    ("Dokter spesialis olahraga Rina Wati menyebutkan ada delapan faktor.", "Rina Wati", "Dokter spesialis olahraga"),
    ("Ekonom dari LPEM Budi Wirawan menilai pertumbuhan melambat.", "Budi Wirawan", "Ekonom dari LPEM"),
    ("Presiden ke-3 RI Budi Wirawan hadir.", "Budi Wirawan", "Presiden ke-3 RI"),
    ("Kepala Bidang Mitigasi Gunung api Badan Geologi, Rina Wati mengatakan hal itu.", "Rina Wati",
     "Kepala Bidang Mitigasi Gunung api Badan Geologi"),
    ("Jaksa menghadirkan saksi Budi Santoso di persidangan.", "Budi Santoso", "saksi"),
    ("Ia datang dari Jakarta bersama Budi Santoso.", "Budi Santoso", None),
    ('"Aman," kata Budi.', "Budi", None),
    ("Di Jakarta, Budi Santoso mengatakan hal itu.", "Budi Santoso", None),
])
def test_role_shapes(text, name, role):
    found = role_of(text, [name])
    assert (found.text if found else None) == role
    if found:
        assert text[found.start:found.end] == found.text


def test_the_full_name_decides_before_a_short_form():
    text = ('Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Abdul Azis Nasution membuka acara. '
            '"Kita mulai," ujar Menteri Azis.')
    assert role_of(text, ["Abdul Azis Nasution", "Azis"]).text == \
        "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"


def test_a_list_of_guests_is_no_apposition():
    text = "Hadir Kepala Dinas Sosial Budi Santoso, Kepala Dinas Pendidikan Sari Dewi, dan warga."
    assert role_of(text, ["Budi Santoso"]).text == "Kepala Dinas Sosial"
    text = "Hadir pula Budi Santoso, Kepala Dinas Pendidikan Sari Dewi, dan warga."
    assert role_of(text, ["Budi Santoso"]) is None


def test_scraper_glue_between_role_and_name():
    text = 'Wakil Ketua MPR RIHendra Nur Salam(HNS) mengatakan program itu berjalan. "Kami siap," ujar HNS.'
    assert role_of(text, ["Hendra Nur Salam", "HNS"]).text == "Wakil Ketua MPR RI"


def test_a_degree_between_the_name_and_its_apposition():
    text = "Senada, Prof Sutanto Wiradikarta PhD, dosen Ekonomi Pembangunan Universitas Nusa, menilai kebijakan itu tepat."
    role = role_of(text, ["Sutanto Wiradikarta"])
    assert role is not None and role.text == "dosen Ekonomi Pembangunan Universitas Nusa"
    assert text[role.start:role.end] == role.text


def test_an_adjective_before_a_title_is_no_part_of_the_role():
    t = "Menteri Pariwisata Suryo Adi menyambut baik rencana besar Gubernur Hendra Wijaya membangun geopark."
    assert role_of(t, ["Hendra Wijaya"]).text == "Gubernur"
    t = "Sesuai prioritas utama Bupati Rahmat Hidayat, jalan desa diperbaiki tahun ini."
    assert role_of(t, ["Rahmat Hidayat"]).text == "Bupati"
    assert role_of("Guru Besar Hukum Tata Negara Lestari Wulan menjelaskan.", ["Lestari Wulan"]).text == \
        "Guru Besar Hukum Tata Negara"


def test_police_sub_units_and_company_vice_presidents_are_titles():
    t = "Kabar itu dibenarkan Kasubbid Penmas Polda Riau AKBP Rina Marlina."
    assert role_of(t, ["Rina Marlina"]).text == "Kasubbid Penmas Polda Riau"
    t = "EVP Komunikasi Perusahaan Bank Maju Sejahtera Dewi Lestari mengatakan layanan segera dibuka."
    assert role_of(t, ["Dewi Lestari"]).text == "EVP Komunikasi Perusahaan Bank Maju Sejahtera"


def test_a_rank_with_its_short_form_in_brackets_is_no_part_of_the_role():
    t = "Presiden memanggil Komandan Upacara Inspektur Jenderal (Irjen) Budi Darmawan untuk menghadap."
    assert role_of(t, ["Budi Darmawan"]).text == "Komandan Upacara"


def test_a_rank_after_a_title_is_the_persons_unless_it_completes_the_office():
    assert role_of("Kapolri Jenderal Listyo Wibisono meninjau lokasi.", ["Listyo Wibisono"]).text == "Kapolri"
    assert role_of("Panglima TNI Jenderal TNI Agus Santoso hadir.", ["Agus Santoso"]).text == "Panglima TNI"
    t = "Sekretaris Jenderal Kementerian Pertanian Rina Marlina menjelaskan."
    assert role_of(t, ["Rina Marlina"]).text == "Sekretaris Jenderal Kementerian Pertanian"


def test_a_role_runs_over_dari_after_a_titles_modifier_or_its_institution():
    t = "Pengamat politik dari Universitas Padjadjaran, Firman Hakim, menilai koalisi itu rapuh."
    assert role_of(t, ["Firman Hakim"]).text == "Pengamat politik dari Universitas Padjadjaran"
    t = "Rapat dipimpin Wakil Ketua DPR dari Fraksi Partai Golkar, Adi Kurniawan, di Senayan."
    assert role_of(t, ["Adi Kurniawan"]).text == "Wakil Ketua DPR dari Fraksi Partai Golkar"


def test_an_apposition_after_an_age_in_brackets_is_the_role():
    t = "Budi Santoso (45), warga Desa Sukamaju, mengatakan air sudah surut sejak pagi."
    assert role_of(t, ["Budi Santoso"]).text == "warga Desa Sukamaju"


def test_degrees_between_the_name_and_its_apposition_are_no_role():
    text = '"Demam itu wajar," kata dr. Rina Wulandari, Sp.A(K), dokter spesialis anak di RS Harapan Kita.'
    found = role_of(text, ["Rina Wulandari"])
    assert found is not None and found.text.startswith("dokter spesialis anak")
    assert role_of('"Demam itu wajar," kata dr. Rina Wulandari, Sp.A.', ["Rina Wulandari"]) is None


def test_a_title_of_two_words_neither_a_title_alone():
    found = role_of('"Kami tidak akan mundur," ujar Perdana Menteri Israel Benjamin Netanyahu.', ["Benjamin Netanyahu"])
    assert found is not None and found.text == "Perdana Menteri Israel"


def test_a_role_after_dan_is_another_persons_not_the_end_of_the_first():
    text = "Menteri Kesehatan Budi Gunadi Sadikin dan Wakil Menteri Kesehatan Dante Saksono hadir."
    found = role_of(text, ["Dante Saksono"])
    assert found is not None and found.text == "Wakil Menteri Kesehatan"
    found = role_of("Kepala Pusat Data dan Informasi BNPB Abdul Muhari hadir.", ["Abdul Muhari"])
    assert found is not None and found.text == "Kepala Pusat Data dan Informasi BNPB"


def test_a_full_title_after_the_name_beats_a_short_form_before_it():
    text = ('"Jalan desa harus dibangun," papar Rina Kusuma, Menteri Pertanian RI.\n\n'
            '"Kami mulai tahun ini," tutur Mentan Rina Kusuma.')
    assert role_of(text, ["Rina Kusuma"]).text == "Menteri Pertanian RI"
    # a title of two words or more before the name stays the role ...
    text = ('"Kami siap," kata Kepala Dinas Pertanian Rina Kusuma.\n\n'
            '"Benih sudah tiba," ujar Rina Kusuma, Plt Kepala Badan Pangan Kabupaten Sleman.')
    assert role_of(text, ["Rina Kusuma"]).text == "Kepala Dinas Pertanian"
    # ... unless the one after the name holds it and more: that is the fullest form
    text = ('"Kami siap," kata Kepala Dinas Pertanian Rina Kusuma.\n\n'
            '"Benih sudah tiba," ujar Rina Kusuma, Kepala Dinas Pertanian Kabupaten Sleman.')
    assert role_of(text, ["Rina Kusuma"]).text == "Kepala Dinas Pertanian Kabupaten Sleman"


@pytest.mark.parametrize("text, name, role", [
    ('"Kami kecewa," kata Rudi, salah satu mahasiswa Teknik Sipil Institut Teknologi Nusa.', "Rudi",
     "mahasiswa Teknik Sipil Institut Teknologi Nusa"),
    ('"Kami kecewa," kata Rudi Hartono, seorang pengacara publik.', "Rudi Hartono", "pengacara publik"),
    ("Bagi penyanyi bernama lengkap Rina Amalia Putri ini, konser itu penting.", "Rina Amalia Putri", "penyanyi"),
    ('"Latihan tetap jalan," kata pelatih bernama Andi Saputra itu.', "Andi Saputra", "pelatih"),
])
def test_one_of_the_holders_and_a_naming_verb(text, name, role):
    found = role_of(text, [name])
    assert (found.text if found else None) == role


@pytest.mark.parametrize("text, name, role", [
    ("Praktisi dan pengamat pajak, Rudi Hartono, menilai aturan itu adil.", "Rudi Hartono", "Praktisi dan pengamat pajak"),
    ('"Penumpang sepi," kata Joko Susilo, pengemudi ojek daring di terminal itu.', "Joko Susilo",
     "pengemudi ojek daring"),
    ("Pemimpin Divisi Kredit Bank Maju Sejahtera Iwan Santoso menambahkan pihaknya siap.", "Iwan Santoso",
     "Pemimpin Divisi Kredit Bank Maju Sejahtera"),
    ('"Anak perlu dikenalkan tekstur," ujar konselor laktasi Rina Wati.', "Rina Wati", "konselor laktasi"),
])
def test_occupations_and_offices_before_or_after_a_name(text, name, role):
    found = role_of(text, [name])
    assert (found.text if found else None) == role


def test_and_inside_the_field_of_a_lower_case_role():
    text = ("Hal itu disampaikan oleh psikolog anak sekaligus konselor pola asuh dan tumbuh kembang, "
            "Rina Wati, M.Psi.")
    assert role_of(text, ["Rina Wati"]).text == "psikolog anak sekaligus konselor pola asuh dan tumbuh kembang"


def test_a_ke_noun_in_the_field_of_a_role():
    text = '"Seru sekali," kata Andi, siswa kelas VIII SMP Negeri 4 Sleman.'
    assert role_of(text, ["Andi"]).text == "siswa kelas VIII SMP Negeri 4 Sleman"


def test_a_long_office_with_a_list_inside():
    text = ("Deputi Komisioner Pengawas Perilaku Pelaku Usaha Jasa Keuangan, Edukasi, dan Pelindungan Konsumen "
            "Lembaga Pengawas Keuangan (LPK), Sari Dewi mengatakan literasi masih rendah.")
    assert role_of(text, ["Sari Dewi"]).text == ("Deputi Komisioner Pengawas Perilaku Pelaku Usaha Jasa Keuangan, "
                                                 "Edukasi, dan Pelindungan Konsumen Lembaga Pengawas Keuangan (LPK)")


@pytest.mark.parametrize("text, name, role", [
    ('"Harga naik," ujar Agus Salman, pedagang sayur di Pasar Kranji.', "Agus Salman", "pedagang sayur di Pasar Kranji"),
    ('"Pasien bertambah," kata perawat di RSUD Cibinong Rina Wati.', "Rina Wati", "perawat di RSUD Cibinong"),
    # an office's "di" is where the event took place
    ('"Kami siap," kata Kepala Dinas Pertanian Budi Santoso di Bogor, Senin.', "Budi Santoso", "Kepala Dinas Pertanian"),
    ('"Kami siap," kata Budi Santoso, Kepala Dinas Pertanian di Bogor, Senin.', "Budi Santoso", "Kepala Dinas Pertanian"),
])
def test_where_an_occupation_is_held(text, name, role):
    found = role_of(text, [name])
    assert (found.text if found else None) == role


def test_two_roles_joined_by_and():
    text = "Dosen dan Peneliti Ekonomi Universitas Nusa, Budi Wirawan, menilai inflasi terkendali."
    assert role_of(text, ["Budi Wirawan"]).text == "Dosen dan Peneliti Ekonomi Universitas Nusa"
    # after a name, "dan" opens another person's role
    text = "Hadir Menteri Sosial Budi Wirawan dan Wakil Menteri Sosial Sari Dewi."
    assert role_of(text, ["Sari Dewi"]).text == "Wakil Menteri Sosial"


def test_a_demonstrative_closes_the_role_before_the_comma():
    text = "Ketua panitia lomba mural ini, Budi Santoso, mengajak warga ikut serta."
    assert role_of(text, ["Budi Santoso"]).text == "Ketua panitia lomba mural ini"
    text = "Setelah rapat itu, Budi Santoso mengajak warga ikut serta."
    assert role_of(text, ["Budi Santoso"]) is None


def test_a_representative_of_a_body():
    text = "Sementara itu Perwakilan Koperasi Nelayan Muara Baru Joko Susilo menjelaskan hasil tangkapan naik."
    assert role_of(text, ["Joko Susilo"]).text == "Perwakilan Koperasi Nelayan Muara Baru"
    # the body's own word is no role
    text = "Kunjungan Dewan Perwakilan Daerah Joko Susilo berlangsung singkat."
    assert role_of(text, ["Joko Susilo"]) is None


@pytest.mark.parametrize("text, name, role", [
    ('"Anggaran siap," kata Penjabat (Pj) Bupati Sukamaju, Budi Santoso.', "Budi Santoso", "Penjabat (Pj) Bupati Sukamaju"),
    ('"Kami siaga," kata Dandim 0999 Kabupaten Sukamaju Letkol Inf Budi Santoso.', "Budi Santoso",
     "Dandim 0999 Kabupaten Sukamaju"),
    ('"Penjualan naik," kata Corporate Secretary PT Sumber Rejeki Budi Santoso.', "Budi Santoso",
     "Corporate Secretary PT Sumber Rejeki"),
    ('"Penjualan naik," kata VP Corporate Communication PT Sumber Rejeki, Budi Santoso.', "Budi Santoso",
     "VP Corporate Communication PT Sumber Rejeki"),
    ('"Konten ini viral," kata YouTuber Budi Santoso.', "Budi Santoso", "YouTuber"),
    ('"Naskahnya kuat," kata Rina Amalia, pemeran utama film Laut Biru.', "Rina Amalia", "pemeran utama film Laut Biru"),
    ('"Kami kecewa," kata Tenaga Ahli Utama Kantor Staf Kepresidenan Budi Santoso.', "Budi Santoso",
     "Tenaga Ahli Utama Kantor Staf Kepresidenan"),
    ('"Harga naik," kata Budi Santoso, salah seorang pedagang di Pasar Anyar.', "Budi Santoso", "pedagang di Pasar Anyar"),
])
def test_offices_of_government_business_and_entertainment(text, name, role):
    found = role_of(text, [name])
    assert (found.text if found else None) == role


@pytest.mark.parametrize("text, name, role", [
    ("Budi Santoso yang menjabat sebagai Kepala Bappeda Kota Sukamaju mengatakan anggaran siap.", "Budi Santoso",
     "Kepala Bappeda Kota Sukamaju"),
    ("Budi Santoso, yang juga Ketua DPD Partai Maju Jawa Barat, mengatakan anggaran siap.", "Budi Santoso",
     "Ketua DPD Partai Maju Jawa Barat"),
    ('"Kami kecewa," kata Budi. Budi adalah Ketua Forum Warga Sukajadi.', "Budi", "Ketua Forum Warga Sukajadi"),
    ('"Kami kecewa," kata Budi Santoso, Direktur Eksekutif Lembaga Survei Nusa, Senin (3/2).', "Budi Santoso",
     "Direktur Eksekutif Lembaga Survei Nusa"),
    # a capital after the apposition's comma is another guest
    ("Hadir Budi Santoso, Direktur Lembaga Survei Nusa, Sari Dewi, dan warga.", "Budi Santoso", None),
])
def test_an_aside_a_predicate_and_a_date_after_the_name(text, name, role):
    found = role_of(text, [name])
    assert (found.text if found else None) == role


def test_a_word_glued_to_the_end_of_the_name():
    text = "Kabid Pembinaan Prestasi PBSI Eko Prasetyomenjelaskan hal itu kepada wartawan."
    assert role_of(text, ["Eko Prasetyo"]).text == "Kabid Pembinaan Prestasi PBSI"
    # a longer name word is no glue
    text = "Kepala Desa Sukamaju Eko Prasetyono hadir."
    assert role_of(text, ["Eko Prasetyo"]) is None


@pytest.mark.parametrize("text, name, role", [
    ('"Kami siap tempur," kata pebulu tangkis tunggal putri Rina Amalia.', "Rina Amalia", "pebulu tangkis tunggal putri"),
    ('"Lawan saya kuat," ujar petinju kelas bulu Budi Santoso.', "Budi Santoso", "petinju kelas bulu"),
    ('"Lagu ini untuk ibu," kata gitaris band Nada Senja, Budi Santoso.', "Budi Santoso", "gitaris band Nada Senja"),
    ('"Harga pakan naik," kata Budi Santoso, peternak ayam di Desa Sukamaju.', "Budi Santoso",
     "peternak ayam di Desa Sukamaju"),
    ('"Upah belum dibayar," kata Budi Santoso, buruh pabrik tekstil di Cimahi.', "Budi Santoso",
     "buruh pabrik tekstil di Cimahi"),
])
def test_sports_music_and_work_occupations(text, name, role):
    found = role_of(text, [name])
    assert (found.text if found else None) == role


@pytest.mark.parametrize("text, name, role", [
    ('"Kami siap," kata eks Kapolda Sumatera Barat Budi Santoso.', "Budi Santoso", "eks Kapolda Sumatera Barat"),
    ('"Kami siap," kata Budi Santoso, anggota DPR dari Fraksi Partai Maju.', "Budi Santoso",
     "anggota DPR dari Fraksi Partai Maju"),
    ('"Sayur dulu," tutur Sari Dewi, ahli gizi dari Universitas Nusa.', "Sari Dewi", "ahli gizi dari Universitas Nusa"),
    # the office is the relative's: the person is the kin of its holder
    ('"Kami siap," tutur istri Bupati Sukamaju, Sari Dewi.', "Sari Dewi", "istri Bupati Sukamaju"),
])
def test_former_offices_dari_after_the_name_and_kin(text, name, role):
    found = role_of(text, [name])
    assert (found.text if found else None) == role


@pytest.mark.parametrize("text, name, role", [
    ('"Stok menipis," kata Agus Salman, pedagang beras di Pasar Kranji.', "Agus Salman", "pedagang beras di Pasar Kranji"),
    ('"Pasien stabil," kata Rina Wati, perawat medis Puskesmas Cibinong.', "Rina Wati", "perawat medis Puskesmas Cibinong"),
    # a verb still ends the role
    ('"Stok menipis," kata Agus Salman, pedagang berjualan sejak pagi.', "Agus Salman", "pedagang"),
])
def test_short_nouns_that_look_like_verbs(text, name, role):
    found = role_of(text, [name])
    assert (found.text if found else None) == role


@pytest.mark.parametrize("text, name, role", [
    ('"Pelayanannya cepat," kata pasien rawat jalan RSUD Cibinong, Budi Santoso.', "Budi Santoso",
     "pasien rawat jalan RSUD Cibinong"),
    ('"Jalur ini rawan," kata Budi Santoso, pemandu wisata Gunung Salak.', "Budi Santoso", "pemandu wisata Gunung Salak"),
    ('"Mesin sudah tua," kata teknisi pabrik gula Maju Makmur, Budi Santoso.', "Budi Santoso",
     "teknisi pabrik gula Maju Makmur"),
    ('"Kami terus mendampingi," ujar Sari Dewi, penyuluh pertanian Kecamatan Cibungbulang.', "Sari Dewi",
     "penyuluh pertanian Kecamatan Cibungbulang"),
])
def test_more_occupations(text, name, role):
    found = role_of(text, [name])
    assert (found.text if found else None) == role


def test_leader_and_member_of_a_group():
    text = '"Album ini spesial," kata leader grup Nada Senja, Budi Santoso.'
    assert role_of(text, ["Budi Santoso"]).text == "leader grup Nada Senja"
    text = '"Kami rindu penggemar," ujar Sari Dewi, member girl group Bunga Tujuh.'
    assert role_of(text, ["Sari Dewi"]).text == "member girl group Bunga Tujuh"


@pytest.mark.parametrize("text, name, role", [
    ('"Kami siaga," kata Komandan Pangkalan TNI AL (Danlanal) Sukamaju Kolonel Laut (P) Budi Santoso.', "Budi Santoso",
     "Komandan Pangkalan TNI AL (Danlanal) Sukamaju"),
    ('"Santri kami sehat," kata Pengasuh Pondok Pesantren Al Falah, Gus Budi.', "Budi",
     "Pengasuh Pondok Pesantren Al Falah"),
])
def test_navy_ranks_and_a_pesantren_caretaker(text, name, role):
    found = role_of(text, [name])
    assert (found.text if found else None) == role


def test_an_adviser():
    text = '"Klien kami kooperatif," kata penasihat hukum terdakwa, Budi Santoso.'
    assert role_of(text, ["Budi Santoso"]).text == "penasihat hukum terdakwa"


def test_a_role_after_the_name_ends_with_its_sentence():
    from quotes.names.roles import role_of
    text = "Hal serupa disampaikan Yati (47), pedagang lain. Ia mengaku omzetnya turun separuh."
    assert role_of(text, ["Yati"]).text == "pedagang lain"


def test_a_participant_is_a_role():
    from quotes.names.roles import role_of
    assert role_of("Salah satu peserta aksi, Darto, mengaku datang dari Bekasi.", ["Darto"]).text == "peserta aksi"


@pytest.mark.parametrize("text, name, role", [
    ('"Saya sudah lima tahun berjualan di sini," ujar Tono, penjual bakso keliling.', "Tono",
     "penjual bakso keliling"),
    ('"Macetnya parah sekali," kata Dimas, pengendara motor asal Bekasi.', "Dimas", "pengendara motor asal Bekasi"),
    ('Pemudik asal Brebes, Slamet, mengaku berangkat sejak subuh.', "Slamet", "Pemudik asal Brebes"),
    ('"Anak saya belum pulang," kata Wati, ibu rumah tangga di Cilincing.', "Wati", "ibu rumah tangga di Cilincing"),
    ('"Anak-anak senang," ujar Yuli, orang tua siswa SD Negeri 4 Depok.', "Yuli", "orang tua siswa SD Negeri 4 Depok"),
    ("Tukang parkir di Pasar Senen, Udin, mengaku penghasilannya turun.", "Udin", "Tukang parkir di Pasar Senen"),
    ("Epidemiolog dari Universitas Nusa, Dicky Pratama, mengingatkan bahaya varian baru.", "Dicky Pratama",
     "Epidemiolog dari Universitas Nusa"),
    ("Calon Bupati Garut nomor urut 2, Helmi Budiman, berjanji membangun jalan.", "Helmi Budiman",
     "Calon Bupati Garut nomor urut 2"),
    ("Investor ritel, Yudi Hartono, mengaku rugi.", "Yudi Hartono", "Investor ritel"),
    # capitalised inside a name the word is the name's: the office before it is the role
    ("Kepala Bagian Perlindungan Konsumen, Edukasi, dan Pengaduan OJK, Rina Wati mengatakan hal itu.", "Rina Wati",
     "Kepala Bagian Perlindungan Konsumen, Edukasi, dan Pengaduan OJK"),
])
def test_occupations_that_are_no_titles_open_a_role(text, name, role):
    # (issue 19) residents, travellers, customers, candidates: quotes/data/occupations.txt
    found = role_of(text, [name])
    assert (found.text if found else None) == role


@pytest.mark.parametrize("text, name, role", [
    ("Kepala Kantor Staf Presiden (KSP), Mayjen TNI (Purn) Andi Saputra mengatakan program berjalan.",
     "Andi Saputra", "Kepala Kantor Staf Presiden (KSP)"),
    ("Purnawirawan TNI, Mayjen (Purn) Soenarko, mengkritik kebijakan itu.", "Soenarko", "Purnawirawan TNI"),
    ("Ketua Umum Partai Maju, Letjen TNI (Purn.) Budi Santoso, mengatakan hal itu.", "Budi Santoso",
     "Ketua Umum Partai Maju"),
    ("Ketua Umum Partai Maju Jenderal (Purn) Budi Santoso mengatakan hal itu.", "Budi Santoso",
     "Ketua Umum Partai Maju"),
])
def test_a_retired_officers_rank_is_no_role(text, name, role):
    # (issue 19) "(Purn)" goes with the rank; a comma after a bracketed short form still opens the role
    found = role_of(text, [name])
    assert (found.text if found else None) == role


@pytest.mark.parametrize("text, name, role", [
    ("Budi Santoso, sebagai Ketua Panitia Pemilihan, mengatakan acara berjalan lancar.", "Budi Santoso",
     "Ketua Panitia Pemilihan"),
    ("Budi Santoso – Direktur Operasional PT Maju Jaya – mengatakan pabrik tetap beroperasi.", "Budi Santoso",
     "Direktur Operasional PT Maju Jaya"),
    ("Andi Wijaya (Ketua Panitia Festival Budaya Lombok) mengatakan acara digelar tiga hari.", "Andi Wijaya",
     "Ketua Panitia Festival Budaya Lombok"),
    ("Hidayat Wirawan (HW) mengatakan hal itu.", "Hidayat Wirawan", None),
    ("Andi Wijaya (Partai Maju) mengatakan hal itu.", "Andi Wijaya", None),
])
def test_an_apposition_after_sebagai_a_dash_or_in_brackets(text, name, role):
    # (issue 19) the role after the name, set off otherwise than by a plain comma
    found = role_of(text, [name])
    assert (found.text if found else None) == role


@pytest.mark.parametrize("text, names, role", [
    ("Polisi memeriksa mahasiswa Fakultas Hukum, Dimas Pratama. Dimas diketahui sebagai mahasiswa Fakultas "
     "Hukum Universitas Nusa (Unus) Semarang.", ["Dimas Pratama", "Dimas"],
     "mahasiswa Fakultas Hukum Universitas Nusa (Unus) Semarang"),
    ("Budi Santoso kini menjabat Kepala Dinas Pendidikan Kota Depok.", ["Budi Santoso"],
     "Kepala Dinas Pendidikan Kota Depok"),
    ("Budi Santoso dikenal sebagai pengamat politik senior.", ["Budi Santoso"], "pengamat politik senior"),
    ("Rina, yang kini menjabat sebagai Ketua Koperasi Tani Makmur, mengatakan panen turun.", ["Rina"],
     "Ketua Koperasi Tani Makmur"),
    # a different role after the name does not replace the one before it
    ("Ketua Koperasi Tani Makmur Rina Wati hadir. Rina Wati adalah Bendahara Partai Maju.", ["Rina Wati"],
     "Ketua Koperasi Tani Makmur"),
])
def test_a_role_linked_after_the_name_and_the_fuller_of_two(text, names, role):
    # (issue 19) "diketahui sebagai", "kini menjabat": a link after the name; a role after the
    # name that holds the one before it and more is the fuller form GUIDELINES.md asks for
    found = role_of(text, names)
    assert (found.text if found else None) == role


def test_a_description_closed_by_a_demonstrative_after_a_comma_opens_a_new_clause():
    # (issue 19) "X, kapten timnas itu juga memiliki ...": the description is the subject pointing
    # back to someone named before, no apposition giving X a role
    text = "Selain mengelola jaringan Hotel Nusa, kapten timnas Uruguay itu juga memiliki usaha kuliner."
    assert role_of(text, ["Hotel Nusa"]) is None
    assert role_of("Rudi, mahasiswa UGM itu, mengatakan hal itu.", ["Rudi"]).text == "mahasiswa UGM"


@pytest.mark.parametrize("text, role", [
    ('Budi Santoso terpilih lagi. Ia merupakan Ketua Koperasi Tani Makmur. "Terima kasih," kata Budi.',
     "Ketua Koperasi Tani Makmur"),
    ('"Kami butuh bantuan," kata Budi Santoso.\n\nDia adalah Kepala Desa Sukamaju.', "Kepala Desa Sukamaju"),
    ("Menurut Budi Santoso, panen turun. Ia juga merupakan Ketua Kelompok Tani Makmur.", "Ketua Kelompok Tani Makmur"),
    # "Ia" is the one the sentence is about, not a name after its verb; nor after another sentence
    ("Rina menemui Budi Santoso. Ia merupakan Ketua Koperasi Tani Makmur.", None),
    ("Budi Santoso terpilih lagi. Rina datang. Ia merupakan Ketua Koperasi Tani Makmur.", None),
    # only for a person given no role next to the name
    ("Bendahara Partai Maju Budi Santoso hadir. Ia merupakan Ketua Koperasi Tani Makmur.", "Bendahara Partai Maju"),
])
def test_a_role_given_by_a_pronoun_opening_the_next_sentence(text, role):
    # (issue 19)
    found = role_of(text, ["Budi Santoso", "Budi"])
    assert (found.text if found else None) == role


@pytest.mark.parametrize("text, name, role", [
    ("Pedagang buah di Pasar Baru, Agus Salman, mengeluhkan sepinya pembeli.", "Agus Salman",
     "Pedagang buah di Pasar Baru"),
    ("Dokter spesialis anak di RSUD Garut, Rina Wati, mengatakan hal itu.", "Rina Wati",
     "Dokter spesialis anak di RSUD Garut"),
    # an office's "di" is where the event was: no role runs over it
    ("Kepala Dinas Pendidikan di Jakarta, Agus Salman, mengatakan hal itu.", "Agus Salman", None),
    ("Agus, Pedagang buah di Pasar Baru, mengatakan hal itu.", "Agus", "Pedagang buah di Pasar Baru"),
])
def test_an_occupation_opening_the_sentence_keeps_where_it_is_held(text, name, role):
    # (issue 19) the occupation capitalised as the sentence's first word, its field in lower case
    found = role_of(text, [name])
    assert (found.text if found else None) == role


def test_two_names_each_with_its_own_apposition():
    # (issue 19) "X, Ketua RT 01, dan Y, Ketua RT 02": each apposition is its name's; no role ends
    # in the "dan" before the second name
    text = "Hal itu diungkapkan Budi Santoso, Ketua RT 01, dan Rina Wati, Ketua RT 02."
    assert role_of(text, ["Budi Santoso"]).text == "Ketua RT 01"
    assert role_of(text, ["Rina Wati"]).text == "Ketua RT 02"
    # a title before a guest's name after the comma is still no apposition of the first
    assert role_of("Hadir pula Budi Santoso, Kepala Dinas Pendidikan Sari Dewi, dan warga.", ["Budi Santoso"]) is None


@pytest.mark.parametrize("text, name, role", [
    ("Ketua umum terpilih Ikatan Dokter Indonesia (IDI), Slamet Budiarto, berjanji memperjuangkan hal itu.",
     "Slamet Budiarto", "Ketua umum terpilih Ikatan Dokter Indonesia (IDI)"),
    ("Presiden terpilih Amerika Serikat Donald Trump mengatakan hal itu.", "Donald Trump",
     "Presiden terpilih Amerika Serikat"),
    ("Budi Santoso terpilih sebagai Ketua RT 05.", "Budi Santoso", "Ketua RT 05"),
    ("Rina Wati resmi dilantik sebagai Kepala Dinas Kesehatan Kota Depok.", "Rina Wati",
     "Kepala Dinas Kesehatan Kota Depok"),
    ("Rina Wati telah ditunjuk sebagai Plt Kepala Dinas Kesehatan Kota Depok.", "Rina Wati",
     "Plt Kepala Dinas Kesehatan Kota Depok"),
    ("Rina Wati baru datang sebagai tamu.", "Rina Wati", None),
])
def test_an_office_elect_or_appointed(text, name, role):
    # (issue 19) "terpilih" is no verb inside a role; elected, appointed, sworn in "sebagai" a role
    found = role_of(text, [name])
    assert (found.text if found else None) == role
