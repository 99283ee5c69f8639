"""A sixth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' word
lists and templates, as a held-out test set. Its genres are ones the earlier sets lack:
municipal case files (jobcenter, boligstøtte, child cases with whole families), court rulings
and charge sheets with partial anonymisation, property and car-sale contracts, payslips and
tax statements, bank statements with transaction lines, structured logs (key=value, nested
JSON, URL query strings), e-mail signatures and vCards, calendar invites, Slack/Teams
threads, survey answers, OCR of health cards, driving licences and passports, mixed
Greenlandic/Faroese/Norwegian/Swedish mails, obituaries and family announcements,
sports-club member lists and a fraud team's timeline notes. Documents vary in layout: tabs,
pipes, bullets, trailing spaces, CRLF, no-break spaces, soft hyphens and zero-width spaces
(also inside values), ALL CAPS and text without æøå.

Conventions (exact offsets are scored):
- PERSON is the name as written, without title or role ("advokat", "dommer", "@"); an initial
  keeps its dot ("J. Hansen", "Mette K. Jensen"); "Holm, Mette" is one span; a genitive s is
  part of it ("Almas mor"). A name split into fields (a vCard's "N:Holm;Mette;;;", a licence's
  "1. HOLM" / "2. METTE") gives one span per field. Names in lower case ("ring til mette"),
  URL-encoded names ("name=Mette+Holm") and MobilePay payees ("MobilePay Jonas K.") count.
- Placeholders ("T1", "V2", "[navn]", "NN", "XX", "tiltalte", "forurettede") and names inside
  organisation names, streets named after people and common words ("Storm", "Lykke", "Bo i")
  used as words are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side, plus ", postcode
  town" (also "FO-100 Tórshavn", "DK-8000") on the same line or the next line of an address
  block (line break included). A postcode or town in a field of its own (JSON "zip", vCard
  ADR parts, a form's "Postnr." line) is not part of it; nor is a street without a number.
- An organisation's phone, e-mail and account are labelled by their form; its own postal
  address (a signature's) is not personal data and is never labelled (pii78: the
  organisations' address convention; the text is unchanged, laid out as a value is).
- CPR in any separator form; DATE_OF_BIRTH only in birth context ("født", "f.", "*", "BDAY",
  "Fødselsdato", a licence's field 3); a birth year alone and all other dates are never
  labelled. BANK_ACCOUNT is "reg-account" written together; where reg.nr. and account stand
  in separate fields only the account is labelled. OTP is a one-time code given or asked for;
  door codes and meeting passcodes are not.
- Masked values ("4571 **** 1234", "******-1234", "[REDACTED]"), CVR, P-, EAN, matrikel, VIN,
  order, case, journal, invoice, reference, passport and licence numbers and FI codes are
  never labelled; kind "negative" documents carry none of the types.
- Invisible characters (soft hyphen, zero-width space, no-break space) inside a value belong
  to its span; a value split by a line break is labelled only when it is an address block.

``python -m bench.pii_blind5 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

SEED = 605_113
SIZE = 2000
NEGATIVE_SHARE = 0.35
REF = date(2025, 3, 1)
T = TypeVar("T")

_O, _M, _C = "\ue000", "\ue001", "\ue002"


def _lab(kind: str, value: str) -> str:
    return f"{_O}{kind}{_M}{value}{_C}"


def _split(text: str, sep: str = ",") -> list[str]:
    return [w.strip() for w in text.split(sep) if w.strip()]


# --- word lists, written for this set -------------------------------------------------------

DK_MALE = _split("""
Aksel, Alfred, Anders, Arne, Asger, Ask, August, Bent, Bertram, Bjarne, Bo, Carsten, Claus,
Dennis, Egon, Emil, Erik, Esben, Eskild, Finn, Flemming, Frode, Gert, Gunnar, Gustav, Helge,
Henning, Hjalte, Holger, Hugo, Ib, Ivar, Jeppe, Jesper, Johan, Jonas, Jørgen, Kaj, Kasper, Keld,
Kim, Knud, Laurits, Lasse, Leif, Magnus, Malthe, Mads, Mikkel, Morten, Niels, Nikolaj, Ole,
Palle, Poul, Preben, Rasmus, Rune, Søren, Sten, Storm, Sune, Svend, Tage, Torben, Troels, Tue,
Uffe, Ulrik, Vagn, Valdemar, Viggo, Villads, Aage, Benny, Brian, Carl, Elias, Frits, Harald,
Jens, Kristoffer, Lauge, Oluf, Otto, Per, Regnar, Steffen, Thorkild, Vilhelm, Bjørn, Eigil,
Karl-Erik, Hans-Henrik, Jens-Ole, Per-Ole, Mads-Emil, Carl-Johan
""")
DK_FEMALE = _split("""
Agnes, Alberte, Alma, Ane, Astrid, Bente, Birthe, Bodil, Bolette, Cecilie, Clara, Dagmar,
Ditte, Dorte, Ea, Edith, Ellen, Else, Esther, Filippa, Frida, Gitte, Grethe, Gry, Gudrun,
Hanne, Hedvig, Helle, Hjørdis, Ida, Inge, Inger, Ingrid, Jette, Josefine, Jytte, Kamma, Karen,
Karla, Kirsten, Laura, Lene, Line, Lisbeth, Liva, Lone, Lykke, Lærke, Mai, Maj, Malene,
Merete, Mette, Mona, Nanna, Nora, Pernille, Rigmor, Rikke, Rose, Sanne, Signe, Sol, Solvej,
Stine, Susanne, Tenna, Tilde, Tove, Trine, Ulla, Vibeke, Vilma, Vita, Yrsa, Aase, Benedikte,
Henriette, Karoline, Marianne, Oda, Ronja, Sigrid, Thyra, Anne-Mette, Marie-Louise,
Lise-Lotte, Ann-Britt, Eva-Marie, Anne-Sofie
""")
DK_SURNAMES = _split("""
Jensen, Nielsen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, Rasmussen,
Jørgensen, Petersen, Madsen, Kristensen, Olsen, Thomsen, Poulsen, Johansen, Møller, Mortensen,
Knudsen, Jakobsen, Mikkelsen, Olesen, Frederiksen, Laursen, Henriksen, Lund, Holm, Schmidt,
Eriksen, Nissen, Clausen, Simonsen, Svendsen, Andreasen, Iversen, Østergaard, Jeppesen,
Vestergaard, Mogensen, Nørgaard, Jessen, Søndergaard, Dahl, Bertelsen, Kjær, Skov, Bach,
Lauridsen, Kjeldsen, Friis, Berg, Vinther, Bruun, Carlsen, Dam, Krog, Bak, Lind, Storm,
Juhl, Fisker, Gregersen, Bjerre, Dalgaard, Overgaard, Brandt, Hedegaard, Mølgaard, Ravn,
Kirkegaard, Nygaard, Toft, Bisgaard, Lassen, Hald, Sommer, Vinter, Smed, Bonde, Buch,
Kofoed, Lykke, Abildgaard, Munk, Thygesen, Steffensen, Bang, Koch, Mouritsen, Rask, Hvid,
Borup, Ladefoged, Pallesen, Damgaard, Graversen, Agerskov, Brix, Grønlund, Lindholm, Schou,
Kragh, Hjort, Thorsen, Ibsen, Ottosen, Skaarup, Brødsgaard, Kirk, Bundgaard, Husted, Winkel,
Kamp, Riber, Nøhr, Tang, Bay, Lorentzen, Villadsen, Kjærgaard, Sloth, Hermansen, Ebbesen,
Falk, Bojesen, Rosendahl, Pape, Vognsen, Ammitzbøll
""")
MIDDLE = _split(
    "Skov, Holm, Lund, Bach, Dam, Juul, Kjær, Bøgh, Vang, Bech, Hald, Due, Ry, Riis, "
    "Bjerregaard, Krogh, Lyng, Engholm, Aagaard"
)
IMM = {
    # origin: (male firsts, female firsts, surnames)
    "arab": (
        _split(
            "Mohammed, Ahmad, Omar, Khaled, Yousef, Hassan, Bilal, Karim, Tariq, Samir, "
            "Mahmoud, Ibrahim, Nabil, Walid, Zaid, Adnan, Jamal, Rami"
        ),
        _split(
            "Fatima, Aisha, Mariam, Noor, Layla, Yasmin, Huda, Rania, Salma, Amal, Zainab, "
            "Hiba, Dalia, Lina"
        ),
        _split(
            "Al-Hassan, Hussein, Abdallah, Khalil, El-Masri, Haddad, Saleh, Nasser, Mansour, "
            "Abu-Khalil, Darwish, Hamdan, Jaber, Qasim, Othman, Al-Zubaidi"
        ),
    ),
    "tr": (
        _split(
            "Mehmet, Mustafa, Emre, Burak, Serkan, Hakan, Murat, Cem, Kemal, Volkan, Onur, Yusuf"
        ),
        _split("Ayşe, Elif, Zeynep, Emine, Hatice, Derya, Gül, Sevgi, Merve, Büşra, Özlem, Nur"),
        _split(
            "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Aydın, Öztürk, Arslan, Doğan, Kılıç, "
            "Aslan, Koç, Kurt, Özdemir"
        ),
    ),
    "so": (
        _split("Abdi, Abdirahman, Mahad, Liban, Guled, Abdullahi, Said, Warsame, Hamse, Bashir"),
        _split("Hodan, Fadumo, Ifrah, Sahra, Hamdi, Ubah, Deeqa, Asli, Khadra, Ayaan, Nimco"),
        _split(
            "Mohamed, Warsame, Farah, Osman, Jama, Ahmed, Yusuf, Egal, Nuur, Dirie, Hirsi, Aden"
        ),
    ),
    "pl": (
        _split(
            "Piotr, Krzysztof, Tomasz, Paweł, Michał, Łukasz, Marcin, Grzegorz, Wojciech, Jakub"
        ),
        _split(
            "Agnieszka, Katarzyna, Małgorzata, Joanna, Magdalena, Ewa, Dorota, Monika, "
            "Aleksandra, Zofia"
        ),
        _split(
            "Kowalski, Nowak, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, "
            "Zieliński, Szymański, Woźniak, Dąbrowski, Mazur, Krawczyk, Jankowski"
        ),
    ),
    "ua": (
        _split("Oleksandr, Andriy, Dmytro, Serhiy, Taras, Bohdan, Yuriy, Mykola, Vasyl, Ihor"),
        _split(
            "Olena, Oksana, Iryna, Nataliya, Tetiana, Yuliya, Kateryna, Halyna, Svitlana, Daryna"
        ),
        _split(
            "Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Oliynyk, "
            "Boyko, Moroz, Lysenko, Savchenko, Rudenko, Marchenko, Petrenko"
        ),
    ),
    "vn": (
        _split("Minh, Tuan, Huy, Duc, Long, Quang, Khanh, Thanh, Phong, Bao"),
        _split("Linh, Lan, Huong, Thao, Trang, Ngoc, Phuong, Hoa, Thuy, Hanh"),
        _split("Nguyen, Tran, Le, Pham, Hoang, Vu, Dang, Bui, Do, Ngo, Duong, Ly"),
    ),
    "ta": (
        _split(
            "Sivakumar, Rajendran, Tharshan, Kajan, Prashanth, Senthil, Murugan, Arun, "
            "Vinoth, Kannan"
        ),
        _split(
            "Tharsika, Kavitha, Nirmala, Priya, Shanthi, Meena, Abirami, Lakshmi, Thulasi, Vasanthi"
        ),
        _split(
            "Sivapalan, Kandiah, Ratnam, Selvarajah, Thambirajah, Nadarajah, Balasingam, "
            "Arumugam, Kanagaratnam, Jeyakumar"
        ),
    ),
    "es": (
        _split("José Luis, Juan Carlos, Diego, Andrés, Mateo, Javier"),
        _split("María José, Ana Lucía, Carmen, Valentina, Lucía, Paula"),
        _split("García López, Fernández Ruiz, Martínez Soto, Rodríguez Vidal, Gómez Herrera"),
    ),
    "fo": (
        _split("Jógvan, Rógvi, Sjúrður, Heðin, Tróndur, Bárður, Hanus, Eyðun, Óli, Símun"),
        _split("Guðrun, Sunneva, Rannvá, Turið, Marjun, Annika, Ragna, Elin, Bára, Sólja"),
        _split(
            "Joensen, Djurhuus, Háberg, Jacobsen, Poulsen, Dam, í Líð, á Lakjuni, Mortensen, "
            "Olsen, Hansen, Zachariasen"
        ),
    ),
    "gl": (
        _split("Aqqaluk, Inuk, Malik, Minik, Nuka, Hans-Peter, Kunuk, Ole, Paninnguaq, Kaali"),
        _split("Pipaluk, Nivi, Aviaja, Naja, Ivalo, Arnaq, Najaaraq, Ulloriaq, Sara, Ane"),
        _split(
            "Lynge, Berthelsen, Kreutzmann, Heilmann, Egede, Petrussen, Fleischer, Geisler, "
            "Kristiansen, Olsen, Sandgreen, Jeremiassen"
        ),
    ),
    "no": (
        _split("Ola, Håkon, Sindre, Eirik, Björn, Nils, Anders, Fredrik, Sven, Johan"),
        _split("Kari, Ingvild, Solveig, Åsa, Linnéa, Sigrid, Maja, Ebba, Synnøve, Tuva"),
        _split(
            "Haugen, Solberg, Bakke, Hagen, Strand, Johansson, Andersson, Karlsson, "
            "Nilsson, Lindqvist, Bergström, Holmberg"
        ),
    ),
}
NORDIC = ("fo", "gl", "no")

POSTAL = _split("""
1052 København K, 1263 København K, 1358 København K, 1620 København V, 1722 København V,
1871 Frederiksberg C, 2000 Frederiksberg, 2100 København Ø, 2200 København N, 2300 København S,
2400 København NV, 2450 København SV, 2500 Valby, 2600 Glostrup, 2605 Brøndby, 2610 Rødovre,
2620 Albertslund, 2625 Vallensbæk, 2630 Taastrup, 2635 Ishøj, 2640 Hedehusene, 2650 Hvidovre,
2660 Brøndby Strand, 2670 Greve, 2680 Solrød Strand, 2700 Brønshøj, 2720 Vanløse, 2730 Herlev,
2740 Skovlunde, 2750 Ballerup, 2760 Måløv, 2765 Smørum, 2770 Kastrup, 2791 Dragør,
2800 Kongens Lyngby, 2820 Gentofte, 2830 Virum, 2840 Holte, 2850 Nærum, 2860 Søborg,
2880 Bagsværd, 2900 Hellerup, 2920 Charlottenlund, 2950 Vedbæk, 2970 Hørsholm, 2990 Nivå,
3000 Helsingør, 3050 Humlebæk, 3060 Espergærde, 3100 Hornbæk, 3200 Helsinge, 3250 Gilleleje,
3300 Frederiksværk, 3390 Hundested, 3400 Hillerød, 3450 Allerød, 3460 Birkerød,
3480 Fredensborg, 3500 Værløse, 3520 Farum, 3550 Slangerup, 3600 Frederikssund,
3650 Ølstykke, 3660 Stenløse, 3700 Rønne, 3730 Nexø, 3760 Gudhjem, 4000 Roskilde,
4040 Jyllinge, 4100 Ringsted, 4180 Sorø, 4200 Slagelse, 4220 Korsør, 4230 Skælskør,
4300 Holbæk, 4320 Lejre, 4330 Hvalsø, 4400 Kalundborg, 4450 Jyderup, 4500 Nykøbing Sj,
4550 Asnæs, 4600 Køge, 4640 Faxe, 4660 Store Heddinge, 4690 Haslev, 4700 Næstved, 4720 Præstø,
4760 Vordingborg, 4780 Stege, 4800 Nykøbing F, 4874 Gedser, 4880 Nysted, 4900 Nakskov,
4930 Maribo, 4970 Rødby, 4990 Sakskøbing, 5000 Odense C, 5200 Odense V, 5210 Odense NV,
5220 Odense SØ, 5230 Odense M, 5250 Odense SV, 5260 Odense S, 5270 Odense N, 5300 Kerteminde,
5400 Bogense, 5450 Otterup, 5492 Vissenbjerg, 5500 Middelfart, 5560 Aarup, 5600 Faaborg,
5610 Assens, 5700 Svendborg, 5750 Ringe, 5800 Nyborg, 5900 Rudkøbing, 5960 Marstal,
5970 Ærøskøbing, 6000 Kolding, 6040 Egtved, 6070 Christiansfeld, 6100 Haderslev,
6200 Aabenraa, 6230 Rødekro, 6240 Løgumkloster, 6270 Tønder, 6300 Gråsten, 6310 Broager,
6330 Padborg, 6400 Sønderborg, 6430 Nordborg, 6500 Vojens, 6510 Gram, 6580 Vamdrup,
6600 Vejen, 6630 Rødding, 6650 Brørup, 6670 Holsted, 6700 Esbjerg, 6705 Esbjerg Ø,
6710 Esbjerg V, 6715 Esbjerg N, 6720 Fanø, 6740 Bramming, 6760 Ribe, 6780 Skærbæk, 6792 Rømø,
6800 Varde, 6840 Oksbøl, 6857 Blåvand, 6870 Ølgod, 6880 Tarm, 6900 Skjern, 6920 Videbæk,
6950 Ringkøbing, 6960 Hvide Sande, 6990 Ulfborg, 7000 Fredericia, 7080 Børkop, 7100 Vejle,
7130 Juelsminde, 7160 Tørring, 7190 Billund, 7200 Grindsted, 7300 Jelling, 7323 Give,
7330 Brande, 7400 Herning, 7430 Ikast, 7470 Karup J, 7500 Holstebro, 7600 Struer,
7620 Lemvig, 7680 Thyborøn, 7700 Thisted, 7730 Hanstholm, 7760 Hurup Thy, 7800 Skive,
7870 Roslev, 7884 Fur, 7900 Nykøbing M, 8000 Aarhus C, 8200 Aarhus N, 8210 Aarhus V,
8220 Brabrand, 8230 Åbyhøj, 8240 Risskov, 8250 Egå, 8260 Viby J, 8270 Højbjerg, 8300 Odder,
8310 Tranbjerg J, 8320 Mårslet, 8330 Beder, 8340 Malling, 8355 Solbjerg, 8361 Hasselager,
8370 Hadsten, 8381 Tilst, 8382 Hinnerup, 8400 Ebeltoft, 8410 Rønde, 8450 Hammel, 8464 Galten,
8500 Grenaa, 8520 Lystrup, 8543 Hornslet, 8550 Ryomgård, 8600 Silkeborg, 8620 Kjellerup,
8660 Skanderborg, 8680 Ry, 8700 Horsens, 8722 Hedensted, 8740 Brædstrup, 8766 Nørre Snede,
8800 Viborg, 8850 Bjerringbro, 8870 Langå, 8900 Randers C, 8920 Randers NV, 8930 Randers NØ,
8960 Randers SØ, 8963 Auning, 9000 Aalborg, 9200 Aalborg SV, 9210 Aalborg SØ, 9220 Aalborg Øst,
9230 Svenstrup J, 9240 Nibe, 9260 Gistrup, 9300 Sæby, 9310 Vodskov, 9320 Hjallerup,
9330 Dronninglund, 9370 Hals, 9400 Nørresundby, 9440 Aabybro, 9480 Løkken, 9492 Blokhus,
9500 Hobro, 9520 Skørping, 9530 Støvring, 9550 Mariager, 9560 Hadsund, 9600 Aars,
9640 Farsø, 9670 Løgstør, 9690 Fjerritslev, 9700 Brønderslev, 9760 Vrå, 9800 Hjørring,
9850 Hirtshals, 9870 Sindal, 9900 Frederikshavn, 9940 Læsø, 9970 Strandby, 9990 Skagen
""")
STREETS = _split("""
Egevej, Bøgevænget, Kirkegade, Søndergade, Vestergade, Nørregade, Østergade, Møllevej,
Skolevej, Stationsvej, Ryesgade, Jægersborggade, Strandvejen, Bredgade, Rosenvænget,
Lærkevej, Solsikkevej, Hybenvej, Tjørnevej, Fasanvej, Mågevej, Ternevej, Ahornvej,
Kastanie Allé, Lindealléen, Birkelunden, Granvej, Pilevej, Hasselvej, Enghavevej, Blegdamsvej,
Nørrebrogade, Amagerbrogade, Istedgade, Vesterbrogade, Gl. Kongevej, Frederiksberg Allé,
Falkoner Allé, Godthåbsvej, Frederikssundsvej, Roskildevej, Køgevej, Holbækvej, Ringstedgade,
Algade, Torvegade, Adelgade, Badstuestræde, Klostergade, Frue Kirkestræde, Skt. Mortens Gade,
Rådhusstræde, Havnegade, Toldbodgade, Sverigesgade, Bülowsvej, Dalgas Avenue, Ingerslevs Plads,
Jyllandsgade, Sjællandsgade, Fynsgade, Thistedvej, Hobrovej, Vesterå, Bispensgade, Boulevarden,
Randersvej, Viborgvej, Silkeborgvej, Skanderborgvej, Horsensvej, Vejlevej, Koldingvej,
Haderslevvej, Ribelandevej, Kongensgade, Torvet, Bakkedraget, Bakkevej, Højvangen, Engvej,
Markvej, Agervej, Kornvænget, Rugmarken, Havremarken, Byvangen, Præstegårdsvej, Kirkebakken,
Skovbrynet, Skovvej, Skovløkken, Strandgårdsvej, Klitvej, Dyrehavevej, Fyrrebakken,
Ellebækvej, Åløkkevej, Kildevej, Bækkegårdsvej, Damhusvej, Mosevej, Tørvevej, Lyngvej,
Hedevej, Søvej, Sønderbrogade, Nørrebro, Store Torv, Lille Torv, Teglværksvej, Smedevej,
Savværksvej, Mejerivej, Industrivej, Vindmøllevej, Valmuevej, Kornblomstvej, Rosenvej,
Tulipanvej, Syrenvej, Nyvej, Gammel Byvej, Bygaden, Landevejen, Hovedgaden, Nørre Allé,
Vester Allé, Øster Allé, Sønder Allé, Hjortevej, Rådyrvej, Ræveholmen, Uglevej, Spurvevej,
Svalevej, Stæremosen, Vibevej, Hejrevej, Åboulevarden, Frederiks Allé, Mølleparken,
Tranehøj, Lupinvej, Snerlevej, Kløvervej, Engblommevej, Kæruldsvej, Mosebuen, Bavnehøj,
Skrænten, Lergravsvej, Kalkbrudsvej, Digevej, Slusevej
""")
PERSON_STREETS = _split("""
H.C. Andersens Boulevard, H.C. Ørsteds Vej, Niels Juels Gade, Peder Skrams Gade,
Ole Rømers Gade, Dag Hammarskjölds Allé, Niels Finsens Allé, Carl Jacobsens Vej,
Poul Henningsens Plads, Bernhard Bangs Allé, Jens Baggesens Vej, Frederik Bajers Vej,
Thit Jensens Gade, Halfdan Rasmussens Vej, Karen Blixens Plads, Anker Heegaards Gade
""")
NAMED_ORGS = _split("""
Jensens Bøfhus, Carl Hansen & Søn, Niels Brock, Georg Jensen, Karen Blixen Museet,
Carl Nielsen Museet, Niels Bohr Institutet, H.C. Andersen Airport, Ole Rømer Observatoriet,
Bent Hansens VVS ApS, Lene Mortensens Rengøring, Murer Jørgen Kjær ApS, Bjarnes Autoservice,
Kirsten Holms Tandklinik, Mads Skov Advokatfirma, Tømrer Ib Lund I/S
""")
TOWNS_NORDIC = {
    "fo": _split(
        "100 Tórshavn, 110 Tórshavn, 410 Kollafjørður, 510 Gøta, 700 Klaksvík, "
        "800 Tvøroyri, 360 Sandavágur, 470 Eiði"
    ),
    "gl": _split(
        "3900 Nuuk, 3905 Nuussuaq, 3911 Sisimiut, 3920 Qaqortoq, 3950 Aasiaat, "
        "3952 Ilulissat, 3913 Tasiilaq"
    ),
    "no": _split(
        "0155 Oslo, 0457 Oslo, 5003 Bergen, 7011 Trondheim, 4006 Stavanger, "
        "9008 Tromsø, 1606 Fredrikstad"
    ),
}
STREETS_NORDIC = {
    "fo": _split(
        "Niels Finsensgøta, Tinghúsvegur, Dalavegur, Áarvegur, Hoyvíksvegur, "
        "Gundadalsvegur, Jónas Broncksgøta"
    ),
    "gl": _split(
        "Aqqusinersuaq, Imaneq, Qullilerfik, Issortarfimmut, Nuussuarmiut, "
        "Aadarujuup Aqquserna, Jaaku Kreutzmannip Aqq."
    ),
    "no": _split(
        "Storgata, Kirkegata, Thorvald Meyers gate, Bogstadveien, Torggata, "
        "Kongens gate, Strandgata"
    ),
}
MONTHS = _split(
    "januar februar marts april maj juni juli august september oktober november december", " "
)
MONTHS_SHORT = _split("jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec.", " ")
EMAIL_DOMAINS = ("example.dk", "example.com", "example.org")
# Test ranges the card schemes publish for integration tests (Visa, Mastercard, Amex, ...).
TEST_BINS = (
    "411111",
    "424242",
    "400005",
    "401288",
    "555555",
    "510510",
    "520082",
    "222300",
    "378282",
    "371449",
    "601111",
    "356600",
)
# BBAN layouts: letters are bank-code letters, digits the rest.
IBAN_BBAN = {
    "DK": "14n",
    "FO": "14n",
    "GL": "14n",
    "NO": "11n",
    "SE": "20n",
    "DE": "18n",
    "PL": "24n",
    "NL": "4a10n",
    "GB": "4a14n",
    "FI": "14n",
    "UA": "25n",
    "TR": "22n",
}
PLATE_LETTERS = "ABCDEFHJKLMNOPRSTUVXYZ"
# country code and digit groups as numbers are written there
FOREIGN_PHONE = {
    "fo": ("+298", (2, 2, 2)),
    "gl": ("+299", (2, 2, 2)),
    "no": ("+47", (3, 2, 3)),
    "se": ("+46", (2, 3, 2, 2)),
    "pl": ("+48", (3, 3, 3)),
    "ua": ("+380", (2, 3, 4)),
    "tr": ("+90", (3, 3, 2, 2)),
}
POLICE = _split(
    "Midt- og Vestjyllands, Fyns, Københavns, Nordsjællands, Sydøstjyllands, "
    "Nordjyllands, Østjyllands, Sydsjællands og Lolland-Falsters"
)
CARS = _split(
    "Skoda Octavia, VW Golf, Toyota Yaris, Peugeot 208, Kia Niro, Ford Focus, "
    "Tesla Model 3, Citroën C3"
)


# --- people and values ----------------------------------------------------------------------


@dataclass
class Person:
    first: str
    middle: str
    last: str
    female: bool
    born: date
    origin: str
    seventh: int  # CPR: the century digit and the serial after it
    serial: str


@dataclass
class Addr:
    street: str
    number: str
    rest: str  # floor and side, with its leading separator
    post: str

    @property
    def line(self) -> str:
        return f"{self.street} {self.number}{self.rest}"


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (1 if i % 2 else 2)
        total += n - 9 if n > 9 else n
    return str(-total % 10)


def _iban_check(cc: str, bban: str) -> str:
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{98 - num % 97:02d}"


def _mod11(digits: str) -> bool:
    return (
        sum(int(c) * w for c, w in zip(digits, (4, 3, 2, 7, 6, 5, 4, 3, 2, 1), strict=True)) % 11
        == 0
    )


class Gen:
    """One document's random source with makers for each kind of value."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def pick(self, seq: Sequence[T]) -> T:
        return seq[self.r.randrange(len(seq))]

    def ch(self, p: float) -> bool:
        return self.r.random() < p

    # people
    def person(
        self,
        origin: str | None = None,
        female: bool | None = None,
        young: int = 18,
        old: int = 88,
        last: str | None = None,
    ) -> Person:
        r = self.r
        if origin is None:
            origin = "dk" if r.random() < 0.68 else self.pick(list(IMM))
        if female is None:
            female = r.random() < 0.5
        if origin == "dk":
            first = self.pick(DK_FEMALE if female else DK_MALE)
            if r.random() < 0.15:
                first += " " + self.pick(DK_FEMALE if female else DK_MALE)
            surname = self.pick(DK_SURNAMES)
            if r.random() < 0.08:
                surname = f"{self.pick(DK_SURNAMES)}{self.pick(['-', ' '])}{surname}"
            middle = self.pick(MIDDLE) if r.random() < 0.2 else ""
        else:
            males, females, surnames = IMM[origin]
            first = self.pick(females if female else males)
            surname = self.pick(surnames)
            if origin == "pl" and female and surname.endswith("ki"):
                surname = surname[:-1] + "a"
            if origin == "so" and r.random() < 0.5:
                surname = f"{self.pick(males)} {surname}"
            if origin == "vn" and r.random() < 0.5:
                first = f"{'Thi' if female else 'Van'} {first}"
            if origin == "arab" and r.random() < 0.1:
                surname = f"{surname}-{self.pick(DK_SURNAMES)}"
            middle = ""
        born = REF - timedelta(days=r.randrange(young * 365 + 2, old * 365))
        yy = born.year % 100
        if born.year >= 2000:
            seventh = self.pick([4, 9, 5, 6, 7, 8]) if yy <= 36 else self.pick([5, 6, 7, 8])
        else:
            seventh = self.pick([0, 1, 2, 3] + ([4, 9] if yy >= 37 else []))
        head = born.strftime("%d%m%y") + str(seventh)
        while True:
            serial = f"{r.randrange(100):02d}{r.randrange(0, 10, 2) + (0 if female else 1)}"
            if not _mod11(head + serial):
                break
        p = Person(first, middle, last or surname, female, born, origin, seventh, serial)
        if origin in ("vn",) and self.ch(0.3):
            p.first, p.last = p.last, p.first  # Vietnamese order, surname first
        return p

    def nm(self, p: Person, style: str | None = None) -> str:
        """A written form of a name; initials keep their dot."""
        style = style or self.pick(["short"] * 6 + ["full"] * 3 + ["init", "mid", "comma"])
        first_word = p.first.split()[0]
        if style == "full":
            return " ".join(x for x in (p.first, p.middle, p.last) if x)
        if style == "init":
            return f"{first_word[0]}. {p.last}"
        if style == "mid":
            second = p.middle or (p.last.split()[0] if " " in p.last else p.first.split()[-1])
            return f"{first_word} {second[0]}. {p.last.split()[-1]}"
        if style == "comma":
            return f"{p.last}, {p.first}"
        if style == "first":
            return first_word
        if style == "lastinit":
            return f"{first_word} {p.last[0]}."
        return f"{p.first} {p.last}"

    def P(self, p: Person, style: str | None = None) -> str:
        return _lab("PERSON", self.nm(p, style))

    def relatives(self, p: Person, n: int, young: int = 0, old: int = 17) -> list[Person]:
        """Children or siblings sharing a surname (sometimes not)."""
        return [
            self.person(
                "dk" if p.origin == "dk" else p.origin,
                young=young,
                old=old,
                last=p.last if self.ch(0.8) else None,
            )
            for _ in range(n)
        ]

    # identifiers
    def cpr(self, p: Person) -> str:
        d = p.born.strftime("%d%m%y")
        tail = f"{p.seventh}{p.serial}"
        sep = self.pick(["-"] * 6 + ["", " ", "–"])
        return _lab("CPR", f"{d}{sep}{tail}")

    def dob(self, p: Person, style: str | None = None) -> str:
        b = p.born
        style = style or self.pick(["dots", "dots", "long", "iso", "dash", "slash", "short"])
        text = {
            "dots": f"{b.day:02d}.{b.month:02d}.{b.year}",
            "long": f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
            "short": f"{b.day}. {MONTHS_SHORT[b.month - 1]} {b.year}",
            "iso": b.isoformat(),
            "dash": f"{b.day:02d}-{b.month:02d}-{b.year}",
            "slash": f"{b.day}/{b.month} {b.year}",
        }[style]
        return _lab("DATE_OF_BIRTH", text)

    def phone_raw(self, intl: str | None = None) -> str:
        r = self.r
        if intl:
            code, groups = FOREIGN_PHONE[intl]
            first = str(r.randrange(2, 10))
            rest = "".join(str(r.randrange(10)) for _ in range(sum(groups) - 1))
            number, parts = first + rest, []
            for size in groups:
                parts.append(number[:size])
                number = number[size:]
            return " ".join([code, *parts])
        n = str(self.pick(list("2345678"))) + "".join(str(r.randrange(10)) for _ in range(7))
        form = self.pick(
            ["pairs"] * 4 + ["plain"] * 2 + ["+45pairs", "+45", "0045", "fours", "+45fours"]
        )
        pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
        fours = f"{n[:4]} {n[4:]}"
        return {
            "pairs": pairs,
            "plain": n,
            "+45pairs": f"+45 {pairs}",
            "+45": f"+45{n}",
            "0045": f"0045 {n}",
            "fours": fours,
            "+45fours": f"+45 {fours}",
        }[form]

    def phone(self, intl: str | None = None) -> str:
        return _lab("PHONE", self.phone_raw(intl))

    def email_raw(self, p: Person | None = None) -> str:
        r = self.r
        if p is None:
            local = self.pick(
                [
                    "kontakt",
                    "info",
                    "post",
                    "sekretariat",
                    "borgerservice",
                    "svindel",
                    "support",
                    "kundeservice",
                ]
            )
        else:
            f, last = _ascii(p.first.split()[0].lower()), _ascii(p.last.split()[-1].lower())
            local = self.pick(
                [
                    f"{f}.{last}",
                    f"{f}{last[:1]}",
                    f"{f[:1]}{last}",
                    f"{f}{r.randrange(60, 99)}",
                    f"{f}_{last}",
                    f"{f}.{last}{r.randrange(1, 9)}",
                ]
            )
        local = re.sub(r"[^a-z0-9._-]", "", local)
        return f"{local}@{self.pick(EMAIL_DOMAINS)}"

    def email(self, p: Person | None = None) -> str:
        return _lab("EMAIL", self.email_raw(p))

    def account_parts(self) -> tuple[str, str]:
        r = self.r
        length = self.pick([7, 8, 10, 10])
        acct = "".join(str(r.randrange(10)) for _ in range(length))
        if length < 10:
            acct = str(r.randrange(1, 10)) + acct[1:]
        return f"{r.randrange(1000, 9999)}", acct

    def bank(self) -> str:
        reg, acct = self.account_parts()
        return _lab("BANK_ACCOUNT", f"{reg}{self.pick(['-', '-', ' ', ' - '])}{acct}")

    def iban(self, cc: str = "DK", spaced: bool | None = None) -> str:
        layout = IBAN_BBAN[cc]
        bban = ""
        for count, kind in re.findall(r"(\d+)([an])", layout):
            alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else "0123456789"
            bban += "".join(self.pick(alphabet) for _ in range(int(count)))
        compact = cc + _iban_check(cc, bban) + bban
        if spaced is None:
            spaced = self.ch(0.6)
        text = (
            " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)) if spaced else compact
        )
        return _lab("IBAN", text)

    def card_parts(self) -> tuple[str, str, str]:
        r = self.r
        bin_ = self.pick(TEST_BINS)
        amex = bin_.startswith("37")
        length = 15 if amex else 16
        body = bin_ + "".join(str(r.randrange(10)) for _ in range(length - 7))
        num = body + _luhn_digit(body)
        if amex:
            shown = f"{num[:4]} {num[4:10]} {num[10:]}"
        else:
            sep = self.pick([" ", " ", "-", ""])
            shown = sep.join(num[i : i + 4] for i in range(0, 16, 4))
        cvv = "".join(str(r.randrange(10)) for _ in range(4 if amex else 3))
        month, year = r.randrange(1, 13), r.randrange(2025, 2031)
        exp = self.pick(
            [
                f"{month:02d}/{year % 100:02d}",
                f"{month:02d}/{year}",
                f"{month:02d}-{year % 100:02d}",
            ]
        )
        return (_lab("CARD", shown), _lab("CARD_CVV", cvv), _lab("CARD_EXPIRY", exp))

    def otp(self) -> str:
        r = self.r
        n = "".join(str(r.randrange(10)) for _ in range(self.pick([6, 6, 6, 4, 8])))
        return _lab("OTP", f"{n[:3]} {n[3:]}" if len(n) == 6 and self.ch(0.15) else n)

    def mitid(self, p: Person | None = None) -> str:
        r = self.r
        if p is None:
            p = self.person()
        f = _ascii(p.first.split()[0].lower())
        last = _ascii(p.last.split()[-1].lower())
        user = self.pick(
            [
                f"{f}{last[:2]}{r.randrange(10, 99)}",
                f"{f}.{last}",
                f"{last}{f[:1]}{r.randrange(1, 999)}",
                f"{f}{p.born.year}",
                f"{f[:3]}{last[:3]}{r.randrange(10)}",
            ]
        )
        return _lab("MITID_USER", re.sub(r"[^a-z0-9.]", "", user))

    def plate(self) -> str:
        r = self.r
        a = self.pick(PLATE_LETTERS) + self.pick(PLATE_LETTERS)
        n = f"{r.randrange(10, 99)}{r.randrange(100, 999)}"
        return _lab("NUMBER_PLATE", self.pick([f"{a} {n[:2]} {n[2:]}", f"{a}{n}", f"{a} {n}"]))

    def addr(self, origin: str = "dk", street: str | None = None) -> Addr:
        r = self.r
        if origin in TOWNS_NORDIC:
            return Addr(
                street or self.pick(STREETS_NORDIC[origin]),
                str(r.randrange(1, 80)),
                "",
                ("FO-" if origin == "fo" and self.ch(0.6) else "")
                + self.pick(TOWNS_NORDIC[origin]),
            )
        num = str(r.randrange(1, 180))
        if self.ch(0.15):
            num += self.pick(["A", "B", "C", "a", "b", " B"])
        rest = ""
        if self.ch(0.4):
            floor = self.pick(["st.", "1.", "2.", "3.", "4.", "kl.", "1", "2"])
            side = self.pick([" tv.", " th.", " mf.", "", " tv", " th"])
            rest = f", {floor}{side}"
        post = self.pick(POSTAL)
        if self.ch(0.04):
            post = "DK-" + post
        return Addr(street or self.pick(STREETS), num, rest, post)

    def A(self, a: Addr, how: str | None = None, kind: str = "ADDRESS") -> str:
        """An ADDRESS: "inline" with ", postcode town", "block" over two lines, "street" alone
        (an organisation's own: ``kind`` ORGANISATION_ADDRESS, laid out as one, not labelled)."""
        how = how or self.pick(["inline", "inline", "block"])
        if how == "inline":
            return _lab(kind, f"{a.line}, {a.post}")
        if how == "block":
            return _lab(kind, f"{a.line}\n{a.post}")
        return _lab(kind, a.line)

    # unlabelled look-alikes
    def num(self, n: int) -> str:
        return str(self.r.randrange(10 ** (n - 1), 10**n))

    def amount(self, lo: int = 50, hi: int = 40000) -> str:
        v = self.r.randrange(lo * 100, hi * 100)
        kr, ore = divmod(v, 100)
        return f"{kr:,}".replace(",", ".") + f",{ore:02d}"

    def day(self, year: int = 2025) -> date:
        return date(year, 1, 1) + timedelta(days=self.r.randrange(0, 360 if year < 2025 else 58))

    def dstr(self, d: date | None = None) -> str:
        d = d or self.day(self.pick([2024, 2025]))
        return self.pick(
            [
                f"{d.day:02d}.{d.month:02d}.{d.year}",
                f"{d.day}. {MONTHS[d.month - 1]} {d.year}",
                d.isoformat(),
                f"{d.day}/{d.month}-{d.year % 100:02d}",
            ]
        )

    def time(self) -> str:
        return f"{self.r.randrange(7, 22):02d}:{self.r.randrange(60):02d}"

    def case(self) -> str:
        r = self.r
        return self.pick(
            [
                f"{r.randrange(20, 26)}-{r.randrange(100000, 999999)}",
                f"{r.randrange(2023, 2026)}-{r.randrange(1000, 99999):05d}",
                f"SAG{r.randrange(10**7, 10**8)}",
                f"{r.randrange(10, 99)}.{r.randrange(10, 99)}.{r.randrange(10, 99)}"
                f"-G01-{r.randrange(1, 99)}-{r.randrange(20, 26)}",
            ]
        )

    def journal(self) -> str:
        """A police journal number: district-year-serial, never a personal number."""
        return f"{self.num(4)}-{self.num(5)}-{self.num(5)}-{self.r.randrange(23, 26)}"

    def cvr(self) -> str:
        return self.num(8)

    def masked_card(self) -> str:
        return self.pick(
            [
                f"{self.pick(TEST_BINS)[:4]} **** **** {self.num(4)}",
                f"**** {self.num(4)}",
                f"XXXX-XXXX-XXXX-{self.num(4)}",
                f"kort der ender på {self.num(4)}",
            ]
        )

    def masked_cpr(self) -> str:
        d = date(1950, 1, 1) + timedelta(days=self.r.randrange(20000))
        return self.pick(
            [
                f"{d.strftime('%d%m%y')}-XXXX",
                f"******-{self.num(4)}",
                "DDMMÅÅ-XXXX",
                f"{d.strftime('%d%m%y')}-****",
            ]
        )

    def org(self) -> str:
        return self.pick(NAMED_ORGS)

    def person_street(self) -> str:
        return self.pick(PERSON_STREETS)


