
from quotes.dating.dates import Calendar, find_dates, parse_published, years_in


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


def test_a_year_far_from_publication_is_read_as_a_misprint():
    cal = Calendar(parse_published("2025-10-10"), ())
    (m,) = find_dates("kata Rudi di Medan, Kamis (9/10/3025).", cal)
    assert (m.date.isoformat(), m.misprint) == ("2025-10-09", True)


def test_without_published_the_article_s_other_years_expose_the_misprint():
    t = ("Rapat digelar Senin (6/10/2025) di Medan. Hasilnya diumumkan Kamis (9/10/3025), "
         "sementara laporan 2025 sudah terbit.")
    got = {x[0]: x[1] for x in dates(t)}
    assert got["Kamis (9/10/3025)"] == "2025-10-09"
    assert got["Senin (6/10/2025)"] == "2025-10-06"


def test_a_dateline_after_publication_takes_the_year_its_weekday_fits():
    t = "kata dia, Rabu (4/6/2026)."
    cal = Calendar(parse_published("2025-06-10"), years_in(t))
    (m,) = find_dates(t, cal)
    assert (m.date.isoformat(), m.misprint) == ("2025-06-04", True)


def test_a_weekday_slip_days_before_publication_keeps_the_written_date():
    # 3 July 2026 is a Friday; the article is from 6 July 2026: the weekday is the likelier slip
    cal = Calendar(parse_published("2026-07-06"), (2026,))
    (m,) = find_dates("di Ponorogo, Kamis (3/7/2026).", cal)
    assert (m.date.isoformat(), m.misprint) == ("2026-07-03", False)


def test_a_dateline_cut_at_the_end_of_the_text_is_still_read():
    cal = Calendar(parse_published("2025-11-18"), ())
    (m,) = find_dates('kata Rina, dikutip Selasa (7/10/202', cal)
    assert (m.text, m.date.isoformat(), m.misprint) == ("Selasa (7/10/202", "2025-10-07", True)


def test_a_written_year_that_fits_stays_as_written():
    cal = Calendar(parse_published("2025-06-10"), ())
    assert [m.misprint for m in find_dates("pada Jumat (17/8/1945) dan Senin (9/6/2025)", cal)] == [False, False]


def test_a_december_dateline_in_a_january_article_is_of_the_year_before():
    assert dates("ujar dia, Selasa (31/12).", "2025-01-02")[0][1] == "2024-12-31"
    # without published, the weekday and the years the article names decide
    assert dates("ujar dia, Selasa (31/12). Target 2025 sudah ditetapkan sejak 2024.")[0][1] == "2024-12-31"


def test_the_anchor_year_is_the_one_the_full_dates_give_most():
    t = "Senin (6/10/2025), Selasa (7/10/2025), Kamis (9/10/2026), target 2030."
    assert Calendar.of(t).anchor() == 2025


def test_without_published_a_day_without_year_falls_before_the_latest_dateline():
    # a January article about a December meeting: no weekday, no publication date
    t = "Rapat digelar (30/12) di Bandung. Hasilnya diumumkan Kamis (2/1/2025), kata Rudi."
    got = {m.text.strip(): m.date.isoformat() for m in find_dates(t, Calendar.of(t))}
    assert got["(30/12)"] == "2024-12-30"
    assert got["Kamis (2/1/2025)"] == "2025-01-02"


def test_overlapping_date_expressions_keep_the_first_pattern_in_any_number():
    # "Selasa (8/11/2022)" is a dateline; the weekday and the date inside it are not read again,
    # however many of them an article has (a long article is not read once per date it holds)
    one = "ujar Anas, Selasa (8/11/2022). Rapat digelar 9 November 2022 dan kemarin."
    found = dates(one)
    assert [b for _, _, b in found][:2] == ["dateline", "explicit"]
    many = dates(" ".join([one] * 300))
    assert len(many) == 300 * len(found)
    starts = [m.start for m in find_dates(" ".join([one] * 300), Calendar(None, (2022,)))]
    assert starts == sorted(starts)


