"""Business fraud against companies (issue 18, pii28): accounts-payable threads, supplier
master data and ERP audit logs, payroll notes, CEO chats, a bank's recall list and a board's
minutes, with the business numbers beside each rule as its near miss. Synthetic values
only (CVR and VAT numbers fail the CVR check, IBANs are the standard's examples)."""

from __future__ import annotations

from tests.privacy.findings import kinds, of


def people(text: str) -> list[str]:
    return of("PERSON", text)


# Phone precision: business numbers


def test_a_vat_number_with_its_country_code_is_no_phone() -> None:
    text = "Leverandør: Polarlys Print ApS, CVR 25642409, moms-nr. DK34355146\n"
    assert of("PHONE", text) == []


def test_a_phone_after_a_glued_phone_label_in_capitals_is_still_one() -> None:
    # Near miss: "TLF" is a word, not a country code.
    assert of("PHONE", "Kontakt TLF20304050 i dag") == ["20304050"]


def test_a_purchase_orders_number_is_no_phone() -> None:
    assert of("PHONE", "Brug PO 63399041 som tekst.") == []
    assert of("PHONE", "Emne: Vedr. PO 57762754\n\nHej Piotr") == []


def test_a_number_after_a_lowercase_po_word_is_still_a_phone() -> None:
    # Near miss: only the capitals "PO" label an order; "tempo" ends in "po".
    assert of("PHONE", "Tempo 20304050, ring") == ["20304050"]


# IBAN recall


def test_an_iban_followed_by_its_bic_is_found_without_it() -> None:
    text = "[07:26] Anker Kold: GB82 WEST 1234 5698 7654 32 NWBKGB2L\n"
    assert of("IBAN", text) == ["GB82 WEST 1234 5698 7654 32"]
    text = "Kontoen: GB82WEST12345698765432 NWBKGB2L\n"
    assert of("IBAN", text) == ["GB82WEST12345698765432"]


def test_a_grouped_iban_with_a_bank_code_of_letters_stays_whole() -> None:
    # Near miss: a four-letter bank code inside the IBAN is a group of it.
    assert of("IBAN", "Til GB82 WEST 1234 5698 7654 32.") == ["GB82 WEST 1234 5698 7654 32"]


# An ERP's audit log


_LOG = (
    "Tidspunkt;Bruger;Navn;Felt;Gammel værdi;Ny værdi\n"
    "2026-05-09 13:26:00;DPHA;Pham, Dragan;Betalingsbetingelse;Netto 30;Netto 8\n"
    "2026-02-10 18:13:19;ASHA;MAI-BRITT BECH LADEFOGED;E-mail;(tom);(tom)\n"
)


def test_an_audit_logs_name_column_is_a_person_and_its_user_code_none() -> None:
    assert people(_LOG) == ["Pham, Dragan", "MAI-BRITT BECH LADEFOGED"]


def test_a_user_code_that_is_a_given_name_outside_a_log_is_still_one() -> None:
    # Near miss: without the log's header, "Asha" signing a mail is a person.
    assert people("Venlig hilsen\nAsha") == ["Asha"]


# A bank's recall list


_RECALL = (
    "Valørdato | Beløb | Modtager | Modtagers konto | BIC\n"
    "22.02.2026 | GBP 608.290,50 | ZIELIŃSKI MAREK | GB82 WEST 1234 5698 7654 32 | NWBKGB2L\n"
    "23.02.2026 | EUR 25.673,20 | SKOVBO VIKARSERVICE APS | GB82WEST12345698765432 | NWBKGB2L\n"
)


def test_a_payee_column_names_the_person() -> None:
    assert "ZIELIŃSKI MAREK" in people(_RECALL)


def test_a_firm_in_the_payee_column_is_no_person() -> None:
    # Near miss: a payee with a legal form is a company.
    assert not any("SKOVBO" in name for name in people(_RECALL))


# Signatories, minutes and the people they name


