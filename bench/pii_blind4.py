"""A fifth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators'
templates, as a held-out test set. Its genres are working documents a redactor meets:
bank fraud-team CRM exports and case logs, police reports, debt-collection letters,
pension and insurance letters, AULA school and daycare messages, GP referrals and discharge
notes, speech-to-text call transcripts, expats' English e-mails, forwarded e-mails with
quoted headers, WhatsApp/Messenger exports, CSV/Excel pastes, PDF-to-text with interleaved
columns and ALL CAPS forms; some documents lose æøå (ae/oe/aa or o/a) or carry typos.

Conventions (exact offsets are scored):
- PERSON is the name as written without title ("hr.", "fru", "læge", "politiassistent");
  an initial keeps its dot ("J. Hansen", "Jens H."). "Hansen, Jens" is one span. A Danish
  genitive is part of the span ("Frejas mor": "Frejas"); after s, x or z the apostrophe is
  not ("Johannes' mor": "Johannes"). Names a caller gives ("sagde han hed Mikkel"), staff
  and case owners are PERSON. Contact labels ("Mor", "Farmor", "Du") are not names; in
  "Farmor Inge" only "Inge" is; a chat contact saved as a number is a PHONE.
- ADDRESS runs from the street name through number, letter, floor and side, plus ", postcode
  town" (also "DK-8000 Aarhus C") on the same line or the directly following line of an
  address block (newline included). A transcript has no punctuation: there floor, postcode
  and town follow with spaces and belong to the span. A postcode and town in a field, column
  or line of their own (a CSV "Postnr" column, a form's "Postnr. og by", a PDF whose other
  column stands between the lines) and a town without postcode are not part of any span.
  "c/o" and "Postboks" lines, a street without house number and a floor without street
  ("2. sal") are not addresses.
- An organisation's phone, e-mail and bank account are labelled by their form; its own
  postal address (a letterhead's) is not personal data and is never labelled (pii78: the
  organisations' address convention; the text is unchanged, written as a value is);
  names inside organisation names and streets named after people are never PERSON.
- BANK_ACCOUNT is "reg-account" written together; where reg.nr. and account number stand
  under their own labels, only the account number is the span (the reg.nr. names a branch).
- CPR in any separator form, also a transcript's pairs ("03 05 84 12 34"); DATE_OF_BIRTH is
  the date only, in birth context ("født", "f.", "DOB", a "Fødselsdato" column); other dates
  are never labelled. A transcript may read an OTP or phone number digit by digit
  ("4 8 2 9 1 3"); the span covers the digits. A code sent alone as the reply to "skriv
  koden her" is an OTP.
- Masked values ("4111 **** **** 1111", "******-1234", "DDMMÅÅ-XXXX"), last-four mentions,
  CVR, P-, EAN, order, tracking, policy, case, journal and provider numbers, FI codes and
  service numbers (114, 1813) are never labelled; documents of kind "negative" carry none
  of the types.

``python -m bench.pii_blind4 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TypedDict

SEED = 180_504
SIZE = 2000
NEGATIVE_SHARE = 0.35
REF = date(2024, 6, 1)  # "today" for ages; birth dates lie before it
EMAIL_DOMAINS = ("example.dk", "example.com", "example.org")


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _paragraphs(text: str) -> tuple[str, ...]:
    """Templates separated by blank lines, each wrapped over lines of its own."""
    return tuple(" ".join(p.split()) for p in text.strip().split("\n\n"))


def _items(text: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in text.split(";") if s.strip())


# ---------------------------------------------------------------------------- word lists
DK_MALE = _words("""
Aage Aksel Albert Alfred Allan Anders Andreas Anton Arne Asger August Benny Bent Bertram
Birger Bjarne Bjørn Bo Brian Carl Carsten Christian Claus Dan Dennis Ebbe Eigil Ejner Elias
Emil Erik Erling Esben Finn Flemming Frank Frederik Frode Gert Gunnar Hans Heino Henning
Henrik Hjalte Holger Ib Ivar Jakob Jan Jens Jeppe Jesper Jimmi Johannes Jonas Jørgen Jørn
Kaj Karl Kasper Kenneth Kim Klaus Knud Konrad Kristian Kurt Lars Lasse Lauge Laurits Leif
Lucas Mads Magnus Malthe Marius Mark Martin Mathias Michael Mikkel Morten Niels Nikolaj Noah
Ole Oliver Oscar Ove Palle Per Peter Philip Poul Preben Rasmus René Rune Sebastian Sigurd
Simon Steen Sten Stig Storm Svend Søren Tage Theodor Thomas Tobias Torben Troels Ulrik Vagn
Valdemar Victor Viggo Villads Villum William Hans-Henrik Karl-Johan Jens-Ole Per-Erik
Carl-Emil
""")
DK_FEMALE = _words("""
Agnes Alma Amalie Ane Anna Anne Annette Asta Astrid Bente Birgit Birthe Bodil Camilla
Caroline Cecilie Charlotte Clara Dagmar Ditte Dorthe Ella Ellen Ellinor Else Emilie Emma
Esther Filippa Freja Frida Gerda Gitte Grethe Hanne Hedvig Heidi Helle Ida Inge Inger Ingrid
Isabella Janne Jannie Jette Johanne Josefine Julie Kamma Karen Karina Karla Kirsten Laura
Lene Line Lise Liva Lone Lotte Louise Lærke Maja Majken Malene Maria Marianne Marie Mathilde
Merete Mette Mie Mille Nanna Nina Olivia Pernille Pia Rikke Rosa Rose Ruth Sanne Sara Signe
Sigrid Sille Sofie Solveig Stine Susanne Susse Tanja Tenna Tilde Tina Tove Trine Ulla Vera
Vibeke Victoria Viola Winnie Anne-Mette Marie-Louise Lise-Lotte Anne-Sofie Karen-Margrethe
Mette-Marie
""")
IMM_MALE = _words("""
Mohammed Mohamed Ahmad Ahmed Ali Hassan Hussein Omar Yusuf Ibrahim Mustafa Mehmet Emre Hamza
Bilal Ayoub Karim Tariq Arash Reza Dariusz Piotr Tomasz Dmytro Andrii Minh Rahul Arjun Wei
Kwame Amadou Abdirahman Mahad Abdullahi Sandeep Ravi Milan Nikola Emir Amir Samir Khalid Said
Walid Jamal Nabil Ismail Adnan Faisal Hamid Kemal Burak Deniz Serkan Volkan Jamshid Ousmane
""")
IMM_FEMALE = _words("""
Zainab Fatima Aisha Amina Maryam Leyla Yasmin Noor Hiba Ayşe Elif Zeynep Esra Meryem Dilan
Rojin Shirin Parisa Katarzyna Agnieszka Marta Oksana Olena Anh Lan Priya Ananya Jia Fadumo
Hodan Ifrah Jelena Dragana Rania Lina Nadia Gülsen Hatice Samira Asma Halima Nour Sana
Mariam Ewa
""")
INTL_MALE = _words("""
James John Michael David Daniel Matthew Liam Sean Patrick Luca Marco Pierre Javier Carlos
Lukas Ethan Ryan Connor Tom Felix Mateo Joost Henrik-Jan Jean-Luc
""")
INTL_FEMALE = _words("""
Sarah Emily Jessica Hannah Sophie Chloe Giulia Chiara Camille Lucía Anja Katie Rachel Megan
Natalie Aoife Siobhan Ines Marta Charlotte Mary-Kate Eva
""")
GL_MALE = _words("Aputsiaq Inuk Malik Aqqalu Kuupik Nuka Hans-Peter")
GL_FEMALE = _words("Nivi Naja Pipaluk Ivalu Najaaraq Arnaq Paninnguaq")
FO_MALE = _words("Jógvan Rúni Heðin Brandur Bárður Sjúrður")
FO_FEMALE = _words("Sunniva Turið Guðrun Rannvá Bjørg Elin")

DK_SURNAMES = _words("""
Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen
Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen
Knudsen Jakobsen Jacobsen Mikkelsen Olesen Frederiksen Laursen Henriksen Lund Schmidt Eriksen
Holm Kristiansen Clausen Simonsen Svendsen Andreasen Iversen Jeppesen Mogensen Jespersen
Nissen Lauridsen Kjær Carlsen Bach Skov Dam Vestergaard Nørgaard Østergaard Søndergaard Bak
Juhl Mathiesen Berg Friis Lassen Bang Winther Dahl Brandt Kjeldsen Krogh Lindberg Lindholm
Kofoed Bruun Steffensen Gregersen Hedegaard Bjerre Bertelsen Toft Krag Overgaard Kirkegaard
Kjærgaard Damgaard Bundgaard Lykke Holst Mørch Nygaard Koch Kruse Bech Mølgaard Thygesen
Villadsen Ebbesen Ravn Hald Storm Hvid Bisgaard Aagaard Abildgaard Munk Lauritsen Rask Gade
Hjort Fisker Vind Raun Skou Kragh Ladefoged Bøgh Sand Kappel Riis Buch Fog Grønbæk Wulff
Ibsen Thorsen Hermansen Enevoldsen Ottesen Markussen Kirk Bonde Degn Sloth Lind Lange Post
Mose Brix Engel Sommer Vinther Kamp Hviid Mølholm Rosendahl Frost Rose Stokholm Agerskov
Baunsgaard Østergård Kjærsgaard Tang Juul Gram Ejlersen Vium Grøn Busk Kold Pallesen
Daugaard Fuglsang Refslund Harbo Nørskov Svane Beck Boysen Kudsk Lynge Thrane Meldgaard
""")
MIDDLE = _words("""
Skov Bach Holm Juul Møller Lund Kjær Dahl Vestergaard Bech Friis Krogh Toft Gade Lykke Bay
Gram Stokholm Bruun Hedegaard Storm Bjerg Fuglsang Mølgaard Nørgaard Kirk Bonde Rosenkilde
""")
IMM_SURNAMES = _words("""
Ahmed Ali Hussein Mohamed Khan Yilmaz Öztürk Demir Kaya Çelik Şahin Aydin Nguyen Tran Pham
Hoang Kowalski Nowak Wiśniewska Lewandowski Kovačević Petrović Hadžić Hodžić Begić Rahimi
Hosseini Karimi Mohammadi Jafari Haddad Khalil Saleh Abdi Farah Warsame Osman Yusuf Singh
Kaur Patel Sharma Gupta Chen Wang Zhang Liu Park Silva Santos Rodríguez García Ivanov
Shevchenko Bondarenko Kuznetsova Mansour Nasser Qureshi Rashid Hamdan Abdullah Jama Okafor
Mensah Diallo Kamara El-Sayed Al-Masri
""")
INTL_SURNAMES = _items("""
Miller; Smith; Johnson; Brown; Williams; Taylor; Wilson; Davies; Evans; O'Connor; O'Brien;
McDonald; MacLeod; D'Souza; Murphy; Kelly; Rossi; Bianchi; Dubois; Moreau; Fernández; López;
Müller; Schneider; Fischer; Weber; van der Berg; van Dijk; de Jong; Janssen; Andersson;
Johansson; Nilsson; Virtanen; Korhonen; Novak; Horváth; Costa; Ferreira; Walsh
""")
GL_SURNAMES = _words(
    "Kleist Lynge Motzfeldt Berthelsen Heilmann Fleischer Egede Kreutzmann Lyberth"
)
FO_SURNAMES = _items("Joensen; Poulsen; Dam; Djurhuus; Højgaard; Mikkelsen; í Skála; á Lakjuni")

# First names that are also Danish words; negatives use the words, positives the names.
WORD_NAMES = ("Bo", "Sten", "Rose", "Mark", "Kim", "Holm", "Skov", "Bach", "Storm", "Bonde")

STREETS = _items("""
Nørregade; Vestergade; Østergade; Søndergade; Algade; Storegade; Torvegade; Jernbanegade;
Stationsvej; Skolevej; Kirkevej; Møllevej; Bakkevej; Engvej; Skovvej; Strandvej; Havnegade;
Parkvej; Birkevej; Egevej; Bøgevej; Ahornvej; Lindevej; Kastanievej; Rosenvænget; Syrenvej;
Violvej; Tulipanvej; Rugvej; Havrevej; Byvej; Gl. Kongevej; Vesterbrogade; Nørrebrogade;
Østerbrogade; Amagerbrogade; Jagtvej; Istedgade; Enghavevej; Frederikssundsvej; Roskildevej;
Tagensvej; Blegdamsvej; Ryesgade; Nordre Fasanvej; Falkoner Allé; Bredgade; Store Kongensgade;
Dronningens Tværgade; Sankt Hans Gade; Vendersgade; Åboulevard; Godthåbsvej; Hørsholmsvej;
Lyngbyvej; Randersvej; Silkeborgvej; Viborgvej; Grenåvej; Skanderborgvej; Frederiks Allé;
Jægergårdsgade; Mejlgade; Klostergade; Boulevarden; Hobrovej; Dalgas Avenue; Rugårdsvej;
Kochsgade; Munkebjergvej; Hjallesevej; Hedevej; Mosevej; Bøgebakken; Lærkevej; Solsikkevej;
Fasanvænget; Mågevej; Vibevej; Duevej; Hybenvej; Anemonevej; Præstevænget; Kirkestræde;
Toftevej; Gadekæret; Lundsgårdsvej; Hovedgaden; Grønnegade; Skt. Mortens Gade; Ny Østergade;
Kongensgade; Dronningensgade; Ved Stranden; Ved Kanalen; Under Elmene; Bernstorffsvej;
Egelunden; Bakken; Toften; Engtoften; Stenhøjvej; Markvej; Holmevej; Skovbrynet; Rosengade;
Kærvej; Åvej; Ørnevej; Øster Allé; Vester Allé; Sønderbro; Løvstræde; Fiskergade;
Smedegade; Bredstrupsgade; Langelandsgade; Ølgaardsvej; Tværgade; Brogade; Slotsgade;
Hillerødvej; Kongevejen; Buddingevej; Gammel Køge Landevej; Horsensvej; Vejlevej;
Nyborgvej; Svendborgvej; Esbjergvej; Tønder Landevej; Bispensgade; Danmarksgade;
Kærlighedsstien; Søvej; Fjordvej; Klitvej; Hegnet; Lyngen; Agerhønevej; Ryttervej
""")
PERSON_STREETS = _items("""
H.C. Andersens Boulevard; Niels Juels Gade; Ole Rømers Vej; Peter Bangs Vej;
Kirsten Walthers Vej; Niels Bohrs Allé; H.C. Ørsteds Vej; Chr. Winthers Vej;
Jens Baggesens Vej; Johannes V. Jensens Allé; Knud Rasmussens Vej; Mads Clausens Vej;
Anker Heegaards Gade; Karen Blixens Vej; Poul Henningsens Plads; Tove Ditlevsens Vej
""")
POSTAL = _items("""
1050 København K; 1260 København K; 1456 København K; 1620 København V; 1711 København V;
1820 Frederiksberg C; 1958 Frederiksberg C; 2000 Frederiksberg; 2100 København Ø;
2200 København N; 2300 København S; 2400 København NV; 2450 København SV; 2500 Valby;
2600 Glostrup; 2605 Brøndby; 2610 Rødovre; 2620 Albertslund; 2630 Taastrup; 2635 Ishøj;
2650 Hvidovre; 2670 Greve; 2680 Solrød Strand; 2700 Brønshøj; 2720 Vanløse; 2730 Herlev;
2740 Skovlunde; 2750 Ballerup; 2760 Måløv; 2770 Kastrup; 2791 Dragør; 2800 Kongens Lyngby;
2820 Gentofte; 2830 Virum; 2840 Holte; 2850 Nærum; 2860 Søborg; 2880 Bagsværd;
2900 Hellerup; 2920 Charlottenlund; 2950 Vedbæk; 2970 Hørsholm; 2990 Nivå; 3000 Helsingør;
3050 Humlebæk; 3060 Espergærde; 3100 Hornbæk; 3200 Helsinge; 3250 Gilleleje;
3300 Frederiksværk; 3390 Hundested; 3400 Hillerød; 3450 Allerød; 3460 Birkerød;
3480 Fredensborg; 3500 Værløse; 3520 Farum; 3550 Slangerup; 3600 Frederikssund;
3650 Ølstykke; 3660 Stenløse; 3700 Rønne; 3730 Nexø; 3760 Gudhjem; 4000 Roskilde;
4040 Jyllinge; 4100 Ringsted; 4180 Sorø; 4200 Slagelse; 4220 Korsør; 4300 Holbæk;
4320 Lejre; 4400 Kalundborg; 4500 Nykøbing Sj; 4600 Køge; 4640 Faxe; 4690 Haslev;
4700 Næstved; 4720 Præstø; 4760 Vordingborg; 4780 Stege; 4800 Nykøbing F; 4874 Gedser;
4900 Nakskov; 4930 Maribo; 4990 Sakskøbing; 5000 Odense C; 5200 Odense V; 5210 Odense NV;
5220 Odense SØ; 5230 Odense M; 5240 Odense NØ; 5250 Odense SV; 5260 Odense S;
5270 Odense N; 5300 Kerteminde; 5400 Bogense; 5450 Otterup; 5500 Middelfart; 5560 Aarup;
5600 Faaborg; 5610 Assens; 5700 Svendborg; 5750 Ringe; 5800 Nyborg; 5900 Rudkøbing;
5960 Marstal; 5970 Ærøskøbing; 6000 Kolding; 6100 Haderslev; 6200 Aabenraa;
6230 Rødekro; 6270 Tønder; 6300 Gråsten; 6330 Padborg; 6400 Sønderborg; 6430 Nordborg;
6500 Vojens; 6600 Vejen; 6630 Rødding; 6700 Esbjerg; 6705 Esbjerg Ø; 6710 Esbjerg V;
6715 Esbjerg N; 6720 Fanø; 6760 Ribe; 6800 Varde; 6900 Skjern; 6950 Ringkøbing;
6960 Hvide Sande; 7000 Fredericia; 7100 Vejle; 7120 Vejle Øst; 7130 Juelsminde;
7190 Billund; 7200 Grindsted; 7300 Jelling; 7323 Give; 7330 Brande; 7400 Herning;
7430 Ikast; 7500 Holstebro; 7600 Struer; 7620 Lemvig; 7700 Thisted; 7730 Hanstholm;
7800 Skive; 7900 Nykøbing M; 8000 Aarhus C; 8200 Aarhus N; 8210 Aarhus V; 8220 Brabrand;
8230 Åbyhøj; 8240 Risskov; 8250 Egå; 8260 Viby J; 8270 Højbjerg; 8300 Odder; 8305 Samsø;
8310 Tranbjerg J; 8320 Mårslet; 8340 Malling; 8355 Solbjerg; 8362 Hørning; 8370 Hadsten;
8381 Tilst; 8382 Hinnerup; 8400 Ebeltoft; 8450 Hammel; 8464 Galten; 8500 Grenaa;
8520 Lystrup; 8541 Skødstrup; 8600 Silkeborg; 8660 Skanderborg; 8680 Ry; 8700 Horsens;
8722 Hedensted; 8740 Brædstrup; 8800 Viborg; 8850 Bjerringbro; 8900 Randers C;
8920 Randers NV; 8960 Randers SØ; 9000 Aalborg; 9200 Aalborg SV; 9210 Aalborg SØ;
9220 Aalborg Øst; 9240 Nibe; 9300 Sæby; 9400 Nørresundby; 9440 Aabybro; 9480 Løkken;
9500 Hobro; 9530 Støvring; 9560 Hadsund; 9600 Aars; 9640 Farsø; 9670 Løgstør;
9700 Brønderslev; 9760 Vrå; 9800 Hjørring; 9850 Hirtshals; 9870 Sindal;
9900 Frederikshavn; 9940 Læsø; 9990 Skagen
""")
# North Atlantic addresses, used sparingly: (street, postcode, town)
NORTH = (
    ("Aqqusinersuaq", "3900", "Nuuk"),
    ("Imaneq", "3900", "Nuuk"),
    ("Qullilerfik", "3911", "Sisimiut"),
    ("Dalavegur", "FO-100", "Tórshavn"),
    ("Niels Finsens gøta", "FO-100", "Tórshavn"),
)
FLOORS = _items("""
st.; st. tv.; st. th.; 1. tv.; 1. th.; 2. tv.; 2. th.; 3. tv.; 3. th.; 4. mf.; 1. sal;
2. sal; kl.; 5. th.; 2.th.; 1.tv; st.tv.; 3 tv; 1. mf.; 6. tv.
""")

# Organisations whose names hold a person's name; never labelled.
NAMED_ORGS = _items("""
Jensens Bageri; Brødrene Hansen VVS ApS; Tømrerfirmaet Kurt Larsen ApS;
Bent Nielsen Biler A/S; Lone Møllers Rengøring ApS; Advokatfirmaet Holm & Bach;
Karen Blixen Skolen; Carl Nielsen Musikskolen; Anders Kofoed Revision ApS;
Ahmed Khan Import ApS; Mette Friis Fysioterapi ApS; Peter Lunds Vinhandel;
Ole Krogh Transport ApS; Søren Mikkelsens Legat; Tandlæge Jørn Vind ApS;
Niels Brock; Kirsten Kjærs Museum; Svend Storm Elektrik ApS; Rose Bach Design ApS
""")
BANKS = _items("""
Fjordbanken; Kystbanken; Andelskassen Midt; Nordvest Sparekasse; Danbank; Vestjysk Andelsbank;
Sparekassen Sjælland-Nord; Lokalbanken Fyn
""")
INSURERS = _items("Tryghed Forsikring; Vestkyst Forsikring; Hjem & Bil Forsikring; Dansk Gensidig")
PENSIONS = _items("Pensionskassen Nord; FællesPension; Pension Fyn A/S; Livsforsikringsselskabet Ø")
COLLECTORS = _items("Nordisk Inkasso A/S; Debitorservice Danmark ApS; Inkasso Partner ApS")
CREDITORS = _items("""
TeleNord A/S; Energi Øst A/S; Fitness Huset ApS; Boligselskabet Vestbo; Møbelkompagniet A/S;
Netbutikken.dk ApS; Vandværket Syd
""")
HOSPITALS = _items("""
Aarhus Universitetshospital; Rigshospitalet; Odense Universitetshospital;
Aalborg Universitetshospital; Hvidovre Hospital; Regionshospitalet Gødstrup;
Sjællands Universitetshospital; Sygehus Sønderjylland
""")
WARDS = _items("""
Medicinsk afd. M; Kardiologisk amb.; Ortopædkirurgisk afd.; Geriatrisk afd.;
Lungemedicinsk amb.; Akutmodtagelsen; Neurologisk afd.; Endokrinologisk amb.
""")
CLINICS = _items("""
Lægerne i Torvegade; Lægehuset ved Åen; Lægehuset Bakken; Lægeklinikken Vestergade;
Lægerne på Hovedgaden; Sundhedshuset Nord
""")
POLICE = _items("""
Østjyllands Politi; Københavns Politi; Fyns Politi; Nordjyllands Politi;
Midt- og Vestjyllands Politi; Sydøstjyllands Politi; Syd- og Sønderjyllands Politi;
Nordsjællands Politi; Københavns Vestegns Politi; Bornholms Politi
""")
SCHOOLS = _items("""
Skovvangskolen; Rosenvængets Skole; Holmebækskolen; Bakkeskolen; Vestre Skole;
Søndervangskolen; Markskolen; Strandskolen
""")
DAYCARES = _items("""
Børnehuset Mælkebøtten; Vuggestuen Solsikken; Børnehaven Skovtrolden; Børnehuset Stenhøj;
Naturbørnehaven Rosenhaven; Integreret institution Bøgely
""")
TOWNS = _words(
    "Aarhus Odense Aalborg Vejle Esbjerg Randers Kolding Horsens Viborg Roskilde Næstved"
)
MONTHS = _words(
    "januar februar marts april maj juni juli august september oktober november december"
)
MONTHS_SHORT = _words("jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec.")
MONTHS_EN = _words(
    "January February March April May June July August September October November December"
)
DEPARTMENTS = ("Debitorbogholderiet", "Kundeservice", "Økonomiafdelingen")
COURTS = ("Retten i Aarhus", "Retten i Odense", "Københavns Byret", "Retten i Herning")
DIAGNOSES = _items("""
DR07.4 Brystsmerter; DI48.9 Atrieflimren; DE11.9 Type 2-diabetes; DM17.1 Knæartrose;
DR06.0 Dyspnø
""")
SYMPTOMS = _items("trykken i brystet ved anstrengelse; åndenød; hjertebanken; smerter i hø. knæ")
DRUGS = _items("""
Amlodipin 5 mg x 1; Metformin 500 mg x 2; Eltroxin 100 mikrog x 1; Atorvastatin 40 mg x 1
""")
HOMETOWNS = _words("Manchester Dublin Milan Lyon Rotterdam Gothenburg Warsaw")
FORM_TITLES = _items(
    "Anmeldelse af tyveri; Ansøgning om boligstøtte; Tilmelding til beboerparkering"
)
CARS = _items("""
sort VW Golf; hvid Toyota Yaris; grå Skoda Octavia; mørkeblå Audi A4; sølvfarvet Peugeot 208;
rød Ford Focus; sort BMW 320d; hvid Tesla Model 3; grå Kia Ceed
""")
# Public test card numbers (Luhn-valid, test BINs of the card schemes and gateways).
TEST_CARDS = (
    "4111111111111111",
    "4012888888881881",
    "4242424242424242",
    "4000056655665556",
    "5555555555554444",
    "5200828282828210",
    "5105105105105100",
    "2223003122003222",
    "378282246310005",
    "371449635398431",
    "6011111111111117",
    "6011000990139424",
    "3566002020360505",
    "6200000000000005",
    "4571000000000001",
)


# ---------------------------------------------------------------------- document builder
@dataclass(frozen=True)
class L:
    """A labelled value."""

    kind: str
    text: str


Part = str | L | Sequence["Part"]


class Span(TypedDict):
    type: str
    start: int
    end: int


class Item(TypedDict):
    text: str
    spans: list[Span]
    kind: str


def identity(text: str) -> str:
    return text


class Doc:
    """Text built piece by piece; labelled pieces become spans at their folded offsets.

    ``fold`` rewrites every piece (case, lost æøå); ``noise`` only unlabelled ones (typos,
    fillers, PDF ligatures), so a span never changes shape by noise; ``shout`` writes the
    labelled values in capitals (a form filled in with caps lock)."""

    def __init__(
        self,
        rng: random.Random,
        fold: Callable[[str], str] = identity,
        noise: Callable[[random.Random, str], str] | None = None,
        shout: bool = False,
    ) -> None:
        self.rng, self.fold, self.noise, self.shout = rng, fold, noise, shout
        self.parts: list[str] = []
        self.spans: list[Span] = []
        self.size = 0

    def _put(self, text: str, kind: str | None = None) -> None:
        text = self.fold(text.upper() if kind is not None and self.shout else text)
        if kind is None and self.noise is not None:
            text = self.noise(self.rng, text)
        if kind is not None and kind != ORGANISATION_ADDRESS:
            self.spans.append({"type": kind, "start": self.size, "end": self.size + len(text)})
        self.parts.append(text)
        self.size += len(text)

    def add(self, *parts: Part) -> Doc:
        for part in parts:
            if isinstance(part, L):
                self._put(part.text, part.kind)
            elif isinstance(part, str):
                if part:
                    self._put(part)
            else:
                self.add(*part)
        return self

    def f(self, template: str, **values: Part) -> Doc:
        """Adds a template whose ``{name}`` slots take plain or labelled values."""
        for i, piece in enumerate(re.split(r"\{(\w+)\}", template)):
            if i % 2:
                self.add(values[piece])
            elif piece:
                self._put(piece)
        return self

    def item(self) -> Item:
        text = "".join(self.parts).rstrip()
        return {
            "text": text,
            "spans": self.spans,
            "kind": "positive" if self.spans else "negative",
        }


def join(items: Sequence[Part], sep: Part) -> list[Part]:
    out: list[Part] = []
    for i, item in enumerate(items):
        if i:
            out.append(sep)
        out.append(item)
    return out


def plain(part: Part) -> str:
    if isinstance(part, L):
        return part.text
    if isinstance(part, str):
        return part
    return "".join(plain(p) for p in part)


def fields(rows: Sequence[tuple[str, Part]], sep: str = ": ", pad: bool = False) -> list[Part]:
    """'Felt: værdi' lines, values optionally aligned in a column."""
    width = max((len(label) for label, _ in rows), default=0) + len(sep) + 1
    out: list[Part] = []
    for label, value in rows:
        head = label + sep
        out += [head.ljust(width) if pad else head, value, "\n"]
    return out


# ---------------------------------------------------------------------- folds and noise
AE = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})
PLAIN = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"})


def fold_ae(text: str) -> str:
    return text.translate(AE)


def fold_plain(text: str) -> str:
    return text.translate(PLAIN)


def upper(text: str) -> str:
    return text.upper()


def lower(text: str) -> str:
    return text.lower()


def typos(rng: random.Random, text: str) -> str:
    """Swaps, drops or doubles a letter in some longer lower-case words."""

    def one(m: re.Match[str]) -> str:
        w = m.group()
        if rng.random() > 0.07:
            return w
        i = rng.randrange(1, len(w) - 1)
        how = rng.randrange(3)
        if how == 0:
            return w[:i] + w[i + 1] + w[i] + w[i + 2 :]
        if how == 1:
            return w[:i] + w[i + 1 :]
        return w[:i] + w[i] + w[i:]

    return re.sub(r"[a-zæøå]{5,}", one, text)


def fillers(rng: random.Random, text: str) -> str:
    """Speech-to-text hesitations between words."""
    return re.sub(
        r"(?<=\w) (?=\w)",
        lambda m: (
            rng.choice((" øh ", " øhm ", " altså ", " ", " ", " ", " ", " ", " ", " "))
            if rng.random() < 0.12
            else " "
        ),
        text,
    )


def ligatures(rng: random.Random, text: str) -> str:
    """PDF text extraction keeps some fi/fl ligatures."""
    return (
        re.sub(r"f[il]", lambda m: {"fi": "ﬁ", "fl": "ﬂ"}[m.group()], text)
        if rng.random() < 0.4
        else text
    )


def new_doc(rng: random.Random, free_text: bool = True) -> Doc:
    """A document that sometimes lost æøå and, in free text, sometimes has typos."""
    r = rng.random()
    fold = fold_ae if r < 0.06 else fold_plain if r < 0.11 else identity
    return Doc(rng, fold, typos if free_text and rng.random() < 0.15 else None)


# ---------------------------------------------------------------------- values
def weighted(rng: random.Random, spec: str) -> str:
    """One key of a "key:weight key:weight ..." spec, drawn by weight."""
    pairs = [item.rsplit(":", 1) for item in spec.split()]
    return rng.choices([k for k, _ in pairs], [float(w) for _, w in pairs])[0]


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    middle: str
    male: bool
    born: date

    @property
    def full(self) -> str:
        return " ".join(x for x in (self.first, self.middle, self.last) if x)

    @property
    def short(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def he(self) -> str:
        return "han" if self.male else "hun"

    @property
    def his(self) -> str:
        return "hans" if self.male else "hendes"

    def age(self) -> int:
        return REF.year - self.born.year - ((REF.month, REF.day) < (self.born.month, self.born.day))


POOLS = {
    "dk": ((DK_MALE, DK_FEMALE), DK_SURNAMES),
    "imm": ((IMM_MALE, IMM_FEMALE), IMM_SURNAMES),
    "intl": ((INTL_MALE, INTL_FEMALE), INTL_SURNAMES),
    "gl": ((GL_MALE, GL_FEMALE), GL_SURNAMES + DK_SURNAMES[:12]),
    "fo": ((FO_MALE, FO_FEMALE), FO_SURNAMES),
}


def birth(rng: random.Random, lo: int, hi: int) -> date:
    start = date(REF.year - hi - 1, REF.month, REF.day) + timedelta(days=1)
    end = date(REF.year - lo, REF.month, REF.day)
    return start + timedelta(days=rng.randrange((end - start).days))


def person(
    rng: random.Random,
    lo: int = 18,
    hi: int = 92,
    origin: str | None = None,
    male: bool | None = None,
    last: str | None = None,
) -> Person:
    origin = origin or weighted(rng, "dk:66 imm:25 intl:4 gl:3 fo:2")
    male = rng.random() < 0.5 if male is None else male
    (men, women), surnames = POOLS[origin]
    first = rng.choice(men if male else women)
    if origin == "dk" and rng.random() < 0.05:
        first = rng.choice([n for n in WORD_NAMES[:5] if (n in DK_MALE) == male] or [first])
    middle = ""
    if last is None:
        last = rng.choice(surnames)
        r = rng.random()
        if r < 0.06:
            last = f"{last}-{rng.choice(DK_SURNAMES)}"
        elif origin in ("dk", "gl") and r < 0.3:
            middle = rng.choice(MIDDLE)
        elif origin == "imm" and r < 0.1:
            middle = rng.choice(DK_SURNAMES)
    if middle == last:
        middle = ""
    return Person(first, last, middle, male, birth(rng, lo, hi))


def kin(p: Person, female: str, male: str) -> str:
    return male if p.male else female


def near(rng: random.Random, p: Person, male: bool | None = None) -> Person:
    """A partner of about the same age, usually sharing the surname."""
    age = p.age()
    return relative(rng, p, max(18, age - 8), age + 8, male)


def relative(rng: random.Random, p: Person, lo: int, hi: int, male: bool | None = None) -> Person:
    """A family member sharing the surname (most of the time)."""
    origin = "imm" if p.last in IMM_SURNAMES or p.first in IMM_MALE + IMM_FEMALE else "dk"
    same = rng.random() < 0.75
    return person(rng, lo, hi, origin, male, p.last if same else None)


def name(rng: random.Random, p: Person, form: str | None = None) -> str:
    form = form or weighted(rng, "full:55 short:25 first:8 initial:4 last_first:4 abbrev:4")
    if form == "full":
        return p.full
    if form == "short":
        return p.short
    if form == "first":
        return p.first
    if form == "last":
        return p.last
    if form == "initial":
        return f"{p.first[0]}. {p.last}"
    if form == "abbrev":
        return f"{p.first} {p.last[0]}."
    return f"{p.last}, {p.first}"


def P(text: str) -> L:
    return L("PERSON", text)


@dataclass(frozen=True)
class Addr:
    street: str
    number: str
    floor: str
    postcode: str
    town: str
    comma: bool = True

    @property
    def line(self) -> str:
        head = f"{self.street} {self.number}"
        if not self.floor:
            return head
        return head + (", " if self.comma else " ") + self.floor

    @property
    def postal(self) -> str:
        return f"{self.postcode} {self.town}"

    @property
    def spoken(self) -> str:
        """As a transcript writes it: no dots or commas, postcode and town after a space."""
        floor = self.floor.replace(".", "").replace("  ", " ")
        return " ".join(
            x for x in (self.street, self.number.replace(" ", ""), floor, self.postal) if x
        )


def address(rng: random.Random, flat: float = 0.6, org: bool = False) -> Addr:
    if rng.random() < 0.02 and not org:
        street, code, town = rng.choice(NORTH)
        return Addr(street, str(rng.randint(1, 40)), "", code, town)
    pool = STREETS if rng.random() < 0.88 else PERSON_STREETS
    street = rng.choice(pool)
    number = str(rng.choice((rng.randint(1, 30), rng.randint(1, 30), rng.randint(1, 240))))
    r = rng.random()
    if r < 0.07:
        number += rng.choice("ABCD")
    elif r < 0.11:
        number += " " + rng.choice("ABC")
    elif r < 0.12:
        number += rng.choice("ab")
    floor = rng.choice(FLOORS) if rng.random() < flat and not org else ""
    code, town = rng.choice(POSTAL).split(" ", 1)
    return Addr(street, number, floor, code, town, rng.random() < 0.85)


# pii78: an organisation's own postal address, written as a value is (capitals, no noise) but
# never labelled: not personal data (GDPR art. 4(1) covers natural persons).
ORGANISATION_ADDRESS = "ORGANISATION_ADDRESS"


def addr_inline(a: Addr, prefix: str = "") -> L:
    """Street and postcode on one line; ``prefix`` "DK-" as foreigners write it."""
    return L("ADDRESS", f"{a.line}, {prefix if a.postcode.isdigit() else ''}{a.postal}")


def addr_block(a: Addr) -> L:
    return L("ADDRESS", f"{a.line}\n{a.postal}")


def addr_street(a: Addr) -> L:
    return L("ADDRESS", a.line)


def addr_any(rng: random.Random, a: Addr) -> Part:
    """An address in running text: with postcode, or with a bare town outside the span."""
    r = rng.random()
    if r < 0.7:
        return addr_inline(a)
    if r < 0.85:
        return [addr_street(a), ", " + a.town]
    return [addr_street(a), " i " + a.town]


def dk_digits(rng: random.Random) -> str:
    head = rng.choice(("2", "2", "3", "4", "5", "6", "7", "8", "9", "2", "4", "5"))
    return head + "".join(str(rng.randrange(10)) for _ in range(7))


def dk_phone(rng: random.Random, digits: str | None = None, style: str | None = None) -> str:
    d = digits or dk_digits(rng)
    pairs = " ".join(d[i : i + 2] for i in range(0, 8, 2))
    style = style or weighted(
        rng, "pairs:40 plain:18 +45:14 0045:5 4x4:8 +45plain:6 +45tight:3 dash:3 +45_4x4:3"
    )
    return {
        "pairs": pairs,
        "plain": d,
        "+45": "+45 " + pairs,
        "0045": "0045 " + d,
        "4x4": f"{d[:4]} {d[4:]}",
        "+45plain": "+45 " + d,
        "+45tight": "+45" + d,
        "dash": pairs.replace(" ", "-"),
        "+45_4x4": f"+45 {d[:4]} {d[4:]}",
    }[style]


def rdigits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


# UK 07700 900xxx and US 555-01xx are the ranges reserved for fiction
FOREIGN_PHONES = _items("""
+46 70 NNN NN NN; +46 73 NNN NN NN; +47 4NN NN NNN; +47 9NN NN NNN; +49 15N NNNNNNNN;
+44 7700 900NNN; +48 5NN NNN NNN; +90 5NN NNN NN NN; +1 202 555 01NN; +1 415 555 01NN;
+370 6NN NNNNN; +31 6 NNNN NNNN; 0046 70NNNNNNN
""")


def fill(rng: random.Random, *patterns: str) -> str:
    """One of the patterns with a random digit for each N ("RRNNNNNNNNNDK"); patterns hold no
    other capital N."""
    return re.sub("N", lambda _: str(rng.randrange(10)), rng.choice(patterns))


def phone(rng: random.Random, foreign: float = 0.08) -> L:
    return L("PHONE", fill(rng, *FOREIGN_PHONES) if rng.random() < foreign else dk_phone(rng))


def ascii_name(text: str) -> str:
    text = text.lower().translate(AE).replace("ð", "d")
    text = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z.-]", "", text.encode("ascii", "ignore").decode())


def email(rng: random.Random, p: Person | None = None, local: str | None = None) -> L:
    if local is None:
        assert p is not None
        f, la = ascii_name(p.first), ascii_name(p.last.replace(" ", ""))
        yy = f"{p.born.year % 100:02d}"
        local = rng.choice(
            (
                f"{f}.{la}",
                f"{f}{la}",
                f"{f[0]}.{la}",
                f"{f}_{la}",
                f"{f}{yy}",
                f"{f}.{la[0]}",
                f"{f}{la}{yy}",
                f"{la}.{f}",
                f"{f[:3]}{la[:3]}{rng.randint(1, 99)}",
            )
        )
        local = re.sub(r"[.-]{2,}", ".", local).strip(".-")
    return L("EMAIL", f"{local}@{rng.choice(EMAIL_DOMAINS)}")


def cpr_digits(rng: random.Random, p: Person) -> str:
    """Ten digits whose date and century digit agree with the birth date; mod 11 fails, so
    the number cannot be one issued before 2007."""
    yy = p.born.year % 100
    if p.born.year < 2000:
        sevenths = [0, 1, 2, 3] + ([4, 9] if yy >= 37 else [])
    else:
        sevenths = ([4, 9] if yy <= 36 else []) + [5, 6, 7, 8]
    while True:
        serial = f"{rng.choice(sevenths)}{rng.randrange(100):02d}{rng.randrange(p.male, 10, 2)}"
        digits = f"{p.born:%d%m}{yy:02d}{serial}"
        if (
            sum(int(c) * w for c, w in zip(digits, (4, 3, 2, 7, 6, 5, 4, 3, 2, 1), strict=True))
            % 11
        ):
            return digits


def cpr(rng: random.Random, p: Person, style: str | None = None) -> L:
    d = cpr_digits(rng, p)
    style = style or weighted(rng, "dash:45 plain:18 space:15 endash:8 dots:7 dots_sp:2")
    text = {
        "dash": f"{d[:6]}-{d[6:]}",
        "plain": d,
        "space": f"{d[:6]} {d[6:]}",
        "endash": f"{d[:6]}–{d[6:]}",
        "dots": f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:]}",
        "dots_sp": f"{d[:2]}.{d[2:4]}.{d[4:6]} {d[6:]}",
        "pairs": " ".join(d[i : i + 2] for i in range(0, 10, 2)),
    }[style]
    return L("CPR", text)


def fmt_date(rng: random.Random, d: date, style: str | None = None) -> str:
    style = style or weighted(
        rng, "long:25 dots4:22 dots2:10 dash4:10 iso:10 slashdash:7 slash4:6 short:6 short_long:4"
    )
    return {
        "long": f"{d.day}. {MONTHS[d.month - 1]} {d.year}",
        "short_long": f"{d.day}. {MONTHS_SHORT[d.month - 1]} {d.year}",
        "dots4": f"{d:%d.%m.%Y}",
        "dots2": f"{d:%d.%m.%y}",
        "dash4": f"{d:%d-%m-%Y}",
        "iso": f"{d:%Y-%m-%d}",
        "slashdash": f"{d.day}/{d.month}-{d.year if rng.random() < 0.5 else f'{d:%y}'}",
        "slash4": f"{d:%d/%m/%Y}",
        "short": f"{d.day}.{d.month}.{d.year}",
        "en": f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
        "en_us": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
    }[style]


def dob(rng: random.Random, p: Person, style: str | None = None) -> L:
    return L("DATE_OF_BIRTH", fmt_date(rng, p.born, style))


def some_date(rng: random.Random, lo: int = 2023, hi: int = 2024) -> date:
    start = date(lo, 1, 1)
    return start + timedelta(days=rng.randrange((date(hi, 12, 31) - start).days))


def when(rng: random.Random, lo: int = 2023, hi: int = 2024, style: str | None = None) -> str:
    """A date that is not a birth date (hard negative)."""
    return fmt_date(rng, some_date(rng, lo, hi), style)


def clock(rng: random.Random, sep: str | None = None, lo: int = 7, hi: int = 21) -> str:
    minute = rng.choice((0, 5, 10, 15, 20, 30, 45, 50, 55))
    return f"{rng.randint(lo, hi):02d}{sep or rng.choice('.:')}{minute:02d}"


def bank_account(rng: random.Random, style: str | None = None) -> L:
    reg = f"{rng.randint(1000, 9899)}"
    acc = rdigits(rng, rng.choice((10, 10, 10, 8, 7, 9)))
    if len(acc) == 10 and rng.random() < 0.5:
        acc = "00" + acc[2:]
    style = style or weighted(rng, "dash:55 space:35 dash_sp:10")
    sep = {"dash": "-", "space": " ", "dash_sp": " - "}[style]
    return L("BANK_ACCOUNT", f"{reg}{sep}{acc}")


def reg_konto(rng: random.Random, lang: str = "da") -> list[Part]:
    """Reg.nr. and account number under their own labels: only the account is the span."""
    reg, acc = f"{rng.randint(1000, 9899)}", rdigits(rng, rng.choice((10, 8, 7)))
    if lang == "en":
        return [f"sort/reg. no. {reg}, account no. ", L("BANK_ACCOUNT", acc)]
    head = rng.choice(("reg.nr. {r} kontonr. ", "reg. {r}, konto ", "Reg.nr.: {r}  Kontonr.: "))
    return [head.format(r=reg), L("BANK_ACCOUNT", acc)]


IBAN_BBAN = {
    "DK": "n14",
    "DE": "n18",
    "SE": "n20",
    "NO": "n11",
    "GB": "a4n14",
    "NL": "a4n10",
    "PL": "n24",
    "LT": "n16",
    "FI": "n14",
    "EE": "n16",
    "ES": "n20",
    "IE": "a4n14",
    "BE": "n12",
    "LV": "a4n13",
    "FR": "n23",
    "RO": "a4n16",
}


def iban(rng: random.Random, country: str | None = None, grouped: bool | None = None) -> L:
    country = country or weighted(
        rng, "DK:30 LT:12 DE:8 GB:8 SE:6 NL:6 PL:6 EE:5 ES:4 FI:3 NO:3 IE:3 BE:2 LV:2 FR:1 RO:1"
    )
    bban = ""
    for kind, n in re.findall(r"([an])(\d+)", IBAN_BBAN[country]):
        pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else "0123456789"
        bban += "".join(rng.choice(pool) for _ in range(int(n)))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    compact = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    if grouped is None:
        grouped = rng.random() < 0.6
    text = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)) if grouped else compact
    return L("IBAN", text)


def card(rng: random.Random, style: str | None = None) -> tuple[L, bool]:
    """A test card number and whether it is American Express (four-digit CID)."""
    number = rng.choice(TEST_CARDS)
    amex = number.startswith("3") and len(number) == 15
    style = style or weighted(rng, "space:60 plain:25 dash:15")
    if style == "plain":
        text = number
    else:
        sep = " " if style == "space" else "-"
        cuts = (4, 10) if len(number) == 15 else (4, 8, 12)
        text = sep.join(number[a:b] for a, b in zip((0, *cuts), (*cuts, None), strict=True))
    return L("CARD", text), amex


def cvv(rng: random.Random, amex: bool = False) -> L:
    return L("CARD_CVV", rdigits(rng, 4 if amex else 3))


def expiry(rng: random.Random) -> L:
    m, y = rng.randint(1, 12), rng.randint(2025, 2031)
    forms = (f"{m:02d}/{y % 100}", f"{m:02d}-{y}", f"{m:02d}/{y}", f"{m:02d}-{y % 100}")
    text = rng.choices(forms, (55, 20, 15, 10))[0]
    return L("CARD_EXPIRY", text)


def mitid(rng: random.Random, p: Person) -> L:
    f, la = (
        ascii_name(p.first).replace("-", ""),
        ascii_name(p.last.replace(" ", "")).replace("-", ""),
    )
    yy = f"{p.born.year % 100:02d}"
    text = rng.choice(
        (
            f"{f}{la}{yy}",
            f"{f}.{la}",
            f"{f.capitalize()}{la.capitalize()}{yy}",
            f"{f}_{yy}{rdigits(rng, 2)}",
            f"{f[:2]}{la[:3]}{p.born.year}",
            "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)),
            f"{la}{f[0]}{rdigits(rng, 3)}",
            f"{f.capitalize()}_{la.capitalize()}",
        )
    )
    return L("MITID_USER", text)


def otp(rng: random.Random, spaced: bool = False) -> L:
    n = int(weighted(rng, "6:64 4:15 8:10 5:8 7:3"))
    code = str(rng.randint(1, 9)) + rdigits(rng, n - 1)
    return L("OTP", " ".join(code) if spaced else code)


def plate(rng: random.Random) -> L:
    letters = "ABCDEFHJKLMNOPRSTUVXYZ"
    a, b = rng.choice(letters), rng.choice(letters)
    n = f"{rng.randint(10, 99)}{rdigits(rng, 3)}"
    style = weighted(rng, "std:62 tight:28 half:10")
    text = {"std": f"{a}{b} {n[:2]} {n[2:]}", "tight": f"{a}{b}{n}", "half": f"{a}{b} {n}"}[style]
    return L("NUMBER_PLATE", text)


def kr(value: int) -> str:
    """Thousands with dots, as Danish amounts are written."""
    return f"{value:,}".replace(",", ".")


def amount(rng: random.Random, lo: int = 100, hi: int = 60_000) -> str:
    v = rng.randint(lo, hi)
    ore = rng.choice((0, 0, 0, 50, 95, rng.randrange(100)))
    num = kr(v)
    return rng.choice(
        (
            f"{num},{ore:02d} kr.",
            f"kr. {num},{ore:02d}",
            f"DKK {num},{ore:02d}",
            f"{num} kr.",
            f"{num},-",
        )
    )


# ------------------------------------------------------------------ hard-negative numbers
def cvr(rng: random.Random) -> str:
    d = str(rng.randint(10_000_000, 44_999_999))
    return rng.choice((d, " ".join(d[i : i + 2] for i in range(0, 8, 2)), "DK" + d))


def case_no(rng: random.Random) -> str:
    y = rng.choice((2023, 2024))
    return rng.choice(
        (
            f"{y}-{rdigits(rng, 6)}",
            f"{y % 100}/{rdigits(rng, 5)}",
            f"SAG-{y}-{rdigits(rng, 5)}",
            f"{rdigits(rng, 2)}.{rdigits(rng, 2)}.{rdigits(rng, 2)}-G01-{rdigits(rng, 4)}"
            f"-{y % 100}",
        )
    )


def police_journal(rng: random.Random) -> str:
    district = rng.choice(("3700", "0100", "2200", "1200", "5100"))
    return f"{district}-{rdigits(rng, 5)}-{rdigits(rng, 5)}-{rng.choice(('23', '24'))}"


def date_like_number(rng: random.Random) -> str:
    """A 10-digit order or invoice number that starts with a valid ddmmyy."""
    d = some_date(rng, 2023, 2024)
    return f"{d:%d%m%y}{rdigits(rng, 4)}"


ORDER_NOS = ("#NNNNNN", "NNNNNNNN", "ORD-NNNNNNNN", "WEBNNNNNNNNN")
TRACKING_NOS = _items("""
00370NNNNNNNNNNNNNNN; RRNNNNNNNNNDK; CCNNNNNNNNNDK; NNNN NNNN NNNN NN; LXNNNNNNNNNSE
""")
POLICY_NOS = ("NNN-NNNNNN-NN", "NNNNNNNN", "P-NNNNNNN", "NN.NNN.NNN")


def order_no(rng: random.Random) -> str:
    return date_like_number(rng) if rng.random() < 0.25 else fill(rng, *ORDER_NOS)


FIK = "+71<" + "N" * 15 + "+8NNNNNNN<"  # FI card: payment id and creditor number
EAN = "5790" + "N" * 9  # the public sector's EAN location numbers
P_NO = "10" + "N" * 8  # a production unit (P-nummer)


def kundenr(rng: random.Random) -> str:
    return str(rng.randint(20_000_000, 99_999_999))


MASKED_CARDS = _items("""
4111 **** **** NNNN; **** **** **** NNNN; XXXX-XXXX-XXXX-NNNN; 5555 55•• •••• NNNN
""")
# masks that hide the birth date too, and the placeholder printed on blank forms
MASKED_CPRS = ("XXXXXX-XXXX", "******-NNNN", "xxxxxx-NNNN", "DDMMÅÅ-XXXX")


def order_confirmation(rng: random.Random) -> str:
    """A shop's order confirmation: order, tracking, EAN, CVR and amounts, no person."""
    shop = rng.choice(NAMED_ORGS + CREDITORS)
    ordered = some_date(rng, 2024, 2024)
    arrives = fmt_date(rng, ordered + timedelta(days=rng.randint(1, 6)), "long")
    lines = [
        f"Tak for din ordre hos {shop}!\n\n",
        f"Ordrenr.: {order_no(rng)}\nOrdredato: {ordered:%d.%m.%Y} kl. {clock(rng, ':')}\n",
        f"Forventet levering: {arrives}\nSporingsnr.: {fill(rng, *TRACKING_NOS)}\n\n",
    ]
    for _ in range(rng.randint(1, 4)):
        item = rng.choice(
            (
                "Rosenbusk 'Bonica'",
                "Skovsko str. 42",
                "Kaffe 500 g",
                "Holmegaard vase",
                "Sten til bed, 25 kg",
            )
        )
        lines.append(
            f"{rng.randint(1, 5)} x {item}  {rng.randint(20, 2000)},{rng.choice(('00', '95'))} "
            "kr.\n"
        )
    lines.append(
        f"\nI alt inkl. moms: {amount(rng, 100, 9000)}\nBetalt med kort der ender på "
        f"{rdigits(rng, 4)}.\n"
        "Pakken leveres til pakkeshop "
        f"{rng.choice(('Netto', 'Rema 1000', 'Coop 365', 'Circle K'))}, "
        f"{rng.choice(STREETS)}, {rng.choice(POSTAL)}.\n\n"
        f"Kundeservice\n{shop} · CVR {cvr(rng)} · EAN {fill(rng, EAN)}\n"
    )
    return "".join(lines)


