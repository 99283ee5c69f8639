"""Personal data in machine formats (issue 18, the fourteenth generator's errors): a field's
key, tag, property or column names what its value is (``vaern.text.fields`` reads the keys,
``vaern.privacy.keyed`` decides). Each rule: one text where it fires, one near miss where it
must not. Synthetic identifiers and invented names only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import found
from vaern.privacy.columns import field_entity, fits
from vaern.privacy.keyed import keyed_cells
from vaern.text.fields import decoded, key_words, keyed_values


def values(text: str) -> list[tuple[str, str, str]]:
    return [(v.key, text[v.start : v.end], v.form) for v in keyed_values(text)]


# The reader: the value only, never the key, quotes, tags or "mailto:".


def test_json_members_are_read_with_their_keys() -> None:
    text = '{"navn": "Sølvi Damsgaard", "kundeId": 4711519}'
    assert values(text) == [
        ("navn", "Sølvi Damsgaard", "json"),
        ("kundeId", "4711519", "json"),
    ]


def test_xml_leaves_attributes_and_log_pairs_are_read() -> None:
    text = '<konto regnr="7132">0032187051</konto> cvv=127 name="Frode Holm"'
    assert ("konto", "0032187051", "xml") in values(text)
    assert ("regnr", "7132", "pair") in values(text)
    assert ("cvv", "127", "pair") in values(text)
    assert ("name", "Frode Holm", "pair") in values(text)


def test_vcard_lines_and_parameters_are_read() -> None:
    text = "BEGIN:VCALENDAR\r\nORGANIZER;CN=Kasper Sølvsten:mailto:ks@example.net\r\nEND:VCALENDAR"
    read = values(text)
    assert ("CN", "Kasper Sølvsten", "param") in read
    assert ("ORGANIZER", "ks@example.net", "line") in read
    assert ("CN", "Kasper", "pair") not in read  # the longer reading from one place


def test_sql_columns_name_their_values() -> None:
    text = "INSERT INTO kunder (id, navn, cpr) VALUES\n  (7, 'Inger O''Neill', '280355-1600');"
    assert values(text) == [
        ("id", "7", "sql"),
        ("navn", "Inger O''Neill", "sql"),
        ("cpr", "280355-1600", "sql"),
    ]


def test_prose_has_no_keyed_values() -> None:
    assert keyed_values("Ring til Søren på 20 30 40 50, han bor på Kløvermarken 14.") == []


def test_escapes_are_undone_only_to_judge_a_value() -> None:
    assert decoded("S\\u00f8ren B&#230;kgaard") == "Søren Bækgaard"
    assert decoded("Kløvermarken 14\\, 2. th.") == "Kløvermarken 14, 2. th."


def test_keys_are_normalised() -> None:
    assert key_words("mitidBrugerId") == key_words("mitid_bruger_id") == "mitidbrugerid"


# Keys that name an entity; keys of identifiers; other keys.


@pytest.mark.parametrize(
    ("key", "entity"),
    [
        ("cpr", "CPR"),
        ("foedselsdato", "DATE_OF_BIRTH"),
        ("BirthDt", "DATE_OF_BIRTH"),
        ("BDAY", "DATE_OF_BIRTH"),
        ("mitid_bruger", "MITID_USER"),
        ("cvc", "CARD_CVV"),
        ("kontonr", "BANK_ACCOUNT"),
        ("Nm", "PERSON"),
        ("AdrLine", "ADDRESS"),
        ("TEL", "PHONE"),
        ("requestId", None),
        ("UID", None),
        ("nationalId", "CPR"),
        ("status", False),
        ("msg", False),
    ],
)
def test_a_key_names_its_values_entity(key: str, entity: str | bool | None) -> None:
    assert field_entity(key) == entity


def test_a_value_needs_its_entitys_shape() -> None:
    assert fits("CPR", "130202-4832")
    assert not fits("CPR", "130202-xxxx")  # masked
    assert fits("MITID_USER", "soelvi5268")
    assert not fits("MITID_USER", "h*****88")
    assert fits("PERSON", "Anouk D'Hondt")
    assert not fits("PERSON", "Kunde A")  # a stand-in


# Through the redaction.


def test_a_birth_date_field_is_a_date_of_birth() -> None:
    text = '{"navn": "Ellen Krogh", "foedselsdato": "1988-06-18", "oprettet": "2026-11-04"}'
    assert ("DATE_OF_BIRTH", "1988-06-18") in found(text)
    assert ("DATE_OF_BIRTH", "2026-11-04") not in found(text)


def test_a_mitid_and_otp_field_are_read_as_such() -> None:
    text = '{"mitid": {"brugerid": "soelvi5268", "otp": "184358"}, "page": 123456}'
    assert ("MITID_USER", "soelvi5268") in found(text)
    assert ("OTP", "184358") in found(text)
    assert ("OTP", "123456") not in found(text)


def test_an_escaped_name_in_a_name_field_is_one_person() -> None:
    text = '{"input_name":"J\\u00f8rn Damsgaard","cpr":"3005472837"}'
    assert ("PERSON", "J\\u00f8rn Damsgaard") in found(text)


def test_a_masked_value_in_a_named_field_is_left_alone() -> None:
    text = '{"input_name":"[NAVN]","cpr":"300547-xxxx","otp":"******"}'
    assert found(text) == []


def test_an_id_field_is_no_cpr_or_phone() -> None:
    text = '{"requestId": "1501850731", "kundeId": "20304050", "telefon": "20304050"}'
    assert found(text) == [("PHONE", "20304050")]


def test_a_message_id_is_no_email_address() -> None:
    text = (
        "From: a@example.dk\nDate: Tue, 10 Nov 2026 13:31:57 +0100\n"
        "Message-ID: <97D12628.98631@mx2.example.org>\nTo: b@example.com\n"
    )
    assert ("EMAIL", "97D12628.98631@mx2.example.org") not in found(text)
    assert ("EMAIL", "b@example.com") in found(text)


def test_vcard_name_parts_and_street_are_read() -> None:
    text = (
        "BEGIN:VCARD\r\nN:Bødker;Sølvi;;;\r\nFN:Sølvi Bødker\r\nTEL;TYPE=CELL:23 80 07 13\r\n"
        "TEL;TYPE=WORK:70 33 12 60\r\nADR;TYPE=home:;;Æblehaven 12C;Frederikshavn;;9900;DK\r\n"
        "BDAY:1964-11-19\r\nEND:VCARD"
    )
    got = found(text)
    for item in [
        ("PERSON", "Bødker"),
        ("PERSON", "Sølvi"),
        ("PERSON", "Sølvi Bødker"),
        ("PHONE", "23 80 07 13"),
        ("ADDRESS", "Æblehaven 12C"),
        ("DATE_OF_BIRTH", "1964-11-19"),
    ]:
        assert item in got, got
    assert ("PHONE", "70 33 12 60") not in got  # an organisation's line


def test_a_phone_field_needs_a_valid_number() -> None:
    assert keyed_cells("BEGIN:VCARD\nTEL;TYPE=CELL:11223344\nEND:VCARD") == []


def test_a_location_is_an_address_only_with_postcode_and_town() -> None:
    text = "BEGIN:VEVENT\nLOCATION:Hvedemarken 7\\, 8600 Silkeborg\nEND:VEVENT"
    assert ("ADDRESS", "Hvedemarken 7\\, 8600 Silkeborg") in found(text)
    assert keyed_cells("BEGIN:VEVENT\nLOCATION:Mødelokale 3\nEND:VEVENT") == []


def test_a_product_field_holds_no_person() -> None:
    text = '{"navn": "Palle Hviid", "produkt": "Skrivebord Palle"}'
    assert found(text) == [("PERSON", "Palle Hviid")]


def test_a_csv_header_of_machine_keys_names_its_columns() -> None:
    text = "kunde_id,foedselsdato,mitid_bruger,cvc\n44117,1940-11-26,gry5707,364\n"
    got = found(text)
    assert ("DATE_OF_BIRTH", "1940-11-26") in got
    assert ("MITID_USER", "gry5707") in got
    assert ("CARD_CVV", "364") in got
    assert not any(value == "44117" for _, value in got)


# Rules beside the keys.


def test_a_number_glued_to_a_capital_code_is_no_cpr() -> None:
    assert ("CPR", "261115-4818") not in found(":20:STMT261115-4818\n:25:3201-233652758")
    assert ("CPR", "261115-4818") in found("CPR 261115-4818")


def test_an_attachments_file_number_is_no_phone() -> None:
    assert found("<vedhæftet: 45480901-PHOTO-2026-11-22-19-28-56.jpg>") == []
    assert ("PHONE", "45480901") in found("Ring på 45480901 i aften")


def test_a_display_name_with_a_name_in_it_is_one_person() -> None:
    text = (
        'From: "Gjørup, Vibeke" <vibeke.gjoerup@example.dk>\n'
        "To: =?UTF-8?Q?Bent_Hviid-Br=C3=B8ndum?= <bhb@example.com>\n"
        'Reply-To: "Kystbanken Sikkerhed" <sikkerhed@example.com>\n'
        "Date: Tue, 10 Nov 2026 13:31:57 +0100\n"
    )
    got = found(text)
    assert ("PERSON", "Gjørup, Vibeke") in got
    assert ("PERSON", "Bent_Hviid-Br=C3=B8ndum") in got
    assert not any(entity == "PERSON" and "Kystbanken" in value for entity, value in got)
