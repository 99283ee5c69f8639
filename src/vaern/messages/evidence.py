"""Evidence rules: what the directory and the members' channels prove about a message.

The classifier advises; evidence decides. Each rule here is a small signal (registered in
the same list as the others) that either speaks *for* the claimed organisation (its own
domain, its registered sender, a text that warns about scams) with a negative weight, or
sets a verdict **floor** that nothing else can lower: a lookalike of a known
organisation's domain, a claimed organisation with a link elsewhere and a request, a
request the organisation says it never makes, "new number" and money, or a call that asks
for a safe-account transfer, a code read aloud or a remote-access app.
"""

from __future__ import annotations

import re

from vaern.messages.context import Context
from vaern.messages.lookalike import (
    embeds_domain,
    poses_as_danish,
    spellings_of,
    userinfo_domain,
)
from vaern.messages.negation import denied, described
from vaern.messages.signals import (
    FAMILY,
    PAYMENT,
    URGENCY,
    WARNS,
    Reason,
    _credential,
    _from_domain,
    _hit,
    _link_ev,
    _official,
    _r,
    _shown_as_example,
    about_scams,
    links_owner,
    published_phones,
    sender_not_own,
    signal,
    unknown_links,
)
from vaern.text.phones import phones

# Words that ask the reader to act on a link: log in, confirm, pay, update, see, click.
ACTION = re.compile(
    r"\b(log (ind|på)|login|klik|tryk|bekræft|opdater|betal|verificer|aktiver|genaktiver|"
    r"godkend|forlæng|"
    r"forny|indtast|udfyld|følg linket|se (mere|her)|læs (den|mere|her)|genansøg\w*|åbn\w*|"
    r"(sikr|beskyt)\w* (din|dit|jeres) (konto|profil|side)|"
    r"upload\w*|se (svar\w*|detaljer\w*|beskeden|brevet|resultat\w*)|ret (din )?adresse\w*|"
    r"ansøg (her|nu)|anmod om (udbetaling\w*|pengene|beløbet) her|"
    r"modtag (pengene|beløbet|udbetalingen|refusionen) her|"
    r"læs (beskeden|brevet|svaret|dokumentet) her|"
    r"log in|click|tap|confirm|update|pay|verify|activate|renew|fill in)\b"
)
# A request to use a link that the text refers to ("klik på linket", "log på via linket"):
# where the source quoted a message without its link, or the link is hidden in HTML.
LINK_REFERENCE = re.compile(
    r"\b(klik\w* (på|her|på linket|på knappen)|tryk\w* (på|her)|(via|på|i) linket|følg linket|"
    r"linket (herunder|nedenfor|her)|log (ind|på) (her|via)|"
    r"click (here|below|the (link|button)|on (the )?(link|button|here))|tap (here|below)|"
    r"via the link|(update|upgrade|verify|confirm|validate|reactivate|sign in|log ?in) now)\b"
)
# Mailbox phishing: "your mailbox is full / needs an upgrade / will be deactivated".
MAILBOX = re.compile(
    r"\b(mailbox|webmail|e-?mail account|e-?mail quota|quota|storage|helpdesk|help desk|"
    r"it[- ]support|system administrator|admin(istrator)? team|postkasse|mailkonto)\b.{0,120}?"
    r"\b(upgrad\w*|verif\w*|validat\w*|expan\w*|de-?activat\w*|full|exceed\w*|"
    r"re-?activat\w*|migrat\w*|opgrader\w*|bekræft\w*|fuld)\b",
    re.DOTALL,
)
# A threat to the account or mailbox: closed, suspended, deactivated, cancelled; not a
# reassurance ("din konto … er ikke låst", a genuine password-reset mail).
ACCOUNT_THREAT = re.compile(
    r"\b(account|mailbox|e-?mail|membership|subscription|domain|konto|postkasse|abonnement|"
    r"medlemskab|domæne\w*|dit (visa/)?(dan)?kort|(visa/)?dankort|betalingskort|hævekort|"
    r"kreditkort|your card)\b.{0,80}?\b(?<!ikke )(?<!ikke blevet )(?<!not )(?<!not been )"
    r"(?<!never )(?<!aldrig )(de-?activat\w*|suspend\w*|clos(e|ed|ing)|terminat\w*|"
    r"cancel\w*|block\w*|lock\w*|lukke[ts]?|lukkes|spærre[ts]?|spærres|deaktiver\w*|låst|"
    r"opsag\w*)|\b(update|verify|confirm) (your )?(payment|billing|account)( details| "
    r"information)?\b|\b(suspender\w*|spærret|lukket|låst|deaktiver\w*|blokeret) (din|dit|jeres) "
    r"(konto|kort|dankort|betalingskort|abonnement|postkasse|medlemskab)\b"
)
# A loss threatened unless you act, in an SMS: "for at undgå sanktioner", "så din aftale ikke
# annulleres". Genuine reminders by e-mail may say so beside a link; an SMS link may not.
LOSS_THREAT = re.compile(
    r"\b((for at )?undgå (\w+ ){0,2}(sanktion|gebyr|bøde|spærring|lukning|afbrydelse|inkasso)"
    r"\w*|så (din|dit|dine|jeres) \w+ ikke (bliver )?(annulleres|annulleret|slettes|slettet|lukkes|"
    r"lukket|spærres|spærret)|ellers (bliver \w+ )?(annulleres|slettes|lukkes|spærres|mister du))\b"
)
EXTORTION = re.compile(
    r"\b(webcam|video af dig|billeder og video af dig|intime situationer|erotisk|pornografisk|"
    r"voksenside\w*|dine kontakter|offentliggør|your contacts|intimate)\b"
)
# The sextortion opening: a "hacker" who claims your system or account.
HACKER_CLAIM = re.compile(
    r"\b(jeg er (en )?hacker|(medlem af|fra) en (\w+ )?hackergruppe|jeg har hacket|"
    r"i am a hacker|(adgang|access) til (dit|din) (operativsystem|"
    r"enhed|computer|webcam)|malware)\b"
)
CRYPTO = re.compile(r"\b(bitcoins?|kryptovaluta|krypto|crypto\w*|investering\w*|invest\w*)\b")
# A notice of money already paid out to you: "Der er udbetalt udbytte på 642,18 kr."
PAID_OUT = re.compile(r"\b(der er|er blevet|er nu) (udbetalt|indsat|overført)\b")
TECH_SUPPORT = re.compile(
    r"\b(microsoft\w*|windows|apple|teknisk support|tech support)\b.{0,200}?"
    r"\b(computer\w*|pc|virus|fejl|opdatering|update|licens|sikkerhed\w*|windows)"
)
# Fake bank couriers: the caller sends someone to collect your card ("om lidt kommer der
# en kollega og henter dankortet").
CARD_COURIER = re.compile(
    r"\b(sende\w* (et|en) bud|bud (fra banken|forbi)|"
    r"(af)?hente[r]? (mit|dit|dine|mine) (\w+ )?(kort|hævekort|betalingskort)|ombytte kortet|"
    # "afhenter vores kurer dit betalingskort i dag"
    r"(af)?hente[r]? (vores|en|et) (kurer|bud|chauffør) (mit|dit|dine) (\w+ )?(kort|hævekort|"
    r"betalingskort)|"
    r"skifte (mit|dit) (hæve|betalings)?kort ud|"
    r"(kommer|sender\w*) (der )?(en|et) \w+ (forbi |hjem |ud )?(og|for at|der skal) (af)?hente\w* "
    r"(mit |dit |dine |mine )?(dan|hæve|betalings|kredit|visa)?kort\w*|"
    r"courier to collect)\b|"
    # A courier or a taxi sent for the card: "det gamle kort skal destrueres, så vi sender en
    # kurer forbi", "klippe kortet over og give det til en taxachauffør"
    r"\bkort\w*[^!?\n]{0,120}\b(kur[eé]r\w*|taxa\w*)\b"
)
# Card, PIN or cash to be brought out or handed over: "tag pas, dankort og kontanter med"
# (a fake corona test at the door), "hav dit kort og din pinkode klar". Not "giv aldrig
# dit kort og din pinkode til nogen".
HAND_OVER = re.compile(
    r"\b(tag|tage|medbring\w*|hav|have|find|finde|giv|give|aflever\w*)\b(?![^.!?\n]{0,40}"
    r"\b(aldrig|ikke|never)\b)[^.!?\n]{0,40}\b(dankort|betalingskort|hævekort|kreditkort|"
    r"visakort|kort)\b[^.!?\n]{0,40}\b(kontanter|pinkode|pin-kode|pin)\b"
)
# Robocalls and threats in an authority's name: wanted, money laundering, press 1.
AUTHORITY_THREAT = re.compile(
    r"\b(eftersøgt|arrestordre|hvidvask\w*|anholdt|retssag|arrest warrant|money laundering)\b"
)
# A key to press counts only with the robocall's story: "Tryk 1 for tidsbestilling" is a
# doctor's phone menu; "Politiet: tryk 1", "Dit Prime-medlemskab fornyes i dag … Tryk 1 for at
# annullere" and "Your iCloud has been breached. Press 1" are the robocalls.
KEYPAD = re.compile(r"\b(tast \d|tryk \d|press \d)\b")
KEYPAD_STORY = re.compile(
    r"\b(politi\w*|skattestyrelsen|myndighed\w*|europol|interpol|anklage\w*|police|"
    r"annuller\w*|fornye[st]|trukket|afgivet|kompromitteret|hacket|cancel\w*|compromised|"
    r"breached|hacked|mistænkelig\w*|cpr-nummer\w*|suspicious)\b"
)
# Free hosting and site builders that phishing kits live on.
FREE_HOSTS = frozenset(
    {
        "000webhostapp.com",
        "weebly.com",
        "wixsite.com",
        "firebaseapp.com",
        "web.app",
        "glitch.me",
        "netlify.app",
        "herokuapp.com",
        "blogspot.com",
        "github.io",
        "pages.dev",
        "workers.dev",
        "ngrok.io",
        "ngrok-free.app",
        "vercel.app",
        "square.site",
        "webflow.io",
        "godaddysites.com",
        "sites.google.com",
        "storage.googleapis.com",
        "forms.gle",
        "r2.dev",
        "myshopify.com",
        "wordpress.com",
        "yolasite.com",
        "jimdosite.com",
    }
)
MONEY = re.compile(
    r"\b(overfør\w*|låne?|lån|penge|beløb|regning\w*|betal\w*|mobilepay|\d[\d.]{0,12} ?kr|"
    r"transfer|money|loan|pay\w*|bill)\b"
)
SAFE_ACCOUNT = re.compile(
    r"\b(sikker(e)? konto|sikkerhedskont(o|oen|i|iene)|sikre(de|t) konto|beskyttet konto|"
    # (not a bank's "flytte penge fra opsparingen" to pay a bill)
    r"flytte? (mine|dine|alle|pengene|penge)\w*(?! fra (din |jeres )?(opsparing|budget))|"
    r"flytte og fordele|"
    r"beskytte (mine penge|dine penge|pengene|din opsparing)|"
    r"overføre? (mine|dine|alle|jeres) penge|sikre[r]? (pengene|beløbet) på en (anden|ny) konto|"
    r"safe account|secure account|move (my|your|the) money)\b"
)
# A caller speaking as the police about the person's account or money.
POLICE_CALLER = re.compile(
    r"\b(det er politiet|ringer fra politiet|rigspolitiet|politibetjent\w*|politiassistent\w*|"
    r"politikommissær\w*|national enhed for særlig kriminalitet|nsk|this is the police|"
    # told afterwards: "en kvinde sagde, at hun var fra politiets økonomiske afdeling"
    r"(han|hun|de) (var|er|ringede|ringer) fra politiet\w*)\b"
)
ACCOUNT_TALK = re.compile(
    r"\b((din|dit|jeres|fælles) (konto|konti|netbank|lån|opsparing)|(dine|jeres) penge|"
    r"tømme (kontoen|din konto|jeres konto)|mistænkelige transaktioner|your (account|money)|"
    # what you have, asked: "om vi havde guld eller kontanter i huset, og hvor meget vi havde
    # stående i banken"
    r"hvor (meget|mange penge) (\w+ ){0,3}(i banken|på (din |jeres )?konto\w*)|"
    r"(guld|smykker|kontanter)[^.!?\n]{0,25}\bi (huset|hjemmet))\b"
)
# A caller who asks for money to be sent while on the phone.
CALL_TRANSFER = re.compile(
    r"\b(skal (du|i) (overføre|indbetale)|overfør\w* (beløbet|pengene|\d[\d.]* ?kr)|"
    # (not the caller paying: "så betaler han mig tilbage på MobilePay")
    r"(?<!jeg )(?<!vi )(?<!han )(?<!hun )(betal|overfør)\w*+(?! (han|hun|de)\b)[^.!?\n]{0,40}"
    r"\b(via|med|på) mobilepay|"
    r"send\w* (nogle |de |flere )?penge(ne)? til (konto(en|nummeret)?|kontonummeret)|"
    r"(transfer|send) (the money|\d[\d.,]* ?(kr|dkk|euro?))\b)"
)
# Paid face to face when the goods are handed over: a buyer or a repair shop, not a transfer
# the caller takes.
IN_PERSON = re.compile(
    r"\b(når (du|jeg|vi|i|han|hun) henter|ved afhentning|når (vi|i) (ses|mødes)|i butikken|"
    # a buyer who pays when he has seen the thing: "betale med MobilePay, når han havde prøvet den"
    r"når (du|jeg|vi|i|han|hun) (har|havde) (prøvet|set) (den|det|dem)|"
    r"mens vi stod sammen)\b"
)
# Gift cards bought and their codes sent: CEO fraud, fake support and fake authorities ask
# for payment this way because it cannot be traced or reversed.
GIFT_CARD = re.compile(
    r"\b(gavekort\w*|paysafe\w*|itunes[- ]?kort\w*|google play[- ]?kort\w*|steam[- ]?kort\w*|"
    r"gift ?cards?|itunes|google play|steam|apple gift)\b"
)
CARD_CODES = re.compile(
    r"\b(kortkoder\w*|(send|mail|sms)\w* (mig |os )?(\w+ ){0,3}(koderne|kortkoderne|fotos?|"
    r"billeder(ne)?) (af|fra|på) (kortene|kortet|koderne)|(send|mail|sms)\w* (mig |os )?(koderne|"
    r"kortkoderne)|(fotos?|billeder?) (af|fra) (kortene|koderne)|"
    r"(send|mail|sms)\w* (\w+ ){0,2}koder(ne)? til (mig|os)|"
    r"(send|email|text) (me )?the (codes?|pictures?|photos?))\b"
)
# Valuables, cash or gold handed to someone who will "look after" them: the fake-police call
# about a burglary "planned at your address".
VALUABLES = re.compile(
    r"\b((overlade|udlevere|aflevere|give|afhente|hente)[rs]? (os |dem )?(dine|jeres|alle|de|"
    r"hendes|hans|mine|sine) "
    r"(værdier|værdigenstande|smykker|kontanter|guld|ure)|"
    r"(dine|jeres) (værdier|værdigenstande|smykker|kontanter|guld)\w* i (vores )?"
    r"(varetægt|forvaring|opbevaring)|hand over (your )?(valuables|cash|jewellery|gold)|"
    # "registrere værdigenstande og kontanter", "kontrolleret dine kontanter"
    r"(registrere|kontrollere|kontrolleret|tjekke|undersøge|sikre)[rs]? (dine |jeres )?"
    r"(værdigenstande|kontanter|smykker|sedler))\b"
)
# Secrecy asked for around money: "du må ikke sige noget til nogen".
SECRECY = re.compile(
    r"\b(du må ikke (sige|fortælle|nævne) (det|noget|dette) (til|for) nogen|"
    r"sig (det )?ikke til nogen|fortæl (det )?ikke (til )?nogen|hold det (hemmeligt|for dig selv)|"
    r"(don't|do not) tell anyone|keep (this|it) (secret|confidential|between us))\b"
)
# A warning puts the fraudster's phrase in quotes: flyt pengene til en "sikker konto".
QUOTED_SAFE_ACCOUNT = re.compile(
    r"[\"“”„«»']\s*(sikker(e)? konto|sikkerhedskonto|safe account)\s*[\"“”„«»']"
)
READ_OUT = re.compile(
    r"\b(læs\w* (koden|koder|nummeret|tallene)( [\w-]+){0,3} op|"
    r"læs\w* (den|en|din) ([\w-]+ ){0,2}[\w-]*kode\w* op|"
    # "Du får en besked i MitID … den skal du bare godkende"
    r"(den|beskeden|anmodningen|notifikationen) skal du (bare |lige |blot )?godkende|"
    # "Jeg sender dig lige en kode på SMS, og når du læser den op, …"
    r"kode\w*\b[^.!?\n]{0,60}\blæs\w* (den|dem) op|"
    r"(oplys|sige?|give?|fortælle) (ham|hende|dem)? ?"
    r"(koden|koderne|engangskoden)|godkend(?!t\b)\w* (i|med) mitid|godkende (en|et|betaling|"
    r"tilbageførsel)|godkend(?!t\b)\w*(?: \w+){1,3} (i|med) mitid|aktivere en kode|"
    r"godkende (den|beskeden|anmodningen|notifikationen)( \w+){0,2} (der|som) (kommer|dukker|"
    r"popper)|"
    r"få adgang til (min|din) (konto|netbank|computer)|"
    # ("Jeg har brug for den kode, der kommer på SMS nu")
    # "Han skulle bruge min Gmail-adgang og den kode, som Google ville sende til mig"
    r"(brug for|skal bruge|skulle bruge|mangler|manglede) ([\w-]+ ){0,3}?(koden|din kode|dine "
    r"koder|den (\w+)?kode|de koder)|"
    # "en anmodning i appen, som jeg skulle godkende"
    r"anmodning\w*[^.!?\n]{0,40}\b(som|der) (jeg|du|vi|i) (skulle|skal) godkende|"
    r"(koden|koderne|nøglekort\w*) til (din|dit) (nemid|mitid|netbank)|"
    r"read (out|me) the code|approve (it |the \w+ )?in (the )?mitid|"
    # "du får en anmodning i MitID-appen, skal du bare trykke godkend"
    r"((anmodning|notifikation|besked) i (din )?mitid(-app\w*)?|mitid-anmodning\w*)"
    r"[^.!?\n]{0,60}\bgodkend\w*|godkend\w* (i|med) (din|dit) mitid|"
    # "Jeg sender en godkendelse til din MitID-app nu"
    r"sende\w* (dig )?(en )?(godkendelse|anmodning)\w* (til|i) (din )?mitid|"
    r"sende\w* (lige |dig )*(en )?anmodning\w*[^.!?\n]{0,60}\b(swipe\w*|tryk\w*) godkend|"
    # "Vi mangler din MitID-bekræftelse … Du får en anmodning om lidt, godkend den"
    r"mitid\w*\b[^\n]{0,120}\b(får|modtager) (en )?(anmodning|notifikation)\w*[^.!?\n]{0,30}"
    r"\bgodkend\w*|"
    # the code named first, then "it": "en sekscifret kode – kan du læse den op for mig?",
    # "du har fået en kode på sms - vil du sende mig den"
    r"kode\w*\b[^\n]{0,160}?\b((læse?|sige?) (den|dem) (op|højt)|"
    r"(send|sende|videresende?) (mig (den|dem)|(den|dem) (videre )?til mig))|"
    # a code you get elsewhere, to be texted back: "svar med den 6-cifrede kode du modtager"
    r"svar\w* (\w+ ){0,3}med (den|din) (\d-cifrede |sekscifrede )?kode|"
    # digits read out: "læse de seks cifre op fra kodeviseren", "læse en kode op"
    r"læs\w* (en |de |dine |din )?(\w+ )?(kode\w*|cifre|tal|tallet|tallene)( [\w-]+){0,4} op|"
    # a request approved in the app for the caller: "godkendte en anmodning i appen", "åbne
    # appen og swipe, når der kom en anmodning"
    r"godkend\w* (en|den|næste) (anmodning|notifikation)\w*( \w+){0,2} i (mitid-?)?appen|"
    r"åbne? (mitid-?)?appen og (swipe|godkend|tryk)\w*|"
    # "Du får en anmodning om en test-overførsel på 1 kr – bare godkend den", "godkende tre
    # anmodninger", "Åbn MitID og godkend ANNULLERING", "så tryk godkend"
    r"(får|modtager) (nu )?en anmodning\w*[^.!?\n]{0,80}\b(bare |blot |lige )?godkend (den|det)\b|"
    r"godkende (\w+ ){0,2}anmodninger|åbne? mitid\w* og (tryk\w* )?godkend|tryk\w* (på )?godkend|"
    # "beder om MitID-godkendelse", "læse engangskoden op", "en kode, som hun skulle læse op"
    r"(bad|beder|bede) (\w+ )?om (en |din )?mitid-?godkendelse|læs\w* \w*kode\w* op|"
    r"kode\w*,? som (\w+ ){1,2}(skulle|skal) læse op|"
    # the code that comes by SMS or in the app, given to the caller
    r"(oplys\w*|giv\w*|sige?|bekræft\w* med) (mig |os )?(den|koden|en kode)\b[^.!?\n]{0,40}"
    r"\b(sms|app\w*|kodeviser\w*)|"
    # MitID opened, approved or logged in to while the caller waits
    r"godkend\w* (den|de|næste|anmodning\w*)\b[^.!?\n]{0,40}\b(app\w*|mitid|authenticator)|"
    r"åbne?r? (din|dit) mitid(-app)?|bekræfte dig med mitid|mitid-anmodning\w*|"
    r"log\w* (på|ind) med mitid,? (mens|imens|mens du har) (jeg|vi|os)|"
    r"(mens|imens) (jeg|vi) (er|venter) (i|på) (telefonen|linjen)[^.!?\n]{0,40}\bmitid)\b"
)
# A code you show or say when you collect a parcel is no code read out to a caller.
PICKUP = re.compile(r"\b((når|ved) (du )?(henter|afhenter)|afhentning\w*|pick(ing)? up)\b")


