"""Task scams, money "sent by mistake", bail by courier, alerts with a callback number that is
not the organisation's, links that wear a domain as their user name, and MitID approvals
asked for on a call: each rule fires on its story and stays quiet on the genuine neighbour."""

from __future__ import annotations

from vaern.messages import check
from vaern.messages.lookalike import userinfo_domain


def _codes(text: str, channel: str = "sms") -> set[str]:
    return {r["code"] for r in check(text, channel=channel)["reasons"]}


# Each rule's story and its genuine neighbour, run by test_signals.py's test_signal.
STORIES = [
    (
        "task_job",
        "sms",
        "Hej! Vi søger folk til deltidsjob hjemmefra, 900-2.400 kr om dagen. Skriv til "
        "Anna på WhatsApp for info",
        "Hej Jonas, tak for din ansøgning til deltidsjobbet i butikken. Kan du komme til "
        "samtale tirsdag kl. 10? Mvh Bente, Føtex Holstebro",
    ),
    (
        "task_deposit",
        "sms",
        "Du har en negativ saldo pga. en kombinationsopgave. Indbetal 2.000 kr for at "
        "kunne hæve din løn.",
        "Din løn for november er indbetalt på din konto. Lønsedlen ligger i e-Boks.",
    ),
    (
        "sent_by_mistake",
        "sms",
        "Hej, jeg kom til at sende 900 kr til dig på MobilePay ved en fejl. Kan du sende "
        "dem retur?",
        "Hej, jeg kom til at skrive til dig ved en fejl, undskyld 😊",
    ),
    (
        "bail_courier",
        "call",
        "Deres barnebarn sidder i arresten efter en ulykke. Betaler De kautionen i dag, "
        "henter en kurer pengene.",
        "Jeg har skrevet under som kautionist på min søns billån i banken i går.",
    ),
    (
        "alert_callback",
        "sms",
        "MitID: Et login blev godkendt kl. 03:10. Ikke dig? Ring straks til 51 62 73 84",
        "MitID: Et login blev godkendt kl. 03:10. Ikke dig? Ring til MitID support på 33 98 00 10",
    ),
    (
        "read_out_code",
        "call",
        "Du får nu en MitID-anmodning fra os, som du bare skal godkende, så stopper vi "
        "flytningen af dit nummer.",
        "Du kan se dine aftaler, når du logger på med MitID i appen.",
    ),
    (
        "read_out_code",
        "call",
        "Jeg sender en godkendelse til din MitID-app nu, og når du har godkendt, kører rabatten.",
        "Du godkender selv aftalen i din netbank, når det passer dig.",
    ),
    (
        "call_announced",
        "sms",
        "Nordea: En ny enhed er tilføjet din MitID. Ikke dig? Vent på vores opkald – en "
        "rådgiver ringer dig op om få minutter.",
        "Nordea: Tak for din henvendelse. En rådgiver ringer dig op i morgen mellem 10 og 12.",
    ),
    (
        "absent_landlord",
        "sms",
        "Lejligheden er ledig. Jeg bor desværre i Spanien, så jeg kan ikke vise den, men "
        "overfør depositum, så sender jeg nøglerne.",
        "Lejligheden er ledig. Fremvisning lørdag kl. 12, depositum betales ved underskrift.",
    ),
    (
        "card_courier",
        "call",
        "Dit kort er kopieret. Det gamle kort skal destrueres korrekt, så vi sender en kurer "
        "forbi inden for en time.",
        "Dit nye kort er på vej med posten og kommer inden for fem hverdage.",
    ),
    (
        "authority_threat",
        "call",
        "Dette er en automatisk besked. Dit abonnement fornyes i dag for 2.999 kr. Tryk 1 for "
        "at annullere.",
        "Velkommen til Lægehuset. Tryk 1 for tidsbestilling, tryk 2 for receptfornyelse.",
    ),
    (
        "pay_first_sale",
        "sms",
        "iPhonen er stadig til salg, 3.200 kr. Jeg sender den med PostNord så snart du har "
        "lavet MobilePay.",
        "iPhonen er stadig til salg, 3.200 kr. Du kan hente den og betale med MobilePay.",
    ),
    (
        "renewal_callback",
        "email",
        "Emne: Kvittering for dit køb\n\nTak for dit køb. Hvis du ikke har foretaget dette "
        "køb, kan du annullere det ved at ringe til support på 89 87 12 30.",
        "Emne: Kvittering for dit køb\n\nTak for dit køb. Har du spørgsmål, så ring til os "
        "på 89 87 12 30.",
    ),
    (
        "relief_to_private_number",
        "sms",
        "Hjælp ofrene for oversvømmelserne! Send 150 kr på MobilePay til 71 28 93 04.",
        "Vi samler ind til en gave til Lone, der går på pension: MobilePay til 71 28 93 04.",
    ),
    (
        "changed_account",
        "email",
        "Emne: Ny lønkonto\n\nHej HR. Jeg har skiftet bank og vil gerne have min løn udbetalt "
        "til min nye konto fra denne måned.",
        "Emne: Lønseddel\n\nHej. Din løn for marts er udbetalt til din sædvanlige konto.",
    ),
    (
        "absent_landlord",
        "sms",
        "Traktoren er stadig til salg, 312.000 kr. Jeg er på arbejde i Polen. Kan du betale "
        "depositum 40.000, så reserverer jeg den?",
        "Traktoren er stadig til salg, 312.000 kr. Den står i Vejle, kom og se den i morgen.",
    ),
    (
        "alert_callback",
        "sms",
        "NORDEA: Nyt login fra iPhone i Aarhus. Hvis det ikke var dig, kontakt os omgående på "
        "91 44 08 27.",
        "NORDEA: Nyt login fra iPhone i Aarhus. Hvis det ikke var dig, kontakt os på 70 33 33 33.",
    ),
]


def test_a_warning_that_tells_the_story_is_no_task_scam() -> None:
    warning = (
        "Pas på: svindlere tilbyder deltidsjob hjemmefra til 2.000 kr om dagen på WhatsApp. "
        "Det er opgavesvindel."
    )
    assert "task_job" not in _codes(warning)


def test_a_domain_written_as_the_user_name_is_worn() -> None:
    assert userinfo_domain("https://jyskebank.dk@secure-login.example.top/") == "jyskebank.dk"
    assert userinfo_domain("https://user@example.dk/") is None
    assert userinfo_domain("https://www.jyskebank.dk/") is None
    result = check("https://jyskebank.dk@secure-login.example.top/", channel="url")
    assert "embedded_domain_link" in {r["code"] for r in result["reasons"]}
    assert result["verdict"] != "unknown"


def test_a_corrected_invoice_with_the_correct_account_is_a_changed_account() -> None:
    text = (
        "Emne: SV: Faktura 4471 – rettet\n\nHej, her er den rettede faktura med vores korrekte "
        "kontonummer. Betal venligst i dag."
    )
    assert "changed_account" in _codes(text, "email")


def test_an_alert_that_gives_the_banks_own_line_and_nets_is_no_callback_lure() -> None:
    """Sydbank (whose numbers the directory does not hold) sends you to its own line and to
    Nets for blocking a card: the callback rule judges the speaker's numbers, not Nets'."""
    text = (
        "Fra: Sydbank <noreply@sydbank.dk>\nEmne: Nyt login\n\nHvis det ikke var dig, skal du "
        "ringe til os med det samme på 74 37 37 37 – uden for åbningstid kan du spærre dit "
        "kort via Nets på 44 89 29 29."
    )
    assert "alert_callback" not in _codes(text, "email")