def staff(rng: random.Random) -> Person:
    return person(rng, 24, 66, weighted(rng, "dk:80 imm:20"))


# ------------------------------------------------------------------ shared fraud content
SCAMS = (
    "Falsk bankmedarbejder (telefon)",
    "Phishing-SMS (MitID)",
    "Hej mor/far-SMS",
    "Pakke-SMS (told)",
    "Investeringssvindel (krypto)",
    "Kærestesvindel",
    "Handel på DBA/Marketplace",
    "Falsk politi",
)


def fraud_values(rng: random.Random, victim: Person) -> dict[str, Part]:
    """Values a fraud narrative may use; templates take the ones they name."""
    helper = relative(rng, victim, 18, 65, male=False)
    c, amex = card(rng)
    return {
        "spoof": P(rng.choice(DK_MALE + DK_FEMALE)),
        "spoof_full": P(person(rng, 25, 60, "dk").short),
        "otp": otp(rng),
        "cvv": cvv(rng, amex),
        "card": c,
        "exp": expiry(rng),
        "mitid": mitid(rng, victim),
        "iban": iban(rng),
        "acc": bank_account(rng),
        "amt": amount(rng, 1_500, 250_000),
        "scamphone": phone(rng, 0.5),
        "rel": P(name(rng, helper, rng.choice(("full", "short", "first")))),
        "relphone": phone(rng),
        "plate": plate(rng),
        "bank": rng.choice(BANKS),
        "he": victim.he,
        "his": victim.his,
    }


