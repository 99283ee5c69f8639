"""The written Danish of ordinary and older people around a scam (issue 18, pii18): family
chats, elderly victims' letters, relatives' notes. Inverted names without a label, "Sr."/
"Jr.", maiden names, compound nouns named after people, the police's word for the victim,
phone numbers in dotted pairs, a chat's time stamp, card details and codes as told, a bare
account after its word and a lowercase street after "på". Each rule fires, and a near miss
does not. Synthetic names and numbers only."""

from __future__ import annotations

from tests.privacy.findings import found


def persons(text: str) -> list[str]:
    return [value for entity, value in found(text) if entity == "PERSON"]


# Names.


def test_inverted_name_as_a_letterhead_or_signature_is_one_name() -> None:
    assert persons("Med venlig hilsen\n\nMortensen, Ebba\nf. 28-05-1932") == ["Mortensen, Ebba"]
    assert persons("Krog, Ingrid\nTårnvej 14, st.\n5500 Middelfart") == ["Krog, Ingrid"]
    assert persons("Skrevet af Bundgaard, Tina (datter, har fuldmagt)") == ["Bundgaard, Tina"]
    assert persons("- spørg Rasmussen, Sofie Frederik om hjælp") == ["Rasmussen, Sofie Frederik"]
    assert persons("[04.12.26 10:58] Thygesen, Jesper: far ring ikke") == ["Thygesen, Jesper"]


def test_two_given_names_with_a_comma_stay_two_people() -> None:
    assert persons("Asger, Hjørdis\nog Mette kom i går") == ["Asger", "Hjørdis", "Mette"]


def test_formal_words_before_a_comma_are_no_surname() -> None:
    text = "Undertegnede, Bodil Kristensen, født 19.04.1949, ønsker at anmelde"
    assert persons(text) == ["Bodil Kristensen"]
    assert persons("Hej, Mette\nhvordan går det") == ["Mette"]


def test_senior_and_junior_belong_to_the_name() -> None:
    assert persons("Med venlig hilsen\nVerner Valdemar Holmgaard Sr.\nTårnvej 112A") == [
        "Verner Valdemar Holmgaard Sr."
    ]
    assert persons("Skrevet af Steen Damgaard Jr. (søn)") == ["Steen Damgaard Jr."]


def test_no_generation_without_its_word() -> None:
    assert persons("Hilsen Steen Damgaard. Ring i morgen") == ["Steen Damgaard"]


def test_maiden_name_after_born_is_a_name() -> None:
    assert persons("Undertegnede, Gerda Elisabeth Hvid (født Damgaard), født 14-08-1952") == [
        "Gerda Elisabeth Hvid",
        "Damgaard",
    ]
    assert persons("Venlig hilsen\nAnna Andersen, f. Knudsen\nf. 23-05-1949") == [
        "Anna Andersen",
        "Knudsen",
    ]


def test_born_before_a_date_or_a_place_names_no_one() -> None:
    assert persons("Gerda Hvid, født 14-08-1952, og hun er født i Aarhus") == ["Gerda Hvid"]


def test_compound_named_after_a_person_is_no_name() -> None:
    text = "vi købte Ingrid Marie-æbler og Anton Berg-chokolade i Netto"
    assert persons(text) == []


def test_double_given_name_typed_with_lowercase_is_still_a_name() -> None:
    assert persons("Hilsen Anne-marie Jensen") == ["Anne-marie Jensen"]


def test_the_victims_legal_word_is_no_name() -> None:
    assert persons("Med venlig hilsen\nForurettede\nf. [fødselsdato]") == []
    assert persons("Min datter Forurettede hjælper mig med sagen") == []


# Numbers.


def test_phone_number_in_dotted_pairs() -> None:
    assert ("PHONE", "64.92.06.46") in found("Tlf. 64.92.06.46\nE-mail: a@example.dk")


def test_dotted_pairs_after_an_ip_word_are_an_address() -> None:
    assert "PHONE" not in {entity for entity, _ in found("forbundet fra IP 20.30.40.50 i går")}


def test_date_and_hour_of_a_chat_stamp_is_no_phone_number() -> None:
    assert "PHONE" not in {entity for entity, _ in found("[28.01.26 13:48] Lone: ok ring")}


def test_expiry_after_a_card_number_further_back() -> None:
    text = "kortet altså 4000 0544 1633 9488 og den gik til 12/30 og cvv 143"
    assert ("CARD_EXPIRY", "12/30") in found(text)
    assert ("CARD_EXPIRY", "09/29") in found("mit kort udl 09/29 og det er sendt")


def test_month_and_year_without_a_card_is_no_expiry() -> None:
    assert "CARD_EXPIRY" not in {entity for entity, _ in found("vi ses igen 12/30 kl 8")}


def test_code_that_came_on_the_phone_is_an_otp() -> None:
    text = "og så kom der en kode på telefonen 656038 og den skulle jeg sige til ham"
    assert ("OTP", "656038") in found(text)


def test_numbers_in_groups_after_code_on_the_phone_are_no_otp() -> None:
    assert "OTP" not in {entity for entity, _ in found("der står en kode på telefonen 2030 4050")}


def test_account_alone_after_its_word() -> None:
    assert ("BANK_ACCOUNT", "2568369904") in found("der er røget 7.500 kr fra kontoen 2568369904")
    assert ("BANK_ACCOUNT", "6961423465") in found("- 97.000 kr. trukket fra konto 6961423465\n")


def test_short_or_long_number_after_account_word_is_no_account() -> None:
    for text in ("kontoen 12345678 er lukket", "konto 1234567890123"):
        assert "BANK_ACCOUNT" not in {entity for entity, _ in found(text)}


def test_lowercase_street_after_its_preposition_is_an_address() -> None:
    text = "Hej. en ung mand kom til min bopæl på tårnvej 119 3. mf. for at hente kortet"
    assert ("ADDRESS", "tårnvej 119 3. mf.") in found(text)
    assert ("ADDRESS", "nørregade 92b") in found("Hej mor. han var i nørregade 92b i går")


def test_lowercase_street_without_preposition_or_town_is_no_address() -> None:
    assert "ADDRESS" not in {entity for entity, _ in found("Hej. Vi mødes ved kastanievej 47")}


def test_surname_ending_a_name_or_a_list_is_no_inverted_name() -> None:
    text = "sedler fra Valdemar, Said Kuznetsova, Else og Andrii mangler"
    assert "Kuznetsova, Else" not in persons(text)
    assert "Jensen, Mette" not in persons("fra Jensen, Mette og Karl")