def _ascii(text: str) -> str:
    table = {
        "æ": "ae",
        "ø": "oe",
        "å": "aa",
        "ð": "d",
        "ł": "l",
        "ı": "i",
        "ş": "s",
        "ç": "c",
        "ğ": "g",
        "ü": "u",
        "ö": "o",
        "ó": "o",
        "ú": "u",
        "í": "i",
        "á": "a",
        "é": "e",
        "ś": "s",
        "ń": "n",
        "ź": "z",
        "ż": "z",
        "ą": "a",
        "ę": "e",
        "ä": "a",
        " ": "",
        "-": "",
    }
    return "".join(table.get(c, c) for c in text)


# --- genres with personal data --------------------------------------------------------------


def _gen(g: Gen, p: Person, style: str | None = None) -> str:
    """A Danish genitive: the s belongs to the span; after s, x or z the apostrophe does not."""
    name = g.nm(p, style)
    return _lab("PERSON", name) + "'" if name[-1] in "sxz" else _lab("PERSON", name + "s")


def _town(g: Gen) -> str:
    return g.pick(POSTAL).split(" ", 1)[1]


def _some(g: Gen, items: list[str], lo: int, hi: int | None = None) -> list[str]:
    hi = min(hi or len(items), len(items))
    return g.r.sample(items, g.r.randint(min(lo, hi), hi))