CRM_NOTES = _paragraphs("""
Kunden blev ringet op af en mand, der præsenterede sig som {spoof} fra bankens svindelafdeling.
Kunden godkendte to betalinger i MitID-appen og oplyste engangskoden {otp}.

Kunden har fået SMS om fornyelse af MitID og har på en falsk side indtastet kortnummer {card},
udløb {exp} og kontrolcifre {cvv}.

Kunden oplyser, at {his} MitID bruger-id er {mitid}, og at det blev givet til en 'rådgiver' i
telefonen.

Kunden har overført {amt} til {iban} efter kontakt med en investeringsrådgiver på Facebook.

Svindler ringede fra {scamphone}; nummeret så ud som bankens.

{rel} ringede på vegne af kunden (fuldmagt ligger i sagen) og kan kontaktes på {relphone}.

Kunden har solgt en sofa på DBA. Køber sendte link til 'sikker betaling', hvor kunden
indtastede kort {card} og koden {otp} fra SMS'en.

Overførsel på {amt} til konto {acc} er tilbageholdt; modtagerbanken er kontaktet.

Kunden fik SMS fra 'sin søn' fra ukendt nummer {scamphone} og overførte {amt} til {acc}.

Kunden har læst engangskoden {otp} op for en person, der sagde {he} hed {spoof}.
""")


