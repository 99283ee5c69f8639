"""Personal data in fraud against small businesses, craftsmen and sole traders (issue 18,
pii46): a MitID user ID said aloud or named as a business's user with "er"; a code given or
read out after ", og", told after a semicolon, or typed after its own label in a chat; a
phone after an e-mail address's "eller", after "Kontakt: Name på" or "Henvendelse fra", and
a label's word inside an e-mail address; a sole trader's genitives (firm, staff, books,
user), roles and record leads; a lowercase chat speaker beside a full name. The near miss
beside each. Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of

ASKED = "[18:04] Eva: For security you received a code from our system. Please send it.\n"


def test_a_mitid_user_said_aloud_is_the_id() -> None:
    text = "Han bad om mit MitID bruger-ID, og jeg sagde ejner65. Så kom der en kode."
    assert of("MITID_USER", text) == ["ejner65"]


def test_a_word_said_after_the_user_id_is_no_id() -> None:
    assert of("MITID_USER", "Han bad om mit MitID bruger-ID, og jeg sagde nej til ham.") == []


def test_a_business_user_after_er_is_the_id() -> None:
    text = "Vores MitID Erhverv-bruger er oksstok93 – skal den spærres?"
    assert of("MITID_USER", text) == ["oksstok93"]


def test_a_business_user_that_is_blocked_is_no_id() -> None:
    assert of("MITID_USER", "Vores MitID Erhverv-bruger er spærret nu.") == []


def test_a_code_given_after_og_is_the_code() -> None:
    text = "Han sendte en SMS-kode, og jeg gav ham den: 67782404.\nR: Har du givet mere?"
    assert of("OTP", text) == ["67782404"]
    assert of("PHONE", text) == []
    assert of("OTP", "Så kom der en kode, og jeg læste 689712 op.") == ["689712"]


def test_something_else_given_after_a_code_is_no_code() -> None:
    assert of("OTP", "Der kom en kode, og jeg gav ham 2 minutter.") == []


def test_a_code_told_after_a_semicolon_is_the_code() -> None:
    assert of("OTP", "Han bad om koden fra SMS'en; den var 124576.\n") == ["124576"]
    assert of("OTP", "Han bad indehaveren læse koden op; den var 690349.\n") == ["690349"]


def test_a_number_after_a_semicolon_without_den_var_is_no_code() -> None:
    assert of("OTP", "Han bad om koden fra SMS'en; vi ringede 12 gange.\n") == []


def test_a_chat_answer_with_its_own_label_is_the_code() -> None:
    assert of("OTP", ASKED + "[18:07] Kasper: code: 003071\n") == ["003071"]


def test_a_chat_line_with_a_code_label_not_asked_for_is_no_answer() -> None:
    assert of("OTP", "[18:04] Eva: Hvad er din adresse?\n[18:07] Kasper: code: 003071\n") == []


def test_a_phone_after_an_email_addresss_eller_is_a_phone() -> None:
    text = "Kontakt ved spørgsmål: ordre.lerglasur@example.dk eller +45 81850395.\n"
    assert of("PHONE", text) == ["+45 81850395"]
    assert of("PHONE", "Kontakt: hej@example.dk eller 91859058.") == ["91859058"]


def test_an_order_number_after_an_email_address_stays_no_phone() -> None:
    assert of("PHONE", "Skriv til ordre@example.dk, ordrenr. 91859058") == []


def test_a_contacts_name_and_an_enquiry_label_a_phone() -> None:
    assert of("PHONE", "Kontakt: Valdemar på 36 03 95 91.\n") == ["36 03 95 91"]
    text = "2026-04-22 12:00  Henvendelse fra 91 04 98 99: udbetalingerne mangler"
    assert of("PHONE", text) == ["91 04 98 99"]


def test_an_unallocated_number_without_a_label_is_no_phone() -> None:
    assert of("PHONE", "Valdemar gav 36 03 95 91 kr.\n") == []


def test_a_sole_traders_genitives_are_names() -> None:
    assert of("PERSON", "Jans firma fik en falsk faktura.") == ["Jans"]
    assert of("PERSON", "uvedkommende login med Emils bruger)") == ["Emils"]
    text = "Note: Jans pårørende Flemming Bech betaler regningen"
    assert of("PERSON", text) == ["Jans", "Flemming Bech"]


def test_his_firm_is_no_name() -> None:
    assert of("PERSON", "Hans kollega ringede. Hans firma er lukket.") == []


def test_a_sole_trader_and_a_helper_are_roles_before_a_name() -> None:
    assert of("PERSON", "Indehaver: Holger Bang\nSagsbehandler:") == ["Holger Bang"]
    text = "Medhjælperen Hanne Vestergaard har haft adgang til admin."
    assert of("PERSON", text) == ["Hanne Vestergaard"]
    assert of("PERSON", "K: Min kone Ananya har også fået et opkald.") == ["Ananya"]
    assert of("PERSON", "[08:52] Hannah: Contact my colleague Grace Holloway\n") == [
        "Hannah",
        "Grace Holloway",
    ]


def test_a_placeholder_after_a_role_is_no_name() -> None:
    assert of("PERSON", "Indehaver: Indehaver A, f. [fødselsdato]\n") == []
    assert of("PERSON", "Medhjælperen Medarbejder B har haft adgang") == []


def test_who_noted_or_handles_a_case_is_a_name() -> None:
    assert of("PERSON", "Bogført i e-conomic.\n\nNoteret af Ifrah Omar\n") == ["Ifrah Omar"]
    assert of("PERSON", "Webshop (CVR-nr. 35974202)\nBehandles af K. Kragh\n") == ["K. Kragh"]


def test_a_court_that_handles_a_case_is_no_name() -> None:
    assert of("PERSON", "Sagen behandles af Retten i Aarhus.") == []


def test_a_lowercase_speaker_beside_a_full_name_is_a_name() -> None:
    text = "[21:36] mai: hej, hvem er det?\n[21:42] Mia van Dijk: Hi\n[21:45] mai: send den\n"
    assert of("PERSON", text) == ["mai", "Mia van Dijk", "mai"]


def test_a_lowercase_log_label_beside_a_full_name_is_no_name() -> None:
    text = "[21:36] status: ok\n[21:42] Mia van Dijk: Hi\n[21:45] status: ok\n"
    assert of("PERSON", text) == ["Mia van Dijk"]