def _bullets(g: Gen, lines: list[str]) -> list[str]:
    mark = g.pick(["- ", "• ", "* ", "", "\t", "  "])
    return [mark + line for line in lines]


def g_jobcenter(g: Gen) -> str:
    p = g.person(young=19, old=66)
    spouse = g.person(p.origin if g.ch(0.7) else None, female=not p.female, young=20, old=66)
    kids = g.relatives(p, g.r.randrange(0, 4))
    staff, other = g.person("dk"), g.person()
    household = ", ".join(f"{g.P(k, 'first')} (f. {g.dob(k)})" for k in kids) or "ingen børn"
    head = [
        f"Jobcenter {_town(g)} – journalnotat",
        f"Sagsnr.: {g.case()}",
        f"Dato: {g.dstr()}",
        "",
        f"Borger:\t\t{g.P(p, 'full')}",
        f"CPR-nr.:\t{g.cpr(p)}",
        f"Adresse:\t{g.A(g.addr(), 'inline')}",
        f"Telefon:\t{g.phone()}",
        f"Sagsbehandler:\t{g.P(staff)}, direkte {g.phone()}",
        "",
    ]
    notes = [
        f"Samtale med {g.P(p, 'first')} om jobsøgning. Borgeren oplyser, at ægtefællen "
        f"{g.P(spouse)} er sygemeldt.",
        f"{g.P(p, 'first')} har haft vikariat hos {g.org()} i 6 uger (CVR {g.cvr()}).",
        f"Næste samtale {g.dstr()} kl. {g.time()} med {g.P(other)} fra virksomhedsteamet.",
        f"Ydelsen udbetales til NemKonto {g.bank()}.",
        f"Bisidder ved mødet: {g.P(g.person())}, tlf. {g.phone()}.",
        f"Borgeren kan fremover kontaktes på {g.email(p)}.",
        f"Husstand: {household}.",
    ]
    if kids:
        notes.append(
            f"{_gen(g, kids[0], 'first')} skole har meldt fravær; kontakt klasselærer "
            f"{g.P(g.person('dk'))}."
        )
    return "\n".join(head + _bullets(g, _some(g, notes, 3)))