def crm(rng: random.Random) -> Doc:
    d = new_doc(rng)
    v = person(rng, 19, 93)
    vals = fraud_values(rng, v)
    case = (
        f"{rng.choice(('FRD', 'SV', 'SVIN', 'CASE'))}-{rng.choice((2023, 2024))}-{rdigits(rng, 5)}"
    )
    opened = f"{when(rng, 2024, 2024, 'dots4')} {clock(rng, ':')}"
    agent = staff(rng)
    style = rng.randrange(3)
    if style == 2:
        return crm_log(rng, d, v, vals, case, agent)
    english = style == 1 and rng.random() < 0.5
    c, _ = card(rng)
    rows: list[tuple[str, Part]] = []

    def opt(p: float, label: str, value: Part) -> None:
        if rng.random() < p:
            rows.append((label, value))

    if english:
        rows.append(("Case Number", case))
        rows.append(("Created", opened))
        rows.append(("Contact Name", P(name(rng, v, rng.choice(("full", "short", "last_first"))))))
        opt(0.6, "Customer ID", kundenr(rng))
        opt(0.6, "CPR", cpr(rng, v))
        opt(0.4, "Date of Birth", dob(rng, v, rng.choice(("iso", "dots4", "slash4"))))
        opt(0.7, "Mailing Address", addr_inline(address(rng)))
        opt(0.8, "Mobile", phone(rng, 0.15))
        opt(0.6, "Email", email(rng, v))
        opt(0.6, "Account", bank_account(rng))
        if rng.random() < 0.4:
            rows += [("Card Number", c), ("Expiry", expiry(rng))]
        opt(0.4, "Beneficiary IBAN", iban(rng))
        opt(0.3, "MitID User ID", mitid(rng, v))
        rows.append(("Amount", amount(rng, 2_000, 150_000)))
        rows.append(("Category", rng.choice(SCAMS)))
        rows.append(("Case Owner", P(agent.short)))
        rows.append(("Status", rng.choice(("Open", "Escalated", "Closed - reported to police"))))
    else:
        rows.append((rng.choice(("Sag", "Sagsnr.", "Sags-ID")), case))
        rows.append((rng.choice(("Oprettet", "Dato", "Modtaget")), opened))
        rows.append(
            (
                rng.choice(("Kunde", "Kundenavn", "Navn", "Kontohaver")),
                P(name(rng, v, rng.choice(("full", "full", "short", "last_first")))),
            )
        )
        opt(0.6, rng.choice(("Kundenr.", "Kunde-ID")), kundenr(rng))
        has_cpr = rng.random() < 0.75
        if has_cpr:
            rows.append((rng.choice(("CPR", "CPR-nr.", "Personnr.", "CPR-nummer")), cpr(rng, v)))
        opt(0.3 if has_cpr else 0.7, rng.choice(("Fødselsdato", "Født", "F.dato")), dob(rng, v))
        a = address(rng)
        opt(0.75, rng.choice(("Adresse", "Folkeregisteradresse", "Bopæl")), addr_inline(a))
        opt(0.8, rng.choice(("Mobil", "Tlf.", "Telefon", "Mobilnr.")), phone(rng))
        opt(0.55, rng.choice(("E-mail", "Mail", "E-mailadresse")), email(rng, v))
        opt(0.6, rng.choice(("Konto", "Kontonr.", "Berørt konto")), bank_account(rng))
        if rng.random() < 0.35:
            rows.append((rng.choice(("Kort", "Kortnr.", "Kortnummer")), c))
            opt(0.6, rng.choice(("Udløb", "Udløbsdato", "Gyldig til")), expiry(rng))
        else:
            opt(0.3, "Kort (spærret)", fill(rng, *MASKED_CARDS))
        opt(
            0.3, rng.choice(("MitID bruger-ID", "MitID-bruger", "Bruger-ID (MitID)")), mitid(rng, v)
        )
        opt(0.5, rng.choice(("Modtagerkonto", "Modtager-IBAN", "Overført til")), iban(rng))
        rows.append(("Beløb", amount(rng, 2_000, 250_000)))
        rows.append((rng.choice(("Kategori", "Scenarie", "Type")), rng.choice(SCAMS)))
        opt(0.4, rng.choice(("Svindlers nr.", "A-nummer", "Opkald fra")), phone(rng, 0.45))
        opt(0.3, "Politiets j.nr.", police_journal(rng))
    d.add(
        rng.choice(
            ("", f"=== SVINDELSAG {case} ===\n", f"Sagsoversigt – {case}\n\n", "Eksport fra CRM\n")
        ),
        fields(rows, pad=rng.random() < 0.5),
    )
    if rng.random() < 0.85:
        notes = rng.sample(CRM_NOTES, rng.choice((1, 2, 2, 3)))
        d.add("Notat" if not english else "Note (DA)", ": ")
        for i, note in enumerate(notes):
            d.add(" " if i else "")
            d.f(note, **vals)
        d.add("\n")
    if not english:
        d.add(rng.choice(("Sagsbehandler", "Ansvarlig", "Oprettet af")), ": ")
        d.add(
            P(agent.short) if rng.random() < 0.7 else rng.choice(("Team Svindel", "Fraud Desk")),
            "\n",
        )
        d.add(
            "Status: ",
            rng.choice(("Åben", "Afventer kunde", "Lukket – politianmeldt", "Eskaleret")),
            "\n",
        )
    return d


def crm_log(
    rng: random.Random, d: Doc, v: Person, vals: dict[str, Part], case: str, agent: Person
) -> Doc:
    """A case's activity log: timestamped lines by named staff."""
    other = staff(rng)
    day = some_date(rng, 2024, 2024)
    t = rng.randint(8 * 60, 15 * 60)
    a = address(rng)
    lines = (
        "Kunde ringer ind. Har modtaget SMS fra 'MitID' og trykket på linket. Identitet bekræftet "
        "på {cpr}.",
        "Kunden oplyser mobil {phone} og mail {email}.",
        "Kort {card} spærret. Nyt kort sendes til folkeregisteradressen {addr}.",
        "Overførsel {amt} til {iban} afvist af system (risikoscore 97).",
        "Kunden har givet koden {otp} videre. MitID midlertidigt spærret; bruger-id {mitid} "
        "noteret.",
        "Datter {rel} ringer, tlf. {relphone}. Hun hjælper kunden med at anmelde til politiet.",
        "Ringet til kunden på {phone} uden svar. Sendt besked i netbank.",
        "Konto {acc} lukket for udgående betalinger indtil videre.",
        "Svindler ringede fra {scamphone} og præsenterede sig som {spoof}.",
    )
    d.add(
        f"Sag {case} – aktivitetslog",
        "\n",
        "Kunde: ",
        P(name(rng, v, rng.choice(("full", "short")))),
        "\n\n",
    )
    values = {
        **vals,
        "cpr": cpr(rng, v),
        "phone": phone(rng),
        "email": email(rng, v),
        "addr": addr_inline(a),
    }
    for line in rng.sample(lines, rng.randint(3, 6)):
        t += rng.randint(2, 55)
        who = rng.choice((agent, agent, other))
        tags: list[list[Part]] = [
            ["[", P(who.short), "]"],
            [P(f"{who.first} {who.last[0]}."), " "],
            ["(", P(who.first), ")"],
        ]
        tag = rng.choice(tags)
        d.add(f"{day:%d.%m.%Y} {t // 60:02d}:{t % 60:02d}  ", tag, " ")
        d.f(line, **values)
        d.add("\n")
    return d


def crm_negative(rng: random.Random) -> Doc:
    d = new_doc(rng)
    case = f"FRD-{rng.choice((2023, 2024))}-{rdigits(rng, 5)}"
    if rng.random() < 0.25:
        # agents' stock replies: the words of personal data without any value
        d.add(f"Standardsvar – svindel (version {rng.randint(1, 9)}.{rng.randint(0, 9)})\n\n")
        for text in rng.sample(
            (
                f"Vi har spærret dit kort, der ender på {rdigits(rng, 4)}. Et nyt kort sendes "
                "til din "
                "folkeregisteradresse inden for 5 hverdage, og koden kommer i et separat brev.",
                "Vi beder aldrig om din MitID-kode, dit bruger-id, dit CPR-nummer eller dine "
                "kortoplysninger "
                "– hverken pr. telefon, SMS eller e-mail.",
                "Din engangskode er personlig. Koden er gyldig i 10 minutter og må ikke deles "
                "med nogen.",
                f"Vi har modtaget din henvendelse (sagsnr. {case}) og vender tilbage inden for "
                f"{rng.randint(2, 5)} hverdage.",
                f"Beløbet på {amount(rng, 500, 40_000)} er overført til modtagerbanken "
                f"{when(rng, 2024, 2024, 'long')}. "
                "Vi har bedt om tilbageførsel, men kan ikke love, at pengene kommer retur.",
                "Har du givet din kode til andre, så ring til os med det samme på det nummer, "
                "der står på "
                "bagsiden af dit kort.",
            ),
            rng.randint(3, 5),
        ):
            d.add("– ", text, "\n")
        d.add(f"\nGodkendt af {rng.choice(('Compliance', 'Team Svindel', 'Kundeservice'))}\n")
        return d
    if rng.random() < 0.6:
        rows: list[tuple[str, Part]] = [
            ("Sag", case),
            ("Oprettet", f"{when(rng, 2024, 2024, 'dots4')} {clock(rng, ':')}"),
            ("Kategori", rng.choice(SCAMS)),
            (
                "Afsender",
                rng.choice(
                    ('"MitID" (alfanumerisk)', '"PostNord"', '"SKAT"', "ukendt udenlandsk nummer")
                ),
            ),
            (
                "Link",
                rng.choice(
                    (
                        "hxxps://mitid-fornyelse[.]com/login",
                        "hxxp://postnord-told[.]net/betal",
                        "hxxps://skat-refusion[.]info",
                    )
                ),
            ),
            ("Antal henvendelser", str(rng.randint(3, 140))),
            ("Første kundenr.", kundenr(rng)),
            ("CPR (maskeret)", fill(rng, *MASKED_CPRS)),
            ("Samlet beløb", amount(rng, 10_000, 900_000)),
            ("Kort spærret", f"{rng.randint(2, 40)} (bl.a. kort der ender på {rdigits(rng, 4)})"),
            ("Politiets j.nr.", police_journal(rng)),
            (
                "Ansvarlig",
                rng.choice(("Team Svindel & Sikkerhed", "Fraud Desk", "Kundeservice, 2. linje")),
            ),
            ("Status", rng.choice(("Lukket", "Overvåges", "Domæne anmeldt"))),
        ]
        d.add(fields(rng.sample(rows, rng.randint(7, len(rows))), pad=rng.random() < 0.5))
        d.add(
            "\nNotat: Kampagnen ramte kunder i hele landet. Kunder, der har indtastet "
            "kortoplysninger, "
            "har fået nyt kort. Ingen kundeoplysninger i denne sag – se de enkelte kundesager.\n"
        )
    else:
        d.add(f"Sag {case} – aktivitetslog\n\n")
        day = some_date(rng, 2024, 2024)
        minute = rng.randint(7 * 60, 10 * 60)
        for line in rng.sample(
            (
                "Alarm fra transaktionsovervågning: 37 kort brugt hos samme forhandler i Litauen.",
                "Forhandler-ID 4471203 blokeret. Kort der ender på {t} spærret.",
                "Kundeservice orienteret. Standardtekst lagt i netbank.",
                "Chargeback på {a} oprettet for {n} transaktioner.",
                "Møde med Team Svindel kl. {c}. Ingen videre handling.",
                "Kundenr. {k} ringede; henvist til generel vejledning.",
                "Sagen lukket. Journalnr. {j}.",
            ),
            5,
        ):
            minute += rng.randint(3, 90)
            d.add(f"{day:%d.%m.%Y} {minute // 60:02d}:{minute % 60:02d}  System  ")
            d.f(
                line,
                t=rdigits(rng, 4),
                n=str(rng.randint(3, 40)),
                a=amount(rng),
                c=clock(rng),
                k=kundenr(rng),
                j=police_journal(rng),
            )
            d.add("\n")
    return d


POLICE_STORY = _paragraphs("""
Anmelder forklarede, at {he} {day} ca. kl. {time} blev ringet op fra {scamphone} af en person,
der præsenterede sig som {spoof} fra {bank}s svindelafdeling.

Personen oplyste, at der var forsøg på misbrug af anmelders konto, og bad anmelder om at
godkende en 'tilbageførsel' i MitID.

Anmelder oplyste under samtalen sit MitID bruger-id ({mitid}) samt koden {otp}, som {he} modtog
pr. SMS.

Efterfølgende konstaterede anmelder, at der var overført {amt} fra {his} konto {acc} til en
udenlandsk konto med IBAN {iban}.

Anmelder havde desuden oplyst kortnummer {card}, udløbsdato {exp} og kontrolcifrene {cvv}.

En nabo, {witness}, {waddr}, havde set en {car} med reg.nr. {plate} holde uden for opgangen.

Senere samme dag kom en ung mand til anmelders bopæl og afhentede anmelders betalingskort i en
kuvert. Manden var ca. 180 cm høj, iført mørk hættetrøje.

Anmelders datter, {rel}, tlf. {relphone}, var til stede under afhøringen.

Anmelder havde skrevet koden {otp} ned på en seddel, som gerningsmanden bad {him} læse op.

Gerningsmanden kørte fra stedet i en {car}, reg.nr. {plate}.
""")


def police(rng: random.Random) -> Doc:
    d = new_doc(rng)
    style = rng.randrange(3)
    if style == 2:
        return traffic(rng, d)
    v = person(rng, 24, 94)
    reported = some_date(rng, 2024, 2024)
    vals = fraud_values(rng, v)
    w = person(rng, 20, 85)
    wa = address(rng)
    vals |= {
        "day": rng.choice(
            (
                "mandag",
                "tirsdag",
                "onsdag",
                "torsdag",
                "fredag",
                "i går",
                "den " + fmt_date(rng, reported - timedelta(days=rng.randint(2, 20)), "long"),
            )
        ),
        "time": clock(rng, "."),
        "witness": P(name(rng, w, rng.choice(("full", "short")))),
        "waddr": addr_street(wa),
        "car": rng.choice(CARS),
        "him": "ham" if v.male else "hende",
    }
    officer = staff(rng)
    rank = rng.choice(
        ("Politiassistent", "Politibetjent", "Kriminalassistent", "Vicepolitikommissær")
    )
    a = address(rng)
    if style == 0:
        d.add(
            rng.choice(
                (
                    "ANMELDELSE – BEDRAGERI",
                    "Anmeldelse af bedrageri (strfl. § 279)",
                    "POLITIANMELDELSE",
                )
            ),
            "\n",
        )
        rows: list[tuple[str, Part]] = [
            ("Journalnr.", police_journal(rng)),
            ("Politikreds", rng.choice(POLICE)),
            ("Anmeldt", f"{reported:%d.%m.%Y} kl. {clock(rng, '.')}"),
            (
                rng.choice(("Anmelder/forurettede", "Forurettede", "Anmelder")),
                P(name(rng, v, rng.choice(("full", "short")))),
            ),
        ]
        if rng.random() < 0.7:
            rows.append(("CPR-nr.", cpr(rng, v)))
        else:
            rows.append(("Født", dob(rng, v)))
        rows.append(("Bopæl", addr_inline(a) if rng.random() < 0.8 else addr_block(a)))
        if rng.random() < 0.85:
            rows.append(("Telefon", phone(rng)))
        if rng.random() < 0.4:
            rows.append(("E-mail", email(rng, v)))
        d.add(fields(rows, pad=rng.random() < 0.5), "\nForklaring:\n")
    else:
        d.add(
            f"{rng.choice(POLICE)}\nRapport vedr. bedrageri, j.nr. {police_journal(rng)}\n\n",
            f"Den {reported:%d.%m.%Y} kl. {clock(rng, '.')} henvendte ",
            P(name(rng, v, rng.choice(("full", "short")))),
        )
        if rng.random() < 0.6:
            d.add(", f. ", dob(rng, v, rng.choice(("dots4", "dots2", "long"))))
        else:
            d.add(", cpr.nr. ", cpr(rng, v))
        d.add(", bopæl ", addr_any(rng, a))
        if rng.random() < 0.6:
            d.add(", tlf. ", phone(rng))
        d.add(", sig på politistationen og ønskede at anmelde bedrageri.\n\n")
    story = [POLICE_STORY[0], POLICE_STORY[1], *rng.sample(POLICE_STORY[2:], rng.randint(2, 5))]
    for line in story:
        d.f(line, **vals).add(" ")
    if rng.random() < 0.4:
        s = person(rng, 17, 35, weighted(rng, "dk:60 imm:40"))
        d.add(
            "\n\nSigtet: ",
            P(name(rng, s, rng.choice(("full", "short")))),
            ", f. ",
            dob(rng, s, rng.choice(("dots4", "dots2", "short"))),
            ", ",
            addr_any(rng, address(rng)),
            ". Sigtede blev anholdt og nægtede sig skyldig.",
        )
    d.add(
        "\n\n",
        rng.choice(("Optaget af", "Rapport optaget af", "Afhørt af")),
        ": ",
        rank.lower() + " ",
    )
    d.add(
        P(name(rng, officer, rng.choice(("short", "initial", "last")))),
        f", pa. {rng.randint(1000, 9999)}\n",
    )
    return d


def traffic(rng: random.Random, d: Doc) -> Doc:
    a, b = person(rng, 18, 88), person(rng, 18, 88)
    s1, s2 = rng.sample(STREETS, 2)
    d.add(f"Færdselsuheld – j.nr. {police_journal(rng)}\n")
    d.add(f"Tid: {when(rng, 2024, 2024, 'dots4')} kl. {clock(rng, '.')}\n")
    d.add(f"Sted: krydset {s1}/{s2}, {rng.choice(TOWNS)}\n\n")
    for i, p in enumerate((a, b), 1):
        d.add(f"Køretøj {i}: {rng.choice(CARS)}, reg.nr. ", plate(rng), "\n")
        d.add("Fører: ", P(name(rng, p, rng.choice(("full", "short")))))
        if rng.random() < 0.6:
            d.add(", f. ", dob(rng, p, rng.choice(("dots4", "dots2"))))
        else:
            d.add(", ", cpr(rng, p))
        if rng.random() < 0.6:
            d.add(", ", addr_any(rng, address(rng)))
        d.add(", tlf. ", phone(rng), "\n")
        d.add(f"Forsikring: {rng.choice(INSURERS)}, police {fill(rng, *POLICY_NOS)}\n\n")
    d.add(
        "Forløb: Køretøj 1 holdt for rødt lys, da køretøj 2 påkørte bagfra. Ingen personskade. "
        "Begge førere blev testet for spiritus med negativt resultat.\n"
    )
    if rng.random() < 0.5:
        w = person(rng, 20, 80)
        d.add("Vidne: ", P(name(rng, w, "short")), ", tlf. ", phone(rng), "\n")
    return d


