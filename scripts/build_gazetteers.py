"""Build the place gazetteers in quotes/data from maintained data packages.

    npm pack idn-area-data@3.1.2        # Indonesian administrative areas (Kepmendagri), data ODbL 1.0
    pip install pycountry==26.2.16      # ISO 3166 countries with Indonesian names (iso-codes), LGPL-2.1
    python scripts/build_gazetteers.py idn-area-data-3.1.2.tgz

Writes quotes/data/places.tsv: one lower-case place name a line with its level (province, regency,
city, country). Provinces, regencies and cities come from idn-area-data; "Kabupaten"/"Kota" are
dropped from the names, because articles write "Bupati Garut", "Wali Kota Bandung". Districts and
villages are left out on purpose: there are ~90,000 of them and many are also people's names
("Sukarame", "Cempaka"), so they would cost more speakers than they save.
Countries: the English names and their Indonesian translations from pycountry's iso-codes data.
The written file carries the attribution both licences ask for.
"""
from __future__ import annotations

import csv
import gettext
import io
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "quotes" / "data" / "places.tsv"

HEADER = """# Place names (lower case) and their level, built by scripts/build_gazetteers.py.
# Indonesian provinces, regencies and cities: idn-area-data {version} (github.com/fityannugroho/idn-area-data),
#   data under the Open Database License 1.0 (ODbL): this derived list is shared under ODbL too.
# Countries: ISO 3166-1 names in English and Indonesian from pycountry {pyc} (the iso-codes project), LGPL-2.1.
"""


def _clean(name: str) -> str:
    name = " ".join(name.replace(".", ". ").split())
    for prefix in ("KABUPATEN ADMINISTRASI ", "KABUPATEN ", "KOTA ADMINISTRASI ", "KOTA ADM. ", "KOTA ", "KAB. "):
        if name.upper().startswith(prefix):
            name = name[len(prefix):]
            break
    return name.lower()


def areas(tgz: Path) -> tuple[str, list[tuple[str, str]]]:
    out = []
    with tarfile.open(tgz) as tar:
        def rows(member):
            fh = tar.extractfile(f"package/data/{member}.csv")
            return list(csv.DictReader(io.TextIOWrapper(fh, encoding="utf-8")))

        import json
        version = json.load(tar.extractfile("package/package.json"))["version"]
        for r in rows("provinces"):
            out.append((_clean(r["name"]), "province"))
            if r["name"].upper().startswith("DKI "):
                out.append((_clean(r["name"][4:]), "province"))
        for r in rows("regencies"):
            level = "city" if r["name"].upper().startswith("KOTA") else "regency"
            out.append((_clean(r["name"]), level))
    return version, out


def countries() -> tuple[str, list[tuple[str, str]]]:
    from importlib.metadata import version

    import pycountry

    t = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    out = []
    for c in pycountry.countries:
        for name in {c.name, getattr(c, "common_name", c.name), t.gettext(c.name)}:
            if "," not in name and "(" not in name:
                out.append((name.lower(), "country"))
    return version("pycountry"), out


# countries as Indonesian news writes them where the ISO translation has another form ("Perancis",
# "Federasi Rusia", "Britania Raya") or none
NEWS_COUNTRIES = ("prancis", "inggris", "rusia", "tiongkok", "palestina", "suriah", "libanon", "brunei",
                  "timor leste", "hungaria", "ceko", "vatikan", "kongo", "bosnia", "skotlandia", "korsel", "korut")


def main() -> None:
    tgz = Path(sys.argv[1] if len(sys.argv) > 1 else "idn-area-data-3.1.2.tgz")
    av, rows = areas(tgz)
    pv, crows = countries()
    seen: dict[str, str] = {}
    for name, level in rows + crows + [(c, "country") for c in NEWS_COUNTRIES]:
        seen.setdefault(name, level)
    body = "".join(f"{n}\t{lv}\n" for n, lv in sorted(seen.items()))
    OUT.write_text(HEADER.format(version=av, pyc=pv) + body, encoding="utf-8")
    print(f"wrote {len(seen)} places to {OUT}")


if __name__ == "__main__":
    main()
