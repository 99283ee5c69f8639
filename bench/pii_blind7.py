"""An eighth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. It stresses the register a bank's
or telco's fraud team keeps: case-management exports (CSV and TSV with Danish headers, Excel
pasted as text, nested JSON from APIs), e-mail threads with "> " quoted replies, forwarded
Outlook headers (Fra:/Sendt:/Til:/Emne:), signatures and disclaimers, ticket notes with time
stamps and agent initials, transcribed voicemails, SMS exports with sender numbers, OCR of
MobilePay and netbank receipts, police letters, chargeback forms, KYC notes on foreign
customers (Polish, Romanian, Arabic, Somali, Vietnamese and Ukrainian names in Danish
transliteration, some in their own script), Greenlandic and Faroese addresses, c/o and
"Postboks" addresses, SIM-swap tickets, money-mule reports and address-change logs.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("politiassistent", "kunde"); initials
  keep their dot ("J. Krogh"), "Krogh, Jens" is one span, a genitive s belongs to it ("Jens
  Kroghs konto"). Names split into fields (JSON "given"/"family", CSV "Fornavn"/"Efternavn")
  give one span per field. A name in another script ("Олександр Коваленко") and each alias
  of a transliterated name is PERSON. The name after "c/o" is PERSON; the "c/o" line is not
  an address. Agent and system initials in ticket notes ("MKH", "/alb", "SYS") are not PERSON,
  nor are names inside company names ("Tømrermester Bo Friis ApS"), streets named after people
  (PERSON_STREETS) or alphanumeric SMS senders.
- ADDRESS runs from the street name through number, letter, floor and side or door ("st.",
  "2. tv", "3. 12"), plus ", postcode town" (also "DK-8000 Aarhus C", "FO-100 Tórshavn",
  "3900 Nuuk") on the same line or the next line of an address block (line break included).
  A postcode and town in a column or field of their own, a street without number, "Postboks"
  lines and c/o lines are not part of any span. Every person's street address with a
  number is labelled; in a transcribed voicemail it may be in lower case. An organisation's
  own postal address (a bank's signature, "Sendt fra …") is not personal data and is never
  labelled (pii78: the organisations' address convention; the text is unchanged).
- CPR is synthetic: a valid birth date, a seventh digit that fits the century, and a serial
  that makes the number FAIL modulus 11; forms "DDMMYY-SSSS", "DDMMYYSSSS", "DDMMYY SSSS".
  DATE_OF_BIRTH is a full date in birth context ("født", "f.", "Fødselsdato", "birthDate",
  "dob"); a birth year alone and every other date or time stamp are never labelled.
- PHONE: Danish numbers (8 digits starting 2-9, any common grouping, optional +45 or 0045),
  Greenlandic (+299) and Faroese (+298) six-digit numbers, and fictional foreign ones (+44 7700
  900xxx, +1 NXX 555-01xx). Service numbers (112, 114) and SMS short codes are not PHONE. An
  SMS export's sender or receiver number is PHONE; a sender name ("MitID") is nothing.
- BANK_ACCOUNT is reg.nr. and account written together ("5470-0001234567", "5470 1234567");
  where reg.nr. and account stand in columns or fields of their own only the account is the
  span. IBANs have valid check digits and their country's length. CARD numbers are Luhn-valid
  with a published test prefix (TEST_PREFIXES); CARD_EXPIRY "MM/YY", "MM/YYYY" or "MM-YY";
  CARD_CVV 3-4 digits after "CVC", "CVV" or "kontrolcifre". OTP is a one-time code sent or
  given; MITID_USER a MitID user ID given as such; NUMBER_PLATE a Danish plate ("AB 12 345").
- Hard negatives, never labelled: masked values ("**** **** **** 4242", "xxxxxx-1234", "+45 **
  ** 12 34", "k***@example.dk"), last four digits, transaction, ticket, case, journal,
  customer, port and receipt numbers, RF creditor references (valid mod 97), FI lines, CVR and
  SE numbers, IMEI and ICCID (Luhn-valid), Excel's "4,24242E+15", passport and licence
  numbers, parcel pickup codes, reg.nr. alone, amounts and time stamps. Documents of kind
  "negative" are pseudonymised exports or reports that carry only such values.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind7 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

SEED = 7_718
SIZE = 2_000
REF = date(2025, 6, 30)
TYPES = (
    "PERSON",
    "ADDRESS",
    "CPR",
    "PHONE",
    "EMAIL",
    "BANK_ACCOUNT",
    "IBAN",
    "CARD",
    "CARD_CVV",
    "CARD_EXPIRY",
    "OTP",
    "DATE_OF_BIRTH",
    "MITID_USER",
    "NUMBER_PLATE",
)
OPEN, MID, CLOSE = "\ue000", "\ue001", "\ue002"
MARK = re.compile(f"{OPEN}(\\w+){MID}(.*?){CLOSE}", re.S)
# pii78: an organisation's own postal address: marked as a value is, never labelled (not
# personal data, GDPR art. 4(1)).
ORGANISATION_ADDRESS = "ORGANISATION_ADDRESS"


def words(text: str) -> list[str]:
    return text.split()


def alts(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


DK_MEN = words("""Aksel Anders Arne Asger Bent Bjarke Bo Carsten Claus Dan Ejner Emil Erik Esben
Finn Flemming Frode Gunnar Hans Harald Henning Holger Ib Jakob Jens Jesper Johan Jonas Jørgen
Kasper Keld Kim Knud Lars Leif Magnus Mads Malthe Mikael Mogens Morten Niels Nikolaj Ole Oliver
Palle Peder Poul Rasmus Rune Sebastian Søren Steen Svend Thorkild Troels Tue Ulrik Valdemar
Viggo Villads Werner Aage Bjørn Christoffer Elias Frederik Gert Hjalte Ivan Karsten Laurits Noah
Oscar Preben Sigurd Tage Vagn Anker Børge Egon Ebbe Hans-Henrik Jens-Ole""")
DK_WOMEN = words("""Agnete Alberte Anna Annette Astrid Benedikte Birgit Birthe Bodil Camilla
Charlotte Dagmar Dorthe Ellen Else Emma Erna Esther Freja Gitte Grethe Gudrun Hanne Helle Herdis
Ida Inger Irene Jette Johanne Karen Karin Kirsten Klara Laura Lene Lis Lone Maja Margrethe
Marianne Mette Nanna Nina Pernille Ragnhild Rikke Sanne Signe Sofie Susanne Tove Trine Ulla
Vibeke Viola Yrsa Åse Asta Bente Ditte Elin Hella Ingrid Jonna Liv Merete Olga Stine Tina Winnie
Vera Cecilie Lærke Mathilde Sigrid Tilde Anne-Mette Marie-Louise""")
DK_SURNAMES = words("""Andersen Bach Bang Berg Bertelsen Birk Brandt Bruun Dahl Damgaard Eriksen
Fisker Frandsen Gregersen Hald Holm Jakobsen Jensen Juhl Kjær Klausen Knudsen Krogh Kristensen
Lauridsen Lind Lund Madsen Mikkelsen Mortensen Munk Nygaard Olesen Overgaard Pedersen Poulsen
Rasmussen Riis Schmidt Skov Sørensen Thomsen Toft Vestergaard Villadsen Winther Østergaard
Aagaard Agerskov Bisgaard Buch Dyhr Ebbesen Fogh Gravesen Hedegaard Iversen Kirkegaard
Lykkegaard Markussen Nissen Obel Pilgaard Quist Rytter Skaarup Thygesen Uldall Vinther Wulff
Krag Svendsen Kofoed Bonde Lassen Bech Boesen Ravn Hvid Holst Mølgaard Gade Brink-Larsen Lund-
Hansen""")
FOREIGN = {  # first names, last names, and for some a Danish transliteration's other spellings
    "pl": (
        "Wojciech Krzysztof Grzegorz Łukasz Lukasz Piotr Tomasz Agnieszka Małgorzata Katarzyna"
        " Joanna Magdalena Ewa Zofia Paweł Jarosław",
        "Kowalczyk Wiśniewski Zieliński Wójcik Kamińska Lewandowski Szymańska Dąbrowski"
        " Kozłowski Jankowska Mazur Krawczyk Wisniewski Grabowska",
    ),
    "ro": (
        "Andrei Mihai Ionuț Ionut Ștefan Bogdan Cristian Ioana Elena Andreea Alexandra Mihaela"
        " Roxana Florin Sorin Daniela",
        "Popescu Ionescu Dumitru Stan Stoica Gheorghe Munteanu Lungu Constantin Dobre"
        " Rădulescu Radulescu Marinescu Vasilescu",
    ),
    "ar": (
        "Mohammad Muhammed Mohamed Ahmad Abdullah Khaled Khalid Yousef Omar Hassan Ali Fatima"
        " Aisha Mariam Zainab Layla Noor Samira Amal Bilal",
        "Al-Hassan El-Sayed Haddad Nasser Darwish Hamdan Saleh Qasim Mansour Jaber Khoury"
        " Abdallah Taha Al-Rawi Shahin",
    ),
    "so": (
        "Abdi Abdirahman Cabdi Xasan Mahad Liban Farhan Hodan Faadumo Sahra Hibaaq Ayaan Ubah"
        " Nasra Ifrah Mustafe",
        "Warsame Farah Jama Mohamud Osman Yusuf Egal Dahir Nuur Abdulle Hirsi Guled Cilmi",
    ),
    "vi": (
        "Hung Lan Minh Thu Huong Tuan Linh Duc Phuong Quang Thao Trang Khanh Hai",
        "Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ngo Duong Truong",
    ),
    "uk": (
        "Oleksandr Aleksandr Volodymyr Dmytro Serhij Jurij Mykola Andrij Taras Olena Natalija"
        " Iryna Oksana Tetjana Julija Svitlana Halyna",
        "Kovalenko Sjevtjenko Bondarenko Tkatjenko Kravtjenko Melnyk Bojko Lysenko Marsjenko"
        " Hrytsenko Savtjenko Rudenko Kovaltjuk",
    ),
    "gl": (
        "Aputsiaq Malik Inunnguaq Nivi Naja Paninnguaq Ivalu Kuupik Minik Pipaluk Uiloq Hansi",
        "Kleist Lynge Motzfeldt Egede Berthelsen Heilmann Kreutzmann Petrussen Fleischer Lennert",
    ),
    "fo": (
        "Jógvan Sjúrður Rógvi Heðin Bárður Eyðun Turið Rannvá Guðrun Marjun Sólja Jákup",
        "Joensen Dalsgaard Lamhauge Nolsøe Heinesen Jákupsson Niclasen Hammershaimb Rasmussen",
    ),
}
IMM_FIRST = [n for k in ("pl", "ro", "ar", "so", "vi", "uk") for n in FOREIGN[k][0].split()]
CYRILLIC = {
    "Oleksandr": "Олександр",
    "Volodymyr": "Володимир",
    "Dmytro": "Дмитро",
    "Olena": "Олена",
    "Iryna": "Ірина",
    "Oksana": "Оксана",
    "Kovalenko": "Коваленко",
    "Bondarenko": "Бондаренко",
    "Melnyk": "Мельник",
    "Bojko": "Бойко",
    "Lysenko": "Лисенко",
    "Rudenko": "Руденко",
}
VI_MIDDLE = ("Van", "Thi", "Minh", "Duc", "Ngoc")
PLACEHOLDERS = alts(
    "kunden|kontohaver|[NAVN]|[navn slettet]|Kunde 1|XXXX XXXX|anmelder|modtager|<pseudonym>"
    "|Person A"
)

STREETS = """Vestergade Østergade Nørregade Søndergade Kirkevej Skolevej Møllevej Engvej Bakkevej
Skovbrynet Lyngvej Strandvejen Havnegade Fjordvej Markvej Birkevej Bøgevej Egevej Ahornvej
Rønnebærvej Kastanievej Hybenvej Tjørnevej Enghavevej Åboulevarden Ringvejen Stationsvej
Banegårdsgade Torvegade Brogade Slotsgade Klostergade Smedegade Borgergade Fiskergade
Rosenvænget Lærkevej Vibevej Mågevej Svanevej Ternevej Hedevej Klitvej Sandager Toftevej
Agerlandsvej Bygaden Præstevænget Grønnegade Voldgade Kongensgade Nyhavnsvej Sølvgade
Valmuevej Kornblomstvej Hørvej Humlevej Gyvelvej Mosevej Kærvej Bredgade Langgade Tværgade
Kildevej Brøndvej Åvej Bækkevej Dalvej Højvej Bjergvej Solvej Månevej Stjernevej Nordvej
Sydvej Vestvej Østvej Pilevej Poppelvej Lindevej Elmevej Nøddevej Fasanvej Agernvej
Gl._Kongevej Ny_Østergade Store_Torv Lille_Strandstræde Øvre_Bakke Nedre_Mølle""".replace(
    "_", " "
).split()
PERSON_STREETS = (
    "Anna Anchers Vej",
    "Thit Jensens Gade",
    "Poul Henningsens Plads",
    "Tove Ditlevsens Vej",
    "Carl Nielsens Allé",
    "Johannes V. Jensens Allé",
    "Steen Blichers Vej",
    "Kaj Munks Vej",
    "Marie Krøyers Vej",
    "Niels Juels Gade",
    "Ole Rømers Gade",
    "Tycho Brahes Allé",
    "Peter Sabroes Gade",
    "Nina Bangs Gade",
    "Inge Lehmanns Gade",
    "Rasmus Raskes Vej",
    "Jens Baggesens Vej",
    "Holger Danskes Vej",
    "Karen Blixens Plads",
    "Hans Egedesvej",
    "Niels Finsens gøta",
    "Jóannes Patursonar gøta",
    "Emil Chr. Hansens Vej",
)
POSTAL = """1050 København K|1610 København V|2100 København Ø|2200 København N|2300 København S
2400 København NV|2450 København SV|2500 Valby|2600 Glostrup|2605 Brøndby|2620 Albertslund
2630 Taastrup|2650 Hvidovre|2700 Brønshøj|2720 Vanløse|2730 Herlev|2750 Ballerup|2760 Måløv
2770 Kastrup|2791 Dragør|2800 Kongens Lyngby|2820 Gentofte|2830 Virum|2840 Holte|2850 Nærum
2860 Søborg|2880 Bagsværd|2900 Hellerup|2920 Charlottenlund|2930 Klampenborg|2950 Vedbæk
2970 Hørsholm|3000 Helsingør|3050 Humlebæk|3060 Espergærde|3070 Snekkersten|3100 Hornbæk
3120 Dronningmølle|3140 Ålsgårde|3200 Helsinge|3250 Gilleleje|3300 Frederiksværk|3310 Ølsted
3400 Hillerød|3450 Allerød|3460 Birkerød|3480 Fredensborg|3500 Værløse|3520 Farum|3540 Lynge
3550 Slangerup|3600 Frederikssund|3630 Jægerspris|3650 Ølstykke|3660 Stenløse|3670 Veksø
3700 Rønne|3720 Aakirkeby|3730 Nexø|3740 Svaneke|3760 Gudhjem|3770 Allinge|4000 Roskilde
4040 Jyllinge|4050 Skibby|4060 Kirke Såby|4070 Kirke Hyllinge|4100 Ringsted|4130 Viby Sj.
4140 Borup|4160 Herlufmagle|4171 Glumsø|4180 Sorø|4200 Slagelse|4220 Korsør|4230 Skælskør
4250 Fuglebjerg|4270 Høng|4281 Gørlev|4300 Holbæk|4320 Lejre|4330 Hvalsø|4340 Tølløse
4360 Kirke Eskilstrup|4370 Store Merløse|4390 Vipperød|4400 Kalundborg|4420 Regstrup
4440 Mørkøv|4450 Jyderup|4460 Snertinge|4470 Svebølle|4490 Jerslev Sjælland|4500 Nykøbing Sj
4520 Svinninge|4540 Fårevejle|4550 Asnæs|4560 Vig|4571 Grevinge|4573 Højby|4581 Rørvig
4600 Køge|4621 Gadstrup|4632 Bjæverskov|4640 Faxe|4652 Hårlev|4660 Store Heddinge
4671 Strøby|4681 Herfølge|4690 Haslev|4700 Næstved|4720 Præstø|4733 Tappernøje|4735 Mern
4736 Karrebæksminde|4750 Lundby|4760 Vordingborg|4771 Kalvehave|4772 Langebæk|4780 Stege
4800 Nykøbing F|4840 Nørre Alslev|4850 Stubbekøbing|4862 Guldborg|4873 Væggerløse
4880 Nysted|4892 Kettinge|4900 Nakskov|4930 Maribo|4940 Bandholm|4960 Holeby|4970 Rødby
4983 Dannemare|4990 Sakskøbing|5000 Odense C|5200 Odense V|5210 Odense NV|5220 Odense SØ
5230 Odense M|5250 Odense SV|5260 Odense S|5270 Odense N|5290 Marslev|5300 Kerteminde
5320 Agedrup|5330 Munkebo|5350 Rynkeby|5370 Mesinge|5380 Dalby|5390 Martofte|5400 Bogense
5450 Otterup|5462 Morud|5463 Harndrup|5466 Asperup|5471 Søndersø|5474 Veflinge|5485 Skamby
5492 Vissenbjerg|5500 Middelfart|5540 Ullerslev|5550 Langeskov|5560 Aarup|5580 Nørre Aaby
5591 Gelsted|5600 Faaborg|5610 Assens|5620 Glamsbjerg|5631 Ebberup|5642 Millinge
5672 Broby|5683 Haarby|5690 Tommerup|5700 Svendborg|5750 Ringe|5762 Vester Skerninge
5771 Stenstrup|5792 Årslev|5800 Nyborg|5853 Ørbæk|5856 Ryslinge|5874 Hesselager
5900 Rudkøbing|5935 Bagenkop|5953 Tranekær|5960 Marstal|5970 Ærøskøbing|6000 Kolding
6040 Egtved|6051 Almind|6064 Jordrup|6070 Christiansfeld|6091 Bjert|6100 Haderslev
6200 Aabenraa|6230 Rødekro|6240 Løgumkloster|6261 Bredebro|6270 Tønder|6280 Højer
6300 Gråsten|6310 Broager|6320 Egernsund|6330 Padborg|6340 Kruså|6360 Tinglev|6400 Sønderborg
6430 Nordborg|6440 Augustenborg|6470 Sydals|6500 Vojens|6510 Gram|6520 Toftlund|6560 Sommersted
6580 Vamdrup|6600 Vejen|6621 Gesten|6630 Rødding|6640 Lunderskov|6650 Brørup|6660 Lintrup
6670 Holsted|6682 Hovborg|6690 Gørding|6700 Esbjerg|6705 Esbjerg Ø|6710 Esbjerg V|6715 Esbjerg N
6720 Fanø|6731 Tjæreborg|6740 Bramming|6753 Agerbæk|6760 Ribe|6771 Gredstedbro|6780 Skærbæk
6792 Rømø|6800 Varde|6818 Årre|6823 Ansager|6830 Nørre Nebel|6840 Oksbøl|6851 Janderup Vestj
6857 Blåvand|6862 Tistrup|6870 Ølgod|6880 Tarm|6893 Hemmet|6900 Skjern|6920 Videbæk
6933 Kibæk|6950 Ringkøbing|6960 Hvide Sande|6971 Spjald|6973 Ørnhøj|6980 Tim|6990 Ulfborg
7000 Fredericia|7080 Børkop|7100 Vejle|7120 Vejle Øst|7130 Juelsminde|7140 Stouby|7150 Barrit
7160 Tørring|7171 Uldum|7173 Vonge|7182 Bredsten|7190 Billund|7200 Grindsted|7250 Hejnsvig
7260 Sønder Omme|7270 Stakroge|7300 Jelling|7321 Gadbjerg|7323 Give|7330 Brande|7361 Ejstrupholm
7400 Herning|7430 Ikast|7441 Bording|7451 Sunds|7470 Karup J|7480 Vildbjerg|7490 Aulum
7500 Holstebro|7540 Haderup|7550 Sørvad|7560 Hjerm|7570 Vemb|7600 Struer|7620 Lemvig
7650 Bøvlingbjerg|7673 Harboøre|7680 Thyborøn|7700 Thisted|7730 Hanstholm|7741 Frøstrup
7752 Snedsted|7760 Hurup Thy|7770 Vestervig|7790 Thyholm|7800 Skive|7830 Vinderup
7840 Højslev|7850 Stoholm Jyll|7860 Spøttrup|7870 Roslev|7884 Fur|7900 Nykøbing M|7950 Erslev
7960 Karby|7970 Redsted M|7980 Vils|7990 Øster Assels|8000 Aarhus C|8200 Aarhus N|8210 Aarhus V
8220 Brabrand|8230 Åbyhøj|8240 Risskov|8250 Egå|8260 Viby J|8270 Højbjerg|8300 Odder
8305 Samsø|8310 Tranbjerg J|8320 Mårslet|8330 Beder|8340 Malling|8350 Hundslund|8355 Solbjerg
8361 Hasselager|8362 Hørning|8370 Hadsten|8380 Trige|8381 Tilst|8382 Hinnerup|8400 Ebeltoft
8410 Rønde|8420 Knebel|8444 Balle|8450 Hammel|8462 Harlev J|8464 Galten|8471 Sabro
8500 Grenaa|8520 Lystrup|8530 Hjortshøj|8541 Skødstrup|8543 Hornslet|8550 Ryomgård
8560 Kolind|8570 Trustrup|8581 Nimtofte|8585 Glesborg|8586 Ørum Djurs|8600 Silkeborg
8620 Kjellerup|8632 Lemming|8641 Sorring|8643 Ans By|8653 Them|8660 Skanderborg|8670 Låsby
8680 Ry|8700 Horsens|8721 Daugård|8722 Hedensted|8723 Løsning|8732 Hovedgård|8740 Brædstrup
8751 Gedved|8752 Østbirk|8762 Flemming|8763 Rask Mølle|8765 Klovborg|8766 Nørre Snede
8781 Stenderup|8783 Hornsyld|8800 Viborg|8830 Tjele|8831 Løgstrup|8832 Skals|8840 Rødkærsbro
8850 Bjerringbro|8860 Ulstrup|8870 Langå|8881 Thorsø|8882 Fårvang|8883 Gjern|8900 Randers C
8920 Randers NV|8930 Randers NØ|8940 Randers SV|8950 Ørsted|8960 Randers SØ|8961 Allingåbro
8963 Auning|8970 Havndal|8981 Spentrup|8983 Gjerlev J|8990 Fårup|9000 Aalborg|9200 Aalborg SV
9210 Aalborg SØ|9220 Aalborg Øst|9230 Svenstrup J|9240 Nibe|9260 Gistrup|9270 Klarup
9280 Storvorde|9293 Kongerslev|9300 Sæby|9310 Vodskov|9320 Hjallerup|9330 Dronninglund
9340 Asaa|9352 Dybvad|9370 Hals|9380 Vestbjerg|9381 Sulsted|9382 Tylstrup|9400 Nørresundby
9430 Vadum|9440 Aabybro|9460 Brovst|9480 Løkken|9490 Pandrup|9492 Blokhus|9493 Saltum
9500 Hobro|9510 Arden|9520 Skørping|9530 Støvring|9541 Suldrup|9550 Mariager|9560 Hadsund
9574 Bælum|9575 Terndrup|9600 Aars|9610 Nørager|9620 Aalestrup|9631 Gedsted|9640 Farsø
9670 Løgstør|9681 Ranum|9690 Fjerritslev|9700 Brønderslev|9740 Jerup|9750 Østervrå
9760 Vrå|9800 Hjørring|9830 Tårs|9850 Hirtshals|9870 Sindal|9881 Bindslev|9900 Frederikshavn
9940 Læsø|9970 Strandby|9981 Jerup|9982 Ålbæk|9990 Skagen""".replace("\n", "|").split("|")
GL_STREETS = (
    "Aqqusinersuaq",
    "Issortarfimmut",
    "Qupanuk",
    "Kuussuaq",
    "Imaneq",
    "Tuapannguit",
    "Aalisartut Aqqutaat",
    "Siaqqinnguaq",
    "Jukkorsuup Aqq.",
    "Nuussuaq",
)
GL_POSTAL = (
    "3900 Nuuk",
    "3911 Sisimiut",
    "3920 Qaqortoq",
    "3952 Ilulissat",
    "3913 Tasiilaq",
    "3950 Aasiaat",
    "3921 Narsaq",
    "3940 Paamiut",
    "3962 Upernavik",
)
FO_STREETS = (
    "Tróndargøta",
    "Áarvegur",
    "Hoyvíksvegur",
    "Heiðavegur",
    "Landavegur",
    "Sverrisgøta",
    "Kongabrúgvin",
    "Dalavegur",
    "Bakkavegur",
)
FO_POSTAL = (
    "FO-100 Tórshavn",
    "FO-700 Klaksvík",
    "FO-800 Tvøroyri",
    "FO-510 Gøta",
    "FO-600 Saltangará",
    "FO-410 Kollafjørður",
    "FO-900 Vágur",
    "FO-380 Sørvágur",
)
SIDES = (
    "st.",
    "st. tv.",
    "st. th.",
    "1. tv.",
    "1. th.",
    "2. tv",
    "2.th.",
    "3. mf.",
    "4. sal",
    "kl.",
    "1 tv",
    "3. 12",
    "2. 4",
    "5. th",
    "1.",
    "st. 2",
)

ORGS = {  # name: (e-mail domain, street, postcode town)
    "Fjordbanken": ("fjordbanken.example.dk", "Havnegade 4", "8000 Aarhus C"),
    "Andelskassen Vest": ("andelskassen.example.dk", "Torvegade 19", "6700 Esbjerg"),
    "Nordlys Bank": ("nordlysbank.example.dk", "Kongensgade 61", "5000 Odense C"),
    "Sydkyst Sparekasse": ("sydkyst.example.dk", "Brogade 2", "4700 Næstved"),
    "Bølge Mobil": ("boelge.example.dk", "Stationsvej 7", "2630 Taastrup"),
    "Fyrtårn Tele": ("fyrtaarn.example.net", "Ringvejen 101", "9000 Aalborg"),
}
EMAIL_DOMAINS = (
    "example.dk",
    "example.com",
    "example.net",
    "example.org",
    "post.example.dk",
    *(d for d, _, _ in ORGS.values()),
)
COMPANY_FORMS = (
    "Tømrermester {f} {l} ApS",
    "Vognmand {f} {l}",
    "{l} & {l2} Revision I/S",
    "Malerfirma {f} {l}",
    "Frisør {f}",
    "{l} Holding ApS",
    "{f} {l}s Rengøring ApS",
    "Advokatfirmaet {l} & {l2}",
    "Kiosk {f}",
)
ORG_PATTERN = (
    r"(?:Tømrermester|Vognmand|Malerfirma|Frisør|Kiosk|Advokatfirmaet) [\w& -]+?(?= ApS|\W|$)"
    r"|[\w-]+ & [\w-]+ Revision I/S|[\w-]+ Holding ApS|[\w-]+ [\w-]+s Rengøring ApS"
)
TEST_PREFIXES = ("424242", "400005", "555555", "222300", "520082", "411111", "401288", "378282")
MONTHS = "januar februar marts april maj juni juli august september oktober november december"
MONTH_NAMES = MONTHS.split()
DK_MOBILE = (*range(20, 32), 40, 41, 42, 50, 51, 52, 53, 60, 61, 71, 81, 91, 92, 93)
DK_LAND = (
    33,
    35,
    36,
    38,
    39,
    43,
    44,
    45,
    46,
    47,
    48,
    56,
    57,
    58,
    59,
    62,
    63,
    64,
    65,
    66,
    69,
    74,
    75,
    76,
    86,
    87,
    89,
    96,
    97,
    98,
    99,
)
IBAN_LENGTH = {
    "DK": 18,
    "PL": 28,
    "RO": 24,
    "DE": 22,
    "GB": 22,
    "NO": 15,
    "FO": 18,
    "GL": 18,
    "UA": 29,
    "SE": 24,
    "LT": 20,
}
AGENTS = ("MKH", "ALB", "JNR", "SOP", "TKV", "LHM", "BJE", "CRN")


def fold(text: str) -> str:
    """ASCII for e-mail locals: æøå spelled out, other accents dropped."""
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and c.isalnum())


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str(-total % 10)


def mod97_check(rest: str, country: str) -> str:
    """Two check digits that make country + digits + rest valid under ISO 7064 mod 97-10."""
    number = int("".join(str(int(c, 36)) for c in rest + country + "00"))
    return f"{98 - number % 97:02d}"


def group(text: str, size: int = 4) -> str:
    return " ".join(text[i : i + size] for i in range(0, len(text), size))


@dataclass
class Person:
    first: str
    last: str
    origin: str
    born: date
    middle: str = ""


class Doc:
    """One document's random choices; ``lab`` wraps a personal value in span markers, and in a
    negative document every personal value comes out masked or as a placeholder instead."""

    def __init__(self, r: random.Random, neg: bool) -> None:
        self.r, self.neg, self.lower = r, neg, False

    def pick(self, seq: tuple[str, ...] | list[str] | str) -> str:
        if isinstance(seq, str):
            return self.r.choice(seq.split("|") if "|" in seq else seq)
        return self.r.choice(seq)

    def digits(self, n: int) -> str:
        return "".join(self.pick("0123456789") for _ in range(n))

    def lab(self, kind: str, value: str) -> str:
        assert not self.neg, "a negative document got a personal value"
        return f"{OPEN}{kind}{MID}{value.lower() if self.lower else value}{CLOSE}"

    # people -------------------------------------------------------------------------------
    def person(self, origin: str = "") -> Person:
        origin = origin or self.pick(["dk"] * 10 + list(FOREIGN))
        if origin == "dk":
            first = self.pick(DK_MEN if self.r.random() < 0.5 else DK_WOMEN)
            last = self.pick(DK_SURNAMES)
        else:
            first, last = (self.pick(part.split()) for part in FOREIGN[origin])
        middle = ""
        if origin == "vi":
            middle = self.pick(VI_MIDDLE)
        elif origin == "dk" and self.r.random() < 0.2:
            middle = self.pick(DK_SURNAMES + DK_MEN[:20])
        born = date(1936, 1, 1) + timedelta(days=self.r.randrange(365 * 70))
        return Person(first, last, origin, born, middle)

    def name(self, p: Person, form: str = "") -> str:
        if self.neg:
            return self.pick(PLACEHOLDERS)
        form = form or self.pick("full|full|full|first|inverted|initial|short|upper")
        full = " ".join(x for x in (p.first, p.middle, p.last) if x)
        if p.origin == "vi" and self.r.random() < 0.4:
            full = f"{p.last} {p.middle} {p.first}"
        value = {
            "full": full,
            "first": p.first,
            "last": p.last,
            "inverted": f"{p.last}, {p.first}",
            "initial": f"{p.first[0]}. {p.last}",
            "short": f"{p.first} {p.last[0]}.",
            "upper": full.upper(),
            "lower": p.first.lower(),
        }[form]
        return self.lab("PERSON", value)

    def genitive(self, p: Person) -> str:
        if self.neg:
            return "kundens"
        full = f"{p.first} {p.last}"
        if full[-1] in "sxz":
            return self.lab("PERSON", full) + "'"
        return self.lab("PERSON", full + "s")

    def company(self) -> str:
        a, b = self.person("dk"), self.person("dk")
        return self.pick(COMPANY_FORMS).format(f=a.first, l=a.last, l2=b.last)

    # identifiers --------------------------------------------------------------------------
    def cpr(self, p: Person) -> str:
        if self.neg:
            return self.pick(("xxxxxx-" + self.digits(4), "DDMMÅÅ-XXXX", "******-****", "[CPR]"))
        y = p.born.year
        seventh = self.pick("0123" if y < 1937 else "012349" if y < 2000 else "4956789")
        while True:
            number = f"{p.born:%d%m%y}{seventh}{self.digits(3)}"
            if (
                sum(int(d) * w for d, w in zip(number, (4, 3, 2, 7, 6, 5, 4, 3, 2, 1), strict=True))
                % 11
            ):
                break
        sep = self.pick(("-", "-", "-", "", " "))
        return self.lab("CPR", number[:6] + sep + number[6:])

    def dob(self, p: Person, iso: bool = False) -> str:
        if self.neg:
            return self.pick((str(self.r.randrange(1940, 2005)), "**.**.****", "[dato]"))
        b = p.born
        forms = (
            f"{b:%d.%m.%Y}",
            f"{b:%d-%m-%Y}",
            f"{b.day}. {MONTH_NAMES[b.month - 1]} {b.year}",
            f"{b.day}/{b.month} {b.year}",
            f"{b:%Y-%m-%d}",
        )
        return self.lab("DATE_OF_BIRTH", f"{b:%Y-%m-%d}" if iso else self.pick(forms))

    def phone(self, where: str = "dk") -> str:
        if self.neg:
            tail = self.digits(2)
            return self.pick((f"+45 ** ** ** {tail}", f"xx xx xx {tail}", "[TLF]", "********"))
        if where == "dk":
            n = f"{self.pick(DK_MOBILE if self.r.random() < 0.8 else DK_LAND)}" + self.digits(6)
            value = self.pick(
                (
                    f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                    n,
                    f"+45 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                    f"+45{n}",
                    f"0045 {n}",
                    f"{n[:4]} {n[4:]}",
                    f"+45 {n[:4]} {n[4:]}",
                )
            )
        elif where in ("gl", "fo"):
            n = self.pick("2459" if where == "gl" else "2579") + self.digits(5)
            code = "+299" if where == "gl" else "+298"
            value = self.pick((f"{code} {n[:2]} {n[2:4]} {n[4:]}", f"{code} {n}", f"{code}{n}"))
        else:
            uk, us = "900" + self.digits(3), "01" + self.digits(2)
            area = self.pick(("212", "312", "415", "646", "702"))
            value = self.pick(
                (f"+44 7700 {uk}", f"+447700{uk}", f"+1 {area} 555 {us}", f"+1 ({area}) 555-{us}")
            )
        return self.lab("PHONE", value)

    def email(self, p: Person, domain: str = "") -> str:
        if self.neg:
            return self.pick((f"{fold(p.first)[0]}***@example.dk", "***@example.com", "[e-mail]"))
        f, last = fold(p.first), fold(p.last)
        n = self.digits(2)
        local = self.pick(
            f"{f}.{last}|{f[0]}{last}|{f}{p.born:%y}|{last}.{f}|{f}_{last[0]}|{f}{last}{n}"
        )
        return self.lab("EMAIL", f"{local}@{domain or self.pick(EMAIL_DOMAINS[:5])}")

    def org_email(self, org: str, box: str = "") -> str:
        if self.neg:
            return "[e-mail]"
        box = box or self.pick(("kundeservice", "svindel", "kontakt", "fraud", "post"))
        return self.lab("EMAIL", f"{box}@{ORGS[org][0]}")

    def street(self, where: str = "dk") -> str:
        names = {"gl": GL_STREETS, "fo": FO_STREETS}.get(where)
        if names:
            return self.pick(names)
        return self.pick(PERSON_STREETS[:19]) if self.r.random() < 0.12 else self.pick(STREETS)

    def address(self, town: str = "same", where: str = "dk", side: bool = True) -> str:
        """A street address; town "same" (", 8000 Aarhus C"), "block" (next line), "none"."""
        postal = self.pick({"gl": GL_POSTAL, "fo": FO_POSTAL}.get(where, POSTAL))
        if self.neg:
            return self.pick(
                (
                    self.street(where),
                    f"Postboks {self.r.randrange(100, 9999)}, {postal}",
                    "[adresse fjernet]",
                    postal,
                    "(hemmelig adresse)",
                )
            )
        value = f"{self.street(where)} {self.r.randrange(1, 180)}"
        if self.r.random() < 0.15:
            value += self.pick(("A", "B", "C", " B", "a"))
        if side and where == "dk" and self.r.random() < 0.45:
            value += self.pick((", ", " ")) + self.pick(SIDES)
        if where == "dk" and town != "none" and self.r.random() < 0.08:
            postal = "DK-" + postal
        value += {"same": ", " + postal, "block": "\n" + postal, "none": ""}[town]
        return self.lab("ADDRESS", value)

    def org_address(self, org: str) -> str:
        _, street, town = ORGS[org]
        return (
            self.pick(("Postboks 1880", "[adresse]"))
            if self.neg
            else self.lab(ORGANISATION_ADDRESS, f"{street}, {town}")
        )

    def account(self, together: bool = True) -> str:
        if self.neg:
            return self.pick((f"******{self.digits(4)}", f"reg.nr. {self.digits(4)}, konto ****"))
        number = self.pick((self.digits(10), self.digits(7), "000" + self.digits(7)))
        number = number if number[0] != "0" or len(number) == 10 else "1" + number[1:]
        if not together:
            return self.lab("BANK_ACCOUNT", number)
        reg = self.pick("5470|9570|1551|3409|6520|7780|2270|8117|0400|9280")
        return self.lab("BANK_ACCOUNT", f"{reg}{self.pick(('-', ' ', '-'))}{number}")

    def iban(self, country: str = "DK") -> str:
        if self.neg:
            return f"{country}** **** **** **{self.digits(2)}"
        size = IBAN_LENGTH[country] - 4
        letters = {"RO": 4, "GB": 4}.get(country, 0)
        rest = "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(letters))
        rest += self.digits(size - letters)
        value = country + mod97_check(rest, country) + rest
        return self.lab("IBAN", group(value) if self.r.random() < 0.7 else value)

    def card(self) -> str:
        if self.neg:
            return self.pick(
                (
                    f"**** **** **** {self.digits(4)}",
                    f"XXXX-XXXX-XXXX-{self.digits(4)}",
                    f"•••• {self.digits(4)}",
                    f"{self.pick(TEST_PREFIXES)[:4]} ** ****",
                )
            )
        prefix = self.pick(TEST_PREFIXES)
        size = 15 if prefix.startswith("37") else 16
        body = prefix + self.digits(size - 1 - len(prefix))
        number = body + luhn_digit(body)
        if size == 15:
            return self.lab("CARD", f"{number[:4]} {number[4:10]} {number[10:]}")
        sep = self.pick((" ", " ", "-", ""))
        return self.lab("CARD", sep.join(number[i : i + 4] for i in range(0, 16, 4)))

    def expiry(self) -> str:
        if self.neg:
            return "**/**"
        m, y = self.r.randrange(1, 13), self.r.randrange(25, 32)
        return self.lab(
            "CARD_EXPIRY", self.pick((f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}"))
        )

    def cvv(self) -> str:
        return "***" if self.neg else self.lab("CARD_CVV", self.digits(3))

    def otp(self) -> str:
        if self.neg:
            return self.pick(("******", "[kode]", "xxxxxx"))
        return self.lab("OTP", self.digits(self.r.choice((6, 6, 6, 4, 8))))

    def mitid(self, p: Person) -> str:
        if self.neg:
            return "[bruger-ID]"
        f, last = fold(p.first), fold(p.last)
        n = self.digits(4)
        value = self.pick(
            f"{f}{last[0]}{p.born:%y}|{last}{n}|{f}.{last}|{f[:3]}{last[:3]}{n[:2]}|{f}{n[1:]}"
        )
        return self.lab("MITID_USER", value)

    def plate(self) -> str:
        if self.neg:
            return self.pick(("XX 12 345", "[nummerplade]", "** ** ***"))
        letters = "".join(self.pick("ABCDEFHJKLMNPRSTUVXYZ") for _ in range(2))
        n = self.digits(5)
        return self.lab("NUMBER_PLATE", self.pick((f"{letters} {n[:2]} {n[2:]}", letters + n)))

    # hard negatives -----------------------------------------------------------------------
    def when(self) -> datetime:
        return datetime(2025, 1, 2, 7) + timedelta(minutes=self.r.randrange(60 * 24 * 170))

    def stamp(self, t: datetime | None = None) -> str:
        t = t or self.when()
        return self.pick(
            (f"{t:%d.%m.%Y %H:%M}", f"{t:%Y-%m-%d %H:%M:%S}", f"{t:%d-%m-%Y kl. %H.%M}")
        )

    def day(self, t: datetime | None = None) -> str:
        t = t or self.when()
        return self.pick((f"{t:%d.%m.%Y}", f"{t.day}. {MONTH_NAMES[t.month - 1]} {t.year}"))

    def amount(self) -> str:
        kr = self.r.randrange(50, 90000)
        text = f"{kr:,}".replace(",", ".") + f",{self.r.randrange(100):02d}"
        return self.pick((f"{text} kr.", f"DKK {text}", f"kr. {kr}", f"{text} DKK"))

    def ticket(self) -> str:
        n = self.digits(8)
        return self.pick(f"INC{n[1:]}|FR-2025-{n[2:]}|#{n[:6]}|SAG-{n}")

    def txid(self) -> str:
        alnum = "".join(self.pick("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(10))
        return self.pick(
            (
                alnum,
                f"TX{self.when():%Y%m%d}{self.digits(6)}",
                f"MP-{alnum[:8]}",
                f"{self.digits(4)}-{self.digits(4)}-{self.digits(4)}",
            )
        )

    def cvr(self) -> str:
        while True:
            body = self.pick("123456789") + self.digits(6)
            check = -sum(int(d) * w for d, w in zip(body, (2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
            if check < 10:
                n = body + str(check)
                return self.pick(
                    (f"CVR {n}", f"CVR-nr. {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"SE-nr. {n}")
                )

    def rf(self) -> str:
        body = self.digits(self.r.randrange(8, 16))
        return group("RF" + mod97_check(body, "RF") + body)

    def luhn_id(self, kind: str) -> str:
        body = ("35" + self.digits(12)) if kind == "imei" else ("8945" + self.digits(14))
        number = body + luhn_digit(body)
        return f"IMEI {number}" if kind == "imei" else f"ICCID {group(number)}"

    def journal(self) -> str:
        return (
            f"{self.pick(('1300', '4100', '0100', '3700'))}-{self.pick(('80150', '80151'))}-"
            f"{self.digits(5)}-25"
        )

    def hard(self) -> str:
        """A line of unlabelled values a fraud team's documents are full of."""
        return self.r.choice(
            f"""Reference: {self.rf()}
FI: +71<{self.digits(15)}+{self.digits(8)}<
Kundenr. {self.digits(8)}
Aftalenr. {self.digits(10)}
{self.luhn_id("imei")}
{self.luhn_id("iccid")}
Kvitteringsnr. {self.txid()}
{self.cvr()}
Kort slutter på {self.digits(4)}
Reg.nr. {self.digits(4)}
Ordrenr. {self.digits(9)}
Beløb: {self.amount()}
Sag {self.ticket()}
Journalnr. {self.journal()}
Pasnr. {self.pick("FX|EK|PA")}{self.digits(7)}""".splitlines()
        )


