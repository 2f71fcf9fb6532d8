"""Names that are an organisation by where the article writes them (quotes/names/outlets.py), and
the inventory entries they give. Sentences are written for the project; names are made up."""
from conftest import random_texts

import quotes
from quotes.names.outlets import cited, employer, with_article


def _at(text, word):
    return text.index(word)


def test_a_name_after_a_citation_of_a_news_source_is_cited():
    text = ("Menurut laporan Warta Pagi, harga naik. Seperti dikutip dari The Lantern, stok menipis. "
            "Dilansir Nusapost, pemerintah menolak. Mengutip Kabarkita, rapat ditunda.")
    assert cited(text, _at(text, "Warta"), 2)
    assert cited(text, _at(text, "Lantern"), 1)  # "The" counts as part of the name
    assert cited(text, _at(text, "Nusapost"), 1)
    assert cited(text, _at(text, "Kabarkita"), 1)


def test_a_person_reported_to_the_police_or_quoted_by_full_name_is_not_cited():
    text = "Kasus itu dilaporkan Dodi Saputra ke polisi. Ia mengutip Hendra Wijaya dalam pidatonya."
    assert not cited(text, _at(text, "Dodi"), 2)
    assert not cited(text, _at(text, "Hendra"), 2)  # "mengutip" before a full name: a person quoted
    assert not cited(text, _at(text, "Ia"), 1)


def test_the_english_article_goes_with_the_name():
    text = "dikutip dari The Lantern"
    assert with_article(text, _at(text, "Lantern")) == _at(text, "The")
    assert with_article(text, _at(text, "dari")) == _at(text, "dari")


def test_a_word_between_a_title_and_a_full_name_is_the_employer():
    text = "CEO Arkadata Rajiv Menon hadir. Arkadata menolak berkomentar. Ketua Panitia Rudi Hartono datang."
    assert employer(text, "Arkadata", ["Rajiv Menon", "Rudi Hartono"])
    assert not employer(text, "Rudi", ["Rudi Hartono"])  # a first name before its own surname
    assert not employer(text, "Arkadata", ["Rudi Hartono"])  # no full name of anybody follows it


def test_cited_outlets_and_employers_are_organisations_in_the_inventory():
    text = ('Harga minyak naik pekan ini. Menurut laporan Nusapost, pasokan terganggu. "Pasokan menipis," '
            'tulis Nusapost. Seperti dikutip dari The Lantern, stok menipis.\n\n'
            'CEO Arkadata Rajiv Menon mengatakan pihaknya siap. "Kami siap," kata Menon. '
            'Arkadata menolak berkomentar lebih jauh.')
    people = {e.name: e for e in quotes.people(text)}
    assert people["Nusapost"].type == "organization"
    assert people["The Lantern"].type == "organization"
    lantern = people["The Lantern"].forms[0]
    assert text[lantern.start:lantern.end] == "The Lantern"
    assert people["Arkadata"].type == "organization" and not people["Arkadata"].roles
    assert people["Rajiv Menon"].type == "person" and people["Rajiv Menon"].role == "CEO Arkadata"
    said = {r.text: r for r in quotes.extract(text, analyzer="rules")}
    assert said["Pasokan menipis,"].speaker == "Nusapost"
    assert said["Pasokan menipis,"].speaker_type == "organization"
    assert said["Kami siap,"].speaker == "Rajiv Menon"


def test_a_speaker_with_a_role_or_a_common_first_name_stays_a_person():
    text = ('Seperti dilansir Budi, rapat ditunda. Menurut laporan Ketua RT Sarmin, air naik. '
            '"Air naik," kata Sarmin.')
    people = {e.name: e for e in quotes.people(text)}
    assert people["Budi"].type == "person"  # raw news writes "Budi" as a speaker's name
    assert people["Sarmin"].type == "person"  # given a role


def test_the_employer_search_reads_as_the_pattern_it_replaced():
    import re

    def by_pattern(text, word, names):
        fulls = [n for n in names if " " in n and not n.startswith(word + " ")]
        for m in re.finditer(r"(?<![\w-])%s (?=[A-Z])" % re.escape(word), text):
            before = text[max(0, m.start() - 40):m.start()].split()
            if before and is_title_word(before[-1]) and any(
                    text.startswith(n, m.end()) and not text[m.end() + len(n):m.end() + len(n) + 1].isalnum() for n in fulls):
                return True
        return False

    from quotes.lexicon.words import is_title as is_title_word
    pieces = ["CEO", "Ketua", "warga", "Arkadata", "xArkadata", "-Arkadata", "Arkadata_", "Rajiv Menon",
              "Rajiv Menonx", "rajiv", ",", ".", "Budi Hartono", "é", "Arkadata "]
    for text in random_texts(pieces, 7, 400, most=12, least=1, sep=" "):
        for names in (["Rajiv Menon"], ["Rajiv Menon", "Budi Hartono"], ["Arkadata Rajiv"]):
            assert employer(text, "Arkadata", names) == by_pattern(text, "Arkadata", names), text
