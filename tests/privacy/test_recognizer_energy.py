"""Personal data in energy, heating and subsidy fraud (issue 18, pii44): a utility's
"Forbruger:" label is no MitID user ID's "bruger:" but a person's role; a CPR number in pairs
after a party's name ending its line; a meter's GSRN is no card; spoken digits a transcript
restates as other written digits (or masked) were misheard. The near miss beside each.
Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of

MITID = "Han bad om MitID og fik det.\n"


def test_a_consumers_label_is_no_user_id_but_names_a_person() -> None:
    text = MITID + "Forbruger: Karen Holm (født 02-03-1950), Ågade 4, 8000 Aarhus"
    assert of("MITID_USER", text) == []
    assert of("PERSON", text) == ["Karen Holm"]


def test_a_mitid_users_own_label_still_gives_its_id() -> None:
    assert of("MITID_USER", MITID + "Bruger: karho1950 og koden") == ["karho1950"]


def test_a_cpr_in_pairs_after_a_partys_name_ending_its_line_is_a_cpr() -> None:
    text = "Indberetning om svindel\nVidne: Karen Holm, 14 03 71 2286\nÅgade 4\n8000 Aarhus"
    assert of("CPR", text) == ["14 03 71 2286"]
    assert of("PHONE", text) == []


def test_pairs_of_a_phone_after_a_name_are_no_cpr() -> None:
    text = "Indberetning om svindel\nVidne: Karen Holm, 14 03 71 22\nÅgade 4\n8000 Aarhus"
    assert of("CPR", text) == []
    text = "Vidne: Karen Holm, 14 03 71 2286 kr. overført\nÅgade 4"
    assert of("CPR", text) == []


def test_a_meters_gsrn_is_no_card() -> None:
    assert of("CARD", "Målepunktet har GSRN 5713 1320 1000 0006 42 ifølge fakturaen.") == []


def test_the_same_digits_as_a_card_stay_a_card() -> None:
    text = "Jeg betalte med kort 5713 1320 1000 0006 på siden."
    assert of("CARD", text) == ["5713 1320 1000 0006"]


def test_spoken_digits_restated_otherwise_were_misheard() -> None:
    text = "Rådgiver: Og dit nummer?\nKunde: fem to syv otte nul fire ni en, altså 61 43 22 90"
    assert of("PHONE", text) == ["61 43 22 90"]
    text = "Rådgiver: Og dit nummer?\nKunde: fem to syv otte nul fire ni en, altså +45 ** ** **"
    assert of("PHONE", text) == []


def test_spoken_digits_without_a_restatement_are_a_phone() -> None:
    text = "Rådgiver: Og dit nummer?\nKunde: fem to syv otte nul fire ni en, tak"
    assert of("PHONE", text) == ["fem to syv otte nul fire ni en"]