# genres -----------------------------------------------------------------------------------
def org_signature(d: Doc, org: str, staff: Person) -> str:
    lines = [
        "Med venlig hilsen",
        d.name(staff, "full"),
        f"{d.pick('Svindelteamet|Kundeservice|Fraud Operations')} | {org}",
    ]
    if not d.neg:
        lines += [f"Direkte: {d.phone()}", f"E-mail: {d.email(staff, ORGS[org][0])}"]
    lines.append(f"{org} A/S · {d.org_address(org)} · {d.cvr()}")
    disclaimer = (
        "Denne e-mail kan indeholde fortrolige oplysninger. Er du ikke den rette modtager, "
        "bedes du slette den og give afsender besked.\nSvar aldrig med kode eller CPR-nummer."
    )
    return "\n".join(lines) + "\n\n" + disclaimer


def g_case_csv(d: Doc) -> str:
    sep = d.pick((";", "\t", ","))
    cols = [
        "Sagsnr",
        "Oprettet",
        "Kundenavn",
        "CPR-nr.",
        "Telefon",
        "E-mail",
        "Adresse",
        "Postnr",
        "By",
        "Beløb",
        "Status",
    ]
    rows = [sep.join(cols)]
    for _ in range(d.r.randrange(2, 6)):
        p = d.person()
        postal = d.pick(POSTAL).split(" ", 1)
        cells = [
            d.ticket(),
            d.stamp(),
            d.name(p, d.pick("full|inverted|upper")),
            d.cpr(p),
            d.phone(),
            d.email(p),
            d.address("none"),
            *postal,
            d.amount(),
            d.pick("Åben|Afventer kunde|Lukket – refunderet|Politianmeldt|Eskaleret"),
        ]
        if sep == ",":
            cells = [f'"{c}"' if "," in MARK.sub(r"\2", c) or " " in c else c for c in cells]
        rows.append(sep.join(cells))
    return "\n".join(rows)


