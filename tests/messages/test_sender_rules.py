"""Rules written on the blind sets' misses (2026-12-05 evening): an e-mail whose sender name
claims an organisation but writes from another domain outside .dk, a public authority that
writes from or links to an address outside .dk, and a code asked for as "it" after the code
was named. Each fires on its story and stays quiet on the genuine neighbour (run by
test_signals.py's test_signal), and the verdict follows."""

from __future__ import annotations

import pytest

from vaern.messages import check

STORIES = [
    (
        "foreign_link_request",
        "email",
        "Fra: Jyske Bank <kunde@jb-kundeservice.com>\nEmne: Nyt sikkerhedskrav\n\nKære kunde\n\n"
        "Fra den 10. december skal alle kunder aktivere den nye sikkerhedsfunktion. Log ind "
        "og bekræft dine oplysninger.",
        # the region's own mail domain, not in the directory, is .dk: no claim against it
        "Fra: Region Syddanmark <noreply@rsyd.dk>\nEmne: Din tid er flyttet\n\nKære borger\n\n"
        "Din tid på Odense Universitetshospital er flyttet. Bekræft den nye tid i appen.",
    ),
    (
        "authority_off_dk",
        "sms",
        "Aarhus Kommune: Din beboerlicens til parkering udløber i morgen. Forny med det samme "
        "for at undgå afgift: aarhus-parkering.eu/licens",
        "Aarhus Kommune: Din beboerlicens til parkering udløber i morgen. Forny den på "
        "aarhus.dk/parkering",
    ),
    (
        "read_out_code",
        "call",
        "Hej, det er Ali fra GLS. Jeg står udenfor med en pakke til dig, men systemet kræver en "
        "leveringskode. Jeg har lige sendt dig en SMS med en sekscifret kode – kan du læse den "
        "op for mig?",
        "Hej, det er Ali fra GLS. Jeg står udenfor med din pakke, men ingen lukker op. Jeg "
        "stiller den i pakkeshoppen, og du får en kode på sms, når du henter den.",
    ),
]


def _codes(text: str, channel: str) -> set[str]:
    return {r["code"] for r in check(text, channel=channel)["reasons"]}


@pytest.mark.parametrize(
    "text",
    [
        "Hey, det er Mette fra forældregruppen. Du har fået en kode på sms - vil du sende mig "
        "den, så jeg kan tilføje dig?",
        "MitID: Der er forsøgt login fra en ny enhed. Hvis det ikke var dig, svar med den "
        "6-cifrede kode du modtager om lidt.",
    ],
)
def test_a_code_asked_for_as_it_or_texted_back_is_read_out(text: str) -> None:
    result = check(text, channel="sms")
    assert "read_out_code" in {r["code"] for r in result["reasons"]}
    assert result["verdict"] == "scam"


def test_a_code_you_are_told_to_keep_is_no_code_read_out() -> None:
    text = "Din kode til Netto+ er 4821. Del den ikke med andre, og send den ikke videre."
    assert "read_out_code" not in _codes(text, "sms")


def test_a_sender_name_on_a_foreign_domain_needs_a_request() -> None:
    quiet = "Fra: Jyske Bank <kunde@jb-kundeservice.com>\nEmne: Julehilsen\n\nGlædelig jul."
    assert "foreign_link_request" not in _codes(quiet, "email")
    assert "display_name_brand" in _codes(quiet, "email")


@pytest.mark.parametrize(
    "text",
    [
        "Fra: Færdselsstyrelsen <registrering@fstyr-dk.com>\nEmne: Registreringsattest ugyldig"
        "\n\nDin registreringsattest er ugyldig. Bekræft dine oplysninger og betal et gebyr.",
        "Kommunen: Din hund er ikke registreret for 2026. Betal hundeafgift 580 kr inden "
        "fredag: hundeafgift-dk.com",
    ],
)
def test_an_authority_off_dk_is_at_least_suspicious(text: str) -> None:
    channel = "email" if text.startswith("Fra:") else "sms"
    result = check(text, channel=channel)
    assert "authority_off_dk" in {r["code"] for r in result["reasons"]}
    assert result["verdict"] in ("suspicious", "scam")


@pytest.mark.parametrize(
    "text",
    [
        # a housing association's board is no authority
        "Fra: Bestyrelsen <bestyrelsen@ab-lyset.com>\nEmne: Generalforsamling\n\nHusk at "
        "tilmelde dig generalforsamlingen senest i dag.",
        # a warning that names the fake address
        "Politiet advarer: Svindlere sender sms'er om bøder med links som politi-bode.com. "
        "Klik ikke, og betal ikke.",
    ],
)
def test_no_authority_off_dk_for_a_board_or_a_warning(text: str) -> None:
    channel = "email" if text.startswith("Fra:") else "sms"
    assert "authority_off_dk" not in _codes(text, channel)


