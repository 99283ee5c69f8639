"""A forty-ninth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written blind: without looking at the recognisers, their word lists or the other generators'
bodies (only bench/pii_blind30.py's docstring, for the conventions), as a held-out test
set with its own names, streets and towns. Its theme is CIVIL SOCIETY, CHARITY AND FAITH
COMMUNITIES HIT BY FRAUD, in eight genres: a treasurer's e-mail thread (Fra:/Til:/Cc:/Emne:)
about a fake chairman asking for an urgent transfer, a sports or scout association's board
minutes on its hijacked MobilePay box (members, their addresses and phones), a food bank's or
homework café's volunteer chat ("[09:14] Name:" lines) after a fake coordinator's texts and a
leaked volunteer list, a bank fraud team's case note on a donor who paid a fake "zakat" or
disaster collection (card, expiry, CVV, MitID user ID, code, IBAN), a police report of fake
door-to-door collectors (the reporter "født", witnesses with addresses on two lines, the car's
number plate), a donor's complaint letter with an address block, a parish office's log of a fake
invoice to the parish council (menighedsråd) and fake-priest texts, and a semicolon CSV of
donors, volunteers or members sent out by mistake. The names are those of Danes of all ages,
of the immigrant and minority communities of Denmark (Arab, Somali, Turkish and Kurdish,
Polish and Ukrainian, Vietnamese, Tamil and Pakistani, Bosnian, Eritrean, Filipino, Jewish,
Greenlandic and Faroese), with double surnames ("Holm-Nielsen"), three-part names ("Hodan
Abdi Warsame", "Nguyen Thi Mai", "Maricel Dela Cruz") and nicknames ("Mo", "Kasia").

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("kasserer", "sognepræst", "imam",
  "vidne", "frivillig"); "Holm, Agnete" is one span; a genitive s belongs to it
  ("Agnetes", "Lars Holms"), the apostrophe after a name ending in s does not ("Lars Abbas'"),
  and a first name ending in s takes the whole name's genitive; a lower-case name typed in a
  chat ("jytte"), a CAPS name in a case note ("HANSEN, METTE"), an initial form ("M. Holm") and
  a nickname ("Mo") are PERSON. A scammer's alias (the chairman's name on a lookalike address,
  "Ahmed fra banken") is PERSON, the association is not. Organisations, churches, mosques and
  associations named after people ("Sankt Hans Kirke", "Grundtvigs Kirke", "Kaj
  Munk-foreningen"), placeholders ("[NAVN]", "Frivillig A", "Donor 3", "Vidne 1") and roles
  ("Kassereren", "Formanden") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number ("ved Nørregade.") and a postcode
  and town alone ("bor i 8000 Aarhus C") are not addresses.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3
  in the 1900s, 4 for the years 2000 to 2005), a serial chosen so the number FAILS modulus 11.
  Written "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". A DATE_OF_BIRTH (a
  full date with a four-digit year: "4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952")
  is labelled only straight after "født", "f." or "Fødselsdato:"; no other date or clock time
  is ever labelled.
- PHONE covers Danish numbers of 8 digits from the mobile and landline ranges (MOBILE,
  LANDLINE; 70 and 80 never occur as personal numbers), written "+45 20304050", "+45 20 30 40
  50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50",
  "20304050", "+4520304050" or "20.30.40.50", the country code (with its brackets) inside the
  span, and foreign numbers from fiction-reserved ranges only, "+44 7700 900xxx" and "+46 70
  174 06 xx" (xx 05-99). An organisation's number (ORG_LINES, 114) is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's and role
  addresses' too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-0012345678", "1234 0012345678")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "CVC", "cvc" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("BK 41 207", "BK41207"). No passport or driving-licence numbers occur.
- Hard negatives, never labelled: amounts ("12.500 kr.", "kr. 2.000"), dates and clock times
  ("02.03.26", "kl. 09.14", "[10:22]", "2026-03-04 09:14"), collection permit numbers
  ("indsamlingstilladelse nr. 26-700-01234"), MobilePay box numbers ("MobilePay-boks 48213"),
  CVR numbers ("CVR-nr. 31245780"), gift, receipt and member numbers ("G2604817", "kvittering
  nr. 26-04817", "medlemsnr. 1187"), bank, police and parish case numbers ("SVIG-26-04817",
  "j.nr. 4100-80151-00417-26", "KK-26/041"), masked values ("040652-xxxx", "+45 ** ** ** 31",
  "a***@example.dk", "**** **** **** 1111", "******4417", "DK71XXXXXXXXXX0932"),
  organisations' 70/80 lines and 114, associations, churches, banks and products. Documents of
  kind "negative" are the same genres after pseudonymisation: only such values, stand-ins
  ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]") and pseudonyms
  ("Frivillig A", "Donor 3", "Vidne 1", "Kassereren") remain. No run of ten or more digits
  occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}; each has
its own random.Random seeded from the string "pii_blind48:{seed}:{index}".
``python -m bench.pii_blind48 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SIZE = 1000
NEGATIVES = 350
SEED = 48
GENRES = (
    "kasserer_mail",
    "bestyrelsesreferat",
    "frivillig_chat",
    "bank_sagsnotat",
    "politianmeldelse",
    "giverklage",
    "kirkekontor_log",
    "register_csv",
)
TYPES = (
    "PERSON",
    "ADDRESS",
    "CPR",
    "DATE_OF_BIRTH",
    "PHONE",
    "EMAIL",
    "BANK_ACCOUNT",
    "IBAN",
    "CARD",
    "CARD_EXPIRY",
    "CARD_CVV",
    "OTP",
    "MITID_USER",
    "NUMBER_PLATE",
)
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
# prefixes of the card numbers the schemes and payment providers publish for testing
TEST_PREFIXES = ("411111", "424242", "400005", "401288", "555555", "510510", "520082", "222300")
IBAN_LENGTH = {
    "DK": 18,
    "DE": 22,
    "NL": 18,
    "GB": 22,
    "SE": 24,
    "LT": 20,
    "BE": 16,
    "ES": 24,
    "PL": 28,
    "TR": 26,
    "FR": 27,
    "NO": 15,
}
MOBILE = (
    "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31",
    "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93",
)  # fmt: skip
LANDLINE = (
    "32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49",
    "54", "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73",
    "74", "75", "76", "86", "87", "89", "96", "97", "98", "99",
)  # fmt: skip
ORG_LINES = ("70 20 14 14", "70 33 12 00", "80 20 30 44", "70 15 60 60", "80 88 70 70")
MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip

# --- names: (women, men, surnames) by community -------------------------------------------
DANISH = (
    (
        "Mette", "Agnete", "Birthe", "Hanne", "Karen", "Kirsten", "Lone", "Susanne", "Inge",
        "Ida", "Freja", "Emma", "Clara", "Sofie", "Signe", "Laura", "Maja", "Ane", "Trine",
        "Dorthe", "Vibeke", "Gitte", "Bodil", "Ruth", "Else", "Grethe", "Jytte", "Lærke",
        "Asta", "Alma", "Nanna", "Tove", "Marianne", "Pernille", "Rikke", "Camilla", "Louise",
        "Helle", "Charlotte", "Margrethe", "Ellen", "Kamma", "Esther", "Ingrid", "Lotte",
        "Birgit", "Åse", "Ulla", "Solveig", "Tenna", "Janne", "Bente", "Agnes", "Vigga",
    ),
    (
        "Jens", "Lars", "Søren", "Niels", "Henrik", "Poul", "Ole", "Bent", "Erik", "Kaj",
        "Aage", "Mogens", "Torben", "Jørgen", "Per", "Bjarne", "Frederik", "Mads", "Magnus",
        "Emil", "Oliver", "William", "Noah", "Anton", "Kasper", "Rasmus", "Thomas", "Morten",
        "Jesper", "Mikkel", "Kristian", "Troels", "Asger", "Villads", "Palle", "Flemming",
        "Ebbe", "Knud", "Svend", "Holger", "Carl", "Valdemar", "Bo", "Kim", "Jes", "Christian",
        "Preben", "Ove", "Finn", "Arne", "Jakob", "Steffen",
    ),
    (
        "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
        "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Holm", "Kjær", "Lund", "Bach",
        "Krogh", "Skov", "Dam", "Juhl", "Bundgaard", "Kjærsgaard", "Toft", "Ravn",
        "Vestergaard", "Nørgaard", "Lykke", "Brix", "Frost", "Mikkelsen", "Iversen",
        "Damgaard", "Storm", "Hald", "Bisgaard", "Winther", "Svendsen", "Lauridsen",
        "Overgaard", "Gravesen", "Søgaard", "Munk", "Brandt", "Fisker", "Østergaard",
        "Aagaard", "Kirkegaard", "Bruun", "Riis", "Dahl", "Lind", "Busk", "Hedegaard",
        "Enevoldsen", "Kofoed", "Ibsen", "Mølgaard",
    ),
)  # fmt: skip
JEWISH = (
    ("Miriam", "Rebekka", "Sara", "Hanna", "Judith"),
    ("David", "Benjamin", "Samuel", "Daniel", "Jonathan"),
    ("Melchior", "Meyer", "Salomon", "Bamberger", "Levin", "Goldschmidt"),
)
ARAB = (
    ("Fatima", "Aisha", "Mariam", "Nour", "Rania", "Yasmin", "Huda", "Layla", "Salma", "Rasha",
     "Hiba", "Dina"),
    ("Ahmed", "Mohammed", "Omar", "Hassan", "Hussein", "Ibrahim", "Karim", "Bilal", "Samir",
     "Khalid", "Jamal", "Zaid", "Yousef", "Mahmoud", "Walid", "Nabil"),
    ("Hassan", "Khalil", "Haddad", "Saleh", "Mansour", "Abbas", "Al-Sayed", "El-Khatib",
     "Nasser", "Hamdan", "Darwish", "Qasim", "Awad", "Issa", "Jaber", "Othman"),
)  # fmt: skip
SOMALI = (
    ("Hodan", "Sahra", "Amina", "Faadumo", "Hibo", "Ifrah", "Sagal", "Ubah", "Deeqa"),
    ("Abdi", "Abdirahman", "Mahad", "Liban", "Said", "Abdullahi", "Yasin", "Guled", "Mukhtar"),
    ("Warsame", "Farah", "Abdi", "Mohamud", "Hirsi", "Jama", "Osman", "Ali", "Aden", "Nur",
     "Egal", "Dualeh"),
)  # fmt: skip
TURKISH_KURDISH = (
    ("Zeynep", "Elif", "Hatice", "Ayşe", "Dilan", "Berfin", "Gülsen", "Sevgi", "Emine", "Rojin",
     "Hülya"),
    ("Mehmet", "Emre", "Murat", "Hakan", "Kemal", "Serkan", "Baran", "Rojhat", "Yusuf",
     "Mustafa", "Ercan", "Deniz"),
    ("Yılmaz", "Demir", "Kaya", "Aydın", "Arslan", "Doğan", "Kurt", "Yıldız", "Koç", "Polat",
     "Aksoy", "Güler", "Bozkurt", "Tekin"),
)  # fmt: skip
POLISH_UKRAINIAN = (
    ("Agnieszka", "Katarzyna", "Joanna", "Magdalena", "Olena", "Iryna", "Oksana", "Natalia",
     "Małgorzata", "Yulia"),
    ("Tomasz", "Piotr", "Marek", "Paweł", "Andrii", "Dmytro", "Oleksandr", "Mykola",
     "Krzysztof", "Bogdan"),
    ("Nowak", "Kowalczyk", "Wójcik", "Mazur", "Kaczmarek", "Shevchenko", "Kovalenko",
     "Bondarenko", "Melnyk", "Tkachenko", "Kravets", "Dudek", "Sikora", "Kozak", "Moroz"),
)  # fmt: skip
VIETNAMESE = (
    ("Mai", "Linh", "Thuy", "Lan", "Hoa", "Ngoc", "Trang"),
    ("Minh", "Tuan", "Hung", "Duc", "Nam", "Long", "Quang"),
    ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"),
)
SOUTH_ASIAN = (
    ("Tharshini", "Priya", "Anjali", "Malini", "Sumathi", "Nirosha", "Sana", "Ayesha", "Nadia",
     "Kiran"),
    ("Rajesh", "Arjun", "Suresh", "Kannan", "Sivakumar", "Imran", "Tariq", "Asif", "Usman",
     "Gurpreet"),
    ("Sivarajah", "Thevarajah", "Kandasamy", "Selvarajah", "Sharma", "Patel", "Singh", "Khan",
     "Butt", "Chaudhry", "Iqbal", "Rana", "Mahalingam"),
)  # fmt: skip
NORTH_ATLANTIC = (
    ("Naja", "Aviaja", "Pipaluk", "Nivi", "Paninnguaq", "Marjun", "Sigrid", "Bára"),
    ("Inuk", "Malik", "Aputsiaq", "Kaali", "Nuka", "Hans", "Rógvi", "Jógvan"),
    ("Kleist", "Lynge", "Petrussen", "Berthelsen", "Kreutzmann", "Motzfeldt", "Joensen",
     "Jacobsen", "Heilmann", "Dalsgaard", "Olsen"),
)  # fmt: skip
BALKAN = (
    ("Amra", "Lejla", "Selma", "Jasmina", "Vesna", "Merima"),
    ("Edin", "Amir", "Goran", "Dragan", "Adnan", "Mirza", "Nermin"),
    ("Hodžić", "Begić", "Kovačević", "Petrović", "Hadžić", "Mehmedović", "Delić", "Jovanović"),
)
EAST_AFRICAN = (
    ("Senait", "Selam", "Meron", "Rahel", "Saba", "Winta"),
    ("Dawit", "Tesfaye", "Yonas", "Filmon", "Biniam", "Mehari"),
    ("Tesfamariam", "Gebremedhin", "Haile", "Tekle", "Berhane", "Kidane", "Woldu"),
)
FILIPINO = (
    ("Maricel", "Jocelyn", "Rowena", "Lovely", "Analyn"),
    ("Jomar", "Rodel", "Arnel", "Jerome"),
    ("Santos", "Reyes", "Dela Cruz", "Bautista", "Villanueva", "Garcia", "Mendoza"),
)
COMMUNITIES = (
    (DANISH, 52),
    (ARAB, 8),
    (SOMALI, 6),
    (TURKISH_KURDISH, 7),
    (POLISH_UKRAINIAN, 6),
    (VIETNAMESE, 4),
    (SOUTH_ASIAN, 5),
    (NORTH_ATLANTIC, 4),
    (BALKAN, 3),
    (EAST_AFRICAN, 3),
    (FILIPINO, 2),
    (JEWISH, 2),
)
WOMEN = tuple(dict.fromkeys(n for c, _ in COMMUNITIES for n in c[0]))
MEN = tuple(dict.fromkeys(n for c, _ in COMMUNITIES for n in c[1]))
NICKNAMES = {
    "Mohammed": "Mo", "Katarzyna": "Kasia", "Magdalena": "Magda", "Abdirahman": "Abdi",
    "Kristian": "Kris", "Christian": "Chris", "Margrethe": "Grethe", "Charlotte": "Lotte",
    "Susanne": "Sanne", "Frederik": "Freddy", "Oleksandr": "Sasha", "Dmytro": "Dima",
    "Ibrahim": "Ibbe", "Mustafa": "Musse", "Jakob": "Kobe", "Małgorzata": "Gosia",
    "Abdullahi": "Abdul", "Paninnguaq": "Pani", "Mikkel": "Mikke", "Thomas": "Tom",
    "Rasmus": "Rasse", "Camilla": "Milla", "Pernille": "Nille", "Valdemar": "Valde",
    "Yousef": "Jo", "Tharshini": "Thars", "Benjamin": "Benni", "Agnieszka": "Aga",
}  # fmt: skip

STREETS = (
    "Nørregade", "Vestergade", "Østergade", "Søndergade", "Kirkevej", "Præstegårdsvej",
    "Skolegade", "Møllevej", "Agervænget", "Bøgevej", "Egebjergvej", "Fasanvej", "Hybenvej",
    "Jernbanegade", "Klostergade", "Lindealle", "Mejerivej", "Overgade", "Parkvej",
    "Slotsgade", "Tværgade", "Vibevej", "Åboulevard", "Blegdamsvej", "Gudrunsvej",
    "Dortheavej", "Rued Langgaards Vej", "Niels Ebbesens Vej", "Peter Bangs Vej",
    "Ole Rømers Gade", "Dronning Olgas Vej", "Tordenskjoldsgade", "Grønnegade", "Bispegade",
    "Kastanievej", "Rosenvængets Allé", "Teglværksvej", "Stationsvej", "Havnegade", "Søvej",
    "Engvej", "Kløvermarken", "Solsortevej", "Skovbrynet", "Lærkevej", "Ribe Landevej",
    "Gammel Kongevej", "Frederiksborgvej", "Gellerupvej", "Vollsmose Allé", "Mjølnerparken",
    "Hedeparken", "Toftevej", "Byagervej", "Rughaven", "Fynsgade", "Jyllandsgade",
    "Sjællandsgade", "Bornholmsgade", "Amager Strandvej", "Sankt Pauls Gade", "Tingvej",
)  # fmt: skip
TOWNS = (
    ("1620", "København V"), ("2200", "København N"), ("2300", "København S"),
    ("2400", "København NV"), ("2450", "København SV"), ("2500", "Valby"),
    ("2650", "Hvidovre"), ("2620", "Albertslund"), ("2630", "Taastrup"), ("2700", "Brønshøj"),
    ("2800", "Kongens Lyngby"), ("3000", "Helsingør"), ("3400", "Hillerød"),
    ("4000", "Roskilde"), ("4200", "Slagelse"), ("4700", "Næstved"), ("4800", "Nykøbing F"),
    ("5000", "Odense C"), ("5220", "Odense SØ"), ("5240", "Odense NØ"), ("5700", "Svendborg"),
    ("6000", "Kolding"), ("6100", "Haderslev"), ("6200", "Aabenraa"), ("6400", "Sønderborg"),
    ("6700", "Esbjerg"), ("7100", "Vejle"), ("7400", "Herning"), ("7500", "Holstebro"),
    ("7800", "Skive"), ("8000", "Aarhus C"), ("8210", "Aarhus V"), ("8220", "Brabrand"),
    ("8600", "Silkeborg"), ("8700", "Horsens"), ("8800", "Viborg"), ("8900", "Randers C"),
    ("9000", "Aalborg"), ("9220", "Aalborg Ø"), ("9800", "Hjørring"),
    ("9900", "Frederikshavn"), ("3700", "Rønne"), ("4100", "Ringsted"), ("2770", "Kastrup"),
    ("6270", "Tønder"), ("7620", "Lemvig"), ("5800", "Nyborg"), ("4300", "Holbæk"),
    ("4900", "Nakskov"), ("2605", "Brøndby"), ("8450", "Hammel"),
)  # fmt: skip

# --- organisations: never labelled ----------------------------------------------------------
CLUBS = (
    "Boldklubben Ørnen", "Idrætsforeningen Skovbo", "Roklubben Bølgen",
    "Gymnastikforeningen Tuse", "Spejdergruppen Ellehammer", "Håndboldklubben Stjernen",
    "Badmintonklubben Fjerbolden", "Spejdergruppen Tordenskjold", "Svømmeklubben Delfinen",
)  # fmt: skip
CULTURAL = (
    "Kaj Munk-foreningen", "Dansk-Somalisk Kulturforening", "Tamilsk Kulturforening Herning",
    "Det Tyrkiske Kulturcenter", "Vietnamesisk Forening Aarhus", "Polsk Forening i Vejle",
    "Grønlandske Venner Aalborg", "Bosnisk Kulturforening Odense",
)  # fmt: skip
FAITH = (
    "Sankt Hans Kirke", "Grundtvigs Kirke", "Brorsons Kirke", "Hans Tausens Kirke",
    "Ansgar Kirke", "Mariakirken", "Al-Noor Moskéen", "Imam Ali Moskéen",
    "Den Eritreiske Ortodokse Menighed", "Sankt Knuds Katolske Sogn",
)  # fmt: skip
SOCIAL = (
    "Madbanken Østjylland", "Lektiecaféen Nordlyset", "Niels Bohr Lektiecafé",
    "Varmestuen Fyrtårnet", "Besøgsvennerne Hjertelys", "Madbanken Amager",
    "Lektiecaféen Gellerup",
)  # fmt: skip
FAKE_CAUSES = (
    "Jordskælvshjælpen DK", "Stormflodshjælp Lolland", "Zakat Hjælp Nu", "Børnenes Nødfond",
    "Hjælp Ukraine Direkte", "Oversvømmelseshjælpen", "Ramadan Madpakker",
)  # fmt: skip
SUPPLIERS = (
    "Orgelservice Nord ApS", "Teltudlejning Fyn ApS", "Kirketag & Kobber ApS",
    "Sommerlejr Rejser ApS", "Sportsudstyr Danmark ApS", "Lyd og Lys Event ApS",
)  # fmt: skip
COMPANIES = CLUBS + CULTURAL + FAITH + SOCIAL + FAKE_CAUSES + SUPPLIERS
BANKS = (
    "Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Arbejdernes Landsbank", "Spar Nord",
    "Lån & Spar Bank", "Merkur Andelskasse", "Middelfart Sparekasse", "Lunar",
)  # fmt: skip
PRODUCTS = ("MobilePay", "MitID", "Facebook", "Messenger", "WhatsApp", "Conventus", "e-Boks")
POLICE = (
    "Østjyllands Politi", "Fyns Politi", "Københavns Politi", "Nordjyllands Politi",
    "Midt- og Vestjyllands Politi", "Sydøstjyllands Politi", "Nordsjællands Politi",
    "Syd- og Sønderjyllands Politi", "Københavns Vestegns Politi", "Bornholms Politi",
)  # fmt: skip
DISASTERS = (
    "jordskælvet i Tyrkiet og Syrien", "oversvømmelserne i Pakistan", "stormfloden på Lolland",
    "tørken i Somalia", "krigen i Ukraine", "cyklonen i Mozambique", "branden i Gellerup",
)  # fmt: skip

Part = str | tuple[str, str] | list
FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ı": "i", "ł": "l", "đ": "d"})


def fold(text: str) -> str:
    """Lower-case ASCII letters (and the hyphen) of a name, for mail and user IDs."""
    plain = unicodedata.normalize("NFKD", text.lower().translate(FOLD))
    return "".join(c for c in plain if c.isascii() and (c.isalnum() or c == "-"))


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def luhn_completed(partial: str) -> str:
    """The partial number with the Luhn check digit appended."""
    total = 0
    for i, c in enumerate(reversed(partial)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return partial + str(-total % 10)


def iban_of(country: str, bban: str) -> str:
    """A compact IBAN with valid check digits."""
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


def passes_mod11(digits: str) -> bool:
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11 == 0


def stop(text: str) -> str:
    """A sentence's end after a value that may itself end in a period ("29.800 kr.")."""
    return text if text.endswith(".") else text + "."


