"""Personal data in construction, trades and property fraud (pii55): a site manager's log
with the building owner, the site manager and the trades by name, an association's minutes
with its board and contacts, a police report's officer and the MitID user ID the victim gave,
an estate agent's note of whom it spoke to, a family chat's new number and a subcontractor's
export of workers. The near miss beside each. Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of

SITE_LOG = (
    "Byggeleders dagbog\n"
    "sagsnr. 2026-44327 – tilbygning og nyt tag – matr.nr. 302d\n"
    "Bygherre: Mehwish Khan, Rådhusstræde 17A, 8900 Randers C\n"
    "Byggeleder: K. Iqbal (Nowak Bud ApS), tlf. +45 26774736\n"
)


def test_a_victim_who_gave_the_mitid_user_id_is_named_by_the_report() -> None:
    text = "Senere bad han om MitID bruger-ID, og anmelder gav ham jogvan78 og engangskoden 048338."
    assert of("MITID_USER", text) == ["jogvan78"]


def test_what_the_victim_was_given_is_no_user_id() -> None:
    text = "Senere bad han om MitID bruger-ID, og anmelder gav ham besked om at vente."
    assert of("MITID_USER", text) == []


def test_a_sites_owner_manager_and_trades_are_named_by_their_roles() -> None:
    text = SITE_LOG + (
        "kl. 10.33  Murer I. Lund-Sivakumar fra Ravn Murer og Facade ApS kommer i morgen.\n"
        "Pladsen låst kl. 15.28, nøgle hos Rūta.\n"
    )
    assert of("PERSON", text) == ["Mehwish Khan", "K. Iqbal", "I. Lund-Sivakumar", "Rūta"]


def test_a_trade_in_brackets_before_its_workplace_names_no_one() -> None:
    text = SITE_LOG.replace("Mehwish Khan", "[NAVN]").replace("K. Iqbal", "[NAVN]") + (
        "kl. 08.28  Håndværker A (tømrer, Brandt Kloak og Anlæg ApS) mødte med 4 mand.\n"
        "Pladsen låst kl. 15.28, nøgle hos Bech Byg A/S.\n"
    )
    assert of("PERSON", text) == []


def test_who_took_down_a_report_and_whom_a_note_spoke_to_are_names() -> None:
    text = (
        "26.04.26 kl. 09.35 – Talt med Z. Kurt på 0045 39200313: kontoen er ikke deres.\n"
        "05.02.26 kl. 09.55 – Talt med R. Demir på 33 01 29 25: de har aldrig sendt mailen.\n"
        "Rapport optaget af B. Bak, Østjyllands Politi."
    )
    assert of("PERSON", text) == ["Z. Kurt", "R. Demir", "B. Bak"]
    assert of("PHONE", text) == ["0045 39200313", "33 01 29 25"]


def test_a_bank_or_a_police_district_after_those_words_is_no_name() -> None:
    text = "Talt med Nordlys Bank på 70 12 34 50.\nRapport optaget af Østjyllands Politi."
    assert of("PERSON", text) == []


def test_an_owners_wish_and_a_relatives_new_number_name_them() -> None:
    text = (
        "kl. 10.53  Ingers ønske om ekstra stikkontakter noteret (ordrenr. 7).\n"
        "[12:11] Louise: Bents nye nr er +4522684167"
    )
    assert "Ingers" in of("PERSON", text)
    assert "Bents" in of("PERSON", text)


def test_a_customers_or_firms_wish_and_number_name_no_one() -> None:
    text = "Kundens ønske om ekstra stikkontakter noteret.\nFirmaets nye nr er 70 12 34 50."
    assert of("PERSON", text) == []


def test_a_boards_members_contacts_and_a_new_worker_are_names() -> None:
    text = (
        "Til stede: Hanne Larsen-Jakobsen (formand), Rūta Kazlauskas (kasserer), Jun Vu "
        "(næstformand), R. Aydın (suppleant), O. Al-Sayed-Nielsen (næstformand)\n"
        "Kontakt til bestyrelsen:\n"
        "Tharshini Chaudhry, tlf. 0045 45102352\n"
        "kl. 12.54  ID-kontrol: ny mand fra Skov Stillads ApS, Semhar Mohamud, CPR 04 09 91 "
        "1442.\n"
        "kl. 09.22  Ibrahim, Maryam (stilladsmontør, Tesfaye Rengøring ApS) mødte.\n"
    )
    assert of("PERSON", text) == [
        "Hanne Larsen-Jakobsen",
        "Rūta Kazlauskas",
        "Jun Vu",
        "R. Aydın",
        "O. Al-Sayed-Nielsen",
        "Tharshini Chaudhry",
        "Semhar Mohamud",
        "Ibrahim, Maryam",
    ]


def test_a_signatures_workplace_before_its_number_is_no_name() -> None:
    text = "Venlig hilsen\n> Medarbejder A, reception, Havnehostel Nordkaj, tlf. 70 10 20 88"
    assert of("PERSON", text) == []


def test_the_other_people_of_a_list_after_a_colon_are_names() -> None:
    text = (
        "kl. 08.28  Agnete Ravn (tømrer, Nowak Bud ApS) mødte med 4 mand: Amir Lewandowski, "
        "T. Butt, Rógvi Nuka Poulsen, Tharshini Khan. Kun én havde byggepladskort.\n"
    )
    assert of("PERSON", text) == [
        "Agnete Ravn",
        "Amir Lewandowski",
        "T. Butt",
        "Rógvi Nuka Poulsen",
        "Tharshini Khan",
    ]


def test_a_line_that_goes_on_after_a_name_is_no_list() -> None:
    text = "Henv. læge: K. Gram, Sundhedshuset Nord, ydernr. 741241\n"
    assert "Sundhedshuset Nord" not in of("PERSON", text)


CREW = "navn;fødselsdato;telefon;e-mail\n"


def test_a_phone_column_with_its_country_code_in_brackets() -> None:
    text = CREW + "Brian Krogh;f. 15/11-2004;(+45) 24 12 61 24;brian04@example.dk\n"
    assert of("PHONE", text) == ["(+45) 24 12 61 24"]


def test_a_masked_phone_in_that_column_is_none() -> None:
    text = CREW + "Brian Krogh;f. 15/11-2004;(+45) ** ** 61 24;brian04@example.dk\n"
    assert of("PHONE", text) == []


def test_a_plumber_and_the_name_a_fake_mail_was_signed_with_are_names() -> None:
    text = (
        "kl. 09.53  VVS'er H. Saetang fra Brandt Kloak og Anlæg ApS kommer i morgen.\n"
        '05.04.26 kl. 09.04 – Mailen er underskrevet "Wei Mølgaard", og telefonnummeret i '
        "signaturen passer ikke.\n"
        'Afsenderen skrev under med "Hiwet Bech, økonomi" og et udenlandsk nummer.'
    )
    assert of("PERSON", text) == ["H. Saetang", "Wei Mølgaard", "Hiwet Bech"]


def test_a_mail_signed_by_a_bank_or_a_closing_names_no_one() -> None:
    text = (
        'Mailen er underskrevet "Nordlys Bank", og nummeret er bankens.\n'
        'Brevet er underskrevet "Med venlig hilsen" uden navn.'
    )
    assert of("PERSON", text) == []
