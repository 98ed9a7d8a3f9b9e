from __future__ import annotations

import pytest

from quidit.store import is_name_like, normalize_name


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Denis Kapustin", "DENIS KAPUSTIN", True),
        ("Odile Carrasco", "Mme Odile CARRASCO", True),
        ("le général Hervé Lannuzel", "Herve Lannuzel", True),
        ("L’armée kessarienne", "l'armée kessarienne", True),
        ("La Russie", "Russie", True),
        ("M. Ferrandou", "Ferrandou", True),
        # negatives: different people, or role words that are not titles
        ("Odile Carrasco", "Odette Carrasco", False),
        ("le ministre", "le maire", False),
        ("Marie Dupont", "Dupont", False),
    ],
)
def test_normalize_name_links_spellings_of_one_name(a: str, b: str, same: bool) -> None:
    assert (normalize_name(a) == normalize_name(b)) is same


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("M.", "m"),  # a lone title is kept: never an empty key
        ("  ", ""),
        ("Jean-Éric Moal", "jean-eric moal"),
    ],
)
def test_normalize_name_edge_cases(name: str, key: str) -> None:
    assert normalize_name(name) == key


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("White Rex", True),
        ("Corps des Volontaires de Russie", True),
        ("le général Kapustin", True),
        ("La Russie", True),
        ("le chef de la milice", False),
        ("Le chef d’une milice russe", False),
        ("Il", False),
        ("elle", False),
        ("", False),
    ],
)
def test_is_name_like(alias: str, expected: bool) -> None:
    assert is_name_like(alias) is expected
