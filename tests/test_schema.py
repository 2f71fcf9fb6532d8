from conftest import rules
from quotes.schema import problems


def test_records_are_valid_and_problems_are_found():
    (q,) = rules('"Kami siap," ujar Anas.')
    d = q.to_dict()
    assert problems(d) == []
    assert problems({**d, "kind": "rumour"})
    assert problems({**d, "end": d["end"] + 1}) == ["text length does not match start/end"]
