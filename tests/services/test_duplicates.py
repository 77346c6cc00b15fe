"""Likely duplicate contacts: by email, by phone whatever its format, by names written alike."""

from __future__ import annotations

from crm_desktop.services.crm import Crm
from crm_desktop.services.duplicates import SAME_COMPANY, SAME_EMAIL, SAME_PHONE, SIMILAR_NAME
from crm_desktop.services.people import CompanyInput, ContactInput


def add(crm: Crm, name: str, **values: object) -> str:
    given, _space, family = name.partition(" ")
    return str(crm.contacts.create(ContactInput(given_name=given, family_name=family, **values)).value.id)


def found(crm: Crm, min_score: float = 0.0) -> dict[frozenset[str], tuple[float, set[str]]]:
    return {frozenset((p.a, p.b)): (p.score, p.reasons) for p in crm.duplicates.scan(min_score=min_score)}


def test_the_same_email_and_the_same_phone_written_otherwise(crm: Crm) -> None:
    a = add(crm, "Omar Haddad", emails=["Omar@Example.com"])
    b = add(crm, "O. Haddad", emails=["omar@example.com"])
    c = add(crm, "Kamal Nasser", phones=["050 123 4567"])
    d = add(crm, "K Nasser", phones=["+966501234567"])
    add(crm, "Someone Else", emails=["else@example.com"])
    pairs = found(crm)
    assert pairs[frozenset((a, b))][1] == {SAME_EMAIL}
    assert pairs[frozenset((c, d))][1] == {SAME_PHONE}
    assert len(pairs) == 2


def test_names_written_alike_in_arabic_persian_and_turkish(crm: Crm) -> None:
    kaya = crm.companies.create(CompanyInput(name="Kaya")).value.id
    pairs = [
        (add(crm, "أحمد الحربي"), add(crm, "احمد الحربى")),  # hamza and final ya
        (add(crm, "علی رضایی"), add(crm, "علي رضائي")),  # Persian and Arabic letter forms
        (add(crm, "Ahmet Yılmaz", company_id=kaya), add(crm, "AHMET YILMAZ", company_id=kaya)),
    ]
    add(crm, "Ahmet Kaya")  # shares a first name only
    scanned = found(crm, min_score=0.5)
    for a, b in pairs:
        assert SIMILAR_NAME in scanned[frozenset((a, b))][1]
    assert scanned[frozenset(pairs[2])] == (0.7, {SIMILAR_NAME, SAME_COMPANY})
    assert len(scanned) == 3
    assert found(crm, min_score=0.7).keys() == {frozenset(pairs[2])}  # a name alone is a hint


def test_scores_add_up_and_groups_join_pairs(crm: Crm) -> None:
    a = add(crm, "Leyla Demir", emails=["leyla@example.com"], phones=["05321234567"])
    b = add(crm, "Leyla Demir", emails=["leyla@example.com"])
    c = add(crm, "Leyla Demir", phones=["05321234567"])
    pairs = crm.duplicates.scan()
    assert pairs[0].score == 1.0 and pairs[0].reasons >= {SAME_EMAIL, SIMILAR_NAME}
    assert crm.duplicates.groups(pairs) == [sorted([a, b, c])]
    assert "same email" in pairs[0].describe()


def test_deleted_contacts_are_left_out(crm: Crm) -> None:
    a = add(crm, "Omar Haddad", emails=["omar@example.com"])
    b = add(crm, "Omar Haddad", emails=["omar@example.com"])
    crm.contacts.delete(b)
    assert crm.duplicates.scan() == []
    del a


def test_who_a_new_contact_probably_is_already(crm: Crm) -> None:
    omar = add(crm, "Omar Haddad", emails=["Omar@example.com"], phones=["0501234567"])
    add(crm, "Leyla Demir")
    like = crm.duplicates.like("Omar Hadad", ["omar@EXAMPLE.com"], ["+966 50 123 4567"])
    assert [(p.a, p.a_name) for p in like] == [(omar, "Omar Haddad")]
    assert like[0].reasons == {SAME_EMAIL, SAME_PHONE, SIMILAR_NAME} and like[0].score == 1.0
    assert [p.a for p in crm.duplicates.like("omar haddad")] == [omar]
    assert crm.duplicates.like("Omar Haddad", exclude=omar) == []  # itself, when editing
    assert crm.duplicates.like("Kamal Nasser", ["not an email"], ["12"]) == []