def police_negative(rng: random.Random) -> Doc:
    d = new_doc(rng)
    town = rng.choice(TOWNS)
    street = rng.choice(STREETS)
    if rng.random() < 0.5:
        d.add(f"{rng.choice(POLICE)} advarer mod falske bankmedarbejdere\n\n")
        d.add(
            f"Flere ældre borgere i {town} er de seneste dage blevet ringet op af personer, der "
            "udgiver "
            "sig for at være fra deres bank. Svindlerne beder om MitID-oplysninger og "
            "engangskoder og "
            "sender derefter en kurer for at hente betalingskortet.\n\n"
            "Politiet understreger, at hverken banken eller politiet beder om din kode, dit "
            "CPR-nummer "
            "eller dit kort. Har du oplysninger i sagen, så ring 114. Journalnr. "
            f"{police_journal(rng)}.\n"
        )
        if rng.random() < 0.5:
            d.add(
                f"\nEn 34-årig mand blev anholdt {when(rng, 2024, 2024, 'long')} kl. "
                f"{clock(rng, '.')} på "
                f"{street} i {town}. Han blev fremstillet i grundlovsforhør dagen efter.\n"
            )
    else:
        d.add(f"Døgnrapport – {rng.choice(POLICE)} – {when(rng, 2024, 2024, 'long')}\n\n")
        for item in rng.sample(
            (
                f"Kl. {clock(rng, '.')}: Indbrud i rækkehus på {street}. Gerningsmændene kom "
                "ind ad et vindue på 1. sal.",
                f"Kl. {clock(rng, '.')}: En 19-årig kvinde blev standset på "
                f"{rng.choice(STREETS)} med 1,2 promille.",
                f"Kl. {clock(rng, '.')}: Tyveri af cykel fra cykelkælder i {town}. Stelnr. "
                "kendes ikke.",
                f"Kl. {clock(rng, '.')}: Anmeldelse om svindelopkald fra nummer, der viste sig "
                "at være maskeret.",
                f"Kl. {clock(rng, '.')}: Færdselsuheld i krydset "
                f"{street}/{rng.choice(STREETS)}. Ingen tilskadekomne.",
                f"Kl. {clock(rng, '.')}: Butikstyveri i {rng.choice(NAMED_ORGS)}; varer for "
                f"{amount(rng, 100, 3000)} stjålet.",
                f"Kl. {clock(rng, '.')}: Hærværk mod bil ved {rng.choice(SCHOOLS)}. J.nr. "
                f"{police_journal(rng)}.",
            ),
            rng.randint(3, 5),
        ):
            d.add(item, "\n")
        d.add("\nHenvendelser om døgnrapporten: ring 114 eller skriv via politi.dk.\n")
    return d


# ------------------------------------------------------------------ letters
def recipient(rng: random.Random, p: Person, a: Addr) -> list[Part]:
    """A letter's address block: name, optional c/o line, street and postcode lines."""
    out: list[Part] = [P(name(rng, p, rng.choice(("full", "full", "short")))), "\n"]
    if rng.random() < 0.1:
        host = relative(rng, p, 30, 80)
        out += ["c/o ", P(host.short), "\n"]
    out += [addr_block(a), "\n"]
    return out


def letterhead(rng: random.Random, org: str) -> list[Part]:
    """An organisation's heading: address and contacts labelled by form, CVR not."""
    a = address(rng, org=True)
    contact = [
        f"{org}\n",
        L(ORGANISATION_ADDRESS, addr_inline(a).text)
        if rng.random() < 0.7
        else [f"Postboks {rng.randint(100, 9999)}, {a.postal}"],
        f" · CVR {cvr(rng)}\n",
        "Tlf. ",
        L("PHONE", dk_phone(rng, "70" + rdigits(rng, 6), "pairs")),
    ]
    if rng.random() < 0.6:
        local = re.sub(r"[^a-z]", "", ascii_name(org.split()[0]))
        contact += [" · ", email(rng, local=local or "post")]
    return [*contact, "\n\n"]


def sign(rng: random.Random, p: Person, title: str) -> list[Part]:
    return [
        rng.choice(("Med venlig hilsen", "Venlig hilsen", "Mvh.")),
        "\n\n" if rng.random() < 0.5 else "\n",
        P(name(rng, p, rng.choice(("short", "short", "full", "initial")))),
        f"\n{title}\n",
    ]


def claim(rng: random.Random) -> tuple[str, int]:
    """A debt's lines (principal, interest, fees) and its total."""
    principal = rng.randint(300, 40_000)
    fees = (rng.randint(0, 900), 100, 100)
    total = principal + sum(fees)
    table = (
        f"Hovedstol        kr. {principal:>9,}\nRenter           kr. {fees[0]:>9,}\n"
        f"Rykkergebyr      kr. {fees[1]:>9,}\nInkassogebyr     kr. {fees[2]:>9,}\n"
        f"I alt            kr. {total:>9,}\n"
    ).replace(",", ".")
    return table, total


def inkasso_negative(rng: random.Random) -> Doc:
    d = new_doc(rng)
    org, creditor = rng.choice(COLLECTORS), rng.choice(CREDITORS + NAMED_ORGS)
    if rng.random() < 0.35:
        d.add(
            f"{org}\nOm inkassogebyrer\n\n"
            "Når en regning sendes til inkasso, må kreditor efter renteloven opkræve et "
            "inkassogebyr på 100 kr. og rykkergebyrer på 100 kr. pr. rykker (højst tre). "
            f"Renten er referencesatsen + 8 %, p.t. {rng.randint(9, 12)},{rng.randint(0, 9)} % "
            "om året.\n\n"
            f"Har du modtaget et brev med sagsnr. {case_no(rng)}, kan du betale med FI-kort "
            f"{fill(rng, FIK)} eller kontakte os via selvbetjeningen. Vi ringer aldrig og beder "
            "om dit "
            "kortnummer.\n\nVenlig hilsen\nKundeservice\n"
        )
        return d
    table, _ = claim(rng)
    issued = some_date(rng, 2023, 2024)
    d.add(
        f"{creditor}\nDebitorbogholderiet\n\n",
        rng.choice(("Kære kunde", "Til kontohaver", "Hej")),
        "\n\n",
        f"Vi kan se, at faktura nr. {order_no(rng)} af {fmt_date(rng, issued)} med forfald "
        f"{fmt_date(rng, issued + timedelta(days=14))} endnu ikke er betalt. "
        f"Kundenr.: {kundenr(rng)}.\n\n{table}\n"
        f"Betal venligst senest {when(rng, 2024, 2024, 'long')} med FI-kort {fill(rng, FIK)}. "
        "Har du "
        "allerede betalt, kan du se bort fra dette brev. Betaler du ikke, sendes sagen til "
        f"inkasso hos {org}, og der pålægges yderligere gebyrer efter renteloven.\n\n"
        f"Med venlig hilsen\n{rng.choice(DEPARTMENTS)}\n"
        f"{creditor} · CVR {cvr(rng)} · EAN {fill(rng, EAN)}\n",
    )
    return d


def inkasso(rng: random.Random) -> Doc:
    d = new_doc(rng)
    org, creditor = rng.choice(COLLECTORS), rng.choice(CREDITORS)
    table, total = claim(rng)
    p = person(rng, 20, 80)
    a = address(rng)
    worker = staff(rng)
    style = rng.randrange(3)
    if style == 2:
        d.add(
            rng.choice(("Hej ", "Kære ")),
            P(p.first if rng.random() < 0.6 else p.short),
            f". Du har en ubetalt sag hos {org} (sagsnr. {case_no(rng)}) på kr. {kr(total)}. ",
            "Betal senest ",
            when(rng, 2024, 2024, "dots4"),
            " på ",
            bank_account(rng),
            " eller ring på ",
            L("PHONE", dk_phone(rng, "70" + rdigits(rng, 6))),
            f". Mvh {org}\n",
        )
        return d
    d.add(letterhead(rng, org))
    dated = some_date(rng, 2024, 2024)
    due = fmt_date(rng, dated + timedelta(days=14), "long")
    d.add(recipient(rng, p, a), "\n")
    d.add(
        f"{rng.choice(TOWNS)}, {fmt_date(rng, dated, 'long')}\nSagsnr.: "
        f"{case_no(rng)}\nKundenr.: {kundenr(rng)}\n",
        f"CPR-nr.: {fill(rng, *MASKED_CPRS)}\n" if rng.random() < 0.3 else "",
        "\n",
    )
    if style == 0:
        d.add(
            "INKASSOMEDDELELSE\n\nKære ",
            P(name(rng, p, rng.choice(("full", "short", "first")))),
            "\n\n",
        )
        d.add(
            f"Vi har fra vores klient {creditor} modtaget en fordring mod dig til inddrivelse. "
            f"Fordringen vedrører faktura nr. {order_no(rng)} af {when(rng)}.\n\n{table}\n"
            f"Beløbet skal være betalt senest {due} til ",
        )
        if rng.random() < 0.5:
            d.add(reg_konto(rng))
        else:
            d.add("konto ", bank_account(rng))
        d.add(
            ". Angiv sagsnummeret ved betaling.\n\nØnsker du en afdragsordning, kan du kontakte "
            "os på ",
            phone(rng, 0),
            " eller ",
            email(rng, local="inkasso"),
            " hverdage kl. 9-15.\n\n",
        )
        d.add(sign(rng, worker, "Inkassomedarbejder"))
    else:
        born: tuple[str, Part] = (
            ("CPR-nr.", cpr(rng, p)) if rng.random() < 0.6 else ("Født", dob(rng, p))
        )
        d.add(
            "BETALINGSPÅKRAV\n\n",
            fields(
                [
                    ("Sagsøger", creditor),
                    ("Sagsøgte", P(name(rng, p, rng.choice(("full", "short"))))),
                    born,
                    ("Adresse", addr_inline(a)),
                    ("Krav", f"kr. {kr(total)}"),
                ],
                pad=True,
            ),
            "\nSagsøgte opfordres til inden 14 dage at betale kravet eller gøre indsigelse "
            "over for "
            "fogedretten. Sagen behandles af "
            f"{rng.choice(COURTS)}.\n\n",
        )
        if rng.random() < 0.5:
            d.add(
                "Kontaktperson hos sagsøgte: ",
                P(name(rng, relative(rng, p, 20, 80), "short")),
                ", tlf. ",
                phone(rng),
                "\n\n",
            )
        d.add(sign(rng, worker, f"Advokatsekretær, {org}"))
    return d


def pension(rng: random.Random) -> Doc:
    d = new_doc(rng)
    style = rng.randrange(4)
    org = rng.choice(PENSIONS if style in (0, 2) else INSURERS)
    dated = some_date(rng, 2024, 2024)
    p = person(rng, 58, 90) if style == 0 else person(rng, 25, 88)
    a = address(rng)
    worker = staff(rng)
    d.add(letterhead(rng, org) if rng.random() < 0.5 else f"{org}\n\n")
    if style == 0:
        spouse = near(rng, p, not p.male)
        d.add(
            recipient(rng, p, a),
            f"\nPolicenr. {fill(rng, *POLICY_NOS)}\n{fmt_date(rng, dated, 'long')}\n\n",
        )
        d.add("Kære ", P(name(rng, p, rng.choice(("full", "short")))), "\n\n")
        d.add(
            "Vi har modtaget din anmodning om udbetaling af din ratepension. Første udbetaling "
            f"sker {fmt_date(rng, dated + timedelta(days=rng.randint(20, 90)), 'long')} til ",
        )
        d.add(reg_konto(rng) if rng.random() < 0.4 else ["konto ", bank_account(rng)])
        d.add(
            ". Udbetalingen er A-skattepligtig, og vi indberetter den til Skattestyrelsen.\n\n"
            "Som begunstiget ved død står din ægtefælle, ",
            P(name(rng, spouse, "full")),
            ", født ",
            dob(rng, spouse),
        )
        if rng.random() < 0.5:
            child = relative(rng, p, max(18, p.age() - 42), p.age() - 20)
            d.add(
                ", og derefter jeres barn ",
                P(child.short),
                ", f. ",
                dob(rng, child, rng.choice(("dots4", "dots2"))),
            )
        d.add(". Ønsker du at ændre begunstigelsen, skal du kontakte os.\n\n")
        d.add(sign(rng, worker, "Pensionsrådgiver"))
        d.add("Direkte tlf. ", phone(rng, 0), "\n")
    elif style == 1:
        other = person(rng, 18, 85)
        d.add(
            "SKADEANMELDELSE – MOTORKØRETØJ\n\n",
            fields(
                [
                    ("Skadenr.", f"{rdigits(rng, 2)}-{rdigits(rng, 7)}"),
                    (
                        "Forsikringstager",
                        P(name(rng, p, rng.choice(("full", "short", "last_first")))),
                    ),
                    ("CPR-nr.", cpr(rng, p)),
                    ("Adresse", addr_inline(a)),
                    ("Telefon", phone(rng)),
                    ("Reg.nr.", plate(rng)),
                    ("Skadedato", when(rng, 2024, 2024, "dots4")),
                    (
                        "Skadested",
                        f"{rng.choice(STREETS)} ved nr. {rng.randint(2, 90)}, {rng.choice(TOWNS)}",
                    ),
                ],
                pad=rng.random() < 0.6,
            ),
            "\nModpart\n",
            fields(
                [
                    ("Navn", P(name(rng, other, rng.choice(("full", "short"))))),
                    ("Reg.nr.", plate(rng)),
                    ("Tlf.", phone(rng, 0.15)),
                    ("Selskab", rng.choice(INSURERS)),
                ]
            ),
            "\nHændelsesforløb: Jeg holdt ved fodgængerovergangen, da modparten bakkede ud fra en "
            "parkeringsplads og ramte min venstre forskærm. Vi udfyldte den fælles "
            "skadeanmeldelse på stedet.\n",
        )
    elif style == 2:
        kids = [
            relative(rng, p, max(0, p.age() - 45), max(1, p.age() - 20))
            for _ in range(rng.randint(1, 3))
        ]
        d.add(
            "BEGUNSTIGELSESERKLÆRING\n\nForsikrede: ",
            P(name(rng, p, "full")),
            ", CPR ",
            cpr(rng, p),
            "\n",
            "Adresse: ",
            addr_inline(a),
            f"\nPolicenr.: {fill(rng, *POLICY_NOS)}\n\n",
            "Ved min død udbetales forsikringssummen til mine børn med lige store dele:\n",
        )
        for k in kids:
            d.add("– ", P(name(rng, k, rng.choice(("full", "short")))), ", ")
            d.add(cpr(rng, k) if rng.random() < 0.5 else ["født ", dob(rng, k)])
            d.add("\n")
        d.add(f"\nDato: {when(rng, 2024, 2024, 'dots4')}\nUnderskrift: ", P(p.short), "\n")
    else:
        c, _ = card(rng)
        d.add(
            "Anmeldelse af tyveri – indbo\n\n",
            "Jeg, ",
            P(name(rng, p, "full")),
            ", ",
            addr_any(rng, a),
            f", vil gerne anmelde tyveri af min pung {when(rng, 2024, 2024, 'long')} i toget "
            "mellem "
            f"{rng.choice(TOWNS)} og {rng.choice(TOWNS)}. I pungen var mit kørekort, "
            "sundhedskort og "
            "betalingskort ",
            c,
            ". Kortet er spærret, men der blev nået at hæve ",
            amount(rng, 200, 8000),
            f" fra kontoen. Politiets journalnr. er {police_journal(rng)}.\n\n",
            "Jeg kan kontaktes på ",
            phone(rng),
            " eller ",
            email(rng, p),
            ".\n\nVenlig hilsen\n",
            P(p.first),
            "\n",
        )
    return d


def pension_negative(rng: random.Random) -> Doc:
    d = new_doc(rng)
    r = rng.randrange(3)
    org = rng.choice(INSURERS if r == 2 else PENSIONS)
    if r == 0:
        d.add(
            f"{org}\nNyhedsbrev – {rng.choice(MONTHS)} {rng.choice((2023, 2024))}\n\n"
            "Kære medlem\n\nAfkastet på din pensionsopsparing blev "
            f"{rng.randint(2, 14)},{rng.randint(0, 9)} % "
            f"i {rng.choice((2022, 2023))}. Fra {when(rng, 2024, 2024, 'long')} sænker vi "
            f"administrationsbidraget til {rng.randint(300, 900)} kr. om året.\n\n"
            "Husk at tjekke dine begunstigede på Min Pension. Står der ingen, udbetales "
            "beløbet efter "
            "reglerne i forsikringsaftaleloven.\n\nVenlig hilsen\nKundeservice\n"
        )
    elif r == 1:
        d.add(
            f"{org}\nÅrsopgørelse {rng.choice((2022, 2023))}\n\n"
            f"Policenr.: {fill(rng, *POLICY_NOS)}\nKundenr.: {kundenr(rng)}\nCPR-nr.: "
            f"{fill(rng, *MASKED_CPRS)}\n"
            f"Indbetalt i året: {amount(rng, 10_000, 120_000)}\nDepot pr. 31.12.: "
            f"{amount(rng, 100_000, 2_500_000)}\n"
            f"Forventet udbetaling fra 1. juli {rng.randint(2030, 2055)}: "
            f"{amount(rng, 2_000, 30_000)} pr. md.\n\n"
            "Opgørelsen er dannet automatisk og er derfor ikke underskrevet.\n"
        )
    else:
        d.add(
            f"Sådan anmelder du en skade hos {org}\n\n"
            "1. Log ind med MitID på vores hjemmeside.\n2. Vælg 'Anmeld skade' og udfyld skemaet.\n"
            "3. Vedhæft kvitteringer. Skadenr. får du med det samme (fx "
            f"{rdigits(rng, 2)}-{rdigits(rng, 7)}).\n\n"
            "Vi beder aldrig om din MitID-kode eller dit kortnummer pr. telefon eller SMS. "
            f"Selvrisikoen er {amount(rng, 500, 5000)} pr. skade. Sagsbehandlingstiden er "
            "typisk 5 hverdage.\n\n"
            "Venlig hilsen\nSkadeafdelingen\n"
        )
    return d


# ------------------------------------------------------------------ school and daycare
def genitive(first: str) -> list[Part]:
    """'Frejas' is one span; after s, x or z the apostrophe stays outside ('Johannes'')."""
    return [P(first), "'"] if first[-1] in "sxz" else [P(first + "s")]


def child(rng: random.Random, lo: int = 1, hi: int = 14) -> Person:
    return person(rng, lo, hi, weighted(rng, "dk:70 imm:27 gl:3"))


def school_class(rng: random.Random) -> tuple[str, str]:
    return f"{rng.randint(0, 9)}.{rng.choice('ABCD')}", rng.choice(SCHOOLS)


