"""The labelled corpora: real messages (English SMS, Danish messages quoted by public
sources) and marked synthetic Danish messages from templates.

Only real messages are ever scored. Synthetic ones train. Real Danish messages in
`data/corpus/real/` train; the Danish test set is `data/corpus/real/fresh/`: messages
collected after the rules were written and read only by `vaern model evaluate`. A test set
that has been read while rules were written joins training, and a new one is collected
(the first held-out side, two fifths of the families by a hash of their names, went that
way in issue 15).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

SEED = 20261123


@dataclass(frozen=True)
class Example:
    text: str
    label: int  # 1 scam, 0 legitimate
    lang: str
    channel: str
    source: str
    synthetic: bool = False
    family: str = ""  # real messages: campaign or template; splits keep a family together
    kind: str = ""  # real Danish messages: scam, legit or warning (a text about scams)


def _data() -> Path:
    return Path(str(resources.files("vaern.messages") / "data" / "corpus"))


def read_jsonl(path: Path) -> Iterator[Example]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            yield Example(
                d["text"],
                int(d["label"]),
                d["lang"],
                d["channel"],
                d["source"],
                bool(d.get("synthetic", False)),
                d.get("family", ""),
                d.get("kind", ""),
            )


FILL = {
    "amount": ["19,00 kr", "12 kr.", "29,95 DKK", "8,50 kr", "35 kr"],
    "code": ["482913", "771204", "390551", "118822"],
    "pkg": ["DK48213377", "YF-2521556", "00370712345678", "PN9981123"],
    "bad": [
        "https://mitid-dk.info/forny",
        "http://postnord-levering.com/betal",
        "bit.ly/3xPkT9q",
        "https://skat-refusion.online/krav",
        "https://nets-sikkerhed.com/kort",
        "http://mit1d.dk.verify-login.app",
        "https://e-boks-dk.top/post",
        "https://gls-pakke.site/track",
        "https://danskebank-kunde.net/login",
    ],
    "time": ["kl. 10:30", "kl. 14:15", "kl. 08:45", "kl. 16:00"],
    "day": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag"],
    "name": ["Anna", "Jens", "Mette", "Lars"],
}
SCAM_TEMPLATES = [
    "MitID: Din MitID udløber i dag. Forny den her for at undgå spærring: {bad}",
    "PostNord: Din pakke {pkg} afventer betaling af told {amount}. Betal inden 24 timer: {bad}",
    "Skattestyrelsen: Du har en tilbagebetaling på 4.388 kr. Indtast dine kortoplysninger: {bad}",
    "Nets: Dit kort er spærret pga. mistænkelig aktivitet. Bekræft dit kortnummer og CVV: {bad}",
    "Hej mor, jeg har fået nyt nummer, min telefon gik i stykker. Kan du overføre 4.500 kr?",
    "e-Boks: Du har modtaget en vigtig meddelelse. Log ind med MitID for at læse den: {bad}",
    "GLS: Vi kunne ikke levere din pakke {pkg}. Betal gebyr på {amount} for ny levering: {bad}",
    "Din bank: Din konto lukkes i dag. Bekræft dine oplysninger straks: {bad}",
    "Hej far, det er mig. Jeg har mistet min telefon, skriv til mig på WhatsApp på dette nummer",
    "Du har vundet et gavekort på 5.000 kr. fra Netto! Hent din præmie her: {bad}",
    "MobilePay: Din konto er suspenderet. Genaktiver med din MitID-kode: {bad}",
    "Opkald fra Nets: de sagde at min konto blev hacket og bad om mine koder og CPR-nummer",
    "En mand fra banken ringede og bad mig installere AnyDesk så han kunne stoppe svindel",
    "DAO: Din forsendelse er tilbageholdt. Betal porto {amount} inden midnat: {bad}",
    "Microsoft support ringede: min computer er hacket, jeg skal give dem fjernadgang via "
    "TeamViewer",
    "Sidste frist: Din faktura er overgivet til inkasso. Betal {amount} nu: {bad}",
    # Later wordings of the scams that public Danish warnings describe (written here).
    "Borger.dk: Du har ret til energitilskud på 2.750 kr. Angiv dit kortnummer for at få "
    "det udbetalt: {bad}",
    "Din MitID-app skal opdateres senest i dag, ellers lukkes adgangen. Opdater her: {bad}",
    "Hej, jeg vil gerne købe din vare på DBA. Jeg har betalt via fragtfirmaet, bekræft "
    "betalingen med dine kortoplysninger: {bad}",
    "En kvinde ringede fra Danske Bank og sagde at der var svindel på min konto. Hun bad mig "
    "læse koden fra MitID op",
    "Netflix: Din betaling blev afvist og dit abonnement stoppes. Opdater dit kort inden 24 "
    "timer: {bad}",
    "Hej mor, min telefon er gået i stykker, det her er mit nye nummer. Kan du hjælpe med en "
    "regning på 6.800 kr i dag?",
    "Toldstyrelsen: Din forsendelse {pkg} er tilbageholdt. Betal afgift {amount} for at få "
    "den frigivet: {bad}",
    "Politiet ringede og sagde at mit CPR-nummer var misbrugt, og at jeg skulle flytte mine "
    "penge til en sikker konto",
    "Tillykke! Du er udtrukket som vinder af en iPhone. Betal kun fragt {amount}: {bad}",
    "Nordea: Vi har registreret et nyt login fra ukendt enhed. Hvis det ikke var dig, "
    "spær her med MitID: {bad}",
    "Investér 2.000 kr i krypto i dag og få 40.000 kr om en måned. Tilmeld dig nu: {bad}",
    "Skat: Du har betalt for meget i skat. Få refusion på 3.127 kr ved at bekræfte dine "
    "bankoplysninger: {bad}",
]
LEGIT_TEMPLATES = [
    "Din engangskode til MitID er {code}. Del aldrig koden med andre.",
    "PostNord: Din pakke {pkg} er klar til afhentning i din pakkeboks. Se den i PostNord-appen.",
    "Påmindelse: Du har tid hos tandlægen {day} {time}. Svar NEJ for at aflyse.",
    "Din faktura fra Norlys er klar. Beløbet trækkes automatisk via Betalingsservice.",
    "Du har ny post i Digital Post fra Skattestyrelsen. Log på borger.dk eller i appen.",
    "GLS: Din pakke {pkg} leveres i dag mellem 12 og 16.",
    "Hej {name}, vi ses til fodbold {day} {time}. Husk drikkedunk!",
    "Din årsopgørelse er klar på skat.dk. Log på med MitID for at se den.",
    "Tak for din bestilling hos Matas. Ordren er afsendt og leveres 1-3 hverdage.",
    "Lægehuset: Din vaccinationstid er bekræftet {day} {time}.",
    "Din bestilling af nyt betalingskort er modtaget. Kortet sendes til din folkeregisteradresse.",
    "DSB: Dit tog {day} {time} er forsinket ca. 10 minutter.",
    "Hej mor, jeg kommer sent hjem i dag, vi spiser hos {name}.",
    "Din kode til Nem Login er {code}. Koden udløber om 5 minutter.",
    "Elgiganten: Din vare er klar til afhentning i butikken. Medbring ordrenummer {pkg}.",
    "Bibliotek: Husk at aflevere dine lån senest {day}. Forny på bibliotek.dk",
    # Later: legitimate notifications that look like the scams.
    "PostNord: Vi har modtaget din pakke {pkg}. Du får besked, når den er klar til afhentning.",
    "Din MitID-app er opdateret. Har du ikke selv gjort det, så ring til MitID support.",
    "Danske Bank: Du har modtaget {amount} fra {name} via MobilePay.",
    "Vi har trukket {amount} for dit abonnement. Kvitteringen ligger i appen.",
    "Tandlægen: Husk din tid {day} {time}. Ring til klinikken, hvis du er forhindret.",
    "Hej {name}, tak for i går! Skal vi ses igen på {day}?",
    "Bring: Din pakke {pkg} er leveret ved hoveddøren {time}.",
    "Din sikkerhedskode til Nordea er {code}. Nordea beder dig aldrig om at oplyse koden.",
    "Norlys: Din elregning for oktober er klar i appen og betales via Betalingsservice.",
    "Skattestyrelsen: Din forskudsopgørelse er ændret. Se den på skat.dk.",
    "Apoteket: Din medicin er klar til afhentning. Husk dit sundhedskort.",
    "Hej far, toget er forsinket, jeg er hjemme ca. {time}.",
]


def _fill(template: str, rng: random.Random) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: rng.choice(FILL[m.group(1)]), template)


def _channel(text: str) -> str:
    return "call" if re.search(r"(?i)ringede|opkald", text) else "sms"


def synthetic(per_template: int = 8) -> list[Example]:
    """Messages filled in from the templates above: training only, never scored."""
    rng = random.Random(f"{SEED}-templates")
    out: list[Example] = []
    for label, templates in ((1, SCAM_TEMPLATES), (0, LEGIT_TEMPLATES)):
        for i, template in enumerate(templates):
            texts = {_fill(template, rng) for _ in range(per_template)}
            for text in sorted(texts):
                source = f"synthetic:template-{label}-{i}"
                out.append(Example(text, label, "da", _channel(text), source, True))
    return out


def training_templates(per_template: int = 12) -> list[Example]:
    """Messages from `da_train_templates.yaml` (Danish, and English call descriptions):
    training only, one source per template."""
    data = yaml.safe_load((_data() / "da_train_templates.yaml").read_text(encoding="utf-8"))
    fill: dict[str, list[str]] = data["fill"]
    rng = random.Random(f"{SEED}-train-templates")
    out: list[Example] = []
    sections = (("da", 0, "legit"), ("da", 1, "scam"), ("en", 0, "en_legit"), ("en", 1, "en_scam"))
    for lang, label, key in sections:
        for name, template in data[key].items():
            texts = {
                re.sub(r"\{(\w+)\}", lambda m: rng.choice(fill[m.group(1)]), template)
                for _ in range(per_template)
            }
            for text in sorted(texts):
                channel = "call" if lang == "en" else _channel(text)
                out.append(
                    Example(text, label, lang, channel, f"synthetic:{lang}-train-{name}", True)
                )
    return out


def _shingles(text: str) -> set[str]:
    t = re.sub(r"\W+", " ", text.lower())
    return {t[i : i + 8] for i in range(max(1, len(t) - 7))}


def real_danish() -> list[Example]:
    """The real Danish messages quoted by public sources (`data/corpus/real/`): scams,
    organisations' own notifications and their published warnings about scams."""
    return _real(_data() / "real")


