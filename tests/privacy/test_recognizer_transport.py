"""Personal data in transport and logistics (pii54): a haulier's export of drivers with
their vehicle's plate and salary account as columns, a freight chat's truck named once and
its plate alone later, a salary account changed from one to another, a delivery code read
out in brackets and a pseudonymised driver ("Chauffør A") in a name column. The near miss
beside each. Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of

DRIVERS = "chauffør_nr;navn;postnr;by;bil;trailer;brændstofkort;lønkonto;ændret\n"


def test_a_drivers_export_names_plates_and_salary_accounts_by_column() -> None:
    text = DRIVERS + (
        "83894;Kasper Bundgaard;9900;Frederikshavn;LV 48 699;T-880;**** 8122;7022-9662168857;JA\n"
        "39624;Jakob Kjeldsen;4800;Nykøbing F;VS47388;T-631;**** 8461;2174 3011946;\n"
    )
    assert of("NUMBER_PLATE", text) == ["LV 48 699", "VS47388"]
    assert of("BANK_ACCOUNT", text) == ["7022-9662168857", "2174 3011946"]


def test_a_fleet_number_or_masked_value_in_those_columns_is_none() -> None:
    text = DRIVERS + "83894;Kasper Bundgaard;9900;Frederikshavn;T-880;T-370;**** 8122;[kontonr.];\n"
    assert of("NUMBER_PLATE", text) == []
    assert of("BANK_ACCOUNT", text) == []


def test_a_trucks_plate_named_again_alone_is_a_plate() -> None:
    text = (
        "[11:38] Jonas Berg: yes we have truck BE 14 608, driver Marek\n"
        "[11:56] Jonas Berg: please pay 30% advance today\n"
        "[12:48] Medarbejder C: Vi har ringet til vognmanden på 70124400: de kender ikke "
        "ordren og har aldrig haft BE 14 608. Double brokering.\n"
    )
    assert of("NUMBER_PLATE", text) == ["BE 14 608", "BE 14 608"]


def test_a_plate_shape_named_nowhere_near_a_vehicle_is_none() -> None:
    text = (
        "[11:38] Jonas Berg: yes we have truck BE 14 608, driver Marek\n"
        "[11:56] Jonas Berg: please pay 30% advance today, to the bank in Gdańsk and "
        "invoice ref. KL 22 901 as agreed.\n"
        "[12:10] Jonas Berg: ref. KL 22 901 again, paid?\n"
    )
    assert of("NUMBER_PLATE", text) == ["BE 14 608"]


def test_the_old_account_of_a_changed_one_is_an_account() -> None:
    text = (
        "Lønkontoen for Baran Karimi blev 10.09.26 ændret i KørselsApp fra 7814-7797061 til "
        "5612-10964518. Ændringen kom efter en phishing-mail."
    )
    assert of("BANK_ACCOUNT", text) == ["7814-7797061", "5612-10964518"]


def test_a_number_changed_to_no_account_is_none() -> None:
    text = "Ordren blev i systemet ændret fra 7814-7797061 til levering i morgen kl. 10."
    assert of("BANK_ACCOUNT", text) == []


def test_a_delivery_code_read_out_in_brackets_is_a_code() -> None:
    text = "Manden ved døren bad Karina læse leveringskoden op (503321). Koden er spærret."
    assert of("OTP", text) == ["503321"]


def test_a_page_in_brackets_after_reading_the_code_out_is_none() -> None:
    text = "Manden ved døren bad Karina læse leveringskoden op (se bilag 2). Koden er spærret."
    assert of("OTP", text) == []


def test_a_pseudonymised_driver_in_a_name_column_is_no_name() -> None:
    text = "chauffør_nr;navn;cpr\n86105;Chauffør A;[CPR]\n21127;Chauffør B;120486-xxxx\n"
    assert of("PERSON", text) == []


def test_a_driver_named_in_a_name_column_is_a_name() -> None:
    text = "chauffør_nr;navn;cpr\n86105;Karina Skou;[CPR]\n21127;Chauffør B;120486-xxxx\n"
    assert of("PERSON", text) == ["Karina Skou"]