def aula(rng: random.Random) -> Doc:
    d = new_doc(rng)
    cls, school = school_class(rng)
    style = rng.randrange(4)
    teacher = staff(rng)
    if style == 0:
        kids = [child(rng, 6, 15) for _ in range(rng.randint(2, 4))]
        d.add(
            "Fra: ",
            P(teacher.short),
            f" (Medarbejder, {school})\nTil: Forældre i {cls}\nEmne: ",
            rng.choice(("Tur i skoven fredag", "Manglende sedler", "Turen på fredag")),
            "\n\n",
            rng.choice(("Kære forældre", "Hej alle", "Kære alle forældre i " + cls)),
            "\n\n",
            f"På fredag tager vi i skoven ved {rng.choice(STREETS)}. Vi mødes kl. "
            f"{clock(rng, '.', 8, 10)} ved "
            "cykelskuret. Husk madpakke, vand og tøj efter vejret.\n\n",
            "Der mangler stadig underskrevne sedler fra ",
            join(
                [P(name(rng, k, rng.choice(("first", "first", "short")))) for k in kids[:-1]], ", "
            ),
            " og ",
            P(name(rng, kids[-1], "first")),
            ". ",
        )
        if rng.random() < 0.6:
            k = kids[0]
            d.add(
                genitive(k.first),
                " mor har spurgt, om man kan hente tidligt – det er fint, "
                "bare I skriver det i Aula. ",
            )
        d.add(
            "\n\nMange hilsner\n",
            P(name(rng, teacher, rng.choice(("first", "short")))),
            f"\nKlasselærer {cls}\n",
        )
    elif style == 1:
        k = child(rng, 1, 6)
        parent = relative(rng, k, 25, 45)
        gp = relative(rng, parent, 55, 85)
        side = kin(parent, "mor", "far")
        room = rng.choice(("Stue Blå", "Sommerfuglene", "Myretuen", "Stue Rød", "Frøerne"))
        d.add(
            rng.choice(("Hej ", "Hej med jer på ", "Kære ")),
            room,
            "\n\n",
            P(name(rng, k, "first")),
            rng.choice((" bliver hentet af sin ", " hentes i dag af sin ")),
            side + kin(gp, "mor", "far"),
            " ",
            P(name(rng, gp, rng.choice(("full", "short", "first")))),
            f" kl. {clock(rng, '.', 12, 16)}. ",
            kin(gp, "Hun", "Han"),
            " kan træffes på ",
            phone(rng),
            ".",
        )
        if rng.random() < 0.4:
            d.add(
                " ",
                kin(gp, "Hun", "Han"),
                " bor på ",
                addr_any(rng, address(rng)),
                ", hvis I skal sende tøjet med.",
            )
        d.add(
            "\n\nHilsen\n",
            P(name(rng, parent, rng.choice(("first", "short")))),
            " (",
            genitive(k.first),
            " ",
            side,
            ")\n",
        )
    elif style == 2:
        k = child(rng, 0, 6)
        p1 = relative(rng, k, 24, 48, False)
        p2 = near(rng, p1, True)
        a = address(rng)
        inst = rng.choice(DAYCARES)
        d.add(f"Indmeldelse – {inst}\n\n")
        rows: list[tuple[str, Part]] = [
            ("Barnets navn", P(name(rng, k, "full"))),
            ("Barnets CPR-nr.", cpr(rng, k)),
        ]
        if rng.random() < 0.5:
            rows.append(("Fødselsdato", dob(rng, k, rng.choice(("dots4", "iso", "long")))))
        rows += [
            ("Adresse", addr_inline(a)),
            ("Forælder 1", P(name(rng, p1, rng.choice(("full", "short"))))),
            ("Tlf.", phone(rng)),
            ("E-mail", email(rng, p1)),
            ("Forælder 2", P(name(rng, p2, rng.choice(("full", "short"))))),
            ("Tlf.", phone(rng, 0.1)),
            ("Ønsket start", when(rng, 2024, 2024, "dots4")),
            ("Allergier", rng.choice(("Ingen", "Nødder", "Laktose", "Æg"))),
            ("Må fotograferes", rng.choice(("Ja", "Nej"))),
        ]
        d.add(fields(rows, pad=rng.random() < 0.5))
        if rng.random() < 0.5:
            gp = relative(rng, p1, 55, 85)
            d.add(
                "Andre der må hente: ",
                P(name(rng, gp, "short")),
                f" ({kin(gp, 'mormor', 'morfar')}), tlf. ",
                phone(rng),
                "\n",
            )
    else:
        d.add(f"Telefonliste {cls} – {school}\n(kun til brug i klassen)\n\n")
        for _ in range(rng.randint(3, 7)):
            k = child(rng, 6, 15)
            par = relative(rng, k, 28, 52)
            d.add(
                P(name(rng, k, rng.choice(("short", "full")))),
                " – ",
                kin(par, "mor", "far"),
                ": ",
                P(name(rng, par, rng.choice(("first", "short")))),
                " ",
                phone(rng),
            )
            if rng.random() < 0.3:
                d.add(", ", email(rng, par))
            if rng.random() < 0.25:
                d.add(", ", addr_any(rng, address(rng, 0.3)))
            d.add("\n")
    return d


def aula_negative(rng: random.Random) -> Doc:
    d = new_doc(rng)
    cls, school = school_class(rng)
    r = rng.randrange(3)
    if r == 0:
        d.add(
            f"Til: Forældre i {cls}\nEmne: "
            f"{rng.choice(('Lus', 'Skolefoto', 'Emneuge', 'Forældremøde'))}\n\n"
            f"Kære forældre\n\nDer er desværre konstateret lus i {cls}. Tjek venligst jeres barn i "
            "weekenden og kæm håret med tætkam. Skolefotografen kommer "
            f"{when(rng, 2024, 2024, 'long')} kl. {clock(rng, '.')}, og forældremødet holdes i "
            "lokale "
            f"{rng.randint(1, 3)}.{rng.randint(10, 40)} kl. {clock(rng, '.')}.\n\n"
            "Vi vil gerne rose klassen for en flot emneuge – Sten og grus fra legepladsen "
            "bliver samlet ind "
            "mandag.\n\nVenlig "
            f"hilsen\n{rng.choice(('Teamet', 'Kontoret', 'SFO-teamet', 'Ledelsen'))}\n{school}\n"
        )
    elif r == 1:
        days = ("Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag")
        food = (
            "Fiskefrikadeller med rugbrød",
            "Pasta med kødsovs",
            "Grøntsagssuppe",
            "Kylling i karry",
            "Rugbrød med pålæg",
            "Æggekage",
            "Boller i karry",
            "Frugt og grød",
        )
        d.add(f"Madplan uge {rng.randint(1, 52)} – {rng.choice(DAYCARES)}\n\n")
        for day in days:
            d.add(f"{day}: {rng.choice(food)}\n")
        d.add(
            "\nHusk: Bo- og aktivitetscentret kommer på besøg torsdag kl. 10.00. Børnene går "
            "en tur "
            "til marken og ser på køerne.\n\nHilsen køkkenet\n"
        )
    else:
        d.add(
            f"Hej alle sammen\n\nPå lørdag er der arbejdsdag på {school} fra kl. 9.00 til 13.00. "
            f"Vi skal male skurene og plante en rose ved indgangen på {rng.choice(STREETS)}. "
            "Der er kaffe og rundstykker fra kl. 8.30.\n\n"
            f"Tilmelding senest {when(rng, 2024, 2024, 'long')} i Aula. Husk arbejdshandsker.\n\n"
            "Mvh. Forældrerådet\n"
        )
    return d


# ------------------------------------------------------------------ health
def referral(rng: random.Random) -> Doc:
    d = new_doc(rng)
    p = person(rng, 35, 96)
    a = address(rng)
    gp = staff(rng)
    style = rng.randrange(3)
    age = p.age()
    sex = "mand" if p.male else "kvinde"
    if style == 0:
        d.add(f"HENVISNING – {rng.choice(WARDS)}, {rng.choice(HOSPITALS)}\n\n")
        d.add(
            rng.choice(("Pt.: ", "Pt: ", "Patient: ")),
            P(name(rng, p, rng.choice(("full", "short", "last_first")))),
        )
        d.add(", ", rng.choice(("cpr ", "CPR ", "")), cpr(rng, p), "\n")
        d.add(
            rng.choice(("Adr.: ", "Adr: ", "Adresse: ")),
            addr_inline(a) if rng.random() < 0.8 else addr_any(rng, a),
        )
        d.add(". Tlf. ", phone(rng), "\n")
        d.add(
            "Henv. læge: ",
            P(name(rng, gp, rng.choice(("short", "initial")))),
            f", {rng.choice(CLINICS)}, ydernr. {rdigits(rng, 6)}\n",
        )
        d.add(
            "Henv.diagnose: "
            f"{rng.choice(DIAGNOSES)}\n\n"
            f"Anamnese: {age}-årig {sex}, "
            f"{rng.choice(('ryger 20 pk-år', 'aldrig ryger', 'eks-ryger'))}, kendt m. "
            f"{rng.choice(('HT', 'DM2', 'KOL', 'hypothyreose'))}. Siden {rng.randint(2, 8)} "
            "uger intermitt. "
            f"{rng.choice(SYMPTOMS)}. "
            "Ingen feber. Vægttab neg.\n"
            f"Obj.: BT {rng.randint(110, 180)}/{rng.randint(60, 105)}, P {rng.randint(55, 110)} "
            "reg., "
            f"SAT {rng.randint(90, 99)} % på RA. St.c. u.a.\n"
            "Medicin: Tbl. "
            f"{rng.choice(DRUGS)}\n",
        )
        if rng.random() < 0.7:
            rel = relative(rng, p, max(18, p.age() - 40), p.age() + 5)
            d.add(
                "Pårørende: ",
                rng.choice(
                    (
                        "",
                        kin(rel, "datter ", "søn "),
                        "ægtefælle " if rel.age() > p.age() - 15 else "",
                    )
                ),
                P(name(rng, rel, rng.choice(("short", "first")))),
                ", tlf. ",
                phone(rng),
                "\n",
            )
        d.add(f"Tolk: {rng.choice(('Nej', 'Ja, arabisk', 'Ja, tyrkisk', 'Ja, somali', 'Nej'))}\n")
    elif style == 1:
        nurse = staff(rng)
        d.add(f"EPIKRISE\n{rng.choice(HOSPITALS)}, {rng.choice(WARDS)}\n\n")
        d.add("Vedr.: ", P(name(rng, p, rng.choice(("full", "short")))))
        if rng.random() < 0.5:
            d.add(", f. ", dob(rng, p, rng.choice(("dots4", "dots2", "slashdash"))))
        else:
            d.add(", ", cpr(rng, p))
        came = some_date(rng, 2024, 2024)
        d.add(
            f"\nIndlagt {came:%d.%m.%y} – udskrevet "
            f"{came + timedelta(days=rng.randint(1, 14)):%d.%m.%y}\n\n"
            f"{age}-årig {sex} indl. m. "
            f"{rng.choice(('pneumoni', 'faldtraume', 'dehydrering', 'UVI'))}. "
            f"Beh. m. i.v. {rng.choice(('Ceftriaxon', 'væske', 'Piperacillin/tazobactam'))} med "
            "god effekt. "
            f"CRP faldende fra {rng.randint(80, 300)} til {rng.randint(5, 40)}. Mobiliseret m. "
            "rollator.\n\n"
            "Udskrives til eget hjem, ",
            addr_any(rng, a) if rng.random() < 0.7 else addr_inline(a),
            ". Hjemmeplejen orienteret. Kontrol i amb. d. "
            f"{rng.randint(1, 28)}/{rng.randint(1, 12)} kl. {clock(rng, '.')}.\n",
        )
        if rng.random() < 0.6:
            rel = relative(rng, p, max(18, p.age() - 45), max(19, p.age() - 18))
            d.add(
                "Pt. ønsker, at ",
                P(name(rng, rel, "first")),
                f" ({kin(rel, 'datter', 'søn')}), tlf. ",
                phone(rng),
                ", orienteres.\n",
            )
        d.add(
            "\nMvh.\n",
            P(name(rng, nurse, rng.choice(("short", "initial")))),
            rng.choice((", afd.læge", ", overlæge", ", reservelæge")),
            "\n",
        )
    else:
        d.add("Journalnotat – telefonkonsultation\n")
        d.add(f"{when(rng, 2024, 2024, 'dots4')} kl. {clock(rng, ':')}\n")
        rel = relative(rng, p, max(18, p.age() - 45), max(19, p.age() - 18), False)
        parent = kin(p, "Mor", "Far")
        d.add(
            "Datter ",
            P(name(rng, rel, rng.choice(("first", "short")))),
            " ringer vedr. ",
            P(name(rng, p, rng.choice(("short", "full")))),
            ", ",
            cpr(rng, p),
            ". ",
            rng.choice(
                (
                    f"{parent} er blevet mere forvirret siden i går og spiser ikke. ",
                    f"{parent} er faldet i hjemmet i nat, klager over smerter i hø. hofte. ",
                )
            ),
            "Bor alene på ",
            addr_any(rng, a),
            f". Aftalt sygebesøg kl. {clock(rng, '.')}. Datter kan træffes på ",
            phone(rng),
            ".\n/",
            P(name(rng, gp, rng.choice(("initial", "short")))),
            "\n",
        )
    return d


def referral_negative(rng: random.Random) -> Doc:
    d = new_doc(rng)
    r = rng.randrange(3)
    hosp, ward = rng.choice(HOSPITALS), rng.choice(WARDS)
    if r == 0:
        d.add(
            f"{ward}, {hosp}\nPraktisk information\n\n"
            f"Blodprøvetagning: hverdage kl. 7.30–15.00, indgang {rng.randint(1, 12)}, "
            f"{rng.randint(1, 5)}. sal.\n"
            f"Parkering: P-huset på {rng.choice(STREETS)} (betaling med app).\n"
            "Henvisning sendes elektronisk via EDI. Husk SKS-kode, fx DI10.9 eller DE11.9.\n"
            f"Ventetid p.t.: {rng.randint(2, 20)} uger. Ved akut behov: ring 1813.\n"
        )
    elif r == 1:
        d.add(
            f"Undervisningscase – {ward}\n\n"
            f"En {rng.randint(40, 90)}-årig mand henvender sig med "
            f"{rng.choice(('åndenød', 'brystsmerter', 'feber'))} "
            f"gennem {rng.randint(2, 10)} dage. BT "
            f"{rng.randint(100, 170)}/{rng.randint(60, 100)}, P {rng.randint(60, 120)}, "
            f"temp. {rng.randint(37, 40)},{rng.randint(0, 9)} °C. Hb "
            f"{rng.randint(6, 9)},{rng.randint(0, 9)} mmol/l, "
            f"CRP {rng.randint(5, 250)}.\n\nSpørgsmål: Hvilke differentialdiagnoser overvejer "
            "du? Hvilke "
            "undersøgelser bestiller du, og hvornår skal patienten ses igen?\n"
        )
    else:
        d.add(
            f"Prøvesvar – {hosp}\nRekv.nr. {rdigits(rng, 10)}  Modtaget "
            f"{when(rng, 2024, 2024, 'dots4')} {clock(rng, ':')}\n\n"
            f"Hæmoglobin        {rng.randint(6, 10)},{rng.randint(0, 9)} mmol/l\n"
            f"Leukocytter       {rng.randint(3, 15)},{rng.randint(0, 9)} x10^9/l\n"
            f"CRP               {rng.randint(1, 200)} mg/l\n"
            f"eGFR              {rng.randint(30, 90)} ml/min\n\n"
            "Svar er godkendt elektronisk. Kontakt laboratoriet ved spørgsmål.\n"
        )
    return d


# ------------------------------------------------------------------ speech to text
def stt_phone(rng: random.Random) -> L:
    d = dk_digits(rng)
    r = rng.random()
    if r < 0.15:
        return L("PHONE", " ".join(d))
    return L("PHONE", dk_phone(rng, d, "pairs" if r < 0.65 else "plain" if r < 0.85 else "4x4"))


def stt_speakers(rng: random.Random, a: str, b: str) -> Callable[[int], str]:
    """Speaker prefixes for line i: plain names, diarisation tags or timestamps."""
    style = rng.randrange(3)
    start = rng.randint(0, 40)
    if style == 0:
        return lambda i: f"{(a, b)[i % 2]}: "
    if style == 1:
        return lambda i: f"spk_{i % 2}: "
    return lambda i: (
        f"[00:{(start + 9 * i) // 60:02d}:{(start + 9 * i) % 60:02d}] speaker {i % 2 + 1}: "
    )


def transcript(rng: random.Random) -> Doc:
    d = Doc(rng, lower, fillers)
    p = person(rng, 25, 92)
    agent = staff(rng)
    a = address(rng)
    c, _ = card(rng, "space")
    vals: dict[str, Part] = {
        "bank": rng.choice(BANKS),
        "agent": P(name(rng, agent, rng.choice(("first", "first", "short")))),
        "name": P(name(rng, p, rng.choice(("short", "full", "short")))),
        "first": P(p.first),
        "cpr": cpr(rng, p, rng.choice(("pairs", "pairs", "space", "plain"))),
        "addr": L("ADDRESS", a.spoken),
        "street": L("ADDRESS", f"{a.street} {a.number.replace(' ', '')}"),
        "phone": stt_phone(rng),
        "phone2": stt_phone(rng),
        "spoof": P(rng.choice(DK_MALE)),
        "otp": otp(rng, rng.random() < 0.35),
        "card": c,
        "mitid": mitid(rng, p),
        "dob": dob(rng, p, "long"),
        "plate": plate(rng),
        "acc": bank_account(rng, "space"),
        "rel": P(relative(rng, p, 20, 70).first),
        "parent": kin(p, "mor", "far"),
        "he": p.he,
        "his": p.his,
    }
    style = rng.randrange(3)
    if style == 0:
        lines = [
            "{bank} du taler med {agent} hvad kan jeg hjælpe dig med",
            "ja hej jeg hedder {name} og jeg tror jeg er blevet snydt",
            "okay det er jeg ked af at høre må jeg bede om dit cpr nummer",
            "ja det er {cpr}",
            "tak og du bor på {addr}",
            "ja det er rigtigt",
            "og dit telefonnummer er det stadig {phone}",
            rng.choice(("ja", "nej det er {phone2} nu")),
            "hvad er der sket",
            "der ringede en mand som sagde han hed {spoof} og var fra banken og så gav jeg ham "
            "koden {otp}",
            "okay har du også givet dit kortnummer",
            "ja jeg læste det op det er {card}",
            "og dit mitid bruger id har du også sagt det",
            rng.choice(
                ("ja det er {mitid}", "nej det tror jeg ikke", "mit bruger id er {mitid} ja")
            ),
            "okay jeg spærrer kortet nu og så sender vi et nyt til dig",
            "tusind tak",
        ]
        who = ("agent", "kunde")
    elif style == 1:
        lines = [
            "politiet hvad drejer det sig om",
            "ja hej jeg vil gerne anmelde at min {parent} er blevet snydt",
            "okay hvad hedder din {parent}",
            "{he} hedder {name} {he} er født den {dob}",
            "og hvor bor {he}",
            "{he} bor på {addr}",
            "hvad er der sket",
            "der kom en mand og hentede {his} kort de kørte i en hvid bil med nummerplade {plate}",
            "har {he} overført nogen penge",
            "ja til en konto {acc} tror jeg",
            "okay og hvem taler jeg med",
            "jeg hedder {rel} og mit nummer er {phone}",
            "tak vi sender en patrulje",
        ]
        who = ("betjent", "borger")
    else:
        lines = [
            "ja goddag det er {name} jeg ringer fordi jeg har fået en underlig sms",
            "okay hvad stod der i den",
            "at jeg skulle opdatere mit mitid og så skrev jeg koden {otp} ind",
            "okay hvad er dit cpr nummer",
            "{cpr}",
            "tak {first} og du bor stadig på {street}",
            "ja",
            "jeg lukker for netbanken nu og så ringer vi dig op på {phone} i morgen",
            "ja tak",
        ]
        who = ("kunde", "agent")
    prefix = stt_speakers(rng, *who)
    for i, line in enumerate(lines):
        d.add(prefix(i))
        d.f(line, **vals)
        d.add("\n")
    return d