def g_excel_paste(d: Doc) -> str:
    head = "Fornavn\tEfternavn\tFødselsdato\tReg.nr.\tKontonr.\tIBAN\tKortnr.\tSidste login"
    rows = [head]
    for _ in range(d.r.randrange(2, 6)):
        p = d.person()
        first, last = (d.name(p, "first"), d.name(p, "last")) if not d.neg else ("***", "***")
        excel_card = f"{d.pick(TEST_PREFIXES)[:1]},{d.digits(5)}E+15"
        rows.append(
            "\t".join(
                (
                    first,
                    last,
                    d.dob(p),
                    d.digits(4),
                    d.account(together=False),
                    d.iban(),
                    excel_card,
                    d.stamp(),
                )
            )
        )
    rows.append(f"\t\t\t\t\tSum:\t{d.amount()}\t#I/T")
    return "Kopieret fra regneark (Ark1):\n" + "\n".join(rows)


JSON_KEYS = words(
    "customer name given family birthDate nationalId contact mobile email address line1"
    " postalCode city events amount creditor"
)
JSON_KEYS_DA = words(
    "kunde navn fornavn efternavn fødselsdato cpr kontakt mobil email adresse linje1 postnr by"
    " hændelser beløb modtager"
)


def g_api_json(d: Doc) -> str:
    p, q = d.person(), d.person()
    k = dict(zip(JSON_KEYS, JSON_KEYS_DA if d.r.random() < 0.5 else JSON_KEYS, strict=True))
    postal = d.pick(POSTAL).split(" ", 1)
    body = {
        "caseId": d.ticket(),
        "createdAt": f"{d.when():%Y-%m-%dT%H:%M:%SZ}",
        k["customer"]: {
            k["name"]: {k["given"]: d.name(p, "first"), k["family"]: d.name(p, "last")},
            k["birthDate"]: d.dob(p, iso=True),
            k["nationalId"]: d.cpr(p),
            k["contact"]: {k["mobile"]: d.phone(), k["email"]: d.email(p)},
            k["address"]: {
                k["line1"]: d.address("none"),
                k["postalCode"]: postal[0],
                k["city"]: postal[1],
            },
        },
        k["events"]: [
            {
                "type": "transfer",
                k["amount"]: {"value": d.r.randrange(100, 50000), "currency": "DKK"},
                k["creditor"]: {
                    "name": d.name(q, "full"),
                    "iban": d.iban(d.pick(("DK", "LT", "GB"))),
                },
                "endToEndId": d.txid(),
                "remittance": d.rf(),
            },
            {"type": "login", "device": d.txid(), "mitidUser": d.mitid(p)},
        ],
        "assignee": d.pick(AGENTS),
    }
    indent = d.r.choice((None, 2, 2))
    return json.dumps(body, ensure_ascii=False, indent=indent)