def ddmmyy(day: date) -> str:
    return f"{day:%d.%m.%y}"


def long_date(day: date) -> str:
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


class Doc:
    """Text assembled from plain strings and labelled (value, type) pairs."""

    def __init__(self) -> None:
        self.chunks: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def __call__(self, *parts: Part) -> Doc:
        for part in parts:
            if isinstance(part, list):
                self(*part)
                continue
            if isinstance(part, tuple):
                value, kind = part
                self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
                part = value
            self.chunks.append(part)
            self.size += len(part)
        return self

    @property
    def text(self) -> str:
        return "".join(self.chunks)


PHONE_LAYOUTS: tuple[Callable[[str], str], ...] = (
    lambda n: f"+45 {n}",
    lambda n: f"+45 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
    lambda n: f"+45 {n[:4]} {n[4:]}",
    lambda n: f"{n[:4]} {n[4:]}",
    lambda n: f"(+45) {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
    lambda n: f"0045 {n}",
    lambda n: f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
    lambda n: n,
    lambda n: f"+45{n}",
    lambda n: f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:]}",
)


class Kit:
    """One document's random source and its way of writing values: labelled, or masked."""

    def __init__(self, rng: random.Random, positive: bool) -> None:
        self.rng = rng
        self.pos = positive

    def lab(self, value: str, kind: str, *masks: str) -> Part:
        if self.pos:
            return (value, kind)
        return self.rng.choice(masks)

    # plain values, never labelled
    def day(self) -> date:
        return date(2026, 1, 5) + timedelta(days=self.rng.randint(0, 115))

    def clock(self, sep: str = ".", lo: int = 7, hi: int = 22) -> str:
        return f"{self.rng.randint(lo, hi):02d}{sep}{self.rng.randint(0, 59):02d}"

    def kl(self) -> str:
        return f"kl. {self.clock()}"

    def kr(self, lo: int, hi: int, step: int = 50) -> str:
        n = self.rng.randrange(lo, hi, step)
        text = f"{n:,}".replace(",", ".")
        return self.rng.choice(
            (f"{text} kr.", f"{text} kr.", f"kr. {text}", f"{text},00 kr.", f"{text},- kr.")
        )

    def cvr(self) -> str:
        return f"CVR-nr. {self.rng.randint(10_000_000, 45_999_999)}"

    def permit(self) -> str:
        return f"{self.rng.choice(('24', '25', '26'))}-700-{self.rng.randint(0, 99_999):05d}"

    def box(self) -> str:
        return f"MobilePay-boks {self.rng.randint(10_000, 99_999)}"

    def gift(self) -> str:
        return f"G26{self.rng.randint(0, 99_999):05d}"

    def receipt(self) -> str:
        return f"kvittering nr. 26-{self.rng.randint(0, 99_999):05d}"

    def member_no(self) -> str:
        return f"medlemsnr. {self.rng.randint(100, 4999)}"

    def journal(self) -> str:
        district = self.rng.choice(("0100", "0200", "1200", "3500", "4100", "5200", "7300"))
        series = self.rng.choice(("80151", "80190", "84120"))
        return f"j.nr. {district}-{series}-{self.rng.randint(1, 99_999):05d}-26"

    def svig(self) -> str:
        return f"SVIG-26-{self.rng.randint(0, 99_999):05d}"

    def kk(self) -> str:
        return f"KK-26/{self.rng.randint(1, 299):03d}"

    def org_line(self) -> str:
        return self.rng.choice(ORG_LINES)

    def street(self) -> str:
        return self.rng.choice(STREETS)

    def town(self) -> tuple[str, str]:
        return self.rng.choice(TOWNS)

    def lives_in(self) -> str:
        code, town = self.town()
        return f"{self.rng.choice(('bor i', 'bosat i'))} {code} {town}"

    # labelled values
    def phone(self, number: Phone | None = None, foreign: str = "") -> Part:
        return (number or Phone(self, foreign))()

    def card(self) -> Card:
        return Card(self)

    def otp(self) -> Part:
        digits = 6 if self.rng.random() < 0.8 else 8
        code = "".join(self.rng.choice("0123456789") for _ in range(digits))
        return self.lab(code, "OTP", "[kode]", "[kode]", "******")

    def plate(self) -> Part:
        letters = "".join(self.rng.choice("ABCDEFHJKLMNPRSTUVXYZ") for _ in range(2))
        digits = f"{self.rng.randint(10, 99)}{self.rng.randint(0, 999):03d}"
        value = (
            f"{letters} {digits[:2]} {digits[2:]}" if self.rng.random() < 0.72 else letters + digits
        )
        return self.lab(value, "NUMBER_PLATE", "[nummerplade]", "[reg.nr. slettet]")

    def iban(self, country: str = "") -> Part:
        country = country or self.rng.choice(
            ("DK", "DE", "NL", "GB", "SE", "LT", "BE", "ES", "PL", "TR", "FR", "NO")
        )
        digits = "0123456789"
        if country == "NL":
            bban = self.rng.choice(("ABNA", "INGB", "RABO", "TRIO")) + self.num(10)
        elif country == "GB":
            bban = self.rng.choice(("NWBK", "BARC", "LOYD", "MIDL")) + self.num(14)
        elif country == "TR":
            bban = self.num(5) + "0" + self.num(16)
        else:
            bban = "".join(self.rng.choice(digits) for _ in range(IBAN_LENGTH[country] - 4))
        compact = iban_of(country, bban)
        value = grouped(compact) if self.rng.random() < 0.6 else compact
        mask = compact[:4] + "X" * (len(compact) - 8) + compact[-4:]
        return self.lab(value, "IBAN", mask, mask, "[IBAN]", "[kontonr.]")

    def num(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def account(self) -> Account:
        return Account(self)

    def person(
        self, pseudo: str, lo: int = 1936, hi: int = 2005, woman: bool | None = None
    ) -> Person:
        return Person(self, pseudo, lo, hi, woman)


class Phone:
    def __init__(self, kit: Kit, foreign: str = "") -> None:
        self.kit = kit
        rng = kit.rng
        self.fixed = ""
        if foreign == "44":
            self.fixed = f"+44 7700 900{rng.randint(0, 999):03d}"
        elif foreign == "46":
            self.fixed = f"+46 70 174 06 {rng.randint(5, 99):02d}"
        lead = rng.choice(MOBILE if rng.random() < 0.8 else LANDLINE)
        self.digits = lead + "".join(rng.choice("0123456789") for _ in range(6))

    def __call__(self) -> Part:
        rng = self.kit.rng
        if self.fixed:
            return self.kit.lab(self.fixed, "PHONE", "[TLF]", self.fixed[:4] + " *** ** **")
        value = rng.choice(PHONE_LAYOUTS)(self.digits)
        return self.kit.lab(value, "PHONE", "[TLF]", f"+45 ** ** ** {self.digits[-2:]}")


class Account:
    def __init__(self, kit: Kit) -> None:
        self.kit = kit
        rng = kit.rng
        self.reg = str(rng.randint(1000, 9899))
        length = rng.choice((7, 8, 10, 10, 10))
        number = str(rng.randint(10 ** (length - 1), 10**length - 1))
        self.number = number.zfill(10) if length < 10 and rng.random() < 0.4 else number

    def masks(self) -> tuple[str, ...]:
        return ("[kontonr.]", "[kontonr.]", "******" + self.number[-4:])

    def joined(self) -> Part:
        sep = self.kit.rng.choice("- ")
        value = f"{self.reg}{sep}{self.number.zfill(10)}"
        return self.kit.lab(value, "BANK_ACCOUNT", *self.masks())

    def split(self) -> list:
        lead = self.kit.rng.choice(
            (
                f"reg. {self.reg} konto ",
                f"reg.nr. {self.reg}, kontonr. ",
                f"reg.nr. {self.reg} og kontonr. ",
                f"registreringsnummer {self.reg}, kontonummer ",
            )
        )
        return [lead, self.kit.lab(self.number, "BANK_ACCOUNT", *self.masks())]

    def any(self) -> list:
        return [self.joined()] if self.kit.rng.random() < 0.55 else self.split()


class Card:
    def __init__(self, kit: Kit) -> None:
        self.kit = kit
        rng = kit.rng
        prefix = rng.choice(TEST_PREFIXES)
        self.compact = luhn_completed(prefix + kit.num(15 - len(prefix)))
        month = rng.randint(1, 12)
        year = rng.randint(26, 31)
        self.exp = f"{month:02d}/{year}" if rng.random() < 0.75 else f"{month:02d}/20{year}"
        self.cvc = kit.num(3)

    def number(self) -> Part:
        value = grouped(self.compact) if self.kit.rng.random() < 0.6 else self.compact
        last = self.compact[-4:]
        return self.kit.lab(
            value, "CARD", f"**** **** **** {last}", f"******{last}", "[kortnummer]"
        )

    def expiry(self) -> Part:
        return self.kit.lab(self.exp, "CARD_EXPIRY", "**/**", "[udløb]")

    def cvv(self) -> list:
        cue = self.kit.rng.choice(("CVV ", "CVV: ", "CVC ", "cvc ", "kontrolcifre "))
        return [cue, self.kit.lab(self.cvc, "CARD_CVV", "***", "[CVV]")]

    def masked(self) -> str:
        return self.kit.rng.choice(
            (f"**** **** **** {self.compact[-4:]}", f"******{self.compact[-4:]}")
        )


def birth(rng: random.Random, lo: int, hi: int) -> date:
    first = date(lo, 1, 1)
    return first + timedelta(days=rng.randrange((date(hi, 12, 31) - first).days))


def cpr_compact(rng: random.Random, born: date) -> str:
    century = "4" if born.year >= 2000 else rng.choice("0123")
    while True:
        digits = f"{born:%d%m%y}{century}{rng.randint(0, 999):03d}"
        if not passes_mod11(digits):
            return digits


class Person:
    """A person of a document: their name in its written forms, and their own values."""

    def __init__(
        self, kit: Kit, pseudo: str, lo: int = 1936, hi: int = 2005, woman: bool | None = None
    ) -> None:
        self.kit = kit
        self.pseudo = pseudo
        rng = kit.rng
        community = rng.choices([c for c, _ in COMMUNITIES], [w for _, w in COMMUNITIES])[0]
        women, men, surnames = community
        self.woman = rng.random() < 0.5 if woman is None else woman
        self.first = rng.choice(women if self.woman else men)
        self.last = rng.choice(surnames)
        self.middle = ""
        self.viet = community is VIETNAMESE
        shape = rng.random()
        if self.viet:
            self.middle = "Thi" if self.woman else "Van"
        elif shape < 0.2:
            other = rng.choice(surnames if rng.random() < 0.4 else DANISH[2])
            if other != self.last and " " not in self.last:
                self.last = f"{self.last}-{other}"
        elif shape < 0.36 and " " not in self.last:
            pool = (
                (women if self.woman else men)
                if community is not DANISH or rng.random() < 0.5
                else DANISH[2]
            )
            if community in (ARAB, SOMALI):
                pool = men  # the father's name
            middle = rng.choice(pool)
            if middle not in (self.first, self.last):
                self.middle = middle
        self.born = birth(rng, lo, hi)
        self.nick = NICKNAMES.get(self.first, "")
        self.phone = Phone(kit)
        self.cpr = cpr_compact(rng, self.born)
        f, s = fold(self.first), fold(self.last.replace(" ", ""))
        local = rng.choice(
            (
                f"{f}.{s}",
                f"{f}{s}",
                f"{f[0]}{s}",
                f"{f}.{s}{self.born.year % 100:02d}",
                f"{f}_{s}",
                f"{f}{self.born.year}",
                f"{s}.{f}",
                f"{f}.{s[0]}",
            )
        )
        domain = rng.choice(
            ("example.dk", "example.dk", "example.com", "example.net", "example.org",
             "post.example.dk")
        )  # fmt: skip
        self.mail_address = f"{local}@{domain}"
        letters = (f + s).replace("-", "")
        year = self.born.year
        self.mitid_value = rng.choice(
            (f"{letters[:10]}{year % 100:02d}", f"{f.replace('-', '')}{year}", f"{letters}{year}")
        )
        street = kit.street()
        number = f"{rng.randint(1, 160)}{rng.choice(('', '', '', '', 'A', 'C'))}"
        self.street_part = f"{street} {number}"
        if rng.random() < 0.45:
            floor = rng.choice(("st.", "1.", "2.", "3.", "4.", "5."))
            self.street_part += f", {floor} {rng.choice(('tv.', 'th.', 'mf.'))}"
        self.code, self.town = kit.town()

    @property
    def full_name(self) -> str:
        if self.viet:
            return f"{self.last} {self.middle} {self.first}"
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    def _pn(self, value: str) -> Part:
        return (value, "PERSON") if self.kit.pos else self.pseudo

    def full(self) -> Part:
        return self._pn(self.full_name)

    def given(self) -> Part:
        return self._pn(self.first)

    def comma(self) -> Part:
        return self._pn(f"{self.last}, {self.first}")

    def caps(self) -> Part:
        rng = self.kit.rng
        value = f"{self.last}, {self.first}" if rng.random() < 0.6 else self.full_name
        return self._pn(value.upper())

    def initial(self) -> Part:
        return self._pn(f"{self.first[0]}. {self.last}")

    def lower(self) -> Part:
        return self._pn(self.first.lower())

    def nickname(self) -> Part:
        return self._pn(self.nick or self.first)

    def any(self) -> Part:
        rng = self.kit.rng
        pick = rng.random()
        if pick < 0.55:
            return self.full()
        if pick < 0.75:
            return self.given()
        if pick < 0.88:
            return self.initial()
        return self.comma()

    def gen(self, whole: bool = False) -> list:
        """The genitive: "Mettes", "Mette Holms", "Lars Holm'" (apostrophe outside)."""
        if not self.kit.pos:
            p = self.pseudo
            return [p + ("s" if p[-1].islower() else "'s")]
        base = self.full_name if whole or self.first[-1] in "sxz" else self.first
        if base[-1] in "sxz":
            return [(base, "PERSON"), "'"]
        return [(base + "s", "PERSON")]

    def mail(self) -> Part:
        local, domain = self.mail_address.split("@")
        return self.kit.lab(self.mail_address, "EMAIL", f"{local[0]}***@{domain}", "[e-mail]")

    def tel(self) -> Part:
        return self.phone()

    def cpr_value(self) -> Part:
        d = self.cpr
        form = self.kit.rng.randrange(4)
        value = (
            f"{d[:6]}-{d[6:]}",
            d,
            f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
            f"{d[:6]} {d[6:]}",
        )[form]
        return self.kit.lab(value, "CPR", "[CPR]", f"{d[:6]}-xxxx", "[CPR]")

    def dob(self) -> Part:
        b = self.born
        value = self.kit.rng.choice(
            (long_date(b), f"{b:%d.%m.%Y}", f"{b.day}/{b.month}-{b.year}", f"{b:%d-%m-%Y}")
        )
        return self.kit.lab(value, "DATE_OF_BIRTH", "[fødselsdato]", str(b.year))

    def mitid(self) -> Part:
        return self.kit.lab(self.mitid_value, "MITID_USER", "[bruger-id]", "[MitID-bruger]")

    def address(self, layout: str | None = None) -> Part:
        """The address: "" street part only, "," with postcode on the line, "\\n" on the next."""
        if layout is None:
            layout = self.kit.rng.choice(("", ",", ",", "\n"))
        value = self.street_part
        if layout == ",":
            value += f", {self.code} {self.town}"
        elif layout == "\n":
            value += f"\n{self.code} {self.town}"
        if self.kit.pos:
            return (value, "ADDRESS")
        if layout == "":
            return "[ADRESSE]"
        return f"[ADRESSE]{', ' if layout == ',' else chr(10)}{self.code} {self.town}"


# --- the genres ------------------------------------------------------------------------------
def kasserer_mail(k: Kit) -> Doc:
    """A treasurer's mail thread about a fake chairman's urgent transfer."""
    r = k.rng
    assoc = r.choice(CLUBS + CULTURAL + SOCIAL)
    treas = k.person("Kassereren")
    chair = k.person("Formanden")
    cc = k.person(r.choice(("Næstformanden", "Bestyrelsesmedlem B", "[NAVN]")))
    bank = r.choice(BANKS)
    fake = (
        f"{fold(chair.first)}.{r.choice(('formand', 'bestyrelse', 'kontor', 'privat'))}"
        f"@{r.choice(('example.com', 'example.net', 'example.org'))}"
    )
    fake_mail = k.lab(fake, "EMAIL", f"{fake[0]}***@{fake.split('@')[1]}", "[e-mail]")
    sent = k.day()
    answered = sent + timedelta(days=r.choice((0, 1)))
    subject = r.choice(
        (
            "Hastende betaling",
            "Depositum sommerlejr",
            "Faktura skal betales i dag",
            "Fortroligt: overførsel",
            "Nye spilletrøjer",
            "Betaling til hallen",
            "Indsamlingen – udbetaling",
        )
    )
    purpose, payee = r.choice(
        (
            ("depositum for sommerlejren", "lejrpladsen"),
            ("de nye trøjer", r.choice(SUPPLIERS)),
            ("leje af telte til sommerfesten", r.choice(SUPPLIERS)),
            ("lyd og scene til indsamlingsaftenen", r.choice(SUPPLIERS)),
            ("forskud til træneren", "trænerens konto"),
        )
    )
    amount = k.kr(3500, 48000)
    d = Doc()
    if r.random() < 0.5:
        d("Fra: ", chair.full(), " <", chair.mail(), ">\n")
        d(f"Sendt: {ddmmyy(answered)} {k.kl()}\n", "Til: ", treas.full(), " <", treas.mail())
        d(">\n", f"Emne: SV: VS: {subject}\n\n", "Hej ", treas.given(), "\n\n")
        d("Den mail er IKKE fra mig – jeg skriver aldrig fra ", fake_mail, ". ")
        d("Min eneste adresse er ", chair.mail(), ". ")
        d(
            r.choice(
                (
                    ["Jeg har skrevet til hele bestyrelsen, og ", cc.given(), " melder det til "],
                    ["Jeg har bedt ", cc.full(), " om at melde det til "],
                )
            ),
            "politiet på 114. Ring til mig på ",
            chair.tel(),
            ", når du har talt med banken.\n",
            chair.initial() if r.random() < 0.5 else chair.given(),
            "\n\n-----\n",
        )
    d("Fra: ", treas.full(), " <", treas.mail(), ">\n", "Til: ", chair.full(), " <", chair.mail())
    d(">\n")
    if r.random() < 0.6:
        d("Cc: ", cc.full(), " <", cc.mail(), ">\n")
    d(f"Dato: {ddmmyy(answered)} {k.kl()}\n", f"Emne: VS: {subject}\n\n", "Hej ", chair.given())
    d("\n\n")
    if r.random() < 0.5:
        d(
            f'Jeg fik i går aftes nedenstående mail fra "dig" om at betale {amount} for '
            f"{purpose}. Afsenderen er ",
            fake_mail,
            ", og det er ikke din adresse, så jeg har ikke betalt noget. ",
        )
        d("Det ligner ellers ", chair.gen(), " måde at skrive på.\n\n")
    else:
        d(
            f"Jeg fik nedenstående mail fra dig og nåede desværre at overføre {amount} fra "
            f"foreningens konto i {bank}, før jeg så, at afsenderen var ",
            fake_mail,
            f". Jeg har ringet til bankens spærreservice på {k.org_line()}, og de prøver at "
            f"kalde beløbet tilbage (sagsnr. {k.svig()}).\n\n",
        )
    if r.random() < 0.5:
        d(cc.given(), " – kan du tjekke, om du også har fået en mail fra den adresse? ")
    d(f"Kontingenterne i {k.box()} er ikke berørt. Kan du ringe til mig på ", treas.tel())
    d("?\n\nVenlig hilsen\n", treas.full(), f"\nKasserer, {assoc}\n", "Tlf. ", treas.tel())
    d(f"\n{k.cvr()}\n\n-----Oprindelig meddelelse-----\n", "Fra: ", chair.full(), " <")
    d(fake_mail, f">\nSendt: {ddmmyy(sent)} kl. {k.clock(lo=18, hi=23)}\n", "Til: ")
    d(treas.mail(), f"\nEmne: {subject}\n\n", "Hej ", treas.given(), "\n\n")
    d(
        "Jeg sidder i møde og kan ikke tage telefonen. Vi skal have betalt "
        f"{purpose} i dag, ellers mister vi pladsen. Kan du overføre {amount} til {payee}?\n"
    )
    if r.random() < 0.55:
        acct = k.account()
        d(
            r.choice(("Konto: ", "Kontonr.: ", "Betal til ")), acct.joined(), "\n"
        ) if r.random() < 0.5 else d(acct.split(), "\n")
    else:
        country = r.choice(("GB", "LT", "DE", "NL", "ES", "PL"))
        d("IBAN: ", k.iban(country), "\n")
        d(f"BIC: {r.choice(('NWBKGB2L', 'REVOLT21', 'COBADEFF', 'INGBNL2A', 'BSCHESMM'))}\n")
    d(f'Skriv "{r.choice(("lejr", "trøjer", "faktura", "depositum"))}" i teksten, og send mig ')
    d("kvitteringen, når det er gjort. Det er vigtigt, at det sker i dag.\n\nMvh\n")
    d(chair.given(), "\nSendt fra min iPhone\n")
    return d


def bestyrelsesreferat(k: Kit) -> Doc:
    """Board minutes on a hijacked MobilePay box."""
    r = k.rng
    assoc = r.choice(CLUBS + CULTURAL)
    chair = k.person("Formanden")
    treas = k.person("Kassereren")
    others = [k.person(f"Medlem {c}") for c in "ABC"[: r.randint(2, 3)]]
    ref = r.choice(others)
    bank = r.choice(BANKS)
    meet = k.day()
    box = k.box()
    d = Doc()
    d(f"Referat af ekstraordinært bestyrelsesmøde i {assoc}\n", f"{k.cvr()} · {box}\n")
    d(f"Dato: {ddmmyy(meet)} kl. 19.00-21.{r.randint(10, 55)} i klubhuset ved {k.street()}.\n")
    d("Til stede: ", chair.full(), " (formand), ", treas.full(), " (kasserer)")
    for o in others:
        d(", ", o.full() if r.random() < 0.7 else o.any())
    d("\n")
    if r.random() < 0.5:
        d("Afbud: ", k.person("Medlem D").full(), "\n")
    d("Referent: ", ref.initial(), "\n\n1. MobilePay-boksen\n", treas.full(), " orienterede: ")
    hacked = ddmmyy(meet - timedelta(days=r.randint(2, 20)))
    new_phone = Phone(k)
    d(
        f"Den {hacked} blev foreningens {box} flyttet til et nyt telefonnummer, ",
        new_phone(),
        ", efter at nogen havde fået adgang til ",
        treas.gen(),
        f" login hos {bank}. Udbetalingerne fra boksen er siden gået til ",
        k.account().any(),
        f" i stedet for foreningens egen konto. Det drejer sig om {r.randint(6, 60)} "
        f"kontingenter og forældrebetalinger, i alt {stop(k.kr(2000, 40000))} ",
    )
    d(f"Boksen er spærret via bankens erhvervsservice på {k.org_line()} ({k.svig()}).\n\n")
    d("2. Berørte medlemmer\nFølgende har henvendt sig, fordi de har fået en sms fra ")
    d('"klubben" om at betale igen via et link:\n')
    for i in range(r.randint(2, 4)):
        m = k.person(f"Medlem {i + 4}" if r.random() < 0.4 else "[NAVN]")
        style = r.random()
        if style < 0.4:
            d("- ", m.full(), ", ", m.address(r.choice((",", ""))), ", tlf. ", m.tel(), "\n")
        elif style < 0.65:
            d("- ", m.comma(), f" ({k.member_no()}), ", m.mail(), "\n")
        elif style < 0.85:
            d("- ", m.full(), f", {k.member_no()}, {k.lives_in()}, tlf. ", m.tel(), "\n")
        else:
            d("- ", m.given(), " (forælder til ", k.person("[NAVN]", lo=2008, hi=2016).given())
            d("), ", m.tel(), "\n")
    d("Bestyrelsen ringer rundt. ", chair.given(), " tager sig af ")
    d(others[0].gen(), " familie, der har betalt to gange.\n\n")
    if r.random() < 0.45:
        d(
            "En mand i en hvid varevogn med nummerpladen ",
            k.plate(),
            " har delt sedler med en QR-kode ud på parkeringspladsen ved "
            f"{k.street()}. Sedlerne henviser til en falsk indsamling til {r.choice(FAKE_CAUSES)}."
            "\n\n",
        )
    d(f"3. Anmeldelse\nSagen er anmeldt til {r.choice(POLICE)} på 114, {k.journal()}. ")
    d(chair.gen(), " kvittering for anmeldelsen ligger i Conventus.\n\n")
    d("4. Ny kasserer\n")
    if r.random() < 0.5:
        d(treas.given(), " ønsker at stoppe som kasserer. ", others[-1].full())
        d(" overtager midlertidigt og kan kontaktes på ", others[-1].tel(), " eller ")
        d(others[-1].mail(), ".\n\n")
    else:
        d("Udsat til næste møde.\n\n")
    d(f"5. Eventuelt\nNæste møde {ddmmyy(meet + timedelta(days=r.randint(7, 30)))}. ")
    d("Referatet rundsendes af ", ref.initial(), ".\n\nReferent: ", ref.initial(), "\n")
    return d


def frivillig_chat(k: Kit) -> Doc:
    """A volunteers' chat after a fake coordinator's texts and a leaked volunteer list."""
    r = k.rng
    org = r.choice(SOCIAL + FAITH[6:8] + CULTURAL)
    coord = k.person("Koordinator")
    vols = [k.person(f"Frivillig {c}") for c in "ABC"[: r.randint(2, 3)]]
    absent = k.person(r.choice(("Frivillig D", "[NAVN]")), woman=True)
    alias = k.person("[NAVN]", woman=False)
    platform = r.choice(("Messenger", "WhatsApp", "Teams"))
    shown: dict[int, Callable[[], Part]] = {}
    for p in [coord, *vols]:
        shown[id(p)] = r.choice((p.full, p.given, p.given, p.lower, p.nickname))
    clock = [r.randint(7, 20), r.randint(0, 40)]
    d = Doc()
    d(f"{platform}-gruppe: Frivillige i {org}\n", f"Eksporteret {k.day().isoformat()}\n\n")

    def say(who: Person, *parts: Part) -> None:
        clock[1] += r.randint(0, 6)
        clock[0] += clock[1] // 60
        clock[1] %= 60
        d(f"[{clock[0]:02d}:{clock[1]:02d}] ", shown[id(who)](), ": ", *parts, "\n")

    v = vols
    say(
        coord,
        "Hej alle. Vigtigt: der går en sms rundt i mit navn om at I skal bekræfte jeres vagter "
        "via et link. Den er IKKE fra mig. Jeg skriver kun fra ",
        coord.tel(),
    )

    def sms() -> None:
        say(
            v[0],
            "Jeg fik den i går fra ",
            k.phone(foreign=r.choice(("44", "46"))),
            ". Der stod at jeg skulle logge ind med MitID for at få min kørselsgodtgørelse 🙈",
        )
        if r.random() < 0.5:
            say(coord, "Præcis den. Slet den og tryk ikke på linket.")

    def code() -> None:
        say(v[1], "Jeg trykkede på linket og skrev koden ", k.otp(), " ind, før jeg opdagede det.")
        say(v[1], "Hvad gør jeg?")
        say(
            coord,
            "@",
            v[1].lower(),
            f" ring til din bank med det samme og spær MitID. Spærrelinjen: {k.org_line()}",
        )

    def leak() -> None:
        say(
            v[0],
            "Vores frivilligliste er også blevet sendt rundt som bilag. Der står min adresse, ",
            v[0].address(r.choice(("", ","))),
            ", og mit nummer ",
            v[0].tel(),
            " 😡",
        )
        if r.random() < 0.7:
            say(v[-1], "Min mail ", v[-1].mail(), " står også på den. Har fået tre phishing-mails")
        say(
            coord,
            "Listen blev sendt ud ved en fejl fra ",
            coord.mail(),
            ". Jeg har meldt det til Datatilsynet og beklager meget.",
        )

    def missing() -> None:
        say(
            v[-1],
            "har nogen hørt fra ",
            absent.lower(),
            "? hun havde vagt i torsdags og svarer ikke",
        )
        say(v[0], absent.gen(), " nummer er ", absent.tel(), " hvis nogen vil ringe")

    def collector() -> None:
        say(
            v[1],
            f"Der stod en mand ved indgangen i går og samlede ind til {r.choice(FAKE_CAUSES)} "
            "med en bøsse. Han kørte i en grå Passat, ",
            k.plate(),
        )
        say(v[0], "ja jeg så ham også. han sagde han hed ", alias.given())
        say(
            coord,
            f"Vi samler ALDRIG ind ved døren. Det eneste rigtige er {k.box()}, og vores "
            f"indsamlingstilladelse nr. {k.permit()} gælder kun den.",
        )

    def shift() -> None:
        say(v[-1], f"er der fordeling kl. {k.clock(':', 10, 17)} i dag som normalt?")
        say(coord, "Ja. Og husk: del aldrig jeres kode eller MitID-bruger-id, heller ikke med mig.")

    def mitid() -> None:
        say(
            v[1],
            "Jeg gav mit MitID-bruger-id ",
            v[1].mitid(),
            " til en der ringede og sagde han var fra kommunen 😔",
        )

    def night() -> None:
        say(v[0], "Jeg har fået 2 sms'er med kode ", k.otp(), " i nat som jeg ikke har bedt om")
        if r.random() < 0.5:
            say(v[-1], v[0].nickname(), f" det samme skete i {r.choice(SOCIAL)} i sidste uge")

    def new_list() -> None:
        say(
            coord,
            "Jeg har lavet en ny liste uden adresser. Ring til ",
            k.person("[NAVN]").full(),
            " på ",
            k.phone(),
            " hvis I vil have jer selv slettet helt.",
        )
        say(v[1], "tak ", coord.lower(), " ❤️")

    def money() -> None:
        say(
            v[0],
            f"Jeg har givet {k.kr(100, 900)} til den falske indsamling. "
            "kan man få pengene tilbage?",
        )
        say(
            coord,
            "Skriv til ",
            coord.mail(),
            " med dato og beløb, så hjælper jeg med anmeldelsen til politiet (114).",
        )

    pool = [sms, code, leak, missing, collector, shift, mitid, night, new_list, money]
    for i in sorted(r.sample(range(len(pool)), r.randint(4, 7))):
        pool[i]()
    return d


def bank_sagsnotat(k: Kit) -> Doc:
    """A bank fraud team's case note on a donor to a fake zakat or disaster collection."""
    r = k.rng
    bank = r.choice(BANKS)
    staff = k.person("Medarbejder 2")
    cust = k.person(f"Kunde {r.choice('ABC')}", lo=1934, hi=2003)
    rel = k.person("[NAVN]")
    alias = k.person("[NAVN]")
    community = r.choice(FAITH[6:8] + CULTURAL + FAITH[:3])
    fake = r.choice(FAKE_CAUSES)
    card = k.card()
    acct = k.account()
    opened = k.day()
    d = Doc()
    d(f"{bank} · Svigafdelingen · Sagsnotat\n", f"Sagsnr.: {k.svig()}\n")
    d(f"Oprettet: {opened.isoformat()} {k.clock(':', 8, 16)} af ", staff.initial(), "\n\n")
    d("Kunde: ", cust.caps() if r.random() < 0.75 else cust.full(), "\n")
    d("CPR: ", cust.cpr_value(), "\n")
    if r.random() < 0.55:
        d("Fødselsdato: ", cust.dob(), "\n")
    d("Adresse: ", cust.address(","), "\n", "Tlf.: ", cust.tel(), "\n")
    if r.random() < 0.7:
        d("E-mail: ", cust.mail(), "\n")
    d("\nHenvendelse:\n")
    gift = r.choice(("zakat", "et bidrag", "sadaqa", "et nødhjælpsbidrag", "en gave"))
    d(
        f'Kunden ringede {k.kl()} og oplyste at have givet {gift} til "{fake}" via et opslag '
        f"i {r.choice(('Facebook', 'WhatsApp'))}-gruppen for {community}. På indsamlingssiden "
        "indtastede kunden kortnummer ",
        card.number(),
        " med udløb ",
        card.expiry(),
        " og ",
        card.cvv(),
        ". ",
    )
    if r.random() < 0.8:
        d(
            "Samme aften blev kunden ringet op fra ",
            k.phone(foreign=r.choice(("44", "46", "44"))),
            ' af en person, der præsenterede sig som "',
            alias.full() if r.random() < 0.5 else alias.given(),
            f' fra {bank}s svigafdeling". Kunden oplyste sit MitID-bruger-id ',
            cust.mitid(),
            " og læste engangskoden ",
            k.otp(),
            ' op, da personen sagde, at betalingen skulle "annulleres".\n',
        )
    else:
        d("Kunden modtog en sms med koden ", k.otp(), " og skrev den ind på siden.\n")
    d("\nTransaktioner:\n")
    for _ in range(r.randint(1, 2)):
        d(f"- {opened.isoformat()} {k.clock(':', 17, 23)} · {k.kr(200, 9000)} · kort ")
        d(f"{card.masked()} → {fake}\n")
    d(f"- {opened.isoformat()} {k.clock(':', 17, 23)} · {k.kr(5000, 80000)} · fra ")
    d(acct.joined(), " til ", k.iban(r.choice(("GB", "LT", "TR", "NL", "DE", "BE", "FR"))), "\n")
    d(
        f"\nTiltag: Kort og netbank spærret {k.kl()}. Tilbagekaldelse sendt til modtagerbanken. "
        "Indsigelse på korttransaktionerne oprettet. Kunden er vejledt om at anmelde til "
        "politiet på 114 og orientere Indsamlingsnævnet"
    )
    d(f"; {community} er orienteret om de falske opslag")
    if "Mosk" in community:
        imam = k.person("[NAVN]", lo=1950, hi=1990, woman=False)
        d(". Imam ", imam.full(), " har advaret menigheden ved fredagsbønnen og kan kontaktes på ")
        d(imam.tel(), ".\n")
    else:
        d(".\n")
    if r.random() < 0.6:
        d(
            f"Kundens {r.choice(('datter', 'søn', 'barnebarn', 'nevø'))}, ",
            rel.full(),
            ", tlf. ",
            rel.tel(),
            ", var med på samtalen og er kontaktperson",
        )
        d(".\n" if r.random() < 0.5 else [" (", rel.mail(), ").\n"])
    d("\nSagsbehandler: ", staff.full(), ", ", staff.mail(), f", svigvagten {k.org_line()}\n")
    return d


CARS = (
    "grå Passat", "sort Toyota Corolla", "hvid Ford Transit", "sølvgrå Skoda Octavia",
    "blå Peugeot 308", "rød Citroën Berlingo", "hvid VW Caddy", "mørk Mercedes Vito",
)  # fmt: skip


def politianmeldelse(k: Kit) -> Doc:
    """A police report of fake door-to-door or phone collectors, with witnesses."""
    r = k.rng
    police = r.choice(POLICE)
    rep = k.person("[NAVN]", lo=1932, hi=2005)
    alias = k.person("[NAVN]", woman=False)
    officer = k.person("[NAVN]")
    fake = r.choice(FAKE_CAUSES)
    d = Doc()
    d(f"{police}\nAnmeldelse – bedrageri (falsk indsamling)\n", f"Sag: {k.journal()}\n")
    how = r.choice(("telefonisk på 114", "personligt på stationen", "via politi.dk"))
    d(f"Anmeldt: {ddmmyy(k.day())} {k.kl()}, {how}\n\n")
    d("Anmelder: ", rep.caps() if r.random() < 0.6 else rep.full(), ", ")
    d(r.choice(("født ", "f. ")), rep.dob(), "\n", "CPR-nr.: ", rep.cpr_value(), "\n")
    d("Adresse: ", rep.address("\n"), "\n", "Tlf.: ", rep.tel(), "\n")
    if r.random() < 0.4:
        d("E-mail: ", rep.mail(), "\n")
    plate = k.plate()
    d("\nForklaring:\n")
    d(
        f"Anmelder forklarede, at der den {ddmmyy(k.day())} ca. {k.kl()} ringede to personer "
        f"på døren. De sagde, at de samlede ind til ofrene for {r.choice(DISASTERS)} for "
        f'"{fake}", og viste et kort med teksten "Indsamlingstilladelse nr. {k.permit()}". '
        f"Anmelder betalte {k.kr(100, 1500)} kontant og {k.kr(200, 3000)} via MobilePay til ",
        k.phone(),
        ". Den ene præsenterede sig som ",
        alias.given(),
        f". Personerne kørte derfra i en {r.choice(CARS)} med nummerpladen ",
        plate,
        ".\n",
    )
    if r.random() < 0.55:
        d(
            "Senere samme aften blev anmelder ringet op fra ",
            k.phone(foreign=r.choice(("44", "46"))),
            " af en person, der sagde, at betalingen skulle bekræftes. Anmelder oplyste sit "
            "MitID-bruger-id ",
            rep.mitid(),
            " og koden ",
            k.otp(),
            ".\n",
        )
    d("Indsamlingsnævnet har oplyst, at tilladelsesnummeret ikke findes.\n\nVidner:\n")
    w1 = k.person("[NAVN]")
    d("Vidne 1: ", w1.full(), ", ", r.choice(("født ", "f. ")), w1.dob(), "\n")
    d(w1.address("\n"), "\nTlf. ", w1.tel(), "\n")
    d(
        f"Vidnet så de to personer gå fra dør til dør ved {k.street()}. Vidnet noterede bilens "
        "nummerplade som ",
        k.plate() if r.random() < 0.5 else plate,
        ".\n",
    )
    if r.random() < 0.7:
        w2 = k.person(r.choice(("[NAVN]", "Vidne 2")))
        d("Vidne 2: ", w2.full(), f", {k.lives_in()}, tlf. ", w2.tel(), ". ")
        d("Vidnet har også givet penge og har udleveret kvittering (", k.receipt(), ").\n")
    d("\nSigtede: ukendt. Signalement: to mænd, ca. 20-30 år, mørke jakker.\n")
    d("Modtaget af: ", officer.initial(), f", {police}\n")
    return d


def giverklage(k: Kit) -> Doc:
    """A donor's complaint letter about a fake collection in the charity's name."""
    r = k.rng
    donor = k.person(f"Donor {r.randint(1, 9)}", lo=1934, hi=2000)
    org = r.choice(SOCIAL + FAITH + CULTURAL)
    contact = k.person("[NAVN]")
    alias = k.person("[NAVN]")
    card = k.card()
    written = k.day()
    d = Doc()
    d(donor.full(), "\n", donor.address("\n"), "\n")
    if r.random() < 0.7:
        d("Tlf. ", donor.tel(), "\n")
    if r.random() < 0.7:
        d(donor.mail(), "\n")
    d(f"\n{org}\n")
    named = r.random() < 0.6
    d("Att.: ", contact.full() if named else "Sekretariatet", "\n\n")
    d(f"{donor.town}, {long_date(written)}\n\nKlage over falsk indsamling i jeres navn\n\n")
    d("Kære ", contact.given() if named else "indsamlingsansvarlige", "\n\n")
    d(
        f"Den {ddmmyy(written - timedelta(days=r.randint(2, 12)))} så jeg et opslag på "
        f"Facebook, hvor {org} angiveligt samlede ind til ofrene for {r.choice(DISASTERS)}. "
        f"Jeg trykkede på linket og betalte {k.kr(100, 2500)} med mit kort, ",
        card.number(),
        ", udløb ",
        card.expiry(),
        ", ",
        card.cvv(),
        ". Bagefter fik jeg en sms med koden ",
        k.otp(),
        f", som siden bad mig skrive ind. Dagen efter var der trukket yderligere "
        f"{stop(k.kr(1000, 9000))}\n\n",
    )
    if r.random() < 0.7:
        d(
            "To dage senere ringede en kvinde" if alias.woman else "Senere ringede en mand",
            ", der kaldte sig ",
            alias.full(),
            " og sagde at være fra jeres kontor, fra nummeret ",
            k.phone(foreign=r.choice(("", "44", "46"))),
            ". ",
        )
        if r.random() < 0.5:
            d("Jeg blev bedt om mit MitID-bruger-id og gav desværre ", donor.mitid(), ". ")
        d("\n\n")
    if r.random() < 0.5:
        d(
            "Jeg er født ",
            donor.dob(),
            f" og har givet til jer hvert år siden {r.randint(1995, 2020)}",
        )
        d(". ")
    d(
        f"Jeg har anmeldt sagen til politiet ({k.journal()}) og spærret kortet via "
        f"{r.choice(BANKS)}. Min faste gave har gave-ID {k.gift()}, og jeres seneste "
        f"{k.receipt()} viser, at I har min adresse.\n\n"
    )
    if r.random() < 0.6:
        n = k.person("[NAVN]")
        d("Min nabo, ", n.full(), ", ", n.address(r.choice((",", ""))), ", fik samme opslag og ")
        d("overførte penge til ", k.account().any(), ".\n\n")
    d(
        "Jeg forventer, at I advarer jeres givere, og at I bekræfter, hvilke oplysninger I har "
        "om mig.\n\nMed venlig hilsen\n",
        donor.full(),
        "\n",
    )
    return d


def kirkekontor_log(k: Kit) -> Doc:
    """A parish office's log: a fake invoice to the parish council and fake-priest texts."""
    r = k.rng
    church = r.choice(FAITH[:6] + FAITH[8:])
    clerk = k.person("Kordegnen")
    chair = k.person("Formanden")
    treas = k.person("[NAVN]")
    priest = k.person("[NAVN]")
    d = Doc()
    d(f"Kirkekontoret, {church} – henvendelseslog uge {r.randint(2, 17)}\n")
    d(f"Menighedsrådets {k.cvr()}\n\n")
    day = k.day()
    times = iter(sorted(k.clock(lo=8, hi=16) for _ in range(6)))
    numbers = iter(range(r.randint(1, 250), 300))

    def entry() -> None:
        d(f"KK-26/{next(numbers):03d} · {ddmmyy(day)} kl. {next(times)} · ", clerk.initial(), "\n")

    def invoice() -> None:
        entry()
        fake = f"{fold(chair.first)}.menighedsraad@{r.choice(('example.com', 'example.net'))}"
        d(
            f'Faktura nr. {r.randint(1000, 9999)} fra "{r.choice(SUPPLIERS)}" på '
            f"{k.kr(4000, 60000)}, modtaget fra ",
            k.lab(fake, "EMAIL", f"{fake[0]}***@{fake.split('@')[1]}", "[e-mail]"),
            " med ",
            chair.gen(whole=r.random() < 0.5),
            " navn som godkender. Betaling til ",
            k.iban(r.choice(("DK", "LT", "GB", "DE"))) if r.random() < 0.5 else k.account().any(),
            ". Kasserer ",
            treas.full(),
            " ringet op på ",
            treas.tel(),
            ": kender ikke fakturaen. Betaling standset, kopi sendt til ",
            chair.mail(),
            ".\n\n",
        )

    def giftcards() -> None:
        entry()
        d(
            "Kirketjeneren fik en sms fra ",
            k.phone(foreign=r.choice(("", "44", "46"))),
            " i ",
            priest.gen(),
            f' navn med bøn om at købe gavekort for {k.kr(1000, 6000)} til "en sørgende '
            'familie". Sognepræst ',
            priest.full(),
            " har ikke sendt den; det rigtige nummer er ",
            priest.tel(),
            ".\n\n",
        )

    def attest() -> None:
        entry()
        caller = k.person("[NAVN]")
        mother = k.person("[NAVN]", lo=1932, hi=1960, woman=True)
        d(
            caller.full(),
            " ringede fra ",
            caller.tel(),
            " og bad om navneattest for sin mor, ",
            mother.full(),
            ", ",
            r.choice(("født ", "f. ")),
            mother.dob(),
            ", CPR ",
            mother.cpr_value(),
            ". Intet udleveret pr. telefon; attesten sendes til moderens e-Boks.\n\n",
        )

    def collection() -> None:
        entry()
        m = k.person(r.choice(("[NAVN]", "Giver 2")))
        d(
            m.full(),
            ", ",
            m.address(","),
            f", spurgte, om indsamlingen til {r.choice(FAKE_CAUSES)} i kirkens navn er ægte. "
            f"Nej – kirkens eneste indsamlinger er kirkebøssen og {k.box()} (indsamlingstilladelse "
            f"nr. {k.permit()}). Der har været en bil med nummerpladen ",
            k.plate(),
            " ved kirken efter gudstjenesten.\n\n",
        )

    def grave() -> None:
        entry()
        g = k.person("[NAVN]")
        d(
            "Gravstedsindehaver ",
            g.full(),
            " (",
            g.mail(),
            f") har fået en mail om at betale {k.kr(500, 4000)} for vedligehold til ",
            k.account().any(),
            ". Mailen er falsk; kirkegården opkræver kun via e-Boks. ",
            g.given(),
            " er ringet op på ",
            g.tel(),
            ".\n\n",
        )

    def cpr_mix() -> None:
        entry()
        p = k.person("[NAVN]", lo=1940, hi=2005)
        d(
            "Henvendelse om dåbsattest: ",
            p.comma(),
            ", CPR ",
            p.cpr_value(),
            ". Personen oplyste at være født ",
            p.dob(),
            " og ville have attesten sendt til ",
            p.mail(),
            ". Afvist – sendes kun til e-Boks.\n\n",
        )

    steps = [invoice, r.choice((giftcards, grave)), attest, collection, cpr_mix]
    r.shuffle(steps)
    for step in steps[: r.randint(3, 5)]:
        step()
    d("Orientering af menighedsrådet: ", chair.full(), " orienteres på næste møde.\n")
    return d


def register_csv(k: Kit) -> Doc:
    """A donor, volunteer or member register sent out by mistake, semicolon-separated."""
    r = k.rng
    kind = r.choice(("givere", "frivillige", "medlemmer"))
    org = r.choice(SOCIAL + CULTURAL + FAITH + CLUBS)
    sender = k.person("Medarbejder 1")
    ext = f"info.{r.choice(('kontakt', 'bestyrelse', 'post', 'kasse'))}@example.net"
    d = Doc()
    register = {"givere": "giver", "frivillige": "frivillig", "medlemmer": "medlems"}[kind]
    d(f"# Udtræk fra {register}registret – {org} – {k.day().isoformat()}\n")
    d("# Sendt ved en fejl som bilag til ", k.lab(ext, "EMAIL", "i***@example.net", "[e-mail]"))
    d(" af ", sender.full(), f" {k.kl()}; {r.choice((k.svig(), k.kk(), k.journal()))}\n")
    rows = r.randint(3, 6)

    def name(p: Person) -> Part:
        pick = r.random()
        if pick < 0.4:
            return p.comma()
        if pick < 0.6:
            return p.caps()
        return p.full()

    if kind == "givere":
        d("navn;adresse;cpr;telefon;email;beløb;gave-ID;dato\n")
        for i in range(rows):
            p = k.person(f"Donor {i + 1}", lo=1934, hi=2003)
            d(name(p), ";", p.address(","), ";")
            d(p.cpr_value() if r.random() < 0.8 else "", ";", p.tel(), ";", p.mail(), ";")
            d(f"{k.kr(50, 5000)};{k.gift()};{k.day().isoformat()}\n")
    elif kind == "frivillige":
        d("navn;telefon;email;adresse;vagt;børneattest\n")
        for i in range(rows):
            p = k.person(f"Frivillig {'ABCDEF'[i]}", lo=1945, hi=2005)
            d(name(p), ";", p.tel(), ";", p.mail(), ";", p.address(","), ";")
            d(f"{r.choice(('mandag', 'tirsdag', 'onsdag', 'torsdag', 'lørdag'))} {k.clock(':')};")
            d(f"{r.choice(('ja', 'ja', 'nej', 'afventer'))}\n")
    else:
        d("medlemsnr.;navn;adresse;telefon;konto til betalingsservice;bemærkning\n")
        for i in range(rows):
            p = k.person(f"Medlem {i + 1}", lo=1934, hi=2005)
            d(f"{r.randint(100, 4999)};", name(p), ";", p.address(","), ";", p.tel(), ";")
            d(k.account().joined(), ";")
            note = r.random()
            if note < 0.45:
                d("f. ", p.dob(), r.choice(("", ", seniorhold", ", æresmedlem")), "\n")
            elif note < 0.7:
                d(f"{r.choice(('ny', 'udmeldt', 'kontingent restance'))}\n")
            else:
                d("\n")
    d(f"# {rows} rækker. Filen er slettet hos modtageren ifølge ", sender.initial(), ".\n")
    return d


BUILDERS: dict[str, Callable[[Kit], Doc]] = {
    "kasserer_mail": kasserer_mail,
    "bestyrelsesreferat": bestyrelsesreferat,
    "frivillig_chat": frivillig_chat,
    "bank_sagsnotat": bank_sagsnotat,
    "politianmeldelse": politianmeldelse,
    "giverklage": giverklage,
    "kirkekontor_log": kirkekontor_log,
    "register_csv": register_csv,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: each document from its own Random, negatives spread evenly among positives."""
    negatives = round(size * NEGATIVES / SIZE)
    docs = []
    for i in range(size):
        before = i * negatives // size
        negative = (i + 1) * negatives // size > before
        genre = GENRES[(before if negative else i - before) % len(GENRES)]
        kit = Kit(random.Random(f"pii_blind48:{seed}:{i}"), not negative)
        doc = BUILDERS[genre](kit)
        docs.append(
            {
                "id": f"pii_blind48-{i:04d}",
                "genre": genre,
                "kind": "negative" if negative else "positive",
                "text": doc.text,
                "spans": doc.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind48.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
