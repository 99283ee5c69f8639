"""Speech-to-text transcripts of a fraud hotline and a victim-support line (pii70,
pii_blind63): a floor's side said "midt for", a lowercase street with a floor said in words, an
answer "det er <street>" to the address asked on the line before, a street named "-dammen", a
CPR number read in pairs that the text writes as one too, the MitID user ID given on the line
after the question, a second account after "og til", lowercase names ending a quotation or
with a middle name after a lead, a lowercase alias before the unit it claimed, "kontrolleret
af", a genitive before an adviser and a lowercase genitive after a lead. The near miss beside
each. Synthetic names and numbers only."""

from __future__ import annotations

from tests.privacy.findings import of


def test_a_floor_said_midt_for_in_two_words() -> None:
    text = "kunde: jeg bor på tranekærgade 52 femte sal midt for 5000 odense c"
    assert of("ADDRESS", text) == ["tranekærgade 52 femte sal midt for 5000 odense c"]


def test_midt_for_after_a_number_without_a_floor_is_no_side() -> None:
    text = "kunde: jeg bor på tranekærgade 52 midt for byen"
    assert of("ADDRESS", text) == ["tranekærgade 52"]


def test_a_lowercase_street_with_a_floor_said_in_words() -> None:
    text = "hej det er lis holm der har holdt en bil ved præstemosen 105c tredje sal midt for"
    assert of("ADDRESS", text) == ["præstemosen 105c tredje sal midt for"]


def test_a_lowercase_street_and_number_without_a_floor_or_place_word() -> None:
    text = "hej det er lis holm der har holdt en bil ved præstemosen 105c hele dagen"
    assert of("ADDRESS", text) == []


def test_det_er_and_the_street_answering_the_address_asked() -> None:
    text = (
        "[00:01:08] Speaker 1: og din adresse\n[00:01:43] Speaker 2: det er fiskerhusvej 81 stuen\n"
    )
    assert of("ADDRESS", text) == ["fiskerhusvej 81 stuen"]


def test_det_er_and_a_street_without_the_address_asked() -> None:
    text = "[00:01:08] Speaker 1: og hvor kørte du\n[00:01:43] Speaker 2: det er fiskerhusvej 81\n"
    assert of("ADDRESS", text) == []


def test_a_street_named_for_its_dam() -> None:
    text = "[19:27] frida: 28190855 og jeg bor på mølledammen 72 6280 højer"
    assert of("ADDRESS", text) == ["mølledammen 72 6280 højer"]


def test_the_dam_without_a_number_is_no_address() -> None:
    text = "jeg bor ved mølledammen i højer"
    assert of("ADDRESS", text) == []


def test_a_cpr_number_read_in_pairs_and_written_corrected() -> None:
    text = '- opkald 847882 [00:05:42] asr: "det er 15 01 34 2321" rettet: "CPR 150134-2321"'
    assert of("CPR", text) == ["15 01 34 2321", "150134-2321"]
    assert of("PHONE", text) == []


def test_pairs_other_than_the_written_cpr_number_are_none() -> None:
    text = '- opkald 847882 [00:05:42] asr: "det er 15 01 34 2321" rettet: "CPR 150134-2320"'
    assert of("CPR", text) == ["150134-2320"]


def test_the_mitid_user_given_on_the_line_after_the_question() -> None:
    text = (
        "[13:26] louise lund: har du givet dit mitid bruger id til nogen\n"
        "[13:26] ole holst-brink: ja jeg gav ham holst57 og en kode 071199\n"
    )
    assert of("MITID_USER", text) == ["holst57"]


def test_the_answer_after_the_question_gives_no_id_shaped_token() -> None:
    text = (
        "[13:26] louise lund: har du givet dit mitid bruger id til nogen\n"
        "[13:26] ole holst-brink: ja jeg gav ham det hele og en kode 071199\n"
    )
    assert of("MITID_USER", text) == []


def test_a_second_account_after_og_til() -> None:
    text = "overførsler til SE04 6424 5443 9359 0034 0752 og til 1241 64350402 (i alt 77.786 kr)"
    assert of("BANK_ACCOUNT", text) == ["1241 64350402"]


def test_og_til_after_a_word_is_no_transfer() -> None:
    text = "Sagen gik til banken og til 1241 64350402 som henvisning"
    assert of("BANK_ACCOUNT", text) == []


def test_a_lowercase_name_ending_its_quotation() -> None:
    text = '- opkald 228192 asr: "mit navn er preben aagaard" rettet: "Mit navn er Preben"'
    assert of("PERSON", text) == ["preben aagaard", "Preben"]


def test_a_quotation_ending_on_a_lowercase_word_after_a_name() -> None:
    text = '- opkald 228192 asr: "mit navn er preben ikke" rettet: "Mit navn er Preben"'
    assert of("PERSON", text) == ["preben", "Preben"]


def test_a_lowercase_middle_name_that_is_also_a_surname() -> None:
    text = "transskription: hej det er jesper juhl gravesen fra hyldevej 29 stuen til venstre"
    assert of("PERSON", text) == ["jesper juhl gravesen"]


def test_a_lowercase_name_without_a_lead_ends_on_its_listed_words() -> None:
    text = "FH-1 og så jesper juhl gravesen"
    assert of("PERSON", text) == ["jesper juhl"]


def test_a_lowercase_alias_before_the_unit_it_claimed() -> None:
    text = (
        "transskription opkald FH-26-1\nkunde: der ringede en mathias fra it-sikkerhed\n"
        "agent: husk at ellen fra bankens sikkerhedsteam aldrig ringer"
    )
    assert of("PERSON", text) == ["mathias", "ellen"]


def test_a_lowercase_noun_before_the_unit_is_no_alias() -> None:
    text = "Log FH-1\nder ringede en mand fra politiet og en kvinde fra nets"
    assert of("PERSON", text) == []


def test_who_checked_a_log() -> None:
    text = "kvalitetslog uge 18\nordfejlrate 11,6 % kontrolleret af S. Yde\n"
    assert of("PERSON", text) == ["S. Yde"]


def test_what_was_checked_by_a_system() -> None:
    text = "kvalitetslog uge 18\nordfejlrate 11,6 % kontrolleret af systemet\n"
    assert of("PERSON", text) == []


def test_a_given_name_in_the_genitive_before_an_adviser() -> None:
    text = "Hun sagde at Knuds investeringsrådgiver bad om overførsler."
    assert of("PERSON", text) == ["Knuds"]


def test_a_bank_in_the_genitive_before_an_adviser() -> None:
    text = "Hun sagde at bankens investeringsrådgiver bad om overførsler."
    assert of("PERSON", text) == []


def test_a_lowercase_genitive_after_a_callers_lead() -> None:
    text = "FH-1 VY 64 419\ntransskription: ja goddag det er prebens mand yusuf ahmadi-holm min"
    assert of("PERSON", text) == ["prebens", "yusuf ahmadi-holm"]


def test_a_lowercase_genitive_without_a_lead() -> None:
    text = "FH-1 VY 64 419\nså kom prebens mand hjem"
    assert of("PERSON", text) == []
