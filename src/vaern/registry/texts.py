"""Plain-language statements generated from a policy, in Danish and English (data,
not gettext: they are composed from the policy's values)."""

from __future__ import annotations

from vaern.registry.schemas import ASKS, Policy

Text = dict[str, str]

ASK_TEXT: dict[str, Text] = {
    "mitid_codes": {
        "da": "dine MitID-koder eller andre login-koder",
        "en": "your MitID or other login codes",
    },
    "passwords": {"da": "din adgangskode", "en": "your password"},
    "cpr": {"da": "dit CPR-nummer", "en": "your CPR number"},
    "card_number": {"da": "dit kortnummer", "en": "your card number"},
    "cvv": {"da": "kontrolcifrene (CVV) på dit kort", "en": "the security code (CVV) of your card"},
    "id_documents": {
        "da": "billeder af pas, kørekort eller sundhedskort",
        "en": "pictures of your passport, driving licence or health card",
    },
    "payment_link": {
        "da": "betaling via et link i en sms eller e-mail",
        "en": "payment through a link in an SMS or e-mail",
    },
    "remote_access": {
        "da": "at du installerer fjernstyrings-software",
        "en": "that you install remote-access software",
    },
}
assert set(ASK_TEXT) == set(ASKS)


def never(policy: Policy) -> list[Text]:
    """What the organisation never does: the lines a customer should remember."""
    out = [
        {"da": f"Vi beder dig aldrig om {t['da']}.", "en": f"We never ask for {t['en']}."}
        for key, t in ASK_TEXT.items()
        if key not in policy.asks_for
    ]
    if policy.links == "never":
        out.append(
            {
                "da": "Vi sender aldrig links i sms eller e-mail.",
                "en": "We never send links by SMS or e-mail.",
            }
        )
    elif policy.links == "own_domains":
        out.append(
            {
                "da": "Vi sender kun links til vores egne domæner, som er vist herunder.",
                "en": "We only send links to our own domains, listed below.",
            }
        )
    if not policy.qr_codes:
        out.append({"da": "Vi sender aldrig QR-koder.", "en": "We never send QR codes."})
    if not policy.attachments:
        out.append({"da": "Vi sender aldrig vedhæftede filer.", "en": "We never send attachments."})
    if policy.calls == "never":
        out.append({"da": "Vi ringer aldrig til dig.", "en": "We never call you."})
    elif policy.calls == "booked":
        out.append(
            {
                "da": "Vi ringer kun, når du har bestilt en opringning.",
                "en": "We only call you when you have booked a call.",
            }
        )
    return out


def does(policy: Policy) -> list[Text]:
    out = [
        {"da": f"Vi kan bede om {t['da']}.", "en": f"We may ask for {t['en']}."}
        for key, t in ASK_TEXT.items()
        if key in policy.asks_for
    ]
    if policy.links == "yes":
        out.append({"da": "Vi kan sende links.", "en": "We may send links."})
    if policy.calls == "yes":
        out.append({"da": "Vi kan ringe til dig.", "en": "We may call you."})
    return out
