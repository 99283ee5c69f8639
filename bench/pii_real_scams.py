"""Real public Danish scam warnings, quoted scam messages and organisations' contact text,
labelled by hand by the project (issue 18): the source of bench/data/pii_real_scams.jsonl,
a second held-out set of text the project did not write (after bench/pii_real_public.py).

Each entry is an excerpt written by others (1-4 sentences as written, original characters
kept) from a public Danish page: scam SMS, e-mails and chat messages quoted by the police,
authorities, banks, carriers, energy companies and news sites (the message itself and the
sentences around it as separate excerpts), warnings and advice with amounts, dates, parcel
and reference numbers, links and short numbers, and organisations' own contact lines,
letterhead and opening hours. Its address, and the items marked in it as (type, exact
string, occurrence). ``python -m bench.pii_real_scams`` computes the offsets with
``bench.pii_real_public.spans`` (which checks them) and writes the JSONL file.

The labelling conventions are pii_real_public's, by the type definitions in docs/privacy.md:

- PHONE, EMAIL: labelled by form, also when they are an organisation's (a bank's card
  service, a hotline, a newspaper's tip address). PHONE is an 8-digit Danish number with
  its ``+45`` if written; short numbers (1144, 114, 112) are not, nor are parcel numbers,
  CVR numbers or amounts. A domain or an address ending alone ("@forsikringen.dk") is no
  e-mail.
- ADDRESS: an organisation's own postal address (an authority's, a company's) is not
  personal data and is not labelled (pii78's convention); these texts hold no private one.
- PERSON: no excerpt names a real private person, an employee, an official or a
  spokesperson: excerpts naming one were cut so that the name is outside them, or left out.
  Placeholders in quoted messages ("Kære [navn]") are no name.
- Dates, amounts, case, parcel and reference numbers, URLs and CVR numbers are hard
  negatives.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import pii_real_public
from bench.pii_real_public import Entry

OUT = Path(__file__).resolve().parent / "data" / "pii_real_scams.jsonl"

BT_RAAD = "https://www.bt.dk/krimi/pas-paa-svindlerne-saadan-undgaar-du-falske-mails-og-smser"
BT_PENGE = "https://www.bt.dk/krimi/politiet-advarer-mod-falsk-sms?referrer=RSS"
B2C = (
    "https://b2cstreaming.com/"
    "i-smser-udgiver-de-sig-for-at-vaere-politiet-her-er-tre-raad-mod-svindlere"
)
BT_1144 = "https://www.bt.dk/krimi/politiet-advarer-mod-fup-sms-du-skal-ikke-ringe-til-nummeret"
TV2OJ = (
    "https://www.tv2ostjylland.dk/artikel/partner/tv-midtvest/"
    "politi-advarer-mod-falske-beskeder-klik-ikke-paa-linket"
)
SN_POST = (
    "https://sn.dk/Danmark/Falske-pakkebeskeder-sender-folk-forgaeves-til-postterminal/"
    "artikel/748153?rss"
)
BT_SMISH = (
    "https://www.bt.dk/samfund/smishing-er-blevet-et-hit-blandt-kriminelle-klik-aldrig-paa-linket"
)
BT_YF = (
    "https://www.bt.dk/danmark/"
    "ny-fup-besked-spreder-sig-blandt-danskere-denne-maa-du-absolut-ikke-laese?referrer=RSS"
)
BT_PN_JUL = "https://www.bt.dk/krimi/postnord-advarer-nu-starter-udspekuleret-hoejsaeson"
EB_AARS = (
    "https://ekstrabladet.dk/nyheder/samfund/"
    "svindlere-udnytter-aarsopgoerelsen-hoejsaeson-for-falske-mails/7546366"
)
BT_SKAT18 = "https://www.bt.dk/samfund/skat-advarer-om-falske-mails-og-smser?referrer=RSS"
EB_SKAT20 = (
    "https://ekstrabladet.dk/nyheder/samfund/skattestyrelsen-advarer-mod-falske-mails/8205999"
)
BT_SKATSMS = (
    "https://www.bt.dk/krimi/"
    "skat-advarer-mod-falske-smser-saadan-spotter-du-dem-foer-det-er-for-sent?referrer=RSS"
)
BT_SKAT1929 = (
    "https://www.bt.dk/krimi/falske-mails-i-omloeb-du-maa-ikke-klikke-paa-linket?referrer=RSS"
)
BT_SKAT19 = "https://www.bt.dk/krimi/skat-advarer-det-er-ikke-fra-os?referrer=RSS"
EB_SPOT = (
    "https://ekstrabladet.dk/nyheder/samfund/"
    "saadan-spotter-du-den-falske-mails-fra-skattestyrelsen-i-omloeb/7569133"
)
PENGEHJ = (
    "https://pengehjoernet.dk/artikel/advarsel-fra-digitaliseringsstyrelsen-til-alle-mitid-brugere"
)
BT_MITID = (
    "https://www.bt.dk/samfund/advarer-5-millioner-danskere-skal-skifte-det-har-svindlerne-opdaget"
)
PENSIONIST = (
    "https://pensionist.dk/livet-som-pensionist/"
    "et-enkelt-klik-kan-koste-dig-dyrt-mitid-advarer-mod-nye-svindelnumre"
)
TREND_MITID = "https://trend.dk/mobil/pas-paa-digitaliseringsstyrelsen-advarer-alle-mitid-brugere"
MITID_OPKALD = "https://mitid.dk/sikkerhed/phishing/fupopkald"
BT_NEMID21 = "https://www.bt.dk/samfund/pas-paa-fupmails-fra-nemid-i-omloeb"
BORGER = (
    "https://www.borger.dk/internet-og-sikkerhed/seks-gode-raad-til-en-it-sikker-hverdag/"
    "reager-kun-paa-sikre-beskeder"
)
BT_SYGE = "https://www.bt.dk/samfund/pas-paa-falske-mails-i-omloeb"
DAGENS = "https://dagens.dk/nyheder/sygeforsikringen-danmark-advarer-danske"
BT_NEMID19 = "https://www.bt.dk/samfund/nemid-advarer-falske-e-mail-i-omloeb?referrer=RSS"
BT_HEJMOR = (
    "https://www.bt.dk/samfund/advarer-om-ondsindet-svindelnummer-udgiver-sig-for-at-vaere-dit-barn"
)
MIGOGAARHUS = "https://migogaarhus.dk/falske-smser-og-mails-med-gls-som-afsender/"
DKN = "https://dk-n.dk/falske-gls-smser-i-omloeb-angaaende-at-din-pakke-afventer-betaling/"
NYH24_GLS = (
    "https://nyheder24.dk/nyheder/"
    "gls-postnord-sender-vigtig-besked-til-kunder-dette-goer-de-aldrig-ved-levering-af-pakker"
)
BT_PAKKEINFO = (
    "https://www.bt.dk/forbrug/"
    "flere-danskere-er-gaaet-i-kynisk-sms-faelde-du-bliver-rippet?referrer=RSS"
)
BT_BRING = "https://www.bt.dk/samfund/bring-advarer-falske-smser-i-omloeb?referrer=RSS"
BT_DB22 = "https://www.bt.dk/samfund/danske-bank-advarer-klik-ikke-pa-dem"
DENOFF_DB = "https://www.denoffentlige.dk/?p=108130"
SENEST_DB = "https://senest.dk/nyheder/danske-bank-og-nordea-udsender-advarsel-til-alle-kund"
BT_DB_ENHED = (
    "https://www.bt.dk/samfund/"
    "svindlerne-forsoger-at-tage-dine-penge-som-aldrig-for-det-er-et-kaempe-problem"
)
NYH24_DB = (
    "https://nyheder24.dk/nyheder/"
    "danske-bank-udsender-advarsel-til-samtlige-kunder-det-kan-blive-rigtig-dyrt"
)
BT_DB_NEMID = (
    "https://www.bt.dk/samfund/danske-bank-advarer-det-ville-vi-aldrig-bede-dig-om?referrer=RSS"
)
POLITIKEN_UDK = (
    "https://politiken.dk/viden/Tech/art6371179/"
    "Udbetaling-Danmark-advarer-mod-hidtil-uset-mange-fusk-mails"
)
BT_ORSTED21 = "https://www.bt.dk/samfund/pas-paa-der-er-falske-e-mails-fra-oersted-i-omloeb"
BT_NORLYS = (
    "https://www.bt.dk/samfund/"
    "din-stroem-bliver-lukket-i-morgen-stort-energiselskab-advarer-om-falske-smser-i"
)
SENEST_EF = (
    "https://senest.dk/nyheder/"
    "hvis-du-faar-en-boede-paa-dette-specifikke-beloeb-boer-du-vaere-forsigtig"
)
BT_ORSTED22 = "https://www.bt.dk/samfund/oersted-advarer-der-er-igen-falske-mails-i-omloeb"
BT_ORSTED_TLF = "https://www.bt.dk/samfund/oersted-advarer-mod-svindelnummer-tryk-ikke-paa-linket"
NYH24_EF = "https://nyheder24.dk/?p=146675"
BT_MOBILEPAY = "https://www.bt.dk/krimi/mobilepay-advarer-om-svindel-sms-klik-ikke-paa-linket"
NYHED24_TV2 = "https://nyhed24.dk/?p=63750"
TV2FYN = "https://www.tv2fyn.dk/fyn/politiet-om-falske-boern-der-er-sket-en-voldsom-stigning"
BT_NINJA = "https://www.bt.dk/krimi/fupkonkurrence-er-ikke-fra-nordisk-film"
BT_CEO = (
    "https://www.bt.dk/samfund/pas-paa-offentlige-myndigheders-mailadresser-er-udsat-for-svindel"
)
BT_SST = "https://www.bt.dk/samfund/sundhedsstyrelsen-advarer-mod-falske-beskeder?referrer=RSS"
BT_EBOKS = (
    "https://www.bt.dk/samfund/e-boks-advarer-mod-fup-mail-der-er-tale-om-svindel?referrer=RSS"
)
EB_SSI = "https://ekstrabladet.dk/nyheder/samfund/ssi-advarer-mod-falske-sms-beskeder/8550506"
BT_SSI = "https://www.bt.dk/krimi/ssi-advarer-mod-svindel-smser"
BT_SPARNORD = "https://www.bt.dk/krimi/svindel-med-dit-mitid-koster-dig-8000-kroner"
TREND_NSK = "https://trend.dk/nyheder/stor-advarsel-til-alle-mitid-brugere-aldrig-goer-dette"
POLITIKEN_974 = (
    "https://politiken.dk/oekonomi/art7929847/"
    "Flere-og-flere-godtroende-danskere-hopper-direkte-i-f%C3%A6lden-n%C3%A5r-mobilen-ringer"
)
NYH24_NORDEA = (
    "https://nyheder24.dk/advarsler/"
    "advarsel-om-udbredt-fejl-med-mitid-over-200-000-danskere-er-allerede-ramt"
)
NYHEDER_NETFLIX = "https://www.nyheder.dk/nyheder/mail-fra-netflix-er-fup-og-svindel-sadan-skal-du-reagere/1464493"
NYH24_NETFLIX = (
    "https://nyheder24.dk/nyheder/hvis-du-modtager-denne-sms-skal-du-slette-den-med-det-samme"
)
ADVANIA = "https://www.advania.dk/it-ordbog/phishing"
SIKDIG = "https://sikkerdigital.dk/cyberhotline"
PROSA = "https://prosabladet.dk/nyheder/nyhed/55248-danskere-har-ringet-til-cyberhotline"
SN_CYBER = (
    "https://www.sn.dk/danmark/cyberhotline-skal-hjaelpe-borgere-og-virksomheder-mod-cybertrusler/"
)
DIGST_HOT = (
    "https://digst.dk/nyheder/nyhedsarkiv/2021/juni/"
    "ny-hotline-klar-til-at-hjaelpe-aaret-rundt-i-tilfaelde-af-digitalt-identitetstyveri/"
)
AELDRE = (
    "https://externaledit.aeldresagen.dk/viden-og-raadgivning/hverdagsliv/sikkerhed-paa-nettet/"
    "undgaa-svindel/se-de-aktuelle-metoder-svindlerne-bruger-lige-nu"
)
AELDRE_GLAD = (
    "https://aeldresagen.dk/lokalafdelinger/Gladsaxe/IT/Tips-til-din-computer/Pas-paa-mails"
)
TAENK_PRIV = "https://taenk.dk/om-os/privatlivspolitik-forbrugerraadet-taenk?genvej=footer"
DINERO = "https://dinero.dk/support/falske-e-mails-pas-paa/"
SUNDS = "https://www.sundsforsyning.dk/kundeservice/klagevejledning/"
KD_114 = "https://www.kristeligt-dagblad.dk/politikredse-har-udfordringer-med-114-opkald"
SYDBANK = (
    "https://www.sydbank.dk/privat/kontakt/hjaelp/spaer-kort/!ut/p/z0/"
    "04_Sj9CPykssy0xPLMnMz0vMAfIjo8ziDTy9PQ28TAz9LDwCLA0CjYydfbwMPY3c3Qz0vfSj0nPyk4BKC7IDFQGiNBfA"
)
SPKS = "https://www.spks.dk/produkter/kort/spaernetbank"
BANKEN_GL = "https://www.banken.gl/da/privat/kort/spaerring-af-kort"
DSTNY = "https://dstny.dk/support/spaerring-af-sim-kort"
DOCZZ = "https://doczz.net/doc/7218675/pakkelabels---post-danmark"

# (source, text, marks)
ENTRIES: list[Entry] = [
    # Police warnings quoted by the news.
    (
        BT_RAAD,
        "Den besked har de fleste af jer nok hørt op til flere gange, når en underlig sms, mail "
        "eller lignende tikker ind.",
        [],
    ),
    (
        BT_RAAD,
        "Det sker formentlig, fordi svindlerne er blevet mere 'troværdige' og lader sig forklæde "
        "som rigtige virksomheder eller myndigheder.",
        [],
    ),
    (
        BT_RAAD,
        "Det kunne blandt andet ses, da B.T. tidligere i år kunne fortælle, at Statens Serum "
        "Institut (SSI) var ude at advare mod falske sms'er i omløb.",
        [],
    ),
    (
        BT_PENGE,
        "Syd- og Sønderjyllands Politi advarer borgere mod en særlig sms, som lige nu er i omløb."
        "\n\nI sms'en gøres man opmærksom på, at man har penge til gode, som kan tilbagebetales "
        "ved at benytte et link, som ligeledes fremgår af sms'en.",
        [],
    ),
    (
        BT_PENGE,
        "Dagens fup SMS, hvor kriminelle forsøger at få dig til at klikke på et link. Du kommer "
        "ikke til at modtage penge, men ubudne gæster, der vil aflure dine pinkoder m.m. Har du "
        "penge til gode hos myndigheder, vil du typisk få det at vide via e-boks, i sjældne "
        "tilfælde mail #politidk pic.twitter.com/tdAJmHCpLf — Sydjyllands Politi (@SjylPoliti) "
        "June 11, 2019",
        [],
    ),
    (
        BT_PENGE,
        "Hvis man har penge til gode, vil man typisk få besked på e-boks eller mail.",
        [],
    ),
    (
        B2C,
        "Svindlere udsender i øjeblikket en sms, der udgiver sig for at være fra politiet med "
        "besked om, at du skal betale en bøde.\n\nSms’en fører til en hjemmeside, der ligner "
        "politiets, hvor svindlere forsøger at få dine personlige oplysninger.#Politidk\n\n— "
        "National enhed for Særlig Kriminalitet (NSK) (@NSK_politi) March 7, 2023",
        [],
    ),
    (
        B2C,
        "Det er derimod svindlere, som vil have dig til at betale en bøde, du aldrig har fået.",
        [],
    ),
    (
        B2C,
        "Første råd går på at være kritisk. Politiet og andre myndigheder vil aldrig ringe eller "
        "skrive til dig for at bede om dine personlige oplysninger.",
        [],
    ),
    (
        BT_1144,
        "Den falske sms er således sendt fra telefonnummeret 1144.\n\nRinger du til det nummmer, "
        "får du fat i... politiet.",
        [],
    ),
    (
        BT_1144,
        "Har du modtaget sms'en fra 1144, opfordrer Rigspolitiet dig til at slette den omgående.",
        [],
    ),
    (
        BT_1144,
        "Hvis du modtager sms'er, Facebook-beskeder eller mails, du er i tvivl om, hvor kommer "
        "fra, så lad være med at svare eller åbne de links, som de indeholder.",
        [],
    ),
    (
        TV2OJ,
        "Der er falske SMS´er i omløb i Jylland, oplyser Rigspolitiet fredag.\n\nBeskederne "
        "indeholder et link, som afsenderen opfordrer modtagerne til at klikke ind på.",
        [],
    ),
    (
        TV2OJ,
        "Flere politikredse får meldinger om fup-sms'er afsendt fra 1144. Når folk ringer "
        "tilbage til nummeret får de politiet, men beskeden er falsk så slet den, hvis du også "
        "modtager den. #politidk — Rigspolitiet (@Rigspoliti) May 31, 2019",
        [],
    ),
    (
        TV2OJ,
        "I beskederne nævnes modtagerens navn, og at afsenderen har forsøgt at ringe flere gange "
        "uden at få svar. Derefter opfordrer afsenderen til, at man klikker på linket.",
        [],
    ),
    (
        B2C,
        "National enhed for Særlig Kriminalitet (NSK) advarer lige nu på Twitter om, at "
        "svindlere sender falske sms’er under dække af at være fra politiet.",
        [],
    ),
    (
        TREND_NSK,
        "“Vi kontakter aldrig borgere telefonisk eller digitalt og beder dem om at overføre "
        "penge eller oplyse deres MitID.”",
        [],
    ),
    (
        TREND_NSK,
        "Telefonen ringer, og i røret præsenterer en stemme sig som politibetjent.\nDen lyder "
        "autoritativ, vedkommende ved måske endda dit fulde navn.",
        [],
    ),
    (
        TREND_NSK,
        "Politiet og National enhed for Særlig Kriminalitet (NSK) advarer nu mod en bølge af "
        "falske opkald, hvor svindlere udgiver sig for at være myndighedspersoner.",
        [],
    ),
    (
        KD_114,
        "Hos to af landets politikredse er der mandag tekniske udfordringer med opkald til 114.",
        [],
    ),
    (
        KD_114,
        "- Når man taler med os, bliver ens nummer noteret og i de tilfælde, at et opkald bliver "
        "afbrudt, kan vi derfor ringe tilbage, skriver Københavns Politi på Twitter.",
        [],
    ),
    (
        KD_114,
        "Politiets 114-nummer er det direkte servicenummer til politiet i hele landet, hvor man "
        "kan henvende sig, hvis der ikke er akut behov for hjælp.",
        [],
    ),
    (
        TV2FYN,
        'En sms tikker ind og i den står: "Hej mor, nyt nummer" og så er svindlen faktisk i gang.',
        [],
    ),
    (
        TV2FYN,
        "Faktisk har National Center for IT-kriminalitet (NSIK, red.) oplevet en stigning på "
        "intet mindre end 527 procent siden 2023.",
        [],
    ),
    (
        TV2FYN,
        "- Vi har indtil videre haft 419 sager på landsplan, hvor folk er blevet svindlet, og "
        "har haft et samlet tab på godt 8 millioner kroner hos borgere på det her svindelnummer. "
        "Så nu forsøger vi at fortælle folk om, hvad det er der foregår.",
        [],
    ),
    # Parcel carriers.
    (
        SN_POST,
        "I beskederne får modtageren på en falsk PostNord-hjemmeside at vide, at der er en pakke "
        "til dem, men at der mangler at blive betalt fem kroner i fragt, før den kan udleveres.",
        [],
    ),
    (
        SN_POST,
        "Er man i tvivl om, hvorvidt beskeden er ægte, kan man tjekke det pakkenummer, der står "
        "i den, på PostNords hjemmeside.",
        [],
    ),
    (
        SN_POST,
        "- Vi forsøger at få lukket hjemmesiderne, men det kan være svært, da vi jo skal kunne "
        "dokumentere, at de er falske. Så det er en proces hver gang, siger it-chefen.",
        [],
    ),
    (
        BT_SMISH,
        "Svindel med de falske sms-beskeder kaldes for 'smishing,' som er en sammentrækning af "
        "'sms' og 'phishing.'",
        [],
    ),
    (
        BT_SMISH,
        "Pakketjenesten Evri har i Storbritannien set en stigning på hele 174 procent ved den "
        "form for svindel fra april 2023 til april 2024.",
        [],
    ),
    (
        BT_YF,
        "'Der er nye varianter af fup-sms’er og fupmails i omløb. Slet beskeden og klik ikke på "
        "linket,' skriver Postnord på sin hjemmeside.",
        [],
    ),
    (
        BT_YF,
        "'Teksterne i beskederne er meget forskellige, men typisk indgår nummeret YF-2521556. Vi "
        "kender ikke til alle varianter af beskederne', skriver Postnord.",
        [],
    ),
    (
        BT_YF,
        "Har man været så uheldig at få klikket på et link, kan man risikere at blive ført til en "
        "side, hvor man bliver bedt om at betale fragt.",
        [],
    ),
    (
        BT_PN_JUL,
        "PostNord udsender som hovedregel aldrig e-mails eller sms’er med links til "
        "betalingssider.\n\nDet gør de kun, når man modtager en forsendelse fra lande uden for "
        "EU, hvor man skal betale moms eller told.",
        [],
    ),
    (
        BT_PN_JUL,
        "Her er nogle tips: Afventer man en pakke og passer pakkenummeret i beskeden med "
        "pakkenummeret? Ser logoet rigtigt ud? Indeholder teksten slåfejl eller mærkelige ord? "
        "Hvordan ser afsenderadressen i emailen ud?",
        [],
    ),
    (
        BT_PN_JUL,
        "Svindlerne er også på de sociale medier, særligt Facebook Marketplace og DBA, hvor de "
        "kontakter privatpersoner igennem deres annoncer.",
        [],
    ),
    (
        MIGOGAARHUS,
        "Helt konkret oplever GLS gentagende svindel med samme pakkenumre i forsøg på phisning. "
        "De pågældende pakkenumre er: 048515280630 og PPxxxxxxxxx.",
        [],
    ),
    (
        MIGOGAARHUS,
        "Hold også øje med mistænksomme pakkenumre. Dit pakkenummer vil altid bestå af en "
        "talrække på 12 cifre.",
        [],
    ),
    (
        MIGOGAARHUS,
        "Når du besøger en ægte GLS-side, vil der altid være gls.dk, gls-group.eu/DK/ eller "
        "link.gls.dk i linket.",
        [],
    ),
    (
        DKN,
        "Disse SMS’er indeholder typisk et kortlink, som modtageren opfordres til at klikke på "
        "for at betale for pakken.",
        [],
    ),
    (
        DKN,
        "Dette kan gøres ved at tjekke afsenderens nummer, da det ofte er en anden end GLS’ "
        "officielle nummer.",
        [],
    ),
    (
        NYH24_GLS,
        "GLS beder kunderne huske, at de ikke opkræver ekstra leveringsgebyr for pakkelevering.",
        [],
    ),
    (
        NYH24_GLS,
        "Senest har PosNord via 'Mit Digitale Selvforsvar' advaret kunder mod en SMS-besked, der "
        "angiveligt beder modtageren af en pakke om at betale et leveringsgebyr.",
        [],
    ),
    (
        BT_PAKKEINFO,
        "Du modtager en sms med overskriften 'pakkeinfo'.\n\nDer står, at du skal trykke på et "
        "link for at betale restporto.",
        [],
    ),
    (
        BT_PAKKEINFO,
        "Her står der så også med småt, at du samtidig melder dig ind i et abonnement, hvor du "
        "bliver trukket 39,99 euro.\n\nDet svarer til 299 kroner – hver måned.",
        [],
    ),
    (
        BT_BRING,
        "'Dette er en falsk sms!', lyder advarslen fra Bring.",
        [],
    ),
    (
        BT_BRING,
        "'SMS'en er sendt til tilfældige personer, hvor afsender angiver sig for at være fra "
        "Bring. SMS’en er ikke sendt fra vores eller tredjeparts IT system, vi har derfor ikke "
        "videregivet oplysninger, men der er tale om et tilfælde.'",
        [],
    ),
    (
        BT_BRING,
        "Derudover er det 'kun' 20 kroner, der kræves i porto, hvilke potentielt kan få mange "
        "til at falde i fælden.",
        [],
    ),
    (
        DOCZZ,
        "3. Send blanketten sammen med pakkelabelen til Kundelinjen, att. Pakkelabel, Carsten "
        "Niebuhrsgade 4, 1577 København V.\nHusk at sætte porto på brevet.",
        [],
    ),
    (
        DOCZZ,
        "B 666 (06/2015)\nKundenr.\nProfitcenter\nPost Danmark A/S CVR-nr. 26 66 39 03 København",
        [],
    ),
    (
        DOCZZ,
        "3. Ved refusion beregner vi os et ekspeditionsgebyr på 40 kr.",
        [],
    ),
    # Skattestyrelsen.
    (
        EB_AARS,
        "'Vi har forsøgt at kontakte dig med hensyn til en enestående restitution til værdien af "
        "4,520.16 DKK. Anmodninger om tilbagebetaling af skat er tidsbegrænset. og det er "
        "vigtigt, at du fuldfører dit krav så hurtigt som muligt'.",
        [],
    ),
    (
        EB_AARS,
        "Fredag blev årsopgørelsen frigivet, og med en af skattevæsenets travleste perioder "
        "følger også en bølge af falske mails og sms'er.",
        [],
    ),
    (
        EB_AARS,
        "Skattestyrelsen ser både falske mails, sms'er og opringninger, hvor svindlere giver sig "
        "ud for at komme fra skattevæsenet.",
        [],
    ),
    (
        BT_SKAT18,
        "'Opmærksomme følgere har kontaktet os om falske mails og sms'er i omløb. Er du i tvivl, "
        "så se her, hvordan du spotter dem. Tak for hjælpen til jer der skrev,' skriver "
        "Skattestyrelsen på Facebook.",
        [],
    ),
    (
        BT_SKAT18,
        "Problemet er dog, at Skat aldrig nævner et beløb i deres sms'er, ligesom de heller ikke "
        "forkorter deres links.",
        [],
    ),
    (
        EB_SKAT20,
        "Der er lige nu falske mails som denne i omløb. Er du i tvivl, om en mail er fra os? Her "
        "kan du læse, hvordan du spotter en falsk mail: https://t.co/dqwS5uhtm8 "
        "pic.twitter.com/yd3MXBvzJl — Skattefar (@Skattefar) July 16, 2020",
        [],
    ),
    (
        EB_SKAT20,
        "'Vi vil aldrig bede om: Dine personoplysninger. Dine bankkonto- eller "
        "betalingskortoplysninger. At du oplyser om et beløb,' oplyses det på hjemmesiden.",
        [],
    ),
    (
        EB_SKAT20,
        "'Du kan dog aldrig være helt sikker, da afsenderens mailadresse nemt kan forfalskes og "
        "derfor se ud som en officiel adresse fra Skatteforvaltningen,' skriver Skat.",
        [],
    ),
    (
        BT_SKATSMS,
        "1) Skattestyrelsen skriver aldrig et konkret beløb, du enten skylder eller skal have "
        "tilbage. Når styrelsen henvender sig til dig, er det for at give dig information og "
        "handlemuligheder.",
        [],
    ),
    (
        BT_SKATSMS,
        "4) Du bør også tjekke, om linket i sms'en eller e-mailen er til en af de syv styrelser "
        "under Skatteforvaltningen: skat.dk (Vejledning og selvbetjeningsløsninger for alle "
        "styrelser), sktst.dk (Skattestyrelsen), toldst.dk (Toldstyrelsen), vurdst.dk "
        "(Vurderingsstyrelsen), gaeldst.dk (Gældsstyrelsen), motorst.dk (Motorstyrelsen), "
        "ufst.dk (Udviklings- og Forenklingsstyrelsen) og adst.dk (Administrations- og "
        "Servicestyrelsen).",
        [],
    ),
    (
        BT_SKATSMS,
        "'Der er falske sms'er i omløb,' skriver Skattestyrelsen på Twitter.",
        [],
    ),
    (
        BT_SKAT1929,
        "Har du modtaget en fupmail og klikket på linket? Så hører BT meget gerne fra dig. Send "
        "en mail til 1929@bt.dk eller skriv en besked til os her på Facebook.",
        [("EMAIL", "1929@bt.dk")],
    ),
    (
        BT_SKAT1929,
        "Du har fået penge tilbage i skat, men skal lige indtaste dine personlige oplysninger "
        "først ved at følge et link i mailen fra Skat.",
        [],
    ),
    (
        BT_SKAT1929,
        "Står der ikke skat.dk i adressen, skal du ikke klikke på linket, men omgående slette "
        "mailen.",
        [],
    ),
    (
        BT_SKAT19,
        "Vær opmærksom på falske mails!\n\nHer er et eksempel med forkert logo, dårligt sprog og "
        "sjusket opsætning!\n\nLæs mere om, hvordan du spotter falske henvendelser fra "
        "os:https://t.co/5LXLwx4LoG #skatdk pic.twitter.com/M7j4zHBcCy — Skattefar (@Skattefar) "
        "13. november 2019",
        [],
    ),
    (
        BT_SKAT19,
        "Skat bruger ikke længere det gamle logo, da Skatteforvaltningen nu er delt op i syv "
        "styrelser, som har hvert deres.",
        [],
    ),
    (
        BT_SKAT19,
        "Falske e-mails fra Skat, banker, Nets og NemID er meget almindelige og har kun til "
        "formål at lænse modtagerne for penge eller oplysninger.",
        [],
    ),
    (
        EB_SPOT,
        "Skattestyrelsen udbetaler automatisk overskydende skat til din NemKonto, og det er ikke "
        "nødvendigt at oplyse dine betalingskortoplysninger for at få din overskydende skat.",
        [],
    ),
    (
        EB_SPOT,
        "I de fleste mailprogrammer vil du kunne se afsenderens mailadresse ved at klikke på "
        "navnet på afsenderen. Her kan du se den fulde adresse på afsenderen af mailen.",
        [],
    ),
    (
        AELDRE_GLAD,
        "· Meddelelse fra Skat om, at du skal have penge tilbage (Skat opfordrer dig til at læse "
        "din årsopgørelse)",
        [],
    ),
    (
        AELDRE_GLAD,
        "Er du kommet til at oplyse noget af ovenstående, skal du hurtigst muligt kontakte din "
        "bank og fortælle det.",
        [],
    ),
    (
        AELDRE_GLAD,
        "Sidst opdateret 29.11.2022",
        [],
    ),
    # MitID, NemID, Digitaliseringsstyrelsen, Digital Post.
    (
        PENGEHJ,
        "I beskederne hævder svindlerne, at din MitID-nøgle er deaktiveret på grund af "
        "manglende oplysninger. Mailen opfordrer modtageren til at klikke på et link og indtaste "
        "sine personlige oplysninger for at genaktivere MitID.",
        [],
    ),
    (
        PENGEHJ,
        "Ring til Cyberhotline for Digital Sikkerhed på tlf. 33 37 00 37 for at få hjælp.",
        [("PHONE", "33 37 00 37")],
    ),
    (
        PENGEHJ,
        "Ring altid til din bank eller myndigheden via deres officielle telefonnummer, hvis du er "
        "usikker på en henvendelse.",
        [],
    ),
    (
        BT_MITID,
        "»De (svindlerne, red.) er begyndt at udsende e-mails, der udnytter situationen til at "
        "narre fortrolige oplysninger fra borgere. Et eksempel er en mail med emnet 'Bekræft "
        "dine oplysninger'. Den angiver at være sendt fra 'Mit NemID' – altså en kombination af "
        "MitID og NemID,« lyder det i advarslen, som fortsætter:",
        [],
    ),
    (
        BT_MITID,
        "»Ifølge mailen skal man opgradere sit NemID eller opsparingskonto – det fremgår ikke "
        "helt klart. Mailen slutter høfligt med et 'Vær hilset'.«",
        [],
    ),
    (
        BT_MITID,
        "I begyndelsen af oktober sendte Digitaliseringsstyrelsen et informationsbrev med "
        "Digital Post til dig, der skal udskifte dit NemID – og det har svindlere opdaget.",
        [],
    ),
    (
        PENSIONIST,
        "I beskederne står der ofte, at du skal “opdatere MitID” eller “bekræfte dine "
        "oplysninger” via et link.",
        [],
    ),
    (
        PENSIONIST,
        "Hele 5,6 millioner borgere bruger det, svarende til omkring 97 procent af befolkningen "
        "over 15 år.",
        [],
    ),
    (
        TREND_MITID,
        "Hvis du allerede har klikket på linket og indtastet dine oplysninger, anbefales det "
        "straks at kontakte Cyberhotline for Digital Sikkerhed på telefon 33 37 00 37.",
        [("PHONE", "33 37 00 37")],
    ),
    (
        TREND_MITID,
        "Digitaliseringsstyrelsen understreger, at MitID aldrig vil bede om personlige "
        "oplysninger via e-mail, SMS eller telefon. Det skriver Nyheder24.",
        [],
    ),
    (
        MITID_OPKALD,
        "Er du i tvivl, om der er problemer med dit MitID på grund af mistænksomme opkald, kan du "
        "ringe til MitID Supporten på telefon 33 98 00 10.",
        [("PHONE", "33 98 00 10")],
    ),
    (
        MITID_OPKALD,
        "Sådan genkender du et fupopkald\n- Personen i opkaldet kræver, at du udleverer dine "
        "personlige oplysninger\n- Telefonnummeret er skjult, meget langt eller udenlandsk\n- "
        "Personen vil gerne have, at du skal handle hurtigt",
        [],
    ),
    (
        MITID_OPKALD,
        "Video - Svindel ved opkald (1:25)",
        [],
    ),
    (
        BT_NEMID21,
        "»Vi har registreret usædvanlig aktivitet på din NemID-konto.«\n\nSådan står det i hvert "
        "fald skrevet i en mail, der til forveksling ligner noget fra NemID.",
        [],
    ),
    (
        BT_NEMID21,
        "I fupmailen, som omhandler 'usædvanlig aktivitet', står der desuden skrevet, at man kun "
        "har 24 timer til at handle, hvis man ikke ønsker, at ens konto bliver deaktiveret.",
        [],
    ),
    (
        BT_NEMID19,
        "E-mailen med emnefeltet 'Vigtig meddelelse' fortæller, at det Nem-ID, man har, er ved "
        "at udløbe.\n\nMan bliver derfor bedt om at bekræfte sit ID ved at trykke på et link.",
        [],
    ),
    (
        BT_NEMID19,
        "'Modtager du en af disse mails, skal du ikke trykke på linket, men straks slette "
        "mailen,' lyder det fra Digitaliseringsstyrelsen.",
        [],
    ),
    (
        BORGER,
        "Send aldrig dine personlige oplysninger (kreditkort-, MitID- og CPR-info) i hverken en "
        "e-mail eller sms.",
        [],
    ),
    (
        BORGER,
        "Hackerne angriber dig ved at lokke dig til at give dine personlige oplysninger. De vil "
        "forsøge at udgive sig for at være en bekendt, en offentlig myndighed eller en "
        "virksomhed.",
        [],
    ),
    (
        BT_SST,
        "I beskeden står der blandt andet, at du har modtaget en besked fra Sundhedsstyrelsen, og "
        "at du kan logge på sundhedsstyrelsen.net.",
        [],
    ),
    (
        BT_SST,
        "'Alle offentlige hjemmesider ligger på dk-domæner. Hvis du modtager besked med en "
        "opfordring om at åbne et link til en offentlig hjemmeside, der ender på andet end .dk, "
        "er der tale om en falsk e-mail,' oplyser Sundhedsstyrelsen.",
        [],
    ),
    (
        BT_SST,
        "På skærmbilledet, der til forveksling ligner login-siden til NemID, fremgår netadressen "
        "www.nemid.nu, som erstatter det ægte NemLog-in.",
        [],
    ),
    (
        BT_EBOKS,
        "'Vi oplever i øjeblikket, at der er brugere, der modtager fup e-mails, som foregiver at "
        "komme fra e-Boks. Der er tale om svindel, hvor nogle forsøger at franarre folk "
        "personlige oplysninger', fortsættes opslaget.",
        [],
    ),
    (
        BT_EBOKS,
        "'Advarsel: Fup e-mail i omløb, som foregiver at komme fra e-Boks', indledes opslaget "
        "med advarlsen.",
        [],
    ),
    (
        EB_SSI,
        "I beskederne står der, at Statens Serum Institut har sendt ny post, som borgeren skal "
        "logge på en hjemmeside for at læse.",
        [],
    ),
    (
        EB_SSI,
        "'Målet er at narre folk til at klikke på linket i sms’en og på ulovlig vis få fat i "
        "personlige oplysninger, fx folks log-in til NemID. Der er tale om såkaldte "
        "smishing-beskeder, hvor nogen udgiver sig for at være Statens Serum Institut', skriver "
        "SSI.",
        [],
    ),
    (
        BT_SSI,
        "Klik ikke på linket. Svar ikke på beskeden. Slet den.",
        [],
    ),
    (
        BT_SSI,
        "Svindel-sms'er fortsætter desværre med at være i omløb. Beskeden på billedet blev "
        "således modtaget i går.",
        [],
    ),
    (
        BT_SYGE,
        "»Efter de endelige beregninger af din sygesikring ''danmark'' har vi fastslået, at du er "
        "berettiget til at modtage et tilskud på 3,405.65 kr.,« står der blandt andet i den "
        "falske mail.",
        [],
    ),
    (
        BT_SYGE,
        "De mails, der kommer fra Sygeforsikring ''danmark'' vil altid hedde @forsikringen.dk. i "
        "slutningen af mailadressen.",
        [],
    ),
    (
        BT_SYGE,
        "På sikkerdigital.dk kan du få flere gode råd og vejledning til, hvordan du kan begå dig "
        "sikkert på internettet.",
        [],
    ),
    (
        DAGENS,
        "\"PAS PÅ. Der bliver sendt et væld af falske e-mails og sms'er, hvor afsenderen ser ud "
        "til at være Sygeforsikringen ''danmark''.\"",
        [],
    ),
    (
        DAGENS,
        'Sådan indledes advarslen, hvorefter "danmark" forklarer, at hos dem beder de kunderne '
        "om at logge ind på sygeforsikring.dk, hvis de skal bruge oplysninger fra dig eller har "
        "udbetalt tilskud.",
        [],
    ),
    (
        POLITIKEN_UDK,
        "Det sker under dække af at være mails fra Udbetaling Danmark, der beder folk om at "
        "oprette en ny konto for at modtage beløb.",
        [],
    ),
    (
        POLITIKEN_UDK,
        "Presset er blevet så stort, at Udbetaling Danmark har indsat en advarsel på sin "
        "ventetone, da telefonerne er travlt optaget.",
        [],
    ),
    (
        BT_CEO,
        "»Har du et minut?«\n\nSådan lyder første linje på én af de mange falske e-mails, der er "
        "i øjeblikket tikker ind i flere af danskernes mailindbakker.",
        [],
    ),
    (
        BT_CEO,
        "»Jeg har brug for, at du skaffer mig nogle gavekort, jeg har et par mennesker, jeg vil "
        "sende gaver til. Lad mig vide, om det er muligt for dig at få dem lige nu, så jeg kan "
        "fortælle dig, hvilket produkt der er behov for, og beløbet, du vil blive refunderet.«",
        [],
    ),
    (
        BT_CEO,
        "Er der sket et misbrug så anmeld det via politi.dk Kilde: Politiet.dk og Sikkerdidital.dk",
        [],
    ),
    # Banks and payment.
    (
        BT_DB22,
        "I en sms til deres kunder skriver Danske Bank blandt andet, at 'svindlerne forsøger at "
        "få udleveret koder og andre personlige oplysninger.'",
        [],
    ),
    (
        BT_DB22,
        "Har man modtaget en sms, der beder dig følge et link, lyder opfordringen: 'klik aldrig "
        "på links i en sms, heller ikke selvom den ser ud til at komme fra os.'",
        [],
    ),
    (
        DENOFF_DB,
        "Ifølge ‘Mit digitale selvforsvar’ bliver beskeden sendt fra afsendernavnet DanskeBank "
        "DK, hvilket ved første øjekast kan se legitimt ud.",
        [],
    ),
    (
        DENOFF_DB,
        "“Denne sms kommer IKKE fra Danske Bank, og du skal derfor ikke følge beskedens "
        "instruktioner,” lyder meldingen.",
        [],
    ),
    (
        DENOFF_DB,
        "“Husk, at din bank ALDRIG vil kontakte dig og bede dig om at udlevere personlige "
        "oplysninger, kort- eller kontooplysninger.”",
        [],
    ),
    (
        SENEST_DB,
        '"Vær opmærksom på en ny type falsk sms, hvor svindlerne opfordrer til at klikke på et '
        "link i beskeden, for at stjæle kortoplysninger og få adgang til MitID (se eksempel "
        'nedenfor)," skriver Danske Bank og understreger:\n"Disse sms\'er er falske!"',
        [],
    ),
    (
        SENEST_DB,
        "\"De indeholder links, 'log på' eller 'fjern blokering' knapper, der forsøger at "
        "franarre dig personlige oplysninger via vellignende login-sider! Men selvom de ligner, "
        'så lad dig ikke narre – de er falske!"',
        [],
    ),
    (
        SENEST_DB,
        "Hvis man er i tvivl eller har givet personlige oplysninger, opfordres man til at "
        "kontakte banken direkte på deres officielle telefonnummer.",
        [],
    ),
    (
        BT_DB_ENHED,
        "'En betaling blev forsøgt på en ny enhed 03/05/2020. Hvis dette ikke er dig, så besøg "
        "dette link.'",
        [],
    ),
    (
        BT_DB_ENHED,
        "For siden april sidste år er antallet af sager hos Danske Bank blevet 18 gange større.",
        [],
    ),
    (
        NYH24_DB,
        "De indleder typisk med at skrive, at de har mistet deres telefon og derfor har fået nyt "
        "nummer.",
        [],
    ),
    (
        NYH24_DB,
        "Og til sidst vil de skrive, at de har et akut økonomisk problem, som kan løses med en "
        "overførsel. På den måde franarres kunderne penge, og det kan være store beløb på mange "
        "tusind kroner.",
        [],
    ),
    (
        BT_DB_NEMID,
        "‘Husk, at vi aldrig ville bede dig om at bekræfte oplysninger via e-mail.’",
        [],
    ),
    (
        BT_DB_NEMID,
        "I en mail med overskriften ‘NemID deaktiveret af sikkerhedsmæssige årsager’ bliver man "
        "bedt om at bekræfte sin identitet ved at trykke på en grøn boks.",
        [],
    ),
    (
        BT_DB_NEMID,
        "‘Bekræft din identitet i dag, ellers vil din konto blive deaktiveret, fordi vores "
        "bekymring for sikkerheden og integriteten af Danskebank samfund,’ står der "
        "afslutningsvis.",
        [],
    ),
    (
        BT_DB_NEMID,
        "Og det er langt fra første gang, der er falske Danske Bank-mails i omløb. Sidste år "
        "cirkulerede i alt over 50 uægte mails i deres navn.",
        [],
    ),
    (
        BT_SPARNORD,
        "Hvis der trækkes penge på kontoen, og MitID er blevet brugt, hæfter en bankkunde selv "
        "for de første 8.000 kroner.",
        [],
    ),
    (
        BT_SPARNORD,
        "'Bliver du kontaktet og bedt om at udlevere MitID eller kortoplysninger via telefonen, "
        "så afbryd straks samtalen og kontakt os,' skriver Spar Nord.",
        [],
    ),
    (
        POLITIKEN_974,
        "974 gange blev danske bankkunder i første halvår af 2020 kontaktet af en kriminel, der "
        "forsøgte at overtale dem til at udlevere deres private NemID-oplysninger – eller som "
        "fik adgang til koder og konti på anden vis.",
        [],
    ),
    (
        NYH24_NORDEA,
        "Fra 10. til 13. juni afholder banken gratis arrangementer i 32 filialer over hele landet.",
        [],
    ),
    (
        NYH24_NORDEA,
        "Nordea afholder også et webinar 11. juni kl. 12.00, hvor bankens eksperter deler de "
        "vigtigste råd.",
        [],
    ),
    (
        NYH24_NORDEA,
        "Ifølge nye tal fra Offerundersøgelsen blev 274.000 danskere i 2024 udsat for digital "
        "svindel.",
        [],
    ),
    (
        BT_MOBILEPAY,
        "Denne gang advares danskere i en sms om, at de som MobilePay-brugere er forpligtet til "
        "at overholde hvidvasklovgivningen – og vil få lukket deres konto, hvis de ikke klikker "
        "på et link og bekræfter deres personlige oplysninger.",
        [],
    ),
    (
        BT_MOBILEPAY,
        "Men sms'en kommer ikke fra MobilePay, selvom betalingstjenesten står som afsender og "
        "ved første øjekast kan se pålidelig ud.",
        [],
    ),
    (
        SYDBANK,
        "Mastercard Dankort, Dankort og Visa/Dankort\n\n24-timers kortservice på tlf. 70 10 78 "
        "79\n\nMastercard\n\n24-timers kortservice på tlf. 44 232 232",
        [("PHONE", "70 10 78 79"), ("PHONE", "44 232 232")],
    ),
    (
        SYDBANK,
        "Du kan selv ophæve spærringen inden for 14 dage.",
        [],
    ),
    (
        SPKS,
        "Uden for åbningstid\nRing til spærreservice på telefon 75 94 50 93. Spærreservice har "
        "åbent 24 timer i døgnet.",
        [("PHONE", "75 94 50 93")],
    ),
    (
        SPKS,
        "Det kan du gøre på www.nemid.nu eller ved at kontakte sparekassen eller hotline.\n\nHar "
        "du MitID, kan du gøre tilsvarende på www.mitid.dk",
        [],
    ),
    (
        BANKEN_GL,
        "Ring til Nets på telefonnumrene herunder – de har åbent døgnet rundt.\nAkiliut, "
        "Dankort, Visa/Dankort: +45 44 89 29 29\nMasterCard (Debit/Kredit): +45 44 89 27 50",
        [("PHONE", "+45 44 89 29 29"), ("PHONE", "+45 44 89 27 50")],
    ),
    (
        BANKEN_GL,
        "Er dit kort blevet væk, stjålet eller misbrugt, skal kortet være spærret, før du kan "
        "lave en indsigelse.",
        [],
    ),
    # Energy companies.
    (
        BT_ORSTED21,
        "»Vi informerer om, at den sidste afvikling af din faktura for september er blevet "
        "betalt to gange. Vi inviterer dig til at anmode om refusion.«",
        [],
    ),
    (
        BT_ORSTED21,
        "I mailen står der, at man angiveligt skulle have betalt sin opgørelse fra september "
        "2021 ad to omgange, og derfor er der indsat et link, hvorigennem man kan få refunderet "
        "sine penge indenfor 12 timer.",
        [],
    ),
    (
        BT_NORLYS,
        "»Din strøm bliver lukket i morgen. Der er en ubetalt regning fra september.«",
        [],
    ),
    (
        BT_NORLYS,
        "For i sms'en opfordres kunderne til at betale for 'regningen' via et link. Det link må "
        "du endelig ikke klikke på, hvis du har fået sms'en.",
        [],
    ),
    (
        SENEST_EF,
        '"Kære [navn], din konto er -xxx kr. hos Energi Fyn. Hvis ikke beløbet betales inden den '
        '16/2 kl. 00, vil din strøm blive afbrudt mod et gebyr. Betal her [link]."',
        [],
    ),
    (
        SENEST_EF,
        "Energi Fyn opfordrer også til at kontakte deres kundecenter på 70 13 19 00 for "
        "vejledning.",
        [("PHONE", "70 13 19 00")],
    ),
    (
        SENEST_EF,
        "I et konkret eksempel stod beløbet som 128 kroner, hvilket gør det vigtigt at være "
        "ekstra opmærksom, hvis man ser netop dette tal i en lignende besked.",
        [],
    ),
    (
        BT_ORSTED22,
        "»Vi kunne ikke behandle din seneste regning. Hvis du annullerer, vil du ikke kunne "
        "købe, før dette faktureringsproblem er løst.«",
        [],
    ),
    (
        BT_ORSTED22,
        "»Tryk ikke på links eller afgiv personlige oplysninger. Er du alligevel kommet til at "
        "afgive oplysninger, skal du kontakte dit pengeinstitut hurtigst muligt,« lyder det.",
        [],
    ),
    (
        BT_ORSTED_TLF,
        "»Vi meddeler dig via e-mail, at den sidste afregning af din faktura for marts 2021 blev "
        "betalt to gange. Vi inviterer dig til at anmode om en refusion ved at klikke på linket "
        "herunder:«",
        [],
    ),
    (
        BT_ORSTED_TLF,
        "Hvis du er i tvivl, om noget Ørsted har sendt til dig, så opfordrer virksomheden til at "
        "kontakte dem på 99 55 35 00.",
        [("PHONE", "99 55 35 00")],
    ),
    (
        BT_ORSTED_TLF,
        "»Dette er en typisk 'phishingkampagne' for legitimationsoplysninger, hvor angriberen "
        "misbruger Ørsted-mærket for at narre brugeren til at indtaste bank- eller "
        "kreditkortoplysninger,« lyder forklaringen på selvforsvarshjemmesiden.",
        [],
    ),
    (
        NYH24_EF,
        "“Du har en ubetalt regning ved EnergiFyn på 128,00 kr. Betales denne ikke indenfor 48 "
        "timer, vil levering af strøm automatisk ophøre og gebyr tilføjes.”",
        [],
    ),
    (
        NYH24_EF,
        "Energi Fyn gør opmærksom på, at deres manuelle MobilePay betalinger altid går til et "
        "fast nummer, hvor selskabets navn tydeligt fremgår.",
        [],
    ),
    # Family, competitions, streaming.
    (
        BT_HEJMOR,
        "»Hej mor, min telefon gik i stykker. Dette er mit nye nummer lige nu, du kan gemme det. "
        "Er du hjemme?«",
        [],
    ),
    (
        BT_HEJMOR,
        "»Vi har modtaget tips om et ondsindet svindelnummer via WhatsApp,« lyder det:",
        [],
    ),
    (
        BT_HEJMOR,
        "Beskeden kan starte med 'Hej mor' eller 'Hej far'.",
        [],
    ),
    (
        BT_NINJA,
        "»De skriver, at du har vundet to billetter til biograffilmen Ternet Ninja 2. Dog kræver "
        'det, at du betaler et "reservationsgebyr". Der er desværre tale om fup. Konkurrencen er '
        "ikke lavet af Nordisk Film, men derimod af svindlere,« oplyser Tænk.",
        [],
    ),
    (
        BT_NINJA,
        "»Forhold dig altid meget kritisk, hvis du bliver kontaktet vedrørende noget, du har "
        'vundet i en konkurrence og "blot" skal betale et lille gebyr.«',
        [],
    ),
    (
        NYHED24_TV2,
        "Disse mails forsøger at lokke modtagerne til at opdatere deres betalingsoplysninger til "
        "TV 2 Play, men i virkeligheden er det et forsøg på at stjæle personlige oplysninger og "
        "betalingskortdata.",
        [],
    ),
    (
        NYHED24_TV2,
        "Afsenderadressen: Er mailen fra en mistænkelig eller ukendt e-mailadresse?",
        [],
    ),
    (
        NYHEDER_NETFLIX,
        "“De falske emails fortæller, du skal validere dine betalingsoplysninger, før du kan "
        "fortsætte med at bruge din Netflix-konto,” skriver Mit digitale selvforsvar.",
        [],
    ),
    (
        NYHEDER_NETFLIX,
        "Ifølge Wired.com har mailen faktisk floreret på nettet siden januar.",
        [],
    ),
    (
        NYH24_NETFLIX,
        "Disse beskeder hævder, at modtageren mangler at betale for sin Netflix-konto, og "
        "opfordrer vedkommende til at klikke på et link og indtaste betalingsoplysninger.",
        [],
    ),
    (
        ADVANIA,
        "Du kan ofte opdage mistænkelige links ved at holde musen hen over dem (uden at klikke), "
        "for at se den faktiske URL.",
        [],
    ),
    (
        DINERO,
        "Her kan du se, at afsendermailen er abonnement@dinero.dk. I langt de fleste tilfælde er "
        "den god nok.",
        [("EMAIL", "abonnement@dinero.dk")],
    ),
    (
        DINERO,
        "Så hvis mailen fx kommer fra Dinero, skal der stå @dinero.dk.",
        [],
    ),
    # Hotlines, contact lines and organisations' own addresses.
    (
        SIKDIG,
        "Cyberhotline for digital sikkerhed\n\nRing 33 37 00 37",
        [("PHONE", "33 37 00 37")],
    ),
    (
        SIKDIG,
        "  • Cyberhotlinen er åben 365 dage om året på telefonnummer 33 37 00 37.\n  • "
        "Åbningstider: 08-20 på hverdage samt 10-16 i weekender og helligdage.",
        [("PHONE", "33 37 00 37")],
    ),
    (
        SIKDIG,
        "Hacking er ulovligt. Det står i Straffelovens §263 stk. 2.",
        [],
    ),
    (
        PROSA,
        "Hotlinen blev lanceret i juni 2021, og siden da har den besvaret 56.000 henvendelser fra "
        "borgere og virksomheder. Det svarer til godt 1.500 opkald om måneden.",
        [],
    ),
    (
        PROSA,
        "752 af de 56.000 henvendelser, som hotlinen har håndteret, har været fra virksomheder, "
        "mens resten har været fra almindelige danskere.",
        [],
    ),
    (
        SN_CYBER,
        "Fra onsdag morgen klokken 08 kan borgere og virksomheder ringe til en ny hotline, hvis "
        "de er blevet hacket, forsøgt phishet eller har brug for vejledning til at beskytte sig "
        "mod it-kriminelle.",
        [],
    ),
    (
        SN_CYBER,
        "Cyberhotlinen er oprettet af Digitaliseringsstyrelsen i samarbejde med Center for "
        "Cybersikkerhed.",
        [],
    ),
    (
        DIGST_HOT,
        "Hvis du har været udsat for eller mistænker identitetstyveri, kan du ringe på telefon "
        "3398 0098 alle hverdage kl. 08 - 20.00.",
        [("PHONE", "3398 0098")],
    ),
    (
        DIGST_HOT,
        "Denne nyhed er opdateret 12. juli 2021 med de nye åbningstider for hotlinen.",
        [],
    ),
    (
        DIGST_HOT,
        "Tirsdag den 1. juni lanceres en ny identitetstyveri-hotline, hvor borgere kan få hjælp, "
        "hvis de har været udsat for eller har mistanke om digitalt identitetstyveri.",
        [],
    ),
    (
        AELDRE,
        "Mit digitale selvforsvar er udviklet i foråret 2017 af Forbrugerrådet Tænk, Det "
        "kriminalpræventive Råd og TrygFonden. I dag driver og udvikler Forbrugerrådet Tænk og "
        "TrygFonden tjenesten.",
        [],
    ),
    (
        AELDRE,
        "Du kan også tjekke aktuelle svindelmetoder på hjemmesiden www.tjekdet.dk.",
        [],
    ),
    (
        TAENK_PRIV,
        "Vi gemmer blandt andet følgende personoplysninger:\n\n• Navn\n• Adresse\n• "
        "Telefonnummer\n• Mailadresse",
        [],
    ),
    (
        TAENK_PRIV,
        "Bemærk, at der kan gå op til 3 måneder, fra du har tilmeldt dig Robinsonlisten, før din "
        "tilmelding træder i kraft.",
        [],
    ),
    (
        SUNDS,
        "Hvis du ønsker at klage over en afgørelse, kan du indbringe klagen til:\n\nKonkurrence- "
        "og Forbrugerstyrelsen\nCarl Jacobsen Vej 35\n2500 Valby",
        [],
    ),
    (
        SUNDS,
        "Vær opmærksom på at det koster kr. 100,- at indbringe en klage for Konkurrence- og "
        "Forbrugerstyrelsen. Dette beløb tilbagebetales ikke.",
        [],
    ),
    (
        DSTNY,
        "Har du mistet din mobil, eller er den blevet stjålet? Ring 88887799",
        [("PHONE", "88887799")],
    ),
    (
        DSTNY,
        "  • Ring til support på 8888 7799. Vi spærrer dit SIM-kort døgnet rundt.",
        [("PHONE", "8888 7799")],
    ),
    (
        DSTNY,
        "Det betyder, at dit SIM-kort sidestilles med et dankort, og at du hæfter for op til "
        "1.100 kr. af det forbrug, tyven har foretaget.",
        [],
    ),
]


def items() -> list[dict[str, Any]]:
    return pii_real_public.items(ENTRIES)


if __name__ == "__main__":
    pii_real_public.write(OUT, ENTRIES)
