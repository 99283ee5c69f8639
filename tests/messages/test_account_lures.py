"""The rules written on the twenty-eighth blind set's misses (digital accounts and
platforms), each firing on its story and quiet on a genuine neighbour (the STORIES run in
test_signals.py's test_signal): a password about to expire, a voicemail behind a log-in or a QR
code to keep sign-in; hacked accounts "recovered" for a fee; a booked call; and the wider code,
MitID-request and account-threat rules. Then, after the twenty-ninth set's read (tax and public
money), its false alarms: a notice that points to the organisation's own app by name, an amount
read as a file name, a bank moving savings to pay a bill, a purchase "godkendt med MitID"."""

from __future__ import annotations

import pytest

from tests.messages.helpers import verdict_and_codes

STORIES = [
    (
        "mail_login_lure",
        "email",
        "Emne: Din adgangskode udløber i dag\nAdgangskoden til din mail udløber i dag. Behold "
        "din nuværende adgangskode ved at klikke herunder.",
        "IT: Din adgangskode til arbejdskontoen udløber om 5 dage. Skift den som normalt ved "
        "Ctrl+Alt+Del på din arbejdscomputer.",
    ),
    (
        "account_recovery_service",
        "sms",
        "Mistet adgang til din Instagram? Vi gendanner hackede konti på 24 timer. 100 % "
        "garanti. Skriv til os på Telegram.",
        "Mistet adgang til din Instagram? Gå til instagram.com/hacked og følg vejledningen, så "
        "hjælper Instagram dig med at få kontoen tilbage.",
    ),
    (
        "own_channel_named",
        "sms",
        "e-Boks: Du har modtaget ny post fra Skattestyrelsen. Log på e-Boks for at læse den.",
        "e-Boks: Du har modtaget ny post fra Skattestyrelsen. Log på e-Boks her: e-boks-post.com",
    ),
    (
        "booked_call",
        "call",
        "Min rådgiver ringede som aftalt om boliglånet og gennemgik renten. Dokumenterne lå "
        "klar i netbanken.",
        "En rådgiver ringede uopfordret om boliglånet og gennemgik renten. Dokumenterne lå "
        "klar i netbanken.",
    ),
]


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Hej, det er fra MitID kundeservice. Vi har sendt dig en 6-cifret kode. Svar venligst "
         "med koden på denne SMS.", "sms"),
        ("Undskyld, jeg kom til at sende en WhatsApp-kode til dit nummer. Kan du videresende den "
         "6-cifrede kode til mig?", "sms"),
        ("Din bekræftelseskode er 482913. Hvis du ikke har anmodet om den, så svar STOP med "
         "koden.", "sms"),
        ("En mand sagde, han var fra Google. Han skulle bruge den 6-cifrede kode, jeg fik på "
         "SMS.", "call"),
    ],
)  # fmt: skip
def test_a_code_to_send_back_in_more_words(text: str, channel: str) -> None:
    verdict, codes = verdict_and_codes(text, channel)
    assert verdict == "scam" and "code_sent_back" in codes


def test_a_code_sms_that_asks_nothing_back_is_no_code_sent_back() -> None:
    _, codes = verdict_and_codes("Brug 593018 som sikkerhedskode til Microsoft-kontoen.", "sms")
    assert "code_sent_back" not in codes


def test_a_caller_who_announces_a_request_to_swipe_is_reading_out_approval() -> None:
    verdict, codes = verdict_and_codes(
        "Hej, det er Thomas fra MitID support. Jeg sender lige en anmodning nu, og så skal du "
        "bare swipe godkend, så nulstiller jeg appen.",
        "call",
    )
    assert verdict == "scam" and "read_out_code" in codes


def test_an_account_to_be_deleted_over_a_copyright_report_via_a_stranger_s_link() -> None:
    verdict, codes = verdict_and_codes(
        "Emne: Din video er fjernet\nDin seneste video er rapporteret for brud på ophavsretten. "
        "Hvis du ikke indsender en indsigelse inden 24 timer, bliver din konto slettet: "
        "tiktok-appeal-help.com",
        "email",
    )
    assert verdict in ("scam", "suspicious") and "page_takeover" in codes


def test_a_booked_call_about_microsoft_is_no_tech_support_call() -> None:
    verdict, codes = verdict_and_codes(
        "Vores IT-leverandør ringede som aftalt før overgangen til ny Microsoft 365-licens og "
        "sagde, at vi skulle logge ind som normalt i morgen.",
        "call",
    )
    assert verdict not in ("scam", "suspicious") and "tech_support_call" not in codes


@pytest.mark.parametrize(
    ("text", "channel", "code"),
    [
        ("Emne: Opkrævning af B-skat\nNæste rate på 3.150 kr. forfalder den 20. marts. Betal i "
         "TastSelv eller i din netbank.", "email", "risky_attachment"),
        ("Hej, jeg kan se, du har restskat. Hvis det passer bedre, kan vi flytte penge fra "
         "opsparingen, så du kan betale inden 1. juli.", "email", "safe_account"),
        ("Nordea: Køb på 128,00 kr hos GLS godkendt med MitID. Ring til os på nummeret bag på "
         "dit kort, hvis du ikke genkender købet.", "sms", "read_out_code"),
    ],
)  # fmt: skip
def test_false_alarms_of_the_tax_year(text: str, channel: str, code: str) -> None:
    verdict, codes = verdict_and_codes(text, channel)
    assert verdict != "scam" and code not in codes


def test_a_file_that_runs_code_is_still_a_risky_attachment() -> None:
    _, codes = verdict_and_codes(
        "Emne: Faktura\nSe vedhæftede faktura: Faktura_2231.pdf.exe", "email"
    )
    assert "risky_attachment" in codes


def test_moving_the_money_to_a_safe_account_is_still_a_safe_account_call() -> None:
    _, codes = verdict_and_codes(
        "Banken ringede: vi skal flytte dine penge over på en sikker konto med det samme.", "call"
    )
    assert "safe_account" in codes