def transcript_negative(rng: random.Random) -> Doc:
    d = Doc(rng, lower, fillers)
    prefix = stt_speakers(rng, "agent", "kunde")
    if rng.random() < 0.6:
        lines = [
            f"{rng.choice(CREDITORS).split()[0]} kundeservice hvad kan jeg hjælpe med",
            f"ja hej jeg ringer om en regning altså faktura nummer {rdigits(rng, 4)} "
            f"{rdigits(rng, 4)}",
            "ja et øjeblik så kigger jeg",
            f"den er på {rng.randint(200, 4000)} kroner og den forfalder den "
            f"{rng.randint(1, 28)} {rng.choice(MONTHS)}",
            "men jeg har betalt den",
            "ja jeg kan se indbetalingen nu den kom ind i går så det er fint",
            "okay godt og jeg skal ikke betale gebyret",
            "nej det fjerner jeg",
            "tak for hjælpen hav en god dag",
            "i lige måde farvel",
        ]
    else:
        lines = [
            "velkommen til kundeservice tast 1 for netbank tast 2 for kort",
            "2",
            "hvis dit kort er stjålet så tast 1",
            "1",
            f"du er nummer {rng.randint(2, 9)} i køen den forventede ventetid er "
            f"{rng.randint(2, 15)} minutter",
            "husk at banken aldrig beder dig om din kode i telefonen",
            "du taler med kortspærringen har du dit kortnummer klar",
            "nej jeg kan ikke finde det",
            "det er okay jeg kan spærre det via din netbank når du logger ind",
        ]
    for i, line in enumerate(lines):
        d.add(prefix(i), line, "\n")
    return d


# ------------------------------------------------------------------ expats' e-mails
def expat(rng: random.Random) -> Doc:
    d = Doc(rng, identity, typos if rng.random() < 0.1 else None)
    p = person(rng, 22, 70, weighted(rng, "intl:75 imm:25"))
    a = address(rng)
    spouse = person(rng, 22, 70, "dk", not p.male)
    town = a.town
    c, amex = card(rng)
    style = rng.randrange(3)
    d.add(
        "Subject: ",
        rng.choice(
            (
                "Suspicious call",
                "Help – I think I was scammed",
                "Fraud on my account",
                "Question about my CPR letter",
                "Change of address",
            )
        ),
        "\n\n",
    )
    d.add(rng.choice(("Hi,", "Hello,", "Dear Sir/Madam,", "Hej,", "Hi there,")), "\n\n")
    if style == 0:
        d.add(
            "My name is ",
            P(name(rng, p, rng.choice(("short", "full")))),
            f" and I moved to {town.split()[0]} from "
            f"{rng.choice(HOMETOWNS)} "
            f"in {rng.choice((2019, 2020, 2021, 2022, 2023))}. Yesterday I got a call from ",
            phone(rng, 0.3),
            " from someone who said he was ",
            P(rng.choice(DK_MALE)),
            f" from {rng.choice(BANKS)}. He already knew my CPR number (",
            cpr(rng, p),
            ") so I believed him. I approved something in the MitID app and read him the code ",
            otp(rng),
            ".",
        )
        if rng.random() < 0.6:
            d.add(" He also asked for my MitID user ID, which is ", mitid(rng, p), ".")
        if rng.random() < 0.6:
            d.add(
                " Then he asked for my card number ",
                c,
                " (exp. ",
                expiry(rng),
                ", CVV ",
                cvv(rng, amex),
                ").",
            )
        d.add(f" Now {amount(rng, 2_000, 90_000)} is gone from my account.\n\nMy details:\n")
        rows: list[tuple[str, Part]] = [
            ("Name", P(name(rng, p, rng.choice(("short", "full", "last_first"))))),
            ("Address", addr_inline(a, "DK-" if rng.random() < 0.2 else "")),
            ("Phone", phone(rng, 0.35)),
        ]
        if rng.random() < 0.6:
            rows.append(
                (
                    rng.choice(("Date of birth", "DOB", "Born")),
                    dob(rng, p, rng.choice(("en", "en_us", "slash4", "dots4", "iso"))),
                )
            )
        if rng.random() < 0.5:
            rows.append(("Account", bank_account(rng)))
        if rng.random() < 0.4:
            rows.append(("IBAN", iban(rng, "DK")))
        d.add(fields(rows))
    elif style == 1:
        d.add(
            f"I am writing because I have moved. From {when(rng, 2024, 2024, 'en')} my new "
            "address is ",
            addr_inline(a, "DK-" if rng.random() < 0.3 else ""),
            ". My old address was ",
            addr_street(address(rng)),
            f" in {rng.choice(TOWNS)}. My CPR is ",
            cpr(rng, p),
            " and I was born on ",
            dob(rng, p, rng.choice(("en", "en_us"))),
            ". My Danish partner ",
            P(name(rng, spouse, rng.choice(("short", "full")))),
            f" will move in with me; {'his' if spouse.male else 'her'} CPR number is ",
            cpr(rng, spouse),
            ".\n\n",
            "You can reach me at ",
            phone(rng, 0.5),
            " or ",
            email(rng, p),
            ".\n",
        )
    else:
        d.add(
            "Can you please check a payment? I sent the deposit for my flat to the landlord, ",
            P(name(rng, person(rng, 30, 80, male=True), rng.choice(("short", "full")))),
            ", at ",
            addr_inline(a),
            ". The bank details he gave me were IBAN ",
            iban(rng),
            " and later a Danish account ",
            bank_account(rng),
            ". He now says the money never arrived, although my bank shows it left on "
            f"{when(rng, 2024, 2024, 'en')}. "
            "His number is ",
            phone(rng, 0.4),
            ".\n",
        )
    d.add(
        "\n",
        rng.choice(("Best regards,", "Kind regards,", "Thanks,", "Cheers,", "Mvh,")),
        "\n",
        P(name(rng, p, rng.choice(("first", "short", "full")))),
        "\n",
    )
    if rng.random() < 0.4:
        d.add(email(rng, p), "\n")
    return d


def expat_negative(rng: random.Random) -> Doc:
    d = Doc(rng, identity, typos if rng.random() < 0.1 else None)
    if rng.random() < 0.5:
        d.add(
            "Subject: How do I report a phishing SMS?\n\nHi,\n\n"
            "I just got an SMS saying my parcel is held at customs (tracking "
            f"{fill(rng, *TRACKING_NOS)}) "
            "and that I "
            f"must pay {amount(rng, 10, 60)} within 24 hours. I did not click the link. Who "
            "should I "
            "forward it to? Is 1813 the right number for the police or is it 114?\n\n"
            "Also, my landlord asked for a deposit of three months' rent. Is that normal in "
            "Denmark?\n\n"
            "Thanks in advance,\nA confused newcomer\n"
        )
    else:
        d.add(
            "Subject: Welcome to the International House newsletter\n\nDear newcomers,\n\n"
            "Remember to register your address within five days of moving. You will receive your "
            "CPR number and health insurance card by post. Never share your CPR number, MitID "
            "code or card details with anyone who calls you.\n\n"
            f"Our next info session is on {when(rng, 2024, 2024, 'en')} at {clock(rng, ':')} at "
            "the "
            f"library on {rng.choice(STREETS)}. Tickets cost DKK {rng.randint(0, 100)}.\n\n"
            "Best regards,\nThe International House team\n"
        )
    return d


# ------------------------------------------------------------------ forwarded e-mails
HEADERS = {
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "en": ("From", "Sent", "To", "Subject"),
}
# (sender, subject, body) of the phishing mails people forward
PHISH = (
    (
        "PostNord",
        "Din pakke er tilbageholdt",
        "Kære kunde\n\nDin pakke kunne ikke leveres, da der mangler betaling af told. Betal "
        "{fee} inden 24 timer via linket nedenfor, ellers returneres pakken.\n\nSporingsnr.: "
        "{track}\n",
    ),
    (
        "MitID",
        "MitID udløber",
        "Kære kunde\n\nDit MitID udløber i dag. Forny det her for at undgå lukning af din netbank. "
        "Referencenummer: {ref}\n",
    ),
    (
        "Skattestyrelsen",
        "Refusion",
        "Hej\n\nDu har penge til gode fra Skattestyrelsen ({fee}). Udfyld dine kortoplysninger "
        "for at "
        "modtage beløbet. Sagsnr. {ref}\n",
    ),
)


def header_block(
    rng: random.Random, lang: str, sender: Part, to: Part, subject: str, day: date
) -> list[Part]:
    f, s, t, e = HEADERS[lang]
    sent = f"{fmt_date(rng, day, 'long' if lang == 'da' else 'en_us')} {clock(rng, ':')}"
    return [f"{f}: ", sender, f"\n{s}: {sent}\n{t}: ", to, f"\n{e}: {subject}\n"]


def forwarded_negative(rng: random.Random) -> Doc:
    d = new_doc(rng)
    f, s, t, e = HEADERS["da" if rng.random() < 0.75 else "en"]
    if rng.random() < 0.5:
        d.add(
            "---------- Videresendt besked ----------\n",
            f"{f}: Ordrebekræftelse\n{s}: {when(rng, 2024, 2024, 'long')} "
            f"{clock(rng, ':')}\n{e}: Din ordre\n\n",
            rng.choice(
                (
                    "Hej, kan I se om den her er ægte? Jeg har ikke bestilt noget.\n\n",
                    "Til orientering.\n\n",
                )
            ),
            order_confirmation(rng),
        )
        return d
    d.add(
        "---------- Videresendt besked ----------\n"
        if rng.random() < 0.5
        else "-----Oprindelig meddelelse-----\n",
        f"{f}: Kundeservice\n{s}: {when(rng, 2024, 2024, 'long')} {clock(rng, ':')}\n{t}: "
        "Alle medarbejdere\n",
        f"{e}: VS: Driftsforstyrrelse\n\nKære alle\n\nNetbanken er lukket "
        f"{when(rng, 2024, 2024, 'long')} "
        f"kl. {rng.randint(20, 23)}.00–0{rng.randint(1, 5)}.00 på grund af opdatering. Ordre nr. "
        f"{order_no(rng)} hos "
        "leverandøren er bekræftet. Husk at henvise kunder til vejledningen om falske "
        "SMS'er.\n\n"
        f"Og husk: vi fejrer firmaets {rng.randint(10, 60)} års fødselsdag "
        f"{when(rng, 2024, 2024, 'long')} "
        "med kage i kantinen.\n\n"
        "Venlig hilsen\nIT-afdelingen\n",
    )
    return d


def forwarded(rng: random.Random) -> Doc:
    d = new_doc(rng)
    lang = "da" if rng.random() < 0.75 else "en"
    p = person(rng, 20, 88)
    a = address(rng)
    mine = email(rng, p)
    me: list[Part] = [P(name(rng, p, rng.choice(("short", "full")))), " <", mine, ">"]
    team = email(rng, local=rng.choice(("svindel", "kundeservice", "phishing", "sikkerhed")))
    who, subject, body = rng.choice(PHISH)
    got = some_date(rng, 2024, 2024)
    fw = rng.choice(("VS: ", "Fwd: ", "FW: "))
    d.add(header_block(rng, lang, me, team, fw + subject, got + timedelta(days=rng.randint(0, 3))))
    d.add(
        "\n",
        rng.choice(("Hej", "Hej med jer", "Til rette vedkommende")),
        "\n\n",
        rng.choice(
            (
                "Jeg har fået nedenstående mail. Er den ægte? ",
                "Jeg trykkede desværre på linket og skrev mine kortoplysninger. ",
            )
        ),
    )
    if rng.random() < 0.5:
        c, _ = card(rng)
        d.add("Det var kortet ", c, ", udløb ", expiry(rng), ". ")
    d.add("\n\nVenlig hilsen\n", P(name(rng, p, rng.choice(("short", "full", "first")))), "\n")
    if rng.random() < 0.7:
        d.add(addr_block(a) if rng.random() < 0.7 else addr_inline(a), "\n")
    if rng.random() < 0.7:
        d.add(rng.choice(("Tlf. ", "Mobil: ", "")), phone(rng), "\n")
    d.add(
        rng.choice(
            (
                "\n-----Oprindelig meddelelse-----\n",
                "\n---------- Videresendt besked ----------\n",
                "\n________________________________\n",
            )
        )
    )
    sender: list[Part] = [
        who,
        " <",
        email(rng, local=rng.choice(("noreply", "info", "kundeservice"))),
        ">",
    ]
    to: Part = mine if rng.random() < 0.6 else [P(p.short), " <", mine, ">"]
    d.add(header_block(rng, lang, sender, to, subject, got))
    d.add("\n")
    d.f(body, fee=amount(rng, 10, 4000), track=fill(rng, *TRACKING_NOS), ref=order_no(rng))
    if rng.random() < 0.5:
        q = relative(rng, p, 18, 60)
        d.add(
            "\n",
            f"Den {when(rng, 2024, 2024, 'short_long')} kl. {clock(rng, '.')} skrev ",
            P(name(rng, q, "short")),
            " <",
            email(rng, q),
            ">:\n",
            "> Hej, jeg har fået den samme. Ring til mig på ",
            phone(rng),
            "\n> ",
            rng.choice(("Knus", "Kh", "Hilsen")),
            " ",
            P(q.first),
            "\n",
        )
    return d


# ------------------------------------------------------------------ chat exports
def chat_stamp(rng: random.Random, style: int, t: int, day: date) -> str:
    hh, mm, ss = t // 3600 % 24, t // 60 % 60, t % 60
    if style == 0:
        return f"[{day:%d.%m.%y}, {hh:02d}.{mm:02d}.{ss:02d}] "
    if style == 1:
        return f"{day:%d/%m/%Y}, {hh:02d}:{mm:02d} - "
    return f"{day:%d.%m.%Y} {hh:02d}:{mm:02d} "


def chat_negative(rng: random.Random) -> Doc:
    """Family chat between contacts saved as "Mor", "Far" and "Du": no names."""
    d = new_doc(rng)
    style = rng.randrange(3)
    day = some_date(rng, 2023, 2024)
    t = rng.randint(8 * 3600, 20 * 3600)
    speakers = [rng.choice(("Mor", "Far", "Mormor", "Farfar")), "Du"]
    lines = rng.sample(
        (
            "Husk aftensmad kl. 18",
            "Skal jeg købe mælk?",
            "Ja tak og rugbrød",
            "‎billede udeladt",
            "Toget er 10 min forsinket",
            "Vi bor jo tæt på skoven, så vi går derud",
            "👍",
            "Hvad koster billetterne?",
            "249 kr. pr. person",
            "Ordrenr. er " + order_no(rng),
            "Pakken kan hentes i pakkeshoppen, " + fill(rng, *TRACKING_NOS),
            "Rosen i haven er sprunget ud 🌹",
            "Marken er pløjet nu",
            "Vi sejlede rundt om holmen 🛶",
            "Det var kimen til hele balladen",
            "Sten og grus er leveret",
            "Kan vi bo hos jer i weekenden?",
            "Ring når du er hjemme",
            "‎Beskeder og opkald er end-to-end-krypterede.",
        ),
        rng.randint(5, 9),
    )
    for i, line in enumerate(lines):
        t += rng.randint(20, 900)
        d.add(chat_stamp(rng, style, t, day), f"{speakers[i % 2]}: {line}\n")
    return d


def chat(rng: random.Random) -> Doc:
    d = new_doc(rng)
    style = rng.randrange(3)
    day = some_date(rng, 2023, 2024)
    t = rng.randint(8 * 3600, 20 * 3600)
    kind = rng.randrange(3)
    me = person(rng, 40, 85)
    if kind == 0:  # "hej mor" scam
        scam = L(
            "PHONE",
            fill(rng, *FOREIGN_PHONES)
            if rng.random() < 0.3
            else dk_phone(rng, None, rng.choice(("+45", "pairs", "+45plain"))),
        )
        kid = relative(rng, me, 16, 40)
        friend = person(rng, 18, 35, male=True)
        c, amex = card(rng)
        turns: list[tuple[Part, list[Part]]] = [
            (
                scam,
                [
                    f"Hej {kin(me, 'mor', 'far')}, det er mig. Jeg har tabt min telefon, det "
                    "her er mit nye nummer"
                ],
            ),
            ("Du", ["Hej skat! Er det dig ", P(kid.first), "?"]),
            (
                scam,
                [
                    "Ja 😊 kan du hjælpe mig med en regning, min netbank virker ikke på den nye "
                    "telefon"
                ],
            ),
            (
                scam,
                [
                    f"Det er {amount(rng, 1_500, 19_000)} til min vens konto ",
                    bank_account(rng),
                    ", han hedder ",
                    P(name(rng, friend, "short")),
                ],
            ),
            ("Du", ["Jeg ringer lige til dig"]),
            (scam, ["Kan ikke snakke nu, mikrofonen er i stykker"]),
            (scam, ["Ellers send mig dit kortnr og de 3 cifre bagpå så gør jeg det selv"]),
            ("Du", [c, " ", expiry(rng), " ", cvv(rng, amex)]),
            (scam, [f"Tak {kin(me, 'mor', 'far')} ❤️ du får en kode nu, skriv den her"]),
            ("Du", [otp(rng)]),
        ]
        turns = turns[: rng.randint(5, len(turns))]
    elif kind == 1:  # marketplace
        seller = person(rng, 20, 70)
        buyer_name = P(name(rng, me, rng.choice(("short", "first"))))
        a = address(rng)
        c, amex = card(rng)
        turns = [
            (buyer_name, ["Hej, er sofaen stadig til salg?"]),
            (
                P(name(rng, seller, "short")),
                [
                    "Ja 🙂 du kan hente den på ",
                    addr_inline(a) if rng.random() < 0.7 else addr_street(a),
                    " efter kl. 17",
                ],
            ),
            (buyer_name, ["Super, jeg betaler med MobilePay på ", phone(rng, 0), ". Hvad er din?"]),
            (
                P(name(rng, seller, "short")),
                [
                    L("PHONE", dk_phone(rng)),
                    " – eller brug fragt via linket, så skal du bare skrive kortnummer",
                ],
            ),
            (buyer_name, ["Ok, kortet er ", c]),
            (P(name(rng, seller, "short")), ["Og udløb og kontrolcifre?"]),
            (buyer_name, [expiry(rng), " og ", cvv(rng, amex)]),
            (P(name(rng, seller, "short")), ["Du får en kode fra banken, send den lige"]),
            (buyer_name, ["Koden er ", otp(rng)]),
            (
                P(name(rng, seller, "short")),
                ["Min bil er en ", rng.choice(CARS), ", ", plate(rng), ", hvis du vil kigge ud"],
            ),
        ]
        turns = turns[: rng.randint(4, len(turns))]
    else:  # family group
        kid = relative(rng, me, 20, 50)
        gran = relative(rng, me, 70, 95)
        label = rng.choice(("Farmor", "Mormor", "Farfar", "Morfar"))
        turns = [
            (
                [label, " ", P(gran.first)],
                ["Jeg har fået en SMS om mit MitID, skal jeg gøre noget?"],
            ),
            (
                P(name(rng, kid, rng.choice(("short", "first")))),
                ["Nej! Tryk ikke på linket. Hvad står der?"],
            ),
            (
                [label, " ", P(gran.first)],
                ["At jeg skal skrive mit bruger-id. Det er ", mitid(rng, gran)],
            ),
            (
                P(name(rng, kid, rng.choice(("short", "first")))),
                [
                    "Skriv ikke det til nogen. Hvad er dit cpr igen, så ringer jeg til banken "
                    "for dig"
                ],
            ),
            ([label, " ", P(gran.first)], [cpr(rng, gran)]),
            (
                P(name(rng, me, rng.choice(("short", "first")))),
                ["Jeg kører over til dig på ", addr_any(rng, address(rng)), " nu"],
            ),
            ([label, " ", P(gran.first)], ["Tak skat. Min nye telefon er ", phone(rng)]),
        ]
        turns = turns[: rng.randint(4, len(turns))]
    if style == 2:
        # Messenger copy: speaker, time and text on their own lines
        for who, text in turns:
            t += rng.randint(20, 600)
            d.add(who, f"\n{t // 3600 % 24:02d}.{t // 60 % 60:02d}\n", text, "\n\n")
        return d
    for who, text in turns:
        t += rng.randint(20, 600)
        d.add(chat_stamp(rng, style, t, day), who, ": ", text, "\n")
    return d


