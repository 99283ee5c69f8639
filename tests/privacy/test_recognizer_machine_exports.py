"""A fraud team's machine exports (pii68, pii_blind61): a semicolon CSV whose quoted address
cell spans two lines, a text table with rule lines between its header and rows, the headers
of a case export, a SIM-swap register and an SMS gateway's log, a JSON key naming what a
plate belongs to, a log's changed field and its "user" as a full name, a payments log's
payer, a mail header's month between day and year, a scammer's alias as a display name, and
who rang from which number in a case note. The near miss beside each. Synthetic names and
numbers only."""

from __future__ import annotations

from tests.privacy.findings import of

CSV = (
    "sep=;\n"
    "Dato;Sagsnr.;Kundenavn;CPR-nr.;Telefon;Reg.nr.;Kontonr.;Beløb (kr.);Adresse;Bemærkning\n"
    '26-03-2026 22:04;SAG-26-18877;Bent Juul;1103680837;44 99 23 42;9613;28483419;51.616,95;"'
    'Fynsgade 53B, 1. mf.\n5700 Svendborg";Overførsel afvist\n'
    "10-07-2026 17:57;SAG-26-68487;Inger Munk;260565 1791;98082322;7411;16047952;182.279,95;"
    "Rughaven 26A, 8240 Risskov;Afvist\n"
)


def test_a_csv_row_after_a_quoted_cell_over_two_lines() -> None:
    assert of("BANK_ACCOUNT", CSV) == ["28483419", "16047952"]
    assert of("CPR", CSV) == ["1103680837", "260565 1791"]
    assert of("PHONE", CSV) == ["44 99 23 42", "98082322"]


def test_an_amount_column_after_a_quoted_cell_stays_no_account() -> None:
    found = [f for entity in ("BANK_ACCOUNT", "PHONE", "CPR") for f in of(entity, CSV)]
    assert not any("," in value or value.startswith(("9613", "7411")) for value in found)


TABLE = (
    "+------------------+--------------+-----------------+------------+\n"
    "| Navn             | Telefon      | Konto           | Beløb      |\n"
    "+------------------+--------------+-----------------+------------+\n"
    "| Juul, Malou      | 49 16 82 71  | 9588 98623117   |  51.450,00 |\n"
    "| P. Thygesen      | +4586811429  | 5683-4508236    | 194.759,95 |\n"
    "+------------------+--------------+-----------------+------------+\n"
)


def test_a_text_table_keeps_its_columns_past_its_rule_lines() -> None:
    assert of("BANK_ACCOUNT", TABLE) == ["9588 98623117", "5683-4508236"]
    assert of("PERSON", TABLE) == ["Juul, Malou", "P. Thygesen"]


def test_a_rule_line_after_prose_makes_no_table() -> None:
    text = "Kontakt | Beløb\n+-------+\nKonto 9588 98623117 er lukket | 51.450,00\n"
    assert of("PERSON", text) == []


def test_a_case_exports_officer_and_customer_columns() -> None:
    text = (
        "Sagsnr.;Oprettet;Sagsbehandler;Kunde;Kategori;Status\n"
        "SAG-26-45199;2026-07-12 11:42:20;P. Kjeldsen;Mensah, Rikke;Kortmisbrug;Lukket\n"
        "SAG-26-45200;2026-07-12 11:50:20;Kunde 2;Kunde A;Kortmisbrug;Lukket\n"
    )
    assert of("PERSON", text) == ["P. Kjeldsen", "Mensah, Rikke"]


def test_a_sim_register_and_an_sms_gateways_numbers() -> None:
    text = (
        "Ordre-nr.      | Type       | Nummer       | Abonnent          | CPR\n"
        "ORD-857251-26 | SIM-skift  | 40.09.39.90  | BECH-KJELDSEN ERIK | 211262-2516\n"
        "\n"
        "tidspunkt | retning | afsender | modtager | tekst\n"
        '2026-04-06 22:56:44 | MT | Fjordmobil | 89.02.97.03 | "Din kode"\n'
        '2026-04-06 22:58:44 | MO | 5609 1710 | +45 70 15 15 99 | "ok"\n'
    )
    assert of("PHONE", text) == ["40.09.39.90", "89.02.97.03", "5609 1710"]
    assert of("PERSON", text) == ["BECH-KJELDSEN ERIK"]


def test_a_plate_key_by_what_it_belongs_to() -> None:
    text = '{"alert_id": "AL-2026-952156", "collateral_plate": "ZX 67 829", "plate_note": "ok"}'
    assert of("NUMBER_PLATE", text) == ["ZX 67 829"]
    assert of("NUMBER_PLATE", '{"collateral_plate": "[NUMMERPLADE]"}') == []


def test_a_logs_changed_field_and_user_and_payer() -> None:
    text = (
        '2026-06-18 08:55:39,392 INFO event=profile_change field=phone old="+45 ** ** ** 19" '
        'new="49307912" by=customer\n'
        '2026-06-18 08:56:39,392 WARN event=login_anomaly user="bodil nyborg" risk=high\n'
        '2026-06-18 08:57:39,392 INFO event=payee_created payer="Kovačević, Mariam" amount=1\n'
    )
    assert of("PHONE", text) == ["49307912"]
    assert of("PERSON", text) == ["bodil nyborg", "Kovačević, Mariam"]


def test_a_logs_other_field_and_a_login_stay_apart() -> None:
    text = (
        "2026-06-18 08:55:39,392 INFO event=profile_change field=status old=12 new=49307912\n"
        "2026-06-18 08:56:39,392 WARN event=login_anomaly user=admin risk=high\n"
        '2026-06-18 08:57:39,392 WARN event=login_anomaly user="Kunde A" risk=high\n'
    )
    assert of("PHONE", text) == []
    assert of("PERSON", text) == []


def test_a_mail_headers_month_is_no_name() -> None:
    text = "Received: by mx1.example.dk with ESMTPS; Fri, 18 Sep 2026 08:58:49 +0100\n"
    assert of("PERSON", text) == []
    assert of("PERSON", "Date: Mon, 26 Jan 2026 13:56:58 +0100\nHilsen Jan Holm") == ["Jan Holm"]


def test_an_alias_as_display_name_is_the_name_alone() -> None:
    text = 'Reply-To: "Camilla fra kortafdelingen" <kort22@example.net>\n'
    assert of("PERSON", text) == ["Camilla"]
    text = 'To: "Torben Yilmaz" <torben_yil@example.net>\n'
    assert of("PERSON", text) == ["Torben Yilmaz"]


def test_who_rang_from_which_number() -> None:
    text = "Ringet op af Rune fra kundeservice fra 52.07.16.96; oplyste koden."
    assert of("PERSON", text) == ["Rune"]
    assert of("PHONE", text) == ["52.07.16.96"]
    assert of("PERSON", 'Kunden siger at "Rune fra Fjordmobil" ringede.') == ["Rune"]


def test_a_rune_from_a_place_and_a_parcels_date() -> None:
    text = "En rune fra vikingetiden. Pakke fra GLS fra 12.03.20.26 kl. 9."
    assert of("PERSON", text) == []
    assert of("PHONE", text) == []
