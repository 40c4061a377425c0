from wsr_edu.records import codes


def test_codes_use_only_unambiguous_characters_and_read_in_two_groups() -> None:
    made = codes.new_codes(500)
    assert len(set(made)) == 500
    for code in made:
        assert codes.is_valid_code(code)
        letters = code.replace("-", "")
        assert not set(letters) & set("01OIL25SZ8B")


def test_new_codes_avoid_codes_already_taken() -> None:
    taken = codes.new_codes(50)
    fresh = codes.new_codes(50, taken)
    assert not set(taken) & set(fresh)


def test_a_typed_code_is_normalised_to_the_printed_form() -> None:
    code = codes.new_code()
    typed = code.lower().replace("-", " ")
    assert codes.normalise_code(typed) == code
