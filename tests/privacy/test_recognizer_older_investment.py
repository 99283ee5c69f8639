"""Personal data in investment, crypto and pension fraud against older people (issue 18,
pii48): codes told by then or the last of several, a MitID user ID asked in English or
written on a note, fake platforms' names, greetings and contractions after a speaker's
label, an old resident's computer and money in a name's genitive, double surnames and
given names, the people a guardian's, care home's or debt collector's papers are about, a
scammer's alias in quotes, a letter's signature, inverted names in capitals, transaction
IDs and a relative's number in brackets. The near miss beside each. Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of

CODE_READ = "Han bad hende læse koden fra MitID-appen op. "


def test_a_code_told_by_then_is_a_code_not_a_phone() -> None:
    text = CODE_READ + "Hun havde allerede oplyst 48213338. Jeg afbrød opkaldet."
    assert of("OTP", text) == ["48213338"]
    assert of("PHONE", text) == []
    assert of("OTP", CODE_READ + "Hun havde allerede oplyst 511792.") == ["511792"]


def test_a_number_told_without_a_code_is_no_code() -> None:
    text = "Han bad om hendes nummer. Hun havde allerede oplyst 48213338."
    assert of("OTP", text) == []


def test_the_last_of_several_codes_is_a_code() -> None:
    text = "Han har læst engangskoder op fra appen, senest 116143 i morges."
    assert of("OTP", text) == ["116143"]
    assert of("OTP", "I skuffen lå flere koder, den seneste 85589704.") == ["85589704"]


def test_the_last_of_several_other_things_is_no_code() -> None:
    assert of("OTP", "I skuffen lå flere fakturaer, den seneste 85589704.") == []
    assert of("OTP", "Hun fik flere koder, senest i går.") == []


def test_a_mitid_user_id_asked_for_in_english_is_answered() -> None:
    text = (
        "[14:41] Michael Stern: What is your MitID user ID?\n"
        "[14:44] leila: rahimi1934\n[14:44] Michael Stern: Tak\n"
    )
    assert of("MITID_USER", text) == ["rahimi1934"]
    text = "[09:22] Mark: What is your MitID user ID?\n[09:23] egon: det er egon1939\n"
    assert of("MITID_USER", text) == ["egon1939"]


def test_a_user_id_asked_for_without_mitid_is_no_mitid_user() -> None:
    text = "[09:22] Mark: What is your user ID?\n[09:23] egon: det er egon1939\n"
    assert of("MITID_USER", text) == []


def test_a_user_id_on_a_note_by_the_computer_is_a_mitid_user() -> None:
    text = (
        CODE_READ + "Jeg afbrød opkaldet.\n"
        'På en seddel ved computeren stod "rahimi1943". Sedlen er lagt i pengeskabet.'
    )
    assert of("MITID_USER", text) == ["rahimi1943"]


def test_a_note_without_mitid_or_an_ids_shape_holds_no_user_id() -> None:
    assert of("MITID_USER", 'På en seddel ved computeren stod "rahimi1943".') == []
    assert of("MITID_USER", CODE_READ + 'På en seddel stod "Husk mælk".') == []


def test_a_fake_platforms_name_is_no_person() -> None:
    text = 'Overførsler til en "investeringsplatform" ved navn Elvion Trade. Den største gik'
    assert of("PERSON", text) == []
    assert of("PERSON", "Beneficiary: Northgate Wealth Ltd\nIBAN: MT31 …") == []
    assert of("PERSON", 'en "investeringsplatform" ved navn Coinvesta 360. Den største') == []


def test_a_person_by_name_and_a_payee_are_persons() -> None:
    assert of("PERSON", "en mand ved navn Mark Feldman ringede") == ["Mark Feldman"]
    assert of("PERSON", "Beneficiary: Mette Lund\nIBAN: MT31 …") == ["Mette Lund"]


def test_a_greeting_after_a_speakers_label_is_no_person() -> None:
    assert of("PERSON", "[13:40] Gerningsperson 1: Goddag Kunde A! Det er") == []
    assert of("PERSON", "[09:49] Gerningsperson 1: Hej [NAVN]! Det er") == []


def test_the_name_a_greeting_greets_is_a_person() -> None:
    text = "[12:02] Gerningsperson 1: Goddag Vagn! Det er mig igen."
    assert of("PERSON", text) == ["Vagn"]


def test_a_contraction_after_a_speakers_label_is_no_person() -> None:
    text = "[19:11] Gerningsperson 1: Don't tell your bank, they will block your profit."
    assert of("PERSON", text) == []


def test_a_name_after_a_label_is_still_a_person() -> None:
    assert of("PERSON", "Kunde: Don Hansen ringede i går.") == ["Don Hansen"]


def test_a_residents_computer_and_money_name_the_resident() -> None:
    text = "Sagen er videregivet til politiet. Saras pc er frakoblet nettet."
    assert of("PERSON", text) == ["Saras"]
    assert of("PERSON", "Emne: Hjælp - Karl-Eriks penge og kontoen") == ["Karl-Eriks"]
    assert of("PERSON", "Vi kan tale med dig om Anna-Lises økonomi.") == ["Anna-Lises"]


def test_an_offices_computer_and_two_word_names_are_no_person() -> None:
    assert of("PERSON", "Sagen er videregivet. Kontorets pc er frakoblet nettet.") == []
    assert of("PERSON", "Vi kan tale med dig om Bo-Lises økonomi.") == []


def test_a_double_surname_with_one_known_part_makes_a_name() -> None:
    text = "Jeg skriver angående min far, Holger Fog-Nielsen, som bor på Ternevej 116."
    assert of("PERSON", text) == ["Holger Fog-Nielsen"]
    text = "22.02.2026\tOVERFØRSEL FRA ABDI HOLM AHMADI-AL-SAYED Ref. 4998782\t4.800,00\n"
    assert of("PERSON", text) == ["ABDI HOLM AHMADI-AL-SAYED"]


def test_a_compound_after_a_name_in_lowercase_is_no_surname() -> None:
    text = "ok jeg havde lige købt anton berg-chokolade i netto"
    assert "anton berg-chokolade" not in of("PERSON", text)


def test_whom_the_papers_are_about_is_a_person() -> None:
    assert of("PERSON", "Som værge for Holger (født 31/5-1932) skal jeg") == ["Holger"]
    text = "Som fremtidsfuldmægtig for Ib Kragh (født 25.07.1929) skal jeg"
    assert of("PERSON", text) == ["Ib Kragh"]
    assert of("PERSON", "Beboer: Holger Lykke (f. 20.03.1951), bolig 14") == ["Holger Lykke"]
    assert of("PERSON", "Skyldner: Tage Bøgh, Fødselsdato: 13-08-1945") == ["Tage Bøgh"]
    assert of("PERSON", "Vedrørende: Ib Kragh, CPR-nr. 2507290125") == ["Ib Kragh"]


def test_regarding_a_thing_names_no_one() -> None:
    assert of("PERSON", "Jeg skriver vedrørende Elvion Trade i dag") == []
    assert of("PERSON", "Vedrørende: Lån hos Lånly ApS") == []
    assert of("PERSON", "Beboer: Beboer A (f. [fødselsdato]), bolig 27") == []


def test_a_contact_label_is_no_part_of_the_name() -> None:
    text = "Kontaktperson Noor El-Amin-Hansen (+45 42 48 27 20) hjælper fremover."
    assert of("PERSON", text) == ["Noor El-Amin-Hansen"]


def test_a_scammers_alias_in_quotes_is_a_person() -> None:
    text = 'Birgit har forklaret, at "Mark Feldman" ringede fra +44 7700 900092 og'
    assert of("PERSON", text) == ["Birgit", "Mark Feldman"]
    assert of("PERSON", 'Min far fortæller, at en "Mark" fra Coinvesta 360 ringer') == ["Mark"]


def test_a_bank_or_a_pseudonym_in_quotes_is_no_person() -> None:
    assert of("PERSON", 'Han sagde, at "Danske Bank" ringede fra et skjult nummer') == []
    assert of("PERSON", 'en "Gerningsperson 1" fra Elvion Trade ringer') == []
    # A noun ending in "en" before the quote leads no alias.
    assert of("PERSON", 'Sælgerprofilen "Cykelkongen" skrev til os to gange.') == []


def test_an_initial_and_a_surname_signing_the_text_is_a_person() -> None:
    text = "Bilag: kontoudtog, politikvittering.\n\n12.05.2026\nL. Damgaard-Iversen\n"
    assert of("PERSON", text) == ["L. Damgaard-Iversen"]
    text = "Jeg kan træffes på 42 10 65 02.\nM. Öztürk"
    assert of("PERSON", text) == ["M. Öztürk"]


def test_an_initial_opening_a_line_that_goes_on_signs_nothing() -> None:
    assert "M. Öztürk" not in of("PERSON", "Hun sagde:\nM. Öztürk kommer i morgen.\n")


def test_an_inverted_name_after_a_label_keeps_both_halves() -> None:
    assert of("PERSON", "Kunde: Frost, Kaj Christian (født 28.05.1948)") == ["Frost, Kaj Christian"]
    assert of("PERSON", "Kunde: FOG-NIELSEN, VAGN (f. 19/3-1947)") == ["FOG-NIELSEN, VAGN"]
    assert of("PERSON", "Forurettede: KRAGH, LIS, født 2/3-1939") == ["KRAGH, LIS"]


def test_a_town_and_a_country_in_capitals_are_no_inverted_name() -> None:
    assert of("PERSON", "Kommune: HJALLERUP, DANMARK") == []


def test_a_given_name_that_is_a_word_names_who_tells_or_is_kin() -> None:
    assert of("PERSON", "Opkald efter alarm. Lis fortæller, at en mand ringede.") == ["Lis"]
    assert of("PERSON", "Min far, Ib, har ikke selv optaget lånet.") == ["Ib"]
    assert of("PERSON", "Ib kontakter bankens seniorlinje i morgen.") == ["Ib"]


def test_a_word_that_is_a_given_name_elsewhere_is_no_person() -> None:
    assert of("PERSON", "Tage billeder af kontoudtoget og send dem.") == []


def test_a_debtors_name_in_capitals_heads_the_address_block() -> None:
    text = (
        "Inkasso Partner Nord A/S · Tlf. 7022 4610\n\n"
        "TAGE BØGH\nSolsikkevej 4, 4. mf.\n3300 Frederiksværk\n\nSagsnr. 1"
    )
    assert of("PERSON", text) == ["TAGE BØGH"]


def test_a_department_in_capitals_heads_no_person() -> None:
    text = "Tlf. 7022 4610\n\nKUNDESERVICE NORD\nSolsikkevej 4\n3300 Frederiksværk\n"
    assert of("PERSON", text) == []


def test_who_forwarded_a_mail_is_a_person() -> None:
    text = "[Videresendt til Hedebo Banks seniorteam af Signe Bøgh, 26.06.26]"
    assert of("PERSON", text) == ["Signe Bøgh"]


def test_a_team_that_forwarded_a_mail_is_no_person() -> None:
    assert of("PERSON", "[Videresendt til teamet af Kundeservice Nord, 12.03.26]") == []


def test_a_transaction_ids_hex_groups_are_no_phone() -> None:
    assert of("PHONE", "Subject: Din portefølje - withdrawal TX-279A-7949-2496") == []


def test_digit_groups_after_a_call_are_a_phone() -> None:
    assert of("PHONE", "Ring på 7949 2496 i morgen.") == ["7949 2496"]


def test_a_relatives_number_in_brackets_is_a_phone() -> None:
    text = "Søn Goran Jovanović (2101 8831) inddrages med kundens samtykke."
    assert of("PHONE", text) == ["2101 8831"]
    text = "Datter Maja Møller (50.01.19.94) inddrages med kundens samtykke."
    assert of("PHONE", text) == ["50.01.19.94"]


def test_digits_in_brackets_after_a_case_are_no_phone() -> None:
    assert of("PHONE", "Sag Maja Møller (50.01.19.94) afsluttes.") == []