def test_a_weekday_naming_the_publication_day_fixes_a_slipped_day_number():
    # 1 June 2025 was a Sunday; published Monday 2 June: the weekday is the day of writing
    cal = Calendar(parse_published("2025-06-02"), ())
    (m,) = find_dates("kata Ketua RT, Senin (1/6/2025), di balai warga.", cal)
    assert (m.date.isoformat(), m.misprint) == ("2025-06-02", True)
    (m,) = find_dates("ujar dia di Bandung, Senin (1/6).", cal)
    assert (m.date.isoformat(), m.misprint) == ("2025-06-02", True)


def test_a_weekday_slip_far_from_publication_keeps_the_written_day():
    # 8 June 2025 was a Sunday; published a week later the weekday is no better than the number
    cal = Calendar(parse_published("2025-06-16"), ())
    (m,) = find_dates("kata Kapolres, Senin (8/6/2025).", cal)
    assert (m.date.isoformat(), m.misprint) == ("2025-06-08", False)


def test_kemarin_after_a_unit_of_time_is_not_yesterday():
    # "tahun kemarin" is last year and "akhir pekan kemarin" last weekend: neither is a day
    assert dates("Untuk tahun kemarin ekspor naik. Band itu tampil pada akhir pekan kemarin.", "2024-03-15") == []
    assert dates("kata Rina, warga setempat, kemarin.", "2024-03-15") == [("kemarin", "2024-03-14", "relative")]


def test_datelines_with_a_time_of_day_spaces_or_no_brackets():
    got = [d[:2] for d in dates("ujar Budi, Senin malam (11/11). kata Ani, Selasa ( 12/11 ). kata Ida, Rabu 13/11.",
                                "2024-11-14")]
    assert got == [("Senin malam (11/11)", "2024-11-11"), ("Selasa ( 12/11 )", "2024-11-12"), ("Rabu 13/11", "2024-11-13")]
    # a dateline cut at the end of a line stops there, not in the next paragraph
    assert dates("dikutip Selasa (7/10/202\n\nParagraf berikutnya.", "2025-10-08")[0][0] == "Selasa (7/10/202"


def test_minggu_in_lower_case_is_a_week_not_sunday():
    got = dates("Pencairan butuh waktu dua minggu. Rapat digelar minggu depan. Ia pulang Minggu. "
                "Pada minggu (11/5) ia datang.", "2025-05-13")
    assert got == [("Minggu", "2025-05-11", "weekday"), ("minggu (11/5)", "2025-05-11", "dateline")]


def test_a_weekday_of_last_week_is_in_the_calendar_week_before():
    # published Thursday 12 June 2025: "Rabu pekan lalu" is Wednesday 4 June, not yesterday;
    # "Jumat minggu lalu" is Friday 6 June either way, "Rabu lalu" the last Wednesday gone
    got = dict((t, d) for t, d, _ in dates(
        "kata Sri, Rabu pekan lalu. ujar Tono, Jumat minggu lalu. kata Ida, Rabu lalu.", "2025-06-12"))
    assert got == {"Rabu pekan lalu": "2025-06-04", "Jumat minggu lalu": "2025-06-06", "Rabu lalu": "2025-06-11"}
    # published on a Monday, last week's Monday is a week back
    assert dates("kata Sri, Senin pekan lalu.", "2025-06-09")[0][1] == "2025-06-02"


def test_kemarin_after_a_written_day_is_that_day_gone_by_not_yesterday():
    assert dates("Pameran dibuka pada 8 Juni kemarin. ujar Tini, Senin (9/6) kemarin.", "2025-06-12") == [
        ("8 Juni", "2025-06-08", "explicit"), ("Senin (9/6)", "2025-06-09", "dateline")]
    # after a full stop it is yesterday again
    assert dates("kata Tini, Senin (9/6). Kemarin hujan turun.", "2025-06-12")[1] == ("Kemarin", "2025-06-11", "relative")


def test_the_wire_s_dateline_before_its_bracketed_name():
    assert dates("Kendari, 11/6 (ANTARA) - Pemerintah kota membuka pasar murah.", "2025-06-12") == [
        ("11/6", "2025-06-11", "dateline")]
    assert dates("Palu, 3/2/2018 (Antara) - Gempa kecil terasa.")[0][:2] == ("3/2/2018", "2018-02-03")
    # a fraction or score elsewhere is no date
    assert dates("Skor akhir 3/2 untuk tuan rumah.", "2025-06-12") == []