def g_boligstotte(g: Gen) -> str:
    p = g.person(young=18, old=90)
    home = g.addr()
    members = [p, *g.relatives(p, g.r.randrange(0, 3), young=0, old=25)]
    landlord = g.person("dk")
    rows = "\n".join(f"  {g.P(m, 'full')}\t{g.cpr(m) if g.ch(0.6) else g.dob(m)}" for m in members)
    return "\n".join(
        [
            "Udbetaling Danmark",
            "Boligstøtte – afgørelse",
            "",
            g.P(p, "full"),
            g.A(home, "block"),
            "",
            f"Dato: {g.dstr()}\tJournalnr.: {g.case()}",
            "",
            f"Kære {g.P(p, 'first')}",
            "",
            f"Du får {g.amount(300, 4000)} kr. om måneden i boligstøtte fra 1. {g.pick(MONTHS)} "
            "2025 "
            f"til lejemålet {g.A(home, 'street')}.",
            "Vi har regnet med disse personer i husstanden:",
            rows,
            "",
            f"Udlejer: {g.P(landlord, 'full') if g.ch(0.6) else g.org()}, "
            f"{g.A(g.addr(), 'inline')}",
            f"Beløbet udbetales til {g.pick(['din NemKonto', 'konto'])} {g.bank()}."
            if g.ch(0.5)
            else "Beløbet udbetales til din NemKonto.",
            "",
            "Med venlig hilsen",
            g.P(g.person("dk"), "full"),
            "Boligstøtte",
        ]
    )


def g_bornesag(g: Gen) -> str:
    origin = "dk" if g.ch(0.55) else g.pick(list(IMM))
    mor = g.person(origin, female=True, young=22, old=50)
    far = g.person(origin if g.ch(0.8) else None, female=False, young=22, old=55)
    kids = g.relatives(far, g.r.randrange(1, 5), old=17)
    child = kids[0]
    pleje = [g.person("dk", female=True), g.person("dk", female=False)]
    sfam = g.addr()
    lines = [
        "BØRNE- OG FAMILIEAFDELINGEN",
        f"Sag om: {g.P(child, 'full')} ({g.cpr(child)})",
        f"Sagsnr. {g.case()} · § 50-undersøgelse",
        "",
        "Familiens sammensætning:",
        f"Mor:\t{g.P(mor, 'full')}, {g.cpr(mor)}, {g.A(g.addr(), 'inline')}, tlf. {g.phone()}",
        f"Far:\t{g.P(far, 'full')}, født {g.dob(far)}, tlf. "
        f"{g.phone(g.pick([None, 'pl', 'tr', 'ua']))}",
    ]
    for k in kids[1:]:
        lines.append(
            f"Søskende:\t{g.P(k, 'first')} {k.last if g.ch(0.3) else ''}".rstrip()
            + f" (f. {g.dob(k)})"
        )
    lines += [
        "",
        f"{_gen(g, child, 'first')} mor oplyser, at {g.P(far, 'first')} har samvær hver anden "
        f"weekend. {g.P(child, 'first')} går i {g.r.randrange(0, 9)}. klasse; klasselærer "
        f"{g.P(g.person('dk'))} er orienteret.",
        f"Sundhedsplejerske {g.P(g.person('dk', female=True))} deltog i mødet {g.dstr()}.",
        f"Aflastning hos plejefamilien {g.P(pleje[0], 'first')} og {g.P(pleje[1], 'short')}, "
        f"{g.A(sfam, g.pick(['inline', 'street']))}.",
        f"Socialrådgiver: {g.P(g.person())}, {g.email(g.person('dk'))}",
    ]
    return "\n".join(lines)