def fresh_danish() -> list[Example]:
    """The Danish test set (`data/corpus/real/fresh/`), before near-duplicates of training
    messages are dropped."""
    return _real(_data() / "real" / "fresh")


def _real(folder: Path) -> list[Example]:
    return [ex for path in sorted(folder.glob("da_*.jsonl")) for ex in read_jsonl(path)]


def split() -> tuple[list[Example], list[Example]]:
    """Deterministic train/test split. Only real messages are scored: English SMS (80/20)
    and the fresh real Danish messages, each without near-duplicates of a training message
    and without families that training has. Synthetic messages only ever train."""
    train, evaluation = _split()
    return list(train), list(evaluation)


@lru_cache(maxsize=1)
def _split() -> tuple[tuple[Example, ...], tuple[Example, ...]]:
    en = list(read_jsonl(_data() / "en_sms.jsonl"))
    quoted = list(read_jsonl(_data() / "da_quoted.jsonl"))
    rng = random.Random(SEED)
    rng.shuffle(en)
    cut = len(en) * 4 // 5
    synthetic_all = synthetic() + training_templates()
    train = en[:cut] + quoted + synthetic_all + real_danish()
    return tuple(train), tuple(apart(en[cut:] + fresh_danish(), train))


def apart(candidates: list[Example], train: list[Example]) -> list[Example]:
    """The candidates that may be scored: none of a family training has, none sharing
    half its 8-character shingles with one training message or with a candidate kept
    before it (two collectors may quote the same message)."""
    overlap = Overlap(train)
    families = {ex.family for ex in train if ex.family}
    kept: list[Example] = []
    seen = Overlap([])
    for ex in candidates:
        if ex.family in families or overlap.max_share(ex.text) >= NEAR_DUPLICATE:
            continue
        if seen.max_share(ex.text) >= NEAR_DUPLICATE:
            continue
        seen.add(ex)
        kept.append(ex)
    return kept


NEAR_DUPLICATE = 0.5  # share of an evaluation message's shingles found in one training message


class Overlap:
    """Largest share of a text's 8-character shingles that one training message contains."""

    def __init__(self, train: list[Example]) -> None:
        self.index: dict[str, set[int]] = {}
        self.size = 0
        for ex in train:
            self.add(ex)

    def add(self, ex: Example) -> None:
        for s in _shingles(ex.text):
            self.index.setdefault(s, set()).add(self.size)
        self.size += 1

    def max_share(self, text: str) -> float:
        sh = _shingles(text)
        counts: dict[int, int] = {}
        for s in sh:
            for n in self.index.get(s, ()):
                counts[n] = counts.get(n, 0) + 1
        return max(counts.values(), default=0) / len(sh)
