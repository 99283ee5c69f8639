"""pii106: what the fitness-centre (pii_blind116), holiday-home (117) and pharmacy (118) sets
showed outside addresses: a key box's code is no one-time code, a code read out in the
passive; initials and surnames after an agent's "af", a dated entry's colon or a client's
word, a given name with its surname's initial before a verb, a coach in the genitive, who a
caller passed himself off as, a note's writer by given name; a callback's number, an old
number in brackets, a refund's account. Each rule has a firing case and a near miss.
Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of

# OTP: a key box's code (negative_context) and a code told in the passive.


def test_no_code_for_a_key_box() -> None:
    text = "Ved ankomst bruges nøgleboksens kode 4821; den skiftes efter hvert ophold."
    assert of("OTP", text) == []


def test_a_one_time_code_still_found_beside_a_key_box_line() -> None:
    text = "Nøgleboksen hænger ved døren.\nKunden oplyste sin engangskode 482913 i telefonen."
    assert of("OTP", text) == ["482913"]


def test_code_read_out_in_the_passive() -> None:
    text = "Opkald med bruger-ID og en engangskode, som blev læst op: 482913.\nSagen er oprettet."
    assert of("OTP", text) == ["482913"]


def test_no_code_read_out_in_the_passive_without_digits() -> None:
    assert of("OTP", "Der var en kode, som blev læst op: den står i journalen.") == []


# PERSON: initials, stamps, clients, genitives and leads.


def test_given_name_and_surname_initial_before_a_verb() -> None:
    text = "Sagsnotat\n15.10.2026: Mette R. oplyser, at en mand tilbød et forløb."
    assert of("PERSON", text) == ["Mette R."]


def test_double_given_name_and_surname_initial() -> None:
    text = "Sagsnotat\n15.10.2026: Per-Ole S. oplyser, at en mand tilbød et forløb."
    assert of("PERSON", text) == ["Per-Ole S."]


def test_middle_initial_still_reads_the_surname() -> None:
    assert of("PERSON", "Mette R. Holm oplyser, at en mand tilbød et forløb.") == ["Mette R. Holm"]


def test_initial_and_surname_after_a_dated_entry() -> None:
    text = "Sagsnotat\n25.11.2026: S. Høj oplyser, at en mand tilbød et forløb."
    assert of("PERSON", text) == ["S. Høj"]


def test_initial_and_surname_after_stoppet_af() -> None:
    text = "2026-11-26 13.12 | udbetaling kr. 5.550 stoppet af P. Kofod-Jensen\nnæste linje"
    assert of("PERSON", text) == ["P. Kofod-Jensen"]


def test_initial_and_surname_after_taget_af() -> None:
    assert of("PERSON", "Faktura sendt.\nTaget af J. Tarp\n") == ["J. Tarp"]


def test_no_person_for_a_stand_in_after_taget_af() -> None:
    assert of("PERSON", "Faktura sendt.\nTaget af A. Kunde\n") == []


def test_initial_and_surname_after_kunden() -> None:
    text = "Kunden L. Kragh-Holm (l***@example.dk) fik sms om dobbeltbetaling."
    assert of("PERSON", text) == ["L. Kragh-Holm"]


def test_no_person_for_a_pseudonym_letter_after_kunden() -> None:
    assert of("PERSON", "Kunden B. Bagefter ringede han igen.") == []


def test_given_name_in_the_genitive_before_traener() -> None:
    text = "Profilen var falsk. Sofies træner har aldrig været ansat hos os."
    assert of("PERSON", text) == ["Sofies"]


def test_no_person_for_a_noun_in_the_genitive_before_traener() -> None:
    assert of("PERSON", "Profilen var falsk. Holdets træner har aldrig været ansat.") == []


def test_no_person_for_a_member_stand_in() -> None:
    text = "Profilen var oprettet i navnet Træner A. Medlem A's træner var falsk."
    assert of("PERSON", text) == []


def test_who_a_caller_passed_himself_off_as() -> None:
    text = "En mand ringede og gav sig ud for at være Kim fra kundeservice."
    assert of("PERSON", text) == ["Kim"]


def test_no_person_when_a_caller_passed_himself_off_as_a_team() -> None:
    text = "En mand ringede og gav sig ud for at være fra kundeservice."
    assert of("PERSON", text) == []


def test_note_writer_by_given_name_after_oprettet_af() -> None:
    text = "Sagsnotat SV-26-8518\nOprettet 12.07.2026 af Trine\n\nKunden ringede."
    assert of("PERSON", text) == ["Trine"]


def test_no_person_after_oprettet_af_a_system() -> None:
    text = "Sagsnotat SV-26-8518\nOprettet 12.07.2026 af Systemet\n\nKunden ringede."
    assert of("PERSON", text) == []


def test_fellow_traveller_after_medrejsende() -> None:
    assert of("PERSON", "Medrejsende: Signe Sonne\nBeskrivelse: booking") == ["Signe Sonne"]


# PHONE: a callback's number, whom to call if no answer, an old number in brackets.


def test_phone_after_tilbagekald() -> None:
    assert of("PHONE", "CPR-nr. oplyst: ja\nTilbagekald: 53 00 45 60\n") == ["53 00 45 60"]


def test_phone_of_a_contact_if_no_answer() -> None:
    text = "Kontaktperson hvis jeg ikke svarer: min far, 71 00 85 99\n"
    assert of("PHONE", text) == ["71 00 85 99"]


def test_old_phone_in_brackets_after_a_change() -> None:
    text = "2026-05-01 15:47 | Telefonnummer ændret til 21 97 77 58 (tidligere 54 02 94 74)\n"
    assert of("PHONE", text) == ["21 97 77 58", "54 02 94 74"]


def test_no_phone_after_tilbagekald_of_a_date() -> None:
    assert of("PHONE", "Tilbagekald: 2026-05-01 kl. 10\n") == []


# BANK_ACCOUNT: where a refund of a fee goes ("refusion af").


def test_account_after_refusion_af() -> None:
    text = "Refusion af gebyr til: 1953 7886505981\nHar du kontaktet politiet?: Ja"
    assert of("BANK_ACCOUNT", text) == ["1953 7886505981"]


def test_no_account_after_refusion_af_an_amount() -> None:
    assert of("BANK_ACCOUNT", "Refusion af gebyr: 2.400 kr. den 12.03.2026\n") == []
