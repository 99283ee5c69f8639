"""Real public Danish text with personal-data-shaped items that are no real person's data,
labelled by hand by the project (issue 18): the source of bench/data/pii_real_public.jsonl.

Each entry is an excerpt written by others (authorities' guidance and contact pages, test
identities published for test environments, software documentation with Danish sample
persons and addresses), its address, and the items marked in it as (type, exact string,
occurrence). ``python -m bench.pii_real_public`` computes the character offsets, checks
that every span's substring is the marked string, and writes the JSONL file.

How the items are labelled, by the type definitions in docs/privacy.md:

- PHONE, EMAIL: labelled also when they are an organisation's (a recogniser cannot tell
  whose number it is, and docs/privacy.md defines the types by form). PHONE is an 8-digit
  Danish number with its ``+45`` if written; short service numbers (1-1-4) are not.
  ADDRESS is street and house number with floor/door, and postcode and town when they
  follow (also on the next line); a street without a number or a postcode and town alone
  is not. An organisation's own postal address (an authority's, a company's) is not
  personal data and is not labelled (pii78: the organisations' address convention).
- PERSON: the name of a fictional or test person. Names inside street names ("Vilhelm
  Carlsens Vej") and organisation names are not. Texts naming a real private person were
  left out altogether.
- CPR: a full ten-digit number; a date part alone ("010165", "860501") is not.
- DATE_OF_BIRTH: one (example or test) person's date of birth; dates of birth of cohorts
  in general rules ("fødselsdato den 1. januar 1960, ...") are not.
- CVR numbers, EAN numbers, amounts, dates and law references are hard negatives.
"""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "data" / "pii_real_public.jsonl"

Mark = tuple[str, str] | tuple[str, str, int]
# (source address, excerpt, marks)
Entry = tuple[str, str, list[Mark]]

BALLERUP = "https://ballerup.dk/borger/trafik/adresse-husnummer"
DAR = "https://danmarksadresser.dk/regler-og-vejledning/adresser/"
AFSTAND = "http://afstand.dk/hjaelp/indtastning-af-adresser.aspx"
CPR_DK = "https://www.cpr.dk/cpr-systemet/opbygning-af-cpr-nummeret/"
WIKI = "http://da.wikipedia.org/wiki/CPR-nummer"
SKAT = "https://skat.dk/data.aspx?oid=2045878"
STIL = "https://viden.stil.dk/pages/viewpage.action?pageId=24838200"
MEDCOM = "https://medcom.dk.bluebird.pw/standarder/tabeller/nationale-test-cpr-numre/"
CPR_TEST = "https://cprservicedesk.atlassian.net/wiki/spaces/CPR/pages/11436127/Testdata"
IDURA = "https://docs.idura.app/verify/e-ids/danish-mitid"
FAKER_PY = "https://faker.readthedocs.io/en/stable/locales/da_DK.html"
FAKER_PHP = "https://packagist.org/packages/xefi/faker-php-locales-da-dk"
DT_WRITE = "https://admin.datatilsynet.dk/kontakt/skriv-til-os/naar-du-skriver-til-os"
DT_CONTACT = "https://www.datatilsynet.dk/om-datatilsynet/kontakt/"
VIRK_DT = "https://indberet.virk.dk/myndigheder/stat/DT"
DEBTIA = "https://debtia.dk/privatlivspolitik/"
VIAADS = "https://www.viaads.dk/legal/privacy-policy"
GRIBSKOV = (
    "https://gribskov.dk/borger/pleje-og-omsorg/hjaelp-i-hverdagen/hjaelpemidler/"
    "vaerd-at-vide-om-personlige-kropsbaarne-hjaelpemidler"
)
GLADSAXE = "http://www.gladsaxebladet.dk/2017/02/morgenfriske-medarbejdere-hos-borgerservice/"
KERP = "https://kerp.dk/ordbog/hvad-er-et-cpr-nummer"
DENOFF = (
    "https://denoffentlige.dk/politi/"
    "undgaa-at-blive-udnyttet-politiet-advarer-danskerne-mod-identitetstyveri"
)
BT_NEMID = "https://www.bt.dk/krimi/politiet-advarer-vi-beder-ikke-om-nemid"
BT_BLACK = "https://www.bt.dk/krimi/politiet-advarer-inden-black-friday-pas-paa"
KD = (
    "https://www.kristeligt-dagblad.dk/danmark/"
    "fakta-sadan-kan-du-undga-blive-snydt-af-it-kriminelle?utm_source=rss_nyheder"
)
CPR_2003 = "https://cpr.dk/cpr-nyt/nyhedsarkiv/2003/nov/orienteringsbrev-20033"
LAW = "http://www.law-shifters.eu/bekendtgorelse-om-folkeregistrering-m-v-bek-nr-1153-af-23112006/"
KERTEMINDE = "https://kerteminde.dk/borger/borgerservice/flytning-og-folkeregister"
UNICONTA = "https://support.uniconta.com/hc/da/articles/26312860666781-Send-OIOUBL"
AALBORG = (
    "https://www.aalborg.dk/politik-og-indflydelse/byraadet-og-de-politiske-udvalg/"
    "praktiske-informationer-for-dig-som-byraadsmedlem"
)
SIGNATUR = (
    "https://signaturgruppen-a-s.github.io/signaturgruppen-broker-documentation/"
    "enterprise/ssn-lookup.html"
)

