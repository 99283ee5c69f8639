"""Personal data in hospitality and booking fraud (issue 18, pii50): a partner-support agent's
one-word acknowledgement, a payroll thread's new salary account, a code a guest's bank sent
told after a comma, a guest's stay, a house and a salary in the genitive, a list of guests
before their birth dates (any order and case), East Asian and Hungarian family names first,
and a chat's guest typed in lower case before the booking. The near miss beside each.
Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of


def test_an_agents_one_word_acknowledgement_is_no_name() -> None:
    text = "[10:02] Rådgiver 2: Noteret. Gæsten kan ringe til os.\n[10:03] Rådgiver 2: Modtaget."
    assert of("PERSON", text) == []


def test_a_speakers_name_in_a_support_chat_is_still_a_name() -> None:
    assert of("PERSON", "[10:02] Rådgiver 2: Tak, Henrik. Gæsten kan ringe.") == ["Henrik"]


def test_a_payroll_threads_new_salary_account() -> None:
    text = "Emne: Ny lønkonto\n\nHej. Kan I bruge 1551-2345678 fra næste lønkørsel?"
    assert of("BANK_ACCOUNT", text) == ["1551-2345678"]


def test_a_payroll_run_without_an_account_is_none() -> None:
    assert of("BANK_ACCOUNT", "Lønkørsel nr. 4471 er afviklet den 30.") == []


def test_a_code_the_bank_sent_told_after_a_comma() -> None:
    text = "Then my bank sent a code, 408215, which I also typed in."
    assert of("OTP", text) == ["408215"]


def test_a_postcode_after_a_code_and_a_comma_is_no_otp() -> None:
    assert of("OTP", "They asked for a code, 2100 was the postcode.") == []


def test_a_guests_stay_house_and_salary_in_the_genitive() -> None:
    assert of("PERSON", "Har I kontaktinfo på Hennings ophold?") == ["Hennings"]
    assert of("PERSON", "Politiet er orienteret.\nMehmets hus er spærret.") == ["Mehmets"]
    assert of("PERSON", "Hej Ole\n\nKemals løn gik til den gamle konto.") == ["Ole", "Kemals"]


def test_a_word_before_a_stay_is_no_name() -> None:
    assert of("PERSON", "Hotellets ophold var dyrt, og husets løn er lav.") == []


def test_a_list_of_guests_before_their_birth_dates() -> None:
    text = (
        "Lejere, der har henvendt sig\n1. Szabó, Réka (f. 03.08.1957), tlf. 0045 44068651\n"
        "2. OKONKWO-LUND, EMEKA TOBI (f. 10.01.1953)\n3. van Buren, Femke (f. 17/5-1994)"
    )
    assert of("PERSON", text) == ["Szabó, Réka", "OKONKWO-LUND, EMEKA TOBI", "van Buren, Femke"]


def test_a_relative_before_a_listed_guest_is_no_part_of_the_name() -> None:
    assert of("PERSON", "Noter:\n- Ægtefællen Ali Mahmoud (f. 28. februar 1935) oplyser") == [
        "Ali Mahmoud"
    ]


def test_a_list_entry_of_words_before_a_bracket_is_no_name() -> None:
    assert of("PERSON", "Opgaver\n2. Ring til banken (f. 2 gange)\n3. Værelse 212 (f. 1990)") == []


def test_east_asian_and_hungarian_family_names_go_first() -> None:
    assert of("PERSON", 'kl. 06.07  Mail fra "Tanaka Yuki" om gruppebooking') == ["Tanaka Yuki"]
    assert of("PERSON", "Overdraget til Kovács Bence.") == ["Kovács Bence"]


def test_a_hotels_park_before_a_name_is_no_family_name() -> None:
    assert of("PERSON", "Vi gik i Park med Yuki.") == ["Yuki"]


def test_a_chats_guest_in_lower_case_before_the_booking() -> None:
    text = "[07:17] Bodil: bilal khan, booking 2.914.271.384, har betalt € 3966"
    assert of("PERSON", text) == ["Bodil", "bilal khan"]


def test_a_chats_lower_case_answer_before_a_booking_is_no_name() -> None:
    assert of("PERSON", "[17:21] Rasmus: det er fint, booking 2.503.912.388") == ["Rasmus"]