@signal
def official_link(ctx: Context) -> list[Reason]:
    if not ctx.links or not ctx.claimed:
        return []
    owner = links_owner(ctx)
    if owner is None:
        return []
    return [
        _r(
            "official_link",
            -0.6,
            _link_ev(ctx, ctx.links[0].url),
            f"Linket fører til {owner}s eget domæne ({ctx.links[0].domain}).",
            f"The link leads to {owner}'s own domain ({ctx.links[0].domain}).",
        )
    ]


@signal
def official_sender(ctx: Context) -> list[Reason]:
    """The SMS sender ID or number is one the claimed organisation has registered. Weak:
    sender IDs can be spoofed, so it never outweighs a floor."""
    sender = (ctx.message.sender or "").strip()
    if not sender or ctx.message.channel not in ("sms", "call"):
        return []
    for org in ctx.claimed:
        if org.sends_as(sender):
            return [
                _r(
                    "official_sender",
                    -0.3,
                    (sender, -1, -1),
                    f"Afsenderen er en af {org.name}s registrerede afsendere (men den kan "
                    "forfalskes).",
                    f"The sender is one of {org.name}'s registered senders (though it can be "
                    "faked).",
                )
            ]
    return []


# The person rang the organisation themselves: on its published number, the number on the
# card or the website ("Jeg ringede selv til Danske Bank på 70 12 34 56"). Not a callback
# to a number a message gave ("ringede tilbage på nummeret i sms'en").
CALLED_THEM = re.compile(
    r"\b((jeg|vi) ringede (selv |så selv )?(op )?til|(ringede|ringer) selv (op )?til)\b"
    r"[^.!?\n]{0,120}"
)
GIVEN_NUMBER = re.compile(r"\bnummer\w* (i|fra) (sms|mail|e-mail|beskeden|brevet|opkaldet)")


