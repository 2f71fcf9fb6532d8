"""Word lists: cue words and titles read once from the data files shipped in `quotes/data`, and the
closed word classes the rules test against. One list per concept; every module reads them here."""
from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Sequence

import attrs

from .degrees import is_specialist

# ---------------------------------------------------------------- quotation marks

OPENERS = "“„«‟"
CLOSERS = "”»"
STRAIGHT = '"＂'
QUOTE_CHARS = OPENERS + CLOSERS + STRAIGHT

# ---------------------------------------------------------------- clause words

COMPLEMENTISERS = frozenset({"bahwa", "kalau", "agar", "supaya", "jika", "bila"})
# words inside a long official title that do not end it ("Menteri Koordinator Bidang Politik, Hukum,
# dan Keamanan", "Komisioner Pemerintah Federal untuk Anti-Rasisme"): read by the speaker phrase
# (quotes.phrases) and the role grammar (quotes.roles)
ROLE_CONNECTORS = frozenset({"dan", "&", "untuk", "bidang", "urusan", "of", "and", "for"})
# words that open a sentence and link it to the one before ("Namun, ...", "Pasalnya, ...")
CONNECTORS = frozenset(
    """pasalnya namun tetapi akan tetapi sementara itu selain itu adapun kemudian lalu bahkan dengan demikian
    oleh karena karenanya maka sebab meski demikian""".split()
)
SUBORDINATORS = frozenset(
    """meski meskipun walaupun walau jika kalau ketika saat setelah sebelum karena untuk sambil sementara
    bila apabila agar supaya sehingga usai seusai""".split()
)
# other words that open a clause or an adjunct; with the subordinators they never start a name
CLAUSE_OPENERS = SUBORDINATORS | frozenset(
    "terlebih asalkan tanpa namun tetapi lebih ditambah selain melalui sedangkan adapun bahkan".split()
)
# words that cannot stand in a subject phrase before a verb of saying ("Ia cukup puas dengan ...")
SUBJECT_BREAKERS = frozenset(
    "dengan untuk di ke dari pada yaitu yakni bisa dapat akan harus cukup sangat diharapkan agar".split()
)
# verb-shaped words that are prepositions or conjunctions ("terhadap", "menurut")
NOT_VERBS = frozenset(
    """terhadap tentang bersama berdasarkan mengenai menjelang terkait terutama termasuk bersamaan
    kepada ketika menurut melalui selama sebagai""".split()
)
PREDICATE_WORDS = frozenset(
    """adalah merupakan akan telah sudah sedang masih belum tidak tak bukan bisa dapat harus perlu mesti wajib
    mampu ingin mau hendak boleh sempat pernah mulai ialah yakni menjadi jadi ada terus tetap""".split()
)
# words that point back to what was said before ("mengatakan hal itu.")
BACKREF = frozenset({"demikian", "hal", "itu", "begitu", "tersebut"})
# a tail of place and time after a cue ("..., ujarnya kepada wartawan di Jakarta.")
CUE_TAIL = frozenset({"di", "kepada", "dalam", "saat", "ketika", "pada", "usai", "seperti", "melalui"})
# words between subject and verb ("Anas juga mengatakan"), and those that negate the verb
ADVERBS = frozenset(
    """juga pun pula telah sudah sempat kembali lebih lanjut hanya bahkan lantas kemudian pun masih
    turut ikut langsung sendiri secara terpisah terang sekaligus tegas lalu pernah mengaku akhirnya
    justru malah tetap""".split()
)
# how something was said, after the speaker ("jawab peserta rapat serentak", "kata seorang warga
# singkat"): never a word of an unnamed speaker's phrase
MANNER = frozenset(
    """serentak singkat kompak lirih pelan perlahan spontan lantang bersamaan santai sinis ketus datar
    geram polos enteng tenang terisak tersenyum tertawa bercanda berseloroh berkelakar""".split()
)
NEGATIONS = frozenset({"tidak", "tak", "belum", "bukan", "enggan", "menolak", "tanpa", "jangan"})

# ---------------------------------------------------------------- speaker words

PRONOUNS = frozenset({"ia", "dia", "beliau", "mereka", "nya", "kami", "saya", "aku", "pihaknya"})
# words that describe an unnamed person ("seorang warga"); an "unnamed" speaker without one is a misreading
PEOPLE_WORDS = frozenset(
    """seorang salah pria wanita perempuan laki-laki sumber orang korban saksi pasien anak remaja pemuda
    pemudi ibu bapak petugas pedagang pengunjung penumpang nelayan petani buruh sopir pengemudi mahasiswa
    siswa pelajar murid karyawan pegawai relawan tetangga keluarga istri suami ayah kakak adik kakek nenek
    warga tokoh ustaz kiai santri atlet pemain pelatih penonton pembeli penjual pengusaha pekerja""".split())