def g_mail_thread(d: Doc) -> str:
    org = d.pick(tuple(ORGS))
    p, staff = d.person(), d.person("dk")
    t = d.when()
    reply = (
        f"Hej {d.name(staff, 'first')}\n\nTak. Mit kontonummer er {d.account()}, og jeg kan "
        f"træffes på {d.phone()} efter kl. 16.\n\nMvh {d.name(p, 'first')}"
    )
    quoted = (
        f"Kære {d.name(p, 'full')}\n\nVi har spærret dit kort og bedt om at få overførslen på "
        f"{d.amount()} kaldt tilbage. Send os venligst dit kontonummer.\n\n"
        + org_signature(d, org, staff)
    )
    original = (
        f"Jeg har fået en sms fra {d.phone('foreign')} og trykket på linket. Bagefter "
        f"var der trukket {d.amount()}.\nJeg bor på {d.address()}.\n{d.name(p)}"
    )
    inner = "\n".join("> " + line if line else ">" for line in quoted.splitlines())
    deepest = "\n".join(">> " + line for line in original.splitlines())
    return (
        f"Emne: SV: SV: Uautoriseret træk – {d.ticket()}\n\n{reply}\n\n"
        f"Den {t.day}. {MONTH_NAMES[t.month - 1][:3]}. {t.year} kl. {t:%H.%M} skrev {org} "
        f"<{d.org_email(org)}>:\n{inner}\n>\n> Den {d.day()} skrev {d.name(p, 'full')} "
        f"<{d.email(p)}>:\n{deepest}"
    )


