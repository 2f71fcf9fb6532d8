"""names.leading_org: words in front of a name that name its employer, a venue or a place."""
import pytest

import quotes
from quotes.names.leading_org import behind_venue

ARTICLE = (
    "Ketua Serikat Pekerja Hotel Mawar Indah Yanto, Senin (3/8), mengatakan karyawan hanya bekerja "
    "dua pekan dalam sebulan. \"Kami ingin upah kami dibayar penuh,\" kata Yanto.\n\n"
    "Sekitar 40 karyawan Hotel Mawar Indah mogok kerja sejak pekan lalu."
)


@pytest.mark.parametrize("hotel", ["Mawar Indah", "Bumi Asri", "Golden Palm"])
def test_a_one_word_name_behind_a_hotel_the_article_names_alone_is_the_person(hotel):
    text = ARTICLE.replace("Mawar Indah", hotel)
    assert behind_venue(text, f"Pekerja Hotel {hotel} Yanto".split()) == ["Yanto"]
    (r,) = [r for r in quotes.extract(text, analyzer="rules") if r.kind == "direct"]
    assert (r.speaker, r.speaker_type) == ("Yanto", "person")
    assert r.speaker_role == f"Ketua Serikat Pekerja Hotel {hotel}"


def test_a_city_written_alone_elsewhere_is_the_roles_not_the_names():
    text = ('Ketua DPRD Kota Pontianak Hendri, Senin (3/8), meminta warga tenang. "Kami awasi terus," '
            "kata Hendri. Warga Kota Pontianak diminta waspada.")
    assert {(r.speaker, r.speaker_role) for r in quotes.extract(text, analyzer="rules")} == {
        ("Hendri", "Ketua DPRD Kota Pontianak")}
    # a full name after the city keeps both its words
    text = text.replace("Pontianak Hendri,", "Pontianak Hendri Wijaya,")
    assert {r.speaker for r in quotes.extract(text, analyzer="rules")} == {"Hendri Wijaya"}


def test_no_cut_without_the_venue_alone_or_the_name_alone_or_a_venue_word():
    # the hotel is never written without the name after it
    text = ARTICLE.replace("karyawan Hotel Mawar Indah", "karyawan di sana")
    assert behind_venue(text, "Hotel Mawar Indah Yanto".split()) is None
    # the last word is never a speaker's name on its own
    text = ARTICLE.replace("kata Yanto", "katanya")
    assert behind_venue(text, "Hotel Mawar Indah Yanto".split()) is None
    # a person's full name written elsewhere in part ("Rudi Hartono" beside "kata Santoso"): no
    # venue or organisation word opens it, so nothing is cut
    text = 'Rudi Hartono Santoso hadir. Rudi Hartono tiba pagi. "Siap," kata Santoso.'
    assert behind_venue(text, "Rudi Hartono Santoso".split()) is None