# Who was called: an organisation, not "min mormor".
ORGANISATION_WORDS = re.compile(
    r"\b(bank\w*|sparekasse\w*|kundeservice|kundecenter|support\w*|spærreservice|"
    r"politi\w*|kommune\w*|borgerservice|afdeling\w*|filial\w*|rådgiver\w*|selskab\w*)\b"
)


def _names_organisation(ctx: Context, said: str) -> bool:
    low = said.lower()
    return bool(ORGANISATION_WORDS.search(low)) or any(
        re.search(rf"\b{re.escape(alias)}\b", low)
        for org in ctx.all_profiles
        for alias in (org.name.lower(), *org.aliases)
    )


@signal
def called_them_yourself(ctx: Context) -> list[Reason]:
    """A report of a call the person made to the organisation's own number: what was said
    there came from the organisation."""
    ev = _hit(ctx, CALLED_THEM)
    if not ev or GIVEN_NUMBER.search(ev[0].lower()) or not _names_organisation(ctx, ev[0]):
        return []
    published = published_phones(ctx.all_profiles)
    numbers = phones(ev[0])
    if numbers and not any(n.e164 in published for n in numbers):
        return []  # a number the directory cannot vouch for
    return [
        _r(
            "called_them_yourself",
            -0.95,
            ev,
            "Du ringede selv til organisationen på et nummer, du selv fandt: det er den "
            "rigtige vej at tjekke en henvendelse.",
            "You called the organisation yourself on a number you looked up: that is the "
            "right way to check a contact.",
        )
    ]


