"""A bank's money-mule cases (issue 18, pii26): netbank statement lines ("MobilePay Zainab
Bech Ref. 5175149"), alert lines on the money's direction ("Indgående: 16.000 kr. fra …"),
and the near misses beside each. Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import found


def people(text: str) -> list[str]:
    return [value for entity, value in found(text) if entity == "PERSON"]


def test_a_statements_reference_word_ends_the_name_before_it() -> None:
    text = (
        "Dato\tTekst\tBeløb\n"
        "2026-06-24\tMobilePay MAJA VESTERGAARD Ref. 4551814\t20.900,00\n"
        "2026-06-06\tMobilePay Zainab Bech Ref. 5175149\t18.000,00\n"
    )
    assert people(text) == ["MAJA VESTERGAARD", "Zainab Bech"]


def test_a_capitalised_word_after_a_surname_still_belongs_to_the_name() -> None:
    # Near miss: an unlisted middle word after a surname is still the person's.
    assert people("Betalt til Thomas Winther Kragh i går.") == ["Thomas Winther Kragh"]


def test_the_direction_of_money_at_a_lines_start_is_no_speaker() -> None:
    text = (
        "Kort: **** **** **** 7105\n"
        "Indgående: kr. 12.415 fra [NAVN] (23/8)\n"
        "Indgående: DKK 27.500,00 fra [NAVN] (25/6)\n"
        "Udgående: DKK 7.500,00 til [NAVN] (26/6)\n"
    )
    assert people(text) == []


def test_a_name_at_a_lines_start_in_a_chat_is_still_a_speaker() -> None:
    # Near miss: a real name heading chat lines is still read as the speaker's.
    text = "Mette: har du pengene?\nJonas: ja de kom i går\nMette: send dem videre\n"
    assert "Mette" in people(text)


def test_a_reference_word_ends_a_name_with_an_unlisted_surname() -> None:
    text = "Dato\tTekst\n2026-06-22\tMobilePay Laura Haddad-Kristiansen Ref. 1236314\t1.100,00\n"
    assert people(text) == ["Laura Haddad-Kristiansen"]


def test_an_unlisted_surname_after_a_first_name_is_still_read() -> None:
    # Near miss: a capitalised word the list lacks after a first name is a surname.
    assert people("Jeg talte med Emma Bonde i går.") == ["Emma Bonde"]


def test_a_chats_greeting_yo_leads_a_lowercase_name() -> None:
    assert people("yo abdi 👋 vil du tjene easy cash?") == ["abdi"]


def test_yo_before_a_common_word_leads_no_name() -> None:
    # Near miss: "yo" before a word that is no name.
    assert people("yo bro 👋 vil du tjene easy cash?") == []


def test_a_recruiters_alias_after_kaldet_or_a_friend_of_a_friend_is_found() -> None:
    assert people("Koden gik videre til en person kaldet Jay.") == ["Jay"]
    assert people("Kunden forklarede, at en ven af en ven, Jay, skrev til ham.") == ["Jay"]


def test_kaldet_before_a_lowercase_word_leads_no_name() -> None:
    # Near miss: "kaldet ind" is a verb, not an alias.
    assert people("Kunden blev kaldet ind til et møde i filialen.") == []


def test_a_police_requests_surname_first_name_after_vedr_is_one_name() -> None:
    text = "Anmodning om oplysninger vedr. Khan-Farah, Brian, CPR 2806992085, Bispeparken 145"
    assert people(text) == ["Khan-Farah, Brian"]


def test_vedr_before_a_town_and_a_lowercase_word_finds_no_name() -> None:
    # Near miss: "Vedr. Bolig, Aarhus" is a subject line, not a person.
    assert people("Vedr. Bolig, Aarhus, sagen er lukket.") == []


def test_an_alerts_analyst_with_an_initial_is_found() -> None:
    assert people("Analytiker: L. Jensen-Nowak – eskaleret til SAG-2026-9901") == [
        "L. Jensen-Nowak"
    ]


def test_an_analyst_label_before_a_rule_finds_no_name() -> None:
    # Near miss: the analyst's field holding no person.
    assert people("Analytiker: Regel 4 – eskaleret til SAG-2026-9901") == []


def test_a_lowercase_speaker_the_chat_greets_is_found_though_unlisted() -> None:
    text = (
        "[11:40] @bigbro_money: yo hodan 👋 vil du tjene easy cash?\n"
        "[11:48] hodan: hvad skal jeg gøre lol\n"
        "[11:56] hodan: safe reg.nr. 8576\n"
    )
    assert people(text).count("hodan") == 2


def test_a_logs_lowercase_label_nobody_greets_is_no_speaker() -> None:
    # Near miss: time-stamped labels of a log, greeted by no one.
    assert people("[14:30] status: ok\n[14:31] status: færdig\n[14:32] server: genstartet\n") == []


def test_a_chat_writer_introducing_himself_and_his_firm_is_found() -> None:
    assert people("yo mai 👋 det Jay fra CashCrew her, vil du tjene easy cash?") == [
        "mai",
        "Jay",
    ]


def test_two_capitalised_words_before_fra_are_no_introduction() -> None:
    # Near miss: an institution's name of two words before "fra".
    assert people("Vi så det Kongelige Teater fra vinduet.") == []