def g_mail_forward(d: Doc) -> str:
    org = d.pick(tuple(ORGS))
    p, staff, colleague = d.person(), d.person("dk"), d.person("dk")
    header = (
        f"Fra: {d.name(p, 'full')} <{d.email(p)}>\nSendt: {d.pick(('mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag'))}"  # noqa: E501
        f" den {d.day()} {d.when():%H:%M}\nTil: {org} Kundeservice <{d.org_email(org)}>\n"
        f"Cc: {d.name(colleague, 'full')} <{d.email(colleague, ORGS[org][0])}>\n"
        f"Emne: VS: Mistænkelig opringning"
    )
    body = d.pick(
        (
            f"Jeg blev ringet op af en mand fra {d.phone()} som sagde han var fra jeres "
            f"svindelafdeling. Han bad om mit bruger-ID og jeg gav ham {d.mitid(p)}. Så fik jeg "
            f"koden {d.otp()} som jeg også læste op.",
            f"Der er brugt mit kort {d.card()} (udløb {d.expiry()}) hos en forretning jeg ikke "
            f"kender. Min adresse er {d.address('block')}",
            f"Min mor {d.name(d.person())} (født {d.dob(p)}) har overført {d.amount()} til "
            f"{d.iban(d.pick(('DK', 'GB', 'LT')))}. Kan I hjælpe?",
        )
    )
    intro = f"Til orientering – se nedenfor. {d.hard()}\n/{d.pick(AGENTS).lower()}"
    return (
        f"{intro}\n\n-----Oprindelig meddelelse-----\n{header}\n\nHej\n\n{body}\n\n"
        f"Venlig hilsen\n{d.name(p, 'full')}\n{d.phone()}\n\n"
        f"________________________________\n{org_signature(d, org, staff)}"
    )