# A call reported as asking for nothing ("Hun bad mig ikke om noget", "De bad ikke om
# koder", "spurgte kun om jeg genkendte betalingen", "jeg måtte gerne lægge på og ringe til
# nummeret på kortet"): the fraudster's call always asks for something and keeps you on it.
ASKED_NOTHING = re.compile(
    r"\b(bad|spurgte) (mig |os )?(ikke|aldrig) (om|efter) (noget|nogen|nogle|kode\w*|"
    r"oplysninger|mitid|kontonummer\w*|kortnummer\w*|cpr\w*|pin\w*|betaling|bruger-?id\w*|"
    r"brugernavn\w*|adgangskode\w*|password\w*)|"
    r"\b(han|hun|de) bad ikke om\b|\buden at (bede|spørge) (om|efter)\b|"
    r"\b(han|hun|de) ville ikke have (noget|penge|betaling|kort\w*|koder|oplysninger)\b|"
    # "Jeg skulle ikke betale noget", "Ingen betaling over telefonen", "ikke give hende nogen
    # oplysninger", "Ikke noget med penge eller koder"
    r"\b(jeg|vi) (skulle|skal) ikke (betale|give|oplyse) noget\b|\bingen betaling\b|"
    r"\bder (ikke )?(skulle|skal) (ikke )?betales noget\b|"
    # a supplier warning of a changed account: "bad mig ikke betale til noget nyt nummer"
    r"\b(bad|beder) (mig|os) (ikke|aldrig) (om at )?(betale|overføre|indbetale)\b|"
    # "Jeg blev ikke bedt om at godkende noget", "hun ikke havde brug for koder"
    r"\b(blev|er) (ikke|aldrig) (bedt|spurgt) (om|efter)\b|"
    r"\b(ikke|aldrig) (havde|har) (haft )?brug for (nogen |dine |mine )?(koder|kode|"
    r"oplysninger|godkendelse\w*)\b|"
    r"\bikke (give|oplyse) (hende|ham|dem|nogen) (nogen |noget )?(oplysninger|koder)\b|"
    r"\bikke noget med (penge|koder|betaling)\b|"
    # "hun skulle ikke bruge mine kortoplysninger", "de tager ikke kortnummer i telefonen",
    # "jeg ville aldrig blive bedt om mit kortnummer", "spurgte kun efter husnummeret"
    r"\b(ikke|aldrig) (skulle|skal) bruge (mine|dine|min|din|mit|dit) (kort|kode|mitid|cpr)\w*|"
    r"\b(ikke|aldrig) tager (imod )?(kortnummer|kortoplysninger|kortnumre|betaling)\w* (i|over) "
    r"telefonen\b|\baldrig (ville |vil )?blive bedt om\b|"
    r"\bspurgte kun,? (efter|om) (?![^.!?\n]*\b(kode|cpr|kort|konto|mitid|pin|adgangskode))|"
    # "Ingen bad om koder", "han ville ikke spørge om bankoplysninger", "Han nævnte ikke noget
    # om MitID", "Jeg skal ikke bruge nogen koder"
    r"\bingen bad om\b|\b(ikke|aldrig) (ville|vil) (spørge|bede) (om|efter)\b|"
    r"\b(nævnte|sagde|talte) (ikke|aldrig) (noget )?om\b|"
    r"\b((ikke|aldrig) (skulle|skal)|(skal|skulle) (ikke|aldrig)) bruge (nogen|noget|dine|din|dit) "
    r"(koder|kode|oplysninger)\b|"
    # invited to check the caller through 114 or the card's number: "Ring 114 fra en anden
    # telefon, så kan de bekræfte det", "ring på det nummer, der står på dit kort"
    r"\b(kunne|kan|må|måtte|skulle|bare|selv) (bare |selv |gerne )?ring\w* (til )?114\b|"
    r"\bring\w* 114\b[^.!?\n]{0,40}\bbekræft\w*|\bbekræftet (via|på|gennem) 114\b|"
    r"\bring\w* (på|til) (det )?nummer\w*,? (der står )?(på|bag på) (dit|kortet|jeres)\b|"
    # only asked whether a payment was yours, and told you to ring back on the card's number
    r"\bspurgte kun,? om (jeg|vi) (genkendte|kendte|havde godkendt)\b|"
    r"\b(måtte|kunne|skulle) (gerne )?lægge på og ringe\b|\bved at lægge på og ringe\b|"
    r"\b(han|hun|de) bad (mig |os |ham |hende )?ikke (om at )?(godkende|oplyse|give|flytte|"
    r"overføre|udlevere)\w* noget\b"
)


def _said_on_call(ctx: Context, pattern: re.Pattern[str]) -> tuple[str, int, int] | None:
    return _hit(ctx, pattern) if ctx.message.channel == "call" else None


# A notice that sends you to the organisation's own app or site by name, with no link and no
# number ("Log på e-Boks for at læse den", "spær kortet i appen"): the way genuine notices
# point, and nothing a fraudster can take over.
OWN_CHANNEL = re.compile(
    r"\b(log\w* (på|ind) (på |i )?(e-boks|mit\.dk|netbank\w*|mobilbank\w*|tastselv|"
    r"\w+-?appen)|åbn (\w+[- ])?appen|(i|via) (din |jeres )?(netbank\w*|mobilbank\w*|"
    r"\w+-appen|appen))\b"
)


def plain_notice(ctx: Context) -> bool:
    """A written notice with no link and no request for credentials, an e-mail only from a
    known organisation's own address: the shape every clearing notice below shares, with
    nothing in it a fraudster could use."""
    if ctx.message.channel not in ("sms", "email") or ctx.links or _credential(ctx):
        return False
    return ctx.message.channel == "sms" or _from_domain(ctx) in _official(ctx.all_profiles)


@signal
def own_channel_named(ctx: Context) -> list[Reason]:
    """A written notice with no link and no number that sends you to the organisation's own
    app or site by name."""
    if not plain_notice(ctx):
        return []
    ev = _hit(ctx, OWN_CHANNEL)
    if not ev or phones(ctx.text.display) or "@" in ctx.text.display:
        return []
    return [
        _r(
            "own_channel_named",
            -0.5,
            ev,
            "Beskeden sender dig til organisationens egen app eller side uden link eller "
            "telefonnummer. Sådan skriver ægte meddelelser; gå selv ind, som du plejer.",
            "The message sends you to the organisation's own app or site without a link or a "
            "phone number. That is how genuine notices write; go there yourself as usual.",
        )
    ]


# A written notice whose only way to answer is a number the directory publishes for an
# organisation ("Var det ikke dig, så ring til MitID support på 33 98 00 10"): the call goes
# to the organisation itself, so there is nothing a fraudster can take over.
@signal
def own_number_given(ctx: Context) -> list[Reason]:
    """A written notice with no link whose every phone number is one the directory
    publishes."""
    if not plain_notice(ctx):
        return []
    numbers = phones(ctx.text.display)
    published = published_phones(ctx.all_profiles)
    if not numbers or "@" in ctx.text.display or any(n.e164 not in published for n in numbers):
        return []
    return [
        _r(
            "own_number_given",
            -0.5,
            (ctx.text.display[numbers[0].start : numbers[0].end], numbers[0].start, numbers[0].end),
            "Det eneste nummer i beskeden er organisationens officielle. Ring gerne dertil, "
            "men find selv nummeret, som du plejer.",
            "The only number in the message is the organisation's official one. You may ring "
            "it, but look the number up yourself as usual.",
        )
    ]