def test_who_approved_handled_or_wrote_a_record_is_named() -> None:
    assert people("Godkendt af: J. Nørskov den 25.08.2026") == ["J. Nørskov"]
    assert people("Skrevet af A. Overby · CVR 45786718") == ["A. Overby"]
    assert people("Referent: Kwame Ravnholt\n\n1. Hændelsen") == ["Kwame Ravnholt"]


def test_a_function_that_approved_is_no_person() -> None:
    # Near miss: "Compliance" approving is a unit.
    assert people("Godkendt af Compliance") == []


def test_an_inverted_name_after_skrevet_af_is_whole() -> None:
    text = "Skrevet af Krog, Bjarne Erik (søn, har fuldmagt)"
    assert people(text) == ["Krog, Bjarne Erik"]


def test_an_initial_and_surname_before_a_role_is_a_person() -> None:
    assert people("1. Hændelsen\nR. Uldall, bogholder, fik en mail") == ["R. Uldall"]
    text = "Til stede: Susanne Demir (formand), G. Tran (næstformand), Freja Uldall"
    assert "G. Tran" in people(text)


def test_an_initial_before_a_capitalised_word_without_a_role_is_none() -> None:
    # Near miss: a section's letter and a sentence's first word.
    assert people("Se afsnit B. Det, som er vigtigt") == []


def test_an_employees_genitive_before_what_fraud_takes_over() -> None:
    assert people("Hændelsesforløb: Ragnhilds mailkonto blev overtaget") == ["Ragnhilds"]
    assert people("Bemærkning: Nadias nærmeste leder bekræftede ikke") == ["Nadias"]


def test_a_club_or_brothers_firm_is_no_person() -> None:
    # Near miss for the leads: the injured party is an association or a firm.
    assert people("Forurettet: Boldklubben Vestby IF, CVR 37432248") == []
    assert people("Forurettet: Brdr. Kjærsgaard A/S, CVR 42126687") == []


# Lowercase names in chats


def test_a_colleague_addressed_in_lowercase_in_a_chat() -> None:
    text = (
        "[12:27] Grethe Sharma: hej torben er du ved din pc?\n"
        "[12:28] Torben Lindahl: jep grethe 😅\n"
    )
    assert people(text) == ["Grethe Sharma", "torben", "Torben Lindahl", "grethe"]


def test_a_lowercase_given_name_that_is_a_word_is_none_mid_sentence() -> None:
    # Near miss: "rose" names no one in "en rose, fin", though Rose Hansen is named.
    assert people("Rose Hansen kom forbi. Hun havde en rose, fin.") == ["Rose Hansen"]


def test_a_chat_question_after_a_lowercase_name_is_not_part_of_it() -> None:
    text = "[09:38] Søren Rahimi: hej ivana sidder du med banken i dag?"
    assert people(text) == ["Søren Rahimi", "ivana"]
    assert "PERSON" in kinds(text)


def test_whom_the_writer_says_to_ask_is_named_in_lowercase() -> None:
    text = "Gitte Rindom  9.32\n832534\n\nps. spørg gitte om MitID-brugeren er spærret"
    assert people(text) == ["Gitte Rindom", "gitte"]


def test_a_double_given_name_with_a_word_in_it_takes_an_unlisted_surname() -> None:
    assert people("1. Hændelsen\nMai-Britt Tange, bogholder, fik en mail") == ["Mai-Britt Tange"]


def test_a_given_name_that_is_a_word_alone_still_needs_more() -> None:
    # Near miss: "Mai" alone before a capitalised word is the month's word, not "Mai-Britt".
    assert people("Vi ses Mai Festival i år") == []


def test_who_requested_a_change_is_named() -> None:
    text = "Anmodet af: Trine Haidari via jk@tangholm.example.dk"
    assert people(text) == ["Trine Haidari"]


def test_a_double_given_name_addressed_in_lowercase() -> None:
    text = (
        "[11:42] Anne-Mette Gregersen: hej er du ved din pc?\n"
        "[11:43] Anker Rahimi: jep anne-mette 🙏\n"
    )
    assert people(text) == ["Anne-Mette Gregersen", "Anker Rahimi", "anne-mette"]
