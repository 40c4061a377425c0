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


def test_a_codes_pictures_are_fixed_by_its_letters() -> None:
    # Pinned: cards already printed must keep their pictures in every later version.
    assert codes.picture_names(codes.code_pictures("K7M-4PX")) == ("car", "heart", "umbrella")
    assert codes.code_pictures("k7m 4px") == codes.code_pictures("K7M-4PX")
    made = codes.new_codes(2000)
    sequences = [codes.code_pictures(c) for c in made]
    assert all(len(s) == 3 and all(0 <= i < len(codes.PICTURES) for i in s) for s in sequences)
    # Spread over the whole set: every picture turns up in every place.
    for place in range(3):
        assert {s[place] for s in sequences} == set(range(len(codes.PICTURES)))


def test_the_picture_set_is_sixteen_distinct_drawings() -> None:
    from wsr_edu.curriculum.svg import sanitise_svg

    assert len(set(codes.PICTURES)) == len(codes.PICTURES) == 16
    drawings = set()
    for name in codes.PICTURES:
        data = codes.picture_file(name).read_bytes()
        assert sanitise_svg(data).data is not None, name
        drawings.add(data)
    assert len(drawings) == 16


def test_fresh_codes_get_pictures_no_taken_code_has() -> None:
    taken = codes.new_codes(1500)
    used = {codes.code_pictures(c) for c in taken}
    fresh = codes.codes_with_free_pictures(1000, taken)
    assert not set(fresh) & set(taken)
    pictures = [codes.code_pictures(c) for c in fresh]
    assert len(set(pictures)) == 1000 and not set(pictures) & used
    assert all(codes.is_valid_code(c) for c in fresh)


def test_a_full_picture_space_still_gives_codes_with_shared_pictures() -> None:
    by_pictures: dict[tuple[int, ...], str] = {}
    while len(by_pictures) < codes.SEQUENCES:
        code = codes.new_code()
        by_pictures.setdefault(codes.code_pictures(code), code)
    taken = list(by_pictures.values())
    more = codes.codes_with_free_pictures(3, taken, tries=5)
    assert len(more) == 3 and not set(more) & set(taken)


def test_pictures_find_a_code_only_among_known_codes() -> None:
    known = codes.codes_with_free_pictures(20)
    target = known[7]
    assert codes.find_by_pictures(codes.code_pictures(target), known) == [target]
    assert codes.find_by_pictures(codes.code_pictures(target), known[:7]) == []
    assert codes.find_by_pictures(codes.code_pictures(target)[:2], known) == []