# A call the person had booked: "Min rådgiver ringede som aftalt", "ringede som aftalt i
# kontrakten". An unasked call is the fraudster's; a booked one is not.
# Or a call back on the person's own request: "Jeg havde skrevet til DSB via kontaktformularen
# … Dagen efter ringede en medarbejder", "Jeg havde klaget til Arriva … ringede mig op".
BOOKED = re.compile(
    r"\bringede (mig |os )?som (aftalt|planlagt)\b|"
    # "Lægen ringede selv om eftermiddagen, som hun havde lovet"
    r"\bringede\b[^.!?\n]{0,50}\bsom (hun|han|de|vi) havde (lovet|aftalt)\b|"
    r"\b(jeg|vi) havde (selv )?(skrevet (til|via)|klaget (til|over)|ringet til|bestilt|"
    r"anmeldt|meldt|kontaktet|henvendt (mig|os)|oprettet en sag)\b[^\n]{0,160}?\bringede\b"
)


@signal
def booked_call(ctx: Context) -> list[Reason]:
    """A report of a call the person had agreed beforehand."""
    ev = _said_on_call(ctx, BOOKED)
    if not ev:
        return []
    return [
        _r(
            "booked_call",
            -0.6,
            ev,
            "Opkaldet var aftalt på forhånd eller svar på din egen henvendelse. Svindlere "
            "ringer uopfordret.",
            "The call was agreed beforehand or answered your own request. Fraudsters call unasked.",
        )
    ]


# A caller the person knows, named as such where the report starts: "Jeg blev ringet op af min
# mor", "af vores datter Susanne", "af vores forsikringsmægler, som vi har brugt i fem år".
KNOWN_CALLER = re.compile(
    r"\bringet op af (min|mit|vores) (egen |gamle |faste |yngste |ældste )?(mor|far|mand|kone|"
    r"kæreste|datter|søn|bror|søster|svigermor|svigerfar|svigerdatter|svigersøn|farmor|farfar|"
    r"mormor|morfar|barnebarn|nabo|naboer|genbo|kollega|veninde|ven|chef|revisor|"
    r"forsikringsmægler|(bank)?rådgiver|læge|tandlæge|håndværker|murer|tømrer|elektriker|vvs'er)\b|"
    r"\bringet op af [^.!?\n]{0,40}\b(som|der) (vi|jeg) har (brugt|kendt|haft) i (mange|\d+|"
    r"\w+) år\b"
)
KNOWN_CALLER_OPENING = 120


@signal
def known_caller(ctx: Context) -> list[Reason]:
    """A report of a call from someone the person knows who asked for no money, codes or
    data: relatives and their own advisers call; what makes a call a scam is what it asks."""
    ev = _said_on_call(ctx, KNOWN_CALLER)
    if not ev or ev[1] > KNOWN_CALLER_OPENING or _hit(ctx, PAYMENT) or _credential(ctx):
        return []
    if _hit(ctx, READ_OUT):  # a code read out is what the "relative" wanted
        return []
    if _hit(ctx, FAMILY):  # "ringet op af min søn fra et nyt nummer": the new-number story
        return []
    return [
        _r(
            "known_caller",
            -0.8,
            ev,
            "Opkaldet kom fra en, du kender, og der blev ikke bedt om penge, koder eller "
            "oplysninger.",
            "The call came from someone you know, and no money, codes or details were asked for.",
        )
    ]


@signal
def asked_nothing(ctx: Context) -> list[Reason]:
    """A report of a call in which the caller asked for nothing."""
    ev = _said_on_call(ctx, ASKED_NOTHING)
    if not ev:
        return []
    return [
        _r(
            "asked_nothing",
            -0.8,
            ev,
            "Den, der ringede, bad ikke om koder, penge eller oplysninger. Det gør svindlere.",
            "The caller asked for no codes, money or details. Fraudsters do.",
        )
    ]


@signal
def warns_about_scams(ctx: Context) -> list[Reason]:
    ev = _hit(ctx, WARNS)
    if not ev:
        return []
    return [
        _r(
            "warns_about_scams",
            -0.8,
            ev,
            "Teksten advarer mod svindel i stedet for at bede dig om noget.",
            "The text warns about scams instead of asking you for something.",
        )
    ]


def off_danish(ctx: Context, domain: str) -> bool:
    """A registrable domain outside .dk that is no known organisation's own: where a
    Danish organisation or authority does not write from."""
    return bool(domain) and not domain.endswith(".dk") and domain not in _official(ctx.all_profiles)


def _foreign_sender(ctx: Context) -> tuple[str, str] | None:
    """The organisation an e-mail's sender name claims and the address's domain, when
    that is outside .dk and none of its own ("Jyske Bank <kunde@jb-kundeservice.com>").
    A .dk address may be the organisation's own that the directory does not list (a
    region's mail domain)."""
    org, domain = sender_not_own(ctx), _from_domain(ctx)
    return (org.name, domain) if org is not None and off_danish(ctx, domain) else None


def writes_as_itself(ctx: Context) -> bool:
    """An e-mail whose sender name is its address's domain ("ParkZone <noreply@parkzone.dk>",
    "Sol og Strand <booking@sologstrand.dk>") and whose every link is on that domain: it
    speaks as that sender, and an organisation it mentions ("parkeringspladsen ved Føtex")
    is named in passing."""
    domain = _from_domain(ctx)
    name = ctx.message.display_name or ""
    if not domain or not name or any(lk.domain != domain for lk in ctx.links):
        return False
    return domain.split(".")[0].replace("-", "") in spellings_of(name)


def _ask(ctx: Context) -> tuple[str, int, int] | None:
    return _hit(ctx, ACTION) or _credential(ctx) or _hit(ctx, PAYMENT) or _hit(ctx, URGENCY)


@signal
def foreign_link_request(ctx: Context) -> list[Reason]:
    """A claimed organisation, a link to a domain that is not its own (or a sender
    address that is not), and a request or pressure: the core of brand phishing."""
    # Who the message speaks as: a name or sender, not a site it refers to (a reminder that
    # links to sundhed.dk and sst.dk is not sundhed.dk asking you to use sst.dk).
    speaks_as = [p for p in ctx.claimed if p.slug not in ctx.link_only_claims]
    used = [lk for lk in unknown_links(ctx) if not _shown_as_example(ctx, lk)]
    linked = (
        bool(speaks_as) and links_owner(ctx) is None and bool(used) and not writes_as_itself(ctx)
    )
    sender = _foreign_sender(ctx)
    ask = _ask(ctx)
    if not (linked or sender) or ctx.message.channel == "url" or not ask:
        return []
    if linked or sender is None:
        names = ", ".join(p.name for p in speaks_as[:2])
        return [
            _r(
                "foreign_link_request",
                0.7,
                ask,
                f"Beskeden bruger {names}s navn, beder dig handle og linker til et andet "
                "domæne end deres eget.",
                f"The message uses {names}'s name, asks you to act and links to a domain that "
                "is not theirs.",
            )
        ]
    name, domain = sender
    return [
        _r(
            "foreign_link_request",
            0.7,
            ask,
            f"Afsendernavnet er {name}, men adressen er på {domain}, og beskeden beder dig handle.",
            f"The sender name is {name}, but the address is on {domain}, and the message "
            "asks you to act.",
        )
    ]


# A login form for a password or code on a page that speaks as a known organisation from
# an address that is not its own: "Realkredit Danmark – Acceptér lånetilbud … [Brugernavn]
# [Adgangskode] [Log på]" on rd-laanetilbud.com.
# (a form's fields may stand on the lines under its heading)
LOGIN_FORM = re.compile(
    r"\b(log (ind|på)|login|sign in|log in)\b[\s\S]{0,120}?\b(adgangskode|password|kodeord|"
    r"pinkode|engangskode|steam guard|nøglekort)|"
    r"\b(adgangskode|password|kodeord|pinkode)\w*\b[\s\S]{0,120}?\b(log (ind|på)|login|sign in|"
    r"log in)\b"
)


