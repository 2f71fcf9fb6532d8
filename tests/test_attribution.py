from conftest import CORPUS, rules


def test_offsets_always_point_into_the_input():
    t = (CORPUS / "sidang-suap-izin.txt").read_text(encoding="utf-8")
    for q in rules(t):
        assert t[q.start:q.end] == q.text
        if q.cue_start is not None:
            assert t[q.cue_start:q.cue_end].lower() == q.cue


def test_to_frame_gives_one_row_per_quote():
    import quotes

    qs = rules('"Kami siap," ujar Anas. "Baik," kata Budi.')
    df = quotes.to_frame(qs)
    assert list(df["speaker"]) == ["Anas", "Budi"]
    assert {"start", "end", "cue", "date"} <= set(df.columns)