def g_ticket_log(d: Doc) -> str:
    p, owner = d.person(), d.person("dk")
    t = d.when()
    initials = d.pick(AGENTS)
    steps = [
        f"Kunde {d.name(p, 'full')} (CPR {d.cpr(p)}) ringer ind: har godkendt i MitID-appen "
        'efter opkald fra "banken".',
        f"MitID spærret, bruger-ID {d.mitid(p)} skal skiftes. {d.hard()}",
        f"Kort {d.card()} spærret. Nyt kort sendes til {d.address()}.",
        f"Kunden har modtaget sms fra {d.phone('foreign')} med link. {d.hard()}",
        f"Tilbagekald af {d.amount()} sendt til modtagerbank (konto {d.account()}).",
        f"Kunden oplyser ny mobil {d.phone()} og mail {d.email(p)}.",
        "Automatisk: kundens netbank lukket for overførsler til nye modtagere.",
        f"Politianmeldelse oplyst af kunden, journalnr. {d.journal()}.",
    ]
    lines = [
        f"Sag {d.ticket()} · Kategori: {d.pick('MitID-svindel|Kortsvindel|Investering')}"
        f" · Tildelt: {d.name(owner, 'full')} ({initials})"
    ]
    for step in d.r.sample(steps, d.r.randrange(3, 7)):
        t += timedelta(minutes=d.r.randrange(2, 900))
        who = d.pick((initials, "SYS", d.pick(AGENTS))) if "Automatisk" not in step else "SYS"
        lines.append(f"{t:%d.%m.%Y %H:%M} {who}{d.pick(('  ', ' | ', ': '))}{step}")
    return "\n".join(lines)


