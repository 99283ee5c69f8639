"""pii104: what the veterinary clinic (pii_blind113), marina (114) and auction house (115) sets
showed outside addresses: a MitID user ID after what was done with it and when, an account
after an amount and a few words before "til", a phone number masked in part, a seller's
number and a contact's mail before a number, harbours and dog breeds named like people, a
chat speaker with a middle initial or surname first, a given name repeated in lower case,
inverted names after "Spørg" and "tilhører ifølge …", a log note's writer. Each rule has a
firing case and a near miss. Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of

# MITID_USER: what was done with the ID, then when or where, then the colon (_ID_DONE_WHEN).


def test_user_id_given_at_recovery_before_the_colon() -> None:
    text = (
        "2026-03-03 09:44:58  MitID-bruger-ID angivet ved genoprettelse: anna1970\n"
        "2026-03-03 09:44:59  engangskode 123456"
    )
    assert of("MITID_USER", text) == ["anna1970"]


def test_user_id_entered_during_the_call() -> None:
    assert of("MITID_USER", "MitID-bruger-ID indtastet under opkaldet: jens_1948") == ["jens_1948"]


def test_no_user_id_when_the_value_is_a_placeholder() -> None:
    text = "2026-03-03 09:44:58  MitID-bruger-ID angivet ved genoprettelse: [NAVN]\n"
    assert of("MITID_USER", text) == []


def test_no_user_id_when_a_sentence_follows_the_colon() -> None:
    text = "MitID-bruger-ID angivet ved genoprettelse: afventer kunden"
    assert of("MITID_USER", text) == []


# BANK_ACCOUNT: an amount in kroner, a few words and "til" (_AMOUNT_THEN_TO).


def test_account_after_a_demanded_finders_fee() -> None:
    text = 'Han krævede kr. 4.500 i "findeløn" til 3409-4414842. Personen udgav sig for ejer.'
    assert of("BANK_ACCOUNT", text) == ["3409-4414842"]


def test_account_after_a_refund_requested() -> None:
    text = "2026-04-11 18:52:36  BOOK-692265  refusion 1.250 kr. anmodet til 4180 7539851\n"
    assert of("BANK_ACCOUNT", text) == ["4180 7539851"]


def test_no_account_after_a_count_without_kroner() -> None:
    assert of("BANK_ACCOUNT", "Han ringede 3 gange til 3409 4414842 i går.") == []


def test_no_account_after_a_sentence_that_ends_on_kroner() -> None:
    assert of("BANK_ACCOUNT", "Prisen var 450 kr. Ring til 3409 4414842 i dag.") == []


# PHONE: masked in part (masked_digits); named by an agent noun or after a contact's e-mail.


def test_no_phone_masked_with_stars() -> None:
    assert of("PHONE", "Bagefter ringede en fra +44 7700 900***. Jeg gav ham kortet.") == []


def test_no_phone_masked_with_capital_xs() -> None:
    assert of("PHONE", "Han ringede fra 2233XXXX i går.") == []


def test_phone_in_markdown_bold_is_still_a_phone() -> None:
    assert of("PHONE", "Ring på **22 33 44 55**") == ["22 33 44 55"]


def test_phone_unmasked_beside_a_masked_one() -> None:
    assert of("PHONE", "Ring på +44 7700 900*** og 22 33 44 55") == ["22 33 44 55"]


def test_phone_named_as_the_sellers_number() -> None:
    text = "[21:00] Anne: Send gerne sælgerens nummer 7209 2751 til mig, så spærrer vi"
    assert of("PHONE", text) == ["7209 2751"]


def test_no_phone_named_as_an_orders_number() -> None:
    assert of("PHONE", "Ordrens nummer 72092751 står på kvitteringen.") == []


def test_phone_after_a_contacts_mail_and_og() -> None:
    text = "- Kontakt via emil@example.dk og 51081649\n- Tidligere maskeret i systemet"
    assert of("PHONE", text) == ["51081649"]


def test_no_phone_after_a_mail_and_an_order_label() -> None:
    assert of("PHONE", "Skriv til info@example.dk, ordrenr. 72092751") == []


# PERSON: harbours, guilds and marinas (_harbour_named); dog breeds (_breed_named).


def test_no_person_in_a_marina_after_its_town() -> None:
    text = (
        "SVENDBORG MARINA – HÆNDELSESLOG, SAG-2026-5655\n"
        "Afsender: Svendborg Marina, Havnepladsen 3, 5700 Svendborg."
    )
    assert of("PERSON", text) == []


def test_no_person_in_a_harbour_or_a_boat_guild() -> None:
    text = "Med venlig hilsen Hundested Havn · Nordre Havnevej 11\nadvarsel fra Bådelauget Solen"
    assert of("PERSON", text) == []


def test_marina_greeted_or_with_a_surname_is_a_person() -> None:
    assert of("PERSON", "Hej Marina, tak for sidst") == ["Marina"]
    assert of("PERSON", "Jeg talte med Marina Hansen i går.") == ["Marina Hansen"]


def test_no_person_in_a_dog_breed() -> None:
    text = "Dyr: hunden Nala, Cavalier King Charles Spaniel, chipnr. 208 261 268 145 872"
    assert of("PERSON", text) == []


def test_charles_with_a_surname_is_a_person() -> None:
    assert of("PERSON", "Ejeren Charles Hansen ringede i går.") == ["Charles Hansen"]


# PERSON: "andre" (others) is an everyday word, Andre a name only capitalised (names_da.tsv).


def test_no_person_in_other_cases() -> None:
    assert of("PERSON", "Vi har set samme konto i tre andre sager.") == []


def test_andre_with_a_surname_is_a_person() -> None:
    assert of("PERSON", "Andre Hansen ringede.") == ["Andre Hansen"]


# PERSON: a chat speaker with a middle initial, or surname first (_SPEAKER_TAG, _INVERTED_SPEAKER).


def test_speaker_with_a_middle_initial() -> None:
    text = "[19:29] Hodan K. Yilmaz: Han udgav sig for at være\n[19:30] Karen Hvid: ok"
    assert of("PERSON", text) == ["Hodan K. Yilmaz", "Karen Hvid"]


def test_speaker_written_surname_first() -> None:
    text = (
        "[09:48] Jens Marie Bak: Hej! Er den solgt?\n"
        "[09:49] Hussein, Signe: ja den er. jeg er på arbejde\n"
        "[09:51] Yilmaz, Per-Ove: desværre."
    )
    assert of("PERSON", text) == ["Jens Marie Bak", "Hussein, Signe", "Yilmaz, Per-Ove"]


def test_no_speaker_of_two_roles() -> None:
    assert of("PERSON", "[09:49] Kunde, Sælger: ja\n[09:50] Holm, Svindelteam: ja") == []


# PERSON: a role ending "-haver" before a name is not of it.


def test_co_account_holder_is_no_part_of_the_name() -> None:
    text = "Sagsbehandler: Morten Hyldgaard. Medkontohaver Minh Kowalski er orienteret."
    assert of("PERSON", text) == ["Morten Hyldgaard", "Minh Kowalski"]


# PERSON: a given name found and repeated in lower case (_lowercase_repeats).


def test_given_name_repeated_in_lower_case() -> None:
    text = "[13:41] Julie Munk: Han kaldte sig Bjarke Fogh, men bjarke over for min kone"
    assert of("PERSON", text) == ["Julie Munk", "Bjarke Fogh", "bjarke"]


def test_no_lower_case_repeat_inside_an_address() -> None:
    text = "Jonas Hansen skrev fra jonas@example.dk og www.example.dk/jonas i går."
    assert of("PERSON", text) == ["Jonas Hansen"]


# PERSON: inverted names after "Spørg" and "tilhører ifølge …" (_INVERTED_LEAD).


def test_inverted_name_after_spoerg() -> None:
    text = "[16:41] Tomas Kirk: Spørg Rask, Camilla, der har skærmbilleder af det hele"
    assert of("PERSON", text) == ["Tomas Kirk", "Rask, Camilla"]


def test_inverted_name_an_account_belongs_to_according_to_the_bank() -> None:
    text = "Den oplyste konto tilhører ifølge banken Nguyen, Hamza. Sagen sendes videre."
    assert of("PERSON", text) == ["Nguyen, Hamza"]


# PERSON: a log note's writer and whom an address belongs to in brackets (_NOTE_WRITER).


def test_log_notes_writer_with_an_initial() -> None:
    text = "2026-03-25 10:38:05  BOOK-097594  note fra L. Celik: kunden ringede i går"
    assert of("PERSON", text) == ["L. Celik"]


def test_address_owner_in_brackets() -> None:
    text = "Ny adresse i profilen: Engtoften 49, 3400 Hillerød (tilhører Y. Vinther)"
    assert of("PERSON", text) == ["Y. Vinther"]


def test_no_note_writer_that_is_a_role() -> None:
    assert of("PERSON", "note fra Kunde: ringede igen") == []


# PERSON: an auction's consignor is a role (_ROLE_WORDS); a role in apposition before a name
# is no surname of an inverted one (_inverted_name).


def test_no_person_in_the_consignors_stand_in() -> None:
    text = "AFREGNING TIL INDLEVERER\nIndleverer: Indleverer A\nCPR-nr.: [CPR]"
    assert of("PERSON", text) == []


def test_consignors_name_after_its_label() -> None:
    assert of("PERSON", "Indleverer: Signe Lykke\nCPR-nr.: 1107882329") == ["Signe Lykke"]


def test_role_in_apposition_is_no_surname() -> None:
    text = "Forklaring: Anmelder, Preben Krogh, f. 16-08-1996, solgte et dødsbo-parti"
    assert of("PERSON", text) == ["Preben Krogh"]


def test_inverted_name_after_a_customer_label_still_whole() -> None:
    assert of("PERSON", "Kunde: Krogh, Preben, f. 16-08-1996") == ["Krogh, Preben"]


# PERSON: a payer's inverted name before "via" and the bank (_PAID_VIA_AFTER).


def test_inverted_payer_before_via_and_the_bank() -> None:
    text = "> Vi kan se en indbetaling fra Bak, Niels via Lunar på 196.200 kr., og vi"
    assert of("PERSON", text) == ["Bak, Niels"]


def test_no_inverted_name_of_a_town_before_via() -> None:
    assert of("PERSON", "Han kom fra Odense, Mette via Nyborg.") == ["Mette"]


# PERSON: a listed given name in the genitive before a payment or a sale's papers.


def test_genitive_before_a_payment_and_a_sales_agreement() -> None:
    assert of("PERSON", "Vi har sammenholdt Piotrs indbetaling med ordren.") == ["Piotrs"]
    assert of("PERSON", "Politiet bad om kopi af Anne-Maries salgsaftale.") == ["Anne-Maries"]


def test_no_genitive_name_of_a_common_noun_before_a_payment() -> None:
    assert of("PERSON", "Vi har sammenholdt månedens indbetaling med ordren.") == []


# PERSON: a lower-case repeat takes the rest of the name (_lowercase_repeats).


def test_lower_case_repeat_of_a_whole_name_at_the_line_end() -> None:
    text = "[13:23] Tariq: Jeg opretter sag.\n[13:25] Lone Hvidtfeldt: tak tariq kragelund\n"
    assert of("PERSON", text) == ["Tariq", "Lone Hvidtfeldt", "tariq kragelund"]


def test_lower_case_repeat_of_a_name_found_whole() -> None:
    text = 'Gustav Ulstrup solgte. "jeg købte sofa af gustav ulstrup og betalte over MobilePay'
    assert of("PERSON", text) == ["Gustav Ulstrup", "gustav ulstrup"]


def test_no_lower_case_repeat_of_a_months_name() -> None:
    assert of("PERSON", "August Holm kom. Modtaget: 18. august 2025 kl. 16.35") == ["August Holm"]


def test_lower_case_repeat_stops_before_a_verb() -> None:
    text = "Erik Holm ringede.\n\nerik viste sygesikringskort, men billedet passede ikke."
    assert of("PERSON", text) == ["Erik Holm", "erik"]
