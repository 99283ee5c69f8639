"""Personal data in sports, gyms and leisure (issue 18, pii51): a trailer's plate and the car
someone drove in, a rider's lesson and a member's fee in the genitive, a club register's
"Surname, Given name; field" line where the surname is a given name too, Vietnamese family
names before one given name, and Danish surnames the lists lacked. The near miss beside each.
Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of


def test_a_trailers_plate_and_the_car_someone_drove_in() -> None:
    assert of("NUMBER_PLATE", "Trailer LB 98 347 holdt ved Idrætsvej.") == ["LB 98 347"]
    assert of("NUMBER_PLATE", "Forurettede kørte i BD79587.") == ["BD79587"]


def test_a_plate_shape_without_a_vehicle_is_no_plate() -> None:
    assert of("NUMBER_PLATE", "Holdet løb i AB 12 345 minutter.") == []
    assert of("NUMBER_PLATE", "Filmens trailer varer 2 minutter; ordre 54 310.") == []


def test_a_riders_lesson_and_a_members_fee_in_the_genitive() -> None:
    text = "Rideskole – betalingsnoter\nSofies ridetime, 450 kr., betalt af forælder."
    assert of("PERSON", text) == ["Sofies"]
    assert of("PERSON", "Bestyrelsen: Emils kontingent er betalt.") == ["Emils"]


def test_a_clubs_or_towns_genitive_before_a_team_is_no_name() -> None:
    assert of("PERSON", "Klubbens hold vandt, og Vejles træning er aflyst.") == []


def test_a_register_line_whose_surname_is_a_given_name_too() -> None:
    text = "Golfklub – medlemsregister\nHussein, Carsten; DGU-nr. 639-1203; hcp 10,9\n"
    assert of("PERSON", text) == ["Hussein, Carsten"]
    assert of("PERSON", "Medlemmer\nYilmaz, Nanna; hcp 35,4\n") == ["Yilmaz, Nanna"]


def test_two_given_names_at_a_lines_start_list_two_people() -> None:
    assert of("PERSON", "Holdet:\nAsger, Hjørdis; Mads") == ["Asger", "Hjørdis", "Mads"]


def test_a_vietnamese_family_name_before_one_given_name() -> None:
    text = "kl. 13.15 Opkald fra Nguyen Minh. Bekræftet med CPR."
    assert of("PERSON", text) == ["Nguyen Minh"]
    assert of("PERSON", "betalt af forælder Tran Lan fra konto") == ["Tran Lan"]


def test_a_short_vietnamese_family_name_that_is_a_word_is_not_widened() -> None:
    assert of("PERSON", "Opkald fra Le Minh.") == ["Minh"]


def test_danish_surnames_after_an_initial() -> None:
    assert of("PERSON", "Sagen er lukket. Ansvarlig: E. Skaarup.") == ["E. Skaarup"]
    assert of("PERSON", "Afsender var M. Kirkegaard, tlf. 12 34 56 78.") == ["M. Kirkegaard"]


def test_an_initial_before_an_everyday_word_is_no_name() -> None:
    assert of("PERSON", "Sagen er lukket. Se pkt. E. Skemaet er udfyldt.") == []
