"""Personal data at a data-protection officer's desk (pii62): the login name an identity
provider's log writes after "userid=", the e-mail address a failed login's "user=" holds
(whole, not its local part as a user ID), a log recipient's number with its country code in
brackets, a given name's genitive before the account number a mis-sent letter showed, the
access blocked and the request not yet answered, an inverted name in a breach notice's list
before its CPR number, a table's next cell or the person's e-mail address in brackets, or after
"Jeg repræsenterer", a lower-case name the e-mail address after it spells, and the surnames
Rahimi and Khan after an initial. The near miss beside each: a record's number or a role after
"userid=", a log's user name without "@", another key's bracketed number, a non-name's
genitive, a pair of words that are no listed names, lower-case words the address does not
spell. Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of
from vaern.privacy.keyed import login_name


def test_a_login_name_after_userid_in_an_identity_providers_log() -> None:
    text = (
        "2026-03-07T14:06:46Z INFO mitid_login userid=jyttehuss2000 session=e0c6bf9186fa\n"
        "2026-03-07T14:21:30Z INFO mitid_login userid=quanghoan65 session=7b5a420e67f0\n"
    )
    assert of("MITID_USER", text) == ["jyttehuss2000", "quanghoan65"]
    assert login_name("userId", "olejens37")


def test_a_record_number_or_a_role_after_userid_is_no_user_id() -> None:
    assert of("MITID_USER", "2026-03-07T14:06:46Z INFO api userid=148934 session=a1\n") == []
    assert of("MITID_USER", "2026-03-07T14:06:46Z INFO mitid_login userid=admin session=a1\n") == []
    assert not login_name("user_id", "148934")
    assert not login_name("requestid", "jyttehuss2000")


def test_a_failed_logins_email_address_stays_an_email_address() -> None:
    text = (
        "2026-03-07T13:50:14Z WARN login_fail user=jytte.lauridsen.hussein@example.dk "
        "ip=10.91.31.100 attempts=3\n"
    )
    assert of("EMAIL", text) == ["jytte.lauridsen.hussein@example.dk"]
    assert of("MITID_USER", text) == []


def test_a_logins_user_name_without_at_is_still_a_user_id() -> None:
    text = "2026-03-07T13:50:14Z WARN login_fail user=erik.bech ip=10.91.31.100 attempts=3\n"
    assert of("MITID_USER", text) == ["erik.bech"]
    assert of("EMAIL", text) == []


def test_a_given_names_genitive_before_an_account_number_access_or_request() -> None:
    assert of(
        "PERSON", "Hun fortalte, at brevet også viste Zainabs kontonummer 4327-15241969."
    ) == ["Zainabs"]
    assert of("PERSON", "Kommentar: Kirstens adgang er spærret. Hun læste koden op.") == [
        "Kirstens"
    ]
    assert of("PERSON", "Emmas anmodning af 15. oktober 2026 er ikke besvaret.") == ["Emmas"]


def test_a_non_names_genitive_before_the_same_nouns_is_no_name() -> None:
    assert of("PERSON", "Kundens adgang er spærret, og virksomhedens anmodning er afvist.") == []
    assert of("PERSON", "Bankens kontonummer står på fakturaen.") == []


def test_an_inverted_name_in_a_breach_notices_list_before_its_record() -> None:
    text = (
        "Følgende personer er berørt:\n\n"
        "1. Khan, Olena, CPR 010755-1575, f. 01.07.1955\n"
        "2. Rasmussen, Jesper Johansen, CPR 2004690843, jr@example.dk\n"
        "* Yilmaz, Emma Madsen | nummerplade LA 90 675 | emma.madsen@example.dk\n"
        "- Holm, Trine Larsen (tholm@example.dk), MitID bruger-ID trine12\n"
    )
    assert of("PERSON", text) == [
        "Khan, Olena",
        "Rasmussen, Jesper Johansen",
        "Yilmaz, Emma Madsen",
        "Holm, Trine Larsen",
    ]
    client = "Jeg repræsenterer Kristensen, Rasmus Hansen, født 21-11-1934, CPR-nr. 2111340365."
    assert of("PERSON", client) == ["Kristensen, Rasmus Hansen"]


def test_a_town_before_a_name_without_a_record_is_no_inverted_name() -> None:
    # No CPR, cell or bracketed e-mail address after the given names: "Odense" stays out.
    text = "Mødet blev holdt i Odense, Jesper Johansen deltog for kunden.\n"
    assert of("PERSON", text) == ["Jesper Johansen"]


def test_a_lower_case_name_the_address_after_it_spells() -> None:
    text = "Fra: lene rahimi-madsen <lene.rahimi.madsen@example.dk>\nEmne: Slet mine data\n"
    assert of("PERSON", text) == ["lene rahimi-madsen"]
    listed = "Berørte konti:\n- hoang van tuan (hoang.van.tuan39@example.dk), MitID\n"
    assert of("PERSON", listed) == ["hoang van tuan"]
    assert of("PERSON", "- søren holm (soeren.holm@example.dk)\n") == ["søren holm"]


def test_lower_case_words_the_address_does_not_spell_are_no_name() -> None:
    assert of("PERSON", "Fra: support team <support.team@example.dk>\n") == []
    assert of("PERSON", "- trine skov (tskov@example.dk)\n") == []


def test_initials_and_the_surnames_rahimi_and_khan_in_a_signature() -> None:
    assert of("PERSON", "Tak.\n\nBedste hilsner\nL. Rahimi-Madsen\n\n--- Intern note") == [
        "L. Rahimi-Madsen"
    ]
    assert of("PERSON", "Tak.\n\nMvh.\nO. Khan\nDPO, Nordlys Energi A/S\n") == ["O. Khan"]


def test_a_records_inverted_name_whose_given_name_is_also_a_word() -> None:
    text = (
        "Følgende personer er berørt:\n\n"
        "* Madsen, Trine | nummerplade HZ87102 | trine.madsen@example.dk\n"
        "4. MADSEN, SVEND, CPR 18 05 41 1225, svend.madsen@example.dk\n"
    )
    assert of("PERSON", text) == ["Madsen, Trine", "MADSEN, SVEND"]
    client = "Jeg repræsenterer Thygesen, Svend, født 05-09-1991, CPR-nr. 0509911810."
    assert of("PERSON", client) == ["Thygesen, Svend"]


def test_an_inverted_pair_that_is_no_listed_name_is_no_record() -> None:
    # A status column and a word before a name's word: no listed surname before the comma.
    assert of("PERSON", "* Status, Ok | afsluttet | 2026-03-01\n") == []
    assert of("PERSON", "- Kontrol, Svend | afvist\n") == []


def test_a_log_recipients_number_with_its_country_code_in_brackets() -> None:
    text = "2026-06-21T08:08:41Z INFO otp_sent to=(+45) 43 17 31 52 code=04137073\n"
    assert of("PHONE", text) == ["(+45) 43 17 31 52"]
    assert of("OTP", text) == ["04137073"]


def test_a_bracketed_number_after_another_key_is_no_recipient() -> None:
    assert of("PHONE", "2026-06-21T08:08:41Z INFO ref=(+45) 43 17 31 52 ok\n") == []