# ------------------------------------------------------------------ CSV and Excel pastes
CSV_COLUMNS = {
    "name": ("Navn", "Name"),
    "cpr": ("CPR", "CPR"),
    "dob": ("Fødselsdato", "DOB"),
    "addr": ("Adresse", "Address"),
    "phone": ("Telefon", "Phone"),
    "email": ("E-mail", "Email"),
    "account": ("Konto", "Account"),
    "iban": ("IBAN", "IBAN"),
    "plate": ("Reg.nr.", "Plate"),
    "amount": ("Beløb", "Amount"),
    "date": ("Dato", "Date"),
    "customer": ("Kundenr.", "Customer ID"),
}


def csv_cell(rng: random.Random, key: str, p: Person, a: Addr, split: bool) -> list[Part]:
    """One or more cells (a split address is street, postcode, town)."""
    if key == "name":
        return [P(name(rng, p, rng.choice(("short", "full", "last_first"))))]
    if key == "first_last":
        return [P(p.first), P(" ".join(x for x in (p.middle, p.last) if x))]
    if key == "cpr":
        return [cpr(rng, p, rng.choice(("dash", "plain")))]
    if key == "dob":
        return [dob(rng, p, rng.choice(("iso", "dots4", "slash4")))]
    if key == "addr":
        return [addr_street(a), a.postcode, a.town] if split else [addr_inline(a)]
    if key == "phone":
        return [phone(rng, 0.1)]
    if key == "email":
        return [email(rng, p)]
    if key == "account":
        return [bank_account(rng, "dash")]
    if key == "iban":
        return [iban(rng, None, False)]
    if key == "plate":
        return [plate(rng)]
    if key == "amount":
        return [f"{rng.randint(100, 90_000)},{rng.randrange(100):02d}"]
    if key == "date":
        return [when(rng, 2024, 2024, rng.choice(("iso", "dots4")))]
    return [kundenr(rng)]


@dataclass(frozen=True)
class Sheet:
    """How a pasted table is written: delimiter, quoting and header language."""

    delim: str
    quote_all: bool
    en: bool

    def row(self, cells: Sequence[Part]) -> list[Part]:
        out: list[Part] = []
        for i, cell in enumerate(cells):
            text = plain(cell)
            q = '"' if self.quote_all or self.delim in text else ""
            out += [self.delim if i else "", q, cell, q]
        return [*out, "\n"]


def sheet(rng: random.Random) -> Sheet:
    return Sheet(rng.choice((";", ";", ",", "\t")), rng.random() < 0.2, rng.random() < 0.35)


NEGATIVE_SHEETS = {
    "shipments": (
        ("Ordrenr.", "Sporingsnr.", "Status", "Vægt (kg)", "Afsendt"),
        ("Order", "Tracking", "Status", "Weight", "Shipped"),
    ),
    "stock": (
        ("Varenr.", "Beskrivelse", "EAN", "Antal", "Pris"),
        ("SKU", "Description", "EAN", "Qty", "Price"),
    ),
    "statement": (("Dato", "Tekst", "Beløb", "Saldo"), ("Date", "Text", "Amount", "Balance")),
}
PRODUCTS = _items("""
Skovsko str. 42; Rosenbusk 'Bonica'; Stenfliser 40x40; Kaffe 500 g; Holmegaard vase; Markise 3 m
""")
STATEMENT_TEXTS = _items("""
Dankort-køb Netto; MobilePay-køb; Betalingsservice Energi Øst; Visa-køb Rejsekort;
Overførsel ref. NNNNNNNN; FI-betaling +71<NNNNNNNNNNNNNNN+8NNNNNNN<
""")


def csv_negative(rng: random.Random) -> Doc:
    """Shipments, stock or a bank statement: numbers of every shape, no person."""
    d, sh = Doc(rng), sheet(rng)
    kind = weighted(rng, "shipments:30 stock:35 statement:35")
    d.add(sh.row(NEGATIVE_SHEETS[kind][sh.en]))
    balance = rng.randint(2_000, 80_000)
    cells: tuple[str, ...]
    for _ in range(rng.randint(3, 9)):
        if kind == "shipments":
            state = rng.choice(("Leveret", "Undervejs", "Klar til afhentning"))
            weight = f"{rng.randint(0, 30)},{rng.randint(0, 9)}"
            cells = (
                order_no(rng),
                fill(rng, *TRACKING_NOS),
                state,
                weight,
                when(rng, 2024, 2024, "iso"),
            )
        elif kind == "stock":
            price = f"{rng.randint(20, 4000)},{rng.choice(('00', '95', '50'))}"
            sku = fill(rng, rng.choice("ABKMS") + "NNNNN")
            cells = (sku, rng.choice(PRODUCTS), fill(rng, EAN), str(rng.randint(1, 40)), price)
        else:
            spent = rng.randint(20, 3000)
            balance -= spent
            text = fill(rng, *STATEMENT_TEXTS)
            cells = (when(rng, 2024, 2024, "dots4"), text, f"-{spent},00", f"{balance},00")
        d.add(sh.row(cells))
    return d


def csv_paste(rng: random.Random) -> Doc:
    d, sh = Doc(rng), sheet(rng)
    en, row = sh.en, sh.row
    keys = ["name" if rng.random() < 0.7 else "first_last"]
    keys += rng.sample(
        (
            "cpr",
            "dob",
            "addr",
            "phone",
            "email",
            "account",
            "iban",
            "plate",
            "amount",
            "date",
            "customer",
        ),
        rng.randint(3, 6),
    )
    if rng.random() < 0.5:
        rng.shuffle(keys)
    split = rng.random() < 0.4
    header: list[str] = []
    for key in keys:
        if key == "first_last":
            header += ["First name", "Last name"] if en else ["Fornavn", "Efternavn"]
        elif key == "addr" and split:
            header += ["Street", "Zip", "City"] if en else ["Adresse", "Postnr", "By"]
        else:
            header.append(CSV_COLUMNS[key][en])
    if rng.random() < 0.3:
        header = [h.upper() for h in header]
    d.add(row(header))
    for _ in range(rng.randint(2, 7)):
        p, a = person(rng, 18, 90), address(rng)
        cells: list[Part] = []
        for key in keys:
            cells += csv_cell(rng, key, p, a, split)
        d.add(row(cells))
    return d


# ------------------------------------------------------------------ PDF to text
def columns(left: Sequence[Part], right: Sequence[str], width: int) -> list[Part]:
    """Two page columns side by side, as text extraction interleaves them."""
    out: list[Part] = []
    for i in range(max(len(left), len(right))):
        lp = left[i] if i < len(left) else ""
        rp = right[i] if i < len(right) else ""
        out += [lp, " " * max(2, width - len(plain(lp))) + rp if rp else "", "\n"]
    return out


def pdf_negative(rng: random.Random) -> Doc:
    d = Doc(rng, identity, ligatures)
    width = rng.randint(40, 60)
    if rng.random() < 0.5:
        org = rng.choice(NAMED_ORGS)
        issued = some_date(rng, 2024, 2024)
        d.add(
            columns(
                [
                    org,
                    f"Postboks {rng.randint(100, 9999)}",
                    rng.choice(POSTAL),
                    f"Stiftet {when(rng, 1960, 2010, 'dots4')}",
                ],
                [
                    f"Faktura nr. {issued:%d%m%y}-{rdigits(rng, 4)}",
                    f"Fakturadato: {issued:%d.%m.%Y}",
                    f"CVR-nr. {cvr(rng)}",
                    f"Kundenr. {kundenr(rng)}",
                ],
                width,
            ),
            "\nF A K T U R A\n\n",
        )
        total = 0
        for item in rng.sample(
            ("Arbejdsløn", "Kørsel", "Materialer", "Miljøtillæg", "Serviceeftersyn", "Reservedele"),
            3,
        ):
            price = rng.randint(150, 9000)
            total += price
            d.add(f"{item:<28}{price:>8},00 kr.\n")
        d.add(
            f"{'Moms 25 %':<28}{total // 4:>8},00 kr.\n{'I alt':<28}{total + total // 4:>8},00 "
            "kr.\n\n"
            f"Betales senest {fmt_date(rng, issued + timedelta(days=8))} med FI-kort "
            f"{fill(rng, FIK)}. EAN {fill(rng, EAN)}.\n"
            "Side 1 af 1\n\f"
        )
        return d
    org = rng.choice(CREDITORS + BANKS)
    d.add(
        columns(
            [org, f"Postboks {rng.randint(100, 9999)}", rng.choice(POSTAL)],
            [f"CVR-nr. {cvr(rng)}", f"P-nr. {fill(rng, P_NO)}", f"EAN {fill(rng, EAN)}"],
            width,
        ),
        f"\nP R I S L I S T E  {rng.choice((2024, 2025))}\n\n",
    )
    for item in rng.sample(
        (
            "Grundgebyr",
            "Kontoførelse",
            "Dankort",
            "Visa/Dankort",
            "Netbank",
            "Overførsel til udland",
            "Rykkergebyr",
            "Kontoudskrift",
        ),
        5,
    ):
        d.add(
            f"{item:<28}{rng.randint(0, 400):>6},00 kr.   pr. "
            f"{rng.choice(('md.', 'år', 'stk.', 'kvartal'))}\n"
        )
    d.add(f"\nPriserne gælder fra {when(rng, 2024, 2024, 'long')}. Side 1 af 1\n\f")
    return d


def pdf(rng: random.Random) -> Doc:
    d = Doc(rng, identity, ligatures)
    width = rng.randint(40, 60)
    p = person(rng, 20, 85)
    a = address(rng)
    org = rng.choice(BANKS + PENSIONS + CREDITORS)
    if rng.random() < 0.5:
        left: list[Part] = [
            P(name(rng, p, rng.choice(("full", "short")))),
            addr_street(a),
            a.postal,
        ]
        right = [
            f"Dato: {when(rng, 2024, 2024, 'dots4')}",
            f"Sagsnr.: {case_no(rng)}",
            f"Kundenr.: {kundenr(rng)}",
            "Side 1 af 2",
        ]
        d.add(f"{org}\n\n", columns(left, right, width), "\n")
        d.add(
            "Kære ",
            P(name(rng, p, rng.choice(("short", "full", "first")))),
            "\n\n",
            f"Vi har den {when(rng, 2024, 2024, 'long')} modtaget din henvendelse om\n",
            "overførslen fra konto ",
            bank_account(rng),
            " til\n",
            "kontoen ",
            iban(rng),
            ". Beløbet på\n",
            f"{amount(rng, 1_000, 90_000)} kan desværre ikke kaldes tilbage, da\n",
            "modtagerbanken har udbetalt det. Vi har noteret, at du\n",
            "er blevet kontaktet fra nummeret ",
            phone(rng, 0.4),
            ".\n\n",
            "Med venlig hilsen\n\n",
            P(name(rng, staff(rng), "short")),
            "\nKundeansvarlig\n\n",
            f"{org} · CVR {cvr(rng)}                         Side 1 af 2\n\f",
        )
    else:
        # a pay slip: personal data in both columns
        left = [P(name(rng, p, rng.choice(("full", "short")))), addr_street(a), a.postal, ""]
        right_parts: list[Part] = [
            ["Lønperiode: ", f"{rng.choice(MONTHS)} {rng.choice((2023, 2024))}"],
            ["Medarb.nr.: ", rdigits(rng, 5)],
            ["CPR-nr.: ", cpr(rng, p, rng.choice(("dash", "plain")))],
            ["Konto: ", bank_account(rng, "space")],
        ]
        d.add(f"LØNSEDDEL\n{rng.choice(NAMED_ORGS)}\n\n")
        for i in range(4):
            lp = left[i]
            d.add(lp, " " * max(2, width - len(plain(lp))), right_parts[i], "\n")
        d.add(
            f"\nTekst                      Sats        Antal        Beløb\n"
            "Månedsløn                              1,00   "
            f"{rng.randint(22, 60)}.{rng.randint(100, 999)},00\n"
            "AM-bidrag                    8 %              "
            f"-{rng.randint(1, 4)}.{rng.randint(100, 999)},00\n"
            f"A-skat                      {rng.randint(30, 42)} %             "
            f"-{rng.randint(5, 15)}.{rng.randint(100, 999)},00\n"
            f"ATP                                           -99,00\n"
            f"\nUdbetales {when(rng, 2024, 2024, 'dots4')} til NemKonto.   Side 1 af 1\n\f"
        )
    return d


# ------------------------------------------------------------------ ALL CAPS forms
def caps_negative(rng: random.Random) -> Doc:
    """A blank form or a till receipt in capitals."""
    d = Doc(rng, upper)
    if rng.random() < 0.4:
        d.add(
            f"{rng.choice(NAMED_ORGS)}\nKvittering\n\nKasse {rng.randint(1, 9)}  Bon "
            f"{rdigits(rng, 6)}  "
            f"{when(rng, 2024, 2024, 'dots4')} {clock(rng, ':')}\n\n"
            f"Skovsko str. 42            {rng.randint(200, 900)},00\nRosenbusk                  "
            f"{rng.randint(50, 300)},00\n"
            f"I alt                      {amount(rng, 250, 1200)}\nDankort  "
            f"************{rdigits(rng, 4)}\n"
            f"Godkendt {rdigits(rng, 6)}  Terminal {rdigits(rng, 8)}\n\nByttes inden 30 dage "
            "mod kvittering.\n"
            f"CVR {cvr(rng)}\n"
        )
        return d
    d.add(
        f"Blanket {rng.choice(('A', 'B', 'K'))}{rng.randint(10, 99)} – ansøgning om "
        f"{rng.choice(('boligstøtte', 'briller', 'friplads', 'parkeringslicens'))}\n"
        "Udfyldes med blokbogstaver\n\nNavn: ______________________\nCPR-nr.: ______-____\n"
        "Adresse: ______________________  Postnr.: ____  By: __________\nTelefon: __ __ __ "
        "__\n\n"
        f"Blanketten sendes til Borgerservice, Postboks {rng.randint(100, 9999)}, "
        f"{rng.choice(POSTAL)}, "
        f"senest {when(rng, 2024, 2024, 'long')}. Sagsnr. udfyldes af kommunen. Side 1 af 2\n"
    )
    return d


def caps_form(rng: random.Random) -> Doc:
    """A form in capitals, or one whose values were typed with caps lock on."""
    d = Doc(rng, upper) if rng.random() < 0.6 else Doc(rng, shout=True)
    p = person(rng, 18, 90)
    a = address(rng)
    if rng.random() < 0.5:
        rel = relative(rng, p, 18, 65)
        d.add(
            "Fuldmagt\n\nUndertegnede ",
            P(name(rng, p, "full")),
            ", CPR-nr. ",
            cpr(rng, p),
            ", bosat ",
            addr_inline(a),
            ", giver hermed ",
            P(name(rng, rel, rng.choice(("full", "short")))),
            ", født ",
            dob(rng, rel, rng.choice(("dots4", "long", "dots2"))),
            f", fuldmagt til at handle på mine vegne over for {rng.choice(BANKS + PENSIONS)}, "
            "herunder at "
            "spærre kort og konti og anmelde svindel til politiet.\n\n",
            f"Dato: {when(rng, 2024, 2024, 'dots4')}\nUnderskrift: ",
            P(p.short),
            "\n",
            "Vitterlighedsvidne: ",
            P(name(rng, person(rng, 20, 80), "short")),
            ", ",
            addr_any(rng, address(rng)),
            "\n",
        )
    else:
        rows: list[tuple[str, Part]] = [
            ("Navn", P(name(rng, p, rng.choice(("full", "short", "last_first"))))),
            ("CPR-nr.", cpr(rng, p)),
        ]
        split = rng.random() < 0.4
        rows.append(("Adresse", addr_street(a) if split else addr_inline(a)))
        if split:
            rows.append(("Postnr. og by", a.postal.upper()))
        rows += [("Telefon", phone(rng)), ("E-mail", email(rng, p))]
        if rng.random() < 0.5:
            rows.append(("Konto (reg.nr. og kontonr.)", bank_account(rng)))
        if rng.random() < 0.5:
            rows.append(("Bilens reg.nr.", plate(rng)))
        d.add(
            f"Skema {rng.choice(('01', '07', '12'))}: {rng.choice(FORM_TITLES)}\n\n",
            fields(rows, pad=rng.random() < 0.5),
            "\nJeg erklærer på tro og love, at oplysningerne er rigtige.\nDato: "
            f"{when(rng, 2024, 2024, 'dots4')}\n",
        )
    return d


# ------------------------------------------------------------------ the set
Maker = Callable[[random.Random], Doc]
# name: (positive, negative, weight)
GENRES: dict[str, tuple[Maker, Maker, int]] = {
    "crm": (crm, crm_negative, 11),
    "police": (police, police_negative, 10),
    "inkasso": (inkasso, inkasso_negative, 8),
    "pension": (pension, pension_negative, 10),
    "aula": (aula, aula_negative, 10),
    "referral": (referral, referral_negative, 9),
    "transcript": (transcript, transcript_negative, 9),
    "expat": (expat, expat_negative, 8),
    "forwarded": (forwarded, forwarded_negative, 8),
    "chat": (chat, chat_negative, 9),
    "csv": (csv_paste, csv_negative, 7),
    "pdf": (pdf, pdf_negative, 6),
    "caps": (caps_form, caps_negative, 6),
}


def generate(seed: int = SEED, size: int = SIZE) -> list[Item]:
    rng = random.Random(seed)
    negatives = round(size * NEGATIVE_SHARE)
    plan = [True] * negatives + [False] * (size - negatives)
    rng.shuffle(plan)
    names = list(GENRES)
    weights = [GENRES[n][2] for n in names]
    items: list[Item] = []
    for neg in plan:
        positive, negative, _ = GENRES[rng.choices(names, weights)[0]]
        make = negative if neg else positive
        item = make(rng).item()
        if item["kind"] != ("negative" if neg else "positive"):
            raise AssertionError(
                f"{make.__name__} made a {item['kind']} document: {item['text']!r}"
            )
        items.append(item)
    return items


def main(argv: Sequence[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind4.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for item in generate():
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
