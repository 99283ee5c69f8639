"""Personal data where young people meet gaming scams and sextortion (issue 18, pii34): a
school's and a helpline's people after their role or label, a reply that greets one person
and names another's account, a role or a shop's name alone, two given names after an inverted
surname, a list's next person after a bracket, a chat's lowercase name before its slang, a DM
export's stamped display names, a friend named at a message's end, a child named with an age,
a young person's genitive before what a scammer took; a phone after "WhatsApp-nummer", "sendt
til" or "MobilePay til", a code a pupil typed or a platform's code in brackets, a code given
alone on a DM export's next line, a refund's account; and the near miss beside each. Synthetic
values only (CPR numbers fail modulus 11)."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana henvendte sig 20.04 til kontaktlærer J. Rahimi efter at have fået", "J. Rahimi"),
        ("Udarbejdet af: SSP-koordinator Kojo Jovanović\n\nElev: Bao Tran, født", "Kojo Jovanović"),
        ("Elev: Oliwia Marie Nowicki-Pham, 9.A, Kragevig Skole", "Oliwia Marie Nowicki-Pham"),
        ("kl. 22.45 | Opkalder: Defne Özdemir (selv) | tlf. 52.16.23.70", "Defne Özdemir"),
        ("Indberetter (forælder): Kojo Ahmadzai\nE-mail: kojo99@example.dk", "Kojo Ahmadzai"),
        ("beskeder slettet. Løst af H. Demirci.\nSvar til forælder:", "H. Demirci"),
        ("eleven tastede 373513. En forælder, Kojo Karimi, ringede fra", "Kojo Karimi"),
        ("eleven tastede 373513. En forælder, Osei-Aydın, Reza, ringede fra", "Osei-Aydın, Reza"),
        ('profilen "zZNightOwlZz", der udgav sig for at være Safiya, 16 år.', "Safiya"),
        ("Berørt bruger: Emir Aydın, 8.C, UNI-Login: emir4j23", "Emir Aydın"),
        ("- Kontaktlærer Rasha Mohamud orienteres; Elev C er også kontaktet", "Rasha Mohamud"),
    ],
)
def test_school_and_helpline_people_after_their_role(text: str, name: str) -> None:
    assert name in of("PERSON", text)


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: an anonymous caller described, a pupil's pseudonym, a pupil who typed.
        "kl. 20.24 | Opkalder: Pige, 15 år | anonym | Konto stjålet",
        "Kontaktlærer orienteres; Elev C er også kontaktet af profilen",
        "Siden bad om en kode; eleven tastede den ind.",
        # A role alone is a pseudonymised label ("Kortholder"), and so is a card holder's.
        "Jeg beder om at få beløbet tilbage.\n\nVenlig hilsen\nKortholder\nTlf. +45 ** ** ** 22",
        "Chargeback-sag CB-26-306398. Kortholder: Kortholder. Kort: ******1235.",
        # A shop the text names as one elsewhere ("… kundeservice").
        "Hej Spilkælderen\n\nJeg hedder Kortholder.\n\n--- Svar fra Spilkælderen kundeservice ---",
    ],
)
def test_roles_descriptions_and_shops_are_no_names(text: str) -> None:
    assert of("PERSON", text) == []


def test_card_holder_with_a_name_and_a_greeted_person_still_found() -> None:
    # Near misses: the role before a real name, a greeting to a person in a shop's thread.
    assert of("PERSON", "Kortholder: Svend Fuglsang, Kort: ******1235") == ["Svend Fuglsang"]
    text = "Hej Vigga\n\nTak for din henvendelse.\n\n--- Svar fra Spilkælderen kundeservice ---"
    assert of("PERSON", text) == ["Vigga"]


def test_reply_greets_one_person_and_names_anothers_account() -> None:
    text = "Løst af H. Demirci.\nSvar til forælder: Hej Reza, Olivias konto er sikret igen."
    assert of("PERSON", text) == ["H. Demirci", "Reza", "Olivias"]
    # Near miss: a field label's inverted name is still one.
    assert of("PERSON", "Navn: Hansen-Svendsen, Sofie\nTlf. 20304050") == ["Hansen-Svendsen, Sofie"]


def test_two_given_names_after_an_inverted_surname() -> None:
    text = "Værger: Vo, Lan Anh (CPR 0708863015, tlf. +45 51 88 73 30)"
    assert of("PERSON", text) == ["Vo, Lan Anh"]
    assert of("PERSON", "En forælder, Dang, Lan Anh, ringede fra 30.00.58.41") == ["Dang, Lan Anh"]
    # Near miss: after a given name the comma lists people ("Olivia, Meryem Ivanov, …").
    found = of("PERSON", "Der mangler sedler fra Olivia, Meryem Ivanov, Palle og Sanne.")
    assert "Olivia" in found and "Olivia, Meryem Ivanov" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Værger: Çelik, Ayla (CPR 050874 0188, tlf. 40427039) og Mahmoud, Khalid "
            "(CPR 010589 1481, tlf. +45 26227206)",
            "Mahmoud, Khalid",
        ),
        (
            "Forældremyndighed: Amin, Layla (CPR 2807913977, tlf. 92.72.74.05) og H. Dang "
            "(tlf. 52.45.26.60)",
            "H. Dang",
        ),
        (
            "Værger: Pham, Hoa (CPR 151183 2319, tlf. 29.99.02.84) og Tran, Hung "
            "(CPR 14 01 90 0117, tlf. +45 8600 5359)",
            "Tran, Hung",
        ),
        (
            "(CPR 240683 2458, tlf. 9180 9037) og Kojo Osei-Çelik (tlf. 5043 7936)",
            "Kojo Osei-Çelik",
        ),
    ],
)
def test_a_lists_next_person_after_a_bracket(text: str, name: str) -> None:
    assert name in of("PERSON", text)


def test_a_bracket_then_a_firm_is_no_person() -> None:
    # Near miss: a bank's or a team's name in the same place.
    text = "(se bilag 2) og Danske Bank (tlf. 70123456) er orienteret."
    assert of("PERSON", text) == []


def test_lowercase_name_ends_before_a_chats_slang() -> None:
    assert of("PERSON", "[24.03.26, 12:36:35] FreeVbucksDK: yo hiba hej du har vundet") == ["hiba"]
    assert of("PERSON", "13.02.26 20:44 — ttv_frostbyte: yo luka wanna trade?") == ["luka"]
    # Near miss: a lowercase name of two words after a greeting runs on.
    assert of("PERSON", "Kære stine sloth, tak for sidst") == ["stine sloth"]


def test_dm_exports_stamped_display_names() -> None:
    text = (
        "05.01.26 15:44 — DiscordSafetyTeam: wanna trade?\n"
        "05.01.26 15:45 — Merle 🌸: jeg er 14\n"
        "05.01.26 15:46 — RobuxDropper: køb et gavekort\n"
    )
    # Near miss: the handles ("DiscordSafetyTeam", "RobuxDropper") are no names.
    assert of("PERSON", text) == ["Merle"]
    iso = "2026-02-10 19:51 | Kofi 🌸: vent 2 sek\n2026-02-10 19:52 | FreeVbucksDK: ok\n"
    assert of("PERSON", iso) == ["Kofi"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("31.01.26 20:07 — dagmar_k10: min ven esi ⚽\n", "esi"),
        ("2026-02-22 07:27 | Stefan 💜: jeg spørger lige ngoc 🙏\n", "ngoc"),
        ("16.03.26 07:49 — szymon_11: jeg spørger lige @Kofi ⚽\n", "Kofi"),
        ("[24.03.26, 12:42:21] rania_gg12: skal lige snakke med deniz 😳\n", "deniz"),
    ],
)
def test_a_friend_named_at_a_messages_end(text: str, name: str) -> None:
    assert name in of("PERSON", text)


def test_a_relative_at_a_messages_end_is_no_friend() -> None:
    # Near miss: "mor" and "dem" are no one's name.
    assert of("PERSON", "12.02.26 07:56 — vy_10: jeg spørger lige mor 😭\n") == []
    assert of("PERSON", "12.02.26 07:57 — vy_10: skal lige snakke med dem\n") == []


def test_a_child_named_with_an_age_or_class_after_a_label() -> None:
    assert of("PERSON", "Note fra forælder: Vy er 13 år. Vi har anmeldt det.") == ["Vy"]
    assert of("PERSON", "Note fra forælder: Kwame går i 8. klasse.") == ["Kwame"]
    # Near misses: a pronoun and a description.
    assert of("PERSON", "Note fra forælder: Han er 13 år.") == []
    assert of("PERSON", "Opkalder: Pige er 15 år og anonym.") == []


def test_a_young_persons_genitive_before_what_was_taken() -> None:
    text = "Nogen har stjålet Kacpers Counter-Strike 2-konto. Sønen gav en kode."
    assert of("PERSON", text) == ["Kacpers"]
    assert of("PERSON", "fra brugeren xo_sasha_xo. Stefans billeder er blevet delt") == ["Stefans"]
    # Near miss: a game's account without anyone's name.
    assert of("PERSON", "Nogen har stjålet en Roblox-konto.") == []


def test_phones_after_whatsapp_sent_to_and_mobilepay() -> None:
    assert of("PHONE", "Afpresseren skrev også fra WhatsApp-nummer 20 30 40 50.") == ["20 30 40 50"]
    text = "Siden bad også om en engangskode sendt til (+45) 26 22 08 54; eleven tastede 874038."
    assert of("PHONE", text) == ["(+45) 26 22 08 54"]
    assert of("PHONE", "en engangskode sendt til 53001456.") == ["53001456"]
    text = "Der er betalt 500 kr. via MobilePay til 66 18 40 68. 750 kr. er overført"
    assert of("PHONE", text) == ["66 18 40 68"]
    # Near misses: a production unit's P-number, a code after its label, a dotted phone whole.
    assert of("PHONE", "P-nummer 1004054673") == []
    assert of("PHONE", "min kode 35323578") == []
    assert of("PHONE", "ring på 20.30.40.50 i dag") == ["20.30.40.50"]


def test_codes_typed_in_brackets_and_answered_in_a_dm_export() -> None:
    text = "en engangskode sendt til +45 3313 6464; eleven tastede 25745827. En forælder"
    assert of("OTP", text) == ["25745827"]
    assert of("OTP", "Sønen gav en 'verification'-kode (482913) til profilen.") == ["482913"]
    thread = (
        "05.01.26 15:46 — RobuxDropper: send the verification code u just got\n"
        "05.01.26 15:47 — hiba_dk13: 123456\n"
    )
    assert of("OTP", thread) == ["123456"]
    # Near misses: digits typed with no code named, a product's code in brackets, a line
    # that asks for no code.
    assert of("OTP", "jeg tastede 20304050 ind") == []
    assert of("OTP", "Varens produktkode (482913) står på æsken.") == []
    plain = "05.01.26 15:46 — RobuxDropper: hvor bor du\n05.01.26 15:47 — hiba_dk13: 123456\n"
    assert of("OTP", plain) == []


def test_a_refunds_account() -> None:
    text = "Refusion ønskes til: 2684-83987280\nSamtykke til kontakt: Ja"
    assert of("BANK_ACCOUNT", text) == ["2684-83987280"]
    # Near miss: a case number on a fake refund site's mail.
    text = "> mobilepay-refusion.site/b/175199\n> Sagsnummer: 2024-2717867"
    assert of("BANK_ACCOUNT", text) == []
