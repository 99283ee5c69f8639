"""Personal data in public-benefits and health fraud (issue 18, pii37): a party's label that
ends like a street ("Klager 3"), a journal number after "j.nr.", a foreign IBAN made up of
digits where its country wants the bank's letters, a home helper's patient in the genitive,
and an inverted name with a double surname at a sentence's start; and the near miss beside
each. Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of


def test_a_party_label_is_no_address() -> None:
    text = "Klager: Klager 3\n\nJeg hedder Klager 1, født [fødselsdato], CPR [CPR], og bor …"
    assert of("ADDRESS", text) == []


def test_a_street_ending_like_a_role_is_an_address() -> None:
    assert of("ADDRESS", "Hun bor på Kirkeager 3 i byen.") == ["Kirkeager 3"]
    assert of("ADDRESS", "Klagervej 3, 2100 København Ø") == ["Klagervej 3, 2100 København Ø"]


def test_a_journal_number_is_no_phone() -> None:
    text = "Meldt til Lægemiddelstyrelsen, j.nr. 2025-5153; afhenteren omtales som Afhenter 1."
    assert of("PHONE", text) == []


def test_a_number_after_a_phone_word_is_a_phone() -> None:
    text = "Meldt til Lægemiddelstyrelsen. Patienten kan træffes på tlf. 2025 5153."
    assert of("PHONE", text) == ["2025 5153"]


def test_a_made_up_iban_in_digits_is_an_iban() -> None:
    text = "hele min opsparing overført til NL80 2029 1060 1190 41. Mit CPR-nr. er …"
    assert of("IBAN", text) == ["NL80 2029 1060 1190 41"]
    assert of("IBAN", "overført til NL9102730727722352. Tak") == ["NL9102730727722352"]


def test_an_iban_of_digits_with_a_wrong_length_or_check_is_none() -> None:
    assert of("IBAN", "overført til NL792029106011904. Tak") == []  # 13 digits, NL wants 14
    assert of("IBAN", "overført til NL81 2029 1060 1190 41. Tak") == []  # check digits
    assert of("IBAN", "kontoen DK71XXXXXXXXXX0932 er lukket") == []  # masked


def test_a_home_helpers_patient_in_the_genitive_is_a_name() -> None:
    text = "15.02.26 kl. 15.05: Pouls hjemmehjælper Bech-Rosenkilde, Zeynep ringede fra …"
    assert of("PERSON", text) == ["Pouls", "Bech-Rosenkilde, Zeynep"]


def test_an_inverted_double_surname_at_a_sentence_start_is_one_name() -> None:
    text = "Patienten har ikke bestilt medicinen. Iversen-Thy, Bodil kan træffes på 7531 7623."
    assert of("PERSON", text) == ["Iversen-Thy, Bodil"]


def test_a_sentence_start_before_a_vocative_is_no_surname() -> None:
    assert of("PERSON", "Vi tog til byen. Derfor, Bodil kan du komme.") == ["Bodil"]
    text = "kørte ind i min bil bagfra. Føreren, Emil Beck, oplyste telefonnummer 67 45 19 40."
    assert of("PERSON", text) == ["Emil Beck"]
