"""Fill the Danish catalog from the template: `python scripts/translate_da.py`.

Keeps translations already in messages.po and adds the ones in DA below, so that a
new msgid without a Danish text is visible in review (the test suite fails on it).
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent / "src" / "vaern" / "locale"

DA = {
    "Check a message": "Tjek en besked",
    "Paste an SMS or e-mail, a link, upload an e-mail file or a picture with a QR code, or describe a phone call.": "Indsæt en sms eller e-mail, et link, upload en e-mailfil eller et billede med en QR-kode, eller beskriv et telefonopkald.",
    "This is a scam.": "Det er svindel.",
    "This looks suspicious.": "Det ser mistænkeligt ud.",
    "This is genuine: the sender has recorded it.": "Den er ægte: afsenderen har registreret den.",
    "We cannot tell whether this is genuine.": "Vi kan ikke afgøre, om den er ægte.",
    "Score": "Score",
    "Claims to be from": "Påstår at være fra",
    "The message": "Beskeden",
    "Why": "Hvorfor",
    "What to do now": "Det skal du gøre nu",
    "Message, link or what the caller said": "Besked, link eller hvad den, der ringede, sagde",
    "Or upload an e-mail file (.eml) or a picture (PNG/JPEG)": "Eller upload en e-mailfil (.eml) eller et billede (PNG/JPEG)",
    "What is it?": "Hvad er det?",
    "Let Værn guess": "Lad Værn gætte",
    "SMS or chat": "Sms eller chat",
    "E-mail": "E-mail",
    "Link": "Link",
    "QR code picture": "Billede med QR-kode",
    "Phone call": "Telefonopkald",
    "Sender or calling number (optional)": "Afsender eller nummeret, der ringede (valgfrit)",
    "What have you already done?": "Hvad har du allerede gjort?",
    "I clicked the link": "Jeg klikkede på linket",
    "I logged in with MitID": "Jeg loggede ind med MitID",
    "I gave my card number": "Jeg gav mit kortnummer",
    "I gave my CPR number": "Jeg gav mit CPR-nummer",
    "I gave codes": "Jeg gav koder",
    "I paid": "Jeg betalte",
    "Check": "Tjek",
    "Nothing you check here is stored.": "Intet, du tjekker her, bliver gemt.",
    "Skip to content": "Gå til indholdet",
    "Main": "Hovedmenu",
    "Staff area": "Personaleområde",
    "Log out": "Log ud",
    "Log in": "Log ind",
    "Værn helps you check whether a message really comes from the organisation it claims.":
        "Værn hjælper dig med at tjekke, om en besked virkelig kommer fra den afsender, den påstår.",
    "Go to the front page": "Gå til forsiden",
    "Is it really them?": "Er det virkelig dem?",
    "Got an SMS, an e-mail or a call that claims to be from your bank, MitID or a public "
    "authority? Værn tells you whether it is real and what to do now.":
        "Har du fået en sms, en e-mail eller et opkald, der siger, at det er fra din bank, MitID "
        "eller en myndighed? Værn fortæller dig, om det er ægte, og hvad du skal gøre nu.",
    "Never give your MitID codes, CPR number or card details to someone who contacts you.":
        "Giv aldrig dine MitID-koder, dit CPR-nummer eller dine kortoplysninger til nogen, "
        "der kontakter dig.",
    "Use the front door: call the organisation on the number from its own website, not the "
    "one in the message.":
        "Brug hoveddøren: ring til organisationen på nummeret fra dens egen hjemmeside, ikke "
        "nummeret i beskeden.",
    "Organisations on Værn": "Organisationer på Værn",
    "No organisations yet.": "Ingen organisationer endnu.",
    "E-mail address": "E-mailadresse",
    "Password": "Adgangskode",
    "Organisation": "Organisation",
    "Overview": "Overblik",
    "Settings": "Indstillinger",
    "Users": "Brugere",
    "API tokens": "API-nøgler",
    "Signed in as": "Logget ind som",
    "Your organisations": "Dine organisationer",
    "You are not a member of any organisation.": "Du er ikke medlem af nogen organisation.",
    "Your role": "Din rolle",
    "Main phone number": "Hovednummer",
    "Website": "Hjemmeside",
    "Saved.": "Gemt.",
    "Name": "Navn",
    "Save": "Gem",
    "Copy the token now. It is shown only once.": "Kopiér nøglen nu. Den vises kun denne ene gang.",
    "Prefix": "Præfiks",
    "Scopes": "Rettigheder",
    "Expires": "Udløber",
    "Last used": "Sidst brugt",
    "Revoked": "Tilbagekaldt",
    "Revoke": "Tilbagekald",
    "New token": "Ny nøgle",
    "Valid for (days)": "Gyldig i (dage)",
    "Create token": "Opret nøgle",
    "Role": "Rolle",
    "Add a user or change a role": "Tilføj en bruger eller skift rolle",
    "Too many failed sign-ins. Wait %(minutes)s minutes and try again.":
        "For mange mislykkede login-forsøg. Vent %(minutes)s minutter, og prøv igen.",
    "Wrong e-mail address or password.": "Forkert e-mailadresse eller adgangskode.",
    "Read the organisation, its members and tokens":
        "Læse organisationen, dens medlemmer og nøgler",
    "Create and revoke API tokens": "Oprette og tilbagekalde API-nøgler",
    "Edit channels and communication policy": "Redigere kanaler og kommunikationspolitik",
    "Record outbound messages": "Registrere udsendte beskeder",
    "Look up outbound messages": "Slå udsendte beskeder op",
    "Send account events for monitoring": "Sende kontohændelser til overvågning",
    "Read monitoring alerts": "Læse overvågningsalarmer",
    "Draft and publish warnings": "Skrive og offentliggøre advarsler",
    "Read customer reports and campaigns": "Læse kundeanmeldelser og kampagner",
    "Read fraud cases": "Læse svindelsager",
    "Create and update fraud cases": "Oprette og opdatere svindelsager",
    "Assess payment disputes": "Vurdere betalingsindsigelser",
    "Data-subject requests, retention and breaches":
        "Anmodninger fra registrerede, opbevaring og brud",
    # disputes
    "Payment disputes": "Betalingsindsigelser",
    "Title": "Titel",
    "Created": "Oprettet",
    "Refund (DKK)": "Tilbagebetaling (kr.)",
    "No disputes yet.": "Ingen indsigelser endnu.",
    "New dispute": "Ny indsigelse",
    "Enter the facts as JSON (schema: docs/disputes/dispute.schema.json). The example is "
    "complaint-board decision 221/2021.":
        "Indtast sagens fakta som JSON (skema: docs/disputes/dispute.schema.json). Eksemplet er "
        "Ankenævnets afgørelse 221/2021.",
    "Dispute (JSON)": "Indsigelse (JSON)",
    "Assess": "Vurdér",
    "Case": "Sag",
    "Payer": "Betaler",
    "Disputed": "Bestridt",
    "Payer bears": "Betaleren hæfter for",
    "Refund": "Tilbagebetaling",
    "Legal basis": "Retsgrundlag",
    "Total": "I alt",
    "Explanation": "Forklaring",
    "Alternative assessments": "Alternative vurderinger",
    "If the finding were": "Hvis vurderingen var",
    "Payers bear": "Betalerne hæfter for",
    "points for": "taler for",
    "points against": "taler imod",
    "Decision letter (Danish)": "Afgørelsesbrev (dansk)",
    "Decision letter (English)": "Afgørelsesbrev (engelsk)",
    # Channel registry, communication policy and outbound log
    "Add": "Tilføj",
    "Add a channel": "Tilføj en kanal",
    "App": "App",
    "Approximately when (UTC)": "Omtrent hvornår (UTC)",
    "By": "Af",
    "Channel": "Kanal",
    "Channels": "Kanaler",
    "Check": "Tjek",
    "Communication policy": "Kommunikationspolitik",
    "Customer's phone number or e-mail": "Kundens telefonnummer eller e-mail",
    "Did we contact this customer?": "Har vi kontaktet denne kunde?",
    "Directory of organisations": "Oversigt over organisationer",
    "Do we call customers?": "Ringer vi til kunder?",
    "Domains count only when verified: publish the TXT record shown and press Verify.":
        "Domæner tæller først, når de er bekræftet: udgiv den viste TXT-post, og tryk på Bekræft.",
    "E-mail domain": "E-maildomæne",
    "Front door: app": "Hoveddør: app",
    "Front door: phone": "Hoveddør: telefon",
    "Front door: website": "Hoveddør: hjemmeside",
    "How %(name)s contacts you": "Sådan kontakter %(name)s dig",
    "How %(name)s contacts you — and how it never does":
        "Sådan kontakter %(name)s dig — og sådan gør de aldrig",
    "How we ask for payment": "Sådan beder vi om betaling",
    "In doubt? Use the front door": "I tvivl? Brug hoveddøren",
    "Kind": "Type",
    "Label": "Betegnelse",
    "Links in messages": "Links i beskeder",
    "Never": "Aldrig",
    "No organisations found.": "Ingen organisationer fundet.",
    "No: we found no message or call to this recipient in that period.":
        "Nej: vi fandt ingen besked eller opkald til denne modtager i perioden.",
    "Not verified": "Ikke bekræftet",
    "Notes": "Noter",
    "Only booked calls": "Kun bestilte opkald",
    "Only to our verified domains": "Kun til vores bekræftede domæner",
    "Our channels": "Vores kanaler",
    "Partner": "Partner",
    "Partner (if a partner uses this channel for you)":
        "Partner (hvis en partner bruger kanalen på jeres vegne)",
    "Payment": "Betaling",
    "Phone": "Telefon",
    "Phone number": "Telefonnummer",
    "Postal address": "Postadresse",
    "Public page": "Offentlig side",
    "Publish a new version": "Udgiv en ny version",
    "Remove": "Fjern",
    "SMS sender": "Sms-afsender",
    "Search": "Søg",
    "Search by name or domain": "Søg på navn eller domæne",
    "Sender": "Afsender",
    "Sent": "Sendt",
    "Sometimes": "Nogle gange",
    "Status": "Status",
    "Template": "Skabelon",
    "The text the customer received (optional)": "Teksten, kunden modtog (valgfri)",
    "This organisation has not published a communication policy yet.":
        "Organisationen har endnu ikke offentliggjort en kommunikationspolitik.",
    "Valid from": "Gyldig fra",
    "Value": "Værdi",
    "Verified": "Bekræftet",
    "Verify": "Bekræft",
    "Version": "Version",
    "Versions": "Versioner",
    "We contacted this recipient on this channel, but not with this text.":
        "Vi har kontaktet modtageren på denne kanal, men ikke med denne tekst.",
    "We do ask customers for": "Vi beder kunder om",
    "We send QR codes": "Vi sender QR-koder",
    "We send attachments": "Vi sender vedhæftede filer",
    "Web domain": "Webdomæne",
    "Yes": "Ja",
    "Yes: a matching message was sent.": "Ja: en matchende besked blev sendt.",
    "Sender posture": "Afsendersikkerhed",
    "Lookalike domains": "Forvekslelige domæner",
    "Registered domains that look like yours. New ones (first seen in the last 7 days) are marked.":
        "Registrerede domæner, der ligner jeres. Nye (set første gang inden for 7 dage) er markeret.",
    "Scan now": "Scan nu",
    "Looks like": "Ligner",
    "Technique": "Teknik",
    "Records": "Poster",
    "First seen": "Først set",
    "Last seen": "Sidst set",
    "new": "ny",
    "No lookalike domains found.": "Ingen forvekslelige domæner fundet.",
    "SPF, DMARC, DNSSEC, MTA-STS and TLS-RPT for e-mail domains; DNSSEC and CAA for web domains.":
        "SPF, DMARC, DNSSEC, MTA-STS og TLS-RPT for e-maildomæner; DNSSEC og CAA for webdomæner.",
    "Check now": "Tjek nu",
    "grade": "karakter",
    "Details": "Detaljer",
    "Recommendation": "Anbefaling",
    "No checks yet.": "Ingen tjek endnu.",
    "History": "Historik",
    "Checked": "Tjekket",
    "Domain": "Domæne",
}


def main() -> None:
    with (ROOT / "messages.pot").open("rb") as fh:
        template = read_po(fh)
    po_path = ROOT / "da" / "LC_MESSAGES" / "messages.po"
    existing = {}
    if po_path.exists():
        with po_path.open("rb") as fh:
            existing = {m.id: m.string for m in read_po(fh) if m.id and m.string}
    template.locale = "da"  # type: ignore[assignment]
    for message in template:
        if message.id:
            message.string = DA.get(message.id, existing.get(message.id, ""))
    po_path.parent.mkdir(parents=True, exist_ok=True)
    with po_path.open("wb") as fh:
        write_po(fh, template, width=100, omit_header=False)


if __name__ == "__main__":
    main()