# nouns, besides the titles, that name who a person is in a description pointing back ("pemenang
# lima gelar Liga 1 itu", "sosok yang akrab disapa Awi ini", "pria asal Garut tersebut")
PERSON_HEADS = frozenset("""pria wanita perempuan laki-laki sosok figur legenda juara peraih pemenang pelantun
    penyanyi lulusan alumnus alumni putra putri pebulutangkis petenis pembalap pesepakbola petinju pegolf
    perenang pecatur wartawan jurnalis presenter bomber winger selebritas selebgram influencer musisi idola
    bintang bos pentolan petinggi pejabat kader calon kandidat miliarder taipan rapper gitaris drummer
    kiper""".split())
# nouns, besides the organisation words, that name an institution in a description pointing back
# ("Kantor berita asal Prancis itu", "raksasa teknologi asal AS tersebut", "emiten ini")
INSTITUTIONS = frozenset("""media harian koran majalah situs portal stasiun raksasa emiten maskapai klub tim
    operator produsen pabrikan perseroan startup""".split())
# words that close a noun phrase pointing back ("Wakil Ketua DPR itu", "menteri asal Banyuwangi ini")
DEMONSTRATIVES = frozenset("ini itu tersebut".split())
# words before a title that keep it a title ("eks Ketua IM57+ Institute ini", "mantan menteri")
FORMER = frozenset("eks mantan sang".split())
# Words that end a speaker phrase: prepositions and clause words after "ujar Anas ..."
# the shape of a verb: me-/ber-/di-/ter- prefixes ("mengatakan", "berharap", "disampaikan")
VERB_SHAPE = re.compile(r"^(?:me|mem|men|meng|meny|ber|be|di|ter|ke)\w{3,}$", re.I)
STOP = frozenset(
    """di dalam saat ketika kepada pada seperti usai setelah sebelum yang dengan sambil melalui lewat
    kala tatkala menanggapi lagi mengenai terkait soal via sembari seraya kemarin dan atau tetapi namun
    yaitu yakni bahwa untuk sebagai saat itu ini juga pun menjelang jelang selepas seusai dari ke oleh
    kemudian lalu tadi sementara sedangkan karena agar supaya jika kalau bila""".split()
)
# Capitalised words that close a name on the left: organisations and places, not people.
ORG_WORDS = frozenset(
    """pt cv tbk persero bank kementerian kemenkeu otoritas badan dinas lembaga komisi asosiasi
    universitas institut koalisi partai dewan majelis mahkamah pengadilan kejaksaan kepolisian polri polda
    polres polsek kpk ojk bi dpr dpd mpr tni pemerintah pemkot pemkab pemprov kantor perusahaan yayasan
    organisasi forum serikat gabungan himpunan ikatan persatuan perhimpunan federasi konfederasi klub
    sekolah sma sman smp smpn smk smkn sdn madrasah pesantren rumah sakit rs bumn bpk bpjs bps bmkg kpu bawaslu lsm ngo sekuritas securities capital
    holding holdings group grup corp corporation inc ltd institute foundation parlemen fraksi humas perum perumda
    polresta polrestabes kodam korem kodim lanud satgas satuan direktorat ditreskrimum ditreskrimsus
    biro bidang seksi unit divisi departemen sekretariat setda setdako kemenko kemendagri kemenkes
    kemendikbud kemenag kemensos kemenhub kemenlu kemenhan kemenperin kemendag kementan dprd
    institution consulting consultant consultants center centre research studies university college
    agency association council committee commission partners advisory management ventures fund
    insurance airlines airways aviation society watch initiative alliance federation authority
    ministry academy league senat kongres kremlin niaga dinkes dishub disdik disnaker
    disperindag bappeda bpbd bnpb basarnas satpol kemenkumham kemenpora kemenparekraf kominfo kemenkominfo
    science sciences laboratory laboratories labs analytics technologies observatory studios ratings""".split()
)
# words before a name that say how to address the person ("Pak", "Bu", "Gus", "dr.", "Hj."): what
# follows them is a name, and they are no role
HONORIFICS = frozenset(
    "bapak ibu pak bu mas mbak bang kak saudara sdr tuan nyonya ny dr drs prof ir h hj kh raden rm rr rd st "
    "ustaz ustadz habib kiai gus kang akang cak teh bung daeng uda neng ning buya abah".split()
)
# words after a name that are still part of it ("Marlowe Jr")
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
# first names written short with a dot ("Moh. Mahfud MD", "Muh. Yusuf"): the dot ends no sentence
NAME_ABBREVIATIONS = frozenset("moh muh moch mohd abd".split())
# the words before the last item of a list ("Pendidikan, Kebudayaan, Riset, dan Teknologi")
AND_WORDS = frozenset({"dan", "serta", "&"})
# lower-case words inside a name ("Mohammed bin Salman", "Siti binti Ahmad")
NAME_LINKS = frozenset("bin binti".split())
# words after which the next capitalised word still names the organisation ("PT Armonia ...")
ORG_PREFIXES = frozenset("pt cv bank universitas institut yayasan koperasi perum klub grup group partai kabinet".split())
NOT_NAME = frozenset(
    """indonesia jakarta ri republik negara negeri luar nasional internasional pusat daerah provinsi kota kabupaten
    selatan utara barat timur tengah raya senin selasa rabu kamis jumat sabtu minggu januari februari maret
    april mei juni juli agustus september oktober november desember""".split()
)


