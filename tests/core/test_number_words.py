from tipwatch.core.number_words import ordinal_values


def test_english_ordinals_read_as_their_numbers_in_order() -> None:
    ordinals = ordinal_values("en", 21)
    assert ordinals["fourth"] == 4
    assert ordinals["twelfth"] == 12
    assert ordinals["twenty-first"] == 21
    assert list(ordinals.values()) == list(range(1, 22))


def test_spanish_ordinals_come_from_the_same_table() -> None:
    assert ordinal_values("es", 4) == {"primero": 1, "segundo": 2, "tercero": 3, "cuarto": 4}
