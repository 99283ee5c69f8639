"""Rules written in the sixth session of 2026-12-06 on the errors of the fifty-fifth to
fifty-seventh blind sets, read once first: a card blocked "som aftalt"; a domain that is the
subject of an invoice ("Betaling for mads-it.dk"); "Advarsel mod …" and "banken aldrig ringer
og beder om koder" as warnings; "Jeg blev ikke bedt om at godkende noget" and "hun ikke havde
brug for koder" as nothing asked; a caller who will pay you back ("så betaler han mig tilbage
på MobilePay"); Landbrugsstyrelsen and Stripe in the directory. On the misses: "Godkend" and
"Forlæng" as actions beside a link that is not the brand's, and "Bekræft din identitet", which
asks by itself. Each is checked on its story and on a neighbour that must keep its verdict."""

from __future__ import annotations

from tests.messages.helpers import verdict_and_codes

FLAGGED = ("scam", "suspicious")


def test_a_card_blocked_as_agreed_is_no_account_threat() -> None:
    verdict, codes = verdict_and_codes(
        "Sydbank: Dit Visa/Dankort sluttende på 4471 er spærret som aftalt i telefonen. Et nyt "
        "kort sendes til din folkeregisteradresse inden for 5 hverdage.",
        "sms",
    )
    assert verdict not in FLAGGED
    assert "account_deadline" not in codes


def test_a_card_to_be_blocked_today_is_still_an_account_threat() -> None:
    _, codes = verdict_and_codes(
        "Sydbank: Dit Visa/Dankort spærres i dag, hvis du ikke bekræfter dine oplysninger.",
        "sms",
    )
    assert "account_deadline" in codes


def test_a_registrars_invoice_names_the_domain_it_renews() -> None:
    verdict, codes = verdict_and_codes(
        "Fra: Punktum dk <info@punktum.dk>\nEmne: Betaling for mads-it.dk\n\nKære Mads\n\nDit "
        "domænenavn mads-it.dk skal fornyes senest 31. maj. Prisen er 56,25 kr. Du kan betale i "
        "selvbetjeningen på punktum.dk.",
        "email",
    )
    assert verdict not in FLAGGED
    assert "foreign_link_request" not in codes


def test_a_payment_link_after_betaling_for_is_still_a_link() -> None:
    verdict, codes = verdict_and_codes(
        "Fra: Punktum dk <info@punktum-dk.com>\nEmne: Betaling\n\nDit domæne skal fornyes i "
        "dag. Betaling for https://punktum-betaling.com/forny",
        "email",
    )
    assert verdict in FLAGGED
    assert "foreign_link_request" in codes


def test_an_authoritys_warning_against_platforms_is_a_warning() -> None:
    _, codes = verdict_and_codes(
        "Fra: Finanstilsynet <nyheder@ftnet.dk>\nEmne: Advarsel mod ulovlige "
        "investeringsplatforme\n\nFinanstilsynet har offentliggjort nye advarsler mod platforme "
        "uden tilladelse, der lover 14 % månedligt afkast.",
        "email",
    )
    assert "warns_about_scams" in codes


def test_a_bank_call_that_reminds_the_bank_never_asks_for_codes() -> None:
    verdict, codes = verdict_and_codes(
        "Jeg blev ringet op af banken dagen efter, at jeg selv havde spærret mit kort. De ville "
        "høre, om jeg havde fået det nye kort, og mindede mig om, at banken aldrig ringer og "
        "beder om koder.",
        "call",
    )
    assert verdict != "scam"
    assert "warns_about_scams" in codes


def test_a_call_that_did_not_ask_for_an_approval_asked_nothing() -> None:
    verdict, codes = verdict_and_codes(
        "Jeg blev ringet op af Lån & Spar om mit nye kort. Medarbejderen bekræftede min adresse. "
        "Jeg blev ikke bedt om at godkende noget i MitID.",
        "call",
    )
    assert verdict != "scam"
    assert "asked_nothing" in codes and "read_out_code" not in codes