PLACEHOLDERS = ["T", "T1", "T2", "V1", "V2", "[navn]", "NN", "XX", "forurettede", "A", "B"]


def g_dom(g: Gen) -> str:
    judge, defender, officer = g.person("dk"), g.person(), g.person("dk")
    witness = g.person()
    named = g.ch(0.4)
    tiltalte = g.person(young=18, old=70)
    who = (
        f"{g.P(tiltalte, 'full')}, født {g.dob(tiltalte)}"
        if named
        else f"{g.pick(['T', 'T1', 'tiltalte'])} (cpr.nr. udeladt)"
    )
    ph = g.pick(PLACEHOLDERS)
    return "\n".join(
        [
            f"DOM afsagt den {g.dstr()} af Retten i {_town(g)} i sag SS-{g.r.randrange(100, 9999)}/"
            f"{g.r.randrange(2023, 2026)}",
            "",
            f"Anklagemyndigheden\nmod\n{who}",
            "",
            f"Dommer: {g.P(judge)}",
            f"Forsvarer: advokat {g.P(defender, 'full')}",
            "",
            "Forklaringer",
            f"Tiltalte har forklaret, at han kendte {ph} fra arbejdet. "
            f"Vidnet {g.P(witness)} har forklaret, at {g.pick(PLACEHOLDERS)} ringede fra nummeret "
            f"{g.phone()} den aften.",
            f"Politiassistent {g.P(officer)} har forklaret, at bilen med registreringsnummer "
            f"{g.plate()} blev standset på {g.person_street()}.",
            f"Forurettede [navn] har forklaret, at pengene blev overført til konto {g.bank()}.",
            "",
            "Rettens begrundelse og afgørelse",
            f"Retten lægger til grund, at V1 og V2 var til stede. Tiltalte straffes med fængsel i "
            f"{g.r.randrange(10, 120)} dage.",
        ]
    )


def g_anklage(g: Gen) -> str:
    t = g.person(young=18, old=75)
    victim = g.person()
    card, cvv, exp = g.card_parts()
    forhold = [
        f"overtrædelse af færdselslovens § 4, stk. 1, ved den {g.dstr()} kl. {g.time()} at have "
        f"ført personbil {g.plate()} ad {g.pick(STREETS)} i {_town(g)} med "
        f"{g.r.randrange(60, 140)} km/t",
        f"bedrageri efter straffelovens § 279 ved at have anvendt betalingskortet {card} "
        f"(udløb {exp}, kontrolcifre {cvv}) tilhørende {g.P(victim)} til køb for {g.amount()} kr.",
        f"databedrageri efter § 279 a ved med {_gen(g, victim, 'short')} MitID-bruger "
        f"{g.mitid(victim)} og engangskoden {g.otp()} at have overført {g.amount()} kr. til "
        f"konto {g.bank()}",
        f"dokumentfalsk ved at have underskrevet en lejekontrakt for {g.A(g.addr(), 'inline')} "
        f"med navnet {g.P(g.person())}",
    ]
    picked = _some(g, forhold, 1, 3)
    body = "\n".join(f"Forhold {i}\n{text}." for i, text in enumerate(picked, 1))
    return "\n".join(
        [
            f"ANKLAGESKRIFT\n\nAnklagemyndigheden, {g.pick(POLICE)} Politi",
            f"J.nr. {g.journal()}",
            "",
            f"Tiltalte:\t{g.P(t, g.pick(['full', 'comma']))}",
            f"CPR-nr.:\t{g.cpr(t)}",
            f"Adresse:\t{g.A(g.addr(), 'inline')}",
            "",
            "tiltales for",
            "",
            body,
            "",
            f"Påstand: fængselsstraf. Anklager: {g.P(g.person('dk'))}",
        ]
    )


def g_bolighandel(g: Gen) -> str:
    sellers = [g.person(young=30, old=85)]
    buyers = [g.person(young=22, old=60)]
    if g.ch(0.5):
        buyers.append(g.person(young=22, old=60))
    if g.ch(0.3):
        sellers.append(g.person(young=30, old=85, last=sellers[0].last))
    prop = g.addr()

    def party(p: Person) -> str:
        return f"  {g.P(p, 'full')}, CPR {g.cpr(p)}, tlf. {g.phone()}, {g.email(p)}"

    return "\n".join(
        [
            "KØBSAFTALE – fast ejendom",
            "",
            "Sælger:",
            *[party(s) for s in sellers],
            "Køber:",
            *[party(b) for b in buyers],
            "",
            "§ 1 Ejendommen\nEjendommen matr.nr. "
            f"{g.r.randrange(1, 99)}{g.pick(['a', 'b', 'k', 'bq', 'ø'])} "
            f"{_town(g)} By, beliggende {g.A(prop, 'inline')}, BFE-nr. {g.num(7)}.",
            f"§ 5 Købesum\nKøbesummen {g.amount(900000, 6000000)} kr. deponeres hos købers bank på "
            f"deponeringskonto reg.nr. {g.num(4)} kontonr. "
            f"{_lab('BANK_ACCOUNT', g.account_parts()[1])}.",
            f"Sælgers nye adresse efter overtagelse: {g.A(g.addr(), 'inline')}.",
            "Udenlandsk udbetaling til sælger: IBAN "
            f"{g.iban(g.pick(['DE', 'SE', 'NO', 'GB', 'NL']))}"
            if g.ch(0.3)
            else "",
            "",
            f"Ejendomsmægler {g.P(g.person('dk'), 'full')}, {g.org() if g.ch(0.2) else 'home'}",
            f"{_town(g)}, den {g.dstr()}",
        ]
    )


