"""A record's speaker is an inventory entry; an entry that cannot speak is refused."""
from conftest import rules

TEXT = ("Menurut Ketua Koperasi Tani Makmur, Sardi Wiranata, pupuk sudah disalurkan kepada seribu keluarga. "
        "Laporan tersebut menyebutkan, jumlah penerima naik dua kali lipat dibanding tahun lalu. "
        '"Kami akan menambah gudang," ujar Sardi.')


def test_speakers_come_from_their_entries_and_a_document_speaks_for_no_one():
    import quotes

    entries = {e.name: e for e in quotes.people(TEXT, analyzer="rules")}
    by_text = {q.text[:12]: q for q in rules(TEXT)}
    first, report, last = by_text["pupuk sudah "], by_text["jumlah peneri"[:12]], by_text["Kami akan me"]
    assert first.speaker == last.speaker == "Sardi Wiranata" and first.speaker in entries
    assert first.speaker_role == last.speaker_role == entries["Sardi Wiranata"].role
    assert entries["Laporan tersebut"].type == "document"
    # a document never speaks: the chooser gives the statement to a person of the article or to
    # nobody (in the gold, a document's statements go to the person behind it), never to the report
    assert report.speaker != "Laporan tersebut"
    assert report.speaker is None or entries[report.speaker].type in ("person", "organization", "unnamed")
