"""An area's or a title's seat read where a person's name would stand (quotes/names/seats.py).
Sentences are written for the project; names are made up."""
from quotes.names.seats import after_area, seat


def test_a_seat_after_an_area_word_or_before_a_ranked_name_is_a_place():
    text = "Camat di Kecamatan Sungai Karang hadir. Kapolsek Bukit Lestari, Kompol Hendra F. Simatupang, datang."
    at = text.index("Sungai")
    assert after_area(text, at) and seat(text, at, at + len("Sungai Karang"))
    at = text.index("Bukit Lestari")
    assert seat(text, at, at + len("Bukit Lestari"))


def test_a_name_after_an_office_or_without_a_rank_after_the_comma_is_no_seat():
    text = "Kepala Desa Dedi Kurnia hadir. Bupati Dadang Supriatna, Rabu (5/3), meninjau banjir."
    at = text.index("Dedi")
    assert not seat(text, at, at + len("Dedi Kurnia"))
    at = text.index("Dadang")
    assert not seat(text, at, at + len("Dadang Supriatna"))


def test_a_name_after_a_regency_city_or_province_word_is_a_place_but_not_after_wali_kota():
    text = "Warga Kabupaten Sukamaju dan Kota Tanjung Sari hadir. Wali Kota Budi Hartawan membuka acara."
    assert after_area(text, text.index("Sukamaju"))
    assert after_area(text, text.index("Tanjung Sari"))
    assert not after_area(text, text.index("Budi"))  # "Wali Kota" is an office, a name follows it