@signal
def login_page_elsewhere(ctx: Context) -> list[Reason]:
    """A page in a known organisation's name, not on its domain, that asks you to log in
    with a password or a code."""
    speaks_as = [p for p in ctx.claimed if p.slug not in ctx.link_only_claims]
    if ctx.message.channel != "url" or not speaks_as or links_owner(ctx) is not None:
        return []
    ev = _hit(ctx, LOGIN_FORM)
    if not ev or not unknown_links(ctx) or _hit(ctx, WARNS):
        return []
    name = speaks_as[0].name
    return [
        _r(
            "login_page_elsewhere",
            0.7,
            ev,
            f"Siden bruger {name}s navn og beder om din adgangskode eller kode, men ligger ikke "
            f"på {name}s eget domæne. Log kun ind via appen eller en adresse, du selv skriver.",
            f"The page uses {name}'s name and asks for your password or code, but is not on "
            f"{name}'s own domain. Log in only through the app or an address you type yourself.",
        )
    ]


# Public authorities outside the directory, named as the sender: municipalities, regions,
# agencies ("-styrelsen", not a club's "bestyrelsen"), the police and public registers.
AUTHORITY = re.compile(
    r"\b(\w+s? kommune|kommunen|kommunal\w*|region \w+|\w+(?<!be)styrelsen|styrelsen for \w+|"
    r"familieretshuset|borgerservice|cpr-(kontoret|registeret)|sygesikring\w*|politiet|"
    r"dansk politi|europol|"
    r"rigspolitiet|nemkonto|digital post|lægevagten|\w+ministeriet|forbrugerombudsmand\w*|"
    r"anklagemyndighed\w*|"
    # and the health service: "Lægehuset: Ny besked …", "Apotek: Medicinforsendelse …"
    r"lægehuset|lægeklinik\w*|din læge|apotek(et)?|sygehus\w*|statens serum institut|ssi)\b"
)
# Where a sender names itself: the header lines and the first words.
AUTHORITY_OPENING = 80
# An address named for an authority ("aalborg-kommune.org", "kommune-tandpleje.com"): no
# municipality, region or agency writes from outside .dk.
# Health services too ("minlaege-besked.net", "apotek-levering.com", "ssi-test.com"): doctors,
# pharmacies and the health authorities write from .dk.
AUTHORITY_LABEL = re.compile(
    r"(kommune|kommunal|region|styrelse|politi|borgerservice|laege|læge|apotek|recept|sundhed|"
    r"ombudsmand|anklagemyndighed|"
    r"sygesikring|vaccin|smitte|kroniker|^ssi-|-ssi\b|akasse|a-kasse|dagpenge|siri-|-siri\b)"
)


@signal
def authority_off_dk(ctx: Context) -> list[Reason]:
    """A Danish public authority named as the sender, a link or sender address outside
    .dk, and a request: Danish authorities write from and link to .dk addresses."""
    hit = _hit(ctx, AUTHORITY)
    if hit and hit[1] > AUTHORITY_OPENING:
        hit = None
    foreign = [lk.domain for lk in unknown_links(ctx) if off_danish(ctx, lk.domain)]
    if off_danish(ctx, _from_domain(ctx)):
        foreign.append(_from_domain(ctx))
    named = next((d for d in foreign if AUTHORITY_LABEL.search(d.split(".")[0])), None)
    # (a bare address is the page itself: its name is the claim)
    asks = _ask(ctx) or (ctx.message.channel == "url" and named)
    if not (hit or named) or not foreign or not asks or _hit(ctx, WARNS):
        return []
    if hit:
        da = f"Beskeden siger, den kommer fra {hit[0]}, men bruger adressen {foreign[0]}."
        en = f"The message says it comes from {hit[0]} but uses the address {foreign[0]}."
    else:
        da = (
            f"Adressen {named} lyder som en dansk myndighed eller sundhedstjeneste, men ligger "
            "uden for .dk."
        )
        en = (
            f"The address {named} sounds like a Danish authority or health service but is "
            "outside .dk."
        )
    return [
        _r(
            "authority_off_dk",
            0.6,
            hit or (named or "", -1, -1),
            da + " Danske myndigheder, læger og apoteker bruger .dk-adresser.",
            en + " Danish authorities, doctors and pharmacies use .dk addresses.",
        )
    ]


@signal
def new_number_money(ctx: Context) -> list[Reason]:
    family = _hit(ctx, FAMILY)
    if ctx.message.channel not in ("sms", "call") or not family:
        return []
    ev = _hit(ctx, MONEY)
    # "bad mig ikke betale til noget nyt nummer": the caller warns of the new number
    if not ev or denied(ctx.text.display, family[1], family[2]):
        return []
    return [
        _r(
            "new_number_money",
            0.75,
            ev,
            'Et nyt nummer og en bøn om penge: den kendte "Hej mor"-svindel. Ring til '
            "personen på det nummer, du kender.",
            'A new number and a request for money: the known "Hi mum" scam. Call the person '
            "on the number you know.",
        )
    ]


@signal
def safe_account(ctx: Context) -> list[Reason]:
    """Money to be moved to a "safe account"; not in a warning that quotes the phrase (a
    caller's script never puts it in quotes, a victim's report need not)."""
    ev = _hit(ctx, SAFE_ACCOUNT)
    if not ev or (about_scams(ctx) and _hit(ctx, QUOTED_SAFE_ACCOUNT)):
        return []
    # A bank's own page on moving savings ("flytte pengene til deponering") asks no caller's
    # transfer.
    if ctx.message.channel == "url" and ctx.links and links_owner(ctx) is not None:
        return []
    return [
        _r(
            "safe_account",
            0.8,
            ev,
            'Ingen bank eller myndighed beder dig flytte penge til en "sikker konto".',
            'No bank or authority asks you to move money to a "safe account".',
        )
    ]


# The rule for approving, not a request: "Godkend kun i MitID-appen, når du selv er i gang
# med at logge på".
ONLY_YOURSELF = re.compile(r"(?i)[^.!?\n]{0,60}\b(når|naar) (du|i) selv\b")


@signal
def read_out_code(ctx: Context) -> list[Reason]:
    ev = _hit(ctx, READ_OUT)
    if ev and ONLY_YOURSELF.match(ctx.text.display, ev[2]):
        return []
    # A warning describes the request ("falske apoteker, der beder dig læse koder op"); an
    # adviser's reminder in a call report or an SMS reminder denies it ("banken aldrig beder
    # mig godkende noget i MitID over telefonen", "Ingen fra banken vil bede dig godkende").
    if (
        not ev
        or ctx.message.channel not in ("call", "sms")
        or _hit(ctx, PICKUP)
        or about_scams(ctx)
        or denied(ctx.text.display, ev[1], ev[2])
        # "… advare om, at svindlere ringer som 'Nets' og beder om MitID-godkendelse"
        or described(ctx.text.display, ev[1], ev[2])
    ):
        return []
    return [
        _r(
            "read_out_code",
            0.8,
            ev,
            "Du bliver bedt om at læse en kode op eller godkende noget i MitID for en anden. "
            "Det gør du aldrig.",
            "You are asked to read out a code or approve something in MitID for someone else. "
            "Never do so.",
        )
    ]


# A caller who must "just have" your card number, its expiry and the three digits or your
# MitID user ID: no bank, authority or utility asks for them on a call. (A CPR number is
# not here: an energy seller switching your supplier asks for it, as a real sales script
# in the corpus does.)
DETAILS_ON_CALL = re.compile(
    r"\b((skal|må|kan) (jeg|vi) (lige |bare )?(have|få|bruge|notere)|"
    r"(jeg|vi) (skal|må) (lige |bare )?(have|få|bruge|notere)|(jeg|vi) mangler (lige |bare )?|"
    r"giv\w* mig|oplys\w*|"
    r"bekræft\w*|læs\w* op)\b[^.!?\n]{0,30}\b(dit|din|dine) (\w+ ){0,2}(kortnummer|"
    r"kortoplysninger|udløbsdato|kontrolcifre|cvv|mitid[ -]?bruger-?id|bruger-?id|pinkode|"
    r"netbank\w*)|"
    r"\b(de )?tre cifre (bag på|på bagsiden af) (dit |kortet)|"
    r"\bbad (mig|hende|ham|os|dem) om (\w+ ){0,2}(kortnummer|kortoplysninger|cvc|cvv|pinkode|"
    r"udløbsdato)|"
    r"\b(give?|oplys\w*|læs\w* op)\b (mig |os )?(\w+ ){0,2}(kortnummeret|sikkerhedskoden|"
    r"kontrolcifrene|cvv-koden|udløbsdatoen)\b|"
    # the card itself at hand or its number: "Har du dit Visa/Dankort ved hånden? Jeg skal
    # bruge de 16 cifre", "kan du finde dit sundhedskort og dit dankort frem"
    r"\b(har du|find\w*|tag\w*) (\w+ ){0,6}?(dit|din) (visa/)?(dan|betalings|kredit|visa)?kort "
    r"(ved hånden|frem|klar)|\b(de )?(16|seksten) cifre\b|"
    # "Jeg skal bare bruge kortnummeret", "Han skal bruge et kortnummer for at rette det"
    r"\b(skal|skulle|må) (lige |bare )?(have|bruge|få) (et |dit |dine )?(kortnummer\w*|"
    r"kortoplysninger)"
)


