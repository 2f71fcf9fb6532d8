
from quotes.dates import Calendar, find_dates, parse_published, years_in


def dates(text, published=None):
    cal = Calendar(parse_published(published), years_in(text))
    return [(m.text, m.date.isoformat() if m.date else None, m.basis) for m in find_dates(text, cal)]


def test_dateline_without_year_takes_the_year_whose_weekday_matches():
    assert dates("ujar Anas, Selasa (08/11). Pada 2022 ini kerja sama berlanjut.")[0] == (
        "Selasa (08/11)", "2022-11-08", "dateline")


def test_dateline_with_year_and_published():
    assert dates("kata dia, Senin (21/8/2023).", "2023-08-22")[0] == ("Senin (21/8/2023)", "2023-08-21", "dateline")


def test_weekday_that_contradicts_the_year_fixes_the_year():
    # 21 Jan 2018 was a Sunday; the article is from 2019, when it was a Monday
    assert dates("katanya, Senin (21/1/2018).", "2019-01-21")[0][1] == "2019-01-21"


def test_explicit_date_with_month_name():
    assert dates("Rabu, 9 November 2022")[0] == ("Rabu, 9 November 2022", "2022-11-09", "explicit")


def test_relative_words_against_published():
    got = dict((t, d) for t, d, _ in dates("Hingga kemarin air belum surut. Senin lalu hujan.", "2023-03-08"))
    assert got["kemarin"] == "2023-03-07"
    assert got["Senin lalu"] == "2023-03-06"


def test_relative_words_without_published_are_unknown():
    assert dates("kemarin")[0][1] is None


def test_bad_published_is_an_error():
    import pytest

    with pytest.raises(ValueError):
        parse_published("kemarin sore")