def g_voicemail(d: Doc) -> str:
    p = d.person(d.pick(("dk", "dk", "dk", "pl", "ar", "uk")))
    head = (
        f"Voicemail fra {d.phone()} · {d.stamp()} · varighed 0:{d.r.randrange(10, 59)}\n"
        "Transskription (automatisk, kan indeholde fejl):\n"
    )
    lower = d.lower = d.r.random() < 0.6
    said = d.pick(
        (
            f"hej det er {d.name(p, 'full')} jeg ringer fordi jeg har fået besked om at mit kort "
            f"er spærret mit nummer er {d.phone()} ring gerne tilbage",
            f"ja hej det er {d.name(p, 'first')} jeg har lige givet en mand koden {d.otp()} og nu "
            f"kan jeg ikke komme ind i netbanken min adresse er {d.address()} tak",
            f"goddag mit navn er {d.name(p, 'full')} født {d.dob(p)} jeg vil anmelde at nogen "
            f"har brugt mit cpr nummer {d.cpr(p)} ring på {d.phone()}",
            f"hej {d.name(d.person('dk'), 'first')} det er {d.name(p, 'first')} igen om sagen "
            f"{d.ticket()} jeg har fundet kontonummeret det er {d.account()} hej hej",
        )
    )
    d.lower = False
    return head + (said if lower else said[0].upper() + said[1:])


def g_sms_export(d: Doc) -> str:
    p, scam = d.person(), d.person()
    own = d.phone()
    rows = ["Tidspunkt;Afsender;Modtager;Besked"]
    msgs = [
        ("MitID", f"Din engangskode er {d.otp()}. Del den aldrig med andre."),
        (d.pick(tuple(ORGS)), f"Kode til godkendelse af betaling på {d.amount()}: {d.otp()}"),
        (
            d.phone("foreign"),
            f"Hej {d.name(p, 'lower')}, din pakke venter. Betal told "
            f"{d.amount()} her: http://pakke-dk.example.net/{d.txid()}",
        ),
        (
            d.phone(),
            f"Hej mor det er mig, jeg har ny telefon. Kan du overføre til {d.account()}? "
            f"Skriv til {d.name(scam, 'first')} hvis du er i tvivl",
        ),
        ("PostNord", f"Din pakke {d.digits(8)}DK er klar. Afhentningskode {d.digits(4)}"),
        (d.phone(), f"Ring til {d.phone()} om din MobilePay konto. Mvh {d.name(scam, 'full')}"),
    ]
    for sender, text in d.r.sample(msgs, d.r.randrange(3, 6)):
        rows.append(f"{d.stamp()};{sender};{own};{text}")
    return f"SMS-eksport fra kundens telefon, sag {d.ticket()}\n" + "\n".join(rows)


def g_mobilepay_ocr(d: Doc) -> str:
    p = d.person()
    t = d.when()
    return (
        f"{t:%H:%M} ◀ 4G {d.r.randrange(5, 99)}%\n< Tilbage\n"
        f"{d.pick(('Betaling sendt', 'Du har betalt', 'Overført'))}\n-{d.amount()}\nTil\n"
        f"{d.name(p, d.pick('full|short|full'))}\n{d.phone()}\nBesked\n"
        f"{d.pick(('husleje', 'depositum', 'tak for lån', 'billetter', 'sofa'))}\n"
        f"Dato   {t.day}. {MONTH_NAMES[t.month - 1][:3]}. {t.year}, {t:%H.%M}\n"
        f"Transaktions-ID   {d.txid()}\nDel kvittering   ⋮"
    )


def g_netbank_ocr(d: Doc) -> str:
    p, q = d.person(), d.person()
    foreign = d.r.random() < 0.4
    lines = [
        "Kvittering for overførsel",
        f"Fra konto      Lønkonto {d.account()}",
        f"Til konto      {d.iban(d.pick('PL|RO|DE|LT|UA')) if foreign else d.account()}",
        f"Modtager       {d.name(q, 'full')}",
        f"Beløb          {d.amount()}",
        f"Dato           {d.day()}",
        f"Tekst til modtager  Faktura {d.digits(5)}",
        f"Egen tekst     {d.pick(('bil', 'investering', 'lån til ' + d.name(q, 'first'), 'depositum'))}",  # noqa: E501
        f"Kvitteringsnr. {d.txid()}",
        f"Overført af    {d.name(p, 'full')}",
    ]
    if foreign:
        lines.insert(
            3, f"BIC/SWIFT      {d.pick(('WBKPPLPP', 'BTRLRO22', 'COBADEFF', 'PBANUA2X'))}"
        )
    return "\n".join(lines)


def g_police_letter(d: Doc) -> str:
    p, officer = d.person(), d.person("dk")
    district = d.pick("Østjyllands Politi|Fyns Politi|Københavns Vestegns Politi")
    return f"""{district}
Journalnr.: {d.journal()}
Dato: {d.day()}

{d.name(p, "full")}
{d.address("block")}

Kvittering for anmeldelse

Politiet har modtaget din anmeldelse om bedrageri. Anmelder: {d.name(p, "inverted")}, født \
{d.dob(p)}, tlf. {d.phone()}.
Gerningspersonen har anvendt telefonnummer {d.phone("foreign")} og kontoen {d.account()}. Et \
vidne har set en bil med nummerplade {d.plate()} ved {d.street()}.
Du skal ikke foretage dig mere. Oplys altid journalnummeret. Skade på kort anmeldes også til \
banken ({d.hard()}).

Med venlig hilsen

{d.name(officer, "full")}
politiassistent"""


def g_chargeback(d: Doc) -> str:
    p = d.person()
    upper = d.r.random() < 0.5
    card = d.card()
    return (
        f"{'INDSIGELSE MOD KORTBETALING' if upper else 'Indsigelse mod kortbetaling'}\n"
        f"Kortholders navn: {d.name(p, 'upper' if upper else 'full')}\n"
        f"Kortnummer: {card}\nUdløbsdato: {d.expiry()}\n"
        f"Transaktionsdato: {d.day()}    Beløb: {d.amount()}\n"
        f"Forretning: {d.pick(('TRAVELDEAL*LTD LONDON', 'SHOP-ONLINE 4412', 'CRYPTOX.IO'))}\n"
        f"☒ Jeg har ikke foretaget eller godkendt transaktionen\n☐ Varen er ikke modtaget\n"
        f"Beskrivelse: Jeg indtastede kortnummer, udløb og CVC {d.cvv()} på en side der lignede "
        f"{d.pick(tuple(ORGS))}. Kort slutter på {d.digits(4)} (gammelt kort).\n"
        f"Kontakt: {d.phone()} / {d.email(p)}\n"
        f"Underskrift: {d.name(p, 'full')}    Dato: {d.day()}\n"
        f"Internt: {d.ticket()} · {d.hard()}"
    )


def g_kyc_note(d: Doc) -> str:
    origin = d.pick(("pl", "ro", "ar", "so", "vi", "uk"))
    p, host = d.person(origin), d.person("dk")
    alias = ""
    if origin == "uk" and p.first in CYRILLIC and p.last in CYRILLIC:
        alias = (
            f" (på pas: {d.lab('PERSON', CYRILLIC[p.first] + ' ' + CYRILLIC[p.last])})"
            if not d.neg
            else ""
        )
    elif origin in ("ar", "so") and not d.neg:
        other = {"Mohammad": "Muhammed", "Muhammed": "Mohamed", "Abdi": "Cabdi", "Hassan": "Xasan"}
        alias = f", også skrevet {d.lab('PERSON', other.get(p.first, p.first) + ' ' + p.last)}"
    nation = {
        "pl": "polsk",
        "ro": "rumænsk",
        "ar": "syrisk",
        "so": "somalisk",
        "vi": "vietnamesisk",
        "uk": "ukrainsk",
    }[origin]
    source = {"pl": "PL", "ro": "RO", "uk": "UA"}.get(origin, "LT")
    return (
        f"KYC-opfølgning {d.stamp()} /{d.pick(AGENTS).lower()}\n"
        f"Kunde: {d.name(p, 'full')}{alias}, {nation} statsborger, f. {d.dob(p)}\n"
        f"CPR: {d.cpr(p)} (tildelt {d.r.randrange(2015, 2025)})\n"
        f"Bopæl: c/o {d.name(host, 'full')}\n{d.address('block')}\n"
        f"Legitimation: {d.hard()}, opholdskort nr. {d.digits(9)}\n"
        f"Indgående overførsler fra {d.iban(source)}"
        f" ({d.amount()} pr. md.), ukendt afsender.\n"
        f"Kontakt: {d.phone(d.pick(('dk', 'foreign')))}, {d.email(p)}\n"
        f"Vurdering: {d.pick(('normal risiko', 'forhøjet risiko – muldyr?', 'afventer dokumentation'))}"  # noqa: E501
    )