@signal
def details_on_call(ctx: Context) -> list[Reason]:
    ev = _said_on_call(ctx, DETAILS_ON_CALL)
    if not ev or about_scams(ctx):
        return []
    return [
        _r(
            "details_on_call",
            0.8,
            ev,
            "Den, der ringer, beder om dit kortnummer eller dine MitID-oplysninger. Det gør "
            "ingen bank, myndighed eller forsyning i et opkald. Læg på.",
            "The caller asks for your card number or MitID details. No bank, authority or "
            "utility does that on a call. Hang up.",
        )
    ]


@signal
def link_reference(ctx: Context) -> list[Reason]:
    """The text asks you to use a link that is not the organisation's own."""
    if links_owner(ctx) is not None and ctx.links:
        return []
    ev = _hit(ctx, LINK_REFERENCE)
    if not ev or ctx.message.channel not in ("sms", "email"):
        return []
    return [
        _r(
            "link_reference",
            0.45,
            ev,
            "Beskeden beder dig bruge et link. Log altid selv ind via organisationens app "
            "eller hjemmeside.",
            "The message asks you to use a link. Always log in yourself through the "
            "organisation's app or website.",
        )
    ]


@signal
def extortion(ctx: Context) -> list[Reason]:
    ev = _hit(ctx, EXTORTION) or _hit(ctx, HACKER_CLAIM)
    # A warning names the extortion ("svindlerne", "malware") it warns about.
    if (
        not ev
        or _hit(ctx, WARNS)
        or not (_hit(ctx, MONEY) or _hit(ctx, CRYPTO) or _hit(ctx, HACKER_CLAIM))
    ):
        return []
    return [
        _r(
            "extortion",
            0.8,
            ev,
            "Afpresning med påståede billeder eller videoer er en kendt svindel. Betal ikke, "
            "og svar ikke.",
            "Extortion with alleged pictures or videos is a known scam. Do not pay and do "
            "not reply.",
        )
    ]


@signal
def crypto_investment(ctx: Context) -> list[Reason]:
    ev = _hit(ctx, CRYPTO)
    # Not the organisation's own page or notice ("skat.dk/kryptovaluta", a dividend paid out
    # from "dine investeringsbeviser"): an offer comes from elsewhere.
    own = bool(ctx.links) and links_owner(ctx) is not None
    if not ev or own or _hit(ctx, PAID_OUT):
        return []
    if not (_hit(ctx, MONEY) or _hit(ctx, LINK_REFERENCE) or ctx.links):
        return []
    return [
        _r(
            "crypto_investment",
            0.5,
            ev,
            "Tilbud om krypto eller investeringer med penge eller et link er et kendt "
            "svindeltrick.",
            "Offers of crypto or investments with money or a link are a well-known scam trick.",
        )
    ]


@signal
def tech_support_call(ctx: Context) -> list[Reason]:
    ev = _hit(ctx, TECH_SUPPORT)
    if not ev or ctx.message.channel != "call" or _hit(ctx, BOOKED):
        return []
    return [
        _r(
            "tech_support_call",
            0.8,
            ev,
            "Microsoft, Windows og Apple ringer ikke uopfordret om fejl på din computer.",
            "Microsoft, Windows and Apple do not call unasked about faults on your computer.",
        )
    ]


@signal
def card_courier(ctx: Context) -> list[Reason]:
    ev = _hit(ctx, CARD_COURIER)
    if not ev or ctx.message.channel not in ("call", "sms") or _hit(ctx, WARNS):
        return []
    return [
        _r(
            "card_courier",
            0.8,
            ev,
            "Banken sender aldrig et bud for at hente dit kort. Giv aldrig dit kort til nogen.",
            "Banks never send a courier to collect your card. Never hand your card to anyone.",
        )
    ]


@signal
def hand_over_card(ctx: Context) -> list[Reason]:
    """A caller who wants your card together with cash or its PIN at hand: the set-up for
    theft at the door or a card taken "for safekeeping". Calls only: a travel reminder by
    text may well say "tag pas, kort og kontanter med"."""
    ev = _hit(ctx, HAND_OVER)
    if not ev or ctx.message.channel != "call" or about_scams(ctx):
        return []
    return [
        _r(
            "hand_over_card",
            0.8,
            ev,
            "Ingen, der ringer til dig, har brug for, at du finder dit kort frem "
            "sammen med kontanter eller pinkode: sådan bliver de stjålet. Læg på, og ring selv "
            "til politiet på 114, hvis nogen står ved døren.",
            "Nobody who calls you needs your card at hand together with cash or its "
            "PIN: that is how they get stolen. Hang up, and call the police on 114 yourself if "
            "someone is at the door.",
        )
    ]


@signal
def police_call_account(ctx: Context) -> list[Reason]:
    """A caller who says he is the police and talks about your account or money: the
    opening of the fake-police safe-account scam. Any warning word stands it down, not only
    a warning that also describes scams (`about_scams`): a police page about such calls
    names the police and your account in the same breath."""
    ev = _hit(ctx, POLICE_CALLER)
    if not ev or ctx.message.channel != "call" or not _hit(ctx, ACCOUNT_TALK) or _hit(ctx, WARNS):
        return []
    return [
        _r(
            "police_call_account",
            0.75,
            ev,
            "Politiet ringer ikke for at passe på din konto eller dine penge. Læg på, og ring "
            "selv til politiet på 114.",
            "The police do not call to look after your account or your money. Hang up, and "
            "call the police yourself on 114.",
        )
    ]


@signal
def call_transfer(ctx: Context) -> list[Reason]:
    """A caller who asks you to transfer or pay money during the call."""
    ev = _hit(ctx, CALL_TRANSFER)
    if not ev or ctx.message.channel != "call" or about_scams(ctx) or _hit(ctx, IN_PERSON):
        return []
    # the bank asking whether someone else asked: "om nogen havde bedt hende overføre pengene"
    if denied(ctx.text.display, ev[1], ev[2]):
        return []
    return [
        _r(
            "call_transfer",
            0.6,
            ev,
            "Den, der ringer, beder dig overføre penge. Læg på, og ring selv til firmaet på et "
            "nummer, du finder på deres hjemmeside eller din regning.",
            "The caller asks you to transfer money. Hang up, and call the company yourself on a "
            "number from its website or your bill.",
        )
    ]


@signal
def gift_card_codes(ctx: Context) -> list[Reason]:
    """Gift cards to be bought and their codes sent or photographed: a payment no genuine
    boss, shop or authority asks for."""
    ev = _hit(ctx, CARD_CODES)
    if not ev or not _hit(ctx, GIFT_CARD) or about_scams(ctx):
        return []
    return [
        _r(
            "gift_card_codes",
            0.8,
            ev,
            "Du bliver bedt om at købe gavekort og sende koderne. Ingen chef, butik eller "
            "myndighed beder om betaling på den måde: den kan ikke spores eller føres tilbage.",
            "You are asked to buy gift cards and send their codes. No boss, shop or authority "
            "asks for payment that way: it cannot be traced or reversed.",
        )
    ]


@signal
def valuables_handover(ctx: Context) -> list[Reason]:
    """A caller who wants your valuables or cash handed over "for safekeeping": the fake
    police officer's burglary story."""
    ev = _hit(ctx, VALUABLES)
    if not ev or ctx.message.channel != "call" or _hit(ctx, WARNS):
        return []
    return [
        _r(
            "valuables_handover",
            0.8,
            ev,
            "Politiet og banker henter aldrig dine værdier eller kontanter for at passe på "
            "dem. Læg på, og ring selv til politiet på 114.",
            "The police and banks never collect your valuables or cash to keep them safe. "
            "Hang up, and call the police yourself on 114.",
        )
    ]


