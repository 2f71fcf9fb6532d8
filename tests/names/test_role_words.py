"""Role words (quotes/names/role_words.py): where a role read past a rank ends. Sentences are
written for the project; names are made up."""
import quotes
from quotes.names.role_words import strip_role


def _words(text):
    out, pos = [], 0
    for w in text.split():
        pos = text.index(w, pos)
        out.append((w, pos, pos + len(w)))
        pos += len(w)
    return out


def _role(text):
    return " ".join(w for w, _, _ in strip_role(_words(text)))


def test_a_role_read_past_a_rank_ends_before_it():
    assert _role("Kepala Polda Sukamaju Inspektur Jenderal RZ") == "Kepala Polda Sukamaju"
    assert _role("Kepala Bareskrim Komisaris Jenderal Hartono") == "Kepala Bareskrim"
    assert _role("Komandan Kodim 0510 Letnan Kolonel (Inf)") == "Komandan Kodim 0510"
    assert _role("Kepala Penerangan Kodam Kolonel (Czi) IGN") == "Kepala Penerangan Kodam"


def test_offices_named_with_a_rank_word_keep_it():
    assert _role("Direktur Jenderal Pajak Kementerian Keuangan") == "Direktur Jenderal Pajak Kementerian Keuangan"
    assert _role("Sekretaris Jenderal Majelis Ulama") == "Sekretaris Jenderal Majelis Ulama"
    assert _role("Komisaris Utama PT Sentosa") == "Komisaris Utama PT Sentosa"


def test_the_record_s_role_leaves_out_the_rank_and_the_name_after_it():
    text = ('Kepala Kepolisian Daerah Sukamaju Inspektur Jenderal RZ Hartawan mengatakan jalan ditutup. '
            '"Kami alihkan arus," kata Hartawan.')
    roles = {r.speaker_role for r in quotes.extract(text, analyzer="rules")}
    assert roles == {"Kepala Kepolisian Daerah Sukamaju"}