# ---------------------------------------------------------------- data files

@attrs.frozen(slots=True)
class Cue:
    form: str
    lemma: str
    role: str  # post | say | weak | menurut | passive
    pronoun: bool = False  # "ujarnya": the -nya names the speaker


def _lines(name: str):
    text = resources.files("quotes").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def data_lines(name: str):
    """The lines of a data file in quotes/data, without comments and blank lines."""
    return _lines(name)


@functools.lru_cache(maxsize=None)
def _readings() -> dict[str, tuple[Cue, ...]]:
    """cues.tsv, read once: lower-case word form -> its readings in file order, with the enclitic
    -nya forms of post and menurut cues added ("disebutnya"-style passives with -nya are rare: left out)."""
    table: dict[str, list[Cue]] = {}
    for line in data_lines("cues.tsv"):
        form, lemma, role = line.split("\t")
        table.setdefault(form, []).append(Cue(form, lemma, role))
        if role in ("post", "menurut"):
            table.setdefault(form + "nya", []).append(Cue(form + "nya", lemma, role, pronoun=True))
    return {k: tuple(v) for k, v in table.items()}


@functools.lru_cache(maxsize=None)
def cues() -> dict[str, Cue]:
    """Lower-case word form -> its first reading."""
    return {form: readings[0] for form, readings in _readings().items()}


@functools.lru_cache(maxsize=None)
def titles() -> frozenset[str]:
    return frozenset(data_lines("titles.txt"))


@functools.lru_cache(maxsize=None)
def name_prefixes() -> frozenset:
    """Words that start a person's name (Muhammad, Siti, Teuku ...)."""
    return frozenset(data_lines("name_prefixes.txt"))


@functools.lru_cache(maxsize=None)
def role_equivalents() -> dict[str, str]:
    """Role phrase -> the role it stands for ("kepala negara" -> "presiden")."""
    return dict(line.split("\t") for line in data_lines("role_equivalents.tsv"))


@functools.lru_cache(maxsize=None)
def regional_roles() -> frozenset:
    """Last words of roles followed by their region ("Bupati Garut", "Wali Kota Bandar")."""
    return frozenset(_lines("regional_roles.txt"))


@functools.lru_cache(maxsize=None)
def common_words() -> frozenset:
    """Words Indonesian writes in lower case nearly always (data/common_words.txt, counted over
    14 M tokens of raw text by scripts/build_common_words.py): capitalised, they start a sentence
    or a heading, or stand in an organisation's name, but they are no person's name."""
    return frozenset(_lines("common_words.txt"))


@functools.lru_cache(maxsize=None)
def function_words() -> frozenset:
    """Words that are never part of a name: cue words, clause words, pronouns."""
    return frozenset(cues()) | STOP | PRONOUNS | CLAUSE_OPENERS | {
        "hal", "menurutnya", "sebelumnya", "selain", "sedangkan", "the", "of", "and", "for", "in", "on", "a", "an"}


# ---------------------------------------------------------------- look-ups

def cue_for(word: str) -> Cue | None:
    """The cue a word form is, by the table alone (cues.cue_at also reads -nya forms and lemmas)."""
    return cues().get(word.lower())


def is_cue_word(word: str) -> bool:
    """A cue form, or one with -nya added: the cheap test that picks what to analyse."""
    low = word.lower()
    table = cues()
    return low in table or (low.endswith("nya") and low[:-3] in table)


def roles_for(word: str) -> tuple[Cue, ...]:
    """Every reading of a cue word ("bilang" both follows a quote and takes a subject)."""
    return _readings().get(word.lower(), ())


# titles that are also common names ("Lukman Hakim Saifuddin", "Christine Hakim"): after a
# capitalised word that is no title they are part of the name (a judge is "Majelis Hakim", "Hakim
# Ketua", "hakim Budi")
NAME_TITLES = frozenset({"hakim"})


def title_at(words: Sequence[str], k: int) -> bool:
    """words[k] is a title in its run: `is_title`, but for a NAME_TITLES word after a name word."""
    if not is_title(words[k]):
        return False
    return not (k > 0 and words[k].lower() in NAME_TITLES and words[k][:1].isupper()
                and words[k - 1][:1].isupper() and words[k - 1].isalpha() and not is_title(words[k - 1]))


@functools.lru_cache(maxsize=1 << 16)  # asked of the same words again and again by every stage
def is_title(word: str) -> bool:
    # a specialist's degree ("Sp.PD", "Subsp.KGEH") is in no list: its shape says it; "Co-CEO",
    # "Co-Founder": a title shared
    low = word.lower().strip(",")
    return low in titles() or ("p." in word and is_specialist(word)) or low[:3] == "co-" and low[3:] in titles()
