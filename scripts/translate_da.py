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
    "Værn helps you check whether a message really comes from the organisation it claims.": "Værn hjælper dig med at tjekke, om en besked virkelig kommer fra den afsender, den påstår.",
    "Go to the front page": "Gå til forsiden",
    "Is it really them?": "Er det virkelig dem?",
    "Got an SMS, an e-mail or a call that claims to be from your bank, MitID or a public "
    "authority? Værn tells you whether it is real and what to do now.": "Har du fået en sms, en e-mail eller et opkald, der siger, at det er fra din bank, MitID "
    "eller en myndighed? Værn fortæller dig, om det er ægte, og hvad du skal gøre nu.",
    "Never give your MitID codes, CPR number or card details to someone who contacts you.": "Giv aldrig dine MitID-koder, dit CPR-nummer eller dine kortoplysninger til nogen, "
    "der kontakter dig.",
    "Use the front door: call the organisation on the number from its own website, not the "
    "one in the message.": "Brug hoveddøren: ring til organisationen på nummeret fra dens egen hjemmeside, ikke "
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
    "Too many failed sign-ins. Wait %(minutes)s minutes and try again.": "For mange mislykkede login-forsøg. Vent %(minutes)s minutter, og prøv igen.",
    "Wrong e-mail address or password.": "Forkert e-mailadresse eller adgangskode.",
    "Read the organisation, its members and tokens": "Læse organisationen, dens medlemmer og nøgler",
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
    "Data-subject requests, retention and breaches": "Anmodninger fra registrerede, opbevaring og brud",
    # cases
    "Police report (the customer's own complaint)": "Politianmeldelse (kundens egen anmeldelse)",
    "Request from a public authority with a legal basis": "Anmodning fra en myndighed med hjemmel",
    "The customer's own request for their data": "Kundens egen anmodning om sine oplysninger",
    "Cases": "Sager",
    "Tick the box to agree that the organisation may contact you.": "Sæt flueben for at give organisationen lov til at kontakte dig.",
    "Choose what happened first.": "Vælg først, hvad der skete.",
    "Give a phone number or an e-mail address so they can reach you.": "Angiv et telefonnummer eller en e-mailadresse, så de kan kontakte dig.",
    "Type": "Type",
    "Status": "Status",
    "Priority": "Prioritet",
    "Opened": "Oprettet",
    "SLA deadline": "SLA-frist",
    "Resolution": "Afslutning",
    "Playbook": "Drejebog",
    "due": "frist",
    "Overdue": "Overskredet",
    "Due soon": "Frist snart",
    "Note": "Note",
    "Done": "Udført",
    "Skip": "Spring over",
    "Customer": "Kunde",
    "Did we contact this customer?": "Har vi kontaktet denne kunde?",
    "Purpose": "Formål",
    "Show contact details (logged)": "Vis kontaktoplysninger (logges)",
    "No customer recorded.": "Ingen kunde registreret.",
    "Work the case": "Behandl sagen",
    "Move to": "Flyt til",
    "Resolution reason (when closing)": "Begrundelse (ved lukning)",
    "Change status": "Skift status",
    "Assignee": "Ansvarlig",
    "Assign": "Tildel",
    "Note (personal data is redacted)": "Note (personoplysninger skjules)",
    "Add note": "Tilføj note",
    "Attach evidence (PNG, JPEG, PDF, text, e-mail; max 5 MiB)": "Vedhæft dokumentation (PNG, JPEG, PDF, tekst, e-mail; højst 5 MiB)",
    "Upload": "Upload",
    "Notes": "Noter",
    "Attachments": "Bilag",
    "File": "Fil",
    "Bytes": "Bytes",
    "Links": "Links",
    "Evidence pack": "Bevispakke",
    "Include personal data for": "Medtag personoplysninger til",
    "No personal data": "Ingen personoplysninger",
    "Timeline": "Tidslinje",
    "Have you been scammed? What to do now": "Er du blevet svindlet? Det skal du gøre nu",
    "Tick what happened. You get the steps in the order that stops the damage fastest.": "Sæt flueben ved det, der skete. Du får trinene i den rækkefølge, der hurtigst stopper skaden.",
    "What happened?": "Hvad skete der?",
    "Show my steps": "Vis mine trin",
    "Your steps, in this order": "Dine trin, i denne rækkefølge",
    "Thank you. %(name)s has received your case and will contact you.": "Tak. %(name)s har modtaget din sag og kontakter dig.",
    "Get help from the organisation": "Få hjælp fra organisationen",
    "Open a case with": "Opret en sag hos",
    "Your phone number": "Dit telefonnummer",
    "Your e-mail address": "Din e-mailadresse",
    "I agree that the organisation stores my answers and contact details to help me with this case.": "Jeg accepterer, at organisationen gemmer mine svar og kontaktoplysninger for at hjælpe mig med sagen.",
    "Open a case": "Opret en sag",
    "Most urgent first. Times are Copenhagen time.": "Mest presserende først. Tider er dansk tid.",
    "Next deadline": "Næste frist",
    "Case": "Sag",
    "No open cases.": "Ingen åbne sager.",
    "Next page": "Næste side",
    "What happened": "Hvad skete der",
    "Short description (no personal data)": "Kort beskrivelse (ingen personoplysninger)",
    "Customer's phone number": "Kundens telefonnummer",
    "Customer's e-mail address": "Kundens e-mailadresse",
    "Open case": "Opret sag",
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
