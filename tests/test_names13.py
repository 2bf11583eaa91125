"""Names after names13: the harmless modifiers have words in each language of ``[translation]``
(``Peso muerto rumano con pausa``)."""

from __future__ import annotations

import pytest

import hamstring_rules as hr
from hamstring_rules._data import builtin_data

CATALOG = hr.Catalog.builtin()
NAMES = builtin_data()["names.toml"]
TRANSLATION = NAMES["translation"]


def _classify(name: str) -> hr.Resolution:
    return CATALOG.classify(name, suggest=False)


def _key(name: str) -> tuple[str, str | None, tuple[str, ...]]:
    res = _classify(name)
    return (res.status, res.exercise.id if res.exercise is not None else None, tuple(sorted(res.modifiers)))


# -- the harmless modifiers in the other languages ---------------------------------------------


#: (English spelling, language, word) for every word of the table.
_WORDS = sorted(
    (english, language, word)
    for english, by_language in TRANSLATION["words"].items()
    for language, words in by_language.items()
    for word in words
)


def test_every_untranslated_modifier_says_why() -> None:
    """A modifier left untranslated says why in a sentence (every other one has a word in each
    language: tests/test_names11.py, harmless ones too since names13)."""
    assert all(isinstance(why, str) and len(why) > 20 for why in TRANSLATION["untranslated"].values())


@pytest.mark.parametrize(("english", "language", "word"), _WORDS)
def test_every_word_of_the_table_reads_as_its_english_spelling(
    english: str, language: str, word: str
) -> None:
    """Walks the whole table: each word, after a movement and before it, reads as its English
    spelling does - the same exercise and modifiers, no word ignored or asked about as a slip."""
    del language
    for base in ("Romanian deadlift", "Split squat"):
        for said in (f"{base} {word}", f"{word} {base}"):
            res = _classify(said)
            assert not [a for a in res.assumed if a.startswith("ignored")], res.describe()
            assert "not a word the grammar knows" not in res.reason, res.describe()
            assert _key(said) == _key(said.replace(word, english)), (res.describe(), english)


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("Peso muerto rumano con pausa", "Paused Romanian deadlift"),
        ("Agachamento com pausa", "Paused squat"),
        ("Sentadilla con pausa", "Paused squat"),
        ("Kniebeuge pausiert", "Paused squat"),
        ("Squat avec pause", "Paused squat"),
        ("Squat con pausa", "Paused squat"),
        ("Kniebeuge langsam", "Slow squat"),
        ("Sentadilla lenta", "Slow squat"),
        ("Squat lent", "Slow squat"),
        ("Agachamento lento", "Slow squat"),
        ("Stacco rumeno lentamente", "Slow Romanian deadlift"),
        ("Kreuzheben explosiv", "Explosive deadlift"),
        ("Sentadilla explosiva", "Explosive squat"),
        ("Stacco rumeno controllato", "Controlled Romanian deadlift"),
        ("Zancada alterna", "Alternate lunge"),
        ("Peso muerto amplio", "Wide deadlift"),
        ("Sentadilla con mancuernas", "Dumbbell squat"),
        ("Hip thrust con barra", "Barbell hip thrust"),
    ],
)
def test_a_harmless_modifier_of_another_language_reads_as_the_english_one(
    name: str, english: str
) -> None:
    """The brief's words: "pausa", "pausiert", "lento", "langsam", "lent", "explosiv"... read as
    paused, slow, explosive - the pause squat is the pause squat in every language."""
    res = _classify(name)
    assert res.status == "exercise", res.describe()
    assert _key(name)[:2] == _key(english)[:2], (res.describe(), _classify(english).describe())