# (source, text, marks)
ENTRIES: list[Entry] = [
    (
        BALLERUP,
        "Fx Baltorpvej 23, 2750 Ballerup eller Nylandsvej 20B, 9900 Frederikshavn.",
        [
            ("ADDRESS", "Baltorpvej 23, 2750 Ballerup"),
            ("ADDRESS", "Nylandsvej 20B, 9900 Frederikshavn"),
        ],
    ),
    (
        BALLERUP,
        "I mange husnumre indgår et stort bogstav, fx Algade 32B.",
        [("ADDRESS", "Algade 32B")],
    ),
    (
        BALLERUP,
        "Ved flere adresser i en opgang, indeholder adressen også en etage- og eventuelt en "
        "dørbetegnelse, fx Bogtrykkervej 12, st. eller Bakkevej 20A, 3. tv.",
        [("ADDRESS", "Bogtrykkervej 12, st."), ("ADDRESS", "Bakkevej 20A, 3. tv.")],
    ),
    (
        BALLERUP,
        "Både postnummeret og det tilhørende navn på postdistriktet, fx 2740 Skovlunde, indgår "
        "i den fuldstændige adresse.",
        [],
    ),
    (
        BALLERUP,
        "Husnumre med og uden bogstaver er ligestillede adresser. Husnumrene 13 og 13A er derfor "
        "to helt ligeværdige adresser – og kan i øvrigt ligge på hver sin ejendom.",
        [],
    ),
    (
        DAR,
        "Mht. rækkefølge kommer husnumre uden bogstav før samme nummer med bogstav, dvs. 14, "
        "14A, 14B osv.",
        [],
    ),
    (
        DAR,
        "I Danmark anvendes etagebetegnelserne ”st” for ”stueetagen”, ”1” for første sal, ”2” "
        "for anden sal osv op til ”99”.",
        [],
    ),
    (
        AFSTAND,
        "F.eks. hedder det H. C. Andersens Vej i Åbyhøj, men H C Andersens Vej i Haderslev, og "
        "Vilh. Andersens Vej i Ærøskøbing, men Vilhelm Carlsens Vej i Hjørring.",
        [],
    ),
    (
        CPR_DK,
        "Indtil den 1. oktober 2007 opfyldte alle personnumre den såkaldte modulus 11 kontrol.",
        [],
    ),
    (
        CPR_DK,
        "I juni 2017 er der udstedt personnumre uden modulus 11 kontrol til personer med "
        "fødselsdato den 1. januar 1960, 1. januar 1965, 1. januar 1966, 1. januar 1969, "
        "1. januar 1970, 1. januar 1980",
        [],
    ),
    (
        WIKI,
        "Første personnummer uden modulus 11-kontrol er tildelt den 1. oktober 2007, til en mand "
        "med et CPR-nummer, der begynder med 010165.",
        [],
    ),
    (
        SKAT,
        "Det anbefales, at man ud af de første 6 cifre kan læse personens fødselsdato, men for "
        "ikke at ramme et eksisterende cpr-nr., anbefaler vi at lægge 6 til første ciffer i "
        "nummeret. Fx for en person født den 26.5.2001, skal de første 6 cifre være 860501.",
        [("DATE_OF_BIRTH", "26.5.2001")],
    ),
    (
        SKAT,
        "Køn på indkomstmodtageren, når cpr-nr. ikke findes: Kodeværdi 1 = mand, 2 = kvinde, "
        "3 = ukendt.",
        [],
    ),
    (
        STIL,
        "Fx kan man lægge 60 til datoen og derefter beregne kontrolciffer. En anden mulighed er "
        "at benytte såkaldte KOT CPR-numre, som indeholder bogstaver på de første tre pladser "
        "efter datodelen af CPR-nummeret.",
        [],
    ),
    (
        MEDCOM,
        "Hidtil har der været brugt varierende testpersoner, hvor Nancy Ann Berggren nok er den "
        "mest kendte.",
        [("PERSON", "Nancy Ann Berggren")],
    ),
    (
        MEDCOM,
        "MedCom har efter beslutning i MedComs styregruppe den 28. november 2016 og efter "
        "CPR-kontorets anvisning, fået udarbejdet en officiel liste over test-CPR-numre.",
        [],
    ),
    (
        CPR_TEST,
        "Testdatasættet indeholder mere end 30.000 entiteter (”testpersoner”).",
        [],
    ),
    (
        SIGNATUR,
        "Please note that all test data is fictional and does not contain personal data.",
        [],
    ),
    (
        IDURA,
        '"cprNumberIdentifier": "2101270087",\nDanish SSN (CPR Nummer)\n'
        '"birthdate": "1927-01-21",\n"age": "93",\n"name": "Ditlev Von Testesen",',
        [
            ("CPR", "2101270087"),
            ("DATE_OF_BIRTH", "1927-01-21"),
            ("PERSON", "Ditlev Von Testesen"),
        ],
    ),
    (
        IDURA,
        '"common_name": "Paiman Petersen",\n"street_address": "Grusgraven 1,3 tv",\n'
        '"postal_code": "3400",\n"city": "Hillerød",',
        [("PERSON", "Paiman Petersen"), ("ADDRESS", "Grusgraven 1,3 tv")],
    ),
    (
        FAKER_PHP,
        '$faker->name();        // "Freja Nielsen"\n'
        '$faker->fullAddress(); // "Vestergade 12, 8000 Aarhus"\n'
        '$faker->cpr();         // "0707614285"',
        [
            ("PERSON", "Freja Nielsen"),
            ("ADDRESS", "Vestergade 12, 8000 Aarhus"),
            ("CPR", "0707614285"),
        ],
    ),
    (
        # The documented strings with their "\n" as the line break it stands for.
        FAKER_PY,
        "'Heilsvej 56\n9593 Løgstør'\n'Præstegårdsvej 3\n8115 Ryomgård'",
        [("ADDRESS", "Heilsvej 56\n9593 Løgstør"), ("ADDRESS", "Præstegårdsvej 3\n8115 Ryomgård")],
    ),
    (
        FAKER_PY,
        "'Reverdilsvej 58\n7801 Veksø Sjælland'\n'Thorupgård Allé 439\n2287 Nørre Alslev'\n"
        "'Rentemesterstræde 2\n9839 Terndrup'",
        [
            ("ADDRESS", "Reverdilsvej 58\n7801 Veksø Sjælland"),
            ("ADDRESS", "Thorupgård Allé 439\n2287 Nørre Alslev"),
            ("ADDRESS", "Rentemesterstræde 2\n9839 Terndrup"),
        ],
    ),
    (
        DT_WRITE,
        "Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby\n\nCVR-nr.: 11 88 37 29\n\n"
        "Telefon: 33 19 32 00\n\nE-mail: dt@datatilsynet.dk",
        [
            ("PHONE", "33 19 32 00"),
            ("EMAIL", "dt@datatilsynet.dk"),
        ],
    ),
    (
        DT_WRITE,
        "Du kan kontakte vores databeskyttelsesrådgiver på følgende måder:\n\n"
        "På e-mail: dpo@datatilsynet.dk\nPå telefon: 33 19 32 00\nVed brev: Datatilsynet, "
        "Carl Jacobsens Vej 35, 2500 Valby, Att.: Databeskyttelsesrådgiveren",
        [
            ("EMAIL", "dpo@datatilsynet.dk"),
            ("PHONE", "33 19 32 00"),
        ],
    ),
    (
        DT_WRITE,
        "Behandling af oplysninger om personnummer sker med henblik på entydig identifikation, "
        "jf. databeskyttelseslovens § 11, stk. 1.",
        [],
    ),
    (
        DT_CONTACT,
        "Du kan ringe til Datatilsynet på telefon 33 19 32 00.",
        [("PHONE", "33 19 32 00")],
    ),
    (
        DT_CONTACT,
        "Hvis du har oplysninger til din sag, skal du sende oplysningerne til os helst via "
        "e-mail til adressen dt@remove-this.datatilsynet.dk Husk altid at oplyse sagens "
        "journalnummer, når du skriver til Datatilsynet i forbindelse med din sag.",
        [("EMAIL", "dt@remove-this.datatilsynet.dk")],
    ),
    (
        VIRK_DT,
        "Datatilsynet\n\nBorgergade 28 , 5\n1300 København K\n\nTelefon: 33 19 32 00",
        [("PHONE", "33 19 32 00")],
    ),
    (
        DEBTIA,
        "Debtia A/S\nCVR-nummer: 34593833\nVestergade 18 E\nDK-1456 København K\nDanmark\n"
        "(Herefter benævnt ”Debtia”)\n\nTlf: +45 44224000\nE-mail: kundeservice@debtia.dk",
        [
            ("PHONE", "+45 44224000"),
            ("EMAIL", "kundeservice@debtia.dk"),
        ],
    ),
    (
        VIAADS,
        "Navn: [Viabill Tech A/S]\nCvr-nr.: [41202785]\nAdresse: [Grønnegade 10, 1., 1107 "
        "København K]\nTelefon: [88826826]\nE-mail: [support@viabill.com]",
        [
            ("PHONE", "88826826"),
            ("EMAIL", "support@viabill.com"),
        ],
    ),
    (
        GRIBSKOV,
        "Hvis du har problemer med den digitale ansøgning, kan du kontakte Gribskov Kommune på "
        "telefon 72496000.",
        [("PHONE", "72496000")],
    ),
    (
        GRIBSKOV,
        "Du søger om personlige kropsbårne hjælpemidler ved at åbne www.borger.dk. Her skal du "
        "logge ind med MitID/NemID.",
        [],
    ),
    (
        GLADSAXE,
        "Hvis man har spørgsmål til Borgerservice, kan man også ringe på telefon 39 57 50 00 "
        "mandag-fredag kl. 9-14.",
        [("PHONE", "39 57 50 00")],
    ),
    (
        GLADSAXE,
        "Borgerne kan allerede nu selv gå ind på gladsaxe.dk/tidsbestilling og booke ledige "
        "tider der passer dem.",
        [],
    ),
    (
        KERP,
        "Kontakt os\n\nEnten via kontaktformularen eller direkte pr email post@kerp.dk",
        [("EMAIL", "post@kerp.dk")],
    ),
    (
        KERP,
        "CPR-nummeret består af ti cifre, hvor de første seks cifre angiver fødselsdatoen på "
        "formatet DDMMÅÅ.",
        [],
    ),
    (
        DENOFF,
        "Der er dog den afslørende detalje, at +45 ikke er efterfulgt af otte cifre, som et "
        "normalt dansk telefonnummer består af - i stedet er der ni cifre, og det er altså "
        "første måde, man kan spotte svindelnummeret.",
        [],
    ),
    (
        DENOFF,
        "Dernæst forsøger svindlerne at overtale borgeren til at udlevere de sidste fire cifre af "
        "ens cpr-nummer - og gør man det, har man hurtigt problemer.",
        [],
    ),
    (
        DENOFF,
        "Hvis du modtager sådan et opkald, skal du smække røret på, og derefter skal man "
        "kontakte politiet på 1-1-4.",
        [],
    ),
    (
        BT_NEMID,
        "Videregiv aldrig personlige oplysninger om dit NemID. Både dit NemID-brugernavn, "
        "NemID-kode og koderne fra dit fysiske nøglekort er personlige og må aldrig videregives.",
        [],
    ),
    (
        KD,
        "Stol ikke på visningen af opkaldets telefonnummer eller afsender på sms'en. Svindlere "
        "kan ændre visningen af det nummer, de ringer fra.",
        [],
    ),
    (
        BT_BLACK,
        "Det seneste år har politiet modtaget flere end 7.700 anmeldelser om sms-svindel.",
        [],
    ),
    (
        CPR_2003,
        "Det følger af § 3, stk, 3, i bekendtgørelse nr. 152 af 26. februar 2002 (med virkning "
        "fra den 1. december 2003 bekendtgørelse nr. 842 af 13. oktober 2003) om "
        "folkeregistrering",
        [],
    ),
    (
        LAW,
        "§ 1. Enhver skal have tildelt en personnummer.\n\nStk. 2. 1-2 position angiver "
        "personens fødselsdag. 3-4 position angiver personens fødselsmåned.",
        [],
    ),
    (
        KERTEMINDE,
        "Du har pligt til at oplyse din nye adresse senest fem dage, efter du har skiftet bopæl.",
        [],
    ),
    (
        UNICONTA,
        "Uniconta kan sende til kunder, som er registreret med et GLN-nummer eller CVR-nummer",
        [],
    ),
    (
        AALBORG,
        "Maksimalt erstatningsbeløb per dag per 1. januar 2022 er 2.200,00 kroner.",
        [],
    ),
]


def spans(text: str, marks: list[Mark]) -> list[dict[str, Any]]:
    """Offsets of each marked string (its n-th occurrence, first by default), checked."""
    out = []
    for mark in marks:
        entity, value = mark[0], mark[1]
        occurrence = mark[2] if len(mark) == 3 else 0
        start = -1
        for _ in range(occurrence + 1):
            start = text.find(value, start + 1)
            if start < 0:
                raise ValueError(f"{value!r} not in {text!r}")
        end = start + len(value)
        assert text[start:end] == value
        out.append({"type": entity, "start": start, "end": end})
    out.sort(key=lambda s: (s["start"], s["end"]))
    for a, b in pairwise(out):
        if b["start"] < a["end"]:
            raise ValueError(f"overlapping spans in {text!r}")
    return out


def items(entries: list[Entry] | None = None) -> list[dict[str, Any]]:
    """The labelled texts of ``entries`` (this module's by default)."""
    return [
        {"text": text, "spans": spans(text, marks), "source": source}
        for source, text, marks in (ENTRIES if entries is None else entries)
    ]


def write(path: Path = OUT, entries: list[Entry] | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = (json.dumps(item, ensure_ascii=False) for item in items(entries))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write()
