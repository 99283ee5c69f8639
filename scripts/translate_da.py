"""Fill the Danish catalog from the template: `python scripts/translate_da.py`.

Keeps translations already in messages.po and adds the ones in DA below, so that a
new msgid without a Danish text is visible in review (the test suite fails on it).
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent / "src" / "vaern" / "locale"

DA = {
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
    # warnings and reports
    'Campaigns': 'Kampagner',
    'Reports': 'Anmeldelser',
    'Warnings': 'Advarsler',
    'Advice (Danish)': 'Råd (dansk)',
    'Advice (English)': 'Råd (engelsk)',
    'All warnings from': 'Alle advarsler fra',
    'Campaign': 'Kampagne',
    'Change': 'Ændring',
    'Channel': 'Kanal',
    'Channels': 'Kanaler',
    'Current warnings': 'Aktuelle advarsler',
    'Draft a warning': 'Skriv et udkast til en advarsel',
    'Draft takedown requests': 'Skriv udkast til anmodninger om nedtagning',
    'Example messages, one per line (personal data is redacted)':
        'Eksempler på beskeder, én pr. linje (personoplysninger fjernes)',
    'Example': 'Eksempel',
    'Examples': 'Eksempler',
    'Expire': 'Udløb nu',
    'First seen': 'Først set',
    'Indicators': 'Kendetegn',
    'Last seen': 'Sidst set',
    'Link domains, one per line': 'Domæner i links, ét pr. linje',
    'Message (redacted)': 'Besked (uden personoplysninger)',
    'Next step': 'Næste trin',
    'No current warnings.': 'Ingen aktuelle advarsler.',
    'Open the warning': 'Åbn advarslen',
    'Open': 'Åbn',
    'Phone numbers, one per line': 'Telefonnumre, ét pr. linje',
    'Public page': 'Offentlig side',
    'Publish': 'Offentliggør',
    'Received': 'Modtaget',
    'Recipient': 'Modtager',
    'Reference': 'Referencenummer',
    'Reports per day': 'Anmeldelser pr. dag',
    'Save draft': 'Gem udkast',
    'Search warnings': 'Søg i advarsler',
    'Search': 'Søg',
    'Sender IDs, one per line': 'Afsendernavne, ét pr. linje',
    'Signs of this scam': 'Kendetegn ved svindlen',
    'Status': 'Status',
    'Summary (Danish)': 'Resumé (dansk)',
    'Summary (English)': 'Resumé (engelsk)',
    'Takedown requests': 'Anmodninger om nedtagning',
    'Target': 'Mål',
    'This warning has expired.': 'Denne advarsel er udløbet.',
    'Time': 'Tidspunkt',
    'Title (Danish)': 'Titel (dansk)',
    'Title (English)': 'Titel (engelsk)',
    'Title': 'Titel',
    'Updated': 'Opdateret',
    'Version history': 'Versionshistorik',
    'Version': 'Version',
    'What to do': 'Det skal du gøre',
    'Withdraw': 'Træk tilbage',
    'Preview': 'Forhåndsvisning',
    'Warnings by e-mail': 'Advarsler på e-mail',
    'Check your inbox and click the link to confirm.': 'Se din indbakke, og klik på linket for at bekræfte.',
    'Thank you. You will get new warnings by e-mail.': 'Tak. Du får nye advarsler på e-mail.',
    'You will not get more warnings by e-mail.': 'Du får ikke flere advarsler på e-mail.',
    'Unsubscribe': 'Afmeld',
    'Enter a valid e-mail address.': 'Skriv en gyldig e-mailadresse.',
    'Subscribe': 'Abonnér',
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