def g_bilhandel(g: Gen) -> str:
    s, b = g.person(), g.person()
    vin = "".join(g.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
    pay = g.pick(
        [
            f"MobilePay til sælgers nummer {g.phone()}",
            f"bankoverførsel til {g.bank()}",
            "kontant ved overdragelse",
        ]
    )
    return "\n".join(
        [
            "SLUTSEDDEL / KØBSKONTRAKT BRUGT BIL",
            "",
            f"Sælger | {g.P(s, 'full')} | {g.A(g.addr(), 'inline')} | {g.phone()}",
            f"Køber  | {g.P(b, 'full')} | {g.A(g.addr(), 'inline')} | {g.phone()}",
            "",
            f"Bil: {g.pick(CARS)} årgang {g.r.randrange(2008, 2023)}",
            f"Reg.nr.: {g.plate()}\tStelnr.: {vin}",
            f"Km-stand: {g.r.randrange(10, 300)}.{g.num(3)}",
            f"Pris: {g.amount(15000, 250000)} kr., betales ved {pay}.",
            f"Køber har kørekortnummer {g.num(8)}.",
            "",
            f"Underskrift sælger: {g.P(s, 'short')}     Underskrift køber: {g.P(b, 'short')}",
        ]
    )


def g_lonseddel(g: Gen) -> str:
    p = g.person(young=17, old=67)
    reg, acct = g.account_parts()
    konto = (
        f"Reg.nr. {reg}  Konto {_lab('BANK_ACCOUNT', acct)}" if g.ch(0.5) else f"Konto: {g.bank()}"
    )
    gross = g.r.randrange(18000, 65000)
    rows = [
        ("Månedsløn", gross),
        ("AM-bidrag 8%", -gross * 8 // 100),
        ("Pension medarb.", -gross * 4 // 100),
        ("A-skat", -gross * 3 // 10),
    ]
    table = "\n".join(f"| {k:<18}| {v:>10,} |".replace(",", ".") for k, v in rows)
    return "\n".join(
        [
            f"LØNSEDDEL  {g.pick(MONTHS)} 2025",
            f"{g.org() if g.ch(0.3) else 'Værn Logistik ApS'}, CVR {g.cvr()}",
            "",
            g.P(p, "full"),
            g.A(g.addr(), "block"),
            "",
            f"Medarbejdernr.: {g.r.randrange(100, 9999)}   CPR-nr.: {g.cpr(p)}",
            f"Trækprocent 37   Fradrag pr. md. {g.r.randrange(3000, 6000)} kr.",
            "",
            "| Tekst             | Beløb      |",
            "|-------------------|------------|",
            table,
            "",
            f"Udbetalt til {konto}",
            f"Spørgsmål: lønkontoret, {g.P(g.person('dk'))}, {g.email()}",
        ]
    )


def g_arsopgorelse(g: Gen) -> str:
    p = g.person(young=20, old=90)
    spouse = g.person(female=not p.female, young=20, old=90, last=p.last if g.ch(0.5) else None)
    lines = [
        "Skattestyrelsen",
        "ÅRSOPGØRELSE 2024",
        "",
        g.P(p, "full").upper() if g.ch(0.3) else g.P(p, "full"),
        g.A(g.addr(), "block"),
        "",
        f"CPR-nr. {g.cpr(p)}\tDato {g.dstr(date(2025, 3, g.r.randrange(10, 28)))}",
        f"Ægtefælle: {g.P(spouse, 'full')} ({g.cpr(spouse)})" if g.ch(0.6) else "",
        "",
        *[
            f"{rub}\t{text:<40}{g.amount(1000, 500000):>14}"
            for rub, text in _some(
                g,
                [
                    ("11", "Lønindkomst"),
                    ("20", "Pension, ATP"),
                    ("41", "Renteudgifter"),
                    ("51", "Befordringsfradrag"),
                    ("58", "Øvrige lønmodtagerudgifter"),
                    ("61", "Renteindtægter"),
                    ("455", "Servicefradrag"),
                ],
                3,
            )
        ],
        "",
        f"Overskydende skat {g.amount()} kr. udbetales til din NemKonto {g.bank()}."
        if g.ch(0.5)
        else f"Restskat {g.amount()} kr. opkræves over forskudsopgørelsen for 2026.",
    ]
    return "\n".join(lines)


def g_kontoudtog(g: Gen) -> str:
    p = g.person()
    reg, acct = g.account_parts()
    head = [
        f"Kontoudtog {g.pick(['Lønkonto', 'Budgetkonto', 'Opsparing'])}",
        f"Kontohaver: {g.P(p, 'full')}",
        g.A(g.addr(), "block"),
        f"Konto: {_lab('BANK_ACCOUNT', f'{reg}-{acct}')}   IBAN: {g.iban('DK')}",
        "",
        "Dato\tTekst\tBeløb\tSaldo",
    ]
    saldo = g.r.randrange(1000, 50000)
    lines = []
    for _ in range(g.r.randrange(5, 11)):
        d = g.day()
        kind = g.r.randrange(8)
        if kind == 0:
            text = f"MobilePay {g.P(g.person(), g.pick(['short', 'short', 'lastinit']))}"
        elif kind == 1:
            text = f"Overførsel fra {g.P(g.person(), 'full')}"
        elif kind == 2:
            text = f"Til {g.bank()} {g.P(g.person(), 'short')} ref. {g.num(6)}"
        elif kind == 3:
            text = (
                f"Dankort-køb {g.pick(['NETTO', 'REMA 1000', 'FØTEX', 'SHELL', 'DSB', 'MATAS'])} "
                f"{g.num(4)}"
            )
        elif kind == 4:
            text = (
                f"Betalingsservice {g.pick(['TRYG', 'NORLYS', 'TELIA', 'ØRSTED'])} kundenr. "
                f"{g.num(8)}"
            )
        elif kind == 5:
            text = f"Husleje {g.A(g.addr(), 'street')}"
        elif kind == 6:
            text = f"MobilePay fra {g.P(g.person(), 'first')} {g.phone()}"
        else:
            text = f"Udl. overf. {g.iban(g.pick(['PL', 'UA', 'TR', 'DE']), spaced=False)}"
        amt = g.r.randrange(-800000, 600000)
        saldo += amt // 100
        shown = f"{amt / 100:.2f}".replace(".", ",")
        lines.append(f"{d.day:02d}.{d.month:02d}\t{text}\t{shown}\t{saldo}")
    return "\n".join(head + lines)


def g_logs(g: Gen) -> str:
    out = []
    for _ in range(g.r.randrange(3, 7)):
        ts = f"2025-0{g.r.randrange(1, 3)}-{g.r.randrange(10, 28)}T{g.time()}:{g.num(2)}Z"
        p = g.person()
        kind = g.r.randrange(5)
        if kind == 0:
            out.append(
                f"{ts} INFO auth.login user={g.mitid(p)} email={g.email(p)} "
                f"ip=10.{g.r.randrange(255)}.{g.r.randrange(255)}.{g.r.randrange(255)} ok=true"
            )
        elif kind == 1:
            out.append(
                f"{ts} WARN sms.send to={_lab('PHONE', g.phone_raw().replace(' ', ''))} "
                f"template=otp code={g.otp()} req={g.num(9)}"
            )
        elif kind == 2:
            a = g.addr()
            card, cvv, exp = g.card_parts()
            name = g.nm(p, "short")
            out.append(
                f'{ts} DEBUG {{"event":"checkout","customer":{{"name":"{_lab("PERSON", name)}",'
                f'"cpr":"{g.cpr(p)}","address":{{"street":"{g.A(a, "street")}",'
                f'"zip":"{a.post.split()[0]}","city":"{a.post.split(" ", 1)[1]}"}}}},'
                f'"payment":{{"pan":"{card}","exp":"{exp}","cvc":"{cvv}"}},"order":{g.num(8)}}}'
            )
        elif kind == 3:
            name = g.nm(p, "short").replace(" ", "+")
            mail = g.email_raw(p).replace("@", "%40")
            phone = "%2B45" + g.phone_raw().replace(" ", "")[-8:]
            out.append(
                f'{ts} 10.0.0.{g.r.randrange(255)} "GET /api/v2/lookup?name={_lab("PERSON", name)}'
                f"&email={_lab('EMAIL', mail)}&phone={_lab('PHONE', phone)}"
                f'&lang=da HTTP/1.1" 200 {g.r.randrange(200, 9000)}'
            )
        else:
            out.append(
                f'{ts} INFO payout.created beneficiary_name="{g.P(p, "full")}" '
                f"iban={g.iban(g.pick(['DK', 'DK', 'NL', 'GB', 'FI']), spaced=False)} "
                f"amount={g.r.randrange(100, 90000)} plate={g.plate()}"
            )
    return "\n".join(out)


def g_vcard(g: Gen) -> str:
    p = g.person()
    a = g.addr()
    if g.ch(0.5):
        town = a.post.split(" ", 1)[1]
        return "\r\n".join(
            [
                "BEGIN:VCARD",
                "VERSION:3.0",
                f"N:{_lab('PERSON', p.last)};{_lab('PERSON', p.first)};;;",
                f"FN:{g.P(p, 'full')}",
                f"ORG:{g.pick(['Aarhus Kommune', 'Værn ApS', 'Region Midtjylland', g.org()])}",
                f"TEL;TYPE=CELL:{g.phone()}",
                f"TEL;TYPE=HOME,VOICE:{g.phone()}" if g.ch(0.4) else "NOTE:mobil foretrækkes",
                f"EMAIL;TYPE=INTERNET:{g.email(p)}",
                f"ADR;TYPE=HOME:;;{g.A(a, 'street')};{town};;{a.post.split()[0]};Danmark",
                f"BDAY:{g.dob(p, 'iso')}" if g.ch(0.6) else f"REV:{g.day().isoformat()}T10:00:00Z",
                "END:VCARD",
            ]
        )
    role = g.pick(
        ["Kunderådgiver", "Socialrådgiver", "Advokat (L)", "Teamleder, Svindel", "Ejendomsmægler"]
    )
    org_addr = g.addr()
    return "\n".join(
        [
            g.pick(["Hej", "Tak for snakken i går.", "Se vedhæftede."]),
            "",
            g.pick(["Med venlig hilsen", "Venlig hilsen", "Mvh.", "Bedste hilsner"]),
            "",
            g.P(p, g.pick(["short", "full", "mid"])),
            role,
            g.pick(["Værn ApS", "Sparekassen Vest", "Aarhus Kommune"]),
            f"{g.A(org_addr, 'inline', ORGANISATION_ADDRESS)}"
            if g.ch(0.6)
            else g.A(org_addr, "block", ORGANISATION_ADDRESS),
            f"Direkte: {g.phone()} | Mobil: {g.phone()}",
            f"Mail: {g.email(p)}",
            "",
            "Denne e-mail kan indeholde fortrolige oplysninger.",
        ]
    )


def g_kalender(g: Gen) -> str:
    org, att = g.person("dk"), [g.person() for _ in range(g.r.randrange(1, 4))]
    cit = g.person()
    d = g.day()
    if g.ch(0.5):
        lines = [
            "BEGIN:VCALENDAR",
            "BEGIN:VEVENT",
            f"UID:{g.num(9)}@kalender",
            f"DTSTART:{d.strftime('%Y%m%d')}T{g.r.randrange(8, 16):02d}0000",
            f"SUMMARY:Hjemmebesøg hos {g.P(cit)}",
            f"ORGANIZER;CN={g.P(org, 'short')}:mailto:{g.email(org)}",
        ]
        lines += [
            f"ATTENDEE;CN={g.P(a, 'short')};ROLE=REQ-PARTICIPANT:mailto:{g.email(a)}" for a in att
        ]
        lines += [
            f"LOCATION:{g.A(g.addr(), 'inline')}",
            f"DESCRIPTION:Ring på {g.phone()} ved ankomst. Dørkode {g.num(4)}.",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        return "\r\n".join(lines)
    names = "; ".join(g.P(a, "short") for a in att)
    return "\n".join(
        [
            f"Emne: {g.pick(['Møde', 'Opfølgning', 'Samtale'])} med {g.P(cit)} ang. "
            f"{g.pick(['svindelsag', 'lån', 'boligstøtte'])}",
            f"Hvornår: {g.pick(['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag'])} {g.dstr(d)} "
            f"{g.time()}-{g.time()}",
            f"Hvor: {g.A(g.addr(), 'inline') if g.ch(0.5) else 'Teams-møde'}",
            f"Arrangør: {g.P(org, 'full')}",
            f"Deltagere: {names}",
            "",
            f"{g.P(cit, 'first')} har bedt om, at {_gen(g, g.person(), 'first')} søster deltager.",
            f"Kontakt i tilfælde af afbud: {g.phone()}",
        ]
    )


def g_chat_team(g: Gen) -> str:
    team = [g.person() for _ in range(g.r.randrange(2, 5))]
    cust = g.person()
    out = [f"#{g.pick(['svindel-vagt', 'kundeservice', 'team-nord', 'fraud-dk'])}"]
    msgs = [
        lambda a, b: (
            f"@{g.P(b, 'short')} kan du tage kunden {g.P(cust, 'full')}? ringer fra {g.phone()}"
        ),
        lambda a, b: f"hun har givet MitID-bruger {g.mitid(cust)} videre + kode {g.otp()} 😬",
        lambda a, b: (
            f"kort {g.card_parts()[0]} er spærret, @{g.P(a, 'first')} tjekker tilbageførsel"
        ),
        lambda a, b: (
            f"{_gen(g, cust, 'first')} søn ringede også – {g.P(g.person(), 'first')} hedder han"
        ),
        lambda a, b: f"pengene gik til {g.bank()} (modtager {g.P(g.person(), 'short')})",
        lambda a, b: f"nummerplade på bilen der hentede pakken: {g.plate()}",
        lambda a, b: f"tak @{g.P(b, 'short')} 🙏 sag {g.case()} lukket",
        lambda a, b: f"kunden bor {g.A(g.addr(), 'inline')}, sender brev",
    ]
    for m in _some(g, msgs, 3):
        a, b = g.r.sample(team, 2)
        stamp = g.pick([f"[{g.time()}] ", f"{g.time()}  ", ""])
        out.append(f"{stamp}{g.P(a, 'short')}: {m(a, b)}")
        if g.ch(0.2):
            out.append(f"    :+1: {g.r.randrange(1, 5)}")
    return "\n".join(out)


def g_survey(g: Gen) -> str:
    out = [f"Tilfredshedsundersøgelse {g.pick(['Q1', 'Q4', 'efterår'])} – fritekstsvar", ""]
    answers = [
        lambda: (
            f"min rådgiver hed vist {_lab('PERSON', g.person('dk').first.split()[0].lower())} og "
            f"var sød, men ring gerne på {g.phone()} næste gang"
        ),
        lambda: f"{g.P(g.person(), 'short')} hjalp mig rigtig godt, 5 stjerner",
        lambda: (
            f"jeg er {g.pick(['træt', 'ked'])} af at min mor {g.P(g.person(young=60), 'full')} "
            f"blev snydt. hun bor {g.A(g.addr(), 'inline')}"
        ),
        lambda: f"skriv til mig på {g.email(g.person())} – {g.P(g.person(), 'first')}",
        lambda: "Alt var fint. Lykke til fremover!",
        lambda: f"Storm i telefonkøen, ventede {g.r.randrange(10, 90)} min.",
        lambda: f"Spørg efter {g.P(g.person(), g.pick(['init', 'mid']))} – hun kender sagen",
        lambda: f"født {g.dob(g.person())} og har aldrig oplevet noget lignende",
    ]
    for a in _some(g, answers, 2, 5):
        out.append(f"Svar {g.num(5)}{g.pick(['', '  ', chr(9)])}| {a()}")
    return "\n".join(out)


def g_idkort(g: Gen) -> str:
    p = g.person()
    kind = g.r.randrange(3)
    if kind == 0:
        doctor = g.person("dk")
        return "\n".join(
            [
                "SUNDHEDSKORT  Gult kort",
                f"CPR-nr. {g.cpr(p)}",
                g.P(p, "full").upper(),
                g.A(g.addr(), "block").upper(),
                "",
                "Læge / Doctor",
                f"{g.P(doctor, 'full').upper()}",
                g.A(g.addr(), "block").upper(),
                f"TLF. {g.phone()}",
                f"Gyldig fra {g.dstr()}  Kommune: {_town(g).upper()}",
            ]
        )
    if kind == 1:
        first = p.first.upper()
        return "\n".join(
            [
                "KØREKORT  DANMARK  DK",
                f"1. {_lab('PERSON', p.last.upper())}",
                f"2. {_lab('PERSON', first)}",
                f"3. {g.dob(p, 'dots')} {_town(g).upper()}",
                f"4a. {g.dstr()}  4b. {g.dstr()}",
                "4c. Politiet",
                f"5. {g.num(8)}",
                "9. B AM",
                f"OCR-kvalitet: {g.r.randrange(60, 99)} %",
            ]
        )
    return "\n".join(
        [
            "PAS / PASSPORT  KONGERIGET DANMARK",
            "Type P  Kode DNK",
            f"Pas nr. / Passport No. {g.num(9)}",
            "Efternavn / Surname",
            _lab("PERSON", p.last.upper()),
            "Fornavne / Given names",
            _lab("PERSON", p.first.upper()),
            "Fødselsdato / Date of birth",
            g.dob(p, "dots"),
            f"Personnummer {g.cpr(p)}",
            f"Udstedt {g.dstr()}  Udløber {g.dstr()}",
        ]
    )


def g_nordisk(g: Gen) -> str:
    origin = g.pick(list(NORDIC))
    p = g.person(origin)
    friend = g.person("dk")
    a = g.addr(origin)
    if origin == "fo":
        greet, body = (
            "Hey",
            (
                f"{g.P(friend, 'first')}! Her er mín nýggja adressa: "
                f"{g.A(a, g.pick(['inline', 'block']))}. "
                f"Ring til mín á {g.phone('fo')}, ella skriva á {g.email(p)}."
            ),
        )
        iban = g.iban("FO")
    elif origin == "gl":
        greet, body = (
            "Aluu",
            (
                f"{g.P(friend, 'first')}, qujanaq! Vi er flyttet til {g.A(a, 'inline')}. "
                f"Mit nye nummer er {g.phone('gl')} – {_gen(g, p, 'first')} bror "
                f"{g.P(g.person('gl', female=False, last=p.last), 'short')} bor der også."
            ),
        )
        iban = g.iban("GL")
    else:
        greet, body = (
            g.pick(["Hei", "Hej"]),
            (
                f"{g.P(friend, 'first')}! Tusen takk for sist. Jeg har fått nytt "
                f"nummer: {g.phone(g.pick(['no', 'se']))}. Adressen er {g.A(a, 'inline')}."
            ),
        )
        iban = g.iban(g.pick(["NO", "SE"]))
    return "\n".join(
        [
            f"Fra: {g.P(p, 'short')} <{g.email(p)}>",
            f"Til: {g.email(friend)}",
            "",
            f"{greet} {body}",
            f"Kontonummer til huslejen: {iban}" if g.ch(0.6) else "",
            "",
            g.pick(["Beste hilsen", "Kærlig hilsen", "Hilsen", "Mvh"]),
            g.P(p, "first"),
        ]
    )


def g_annonce(g: Gen) -> str:
    kind = g.r.randrange(3)
    if kind == 0:
        dead = g.person(young=60, old=99)
        death = g.day()
        kids = g.relatives(dead, g.r.randrange(1, 4), young=30, old=70)
        grand = g.relatives(kids[0], g.r.randrange(0, 4), young=1, old=30)
        fam = [
            g.P(k, "first") + (f" og {g.P(g.person('dk'), 'first')}" if g.ch(0.5) else "")
            for k in kids
        ]
        return "\n".join(
            [
                g.pick(
                    [
                        "Min elskede mand, vores kære far, svigerfar og morfar",
                        "Vores kære mor, svigermor, mormor og oldemor",
                        "Vores elskede far og farfar",
                    ]
                ),
                "",
                g.P(dead, "full"),
                f"* {g.dob(dead, 'long')}   † {death.day}. {MONTHS[death.month - 1]} {death.year}",
                "",
                "er stille sovet ind.",
                "",
                *fam,
                ", ".join(g.P(c, "first") for c in grand) if grand else "",
                "",
                f"Bisættelsen finder sted fra {_town(g)} Kirke {g.pick(['fredag', 'lørdag'])} kl. "
                "13.00.",
                "Ingen blomster, men tænk gerne på Kræftens Bekæmpelse.",
            ]
        )
    if kind == 1:
        parents = [
            g.person(female=True, young=22, old=42),
            g.person(female=False, young=22, old=45),
        ]
        baby = g.person(parents[1].origin, young=0, old=1, last=parents[1].last)
        return "\n".join(
            [
                g.pick(["Vi har fået en lille", "Velkommen til verden,", "Stolte forældre"]),
                f"{g.P(baby, 'first')} blev født den {g.dob(baby, g.pick(['long', 'dots']))} kl. "
                f"{g.time()}, "
                f"{g.r.randrange(2600, 4300)} g og {g.r.randrange(46, 56)} cm.",
                f"Kærlig hilsen {g.P(parents[0], 'first')} og {g.P(parents[1], 'first')}"
                + (
                    f" samt storebror {g.P(g.person(young=2, old=9), 'first')}" if g.ch(0.4) else ""
                ),
            ]
        )
    couple = [g.person(young=24, old=60), g.person(young=24, old=60)]
    return "\n".join(
        [
            f"Bryllup: {g.P(couple[0], 'full')} og {g.P(couple[1], 'full')} blev viet i "
            f"{_town(g)} Rådhus {g.dstr()}.",
            f"Forlovere: {g.P(g.person())} og {g.P(g.person())}.",
            f"Hilsner kan sendes til {g.A(g.addr(), 'inline')}.",
        ]
    )


def g_klub(g: Gen) -> str:
    team = g.pick(["U11 drenge", "U13 piger", "Senior dame", "Old boys", "U15 mix", "Motionister"])
    head = (
        f"{g.pick(['Vejby', 'Nørre', 'Sønder', 'Øster', 'Vester'])} "
        f"{g.pick(['IF', 'Boldklub', 'Svømmeklub', 'Håndbold'])} – medlemsliste {team}"
    )
    rows = ["Navn | Født | Forælder | Tlf. | Mail"]
    for _ in range(g.r.randrange(3, 9)):
        kid = g.person(young=6, old=17)
        par = g.person(
            kid.origin if g.ch(0.8) else None,
            young=28,
            old=55,
            last=kid.last if g.ch(0.7) else None,
        )
        rows.append(
            " | ".join(
                [
                    g.P(kid, g.pick(["short", "full"])),
                    g.dob(kid, g.pick(["dots", "dash"])),
                    g.P(par, "short"),
                    g.phone(),
                    g.email(par) if g.ch(0.7) else "-",
                ]
            )
        )
    coach, cashier = g.person(), g.person()
    return "\n".join(
        [
            head,
            "",
            *rows,
            "",
            f"Træner: {g.P(coach)} ({g.phone()})",
            f"Kontingent indbetales til kasserer {g.P(cashier, 'short')}, konto {g.bank()}.",
            f"Årgang {g.r.randrange(2008, 2019)} træner tirsdag kl. 17 i hal 2.",
        ]
    )


def g_tidslinje(g: Gen) -> str:
    cust = g.person(young=55, old=92)
    rel = g.person()
    card, cvv, exp = g.card_parts()
    t = g.r.randrange(8 * 60, 15 * 60)
    events = [
        f"Kunde {g.P(cust, 'full')} ringer ind, verificeret med CPR {g.cpr(cust)}",
        f"Oplyser at 'Nets' ringede fra {g.phone()} og bad om MitID-bruger {g.mitid(cust)}",
        f"Kunden læste engangskoden {g.otp()} op for svindler",
        f"Kort {card} udl. {exp} CVV {cvv} indtastet på falsk side",
        "Kort spærret, nyt kort bestilt",
        f"Overførsel {g.amount(1000, 90000)} kr. til {g.bank()} – modtager "
        f"{g.P(g.person(), 'full')}",
        f"Udl. overførsel til {g.iban(g.pick(['PL', 'UA', 'TR', 'GB']))}",
        f"Datter {g.P(rel, 'short')} ({g.phone()}) er fuldmagtshaver",
        f"Afhentning af kort på adressen {g.A(g.addr(), 'inline')} – bil {g.plate()} set",
        f"Politianmeldt, journalnr. {g.journal()}",
        f"Ny kode {g.otp()} sendt til kunden, bekræftet",
        f"Mail fra {g.email(cust)} videresendt til sag {g.case()}",
    ]
    return _timeline(
        g, f"Tidslinje – sag {g.case()}  ({g.P(g.person('dk'), 'init')})", t, _some(g, events, 5, 9)
    )


def _timeline(g: Gen, head: str, minute: int, events: list[str]) -> str:
    """Short notes stamped hh:mm a few minutes apart, as a fraud team writes them."""
    out = [head]
    for e in events:
        minute += g.r.randrange(1, 25)
        out.append(f"{minute // 60:02d}:{minute % 60:02d} {e}")
    return "\n".join(out)


# --- hard negatives: the same genres without personal data ----------------------------------


def n_dom(g: Gen) -> str:
    return "\n".join(
        [
            f"DOM afsagt den {g.dstr()} af Retten i {_town(g)} (sag "
            f"SS-{g.r.randrange(100, 9999)}/2024)",
            "",
            "Anklagemyndigheden\nmod\nT",
            f"(cpr.nr. {g.masked_cpr()})",
            "",
            f"T1 og T2 har forklaret, at de mødte {g.pick(PLACEHOLDERS)} ved {g.person_street()}.",
            f"Vidnet V{g.r.randrange(1, 4)} har forklaret, at [navn] kørte en grå varevogn.",
            f"Forurettede NN oplyste, at beløbet på {g.amount()} kr. blev hævet med kort nr. "
            f"{g.masked_card()}.",
            f"Retten lægger til grund, at XX den {g.dstr()} var i {_town(g)}. Straffelovens § "
            f"{g.r.randrange(100, 300)}.",
            f"Tiltalte idømmes {g.r.randrange(10, 90)} dagbøder à {g.r.randrange(2, 10)}00 kr.",
        ]
    )


def n_kommune(g: Gen) -> str:
    town = _town(g)
    return "\n".join(
        [
            f"{town} Kommune – ledelsesinformation {g.pick(MONTHS)} 2025",
            "",
            "| Område | Sager | Ændring |",
            "|---|---|---|",
            *[
                f"| {k} | {g.r.randrange(100, 9999)} | {g.r.randrange(-20, 20)} % |"
                for k in _some(
                    g,
                    [
                        "Jobcenter",
                        "Boligstøtte",
                        "Børnesager § 50",
                        "Ressourceforløb",
                        "Sygedagpenge",
                    ],
                    3,
                )
            ],
            "",
            f"Sagsnr. {g.case()}. Telefontid i Borgerservice kl. 10-14. Ring 1813 ved akut sygdom.",
            f"Bo og arbejde i {town}: {g.r.randrange(50, 400)} nye borgere i kvartalet.",
        ]
    )


def n_firmakonto(g: Gen) -> str:
    lines = [
        f"Kontoudtog erhverv – CVR {g.cvr()}",
        f"Periode {g.dstr()} - {g.dstr()}",
        "",
        "Dato\tTekst\tBeløb",
    ]
    for _ in range(g.r.randrange(5, 10)):
        d = g.day()
        text = g.pick(
            [
                f"Dankort-køb {g.pick(['BILKA', 'DSB', 'IKEA', 'Q8'])} {g.num(4)}",
                f"FI-indbetaling +71<{g.num(15)}+{g.num(8)}<",
                f"Kortkøb {g.masked_card()}",
                f"Faktura {g.num(8)}",
                f"Løn {g.pick(MONTHS)}",
                f"Moms {g.pick(['1. kvt.', '2. kvt.'])}",
                f"Renter ordre {g.num(10)}",
            ]
        )
        lines.append(f"{d.day:02d}.{d.month:02d}\t{text}\t{g.amount()}")
    return "\n".join(lines)


def n_logs(g: Gen) -> str:
    out = []
    for _ in range(g.r.randrange(3, 8)):
        ts = f"2025-02-{g.r.randrange(10, 28)}T{g.time()}:{g.r.randrange(10, 59)}.{g.num(3)}Z"
        out.append(
            g.pick(
                [
                    f"{ts} INFO auth.login user_id={g.num(6)} session={g.num(12)} ok=true",
                    f"{ts} WARN sms.send to=[REDACTED] template=otp status=queued id={g.num(9)}",
                    f"{ts} DEBUG "
                    f'{{"event":"checkout","customer":{{"id":{g.num(7)},"segment":"B2C"}},"order":{g.num(8)},"amount":{g.amount()}}}',
                    f'{ts} 10.0.{g.r.randrange(255)}.{g.r.randrange(255)} "GET '
                    f'/api/v2/status?page={g.r.randrange(1, 9)}&lang=da HTTP/1.1" 200 {g.num(4)}',
                    f"{ts} ERROR payout.failed ref={g.num(10)} reason=iban_invalid "
                    "account=[masked]",
                    f"{ts} INFO card.tokenised last4={g.num(4)} exp=**/** bin=masked",
                ]
            )
        )
    return "\n".join(out)


def n_kalender(g: Gen) -> str:
    d = g.day()
    return "\r\n".join(
        [
            "BEGIN:VEVENT",
            f"UID:{g.num(10)}@kalender",
            f"DTSTART:{d.strftime('%Y%m%d')}T090000",
            f"SUMMARY:{g.pick(['Ugemøde', 'Fredagsbar', 'Sprint review', 'Svindelforum'])} – team "
            f"{g.pick(['Nord', 'Syd', 'Vagt'])}",
            f"LOCATION:Mødelokale {g.r.randrange(1, 5)}.{g.r.randrange(10, 40)}",
            f"DESCRIPTION:Teams-møde-id {g.num(3)} {g.num(3)} {g.num(3)} "
            f"{g.num(3)}\\nAdgangskode: {g.pick(['Xa', 'bQ', 'Tz'])}{g.num(2)}"
            f"{g.pick(['kP', 'rW'])}",
            "END:VEVENT",
        ]
    )


def n_lon(g: Gen) -> str:
    return "\n".join(
        [
            "Satser 2025 (vejledning til lønsedler)",
            f"Personfradrag: {g.r.randrange(49, 52)}.{g.num(3)} kr.",
            "AM-bidrag: 8 %",
            f"Beskæftigelsesfradrag: {g.r.randrange(10, 13)},{g.r.randrange(0, 9)} %",
            f"Befordringsfradrag rubrik 51: {g.r.randrange(1, 3)},{g.num(2)} kr./km",
            f"Skattekort hentes automatisk; spørgsmål til lønkontoret på lokal {g.num(3)}.",
            f"Lønnen udbetales sidste hverdag. Medarbejdernr. {g.num(4)} er et eksempel.",
        ]
    )


def n_bolig(g: Gen) -> str:
    return "\n".join(
        [
            f"SALGSOPSTILLING – sag {g.r.randrange(10, 99)}-{g.num(4)}",
            f"Villa beliggende på {g.pick(STREETS)} i {_town(g)}, matr.nr. "
            f"{g.r.randrange(1, 99)}bq.",
            f"Kontantpris {g.amount(900000, 6000000)} kr. Ejerudgift {g.amount(1000, 4000)} "
            "kr./md.",
            f"Boligareal {g.r.randrange(60, 250)} m², grund {g.r.randrange(300, 1500)} m², opført "
            f"{g.r.randrange(1900, 2020)}.",
            f"BFE-nr. {g.num(7)}. Energimærke {g.pick('ABCDE')}. Fremvisning {g.dstr()} kl. "
            f"{g.time()}.",
            f"Tæt på {g.person_street()} og {g.org()}.",
        ]
    )


def n_bil(g: Gen) -> str:
    vin = "".join(g.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
    return "\n".join(
        [
            f"Til salg: {g.pick(CARS)}, {g.r.randrange(2008, 2023)}",
            f"{g.r.randrange(10, 300)}.000 km, nysynet {g.pick(MONTHS)} 2024, stelnr. {vin}.",
            f"Pris {g.amount(15000, 250000)} kr. Annonce-id {g.num(9)}.",
            "Henvendelse via beskedfunktionen – ingen bytte.",
        ]
    )


def n_klub(g: Gen) -> str:
    return "\n".join(
        [
            f"Nyhedsbrev fra {g.pick(['Vejby IF', 'Nørre Boldklub', 'Øster Svømmeklub'])}",
            f"U{g.r.randrange(9, 17)} piger vandt {g.r.randrange(0, 6)}-{g.r.randrange(0, 4)} "
            f"over {_town(g)} IF.",
            g.pick(
                [
                    "Storm i weekenden aflyste træningen.",
                    "Lykke til i pokalturneringen!",
                    "Sol og sommer: sæsonen starter 1. maj.",
                    "Maj byder på stævne i hal 2.",
                ]
            ),
            f"Næste kamp: {g.pick(['lørdag', 'søndag'])} {g.dstr()} kl. {g.time()}, bane "
            f"{g.r.randrange(1, 8)}.",
            f"Årgang {g.r.randrange(2008, 2019)} mødes ved klubhuset. Kontingent "
            f"{g.amount(200, 900)} kr.",
        ]
    )


def n_tidslinje(g: Gen) -> str:
    t = g.r.randrange(8 * 60, 14 * 60)
    events = [
        f"Bølge af SMS'er fra 'PostNord', link postnord-levering[.]com, {g.r.randrange(5, 90)} "
        "kunder",
        f"Regel {g.num(4)} aktiveret i overvågningen",
        f"Kort {g.masked_card()} spærret efter alarm",
        f"CPR verificeret ({g.masked_cpr()})",
        "Kunden fik ikke udleveret koder",
        f"Sag {g.case()} oprettet",
        "Storm-teamet overtager vagten",
        f"Beløb {g.amount()} kr. tilbageholdt",
        "Ringede 114 for at få journalnr.",
    ]
    return _timeline(g, f"Tidslinje – hændelse {g.num(6)}", t, _some(g, events, 4, 8))


def n_survey(g: Gen) -> str:
    answers = _some(
        g,
        [
            "min rådgiver var sød og hurtig",
            "for lang ventetid i telefonen",
            "appen virker ikke med MitID",
            "Lykke til med den nye app!",
            "Storm af reklamer, tak",
            "jeg fik aldrig en kvittering",
            "rådgiveren forstod ikke mit spørgsmål",
            "fint, 4/5",
            "Bo i udlandet og kan ikke logge på",
        ],
        2,
        5,
    )
    return "\n".join(
        [f"Fritekstsvar ({g.num(4)} besvarelser)", *[f"Svar {g.num(5)} | {a}" for a in answers]]
    )


def n_infokort(g: Gen) -> str:
    return "\n".join(
        [
            g.pick(["Det gule sundhedskort", "Kørekort som ID", "Pas – fornyelse"]),
            "Kortet viser dit navn, dit CPR-nummer (DDMMÅÅ-XXXX) og din adresse.",
            f"Gebyr {g.amount(100, 800)} kr. Sagsbehandlingstid {g.r.randrange(2, 8)} uger.",
            f"Borgerservice {_town(g)} har åbent {g.pick(['man-fre', 'tirs og tors'])} kl. 10-15.",
            f"Eksempel: Pas nr. {g.num(9)} (fiktivt), udløber {g.dstr()}.",
        ]
    )


def n_nordisk(g: Gen) -> str:
    return "\n".join(
        [
            g.pick(["Hei alle sammen!", "Hej allihop!", "Hey øll!", "Aluu tamassi!"]),
            f"Vi ses i {g.pick(['Tórshavn', 'Nuuk', 'Oslo', 'Bergen', 'Göteborg'])} {g.dstr()}. "
            f"Flyet lander kl. {g.time()}, bookingnr. "
            f"{''.join(g.pick('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}.",
            f"Mødet starter {g.time()} i lokale {g.r.randrange(100, 400)}.",
            g.pick(["Beste hilsen fra kontoret", "Hilsen sekretariatet", "Vinarliga, skrivstovan"]),
        ]
    )


def n_teams(g: Gen) -> str:
    out = [f"#{g.pick(['drift', 'svindel-vagt', 'releases'])}"]
    for _ in range(g.r.randrange(3, 7)):
        out.append(
            f"[{g.time()}] {g.pick(['Jira Bot', 'Vagttelefon', 'Overvågning', 'GitLab'])}: "
            + g.pick(
                [
                    f"VAERN-{g.num(4)} flyttet til Done",
                    f"alarm {g.num(6)} kvitteret",
                    f"deploy {g.num(7)} ok ({g.r.randrange(1, 60)} s)",
                    f"@kanal husk ugemøde kl. {g.time()}",
                    f"{g.r.randrange(2, 40)} nye sager i kø",
                    f"kort {g.masked_card()} spærret automatisk",
                ]
            )
        )
    return "\n".join(out)


POSITIVE: list[Callable[[Gen], str]] = [
    g_jobcenter,
    g_boligstotte,
    g_bornesag,
    g_dom,
    g_anklage,
    g_bolighandel,
    g_bilhandel,
    g_lonseddel,
    g_arsopgorelse,
    g_kontoudtog,
    g_logs,
    g_vcard,
    g_kalender,
    g_chat_team,
    g_survey,
    g_idkort,
    g_nordisk,
    g_annonce,
    g_klub,
    g_tidslinje,
]
NEGATIVE: list[Callable[[Gen], str]] = [
    n_dom,
    n_kommune,
    n_firmakonto,
    n_logs,
    n_kalender,
    n_lon,
    n_bolig,
    n_bil,
    n_klub,
    n_tidslinje,
    n_survey,
    n_infokort,
    n_nordisk,
    n_teams,
]

_MARK = re.compile(f"{_O}(\\w+){_M}(.*?){_C}", re.DOTALL)
_FOLD = {
    c: (two, one)
    for c, two, one in zip("æøåÆØÅ", ["ae", "oe", "aa", "Ae", "Oe", "Aa"], "eoaEOA", strict=True)
}
_INVISIBLE_IN = ("PERSON", "ADDRESS", "PHONE", "CPR")
# pii78: an organisation's own postal address: laid out as an ADDRESS is, never labelled (not
# personal data, GDPR art. 4(1)).
ORGANISATION_ADDRESS = "ORGANISATION_ADDRESS"


def _segments(marked: str) -> list[tuple[str, str | None]]:
    segs: list[tuple[str, str | None]] = []
    pos = 0
    for m in _MARK.finditer(marked):
        segs += [(marked[pos : m.start()], None), (m[2], m[1])]
        pos = m.end()
    segs.append((marked[pos:], None))
    assert not any(c in text for text, _ in segs for c in (_O, _M, _C)), marked
    return segs


def _layout(g: Gen, segs: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """Per-document layout noise, applied to plain text and values alike so offsets stay exact."""
    r = g.r
    fold = r.randrange(2) if r.random() < 0.08 else None
    upper, crlf, trailing = r.random() < 0.03, r.random() < 0.1, r.random() < 0.12
    nbsp, invisible = r.random() < 0.08, r.random() < 0.07
    out = []
    for text, kind in segs:
        look = "ADDRESS" if kind == ORGANISATION_ADDRESS else kind
        if fold is not None:
            text = "".join(_FOLD[c][fold] if c in _FOLD else c for c in text)
        if upper:
            text = text.upper()
        if kind is None:
            if trailing:
                text = re.sub(r"\r?\n", lambda m: " " * r.randrange(3) + m[0], text)
            if nbsp:
                text = re.sub(" ", lambda m: "\u00a0" if r.random() < 0.2 else " ", text)
        else:
            if nbsp and look in ("PERSON", "ADDRESS", "PHONE") and r.random() < 0.5:
                text = text.replace(" ", "\u00a0")
            if invisible and look in _INVISIBLE_IN and r.random() < 0.4:
                inner = [
                    i for i in range(1, len(text)) if text[i - 1].isalnum() and text[i].isalnum()
                ]
                if inner:
                    i = g.pick(inner)
                    text = text[:i] + ("\u00ad" if text[i].isalpha() else "\u200b") + text[i:]
        if crlf:
            text = re.sub(r"(?<!\r)\n", "\r\n", text)
        out.append((text, kind))
    return out


def _document(g: Gen, maker: Callable[[Gen], str]) -> dict:
    text, spans = "", []
    for value, kind in _layout(g, _segments(maker(g))):
        if kind and kind != ORGANISATION_ADDRESS:
            spans.append({"type": kind, "start": len(text), "end": len(text) + len(value)})
        text += value
    return {"text": text, "spans": spans, "kind": "positive" if spans else "negative"}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    rng = random.Random(seed)
    negatives = round(size * NEGATIVE_SHARE)
    plan = [True] * negatives + [False] * (size - negatives)
    rng.shuffle(plan)
    items = []
    for negative in plan:
        g = Gen(random.Random(rng.getrandbits(64)))
        items.append(_document(g, g.pick(NEGATIVE if negative else POSITIVE)))
    return items


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind5.jsonl"
    with out.open("w", encoding="utf-8", newline="\n") as f:
        for item in generate():
            f.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
