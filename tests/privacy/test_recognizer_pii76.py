"""pii76: fixes on the seventy-second to seventy-fifth generators' fraud-team text (a
marketplace's trust team, a police intake unit, a pharmacy's fraud desk, a car dealer's
checks): organisations' own postal addresses, MitID user IDs in a log and a chat, a CPR
number after an inverted name, receiving accounts in the plural, a one-time code read out.
Each rule has a firing case and a near miss. Synthetic names, numbers and addresses only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of


@pytest.mark.parametrize(
    "text",
    [
        # A firm's name after the preposition that tells where a copy went.
        "Intern note: sagen er kopieret til Privatlease Danmark ApS, Erhvervsparken 3, "
        "5260 Odense S (hovednummer).",
        # A dealer's, a showroom's, a practice's and a clinic's name without a company form.
        "Forhandler: Autocentret Fjordbyen, Industrivej Nord 14, 6715 Esbjerg N",
        "Vi er stadig på sagen.\nMvh. Motorhallen Syd, Erhvervsparken 3, 5260 Odense S",
        "Returadresse: Lægerne i Bymidten, Torvegade 2, 4700 Næstved.",
        "Kopi til Tandklinikken Vest, Søndergade 8, 8600 Silkeborg.",
        # A word that merely ends in "s" is no owner's genitive.
        "Forhandler: Kvik Finans Bil A/S, Erhvervsparken 3, 5260 Odense S, CVR-nr. 25613701",
        "Mvh. Nordlys Leasing A/S, Lufthavnsvej 9, 2770 Kastrup",
        # A police district named in the genitive of its place.
        "Kopi sendt til Midt- og Vestjyllands Politi, Parkvej 8, 7400 Herning.",
        # A letter addressed to an organisation's unit, its address on the next line.
        "Til: Telenord A/S, Juridisk afdeling\nHavnepladsen 3, 1000 København K\n\nFra: os",
    ],
)
def test_an_organisations_own_address_is_not_redacted(text: str) -> None:
    assert of("ADDRESS", text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # A person's name before the address, after the same preposition.
        (
            "Pakken blev sendt til Jens Hansen, Torvegade 2, 4700 Næstved.",
            "Torvegade 2, 4700 Næstved",
        ),
        # A person on the line above, not a unit or a firm.
        (
            "Til: Jens Hansen\nHavnepladsen 3, 1000 København K\n",
            "Havnepladsen 3, 1000 København K",
        ),
        # A sole trader's firm named after its owner may be run from home.
        ("Udlejer: Bjarnes Autoservice, Mågevej 112, 8230 Åbyhøj", "Mågevej 112, 8230 Åbyhøj"),
        (
            "Udlejer: Bent Hansens VVS ApS, Skovbrynet 53, 8600 Silkeborg",
            "Skovbrynet 53, 8600 Silkeborg",
        ),
        # A practice after a person's name and a comma: the address may be the person's.
        (
            "Egen læge: H. Osman, Lægerne i Midtbyen, Hedetoften 28, 5500 Middelfart",
            "Hedetoften 28, 5500 Middelfart",
        ),
        # A care home is where its residents live.
        (
            "Beboeren bor på Plejecentret Solhøj, Solhøjvej 3, 4000 Roskilde.",
            "Solhøjvej 3, 4000 Roskilde",
        ),
    ],
)
def test_a_persons_address_is_still_redacted(text: str, address: str) -> None:
    assert address in of("ADDRESS", text)


def test_a_logs_bare_bruger_before_a_user_ids_shape_is_a_mitid_user() -> None:
    text = "12:30 | SVK-26-66334 | MitID login, bruger karino1939, CPR 161239-1631"
    assert of("MITID_USER", text) == ["karino1939"]


def test_bruger_as_a_verb_before_a_word_is_no_user_id() -> None:
    assert of("MITID_USER", "Hun bruger MitID-appen hver dag og bruger appen til alt.") == []


def test_the_user_id_given_in_the_chat_after_its_label() -> None:
    text = "Kunden skrev selv sit MitID-bruger-ID i chatten: runer1962 (slettet)."
    assert of("MITID_USER", text) == ["runer1962"]


@pytest.mark.parametrize(
    "text",
    [
        "Sag oprettet fra app. Bruger: Winnie Ottosen, winnie.ottosen@example.dk (MitID)",
        "Sag oprettet fra app. Bruger: Svendsen, Ahmad, ahmad01@example.net (MitID)",
    ],
)
def test_a_display_name_before_a_comma_and_an_address_is_no_user_id(text: str) -> None:
    assert of("MITID_USER", text) == []


@pytest.mark.parametrize(
    ("text", "cpr"),
    [
        (
            "SIM-kortet formodes anvendt af Dall, Frida, 05 06 67 0609, Rugmarken 35A, "
            "4690 Haslev.",
            "05 06 67 0609",
        ),
        ("Kæreste: Leif Koch, 06 07 60 0959.\nBeslaglagt kontant 139 kr.", "06 07 60 0959"),
    ],
)
def test_a_cpr_number_in_pairs_after_a_name_ends_its_clause(text: str, cpr: str) -> None:
    assert of("CPR", text) == [cpr]


def test_pairs_after_a_name_going_on_in_lower_case_are_no_cpr() -> None:
    assert of("CPR", "Mødet med Leif Koch, 06 07 60 0959 kroner blev betalt.") == []


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Modtagerkonti: 4747-55343432 og SE8106189728710975144908", "4747-55343432"),
        ("Konti: 4077 30578314, DK36 5855 8468 5006 08", "4077 30578314"),
        ("Pengene kan sættes ind på 3380 5310268. Ring efter kl. 16.", "3380 5310268"),
        ("[12:40] Sif: til 8197-34571904 eller mobilepay", "8197-34571904"),
        (
            "Politiet anmoder om kontoudtog for perioden 01.01.2026-31.03.2026 for "
            "2431 0405039278 tilhørende Storm, Lis.",
            "2431 0405039278",
        ),
    ],
)
def test_an_account_in_a_list_of_receiving_accounts_or_where_to_pay(
    text: str, account: str
) -> None:
    assert of("BANK_ACCOUNT", text) == [account]


def test_a_reg_and_account_shape_with_no_payment_word_is_no_account() -> None:
    assert of("BANK_ACCOUNT", "Varenummer 4747-55343432 er udsolgt.") == []


def test_a_code_read_out_after_an_indefinite_kode() -> None:
    text = "Banken sendte en kode, som kunden læste op: 150371. Kort efter ringede datteren."
    assert of("OTP", text) == ["150371"]


def test_an_indefinite_kode_without_anyone_reading_it_out_is_no_otp() -> None:
    assert of("OTP", "Der er en kode, som gælder til 2027, og et tal 123456.") == []


def test_a_cars_make_and_model_is_no_name() -> None:
    text = "[15:11] Kunde A: jeg vil gerne prøvekøre en Kia Niro EV i morgen"
    assert of("PERSON", text) == []


def test_a_make_that_is_a_given_name_before_a_surname_is_still_a_name() -> None:
    assert of("PERSON", "Kia Hansen ringede i går om bilen.") == ["Kia Hansen"]


def test_a_workshops_trade_before_a_speakers_name_is_not_part_of_it() -> None:
    text = "Kunde: Claus Riis\n\nMekaniker Tove: Stelnummeret i forruden passer ikke."
    assert of("PERSON", text) == ["Claus Riis", "Tove"]


def test_a_marketplaces_trust_team_in_a_mail_header_is_no_name() -> None:
    text = "Fra: Bruger 2 <u@example.dk>\nTil: Brugtbasen Tryghed <t@example.dk>\nEmne: Sv: x"
    assert of("PERSON", text) == []


def test_a_person_in_the_same_header_is_still_a_name() -> None:
    text = "Fra: Bruger 2 <u@example.dk>\nTil: Hanne Birk <t@example.dk>\nEmne: Sv: x"
    assert of("PERSON", text) == ["Hanne Birk"]


def test_a_display_name_in_capitals_whose_word_is_in_the_mailbox() -> None:
    text = "Fra: INGEFRED THYGESEN <ingefredthy@example.dk>\nTil: os"
    assert of("PERSON", text) == ["INGEFRED THYGESEN"]


def test_a_service_in_capitals_before_its_mailbox_is_no_name() -> None:
    assert of("PERSON", "Fra: MYNTE KUNDESERVICE <mynte@example.dk>\nTil: os") == []


def test_a_phone_before_a_bracketed_time_stamp() -> None:
    text = "Kontaktet fra: 99468079 (06.01.26 kl. 17.12)"
    assert of("PHONE", text) == ["99468079"]


def test_an_order_number_before_a_bracketed_date_is_no_phone() -> None:
    assert of("PHONE", "Ordrenr. 42147924 (06.01.26)") == []


def test_a_phone_after_an_e_mail_address_in_an_orders_contact_details() -> None:
    text = "Kontaktoplysninger på ordren: jakob@example.dk, +45 42147924.\nModtager: J. Bonde"
    assert of("PHONE", text) == ["+45 42147924"]


def test_an_order_number_with_no_e_mail_before_it_is_no_phone() -> None:
    assert of("PHONE", "Oplysninger på ordren: ordrenr. 42147924.") == []


def test_a_plate_after_the_golf_a_buyer_comes_in() -> None:
    text = "[12:09] E. Kaae: jeg kommer i en sort golf, EN 57 626\n[12:12] Sif: ok"
    assert of("NUMBER_PLATE", text) == ["EN 57 626"]


def test_a_code_after_golf_the_game_is_no_plate() -> None:
    assert of("NUMBER_PLATE", "Vi spillede golf i går og scorede 57 point.") == []


def test_a_lowercase_name_before_a_comma_and_its_own_mailbox() -> None:
    text = "12:00 | sag oprettet fra app. Bruger: ida bundgaard, bundgaard_ida@mail.example.dk"
    assert of("PERSON", text) == ["ida bundgaard"]


@pytest.mark.parametrize(
    "text",
    ["Svar til: min mail, minmail@example.dk", "Kontakt: Kundeservice Nord, nord@example.dk"],
)
def test_words_before_a_comma_and_a_mailbox_that_are_no_name(text: str) -> None:
    assert of("PERSON", text) == []


def test_a_role_in_lower_case_before_a_name_and_its_mailbox_is_left_out() -> None:
    text = "Kontaktperson: databeskyttelsesrådgiver Magnus Gregersen, mgregersen53@example.com"
    assert of("PERSON", text) == ["Magnus Gregersen"]
