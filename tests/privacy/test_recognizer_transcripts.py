"""Personal data in call-centre and chat transcripts (pii61): a code told after a speaker's
fillers ("jeg sagde øh 55 39 62"), a code sent to a number named before its colon (an IVR
log), a quoted answer to "læs koden op" on the next turn, read out in groups; a MitID user ID
answered with how it is spelt ("med små bogstaver") and "mitid bruger er …"; a reg.nr. and an
account joined by "og", the account read out in groups of four, three and three, or in
brackets after "bank"; a spoken address with its ground floor and side without full stops,
after fillers, or as the turn that answers "og din adresse"; an institution's address after a
referral or an assignment; a given name's genitive before a payment card. The near miss
beside each: call IDs, queue numbers, amounts, durations and IVR choices stay what they are.
Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of
from vaern.privacy.recognizers import referred_institution


def test_a_code_told_after_a_speakers_fillers() -> None:
    text = (
        "[00:01:14] KUNDE: han bad mig læse koden op fra mitid og jeg sagde øhm 55 39 62 "
        "det var dumt ikke\n"
    )
    assert of("OTP", text) == ["55 39 62"]
    assert of("OTP", text.replace("øhm 55 39 62", "du ved 847299")) == ["847299"]


def test_a_number_told_without_a_code_asked_is_no_code() -> None:
    # No code named before "jeg sagde": an amount, a queue's place, a call's time.
    text = "[00:01:14] KUNDE: han spurgte hvor meget og jeg sagde øh 24 60 00 kroner\n"
    assert of("OTP", text) == []
    assert of("OTP", "kø: SVINDEL · plads i kø ved start: 4 · ventetid 4:14\n") == []


def test_a_code_sent_to_a_number_then_its_colon() -> None:
    text = "2026-07-09 14:28:06 | SMS | engangskode sendt til +45 2305 1159: 63598702 · tast 1\n"
    assert of("OTP", text) == ["63598702"]
    assert of("PHONE", text) == ["+45 2305 1159"]


def test_a_number_sent_to_without_a_code_stays_a_phone() -> None:
    text = "2026-07-09 14:28:06 | SMS | kvittering sendt til 53297574: 20201173 · tast 1\n"
    assert of("OTP", text) == []
    assert of("OTP", "2026-07-09 14:26:21 | IVR | menu 1>1>3 valgt (spærring af kort)\n") == []


def test_a_quoted_answer_to_read_the_code_out() -> None:
    text = (
        '00:02:47 Rådgiver: "kan du ikke bare læse koden op for mig så klarer jeg resten"\n'
        '00:02:57 Kunde: "jo den er 22 01 46"\n'
    )
    assert of("OTP", text) == ["22 01 46"]
    assert of("OTP", text.replace("22 01 46", "5332 7356")) == ["5332 7356"]
    assert of("PHONE", text.replace("22 01 46", "5332 7356")) == []


def test_a_quoted_answer_to_another_question_is_no_code() -> None:
    text = (
        '00:02:47 Rådgiver: "hvor lang tid ventede du i kø"\n00:02:57 Kunde: "jo den er 22 01 46"\n'
    )
    assert of("OTP", text) == []


def test_a_user_id_answered_with_its_spelling() -> None:
    text = (
        "[00:01:30] AGENT: hvad er dit mitid bruger id\n"
        "[00:01:35] KUNDE: det er karena51 med små bogstaver\n"
    )
    assert of("MITID_USER", text) == ["karena51"]


def test_an_answer_that_goes_on_after_the_user_id_is_none() -> None:
    # Words after the value other than its spelling: no answer of the value alone.
    text = (
        "[00:01:30] AGENT: hvad er dit mitid bruger id\n"
        "[00:01:35] KUNDE: det er ikke noget jeg kan huske med små bogstaver\n"
    )
    assert of("MITID_USER", text) == []


def test_mitid_bruger_er_then_the_id() -> None:
    assert of("MITID_USER", "[10:14] Piotr: og min mitid bruger er piotr60 de ville også") == [
        "piotr60"
    ]
    assert of("MITID_USER", "[10:14] Piotr: og min mitid bruger er spærret nu") == []


def test_a_reg_and_an_account_joined_by_og() -> None:
    text = "[00:02:20] KUNDE: ikke reg nr 8565 og konto 82382596 der er gået 86.296 kroner\n"
    assert of("BANK_ACCOUNT", text) == ["82382596"]
    assert of("PHONE", text) == []
    spoken = "KUNDE: registreringsnummer 5743 kontonummer 0086 482 774 der er gået 65.899 kroner"
    assert of("BANK_ACCOUNT", spoken) == ["0086 482 774"]


def test_a_reg_and_an_amount_after_og_is_no_account() -> None:
    text = "KUNDE: reg nr 8565 og konto hos jer og der er gået 86 296 412 kroner\n"
    assert of("BANK_ACCOUNT", text) == []


def test_an_account_in_brackets_after_the_bank() -> None:
    text = "Anmelder er henvist til sin bank (6597-0008439923) og til Spærreservice."
    assert of("BANK_ACCOUNT", text) == ["6597-0008439923"]
    assert of("BANK_ACCOUNT", "Anmelder er henvist til sin bank (tlf. 70 10 20 30).") == []


def test_a_spoken_address_with_floor_and_side_without_full_stops() -> None:
    assert of("ADDRESS", 'Rådgiver: "og du bor på fasanvej 40b st th ikke"') == [
        "fasanvej 40b st th"
    ]
    assert of("ADDRESS", "AGENT: og du bor stadig på øhm ågade 93c 2 th\n") == ["ågade 93c 2 th"]
    assert of("ADDRESS", "Taler 1: og du bor stadig på ja toftegårds allé 118a\n") == [
        "toftegårds allé 118a"
    ]


def test_a_lowercase_street_without_a_place_word_is_no_address() -> None:
    # "st" alone is no floor, and a lowercase street needs "på" or a question before it.
    assert of("ADDRESS", "AGENT: jeg sender det til kundeservice st 40 i morgen\n") == []
    assert of("ADDRESS", "KUNDE: jeg har ringet fra fasanvej 40b st th\n") == []


def test_the_turn_that_answers_the_address_question() -> None:
    text = "AGENT: tak Kenneth og din adresse\nKUNDE: ikke bøgevænget 54\n"
    assert of("ADDRESS", text) == ["bøgevænget 54"]
    stamped = "AGENT (00:01:50): tak Maria og din adresse\nKUNDE (00:01:59): præstemarken 21b\n"
    assert of("ADDRESS", stamped) == ["præstemarken 21b"]


def test_a_turn_after_another_question_is_no_address() -> None:
    text = "AGENT: tak Kenneth og dit cpr nummer\nKUNDE: ikke bøgevænget 54\n"
    assert of("ADDRESS", text) == []


def test_an_institutions_address_after_a_referral() -> None:
    text = "Kunden er henvist til Nordlys Bank, Havnefronten 10, 2150 Nordhavn, for at hente kort."
    assert of("ADDRESS", text) == []
    assigned = (
        "[intern note: klagen er tildelt kvalitetsteamet, Telefix, Industrivej 40, 2605 Brøndby]"
    )
    assert of("ADDRESS", assigned) == []
    assert referred_institution(assigned, assigned.index("Industrivej"))


def test_a_persons_address_after_their_name_stays_an_address() -> None:
    # A person's name before the address, no referral: theirs. (A bank's own letter's
    # address, "Sendt fra Fjordbanken, Havnegade 4, …", is the bank's: pii78, not redacted.)
    text = "Kunden er henvist til Jens Holm, Havnefronten 10, 2150 Nordhavn, som er hans værge."
    assert of("ADDRESS", text) == ["Havnefronten 10, 2150 Nordhavn"]
    assert of("ADDRESS", "Sendt fra Fjordbanken, Havnegade 4, 8000 Aarhus C") == []


def test_a_given_names_genitive_before_a_payment_card() -> None:
    text = "Samme aften kom en mand og hentede Dorthes betalingskort 4111110411656924."
    assert of("PERSON", text) == ["Dorthes"]
    assert of("PERSON", "Samme aften kom en mand og hentede Bankens betalingskort.") == []