def test_a_post_notice_that_sends_you_to_the_senders_own_site_is_no_post_phish() -> None:
    text = (
        "Emne: Du har fået ny post fra Skattestyrelsen\n\nDin årsopgørelse for 2025 er klar. "
        "Du kan se den i TastSelv på skat.dk."
    )
    assert "post_notice_link" not in _codes(text, "email")
    fake = "Du har fået ny post fra Skattestyrelsen. Log ind og læs den her: skat-post.com/l"
    assert "post_notice_link" in _codes(fake, "sms")


def test_a_sender_that_writes_from_and_links_to_its_own_name_speaks_as_itself() -> None:
    """A parking firm's letter names the supermarket whose car park it was: in passing."""
    text = (
        "Fra: ParkZone <noreply@parkzone.dk>\nEmne: Kontrolafgift – påmindelse\n\nDu har fået "
        "en kontrolafgift på 795 kr. på parkeringspladsen ved Føtex. Betal på "
        "parkzone.dk/betal inden 14 dage."
    )
    assert "foreign_link_request" not in _codes(text, "email")
    elsewhere = text.replace("parkzone.dk/betal", "parkzone-betaling.com/b")
    assert "foreign_link_request" in _codes(elsewhere, "email")


@pytest.mark.parametrize(
    "text",
    [
        "Fra: DBA <noreply@dba.dk>\nEmne: Pas på falske betalingslinks\n\nVi ser falske "
        "sider. Adresser som dba-sikkerbetaling.com og dba.dk-sikkerhandel.com tilhører ikke "
        "os. Betal aldrig via et link fra en køber.",
        'Køb kun via Ticketmaster. Sider som "ticketmaster-dk.resale-secure.com" tilhører ikke os.',
    ],
)
def test_addresses_a_warning_lists_as_fakes_are_no_links_to_use(text: str) -> None:
    result = check(text, channel="email")
    assert result["verdict"] not in ("suspicious", "scam"), _codes(text, "email")


@pytest.mark.parametrize(
    "text",
    [
        "Nets: Din kode til Sikker Betaling er 482913. Køb hos WWW.ZALANDO.DK på 699,00 DKK. "
        "Indtast koden på købssiden. Del aldrig koden med andre.",
        "Nordea: Vi har afvist et køb på 2.690 kr. på dit kort hos AMZN.DE. Var det ikke dig, "
        "så spær kortet i Nordea-appen.",
    ],
)
def test_a_merchant_in_capitals_after_hos_is_a_name_not_a_link(text: str) -> None:
    result = check(text, channel="sms")
    assert not {"foreign_link_request", "lookalike_typo"} & _codes(text, "sms")
    assert result["verdict"] != "scam"


def test_a_link_after_hos_in_lower_case_is_still_a_link() -> None:
    text = "PostNord: Betal toldgebyret hos postnord-told.com inden i aften."
    assert "foreign_link_request" in _codes(text, "sms")


def test_a_banks_new_phone_notice_is_no_relatives_new_number() -> None:
    text = "Sydbank: Din Sydbank-app er aktiveret på en ny telefon. Var det ikke dig, så ring."
    assert "family_new_number" not in _codes(text, "sms")
    relative = "Hej mor, jeg har fået ny telefon. Gem lige nummeret 😊"
    assert "family_new_number" in _codes(relative, "sms")


def test_the_registrys_name_is_no_dot_and_a_renewed_domain_no_link() -> None:
    text = (
        "Fra: Punktum dk <info@punktum.dk>\nEmne: Dit domænenavn skal betales\n\n"
        "Abonnementsperioden for domænenavnet hedeby-revision.dk udløber om 30 dage. Betaling "
        "sker via Punktum dk Selvbetjening med MitID."
    )
    result = check(text, channel="email")
    assert not {"lookalike_typo", "foreign_link_request"} & _codes(text, "email")
    assert result["verdict"] not in ("suspicious", "scam")
    assert "lookalike_subdomain" in _codes(
        "Se mere på postnord punktum dk-levering punktum com", "sms"
    )


def test_a_user_name_greeted_is_no_link() -> None:
    text = (
        "Fra: Discord <noreply@discord.com>\nEmne: Bekræft e-mailadressen\n\nHej clara.dk,\n\n"
        "Klik nedenfor for at bekræfte din e-mailadresse."
    )
    assert "lookalike_typo" not in _codes(text, "email")


def test_a_name_owns_the_domain_labels_it_is_written_as() -> None:
    from vaern.messages.lookalike import spellings_of

    assert {"sologstrand", "strand"} <= spellings_of("Sol og Strand")
    assert {"kredslob", "kredsloeb"} <= spellings_of("Kredsløb")
    assert "parkering" not in spellings_of("ParkZone")