def test_a_caller_who_had_no_need_of_codes_asked_nothing() -> None:
    _, codes = verdict_and_codes(
        "Jeg blev ringet op af Nordea om en kortbetaling. Rådgiveren sagde, at kortet var "
        "spærret, og at hun ikke havde brug for koder eller godkendelser.",
        "call",
    )
    assert "asked_nothing" in codes


def test_a_son_who_will_pay_you_back_asks_no_transfer() -> None:
    _, codes = verdict_and_codes(
        "Jeg blev ringet op af Mads fra hans sædvanlige nummer. Han spurgte, om jeg kunne booke "
        "en færgebillet til ham, så betaler han mig tilbage på MobilePay.",
        "call",
    )
    assert "call_transfer" not in codes


def test_a_caller_who_wants_paying_by_mobilepay_asks_a_transfer() -> None:
    _, codes = verdict_and_codes(
        "Jeg blev ringet op af en mand, der sagde, at jeg skulle betale via MobilePay for at få "
        "pakken udleveret.",
        "call",
    )
    assert "call_transfer" in codes


def test_landbrugsstyrelsens_post_notice_linking_its_own_site_is_no_phish() -> None:
    verdict, codes = verdict_and_codes(
        "Fra: Landbrugsstyrelsen <noreply@lbst.dk>\nEmne: Du har fået nyt brev i Digital Post\n\n"
        "Landbrugsstyrelsen har sendt dig et brev om udbetaling af grundbetaling. Du kan læse "
        "brevet i Digital Post på mit.dk eller borger.dk. Læs mere på lbst.dk.",
        "email",
    )
    assert verdict not in FLAGGED
    assert "post_notice_link" not in codes


def test_a_post_notice_in_landbrugsstyrelsens_name_off_its_domain_is_flagged() -> None:
    verdict, _ = verdict_and_codes(
        "Landbrugsstyrelsen: Du har fået nyt brev i Digital Post om din grundbetaling. Læs det "
        "her: https://lbst-digitalpost.com/brev",
        "sms",
    )
    assert verdict in FLAGGED


def test_approve_here_beside_a_brands_foreign_link_is_brand_phishing() -> None:
    verdict, codes = verdict_and_codes(
        "Fra: Skattestyrelsen <forskud@skattestyrelsen-info.com>\nEmne: Din forskudsopgørelse\n\n"
        "Din forskudsopgørelse er klar. Godkend her: https://skattestyrelsen-info.com/forskud",
        "email",
    )
    assert verdict == "scam"
    assert "foreign_link_request" in codes


def test_extend_the_storage_on_a_carriers_foreign_link_is_brand_phishing() -> None:
    verdict, codes = verdict_and_codes(
        "DAO Pakkeshop: Din pakke har ligget hos os i 7 dage. Forlæng opbevaringen her: "
        "daoshop-forlaeng.com",
        "sms",
    )
    assert verdict == "scam"
    assert "foreign_link_request" in codes


def test_confirm_your_identity_asks_by_itself() -> None:
    _, codes = verdict_and_codes(
        "Din konto er rapporteret for misbrug. Bekræft din identitet inden 24 timer på vores "
        "verifikationsside.",
        "email",
    )
    assert "credential_request" in codes


def test_your_identity_was_confirmed_asks_nothing() -> None:
    _, codes = verdict_and_codes(
        "Tak, din identitet er bekræftet, og din konto er oprettet. Du behøver ikke gøre mere.",
        "email",
    )
    assert "credential_request" not in codes


def test_a_courier_sent_for_the_card_as_agreed_is_still_a_card_courier() -> None:
    verdict, codes = verdict_and_codes(
        "Nordea: Som aftalt i telefonen afhenter vores kurer dit betalingskort i dag. Læg kortet "
        "i en kuvert med din pinkode.",
        "sms",
    )
    assert verdict == "scam"
    assert "card_courier" in codes


def test_confirm_your_identity_quoted_as_an_example_asks_nothing() -> None:
    _, codes = verdict_and_codes(
        "Fra: Mit Digitale Selvforsvar\nEmne: Sådan ser svindel med valgkort ud\n\nEksempel: 'Dit "
        "valgkort er klar. Bekræft din identitet for at aktivere stemmeret: [link]'. Valgkort "
        "kræver aldrig MitID-login.",
        "email",
    )
    assert "credential_request" not in codes


