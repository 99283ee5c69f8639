"""Requests a warning denies or quotes are no requests (messages/negation.py), and the
clause and quote readers it rests on."""

from __future__ import annotations

from vaern.messages.inputs import build
from vaern.messages.negation import cited, denied, quoted
from vaern.messages.service import analyse


def _quiet(text: str, channel: str = "sms") -> dict[str, object]:
    return analyse(build(text, channel=channel), classifier_p=0.0001)


def _codes(result: dict[str, object]) -> set[str]:
    return {r["code"] for r in result["reasons"]}  # type: ignore[attr-defined, index]


def _at(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_a_denied_clause_governs_what_follows_it_in_the_sentence() -> None:
    text = "Banken: Vi beder dig aldrig om at godkende noget i MitID. Godkend i MitID nu."
    first = text.index("godkende noget")
    assert denied(text, first, first + 14)
    second = text.index("Godkend i MitID nu")
    assert not denied(text, second, second + 15)  # the next sentence is not denied


def test_a_threat_is_no_denial() -> None:
    text = "Hvis du ikke bekræfter dine oplysninger i dag, lukkes din konto."
    assert not denied(text, *_at(text, "bekræfter dine oplysninger"))


def test_bullets_under_a_denying_lead_in_are_denied_and_others_not() -> None:
    text = "Vi ringer aldrig og beder dig om at:\n• flytte penge\n• oplyse koder\n\nSådan gør du:\n• flytte penge"
    assert denied(text, *_at(text, "oplyse koder"))
    last = text.rindex("flytte penge")
    assert not denied(text, last, last + 12)


def test_words_inside_quotation_marks_on_their_line_are_quoted() -> None:
    text = 'De siger typisk:\n• "Læs koden op, så vi kan stoppe den."\nLæs koden op for os.'
    assert quoted(text, *_at(text, "Læs koden op, så"))
    last = text.rindex("Læs koden op")
    assert not quoted(text, last, last + 12)


def test_a_banks_warning_that_denies_the_requests_is_not_a_scam() -> None:
    warning = (
        "Lunar: Vi ringer aldrig til dig og beder dig flytte penge eller oprette en ny konto. "
        "Hvis nogen gør det, så læg på og skriv til os i appen."
    )
    result = _quiet(warning)
    assert "safe_account" not in _codes(result) and result["verdict"] == "unknown"
    courier = "Vi sender aldrig en kurer for at hente dit kort. Pas på falske opkald."
    assert "card_courier" not in _codes(_quiet(courier))


def test_the_same_request_in_a_scam_still_sets_its_floor() -> None:
    """Near miss: a caller's safe-account script, even beside a word that reads as a warning
    ("svindel"), is not denied."""
    scam = (
        "Vi har opdaget forsøg på svindel på din konto. Du skal flytte dine penge til en "
        "sikker konto i dag."
    )
    result = _quiet(scam, "call")
    assert "safe_account" in _codes(result) and result["verdict"] == "scam"


def test_a_quoted_scam_line_in_a_warning_asks_nothing() -> None:
    warning = (
        "Pas på falske opkald. Svindlerne siger typisk:\n"
        '• "Læs koden op, så vi kan stoppe betalingen."\n'
        "Læg på og ring selv til banken."
    )
    assert "read_out_code" not in _codes(_quiet(warning))
    report = "En mand ringede fra banken og bad mig læse koden op, så han kunne stoppe betalingen."
    assert "read_out_code" in _codes(_quiet(report, "call"))


def test_examples_single_quotes_and_the_fraudsters_words_are_cited() -> None:
    example = "Falske sider som 'bring.dk.pakke-spor.example' tilhører ikke Bring."
    assert cited(example, *_at(example, "bring.dk.pakke-spor.example"))
    told = "De skriver typisk, at du skal bekræfte dine kortoplysninger via et link."
    assert cited(told, *_at(told, "kortoplysninger"))
    listed = "Eksempler på falske afsendere:\npostnord-dk.pakke-info.example"
    assert cited(listed, *_at(listed, "postnord-dk.pakke-info.example"))
    # Near misses: an apostrophe inside a word opens no quote, and a victim tells the past.
    plain = "Vi har sendt sms'er til alle kunder. Bekræft dine kortoplysninger her."
    assert not cited(plain, *_at(plain, "kortoplysninger"))
    report = "Han sagde, at jeg skulle bekræfte mine kortoplysninger på et link."
    assert not cited(report, *_at(report, "kortoplysninger"))


def test_a_denying_lead_in_without_a_colon_governs_its_bullets() -> None:
    page = "Du skal aldrig\n• indtaste dine kortoplysninger for at modtage penge\n• oplyse koder"
    assert denied(page, *_at(page, "indtaste dine kortoplysninger"))
    # Near miss: a lead-in that ends its sentence governs nothing below it.
    done = "Du skal aldrig betale for at modtage penge.\n• Indtast dine kortoplysninger her"
    assert not denied(done, *_at(done, "Indtast dine kortoplysninger"))


def test_a_warning_that_tells_what_fraudsters_write_is_not_a_scam() -> None:
    warning = (
        "Pas på falske sms'er. Svindlere skriver typisk, at du har penge til gode, og at du skal "
        "bekræfte dine kortoplysninger via et link, fx skat-penge.example.com.\n"
        "Skattestyrelsen beder dig aldrig om kortoplysninger."
    )
    result = _quiet(warning, "email")
    assert result["verdict"] == "unknown", _codes(result)


def test_a_full_stop_inside_a_quotation_does_not_end_the_warnings_sentence() -> None:
    text = (
        "Svindlere sender sms'er med teksten »Vi har set et login. Afvis straks« og et link til "
        "bank-login.example.com."
    )
    assert cited(text, *_at(text, "bank-login.example.com"))
    # Near miss: outside quotation marks the full stop ends the sentence.
    plain = "Svindlere sender sms'er. Log på via bank-login.example.com."
    assert not cited(plain, *_at(plain, "bank-login.example.com"))


def test_an_example_a_blank_line_below_its_lead_in_is_cited() -> None:
    page = "Eksempel:\n\nDin pakke venter: pakke-betal.example.com"
    assert cited(page, *_at(page, "pakke-betal.example.com"))
    two = "Eksempel:\n\n\nDin pakke venter: pakke-betal.example.com"
    assert not cited(two, *_at(two, "pakke-betal.example.com"))


def test_carriers_and_authorities_warning_wordings_read_as_warnings() -> None:
    demand = "PostNord: Vi kræver aldrig betaling via et link. Sms'er fra fx pakke.example.com: slet dem."
    assert _quiet(demand)["verdict"] == "unknown"
    approve = "MitID: Husk at du aldrig skal godkende i MitID-appen, hvis en anden har bedt om det."
    assert "read_out_code" not in _codes(_quiet(approve))


def test_lines_listed_under_a_lead_in_are_cited_down_the_list() -> None:
    page = "Eksempler på falske afsendere:\npakke-dk.example.com\npostnord.dk-told.example\n"
    assert cited(page, *_at(page, "postnord.dk-told.example"))
    # Near miss: a sentence that ends above the line breaks the list.
    told = "Eksempler findes mange steder.\nLog på her\npostnord.dk-told.example"
    assert not cited(told, *_at(told, "postnord.dk-told.example"))


def test_an_abbreviation_does_not_end_the_clause_of_its_example() -> None:
    text = "Pas på falske sms'er med links som f.eks. pakke-betal.example.com i teksten."
    assert cited(text, *_at(text, "pakke-betal.example.com"))
    # Near miss: a real full stop ends the clause that gave the example word.
    ended = "Her er et eksempel. Betal her: pakke-betal.example.com"
    assert not cited(ended, *_at(ended, "pakke-betal.example.com"))


def test_a_fake_address_named_as_such_in_a_warning_is_cited() -> None:
    for text, words in [
        ("Vi ser falske sms'er med links som skat-tilbage.example.com. Slet dem.", "skat-tilbage"),
        ("Adressen var rodekors-hjaelp.example.org og ikke rodekors.dk.", "rodekors-hjaelp"),
        ("Falske sms'er fra »Brobizz« om passager (brobizz-betaling.example.com)", "brobizz-bet"),
        ("Apple skriver fra email.apple.com, ikke fra apple-id-support.example.com.", "apple-id"),
    ]:
        assert cited(text, *_at(text, words)), text
    # A link the sender asks you to use is no citation, nor one merely after "som".
    asked = "Som kunde skal du bekræfte dine oplysninger her: skat-tilbage.example.com"
    assert not cited(asked, *_at(asked, "skat-tilbage"))


def test_a_schools_warning_with_the_fake_login_address_is_not_a_scam() -> None:
    text = (
        "Kære forældre. Der er sendt falske beskeder om at I skal 'genbekræfte Aula' via "
        "aula-login.dk. Det er svindel. Log kun på via aula.dk eller appen."
    )
    assert _quiet(text)["verdict"] not in ("scam", "suspicious")
    scam = "Aula: Din adgang udløber i dag. Genbekræft her: aula-login.dk"
    assert _quiet(scam)["verdict"] in ("scam", "suspicious")


def test_a_relatives_warning_about_new_numbers_is_not_a_scam() -> None:
    text = (
        "Kære mor og far. Hvis I får en besked fra et nyt nummer der starter med 'Hej mor, det "
        "er mig' og beder om penge, så er det ikke mig. Ring altid til mit gamle nummer først."
    )
    assert _quiet(text)["verdict"] != "scam"


def test_an_imperative_denied_after_its_verb_is_denied() -> None:
    text = "Der går falske sms'er med link til lectio-fravaer.example.com. Klik ikke på linket."
    assert denied(text, *_at(text, "Klik"))
    asked = "Der er nyt fravær. Klik på linket for at se det: lectio-fravaer.example.com"
    assert not denied(asked, *_at(asked, "Klik"))


def test_advice_to_hang_up_on_a_kind_of_call_is_a_warning() -> None:
    advice = (
        "Smæk røret på, hvis du bliver ringet op og bedt om at overføre penge eller udlevere "
        "konto-, NemID/MitID- eller CPR-oplysninger"
    )
    result = _quiet(advice, "call")
    assert "warns_about_scams" in _codes(result) and result["verdict"] == "unknown", _codes(result)
    # Near miss: the caller's own "don't hang up" is no such advice.
    caller = "Det er Danske Bank. Læg ikke på. Du skal oplyse din MitID-kode nu."
    result = _quiet(caller, "call")
    assert "warns_about_scams" not in _codes(result) and result["verdict"] == "scam"


def test_what_the_fraud_makes_its_victims_do_is_described_not_asked() -> None:
    told = "Dette får mange til at udlevere NemID-koder for at løse problemet."
    assert cited(told, *_at(told, "udlevere NemID-koder"))
    # Near miss: the reader told to do it, with no one made to do it.
    asked = "For at løse problemet skal du udlevere dine NemID-koder til mig nu."
    assert not cited(asked, *_at(asked, "udlevere dine NemID-koder"))
