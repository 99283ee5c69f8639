"""pii92: what the pet-sale, ticket-resale, daycare-portal and fitness-chain sets showed: a
user ID given away in a call, then a colon; a code asked about in a chat, after question
marks; an animal's name is no person's; a vet signing with the trade; a gate's staff; a
child's place in the genitive; an initial and a surname after a copy's, a sale's or a party's
lead, before a compound role or a relative in brackets; a numbered victim with an address.
Each rule has a firing case and a near miss. Synthetic names, IDs and numbers only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of


@pytest.mark.parametrize(
    ("text", "user"),
    [
        ("Brugernavn til MitID oplyst i samme opkald: troels_77.\n", "troels_77"),
        ("Bruger-ID til MitID givet under samtalen: hannelis61", "hannelis61"),
    ],
)
def test_a_user_id_given_away_in_a_call_is_found(text: str, user: str) -> None:
    assert of("MITID_USER", text) == [user]


def test_no_user_id_where_none_follows_the_call() -> None:
    assert of("MITID_USER", "Bruger-ID til MitID oplyst i samme opkald som koden.") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("[10:02] vagn: jeg har lige fået en kode fra jer?? 318204\n", "318204"),
        ("[10:02] Lise Holm: kom der en kode fra banken? 4471 9026\n", "4471 9026"),
    ],
)
def test_a_code_asked_about_in_a_chat_is_found(text: str, code: str) -> None:
    assert of("OTP", text) == [code]


def test_no_code_where_a_count_follows_the_question() -> None:
    assert of("OTP", "[10:02] vagn: skal jeg bruge koden fra mailen? 2 billetter\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "Vi skrev med sælgeren. Hvalpen (Bamse) skulle leveres lørdag.",
        "Journal 26-10101\nPatient: Nala, dværgpuddel, ca. 8 uger\nEjer: [NAVN]\n",
        "Vi var ude at gå med hunden Coco i skoven.",
    ],
)
def test_an_animals_name_is_no_person(text: str) -> None:
    assert of("PERSON", text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A person in brackets after the puppy is its buyer, not its name.
        ("Hvalpen (Karen Holt) blev solgt i går.", "Karen Holt"),
        # A human patient: an age, no breed.
        ("Patient: Birthe, 71 år, indlagt i går.", "Birthe"),
    ],
)
def test_a_person_beside_an_animals_words_is_found(text: str, name: str) -> None:
    assert of("PERSON", text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kortet blev trukket for 900 kr.\nDyrlæge Sanne Vestergaard\n", "Sanne Vestergaard"),
        ("Kortet blev trukket for 900 kr.\nTandlæge B. Kristoffersen\n", "B. Kristoffersen"),
    ],
)
def test_a_writer_signing_with_the_trade_is_found(text: str, name: str) -> None:
    assert of("PERSON", text) == [name]


def test_a_clinic_heading_a_letter_is_no_signature() -> None:
    assert of("PERSON", "Dyrlæge Sanne Vestergaard\nTorvegade 4\nVi har modtaget betalingen.") == []


def test_a_gate_staff_member_is_found_without_the_role() -> None:
    text = "Gæst: [NAVN].\nKontrollør Mette Bundgaard noterede bilen."
    assert of("PERSON", text) == ["Mette Bundgaard"]


def test_a_childs_place_in_the_genitive_is_found() -> None:
    text = "Hun sagde, at Alfreds plads ville blive opsagt i morgen."
    assert of("PERSON", text) == ["Alfreds"]


@pytest.mark.parametrize(
    "text",
    [
        "Vi mødes på Kongens plads kl. 10.",
        # A street named after a person, its word capitalised, at a line's end too.
        "Bilen blev standset på Ida Holms Plads.\nVidnet har forklaret, at …",
    ],
)
def test_a_square_in_the_genitive_is_no_child(text: str) -> None:
    assert of("PERSON", text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sagsbehandler: [NAVN]; kopi til H. Lindgaard\n", "H. Lindgaard"),
        ("Billetterne var også solgt til S. Brix. Sælger kom i bil.", "S. Brix"),
        ("Den anden køber, J. Thorsen, viste en kvittering.", "J. Thorsen"),
        ("Skriv til os.\nP. Vestergaard, skolesekretær\nSkolen", "P. Vestergaard"),
        ("Må hentes af:\n1) K. Rahimi (morfar), tlf. 31 22 41 07", "K. Rahimi"),
    ],
)
def test_an_initial_and_a_surname_after_a_lead_is_found(text: str, name: str) -> None:
    assert of("PERSON", text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Grunden var solgt til K. Ejendomme. Sælger bekræftede.",
        "Sælgeren, K. Ejendomme, har fået udbetalt.",
        "Vi ringede til H. Lindgaard i går.",
    ],
)
def test_no_initial_name_without_a_lead_or_for_a_firm(text: str) -> None:
    assert of("PERSON", text) == []


def test_a_numbered_victim_with_an_address_is_found() -> None:
    text = "Forurettede:\n1. Bisgaard, Hanne, Kirkevej 12, 5000 Odense C\n"
    assert "Bisgaard, Hanne" in of("PERSON", text)


def test_an_agenda_item_is_no_numbered_victim() -> None:
    assert "Sal, Mette" not in of("PERSON", "Dagsorden:\n1. Sal, Mette og Jens, Lokale 2\n")


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Sælgeren kaldte sig Kim og skrev fra 61.42.07.93. Vi betalte.", "61.42.07.93"),
        ("[19:02] kim: skriv til mig på 61 42 07 93 så ordner vi det", "61 42 07 93"),
    ],
)
def test_a_number_written_from_or_to_is_found(text: str, phone: str) -> None:
    assert of("PHONE", text) == [phone]


def test_no_phone_where_an_order_was_written_from() -> None:
    assert of("PHONE", "Hun skrev fra ordre 61420793 i går.") == []


@pytest.mark.parametrize(
    ("text", "account"),
    [
        (
            "Ny konto i portalen, som forælderen ikke har oprettet: 5301 0012345678.\n",
            "5301 0012345678",
        ),
        ("Sælgers konti: DE89 3704 0044 0532 0130 00 og 6210 4411223\n", "6210 4411223"),
    ],
)
def test_an_account_under_a_far_label_is_found(text: str, account: str) -> None:
    assert account in of("BANK_ACCOUNT", text)


def test_no_account_where_a_phone_word_stands_before_the_colon() -> None:
    text = "Konto oprettet for barnet i portalen, ring på: 2020 30304050\n"
    assert of("BANK_ACCOUNT", text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Billet scannet to gange. Gæst: Gudrun, tlf. 31 22 41 07.", "Gudrun"),
        ("Billet scannet to gange. Gæst: vagn, tlf. 31 22 41 07.", "vagn"),
    ],
)
def test_a_guest_on_a_gate_log_is_found(text: str, name: str) -> None:
    assert of("PERSON", text) == [name]


def test_a_guests_ticket_type_is_no_name() -> None:
    assert of("PERSON", "Antal gæster: 2. Gæst: VIP-billet, række 4.") == []


def test_a_party_before_a_name_in_apposition_is_no_surname() -> None:
    text = "Billetten blev afvist. Sælgeren, Torben, har fået pengene."
    assert of("PERSON", text) == ["Torben"]


def test_an_inverted_name_without_a_party_is_kept() -> None:
    assert of("PERSON", "Forurettede: Lauridsen, Torben, har anmeldt det.") == ["Lauridsen, Torben"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[15:02] lone: Og hvem henter Vilma i dag?", "Vilma"),
        ("Barn: [NAVN], stue 2\nSøskende i huset: Asger\nMå hentes af: mor\n", "Asger"),
    ],
)
def test_a_child_picked_up_today_or_a_sibling_is_found(text: str, name: str) -> None:
    assert name in of("PERSON", text)


@pytest.mark.parametrize(
    "text", ["Jeg henter pakken i dag.", "Søskende i huset: Nej\n", "Søskende: Ingen\n"]
)
def test_no_child_where_a_thing_is_picked_up_or_none_is_listed(text: str) -> None:
    assert of("PERSON", text) == []
