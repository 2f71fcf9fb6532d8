"""Capitalised words that stand where a person's name would and are a place: an area's or a
title's seat ("Kecamatan Sungai Karang", "Kapolsek Bukit Lestari, Kompol Hendra Simatupang"). Used
by `inventory` (moved out of it)."""
from __future__ import annotations

from .name_words import after_regional_role
from .role_words import ranked_name_after

# the words that name an area or a street, never part of a person's title ("Wali Kota" is)
_AREAS = frozenset("""kecamatan kelurahan desa dusun kampung nagari jalan jl jl. gang komplek kompleks perumahan
    kabupaten kab kab. kota provinsi prov prov.""".split())
# the words before an area word that make it an office ("Kepala Desa", "Sekretaris Kelurahan",
# "Wali Kota")
_AREA_OFFICES = frozenset("kepala sekretaris perangkat ketua wakil plt pj penjabat wali walikota".split())


def after_area(text: str, start: int) -> bool:
    before = text[max(0, start - 30):start].split()
    if len(before) >= 2 and before[-2].lower().rstrip(".") in _AREA_OFFICES:
        return False  # "Kepala Desa Dedi Kurnia": the area word ends a title, a name follows
    return bool(before) and before[-1].lower() in _AREAS and text[start - 1:start] in " \t"


def seat(text: str, start: int, end: int) -> bool:
    """The person-like words at [start, end) are a place: after an area word ("Kecamatan Sungai
    Karang", the area word read as a title), or the seat of a regional role before a comma and a
    ranked name ("Kapolsek Bukit Lestari, Kompol Hendra F. Simatupang")."""
    return after_area(text, start) or after_regional_role(text, start) and ranked_name_after(text, end) is not None
