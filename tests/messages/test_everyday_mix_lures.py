"""The rules written in the fourth session of 2026-12-06 on the misses of the thirty-seventh
to thirty-ninth blind sets, each read once first (an ordinary June fortnight of a family, an
October fortnight in a student flat, a hairdresser's salon): a call report's denied payment
is dropped once asked_nothing hears the denial, a locked or blocked account with a number to
ring, money "sent by mistake" whose amount is named, a money-mule offer made in a chat, daily
pay for an online job, a landlord who cannot show the home himself, and Danløn in the directory; then, on the fortieth to
forty-second sets' misses, a MitID request approved in the app for a caller and a citizen's
own question ("Var det svindel?") that warns of nothing; then, on the forty-third to
forty-fifth, a club's payment system "down" and the fee to a person (`payment_moved_private`),
a code "du ikke har anmodet om" with a callback number, and an initial's full stop before it. Each rule fires on its story
and stays quiet on a genuine neighbour (the STORIES run in test_signals.py's test_signal)."""

from __future__ import annotations

from tests.messages.helpers import verdict_and_codes

STORIES = [
    (
        "payment_request",
        "call",
        "Han sagde, at hvis jeg ikke betalte 3.200 kr i dag, ville sagen gå til fogeden.",
        "Hørekliniken ringede om reparationen. Den var dækket af garantien, og jeg skulle ikke "
        "betale noget.",
    ),
    (
        "alert_callback",
        "sms",
        "Nordea: Din konto er låst efter 3 forkerte logins. Ring til kundeservice 28 90 41 67 "
        "for at låse op.",
        "Nordea: Din konto er låst efter 3 forkerte logins. Ring til kundeservice 70 33 33 33 "
        "for at låse op.",
    ),
    (
        "sent_by_mistake",
        "sms",
        "Hej, jeg har ved en fejl overført 1.950 kr i stedet for 195. Kan du sende 1.755 retur "
        "til min mands nr 29 64 11 08?",
        "Hej, du har fået 1.950 kr for meget i løn i november. Vi trækker 1.755 kr. i næste "
        "lønudbetaling.",
    ),
    (
        "mule_job",
        "sms",
        "Vil du tjene 3.000 kr på 10 min? Du skal bare modtage en overførsel fra min kammerat og "
        "sende den videre på MobilePay.",
        "Vil du tjene 3.000 kr på at passe vores hund i vinterferien? Du skal bare gå tur med "
        "den og sende os et billede.",
    ),
    (
        "task_job",
        "sms",
        "Dit CV er godkendt til en fleksibel online stilling (like produkter og skriv "
        "anmeldelser). Ingen erfaring nødvendig, udbetaling dagligt.",
        "Tak for din ansøgning til en fleksibel online stilling hos os. Vi vender tilbage efter "
        "ansøgningsfristen.",
    ),
    (
        "read_out_code",
        "call",
        "En fra 'MitID support' ringede om en opdatering. Han bad mig åbne appen og swipe, når der "
        "kom en anmodning.",
        "En fra banken ringede om mit møde. Hun bad mig åbne appen og læse brevet i indbakken.",
    ),
    (
        "read_out_code",
        "call",
        "De sagde, at min MitID var spærret, og at de kunne åbne den igen, hvis jeg godkendte en "
        "anmodning i appen.",
        "De sagde, at min MitID var spærret, og at jeg selv kunne åbne den igen på mitid.dk.",
    ),
    (
        "warns_about_scams",
        "sms",
        "Beskeden om din pakke er svindel. Slet den.",
        "Jeg fik en sms om min pakke med et link. Var det svindel?",
    ),
    (
        "payment_moved_private",
        "email",
        "Emne: Kontingent\nDa vores betalingssystem er nede, skal kontingentet betales via "
        "MobilePay til vores kasserer på 26 48 19 07 senest søndag.",
        "Emne: Kontingent\nKlubbens MobilePay Box er lukket i juleferien. Kontingentet kan betales "
        "i januar på holdsport.dk.",
    ),
    (
        "alert_callback",
        "sms",
        "Din MitID-kode er: 482913. Hvis du ikke har anmodet om den, ring til MitID Support på "
        "91 42 07 38 for at spærre.",
        "Din MitID-kode er: 482913. Hvis du ikke har anmodet om den, ring til MitID Support på "
        "33 98 00 10 for at spærre.",
    ),
    (
        "urgent_callback",
        "sms",
        "POLITI: Din identitet er misbrugt til et lån. Kontakt efterforsker K. Madsen på "
        "71 46 33 92 i dag.",
        "POLITI: Din identitet er misbrugt til et lån. Kontakt os via politi.dk, når du har tid.",
    ),
    (
        "absent_landlord",
        "email",
        "Emne: Værelse Aarhus C\nJeg arbejder pt. i Ghana, derfor kan jeg ikke vise lejligheden "
        "personligt. Nøglerne sendes, når depositum er modtaget.",
        "Emne: Værelse Aarhus C\nJeg kan vise lejligheden på torsdag kl. 17. Depositum betales "
        "først, når kontrakten er underskrevet.",
    ),
]


def test_a_payroll_service_mailing_from_its_own_domain_is_no_lookalike() -> None:
    _, codes = verdict_and_codes(
        "Fra: Danløn <noreply@danlon.dk>\nEmne: Lønsedler for november er sendt\n\nLønsedlerne "
        "er sendt til dine medarbejderes Digital Post.",
        "email",
    )
    assert not any(code.startswith("lookalike_") for code in codes)


def test_a_link_that_wears_the_payroll_service_name_is_a_lookalike() -> None:
    verdict, codes = verdict_and_codes(
        "Danløn: Din lønkørsel er afvist. Log ind og bekræft: danlon-login.com", "sms"
    )
    assert verdict == "scam" and any(code.startswith("lookalike_") for code in codes)
