"""Can a name speak? (quotes/names/who_speaks.py)"""
import pytest

from quotes.names import who_speaks


def test_can_speak_rejects_places_dates_organisations_documents():
    assert who_speaks.can_speak("Rudi Hartanto", "person")
    assert who_speaks.can_speak("seorang warga", "unnamed")
    assert not who_speaks.can_speak("Jawa Barat", "person")
    assert not who_speaks.can_speak("Eropa", "person")
    assert not who_speaks.can_speak("Senin (3/2/2025", "person")
    assert not who_speaks.can_speak("Bank Sentral", "person")
    assert not who_speaks.can_speak("Kemenkes", "organization")
    assert not who_speaks.can_speak("surat edaran itu", "unnamed")
    assert not who_speaks.can_speak("pekan", "unnamed")  # a misread subject, no description of a person
    assert not who_speaks.can_speak("KOMPAS.com", "person")


def test_names_of_people_look_more_like_speakers_than_things_written_as_often():
    # counted over raw news (speaker_words.tsv): people fill the slot after "kata", clubs and
    # apps never do, however often they are capitalised
    assert who_speaks.speaker_words("Budi Santoso") > 0.6
    assert who_speaks.speaker_words("Telegram") < 0.1 and who_speaks.speaker_words("Barcelona") < 0.2
    assert who_speaks.speaker_words("Budi Santoso") > who_speaks.speaker_words("Otoritas Jasa Keuangan")


def test_a_word_never_counted_is_a_rare_name_and_an_initial_alone_is_nobody():
    assert who_speaks.speaker_words("Zyxwvut Qoplak") == pytest.approx(0.61, abs=0.01)
    assert who_speaks.speaker_words("K") == 0.0 and who_speaks.speaker_words("") == 0.0


def test_proper_nouns_are_words_raw_news_writes_capitalised():
    from quotes.names.who_speaks import proper_noun

    assert proper_noun("Samsung") and proper_noun("Google")
    assert not proper_noun("Warga") and not proper_noun("Anak")