def g_north_atlantic(d: Doc) -> str:
    where = d.pick(("gl", "fo"))
    p = d.person(where)
    bank = d.pick(tuple(ORGS)[:4])
    box = (
        f"Postboks {d.r.randrange(100, 1999)}, {d.pick(GL_POSTAL if where == 'gl' else FO_POSTAL)}"
    )
    return f"""Adresseændring registreret {d.stamp()}
Kunde: {d.name(p, "full")} · kundenr. {d.digits(8)}
Ny adresse: {d.address(d.pick("same|block"), where)}
Postadresse: {box}
Telefon: {d.phone(where)}
Bemærkning: Kunden er flyttet fra {d.address()} og beder om at få nyt kort sendt. Husk at \
{d.genitive(p)} konto {d.account()} er lukket for udlandsbetalinger.
Sendt fra {bank}, {d.org_address(bank)}"""


def g_simswap(d: Doc) -> str:
    p = d.person()
    telco = d.pick(("Bølge Mobil", "Fyrtårn Tele"))
    return f"""{telco} · Sag SIM-2025-{d.digits(5)} · Kanal: {d.pick("Butik|Chat|Telefon")} · \
Medarbejder: {d.pick(AGENTS)}
Abonnent: {d.name(p, "full")}, nummer {d.phone()}
Ny SIM: {d.luhn_id("iccid")} aktiveret {d.stamp()}
Enhed: {d.luhn_id("imei")}
Nummerflytning anmodet, port-ID NP-{d.digits(9)}
Legitimation vist: kørekort nr. {d.digits(8)}, {d.pick("ok|billede passer ikke")}
Note: Kunden ringede kl. {d.when():%H.%M} fra {d.phone()} og siger hun ikke har bestilt nyt \
SIM. Svindleren kendte hendes adresse ({d.address()}) og fødselsdato. Sendt til \
{d.org_email(telco, "misbrug")}."""


def g_mule_report(d: Doc) -> str:
    mule = d.person()
    lines = [
        f"Muldyr-analyse {d.ticket()} – udarbejdet {d.day()}",
        f"Konto {d.account()} tilhører {d.name(mule, 'full')} ({d.cpr(mule)}).",
    ]
    for _ in range(d.r.randrange(2, 5)):
        payer = d.person()
        lines.append(
            f"- {d.stamp()}  {d.amount()}  fra {d.name(payer, 'inverted')}"
            f' ({d.account()})  tekst: "{d.pick(("lån", "bil", "tak", d.txid()))}"'
        )
    lines.append(
        f"Videresendt samme dag til {d.iban(d.pick(('LT', 'GB', 'DE')))} "
        f"({d.company()}, {d.cvr()})."
    )
    lines.append(f"Bemærk: {d.company()} på {d.pick(PERSON_STREETS)} er ikke involveret.")
    return "\n".join(lines)


def g_address_log(d: Doc) -> str:
    p, host = d.person(), d.person("dk")
    return (
        f"Ændringslog kunde {d.digits(8)}\n"
        f"{d.stamp()} adresse ændret fra: {d.address()}\n"
        f"{d.stamp()} adresse ændret til: c/o {d.name(host, d.pick('full|inverted'))}, "
        f"{d.address()}\n"
        f"{d.stamp()} postadresse: Postboks {d.r.randrange(100, 9999)}, {d.pick(POSTAL)}\n"
        f"{d.stamp()} e-mail ændret til {d.email(p)} (ændret via app, enhed {d.txid()})\n"
        f"{d.stamp()} mobil ændret til {d.phone()}\n"
        f"Kontrol: ændringerne skete inden for {d.r.randrange(3, 40)} minutter – mistanke om "
        f"kontoovertagelse af {d.name(p, 'full')}. Ændringerne er rullet tilbage."
    )


def g_weekly_stats(d: Doc) -> str:
    n = d.r.randrange(200, 900)
    return (
        f"Ugerapport, uge {d.r.randrange(2, 26)} – svindelteamet\nNye sager: {n} "
        f"({d.r.randrange(-20, 30)} % mod sidste uge)\nMitID-svindel: {d.r.randrange(20, 200)}"
        f"\nKortsvindel: {d.r.randrange(20, 200)} · samlet tab {d.amount()}\n"
        f"Tilbageført: {d.amount()} · gns. behandlingstid {d.r.randrange(2, 30)} t\n"
        f"Største enkeltsag: {d.ticket()} ({d.amount()})\nTop-afsender: 'MitID' (spoofet) og "
        f"short code {d.r.randrange(1900, 1999)}\n{d.hard()}\n{d.hard()}"
    )


def g_procedure(d: Doc) -> str:
    return (
        f"Instruks {d.pick(('7.3', '4.1', '12.0'))}: Kunden har oplyst kortdata\n"
        "1. Bed aldrig kunden gentage kortnummeret; brug de sidste fire cifre "
        f"(fx '**** {d.digits(4)}').\n2. Spær kortet i kortsystemet, notér {d.ticket()}.\n"
        "3. CPR skrives altid maskeret: DDMMÅÅ-XXXX.\n4. Ved akut fare: 112. Politiet: 114.\n"
        f"5. Refusion over {d.amount()} kræver to godkendere.\nSidst revideret {d.day()}. "
        f"{d.hard()}"
    )


def g_system_alert(d: Doc) -> str:
    alert = {
        "alertId": d.txid(),
        "rule": d.pick(("new_device_high_amount", "sim_swap_recent", "mule_pattern")),
        "score": round(d.r.random(), 3),
        "at": f"{d.when():%Y-%m-%dT%H:%M:%S}+01:00",
        "subjectHash": "".join(d.pick("0123456789abcdef") for _ in range(16)),
        "amount": d.amount(),
        "ref": d.rf(),
        "imei": d.luhn_id("imei")[5:],
    }
    return json.dumps(alert, ensure_ascii=False)


GENRES: dict[str, Callable[[Doc], str]] = {
    "case_csv": g_case_csv,
    "excel_paste": g_excel_paste,
    "api_json": g_api_json,
    "mail_thread": g_mail_thread,
    "mail_forward": g_mail_forward,
    "ticket_log": g_ticket_log,
    "voicemail": g_voicemail,
    "sms_export": g_sms_export,
    "mobilepay_ocr": g_mobilepay_ocr,
    "netbank_ocr": g_netbank_ocr,
    "police_letter": g_police_letter,
    "chargeback": g_chargeback,
    "kyc_note": g_kyc_note,
    "north_atlantic": g_north_atlantic,
    "sim_swap": g_simswap,
    "mule_report": g_mule_report,
    "address_log": g_address_log,
}
NEGATIVE_ONLY: dict[str, Callable[[Doc], str]] = {
    "weekly_stats": g_weekly_stats,
    "procedure": g_procedure,
    "system_alert": g_system_alert,
}


def finish(raw: str) -> tuple[str, list[dict[str, int | str]]]:
    """Strip the span markers; return the text and its spans."""
    text, spans, last = [], [], 0
    size = 0
    for m in MARK.finditer(raw):
        text.append(raw[last : m.start()])
        size += m.start() - last
        if m.group(1) != ORGANISATION_ADDRESS:
            spans.append({"start": size, "end": size + len(m.group(2)), "type": m.group(1)})
        text.append(m.group(2))
        size += len(m.group(2))
        last = m.end()
    text.append(raw[last:])
    return "".join(text), spans


def generate(seed: int = SEED, size: int = SIZE) -> list[dict[str, Any]]:
    r = random.Random(seed)
    docs: list[dict[str, Any]] = []
    for i in range(size):
        neg = i % 20 in (1, 4, 7, 10, 13, 16, 19)  # 35 %
        name = r.choice(list(GENRES) + list(NEGATIVE_ONLY) * 2 if neg else list(GENRES))
        text, spans = finish((GENRES | NEGATIVE_ONLY)[name](Doc(r, neg)))
        kind = "negative" if neg else "positive"
        docs.append(
            {"id": f"b7-{i:04d}", "genre": name, "kind": kind, "text": text, "spans": spans}
        )
    return docs


def main(argv: list[str]) -> None:
    """Write the set as JSON lines to the given path (default: bench/data/pii_blind7.jsonl)."""
    target = Path(argv[0]) if argv else Path(__file__).parent / "data" / "pii_blind7.jsonl"
    rows = [json.dumps(doc, ensure_ascii=False) for doc in generate()]
    target.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