# The fifty-eighth to sixtieth sets' errors (read once after the rules above).


def test_a_registrars_own_page_listing_a_customers_domain_is_no_foreign_link() -> None:
    verdict, codes = verdict_and_codes(
        "https://punktum.dk/selvbetjening\nPunktum dk – Selvbetjening\nLog på med MitID for at "
        "se dine domænenavne.\ncafebonnen.dk – Status: Aktiv – Betalt til 31.10.2027",
        "url",
    )
    assert verdict not in FLAGGED
    assert "link_not_own_domain" not in codes


def test_a_page_whose_address_is_not_the_brands_is_still_flagged() -> None:
    verdict, codes = verdict_and_codes(
        "https://punktum-selvbetjening.com/login\nPunktum dk – Selvbetjening\nDit domæne "
        "lukkes i dag. Betal fornyelsen her.",
        "url",
    )
    assert verdict in FLAGGED
    assert "link_not_own_domain" in codes


def test_a_code_to_be_written_here_is_a_code_sent_back() -> None:
    verdict, codes = verdict_and_codes(
        "Hej Sofie, jeg er ved at oprette dig i klassens WhatsApp-gruppe, men den skal have den "
        "kode du lige fik. Skriv den her?",
        "sms",
    )
    assert verdict == "scam"
    assert "code_sent_back" in codes


def test_a_request_in_the_app_to_approve_is_read_out_code() -> None:
    _, codes = verdict_and_codes(
        "Jeg blev ringet op af 'MitID Support'. Han sagde, at jeg ville få en anmodning i appen, "
        "som jeg skulle godkende.",
        "call",
    )
    assert "read_out_code" in codes


def test_an_invoice_to_be_paid_elsewhere_instead_is_a_changed_account() -> None:
    _, codes = verdict_and_codes(
        "Hej det er Thomas fra Hørkram. Vores betalingsservice er nede, så jeres faktura på "
        "8.760 kr. kan betales på MobilePay Box 4471 i stedet.",
        "sms",
    )
    assert "changed_account" in codes


def test_an_inspectors_call_with_nothing_to_pay_asks_nothing() -> None:
    verdict, codes = verdict_and_codes(
        "Jeg blev ringet op af en kontrollant fra Fødevarestyrelsen. Hun sagde, at der ikke "
        "skulle betales noget, og at jeg kunne finde hovednummeret på foedevarestyrelsen.dk.",
        "call",
    )
    assert verdict not in FLAGGED
    assert "asked_nothing" in codes and "foreign_link_request" not in codes


# The sixty-first to sixty-third sets' false alarms (read once after the rules above).


def test_a_card_blocked_after_the_customers_call_is_no_account_threat() -> None:
    _, codes = verdict_and_codes(
        "Sydbank: Vi har spærret dit kort efter din opringning. Dit nye kort sendes til din "
        "adresse inden for 5 hverdage.",
        "sms",
    )
    assert "account_deadline" not in codes


def test_card_details_to_update_in_mobilepay_are_typed_in_your_own_app() -> None:
    _, codes = verdict_and_codes(
        "Nets: Dit nye kort er aktiveret. Husk at opdatere kortoplysningerne i MobilePay og dine "
        "abonnementer.",
        "sms",
    )
    assert "credential_request" not in codes and "policy_asks_for" not in codes


def test_card_details_to_update_here_are_still_asked_for() -> None:
    _, codes = verdict_and_codes(
        "Dit kort er spærret. Opdater dine kortoplysninger her inden 24 timer.",
        "sms",
    )
    assert "credential_request" in codes


def test_have_you_approved_something_in_mitid_asks_no_approval() -> None:
    verdict, codes = verdict_and_codes(
        "Danske Bank: Julen er højsæson for svindel. Har du godkendt noget i MitID, du ikke selv "
        "har startet, så ring til os straks på nummeret i appen og spær MitID.",
        "sms",
    )
    assert verdict not in FLAGGED
    assert "read_out_code" not in codes