@signal
def secrecy_money(ctx: Context) -> list[Reason]:
    """Money asked for together with secrecy: CEO fraud's "tell no one", the grandchild's
    "don't tell dad"."""
    ev = _hit(ctx, SECRECY)
    if not ev or not _hit(ctx, MONEY) or _hit(ctx, WARNS):
        return []
    return [
        _r(
            "secrecy_money",
            0.6,
            ev,
            "Du bliver bedt om penge og om ikke at fortælle det til nogen. Hemmeligholdelse er "
            "svindlerens værktøj: tal med en, du stoler på, før du betaler.",
            "You are asked for money and to tell no one. Secrecy is the fraudster's tool: talk "
            "to someone you trust before you pay.",
        )
    ]


@signal
def authority_threat(ctx: Context) -> list[Reason]:
    ev = _hit(ctx, AUTHORITY_THREAT) or (_hit(ctx, KEYPAD_STORY) and _hit(ctx, KEYPAD))
    # (a police officer who rings about someone arrested and asks for nothing threatens none)
    if not ev or ctx.message.channel != "call" or _said_on_call(ctx, ASKED_NOTHING):
        return []
    return [
        _r(
            "authority_threat",
            0.75,
            ev,
            "Politi og myndigheder ringer ikke med trusler om anholdelse eller beder dig taste "
            "et nummer.",
            "The police and authorities do not call with threats of arrest or ask you to press "
            "a key.",
        )
    ]


@signal
def free_hosting_link(ctx: Context) -> list[Reason]:
    for link in ctx.links:
        hosted = link.domain in FREE_HOSTS or link.host in FREE_HOSTS
        if hosted or any(link.host.endswith("." + h) for h in FREE_HOSTS):
            return [
                _r(
                    "free_hosting_link",
                    0.5,
                    _link_ev(ctx, link.url),
                    f"Linket fører til en gratis webhotel-side ({link.domain}), hvor alle kan "
                    "lave en side.",
                    f"The link leads to free hosting ({link.domain}) where anyone can make a page.",
                )
            ]
    return []


# A municipality's name joined by a hyphen to a service word ("rotte-kommune.dk",
# "energitjek-kommune.dk", "kommune-betaling.net"): municipalities write from their own
# town's domain (aarhus.dk, kk.dk, egedalkommune.dk), never from a hyphenated service name.
HYPHENED_MUNICIPALITY = re.compile(r"(^|-)kommunen?(-|$)")


@signal
def municipality_named_link(ctx: Context) -> list[Reason]:
    """A link whose domain joins "kommune" to another word with a hyphen."""
    known = _official(ctx.all_profiles)
    for link in ctx.links:
        label = link.domain.lower().split(".")[0]
        if link.is_ip or link.domain.lower() in known or not HYPHENED_MUNICIPALITY.search(label):
            continue
        if not _shown_as_example(ctx, link):
            return [
                _r(
                    "municipality_named_link",
                    0.5,
                    _link_ev(ctx, link.url),
                    f"Adressen {link.domain} lyder som en kommunes, men kommuner bruger deres "
                    "egen bys domæne (som aarhus.dk), ikke et navn sat sammen med bindestreg.",
                    f"The address {link.domain} sounds like a municipality's, but municipalities "
                    "use their own town's domain (such as aarhus.dk), not a hyphenated name.",
                )
            ]
    return []


@signal
def posing_danish_link(ctx: Context) -> list[Reason]:
    """A link outside .dk whose name spells Denmark: a fake shop or a phishing page dressed
    up as Danish. No known organisation's own domain counts."""
    known = _official(ctx.all_profiles)
    for link in ctx.links:
        label = None if link.is_ip or link.domain.lower() in known else poses_as_danish(link.host)
        if label and not _shown_as_example(ctx, link):
            return [
                _r(
                    "posing_danish_link",
                    0.5,
                    _link_ev(ctx, link.url),
                    f"Adressen {link.domain} har 'danmark' eller 'dk' i navnet, men er ikke et "
                    ".dk-domæne. Falske webshops og svindelsider gør sådan for at se danske ud.",
                    f"The address {link.domain} has 'danmark' or 'dk' in its name but is not a "
                    ".dk domain. Fake shops and scam pages do that to look Danish.",
                )
            ]
    return []


@signal
def embedded_domain_link(ctx: Context) -> list[Reason]:
    """A link whose host wears a whole other domain in front of its own
    ("www.paypal.com.resolution-center.co"): the reader sees paypal.com, the browser goes
    to resolution-center.co. Whatever the brand, and whether or not the directory knows it."""
    for link in ctx.links:
        worn = None if link.is_ip else embeds_domain(link.host) or userinfo_domain(link.url)
        if worn and not _shown_as_example(ctx, link):
            return [
                _r(
                    "embedded_domain_link",
                    0.6,
                    _link_ev(ctx, link.url),
                    f"Adressen begynder med {worn}, men fører til {link.domain}. Sådan "
                    "skjuler falske sider, hvor de i virkeligheden ligger.",
                    f"The address starts with {worn} but leads to {link.domain}. That is how "
                    "fake pages hide where they really are.",
                )
            ]
    return []


@signal
def link_pressure(ctx: Context) -> list[Reason]:
    """A link (or a request to use one) together with a threat to the account (in an SMS,
    any loss threatened unless you act), or a mailbox "upgrade": phishing whatever name it
    uses."""
    if links_owner(ctx) is not None and ctx.links:
        return []
    if not (ctx.links or _hit(ctx, LINK_REFERENCE)):
        return []
    ev = _hit(ctx, ACCOUNT_THREAT) or _hit(ctx, MAILBOX)
    if not ev and ctx.message.channel == "sms":
        ev = _hit(ctx, LOSS_THREAT)
    # A warning about scams quotes their threats ("they say your account is closed").
    if not ev or ctx.message.channel not in ("sms", "email") or _hit(ctx, WARNS):
        return []
    return [
        _r(
            "link_pressure",
            0.6,
            ev,
            "Beskeden truer med at lukke din konto eller med et andet tab, hvis du ikke handler, "
            "og sender dig videre til et link.",
            "The message threatens your account, or another loss unless you act, and sends you "
            "to a link.",
        )
    ]


# Verdict floors: a reason with one of these codes sets the least verdict. Lookalikes of a
# known organisation's domain (every `lookalike_<kind>`), requests its policy rules out and
# the scam typologies are near certain; an IP or punycode link, a policy-breaking call or
# QR, a failed DMARC check or a warning match are reasons to be careful whatever the wording.
FLOORS: dict[str, str] = {
    "policy_asks_for": "scam",
    "policy_link": "scam",
    "foreign_link_request": "scam",
    "login_page_elsewhere": "suspicious",
    "authority_off_dk": "suspicious",
    "new_number_money": "scam",
    "safe_account": "scam",
    "police_call_account": "suspicious",
    "call_transfer": "suspicious",
    "read_out_code": "scam",
    "details_on_call": "scam",
    "remote_access": "scam",
    "extortion": "scam",
    "card_courier": "scam",
    "hand_over_card": "scam",
    "gift_card_codes": "scam",
    "valuables_handover": "scam",
    "secrecy_money": "suspicious",
    "authority_threat": "scam",
    "free_hosting_link": "suspicious",
    "posing_danish_link": "suspicious",
    "municipality_named_link": "suspicious",
    "embedded_domain_link": "suspicious",
    "link_pressure": "suspicious",
    "tech_support_call": "scam",
    "matches_warning": "suspicious",
    "ip_link": "suspicious",
    "punycode_link": "suspicious",
    "policy_call": "suspicious",
    "policy_qr": "suspicious",
    "family_new_number": "suspicious",
    "link_text_mismatch": "suspicious",
    "email_auth_failed": "suspicious",
}


# The floors set by what a message's links, sender and channel prove, not by what it says.
LINK_FLOORS = frozenset(
    {
        "policy_link",
        "foreign_link_request",
        "authority_off_dk",
        "free_hosting_link",
        "posing_danish_link",
        "embedded_domain_link",
        "ip_link",
        "punycode_link",
        "link_text_mismatch",
        "email_auth_failed",
        "matches_warning",
        "policy_call",
        "policy_qr",
    }
)


def floor_of(code: str) -> str | None:
    """The least verdict a reason with this code allows, or None."""
    return "scam" if code.startswith("lookalike_") else FLOORS.get(code)
