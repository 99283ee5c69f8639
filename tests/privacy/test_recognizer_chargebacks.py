"""A webshop's and a payment provider's chargeback and dispute team (pii73, pii_blind68): a
plate right after the car the buyer drove when collecting ("Kørte EK72482 ved afhentning"), a
dispute export's merchant and buyer as stand-ins ("Sælger A"), an acquirer reference number
(ARN) that is no card, a caller's quoted alias from a team or a firm named by its trade, a call
log's "Indringer:", a report's writer after its day ("Udarbejdet 12. december af I. Krog"), a
phone number after an e-mail address and a slash, the street endings -udsigten and -lysten, the
given names Oline and Villum and an English "name" before an inverted name. The near miss
beside each. Synthetic names and numbers only."""

from __future__ import annotations

from tests.privacy.findings import of


def test_a_plate_right_after_the_car_driven() -> None:
    text = "Tlf. 6050 9444. Kørte EK72482 ved afhentning. Kontoen modtog videresalg."
    assert of("NUMBER_PLATE", text) == ["EK72482"]
    assert of("NUMBER_PLATE", "Kørte HA 32 774 ved afhentning.") == ["HA 32 774"]


def test_a_plate_shape_without_the_drive_stays_none() -> None:
    assert of("NUMBER_PLATE", "Tlf. 6050 9444. Kom med EK72482 ved afhentning.") == []


def test_a_dispute_exports_merchant_is_a_stand_in() -> None:
    text = (
        "dato;kortholder;kort;udløb;beløb;ordre\n"
        "2026-12-02;Sælger A;******8123;**/**;77 kr.;ORD-6069974\n"
        "2026-12-03;Køber B;******8124;**/**;78 kr.;ORD-6069975\n"
    )
    assert of("PERSON", text) == []


def test_a_name_in_the_card_holders_column_is_still_a_name() -> None:
    text = (
        "dato;kortholder;kort;udløb;beløb;ordre\n"
        "2026-12-02;Mette Holm;******8123;**/**;77 kr.;ORD-6069974\n"
    )
    assert of("PERSON", text) == ["Mette Holm"]


def test_an_acquirer_reference_number_is_no_card() -> None:
    text = "Indløser oplyser ARN 7132 8831 7920 1038 2541 214 og beløbet 526,95 kr."
    assert of("CARD", text) == []


def test_a_card_number_after_arn_without_its_23_digits_is_still_a_card() -> None:
    assert of("CARD", "ARN ukendt, kort 4000 0525 5703 5063 blev belastet") == [
        "4000 0525 5703 5063"
    ]
    # Digits after a card with no ARN label before: still the card's.
    assert of("CARD", "Kortet 4000 0525 5703 5063 2541 214 blev belastet") == [
        "4000 0525 5703 5063"
    ]


def test_a_quoted_alias_from_a_team_or_a_firm() -> None:
    text = 'Svindleren ("Line fra bankens sikkerhedsteam") fik kunden til at godkende.'
    assert of("PERSON", text) == ["Line"]
    assert of("PERSON", 'Et opkald fra "Line fra fragtfirmaet" fra +44 7700 900595.') == ["Line"]


def test_a_line_from_a_firm_unquoted_stays_none() -> None:
    assert of("PERSON", "Kablet er en line fra fragtfirmaet.") == []
    assert of("PERSON", "Ny Line fra fragtfirmaet blev bestilt.") == []


def test_a_call_logs_caller() -> None:
    text = "Medarbejder: Henning\nIndringer: Kaj Bak, ringer fra 44310876\n"
    assert of("PERSON", text) == ["Henning", "Kaj Bak"]


def test_a_callers_lowercase_word_after_the_label_stays_none() -> None:
    assert of("PERSON", "Indringer: ukendt, ringer fra skjult nummer\n") == []


def test_a_reports_writer_after_its_day() -> None:
    text = "Status efter Black Friday\nUdarbejdet 12. december af I. Krog\n\nMellem …"
    assert of("PERSON", text) == ["I. Krog"]


def test_a_day_and_af_without_the_verb_stays_none() -> None:
    assert of("PERSON", "Status efter 12. december af I. Krog\n") == []


def test_a_phone_after_an_e_mail_and_a_slash() -> None:
    text = "  ændret af: helle65@example.dk / 81.05.64.36, bekræftet med kode 10061038\n"
    assert of("PHONE", text) == ["81.05.64.36"]
    assert of("PHONE", "ændret af: x@example.dk / 2005 4895\n") == ["2005 4895"]


def test_a_number_after_a_slash_without_an_e_mail_stays_none() -> None:
    assert of("PHONE", "sag 2026 / 2005 4895\n") == []
    assert of("PHONE", "https://example.dk/ 2005 4895\n") == []


def test_the_street_endings_udsigten_and_lysten() -> None:
    text = "Leveret i Sønderborg – ikke kundens adresse, som er Fjordudsigten 123, st. tv.\n"
    assert of("ADDRESS", text) == ["Fjordudsigten 123, st. tv."]
    assert of("ADDRESS", "udlevering på Strandlysten 131, 4. th.\n") == ["Strandlysten 131, 4. th."]


def test_lysten_as_a_word_stays_none() -> None:
    assert of("ADDRESS", "Lysten 131 gange om dagen") == []


def test_oline_and_villum_are_given_names() -> None:
    assert of("PERSON", "Chaufførens notat: afhentet af Oline i bil BN81186.") == ["Oline"]
    assert of("PERSON", "Olines konto 2575 8892350728 modtog videresalg.") == ["Olines"]
    assert of("PERSON", "2. Villum Tran, f. 4/3-1972, CPR 040372 1390") == ["Villum Tran"]


def test_an_english_name_label_before_an_inverted_name() -> None:
    text = "Please send to IBAN LT168699089934940784, name Gram, Villum\n[29/11/26] Ebba: ok"
    assert "Gram, Villum" in of("PERSON", text)
    assert "Gram" not in of("PERSON", text)
