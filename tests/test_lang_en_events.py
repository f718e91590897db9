"""English lexicon behaviour of the event stage (dyad/lang/en/*.yaml), one entry per test.

Each test runs the whole pipeline over a short made-up English text and checks what the
English lexicon data makes of it: the event type and the countries of its sides, or that
no record is made at all.
"""

from __future__ import annotations

from event_helpers import analyse_text, event_pairs, event_types

from dyad.doc import Document
from dyad.lang import get_pack
from dyad.text import fold

_pairs = event_pairs
_types = event_types


def _run(text: str) -> Document:
    return analyse_text(text, "en")


# --- CONCEDE ------------------------------------------------------------------------------


def test_a_resignation_is_no_concession_to_the_topic_it_was_over() -> None:
    # "resigned over the war in Iraq" names the reason, not a side the minister yielded to: the
    # resignation yields to no one named ('alone'), its own government inferred
    doc = _run("The French minister resigned over the war in Iraq.")
    assert ("CONCEDE", "FRA", "IRQ") not in _pairs(doc)
    assert ("CONCEDE", "FRA", "FRA") in _pairs(doc)


def test_having_to_accept_a_condition_is_a_concession() -> None:
    doc = _run("Turkish Prime Minister Recep Erdogan had to accept that the European Union "
               "would not guarantee membership.")
    assert any(t == "CONCEDE" and a == "TUR" for t, a, _r in _pairs(doc))


# --- ASSAULT ------------------------------------------------------------------------------


def test_the_subject_of_a_passive_abduction_is_its_victim() -> None:
    # "X was abducted": X is the victim, and no attacker is named
    doc = _run("Mrs Hassan, a British aid worker, was abducted in Baghdad on Monday.")
    records = [e for e in doc.events if e["event_type"] == "ASSAULT"]
    assert records
    assert records[0]["actor"]["actor_id"] == "group:unidentified"
    assert records[0]["trigger"]["frame"] == "passive"


def test_torture_as_a_practice_talked_about_is_no_attack() -> None:
    # the bare noun names a practice ("the torture programme"), not one act
    doc = _run("American senators asked the nominee about her role in the agency's torture programme.")
    assert "ASSAULT" not in _types(doc)


def test_the_verb_torture_is_an_attack() -> None:
    doc = _run("Syrian guards tortured two Lebanese prisoners in Damascus, the group said.")
    assert ("ASSAULT", "SYR", "LBN") in _pairs(doc)


def test_attacks_by_a_camp_or_a_newspaper_are_words_not_blows() -> None:
    # "Republican attacks on ...", "the Left's attacks on ...", "a column attacking ...": made in words
    for text in ("Republican attacks on the French minister's probe have grown louder.",
                 "The Left's attacks on the Canadian judge are working, the magazine said.",
                 "The newspaper has published another column attacking the British publisher."):
        assert "ASSAULT" not in _types(_run(text)), text


def test_an_attack_on_an_inquiry_or_on_liberties_is_no_assault() -> None:
    # what is attacked is a probe, rights or a nomination: words, not force
    for text in ("Critics in Paris stepped up their attacks on the investigation into the French minister.",
                 "He called the new law an attack on our liberties in France."):
        assert "ASSAULT" not in _types(_run(text)), text


def test_militants_attacking_a_checkpoint_still_assault() -> None:
    doc = _run("Afghan militants attacked a police checkpoint in Kabul on Monday.")
    assert any(t == "ASSAULT" and r == "AFG" for t, _a, r in _pairs(doc))


def test_those_killed_name_the_dead_not_a_killing() -> None:
    # "among those killed": the dead as a noun; the sentence's act is the praise
    doc = _run("The Iraqi minister, whose son was among those killed, praised the French vote.")
    assert "ASSAULT" not in _types(doc)
    assert ("SUPPORT", "IRQ", "FRA") in _pairs(doc)


# --- modality ---------------------------------------------------------------------------


def test_an_event_still_ahead_is_not_reported() -> None:
    # "ahead of a summit": the summit is still to come
    doc = _run("The British prime minister spoke to reporters ahead of a summit with the Belgian prime minister.")
    assert "CONSULT" not in _types(doc)


def test_a_call_to_come_after_when_is_not_reported() -> None:
    doc = _run("Russian President Vladimir Putin and U.S. President Donald Trump will discuss trade "
               "when they hold a telephone conversation on Tuesday.")
    assert "CONSULT" not in _types(doc)


def test_a_proposal_for_aid_is_no_aid() -> None:
    doc = _run("The British chancellor unveiled proposals for an aid package to Kenya.")
    assert "AID" not in _types(doc)


def test_a_trip_set_in_context_is_not_a_trip_to_the_next_actor() -> None:
    # "The trip follows claims of infighting between X and Y": Y is no host of the trip
    doc = _run("Chancellor Gordon Brown is in Kenya. "
               "The trip follows claims of infighting between Mr Brown and Tony Blair.")
    assert "CONSULT" not in _types(doc)


# --- furniture ----------------------------------------------------------------------------


def test_a_promoted_video_line_is_dropped() -> None:
    doc = _run("Britain and France agreed to boost patrols in the Channel.\n\n"
               "Watch: Rishi Sunak meets President Zelensky in Kyiv")
    assert "CONSULT" not in _types(doc)
    assert ("AGREE", "GBR", "FRA") in _pairs(doc)


# --- CONSULT ------------------------------------------------------------------------------


def test_a_meeting_only_referred_to_names_no_sides() -> None:
    # the bare noun: "the Trump Tower meeting" is mentioned, not reported, and the actors near it
    # are no participants
    doc = _run("Senator Dianne Feinstein said she was interested in a meeting that two Trump advisers "
               "allegedly held with the Russian ambassador.")
    assert "CONSULT" not in _types(doc)


def test_meetings_with_named_leaders_are_consultations() -> None:
    doc = _run("US Secretary of State Mike Pompeo returned from meetings with Saudi leaders in Riyadh.")
    assert ("CONSULT", "USA", "SAU") in _pairs(doc)


def test_a_meeting_held_between_two_officials_is_a_consultation() -> None:
    # the noun with its participle is the happening itself, and it carries the date
    doc = _run("The meeting, held on 22 December 2023 in Doha, between Qatar's Minister of Interior "
               "and Jordan's Director of Public Security, focused on border security.")
    records = [e for e in doc.events if e["event_type"] == "CONSULT"]
    assert records and {records[0]["actor"]["country"], records[0]["recipient"]["country"]} == {"QAT", "JOR"}
    assert records[0]["date"] == "2023-12-22"


def test_talks_only_referred_to_are_no_consultation() -> None:
    # "talks stalled": a process the sentence refers to, not a meeting it reports
    doc = _run("Representative Frank Lucas said he would give President Donald Trump the benefit of the "
               "doubt on NAFTA talks, adding that Mexico was a partner.")
    assert "CONSULT" not in _types(doc)


def test_holding_talks_is_a_consultation() -> None:
    doc = _run("The Turkish foreign minister and his Greek counterpart are holding talks in Athens.")
    assert any(t == "CONSULT" and {a, r} == {"TUR", "GRC"} for t, a, r in _pairs(doc))


def test_a_summit_only_referred_to_is_no_consultation() -> None:
    doc = _run("The Singapore summit was also a humiliation for America's allies Japan and South Korea, "
               "President Donald Trump's critics said.")
    assert "CONSULT" not in _types(doc)


def test_an_attack_referred_to_by_a_noun_needs_a_victim() -> None:
    # "the Las Vegas shooting" refers back to an attack; it names no victim and is no new record
    doc = _run("Investigators have been looking for a woman seen with Stephen Paddock in the days "
               "leading up to the Las Vegas shooting.")
    assert "ASSAULT" not in _types(doc)


def test_gunmen_shooting_soldiers_dead_is_an_assault() -> None:
    doc = _run("Gunmen shot dead two Egyptian soldiers at a checkpoint in North Sinai on Thursday.")
    assert any(t == "ASSAULT" and r == "EGY" for t, _a, r in _pairs(doc))


# --- questions and conditions -------------------------------------------------------------


def test_asking_whether_is_a_question_not_a_request() -> None:
    doc = _run("Labour leader Keir Starmer asked Ms Truss if she stood by her pledge on spending.")
    assert "REQUEST" not in _types(doc)


def test_a_warning_with_its_condition_is_a_threat() -> None:
    # the "if" belongs to the threat: it does not make the warning hypothetical
    doc = _run("French President Emmanuel Macron has warned that if British MPs reject the deal, "
               "the United Kingdom will leave without one.")
    assert any(t == "THREATEN" and a == "FRA" for t, a, _r in _pairs(doc))


# --- fresh dev articles (round 2) ---------------------------------------------------------


def test_welcoming_a_decision_is_support_not_a_visit() -> None:
    doc = _run("Japan welcomed the announcement by the Australian government on Tuesday.")
    assert "SUPPORT" in _types(doc)
    assert "CONSULT" not in _types(doc)


def test_asking_to_meet_is_a_request_for_a_meeting() -> None:
    doc = _run("An association of Cuban businesswomen has asked to meet with Senator Marco Rubio of Florida.")
    assert any(t == "REQUEST" and a == "CUB" and r == "USA" for t, a, r in _pairs(doc))
    assert "CONSULT" not in _types(doc)


def test_pushing_back_at_demands_is_a_rejection() -> None:
    doc = _run("Mexico has pushed back at demands by the United States on car parts.")
    assert any(t == "REJECT" and a == "MEX" for t, a, _r in _pairs(doc))


def test_blasted_is_a_verbal_attack() -> None:
    doc = _run("Iranian President Hassan Rouhani blasted Saudi Arabia on Sunday.")
    assert any(t == "ACCUSE" and a == "IRN" and r == "SAU" for t, a, r in _pairs(doc))
    assert "ASSAULT" not in _types(doc)


def test_called_upon_is_a_request() -> None:
    doc = _run("Germany has called upon Turkey to release the journalist.")
    assert any(t == "REQUEST" and a == "DEU" and r == "TUR" for t, a, r in _pairs(doc))


def test_rejected_by_names_the_one_who_rejects_after_it() -> None:
    doc = _run("The proposal was rejected by Russia on Monday.")
    assert any(t == "REJECT" and a == "RUS" for t, a, _r in _pairs(doc))


def test_a_referred_to_genocide_without_a_victim_is_no_record() -> None:
    doc = _run("But good and evil have a supernatural ring we reserve for crimes like genocide.")
    assert "ASSAULT" not in _types(doc)


def test_an_arrest_noun_without_the_arrested_named_is_no_record() -> None:
    doc = _run("He had been in US custody since his June arrest.")
    assert "COERCE" not in _types(doc)


def test_rights_monitors_are_an_actor_that_accuses() -> None:
    doc = _run("Rights monitors accused Myanmar's military of atrocities.")
    assert any(t == "ACCUSE" and r == "MMR" for t, _a, r in _pairs(doc))


def test_lashing_out_at_someone_is_an_accusation() -> None:
    doc = _run("European Council President Donald Tusk lashed out at the United Kingdom on Wednesday.")
    assert any(t == "ACCUSE" and r == "GBR" for t, _a, r in _pairs(doc))


def test_pressuring_someone_to_act_is_a_request() -> None:
    doc = _run("The White House pressured Mexico to stop the caravan.")
    assert any(t == "REQUEST" and a == "USA" and r == "MEX" for t, a, r in _pairs(doc))


def test_being_pressed_on_a_question_is_no_request() -> None:
    doc = _run("U.S. senators on Tuesday pressed the Russian envoy on why the ads were bought.")
    assert "REQUEST" not in _types(doc)


def test_figurative_fighting_and_clashes_are_no_assault() -> None:
    doc = _run("Orban has thrived on repeated clashes with Brussels, fighting against the rise of Germany.")
    assert "ASSAULT" not in _types(doc)


def test_clashes_between_two_forces_are_an_assault() -> None:
    doc = _run("Heavy clashes between Armenian and Azerbaijani troops broke out on Monday.")
    assert "ASSAULT" in _types(doc)


def test_delivering_a_report_is_no_aid() -> None:
    doc = _run("Robert Mueller delivered his final report to Attorney General William Barr.")
    assert "AID" not in _types(doc)


def test_information_provided_is_no_aid() -> None:
    doc = _run("Manafort provided information to the US court on Monday, including Ukrainian tax records.")
    assert "AID" not in _types(doc)


def test_funding_provided_is_aid() -> None:
    doc = _run("Saudi Arabia provided funding to Yemen's central bank on Monday.")
    assert any(t == "AID" and a == "SAU" and r == "YEM" for t, a, r in _pairs(doc))


def test_a_rape_allegation_with_no_victim_named_is_no_record() -> None:
    doc = _run("Investigators said they received an additional anonymous claim of rape late on Wednesday.")
    assert "ASSAULT" not in _types(doc)


def test_asking_why_is_a_question_not_a_request() -> None:
    # "asked X why": the words after the verb say it was a question put
    doc = _run("The British prime minister asked France why the border was closed.")
    assert "REQUEST" not in _types(doc)
    doc = _run("The British prime minister asked France to open the border.")
    assert "REQUEST" in _types(doc)


def test_seizing_on_a_rivals_words_is_an_accusation() -> None:
    # "seized on" takes up someone's words against them; "seized" alone is a seizure of goods
    doc = _run("The British opposition seized on the remarks of the French president.")
    assert any(t == "ACCUSE" and a == "GBR" and r == "FRA" for t, a, r in _pairs(doc))
    assert "COERCE" not in _types(doc)


def test_distancing_oneself_from_someone_is_a_rejection() -> None:
    doc = _run("The German chancellor distanced herself on Monday from the Russian president.")
    assert any(t == "REJECT" and a == "DEU" and r == "RUS" for t, a, r in _pairs(doc))


def test_the_subject_of_a_passive_indictment_is_the_one_charged() -> None:
    # "X was indicted by a court": the court acts, X is charged
    doc = _run("Hosni Mubarak was indicted by an Egyptian court on Monday.")
    records = [e for e in doc.events if e["event_type"] == "ACCUSE"]
    assert records
    assert records[0]["trigger"]["frame"] == "passive"
    assert "court" in records[0]["actor"]["name"].lower()
    assert records[0]["recipient"]["name"] == "Hosni Mubarak"


def test_ministers_and_mps_are_domestic_bodies() -> None:
    # plural office-holders act as one body of the country the report is about
    doc = _run("Labour MPs accused ministers of hypocrisy in London.")
    assert any(t == "ACCUSE" and a == "GBR" and r == "GBR" for t, a, r in _pairs(doc))


def test_pledging_not_to_act_is_a_promise_not_aid() -> None:
    doc = _run("The Turkish president pledged not to allow Russian troops into Syria.")
    assert "AGREE" in _types(doc)
    assert "AID" not in _types(doc)


def test_lobbying_someone_is_a_request() -> None:
    doc = _run("Turkish businessmen lobbied Greek lawmakers for a new law.")
    assert any(t == "REQUEST" and a == "TUR" and r == "GRC" for t, a, r in _pairs(doc))


def test_the_power_of_veto_is_no_rejection() -> None:
    doc = _run("The British foreign secretary said the UK was losing its veto over EU decisions.")
    assert "REJECT" not in _types(doc)
    doc = _run("Russia vetoed the French resolution.")
    assert "REJECT" in _types(doc)


def test_thanks_to_is_a_cause_not_support() -> None:
    doc = _run("Thanks to the Turkish president, Syria was spared.")
    assert "SUPPORT" not in _types(doc)


def test_critics_are_a_domestic_side() -> None:
    doc = _run("The British home secretary accused critics of spreading false fears in London.")
    assert any(t == "ACCUSE" and a == "GBR" and r == "GBR" for t, a, r in _pairs(doc))


def test_private_conversations_with_someone_are_a_meeting() -> None:
    doc = _run("The British prime minister said that in private conversations with the US president he had raised the issue.")
    assert any(t == "CONSULT" and {a, r} == {"GBR", "USA"} for t, a, r in _pairs(doc))


def test_a_present_accusation_and_hitting_back_are_accusations() -> None:
    # the present plural of a report ("The Tories accuse Labour") and a retort ("hit back at")
    doc = _run("The Tories accuse Labour of raising taxes.")
    assert any(t == "ACCUSE" and a == "GBR" and r == "GBR" for t, a, r in _pairs(doc))
    doc = _run("The Turkish president hit back at the French president.")
    assert any(t == "ACCUSE" and a == "TUR" and r == "FRA" for t, a, r in _pairs(doc))


def test_an_attack_to_be_prevented_is_not_reported() -> None:
    doc = _run("The missiles are designed to prevent a Russian attack on Poland.")
    assert "ASSAULT" not in _types(doc)


def test_an_accidental_death_is_no_assault() -> None:
    doc = _run("A Polish soldier was killed in a suspected accidental shooting in Warsaw.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("A Polish soldier was accidentally shot in Warsaw.")
    assert "ASSAULT" not in _types(doc)


def test_serious_concern_is_disapproval() -> None:
    doc = _run("The German chancellor expressed serious concern about the Russian president.")
    assert any(t == "ACCUSE" and a == "DEU" and r == "RUS" for t, a, r in _pairs(doc))


def test_unions_are_a_domestic_side() -> None:
    doc = _run("Public sector unions rejected the pay offer of ministers in London.")
    assert any(t == "REJECT" and a == "GBR" and r == "GBR" for t, a, r in _pairs(doc))


def test_the_uk_secretaries_of_state_are_british_officials() -> None:
    # "Home Secretary", "Health Secretary": offices of one country, listed once with their ministry's sectors
    doc = _run("The Health Secretary met union leaders.")
    assert any(t == "CONSULT" and a == "GBR" for t, a, _r in _pairs(doc))
    doc = _run("The Home Secretary criticised the French interior minister.")
    records = [e for e in doc.events if e["event_type"] == "ACCUSE"]
    assert records and records[0]["actor"]["country"] == "GBR"
    assert "INTERIOR" in records[0]["actor"]["sectors"]



def test_no_title_form_is_listed_twice() -> None:
    # a form listed in two title entries takes the first one only: "Home Secretary" in the generic
    # interior entry hid its GBR entry, so the country said by the title was lost
    seen: dict[str, int] = {}
    for i, entry in enumerate(get_pack("en").data("actors")["titles"]):
        for form in entry["forms"]:
            key = fold(form)
            assert seen.setdefault(key, i) == i, f"title form {form!r} listed twice"


def test_officers_are_police_of_the_place() -> None:
    doc = _run("Immigration officers arrested two men in Texas on Monday.")
    assert any(t == "COERCE" and a == "USA" for t, a, _r in _pairs(doc))


def test_intelligence_officers_keep_their_nationality() -> None:
    doc = _run("The British government expelled 23 Russian intelligence officers.")
    assert any(t == "SANCTION" and a == "GBR" and r == "RUS" for t, a, r in _pairs(doc))


def test_the_subject_of_a_passive_appeal_is_the_one_urged() -> None:
    doc = _run("Recep Tayyip Erdogan was urged by the French president to release the journalists.")
    assert any(t == "REQUEST" and a == "FRA" and r == "TUR" for t, a, r in _pairs(doc))


def test_a_clash_between_politicians_is_a_row_in_words() -> None:
    doc = _run("The British foreign secretary clashed with the French president over fishing rights.")
    assert any(t == "ACCUSE" and a == "GBR" and r == "FRA" for t, a, r in _pairs(doc))
    assert "ASSAULT" not in _types(doc)


def test_asked_about_is_a_question_and_sought_to_an_attempt() -> None:
    doc = analyse_text("White House spokeswoman Sarah Sanders, asked on Tuesday about Kelly's comment, said he was right.")
    assert "REQUEST" not in event_types(doc)
    doc = analyse_text("Labour leader Keir Starmer sought to reassure Labour MPs on Monday.")
    assert "REQUEST" not in event_types(doc)
    # a request stays one
    doc = analyse_text("Britain asked France to return the migrants.")
    assert ("REQUEST", "GBR", "FRA") in event_pairs(doc)


def test_a_participle_after_an_article_is_an_adjective() -> None:
    doc = analyse_text("Aid reached Palestinian civilians in the besieged enclave and in the occupied West Bank.")
    assert "COERCE" not in event_types(doc)
    doc = analyse_text("Russia annexed Crimea in 2014, Ukrainian officials said.")
    assert "COERCE" in event_types(doc)


def test_a_first_minister_is_a_british_official() -> None:
    # the title of the devolved heads of government: no country named, still the UK's
    doc = _run("The first minister has criticised the French fishing ban.")
    assert ("ACCUSE", "GBR", "FRA") in _pairs(doc)


def test_a_passive_criticism_has_its_critic_after_by() -> None:
    # "X has been criticised by Y": Y criticises X, not the other way round
    doc = _run("The Egyptian minister has been criticised by Israeli officials over the border closure.")
    assert ("ACCUSE", "ISR", "EGY") in _pairs(doc)


def test_a_passive_backing_and_denial_have_their_agent_after_by() -> None:
    doc = _run("The Iraqi plan was backed by the American president on Monday.")
    assert ("SUPPORT", "USA", "IRQ") in _pairs(doc)
    doc = _run("Russian claims were denied by the Ukrainian foreign minister.")
    assert ("REJECT", "UKR", "RUS") in _pairs(doc)


def test_denying_an_allegation_is_a_rejection() -> None:
    doc = _run("The British minister denied the claims made by the French president.")
    assert ("REJECT", "GBR", "FRA") in _pairs(doc)


def test_being_denied_access_is_no_rejection() -> None:
    # bare "denied" is mostly a refusal undergone: only the forms naming what is denied
    doc = _run("French journalists were denied access to the Egyptian border crossing.")
    assert "REJECT" not in _types(doc)


def test_criticism_from_names_the_critic_after_it() -> None:
    doc = _run("The French minister drew criticism from Italian officials over the decision.")
    assert ("ACCUSE", "ITA", "FRA") in _pairs(doc)


def test_a_proposal_killed_in_a_vote_is_a_rejection_not_a_killing() -> None:
    doc = _run("Democrats in the US Senate killed a proposal by the French president.")
    assert "ASSAULT" not in _types(doc)
    assert ("REJECT", "USA", "FRA") in _pairs(doc)


def test_a_letter_received_is_no_visit_received() -> None:
    doc = _run("The Egyptian president received a letter from the Jordanian king on Monday.")
    assert "CONSULT" not in _types(doc)
    doc = _run("The Egyptian president received the Jordanian foreign minister in Cairo on Monday.")
    assert ("CONSULT", "JOR", "EGY") in _pairs(doc)


def test_the_noun_shot_and_a_character_assassination_are_no_attacks() -> None:
    doc = _run("The American senator took a shot at the Mexican president in a speech on Monday.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("The American senator denounced the character assassination of the Mexican judge.")
    assert "ASSAULT" not in _types(doc)


def test_a_skill_taught_is_no_cooperation() -> None:
    doc = _run("Prosecutors said the American boys were trained to use rifles by a Pakistani man.")
    assert "COOPERATE" not in _types(doc)


def test_a_party_spokesman_is_a_british_official() -> None:
    doc = _run("Dr Peter Smith, the Conservative spokesman for defence, has called for an inquiry by the Home Office.")
    assert ("REQUEST", "GBR", "GBR") in _pairs(doc)


def test_chairing_a_committee_is_no_meeting() -> None:
    # the present names a post held
    doc = _run("Senator Smith, who chairs the American Senate committee on Iran, criticised the Iranian envoy.")
    assert "CONSULT" not in _types(doc)


def test_plans_attacked_in_words_are_no_assault() -> None:
    doc = _run("The Russian foreign minister attacked British plans for new sanctions as vacuous.")
    assert "ASSAULT" not in _types(doc)


def test_funds_and_pledges_talked_about_are_no_aid() -> None:
    doc = _run("French opposition leaders said the British pledges were worthless.")
    assert "AID" not in _types(doc)


def test_funded_by_names_the_funder_after_it() -> None:
    doc = _run("The Lebanese militia is funded by Iran, the American envoy said.")
    assert ("AID", "IRN", "LBN") in _pairs(doc)


def test_agreed_by_names_the_party_after_it() -> None:
    doc = _run("The Iranian officials praised the nuclear deal agreed to by the American administration.")
    assert any(t == "AGREE" and a == "USA" for t, a, _r in _pairs(doc))


def test_what_can_happen_is_not_reported() -> None:
    doc = _run("The American president can be assassinated by Russian agents, the senator claimed.")
    assert "ASSAULT" not in _types(doc)


def test_a_rape_accuser_is_no_rape() -> None:
    doc = _run("The American senator met the rape accuser of the Mexican judge on Monday.")
    assert "ASSAULT" not in _types(doc)


def test_demands_talked_about_are_no_request() -> None:
    doc = _run("The British health secretary said the French unions' pay demands were unaffordable.")
    assert "REQUEST" not in _types(doc)


def test_declining_to_comment_is_no_rejection() -> None:
    doc = _run("The American envoy declined to discuss the Iranian proposal with reporters.")
    assert "REJECT" not in _types(doc)


def test_a_law_signed_is_no_agreement() -> None:
    doc = _run("The American president signed legislation on aid to Mexico on Friday.")
    assert "AGREE" not in _types(doc)
    doc = _run("The American president signed a trade agreement with Mexico on Friday.")
    assert ("AGREE", "USA", "MEX") in _pairs(doc)


def test_reading_the_riot_act_is_no_riot() -> None:
    doc = _run("The British foreign secretary read the American ambassador the riot act.")
    assert "PROTEST" not in _types(doc)


def test_a_ruling_welcomed_is_no_guest_received() -> None:
    doc = _run("The Irish rights commission welcomed the British court's ruling on Monday.")
    assert "CONSULT" not in _types(doc)
    doc = _run("The Egyptian president welcomed the Jordanian king to Cairo on Monday.")
    assert ("CONSULT", "JOR", "EGY") in _pairs(doc)


def test_claims_denied_by_name_the_one_denying_after_by() -> None:
    doc = _run("Ukrainian officials spoke of chemical weapons, claims denied by the Russian foreign ministry.")
    assert ("REJECT", "RUS", "UKR") in _pairs(doc)


def test_a_measure_talked_about_is_no_restriction() -> None:
    doc = _run("The British prime minister defended the house arrest powers against French critics.")
    assert "COERCE" not in _types(doc)
    doc = _run("An Egyptian judge ordered house arrest for the Libyan businessman on Friday.")
    assert any(t == "COERCE" and a == "EGY" for t, a, _r in _pairs(doc))


def test_an_embargo_in_force_talked_about_is_no_sanction() -> None:
    doc = _run("German and French leaders called for the arms embargo on China to be lifted.")
    assert "SANCTION" not in _types(doc)


def test_a_politicians_attacks_are_in_words() -> None:
    doc = _run("The American senator stepped up his attacks on the Mexican president over the border wall.")
    assert "ASSAULT" not in _types(doc)


def test_dismissing_claims_is_a_rejection() -> None:
    doc = _run("The Russian spokesman brushed aside claims by the Ukrainian president.")
    assert any(t == "REJECT" and a == "RUS" for t, a, _r in _pairs(doc))


def test_demonstrating_that_is_no_protest() -> None:
    doc = _run("The French decision clearly demonstrated that the German plan had failed.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Thousands of Iranian students demonstrated against the government in Tehran on Friday.")
    assert "PROTEST" in _types(doc)


def test_calls_by_no_one_named_are_no_request() -> None:
    doc = _run("There have been calls for a British inquiry into the Irish border deal.")
    assert "REQUEST" not in _types(doc)
    doc = _run("The Iranian opposition has been calling for a British inquiry into the deal.")
    assert "REQUEST" in _types(doc)


def test_non_government_organisations_are_no_government() -> None:
    # "government" inside "non-government organisations" must not become the state's government
    doc = _run("Hungarian officials raided non-government organisations in Budapest on Monday.")
    texts = [doc.text[m.start:m.end].lower() for m in doc.mentions]
    assert "government" not in texts
    assert "non-government organisations" in texts


def test_a_caution_is_no_threat() -> None:
    doc = _run("The British foreign secretary warned that Iranian oil prices could rise.")
    assert "THREATEN" not in _types(doc)
    doc = _run("The American president warned that if Iran attacked, Washington would respond.")
    assert "THREATEN" in _types(doc)


def test_a_reception_or_a_spouse_met_is_no_meeting() -> None:
    doc = _run("The British proposals were met with scepticism by the French government.")
    assert "CONSULT" not in _types(doc)
    doc = _run("The American senator met his future wife, a French diplomat, in Paris.")
    assert "CONSULT" not in _types(doc)
    doc = _run("The American senator met the French president in Paris on Monday.")
    assert ("CONSULT", "USA", "FRA") in _pairs(doc)


def test_refusing_to_answer_is_no_rejection() -> None:
    doc = _run("The British foreign secretary refused to discuss the Iranian proposal with reporters.")
    assert "REJECT" not in _types(doc)
    doc = _run("The British foreign secretary refused the Iranian proposal on Monday.")
    assert ("REJECT", "GBR", "IRN") in _pairs(doc)


def test_a_feared_event_is_not_reported() -> None:
    doc = _run("Israeli officials fear an Iranian attack on the port of Haifa.")
    assert "ASSAULT" not in _types(doc)


def test_meeting_ones_own_troops_is_no_consultation() -> None:
    doc = _run("The British prime minister met British troops serving in Estonia on Monday.")
    assert ("CONSULT", "GBR", "GBR") not in _pairs(doc)


def test_a_protest_site_is_no_protest() -> None:
    doc = _run("Chinese police officers patrolled the empty protest sites near the Japanese embassy.")
    assert "PROTEST" not in _types(doc)


# --- round 3 -------------------------------------------------------------------------------


def test_us_party_leaders_are_american() -> None:
    doc = _run("Democratic lawmakers criticised the Mexican government on Monday.")
    assert ("ACCUSE", "USA", "MEX") in _pairs(doc)


def test_a_warning_with_unless_is_a_threat() -> None:
    doc = _run("The French president warned that unless Britain paid, Paris would block the deal.")
    assert any(t == "THREATEN" and a == "FRA" for t, a, _r in _pairs(doc))


def test_warning_that_ones_own_side_could_act_is_a_threat() -> None:
    doc = _run("The Turkish minister warned that Ankara could suspend its trade deal with Greece.")
    assert ("THREATEN", "TUR", "GRC") in _pairs(doc)
    doc = _run("The new bill would suspend for two years the tax on Canadian imports.")
    assert "THREATEN" not in _types(doc)


def test_a_question_in_an_interview_or_an_apology_is_no_request() -> None:
    doc = _run("Asked in an interview with a German newspaper why Hungary refuses migrants, Orban replied.")
    assert "REQUEST" not in _types(doc)
    doc = _run("The Pope asked forgiveness from the Chilean victims on Monday.")
    assert "REQUEST" not in _types(doc)


def test_assassination_records_are_no_killing() -> None:
    doc = _run("The American archive released assassination records about the Cuban leader.")
    assert "ASSAULT" not in _types(doc)


def test_a_threatening_message_is_no_threat_made() -> None:
    doc = _run("The Canadian activist said the Chinese embassy had sent her threatening text messages.")
    assert "THREATEN" not in _types(doc)
    doc = _run("China is threatening to impose tariffs on Australia.")
    assert ("THREATEN", "CHN", "AUS") in _pairs(doc)


def test_migration_called_an_invasion_is_no_attack() -> None:
    doc = _run("The Hungarian leader called the arrival of Syrian refugees a migrant invasion of Europe.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("The Russian invasion of Ukraine began in February.")
    assert ("ASSAULT", "RUS", "UKR") in _pairs(doc)
    doc = _run("The American author wrote the books State of Emergency and Suicide of a Superpower.")
    assert "COERCE" not in _types(doc)


def test_the_september_11_attacks_named_in_history_are_no_new_attack() -> None:
    doc = _run("In the years after the September 11th attacks, the American government changed its laws.")
    assert "ASSAULT" not in _types(doc)


def test_kidnapping_named_in_a_list_of_crimes_is_no_abduction() -> None:
    doc = _run("American officers deported fugitives wanted in Mexico for crimes including kidnapping and fraud.")
    assert "ASSAULT" not in _types(doc)


def test_fees_or_a_reaction_received_are_no_visit_received() -> None:
    doc = _run("The former American president received generous speaking fees from a Russian bank.")
    assert "CONSULT" not in _types(doc)
    doc = _run("The British prime minister received a mixed reaction from Irish leaders.")
    assert "CONSULT" not in _types(doc)


def test_complaining_of_symptoms_is_no_accusation() -> None:
    doc = _run("American diplomats in Cuba complained of symptoms such as headaches and hearing loss.")
    assert "ACCUSE" not in _types(doc)


def test_a_cause_blamed_is_no_accusation() -> None:
    doc = _run("The British chancellor blamed the cost of living crisis for the Scottish result.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("The British chancellor blamed Russia for the war.")
    assert ("ACCUSE", "GBR", "RUS") in _pairs(doc)


def test_an_inquiry_named_as_the_setting_of_another_act_is_no_accusation() -> None:
    # "in the probe into ..." sets the scene; the verb of the sentence is the news
    doc = _run("An American adviser, Tom Baker, distanced himself from the aide Jim Rowe, who pleaded guilty "
               "in the probe into Russian hacking.")
    assert ("ACCUSE", "USA", "RUS") not in _pairs(doc)
    assert ("REJECT", "USA", "USA") in _pairs(doc)
    doc = _run("The American special counsel is leading a probe into Russian hacking.")
    assert ("ACCUSE", "USA", "RUS") in _pairs(doc)


def test_verbal_scorn_names_the_one_scorned() -> None:
    doc = _run("The British prime minister took a swipe at the French president on Friday.")
    assert ("ACCUSE", "GBR", "FRA") in _pairs(doc)
    doc = _run("The Turkish foreign minister's condemnation of Israel came on Monday.")
    assert ("ACCUSE", "TUR", "ISR") in _pairs(doc)


def test_trading_insults_is_a_mutual_reproach() -> None:
    doc = _run("The American president and the North Korean leader have been trading insults for weeks.")
    assert any(t == "ACCUSE" and {a, r} == {"USA", "PRK"} for t, a, r in _pairs(doc))


def test_a_question_put_to_a_spokesman_is_no_request() -> None:
    doc = _run("Asked for comment, the American spokeswoman said the Russian envoy had been told.")
    assert "REQUEST" not in _types(doc)


def test_a_denial_of_what_follows_is_a_rejection() -> None:
    doc = _run("The Russian government has denied it tried to sway the American election.")
    assert ("REJECT", "RUS", "USA") in _pairs(doc)
    doc = _run("The French president denied there was any snub to the Iraqi prime minister.")
    assert ("REJECT", "FRA", "IRQ") in _pairs(doc)


def test_doubt_cast_on_someone_is_an_accusation() -> None:
    doc = _run("The French president questioned the British government's commitment to the climate deal.")
    assert ("ACCUSE", "FRA", "GBR") in _pairs(doc)
    doc = _run("The American senator has been highly critical of the Saudi crown prince.")
    assert ("ACCUSE", "USA", "SAU") in _pairs(doc)


def test_criticism_held_since_someone_took_over_is_no_act_of_a_day() -> None:
    doc = _run("Several Labour MPs who have been fiercely critical of Boris Johnson since he took office signed a "
               "letter on Monday.")
    assert "ACCUSE" not in _types(doc)


def test_scorn_with_no_one_named_is_no_record() -> None:
    # "railed against drinks promotions": no side scorned, no record of its own
    doc = _run("The Scottish first minister railed against cheap drinks promotions in his speech.")
    assert "ACCUSE" not in _types(doc)


def test_resisting_calls_is_a_rejection_and_pressing_for_a_request() -> None:
    doc = _run("The British prime minister has resisted calls from the Irish government to publish the report.")
    assert ("REJECT", "GBR", "IRL") in _pairs(doc)
    doc = _run("The Bangladeshi government has been pressing for a safer return of the refugees from Myanmar.")
    assert ("REQUEST", "BGD", "MMR") in _pairs(doc)
    # talks pressed for are asked for, not held
    doc = _run("The Bangladeshi government has been pressing for talks with Myanmar on the refugees.")
    assert ("REQUEST", "BGD", "MMR") in _pairs(doc)
    assert "CONSULT" not in _types(doc)


def test_coming_out_in_support_is_support() -> None:
    doc = _run("The German chancellor came out in support of the French president on Monday.")
    assert ("SUPPORT", "DEU", "FRA") in _pairs(doc)


def test_an_accusation_undergone_with_no_accuser_is_no_record() -> None:
    # "was accused of": the subject is the one accused, and nobody named accuses
    doc = _run("The American congressman was accused of touching a former aide without permission.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("The British minister is accused of lying about his expenses.")
    assert "ACCUSE" not in _types(doc)
    # the active progressive stays active
    doc = _run("The American president is blasting the Chinese government over trade.")
    assert ("ACCUSE", "USA", "CHN") in _pairs(doc)


def test_a_politician_attacked_is_attacked_in_words() -> None:
    doc = _run("The American chief of staff attacked a Florida congresswoman over her remarks.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("The Liberal Democrat leader attacked Mr Brown for failing to mention the environment.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Syrian rebels attacked Turkish soldiers near the border.")
    assert ("ASSAULT", "SYR", "TUR") in _pairs(doc)


def test_wins_spending_and_past_names_are_no_attacks() -> None:
    doc = _run("The Democratic candidate beat the Republican senator in the Alabama election.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("The American lobbyist spent millions on a house, shelling out $820,000 for the garden.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("The British government changed the law in response to the 11 September attacks in the US.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Many in France want Turkey to admit that the World War I-era killing of Armenians constituted genocide.")
    assert ("ASSAULT", "TUR", "ARM") not in _pairs(doc)
    doc = _run("The British prime minister shot basketball hoops with pupils from a London school.")
    assert "ASSAULT" not in _types(doc)


def test_deaths_from_a_disease_or_disaster_are_no_attack() -> None:
    doc = _run("The Ebola outbreak killed more than 11,000 people in Liberia and Guinea.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("The British minister expressed sympathy for the victims of the tidal wave which killed 150,000.")
    assert "ASSAULT" not in _types(doc)


def test_the_country_one_is_barred_from_entering_bans() -> None:
    # a formal entry ban is SANCTION (events_dev6, dev8, dev10), the country entered on the one banned
    doc = _run("The Dutch politician Geert Wilders was banned from entering the UK on Monday.")
    assert ("SANCTION", "GBR", "NLD") in _pairs(doc)
    assert ("SANCTION", "NLD", "GBR") not in _pairs(doc)
    assert "COERCE" not in _types(doc)


def test_an_entry_ban_with_its_authority_between_is_a_sanction() -> None:
    doc = _run("Two American bloggers were banned by the British home secretary in 2013 from entering the UK.")
    assert ("SANCTION", "GBR", "USA") in _pairs(doc)
    assert "COERCE" not in _types(doc)
    # a ban on something other than entry stays a coercive ban
    doc = _run("The Pakistani cleric was banned from preaching in Pakistan.")
    assert "SANCTION" not in _types(doc)


def test_an_entry_ban_decreed_is_a_sanction() -> None:
    doc = _run("The American president banned the entry of Iranian citizens on Friday.")
    assert ("SANCTION", "USA", "IRN") in _pairs(doc)
    assert "COERCE" not in _types(doc)


def test_a_past_or_feared_deportation_is_no_deportation() -> None:
    doc = _run("The American bill protects Haitian immigrants from deportation.")
    assert "COERCE" not in _types(doc)
    doc = _run("A previously deported Mexican man lives in Chicago with his family.")
    assert "COERCE" not in _types(doc)


def test_posts_schools_and_campaign_rounds_are_no_meetings() -> None:
    for text in ["The British opposition leader is visiting marginal constituencies in Somerset on Monday.",
                 "The British prime minister completed a whistle-stop tour of England on Friday.",
                 "The former British minister chaired the Labour Party in the 1980s.",
                 "The Irish permanent secretary is a visiting professor at Ulster University.",
                 "The British prince attended Eton, as did the former British prime minister.",
                 "Estonia, which borders Russia, has hosted British troops for years."]:
        assert "CONSULT" not in _types(_run(text)), text
    doc = _run("The British foreign secretary visited China on Monday.")
    assert ("CONSULT", "GBR", "CHN") in _pairs(doc)


def test_a_benefit_or_coverage_received_is_no_guest() -> None:
    doc = _run("Thousands of Hondurans received the special status from the American government in 1999.")
    assert "CONSULT" not in _types(doc)


def test_a_state_a_law_signed_or_an_abduction_recalled_is_no_event() -> None:
    doc = _run("Turkey, which occupies northern Cyprus, has refused to recognise the Greek Cypriot government.")
    assert "COERCE" not in _types(doc)
    doc = _run("The American president signed the 2018 National Defense Authorization Act at the White House.")
    assert "AGREE" not in _types(doc)
    doc = _run("Since her abduction, several videos of the British aid worker have been broadcast.")
    assert "ASSAULT" not in _types(doc)


def test_opponents_named_as_a_group_are_a_side() -> None:
    doc = _run("Opponents of the bill have raised concerns about the Irish government's plans.")
    assert any(t == "ACCUSE" and r == "IRL" for t, _a, r in _pairs(doc))


def test_a_court_name_a_nomination_or_a_studio_is_no_request() -> None:
    for text in ["American government lawyers will ask the US Court of Appeals for the District of Columbia "
                 "to hear the case.",
                 "The American senator sought the Democratic nomination for president in 2016.",
                 "The former British MP insisted on BBC Radio 4 that the candidates were competent."]:
        assert "REQUEST" not in _types(_run(text)), text


def test_a_participle_backed_by_names_the_backer_after_by() -> None:
    doc = _run("The Ukrainian candidate, backed by the American government, won the vote.")
    assert ("SUPPORT", "USA", "UKR") in _pairs(doc)
    assert ("SUPPORT", "UKR", "USA") not in _pairs(doc)


def test_a_promise_or_backing_pledged_is_no_aid() -> None:
    doc = _run("The British chancellor pledged childcare would be a centrepiece of the Labour manifesto.")
    assert "AID" not in _types(doc)
    doc = _run("The British government pledged £5m to the Rwandan government for survivors.")
    assert ("AID", "GBR", "RWA") in _pairs(doc)


def test_a_convicted_felon_or_a_duty_charged_is_no_accusation() -> None:
    for text in ["The American gunman was a convicted felon from Ohio.",
                 "The British Speaker is charged with ensuring order in the Commons chamber.",
                 "The American senator described the racially charged rhetoric of the campaign."]:
        assert ("ACCUSE", "USA", "USA") not in _pairs(_run(text)) and \
            ("ACCUSE", "GBR", "GBR") not in _pairs(_run(text)), text
    doc = _run("An American sailor filed a lawsuit on Monday against the Russian government.")
    assert ("ACCUSE", "USA", "RUS") in _pairs(doc)


def test_protesters_named_or_a_campaign_rally_is_no_protest() -> None:
    for text in ["British peace protestors have lost a landmark appeal over police actions.",
                 "The British judge restricted the exercise of protesters' rights under the convention.",
                 "The former American president told campaign rallies in Virginia that voters should act.",
                 "The American president used the rally to praise the Alabama candidate."]:
        assert "PROTEST" not in _types(_run(text)), text
    doc = _run("Iraqi students held a rally outside the American embassy in Baghdad.")
    assert ("PROTEST", "IRQ", "USA") in _pairs(doc)


def test_words_said_during_a_rally_make_no_protest_of_it() -> None:
    # a speaker's venue ("voiced support ... during a rally"), not the setting of an arrest
    doc = _run("The American president on Friday praised the Alabama candidate during a rally that set out his themes.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Iranian police arrested ten students during a rally in Tehran.")
    assert ("PROTEST", "IRN", "IRN") in _pairs(doc)


def test_a_protest_habit_a_movement_name_or_a_dated_walkout_is_no_protest() -> None:
    for text in ["After repeated protests, the American police chief gave a new explanation.",
                 "In Canada, the movement has spawned regular protests in Canadian towns.",
                 "In Toronto, the Yellow Vest protesters were joined by members of a Canadian group.",
                 "British nurses are being balloted about a 14 April walkout over pay."]:
        assert "PROTEST" not in _types(_run(text)), text
    doc = _run("Protesters in London demonstrated against the British government on Friday.")
    assert ("PROTEST", "GBR", "GBR") in _pairs(doc)


def test_an_interim_office_takes_the_demonym_before_it() -> None:
    # "Iraqi interim leader X": the demonym before an office held for a time is the holder's country
    doc = _run("The American president spoke in Washington, and Iraqi interim leader Karim Saadi "
               "criticised the Syrian government.")
    assert ("ACCUSE", "IRQ", "SYR") in _pairs(doc)


def test_an_opening_visit_clause_is_the_main_subjects_act() -> None:
    # "When visiting Egypt, X assured ...": X visited Egypt, not Egypt X
    doc = _run("When visiting Egypt, the American adviser had assured the locals of the president's respect.")
    assert ("CONSULT", "USA", "EGY") in _pairs(doc) and ("CONSULT", "EGY", "USA") not in _pairs(doc)
    doc = _run("After meeting the Saudi king, the British prime minister said trade would grow.")
    assert ("CONSULT", "GBR", "SAU") in _pairs(doc)


def test_a_person_removed_by_immigration_officers_is_deported() -> None:
    doc = _run("American immigration officers removed a Mexican national on Monday who was wanted at home.")
    assert ("COERCE", "USA", "MEX") in _pairs(doc)
    # a thing taken away, no person: no deportation
    doc = _run("The American government removed a tariff on Mexican steel.")
    assert ("COERCE", "USA", "MEX") not in _pairs(doc)


def test_a_charge_answered_with_has_insisted_is_a_rejection() -> None:
    # the devolved government is a body of its own (not the demonym alone, a state)
    doc = _run("The SNP attacked the Scottish first minister Jack McLeish. But the Scottish Executive has insisted Mr McLeish was "
               "speaking about adults.")
    assert ("REJECT", "GBR", "GBR") in _pairs(doc)
    # "insisted on" is a demand
    doc = _run("The Egyptian government has insisted on a new vote in the Libyan parliament.")
    assert "REJECT" not in _types(doc)


def test_the_criticism_of_a_country_makes_no_critic_of_it() -> None:
    doc = _run("The criticism of Russia, laid out in a new American strategy, reflects a view held by diplomats.")
    assert ("ACCUSE", "RUS", "USA") not in _pairs(doc)
    doc = _run("The American criticism of Russia was sharp on Monday.")
    assert ("ACCUSE", "USA", "RUS") in _pairs(doc)


def test_a_rival_called_a_threat_or_a_hand_freed_is_no_event() -> None:
    doc = _run("The Liberal Democrats say they, not the Conservatives, are the real threat to the Labour party.")
    assert "THREATEN" not in _types(doc)
    doc = _run("The American president's endorsement freed the Republican committee to fund the Alabama campaign.")
    assert "RETREAT" not in _types(doc)


def test_the_simple_present_of_cooperate_is_a_standing_relation() -> None:
    # "cooperate closely" states how two states get on, not something that happened
    assert "COOPERATE" not in _types(_run("Morocco and Qatar cooperate closely in security matters."))
    assert "COOPERATE" not in _types(_run("Spain and France cooperate with Morocco against smuggling."))
    assert ("COOPERATE", "MAR", "QAT") in _pairs(_run("Morocco and Qatar cooperated closely on security for the "
                                                      "World Cup last year."))


def test_pleas_disputes_refutations_and_voiced_anger() -> None:
    doc = _run("The Ukrainian president was pleading with the German chancellor for more tanks.")
    assert ("REQUEST", "UKR", "DEU") in _pairs(doc)
    doc = _run("The Albanian prime minister expressed anger at the British government over the rhetoric.")
    assert ("ACCUSE", "ALB", "GBR") in _pairs(doc)
    doc = _run("The American company disputed the account of the Mexican government.")
    assert ("REJECT", "USA", "MEX") in _pairs(doc)
    doc = _run("The Russian ministry refuted the claims of the British government.")
    assert ("REJECT", "RUS", "GBR") in _pairs(doc)
    # a plea for help from someone in danger, and a disputed thing, are no appeal or rejection
    assert "REQUEST" not in _types(_run("The Ukrainian woman was pleading for help outside the Russian embassy."))
    assert "REJECT" not in _types(_run("Indian troops patrolled the disputed territory near the Chinese border."))


def test_calling_out_ruling_out_and_vouching_for() -> None:
    doc = _run("The Hungarian prime minister called out the German chancellor over migration.")
    assert ("ACCUSE", "HUN", "DEU") in _pairs(doc)
    doc = _run("The British prime minister ruled out a new deal with the French government.")
    assert ("REJECT", "GBR", "FRA") in _pairs(doc)
    doc = _run("The Republican senator vouched for the American judge.")
    assert ("SUPPORT", "USA", "USA") in _pairs(doc)
    # troops called out, a cause ruled out by investigators: no reproach, no rejection
    assert "ACCUSE" not in _types(_run("The Mexican governor called out the National Guard in Chihuahua."))
    assert "REJECT" not in _types(_run("French investigators ruled out terrorism in the Paris fire."))


def test_looking_into_someone_is_an_investigation() -> None:
    doc = _run("The American special counsel is looking into the Russian government's contacts with the campaign.")
    assert ("ACCUSE", "USA", "RUS") in _pairs(doc)


def test_persuading_someone_is_a_request() -> None:
    doc = _run("The American administration has been trying to persuade Saudi Arabia to keep oil output up.")
    assert ("REQUEST", "USA", "SAU") in _pairs(doc)
    # a campaign to persuade voters asks no one in particular
    assert "REQUEST" not in _types(_run("The Scottish leader toured the country to persuade voters of the "
                                        "need for a referendum."))


def test_a_former_cabinet_minister_without_a_demonym_is_british() -> None:
    doc = _run("Former Cabinet minister Jane Doe has criticised the American government.")
    assert ("ACCUSE", "GBR", "USA") in _pairs(doc)
    doc = _run("A former Israeli cabinet minister has criticised the American government.")
    assert ("ACCUSE", "ISR", "USA") in _pairs(doc)
    doc = _run("Pakistani cabinet minister Ali Khan has criticised the American government.")
    assert ("ACCUSE", "PAK", "USA") in _pairs(doc)


def test_a_past_conviction_recalled_is_no_new_charge() -> None:
    doc = _run("Most of the Mexican men deported from the United States had previously been convicted of a crime.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("The American journalist was charged by Russian prosecutors with espionage.")
    assert ("ACCUSE", "RUS", "USA") in _pairs(doc)


def test_standing_accused_or_the_accused_names_no_accuser() -> None:
    doc = _run("The American senator and the Russian envoy stand accused of breaking the rules.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("The Iranian president accused the Israeli government of sabotage.")
    assert ("ACCUSE", "IRN", "ISR") in _pairs(doc)


def test_an_adverb_of_manner_inside_a_passive_criticism() -> None:
    # "roundly", "widely", "openly" between the auxiliary and the verb: still the passive form
    doc = _run("The Indian prime minister was roundly criticised by the Pakistani government.")
    assert ("ACCUSE", "PAK", "IND") in _pairs(doc)


def test_more_denials_with_what_is_denied_after_them() -> None:
    doc = _run("The Myanmar government has denied most of the American claims.")
    assert ("REJECT", "MMR", "USA") in _pairs(doc)
    doc = _run("The Saudi government denied any responsibility for the death of the American journalist.")
    assert ("REJECT", "SAU", "USA") in _pairs(doc)


def test_a_bbc_journalist_beaten_and_detained_abroad() -> None:
    doc = _run("Protests against lockdown rules spread across Chinese cities at the weekend. Britain summoned the "
               "Chinese ambassador for talks on Monday after a BBC journalist, Tom Bradley, was beaten and briefly "
               "detained by police while covering the protests in Shanghai.")
    assert ("COERCE", "CHN", "GBR") in _pairs(doc)
    assert ("ACCUSE", "GBR", "CHN") in _pairs(doc)


def test_a_participle_after_a_possessive_describes_the_dead() -> None:
    doc = _run("The American adviser recalled the fate of Libya's murdered leader Gaddafi.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Syrian troops killed three Turkish soldiers near Idlib.")
    assert ("ASSAULT", "SYR", "TUR") in _pairs(doc)


def test_what_a_law_bans_is_no_ban_imposed() -> None:
    for text in ["The British law banning hunting with dogs is poorly drafted, Labour MPs say.",
                 "Current American law is clear in banning torture."]:
        assert "COERCE" not in _types(_run(text)), text
    doc = _run("The Sri Lankan government banned imports of chemical fertiliser from India.")
    assert ("COERCE", "LKA", "IND") in _pairs(doc) or "COERCE" in _types(doc)


def test_an_accusation_undergone_with_no_accuser_named() -> None:
    # the subject is the one accused; a body named later is what the accusation is about
    doc = _run("The British minister has been accused of misleading the European Commission.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("The Cuban government has been accused of using a device against American diplomats.")
    assert ("ACCUSE", "CUB", "USA") not in _pairs(doc)


def test_a_private_trip_meets_no_one() -> None:
    doc = _run("The American student said his only time abroad was a family trip to India in 2012.")
    assert "CONSULT" not in _types(doc)
    doc = _run("An IMF team arrived in Sri Lanka for talks with the Sri Lankan government.")
    assert "CONSULT" in _types(doc)


def test_the_dead_of_a_passive_killing_are_no_attackers() -> None:
    doc = _run("Twenty Iraqi civilians were killed by Turkish troops near Duhok.")
    assert ("ASSAULT", "TUR", "IRQ") in _pairs(doc)
    doc = _run("Two American police officers were killed shortly after noon on Saturday.")
    assert not any(t == "ASSAULT" and a == "USA" for t, a, _r in _pairs(doc))


def test_the_one_shot_is_the_recipient_of_a_passive_shooting() -> None:
    doc = _run("An unarmed Palestinian teenager was shot and killed by Israeli soldiers in Hebron.")
    assert ("ASSAULT", "ISR", "PSE") in _pairs(doc)


def test_backing_won_names_the_backer_after_it() -> None:
    doc = _run("The Ukrainian president won the support of Germany for the plan.")
    assert ("SUPPORT", "DEU", "UKR") in _pairs(doc)


def test_a_forecast_warned_is_no_threat() -> None:
    doc = _run("A former British minister warned the prime minister would lose the vote in parliament.")
    assert "THREATEN" not in _types(doc)
    doc = _run("The Iranian president warned that if the American government imposed sanctions, Iran would respond.")
    assert ("THREATEN", "IRN", "USA") in _pairs(doc)


def test_helping_something_along_is_no_aid_and_the_prince_of_wales_is_no_place() -> None:
    doc = analyse_text("Morocco contributed to the success of the World Cup in Qatar by offering its expertise.")
    assert "AID" not in {e["event_type"] for e in doc.events}
    doc = analyse_text("The Prince of Wales met the Kenyan president in Nairobi.")
    assert [(m.text, m.country) for m in doc.mentions if m.kind == "place"] == [("Nairobi", "KEN")]
    assert [(e["event_type"], e["actor"]["country"], e["recipient"]["country"]) for e in doc.events] == [("CONSULT", "GBR", "KEN")]


# --- round 6: precision -------------------------------------------------------------------


def test_a_reduced_relative_accused_of_names_no_accuser() -> None:
    # "clerics accused of abuse", "X, accused of fraud": the one accused, nobody accusing
    doc = _run("The report lists Italian priests accused of abuse by the German church.")
    assert ("ACCUSE", "DEU", "ITA") in _pairs(doc)
    assert ("ACCUSE", "ITA", "DEU") not in _pairs(doc)
    doc = _run("The French minister accused the German government of hypocrisy.")
    assert ("ACCUSE", "FRA", "DEU") in _pairs(doc)


def test_being_asked_with_no_asker_is_no_request() -> None:
    doc = _run("The British chancellor has been asked to lead the talks with the European Commission.")
    assert "REQUEST" not in _types(doc)
    doc = _run("The Canadian minister was asked by the French president to join the mission.")
    assert ("REQUEST", "FRA", "CAN") in _pairs(doc)
    # a question put to the subject
    doc = _run("The Spanish prime minister was asked by Italian journalists about the talks.")
    assert "REQUEST" not in _types(doc)


def test_questions_asked_are_no_request() -> None:
    doc = _run("The Mexican reporter asked the American president two questions about the wall.")
    assert "REQUEST" not in _types(doc)


def test_a_passive_demonstrated_is_shown_not_a_protest() -> None:
    doc = _run("How weak the Greek government is was demonstrated by the vote in Athens.")
    assert "PROTEST" not in _types(doc)


def test_an_attempt_a_wish_or_an_avoidance_is_no_event() -> None:
    doc = _run("India and Britain have been trying to strike a free trade deal since January.")
    assert "COOPERATE" not in _types(doc)
    doc = _run("Lebanese officials took refuge in the embassy to avoid being extradited to Syria.")
    assert "COERCE" not in _types(doc)
    doc = _run("The Kenyan minister spoke about the possibility of deportation of Somali refugees.")
    assert "COERCE" not in _types(doc)


def test_a_trip_delayed_is_no_visit() -> None:
    doc = _run("The American vice president has delayed a trip to Israel because of the vote.")
    assert "CONSULT" not in _types(doc)


def test_a_topic_discussed_is_no_meeting() -> None:
    doc = _run("In his column the American senator discussed how the Chinese government treats its critics.")
    assert "CONSULT" not in _types(doc)
    doc = _run("The British minister discussed the possibility of sanctions on Russia.")
    assert "CONSULT" not in _types(doc)
    doc = _run("The Turkish minister discussed trade with the Iraqi prime minister.")
    assert ("CONSULT", "TUR", "IRQ") in _pairs(doc)
    doc = _run("The sanctions were discussed at a meeting between the Libyan foreign minister and the Italian "
               "prime minister in Rome.")
    assert ("CONSULT", "LBY", "ITA") in _pairs(doc)


def test_welcoming_what_is_someones_is_no_visit() -> None:
    doc = _run("The German chancellor welcomed the French president's proposal on energy prices.")
    assert "CONSULT" not in _types(doc)


def test_a_document_signed_and_a_plan_killed_or_a_chance_seized_are_no_events() -> None:
    doc = _run("The Chilean bishops read a letter signed by the Italian cardinal on Sunday.")
    assert "AGREE" not in _types(doc)
    doc = _run("Killing the credit would hurt German automakers like Volkswagen.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("British schools are seizing the tools the French government gave them.")
    assert "COERCE" not in _types(doc)


def test_congress_titles_are_american_whatever_the_report_is_about() -> None:
    # a report about Israel: "Rep." does not take the focus country
    doc = _run("Israel protested on Monday. Democratic Illinois Rep. Danny Davis defended Nation of Islam leader "
               "Louis Farrakhan as an outstanding human being on Monday.")
    assert ("SUPPORT", "USA", "USA") in _pairs(doc)


def test_a_congressional_delegation_is_american_whatever_the_report_is_about() -> None:
    doc = _run("Myanmar's army cleared villages. The Senate Foreign Relations Committee criticised the Burmese "
               "government on Monday.")
    assert ("ACCUSE", "USA", "MMR") in _pairs(doc)


def test_a_scathing_attack_is_an_accusation_not_an_assault() -> None:
    doc = _run("A British cabinet minister has launched a scathing attack on the French president.")
    assert ("ACCUSE", "GBR", "FRA") in _pairs(doc)
    assert "ASSAULT" not in _types(doc)


def test_they_is_no_pair_of_sides() -> None:
    # "they" stands for a group named before, not for the last two sides of the article
    doc = _run("The Turkish president met the Iraqi prime minister in Ankara on Sunday. French prosecutors said they "
               "arrested a man in Paris on Monday.")
    assert ("COERCE", "FRA", "FRA") in _pairs(doc)
    assert ("COERCE", "TUR", "IRQ") not in _pairs(doc)


def test_a_bare_school_is_no_side_and_a_ranked_shooting_is_background() -> None:
    # "the Parkland school shooting": the school is the setting, not the attacker
    doc = _run("The Scottish government promised free school meals for all primary school pupils.")
    assert not [m for m in doc.mentions if m.text.lower() == "school"]
    doc = _run("The American gunman was behind the worst mass shooting in American history.")
    assert "ASSAULT" not in _types(doc)


def test_an_alleged_act_is_no_event_but_the_claim_is_an_accusation() -> None:
    doc = _run("A French woman alleges she was assaulted by the American senator in Paris.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("The British minister has been accused of criticising the American president in a speech.")
    assert "ACCUSE" not in _types(doc)


def test_stopping_short_of_an_act_is_no_act() -> None:
    doc = _run("The American administration stopped short of accusing the Russian government of meddling.")
    assert "ACCUSE" not in _types(doc)


def test_a_trip_to_a_region_has_no_state_host() -> None:
    doc = _run("The British prime minister kicked off a trip to the Baltic region by announcing new aid for Ukraine.")
    assert ("CONSULT", "GBR", "UKR") not in _pairs(doc)
    doc = _run("The British prime minister made a trip to Estonia on Monday.")
    assert ("CONSULT", "GBR", "EST") in _pairs(doc)


def test_feeling_threatened_is_no_threat() -> None:
    doc = _run("Turkish students in Berlin said they felt threatened by the German government's new law.")
    assert "THREATEN" not in _types(doc)


def test_a_ruling_or_permit_granted_and_a_cause_contributed_are_no_aid() -> None:
    doc = _run("The American court granted a stay of execution for a Mexican inmate.")
    assert "AID" not in _types(doc)
    doc = _run("Chinese data had contributed to the decision of the Japanese government.")
    assert "AID" not in _types(doc)
    doc = _run("Ecuador granted the Australian journalist refuge in its embassy.")
    assert ("AID", "ECU", "AUS") in _pairs(doc)


def test_investment_in_a_sector_and_working_together_looked_forward_to_are_no_cooperation() -> None:
    doc = _run("The British chancellor announced more investment in French healthcare on Monday.")
    assert "COOPERATE" not in _types(doc)
    doc = _run("The Irish prime minister said he looked forward to working with the British prime minister.")
    assert "COOPERATE" not in _types(doc)


def test_opposed_by_names_the_opponent_after_it() -> None:
    doc = _run("The American president's plan, a course opposed by the Chinese government, was announced on Monday.")
    assert ("REJECT", "CHN", "USA") in _pairs(doc)
    assert ("REJECT", "USA", "CHN") not in _pairs(doc)


def test_a_fact_recognised_and_a_skill_trained_are_no_support_or_cooperation() -> None:
    doc = _run("The American government recognizes that the Iranian government is the main obstacle.")
    assert "SUPPORT" not in _types(doc)
    doc = _run("Iraqi officers were trained in codebreaking by the American army last year.")
    assert "COOPERATE" not in _types(doc)
    doc = _run("The Iraqi army was trained and armed by the American army.")
    assert ("COOPERATE", "USA", "IRQ") in _pairs(doc)


def test_a_boycott_movement_and_dissidents_are_no_protest() -> None:
    doc = _run("The Canadian students said the boycott movement against Israel was growing.")
    assert "PROTEST" not in _types(doc)
    doc = _run("The American president ignored the Iranian dissidents in Tehran.")
    assert "PROTEST" not in _types(doc)


def test_an_act_instead_of_or_owed_is_no_event() -> None:
    doc = _run("The French union, instead of protesting the German government's plan, praised it.")
    assert "PROTEST" not in _types(doc)
    doc = _run("The American government needs to stop cooperating with the Egyptian government.")
    assert "COOPERATE" not in _types(doc)


def test_an_act_offered_or_forbidden_is_no_event() -> None:
    doc = _run("The American president appeared willing to end his trade deal with Mexico.")
    assert "COOPERATE" not in _types(doc)
    doc = _run("The American Congress voted to prohibit economic cooperation with Iran.")
    assert "COOPERATE" not in _types(doc)


def test_a_member_expelled_from_a_party_is_no_sanction() -> None:
    doc = _run("The British MP was expelled from the Labour party over his views on the Iraqi war.")
    assert "SANCTION" not in _types(doc)
    doc = _run("The Russian government expelled the British ambassador on Monday.")
    assert ("SANCTION", "RUS", "GBR") in _pairs(doc)


def test_accused_as_an_adjective_and_deportation_officers_are_no_event() -> None:
    doc = _run("The American bishops released a list of accused predators on Monday.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("The American deportation officers work in Texas.")
    assert "COERCE" not in _types(doc)
    doc = _run("The Chilean government accused the Peruvian government of covering up the abuse.")
    assert ("ACCUSE", "CHL", "PER") in _pairs(doc)


def test_a_photo_gallery_caption_line_is_page_furniture() -> None:
    doc = _run("The French president met the German chancellor in Berlin on Monday.\n"
               "Photos: the summit Hide Caption 1 of 3 Photos: Russian troops attacked the Ukrainian town.")
    assert "ASSAULT" not in _types(doc)
    assert "CONSULT" in _types(doc)


def test_a_goal_held_a_crowd_urging_on_and_ones_own_protests_are_no_event() -> None:
    doc = _run("The Iranian militia is committed to the destruction of the Israeli government.")
    assert "AGREE" not in _types(doc)
    doc = _run("The German fans, urged on by the French singer, kept cheering.")
    assert "REQUEST" not in _types(doc)
    doc = _run("The American senator ignored her protests about the Canadian plan.")
    assert "PROTEST" not in _types(doc)


def test_money_donated_to_political_candidates_is_no_aid() -> None:
    doc = _run("The American firm has donated to both Republican and Democratic candidates in Texas.")
    assert "AID" not in _types(doc)


def test_a_need_recognised_and_an_agentless_refusal_are_no_event() -> None:
    doc = _run("The British minister said she recognised there would be limits on what the French government could do.")
    assert "SUPPORT" not in _types(doc)
    doc = _run("More Chinese export licences were refused under the European code, the British minister said.")
    assert "REJECT" not in _types(doc)
    doc = _run("The British plan was refused by the French government on Monday.")
    assert ("REJECT", "FRA", "GBR") in _pairs(doc)
    doc = _run("The French authorities are refusing to meet the British minister.")
    assert ("REJECT", "FRA", "GBR") in _pairs(doc)


def test_a_disease_as_the_killer_and_a_blame_undergone_are_no_act() -> None:
    doc = _run("The plague has so far killed 97 people in Madagascar, Malagasy officials said.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("The Malagasy epidemic is now blamed on old customs, the French doctors said.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("The French president blamed the Russian government for the attack.")
    assert ("ACCUSE", "FRA", "RUS") in _pairs(doc)


def test_devices_a_plight_and_a_source_briefed_are_no_consultation() -> None:
    doc = _run("The American senators were hitting the phones to find Mexican candidates.")
    assert "CONSULT" not in _types(doc)
    doc = _run("The American town landed in an unwelcome spotlight after the Canadian report.")
    assert "CONSULT" not in _types(doc)
    doc = _run("The American plan was reported by a Canadian source briefed on the matter.")
    assert "CONSULT" not in _types(doc)
    doc = _run("The American president phoned the French president on Monday.")
    assert ("CONSULT", "USA", "FRA") in _pairs(doc)


def test_a_danger_to_a_thing_is_no_threat_made() -> None:
    doc = _run("The British minister said the French plan threatens national security.")
    assert "THREATEN" not in _types(doc)
    doc = _run("The Russian president threatened the Ukrainian government with new strikes.")
    assert ("THREATEN", "RUS", "UKR") in _pairs(doc)


def test_a_joint_training_course_somewhere_is_cooperation() -> None:
    # "in" after the noun is where the course is held (after the verb "trained in" it is a skill)
    doc = _run("Police officers from Morocco and Senegal began a joint training course in Dakar on Monday.")
    assert "COOPERATE" in _types(doc)


def test_an_invitation_or_a_promise_accepted_is_an_agreement() -> None:
    doc = _run("The Chilean president accepted Argentina's invitation for talks on the border dispute.")
    assert ("AGREE", "CHL", "ARG") in _pairs(doc)
    # a fact admitted or a post taken is no agreement with anyone
    doc = _run("The Chilean president accepted that Argentina had a point about the border.")
    assert "AGREE" not in _types(doc)


def test_siding_with_someone_and_criticisms_of_them_are_statements() -> None:
    doc = _run("The Swedish foreign minister sided with Finland in the dispute over fishing quotas.")
    assert ("SUPPORT", "SWE", "FIN") in _pairs(doc)
    doc = _run("The Swedish foreign minister repeated his criticisms of the Danish government on Monday.")
    assert ("ACCUSE", "SWE", "DNK") in _pairs(doc)


def test_a_councillor_is_an_office_holder() -> None:
    doc = _run("The Welsh first minister was criticised over the budget. "
               "A Welsh councillor has also defended the first minister.")
    assert any(t == "SUPPORT" and a == "GBR" and r == "GBR" for t, a, r in _pairs(doc))


def test_the_one_jailed_is_the_recipient_of_a_passive_jailing() -> None:
    doc = _run("A former Slovak minister was jailed for six years for taking bribes.")
    records = [e for e in doc.events if e["event_type"] == "COERCE"]
    assert records and records[0]["trigger"]["frame"] == "passive"
    assert records[0]["recipient"]["country"] == "SVK"


def test_warning_someone_to_do_something_is_a_request() -> None:
    doc = _run("The Polish prime minister warned the Czech government to stop the coal mine's expansion.")
    assert ("REQUEST", "POL", "CZE") in _pairs(doc)
    assert "THREATEN" not in _types(doc)
    # a forecast stays no event of either kind
    doc = _run("The Polish prime minister warned that the Czech government would lose the case.")
    assert not {"REQUEST", "THREATEN"} & set(_types(doc))


def test_a_demand_named_by_its_maker_or_on_a_side_is_a_request() -> None:
    doc = _run("The talks went ahead despite a Greek demand for Albania to return the disputed islands.")
    assert ("REQUEST", "GRC", "ALB") in _pairs(doc)
    doc = _run("Norway's request for a fishing moratorium was sent to the Icelandic government.")
    assert any(t == "REQUEST" and a == "NOR" for t, a, _r in _pairs(doc))
    # a market's demand is none
    doc = _run("Demand for Norwegian gas in Germany is expected to rise this winter.")
    assert "REQUEST" not in _types(doc)


def test_gunned_down_is_a_shooting_and_its_passive_names_the_victim() -> None:
    doc = _run("Two Kenyan police officers were gunned down near the Somali border on Friday.")
    records = [e for e in doc.events if e["event_type"] == "ASSAULT"]
    assert records and records[0]["trigger"]["frame"] == "passive"
    assert records[0]["recipient"]["country"] == "KEN"
    doc = _run("Somali militants gunned down two Kenyan police officers near the border.")
    assert ("ASSAULT", "SOM", "KEN") in _pairs(doc)


def test_attacking_a_persons_policies_is_a_verbal_attack() -> None:
    doc = _run("The Dutch prime minister attacked his Belgian counterpart's budget plans as reckless.")
    assert "ACCUSE" in _types(doc)
    assert "ASSAULT" not in _types(doc)


def test_pressing_someone_to_act_is_a_request() -> None:
    doc = _run("The Irish taoiseach pressed the British government to delay the vote.")
    assert ("REQUEST", "IRL", "GBR") in _pairs(doc)
    # an advance or a pressing matter is none
    doc = _run("Irish officials pressed ahead with plans to meet British ministers next month.")
    assert "REQUEST" not in _types(doc)


def test_agreeing_a_deal_and_cutting_one_are_agreements() -> None:
    doc = _run("The Danish government agreed a deal with Sweden on the bridge tolls.")
    assert ("AGREE", "DNK", "SWE") in _pairs(doc)
    doc = _run("The Danish prime minister cut a deal with Sweden over the bridge tolls.")
    assert ("AGREE", "DNK", "SWE") in _pairs(doc)


def test_an_act_no_one_did_or_not_yet_done_is_none() -> None:
    doc = _run("The Czech president has yet to meet the Slovak prime minister.")
    assert "CONSULT" not in _types(doc)
    doc = _run("Czech officials said no one criticised the Slovak government.")
    assert "ACCUSE" not in _types(doc)


def test_telling_someone_to_act_is_a_request() -> None:
    doc = _run("The Austrian chancellor told the Hungarian government to reopen the border crossing.")
    assert ("REQUEST", "AUT", "HUN") in _pairs(doc)
    # a passive instruction names no one who gave it; a report to the press is no demand
    doc = _run("Hungarian officials were also told to reopen the border crossing.")
    assert "REQUEST" not in _types(doc)
    doc = _run("The Austrian chancellor told reporters to expect a Hungarian decision soon.")
    assert "REQUEST" not in _types(doc)


def test_paying_tribute_is_praise() -> None:
    doc = _run("The Finnish president paid tribute to Estonia for its help during the storm.")
    assert ("SUPPORT", "FIN", "EST") in _pairs(doc)


def test_challenging_someone_to_act_is_a_request() -> None:
    doc = _run("The Latvian president challenged the Lithuanian government to publish the full report.")
    assert ("REQUEST", "LVA", "LTU") in _pairs(doc)
    # a contested authority is no dare
    doc = _run("The Latvian president challenged the Lithuanian court's authority to rule on the case.")
    assert "REQUEST" not in _types(doc)


def test_a_bare_warning_is_advice_not_a_threat() -> None:
    # a caution or forecast names no consequence the speaker would bring about
    doc = _run("The Irish minister warned the Danish premier on Friday that the treaty could be struck down.")
    assert "THREATEN" not in _types(doc)
    doc = _run("The Dutch prime minister has warned hard choices lie ahead for Belgium.")
    assert "THREATEN" not in _types(doc)
    # with its condition the warning is a threat
    doc = _run("The Irish minister warned that if Denmark vetoed the treaty, Dublin would respond.")
    assert ("THREATEN", "IRL", "DNK") in _pairs(doc)


def test_storming_out_of_a_chamber_is_no_attack() -> None:
    doc = _run("A Welsh politician stormed out of the Scottish Parliament's chamber on Tuesday.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Armed men stormed the Iraqi embassy in Kabul on Tuesday.")
    assert "ASSAULT" in _types(doc)


def test_attacking_a_politician_is_words() -> None:
    doc = _run("Earlier this week the Canadian senator attacked Mr Lopez, a Mexican minister, over his remarks.")
    assert ("ACCUSE", "CAN", "MEX") in _pairs(doc)
    assert "ASSAULT" not in _types(doc)
    doc = _run("Russian troops attacked a Ukrainian village overnight.")
    assert ("ASSAULT", "RUS", "UKR") in _pairs(doc)
    assert "ACCUSE" not in _types(doc)


def test_voicing_opposition_is_a_rejection() -> None:
    doc = _run("The Irish foreign minister has expressed his opposition to Britain's plan for the border.")
    assert ("REJECT", "IRL", "GBR") in _pairs(doc)
    # a standing view named as a reason is no act
    doc = _run("The Irish senator was expelled because of his opposition to the British plan.")
    assert "REJECT" not in _types(doc)


def test_footage_shot_and_a_question_at_a_news_conference_are_no_events() -> None:
    doc = _run("Video shot by a Swedish diving company shows the damaged Danish pipeline.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Asked at a news conference how long the Swiss minister would stay, the Austrian chancellor smiled.")
    assert "REQUEST" not in _types(doc)
    doc = _run("Swiss police shot an Austrian gunman in Zurich on Monday.")
    assert "ASSAULT" in _types(doc)


def test_a_visit_called_off_is_no_meeting() -> None:
    doc = _run("The Greek decision to cancel the visits of official delegations to Turkey angered Ankara.")
    assert not any(t == "CONSULT" and a == "GRC" and r == "TUR" for t, a, r in _pairs(doc))
    doc = _run("The Greek prime minister cancelled his visit to Turkey on Monday.")
    assert not any(t == "CONSULT" and a == "GRC" and r == "TUR" for t, a, r in _pairs(doc))
    doc = _run("The Greek prime minister visited Turkey on Monday.")
    assert ("CONSULT", "GRC", "TUR") in _pairs(doc)


def test_denying_named_allegations_or_a_request_is_a_rejection() -> None:
    # what is denied behind its maker or a qualifier ("denied the woman's claims", "denied any misconduct")
    doc = _run("The Canadian senator has denied any misconduct.")
    assert ("REJECT", "CAN", "CAN") in _pairs(doc)
    doc = _run("The Russian government denies American allegations of election meddling.")
    assert ("REJECT", "RUS", "USA") in _pairs(doc)
    # a refusal undergone names no one who denies
    doc = _run("A British judge denied bail to the five French men.")
    assert "REJECT" not in _types(doc)


def test_attacking_a_politician_named_by_office_is_words() -> None:
    doc = _run("Earlier this month, the American general attacked a Florida congresswoman who had criticised the call.")
    assert ("ACCUSE", "USA", "USA") in _pairs(doc)
    assert "ASSAULT" not in _types(doc)
    # with no office after it the shorter ASSAULT form is free
    doc = _run("Russian troops attacked a Ukrainian village overnight.")
    assert ("ASSAULT", "RUS", "UKR") in _pairs(doc)
    assert "ACCUSE" not in _types(doc)



def test_a_congressional_committee_before_said_is_a_us_body() -> None:
    # "Committee" ends no person's name: the committee keeps its country before a speech verb
    doc = _run("The House Ethics Committee said on Thursday it was investigating the Mexican consul.")
    assert ("ACCUSE", "USA", "MEX") in _pairs(doc)
    doc = _run("The Commons Public Accounts Committee criticised the French company over the contract.")
    assert ("ACCUSE", "GBR", "FRA") in _pairs(doc)


def test_an_agency_or_department_before_said_is_no_person() -> None:
    doc = _run("The U.S. State Department said in a statement that it criticised the Cuban government.")
    assert not any(m.kind == "person" for m in doc.mentions)
    assert any(m.kind == "organization" and m.country == "USA" for m in doc.mentions)


def test_support_declared_or_thrown_behind_someone() -> None:
    doc = _run("The Canadian minister has already declared her support for the Mexican candidate.")
    assert ("SUPPORT", "CAN", "MEX") in _pairs(doc)
    doc = _run("The Irish senator has thrown his weight behind the British prime minister.")
    assert ("SUPPORT", "IRL", "GBR") in _pairs(doc)


def test_calling_someone_a_name_of_contempt_is_an_accusation() -> None:
    doc = _run("The Canadian senator called the Mexican president a liar on Monday.")
    assert ("ACCUSE", "CAN", "MEX") in _pairs(doc)
    # praise said the same way, or a name given, is none
    doc = _run("The Canadian minister called the Mexican president a giant of the movement.")
    assert "ACCUSE" not in _types(doc)


def test_calling_claims_false_is_a_denial() -> None:
    doc = _run("Senator Al Franken called the allegation categorically not true.")
    assert ("REJECT", "USA", "USA") in _pairs(doc)


def test_wasting_no_time_is_no_negation() -> None:
    doc = _run("The Canadian foreign minister wasted no time condemning the Mexican decision.")
    assert ("ACCUSE", "CAN", "MEX") in _pairs(doc)
    doc = _run("The Canadian foreign minister did not condemn the Mexican decision.")
    assert "ACCUSE" not in _types(doc)


def test_being_called_a_name_is_no_accusation_by_the_one_named() -> None:
    doc = _run("The Mexican president was called a liar by the Canadian senator on Monday.")
    assert ("ACCUSE", "MEX", "CAN") not in _pairs(doc)
    doc = _run("The Canadian senator was calling the Mexican president a liar on Monday.")
    assert ("ACCUSE", "CAN", "MEX") in _pairs(doc)


def test_a_national_security_council_is_no_un_body() -> None:
    # the report's own country's council, not the UN Security Council of the KB
    doc = _run("The American president met the Canadian envoy in Washington on Monday. On Tuesday the National "
               "Security Council criticised the Mexican government over the border.")
    assert ("ACCUSE", "USA", "MEX") in _pairs(doc)


def test_pouring_scorn_or_ripping_into_someone_is_words() -> None:
    doc = _run("Some Irish senators poured scorn on the British minister's plan on Monday.")
    assert ("ACCUSE", "IRL", "GBR") in _pairs(doc)
    doc = _run("The American president also ripped into the Mexican president during the rally.")
    assert ("ACCUSE", "USA", "MEX") in _pairs(doc)


def test_the_perfect_attacked_with_a_policy_behind_is_words() -> None:
    doc = _run("The South African president has attacked British imperialists in a speech.")
    assert ("ACCUSE", "ZAF", "GBR") in _pairs(doc)
    assert "ASSAULT" not in _types(doc)
    doc = _run("Syrian rebels have attacked a Turkish checkpoint near the border.")
    assert "ASSAULT" in _types(doc)
    assert "ACCUSE" not in _types(doc)


def test_dismissing_a_side_as_something_is_a_rejection() -> None:
    doc = _run("The Irish leader has dismissed Britain's budget as a vote now, pay later plan.")
    assert ("REJECT", "IRL", "GBR") in _pairs(doc)
    # a passive names the one waved away, no one who rejects
    doc = _run("The Irish plan was dismissed as naive on Monday.")
    assert "REJECT" not in _types(doc)


def test_an_attack_launched_on_a_plan_is_words() -> None:
    doc = _run("The Irish leader has launched an attack on British spending plans in a speech.")
    assert ("ACCUSE", "IRL", "GBR") in _pairs(doc)
    assert "ASSAULT" not in _types(doc)
    doc = _run("Russian troops launched an attack on a Ukrainian village overnight.")
    assert ("ASSAULT", "RUS", "UKR") in _pairs(doc)


def test_taking_shots_at_a_politician_is_a_jibe() -> None:
    doc = _run("The American president on Thursday took more shots at the Canadian prime minister.")
    assert ("ACCUSE", "USA", "CAN") in _pairs(doc)
    assert "ASSAULT" not in _types(doc)


def test_requests_from_someone_name_the_asker_after_from() -> None:
    doc = _run("The Russian ambassador, spurning requests from American officials to impose sanctions, left the room.")
    assert ("REQUEST", "USA", "RUS") in _pairs(doc)
    assert ("REQUEST", "RUS", "USA") not in _pairs(doc)


def test_backing_picked_up_from_someone_names_the_backer_after_from() -> None:
    doc = _run("The Irish plan won broad support from British ministers on Monday.")
    assert ("SUPPORT", "GBR", "IRL") in _pairs(doc)


def test_concern_raised_in_any_tense_is_disapproval() -> None:
    doc = _run("The Irish foreign minister raised concern over the British plan for the border.")
    assert ("ACCUSE", "IRL", "GBR") in _pairs(doc)


def test_the_present_of_reproach_and_praise_verbs() -> None:
    doc = _run("The Irish prime minister castigates the British government over the border.")
    assert ("ACCUSE", "IRL", "GBR") in _pairs(doc)
    doc = _run("The Irish prime minister applauds the British government for its decision.")
    assert ("SUPPORT", "IRL", "GBR") in _pairs(doc)


# --- round 11 -------------------------------------------------------------------------------


def test_an_adverb_inside_a_passive_arrest_keeps_it_passive() -> None:
    # "was wrongly detained by": the adverb is skipped, the one held stays the recipient
    doc = _run("The British journalist was wrongly detained by Iranian police in Tehran.")
    assert ("COERCE", "IRN", "GBR") in _pairs(doc)
    assert ("COERCE", "GBR", "IRN") not in _pairs(doc)


def test_an_arrest_with_no_agent_is_by_the_authorities_of_the_place_named() -> None:
    # no agent named: the country the sentence puts the arrest in holds the one arrested, not the
    # country of the people held ("detained in China" is China's doing)
    doc = _run("Three American basketball players were detained in China on suspicion of shoplifting.")
    assert ("COERCE", "CHN", "USA") in _pairs(doc)
    assert ("COERCE", "USA", "USA") not in _pairs(doc)


def test_the_subject_of_a_passive_ban_is_the_one_banned() -> None:
    # "was banned from preaching in ...": the one banned is the subject; with no agent named, the
    # authorities of the place ban him
    doc = _run("The British cleric was banned from preaching in Pakistan.")
    assert ("COERCE", "PAK", "GBR") in _pairs(doc)
    assert ("COERCE", "GBR", "PAK") not in _pairs(doc)


def test_the_one_criticised_in_a_passive_with_no_critic_named_is_no_critic() -> None:
    # "was criticised after he said ...": the subject is the one criticised; no one named criticises
    doc = _run("The British foreign secretary was criticised after he said fans travelling to Qatar should compromise.")
    assert ("ACCUSE", "GBR", "QAT") not in _pairs(doc)
    # the critic named after "by" still makes the record
    doc = _run("The British foreign secretary was criticised by Qatari officials after his remarks.")
    assert ("ACCUSE", "QAT", "GBR") in _pairs(doc)


def test_the_subject_of_a_passive_fine_inquiry_or_praise_is_acted_on() -> None:
    # "has been fined in Britain": the one fined is the subject, the authorities fine
    doc = _run("The French company has been fined in Britain for polluting the river.")
    assert ("COERCE", "GBR", "FRA") in _pairs(doc)
    assert ("COERCE", "FRA", "GBR") not in _pairs(doc)
    # "is being investigated", "were praised" with no agent named: the subject neither investigates nor praises
    doc = _run("The British minister is also being investigated over the visa application of a Filipino nanny.")
    assert ("ACCUSE", "GBR", "PHL") not in _pairs(doc)
    doc = _run("The Irish journalists were praised for their coverage of the British election.")
    assert ("SUPPORT", "IRL", "GBR") not in _pairs(doc)


def test_a_visit_to_the_wounded_is_no_meeting_of_two_sides() -> None:
    doc = _run("The Egyptian governor visited the wounded in hospital in El Arish on Sunday.")
    assert "CONSULT" not in _types(doc)
    doc = _run("The Egyptian president visited Jordan on Sunday.")
    assert ("CONSULT", "EGY", "JOR") in _pairs(doc)


def test_backs_as_a_noun_or_backing_down_is_no_support() -> None:
    doc = _run("The British reporter grew rich on the backs of two American whistleblowers.")
    assert "SUPPORT" not in _types(doc)
    doc = _run("The American president backed down from his threat against the Canadian government.")
    assert "SUPPORT" not in _types(doc)
    doc = _run("The American president backs the Canadian government in its dispute.")
    assert ("SUPPORT", "USA", "CAN") in _pairs(doc)


def test_a_demonym_after_a_body_head_belongs_to_the_next_phrase() -> None:
    # English adjectives come first: "investigators probing Russian interference" are no Russian investigators
    doc = _run("American officials said federal investigators probing Russian interference charged the lobbyist.")
    assert ("ACCUSE", "RUS", "USA") not in _pairs(doc)
    assert not [m for m in doc.mentions if "probing" in m.text]


def test_a_second_act_of_the_same_type_with_its_own_subject_is_kept() -> None:
    # "X criticised Y, while Z criticised W": two happenings of one type in a sentence
    doc = _run("France criticised Germany, while Italy criticised Spain.")
    assert ("ACCUSE", "FRA", "DEU") in _pairs(doc)
    assert ("ACCUSE", "ITA", "ESP") in _pairs(doc)
    # the first one's object is no subject of the second ("attacked the government's ... and criticised")
    doc = _run("The British leader attacked the French government's failure to control immigration and "
               "criticised its record on the economy.")
    assert ("ACCUSE", "FRA", "FRA") not in _pairs(doc)


def test_a_second_statement_verb_after_and_shares_the_clause_subject() -> None:
    # "X said Y ... and called on him": the caller is X, not Y (the first verb's object)
    doc = _run("The French president said the Italian government had failed and called on "
               "the European Commission to act.")
    assert ("REQUEST", "FRA", None) in _pairs(doc)
    assert not [p for p in _pairs(doc) if p[0] == "REQUEST" and p[1] == "ITA"]
    doc = _run("The American president called the Canadian prime minister weak and accused him of "
               "cheating on trade.")
    assert not [p for p in _pairs(doc) if p[0] == "ACCUSE" and p[1] == "CAN"]


def test_a_participle_of_a_charge_behind_its_noun_names_the_one_charged() -> None:
    # "X, found guilty of ...": X is the one charged, no accuser of anyone named later
    doc = _run("The court freed Paul Manafort, found guilty of financial crimes, not Russian collusion, last year.")
    assert not [p for p in _pairs(doc) if p[0] == "ACCUSE" and p[2] == "RUS"]
    # a duty is no charge ("the agency charged with securing the release")
    doc = _run("The British agency charged with securing the release of the French hostages met on Monday.")
    assert "ACCUSE" not in _types(doc)


def test_meeting_the_people_affected_is_no_meeting_of_two_sides() -> None:
    doc = _run("The American senators met with people affected by the crackdown in Myanmar on Monday.")
    assert "CONSULT" not in _types(doc)
    # "People's Army" is no people met
    doc = _run("The American senator met with a former Vietnamese People's Army general in Hanoi.")
    assert "CONSULT" in _types(doc)


# --- round 12 -------------------------------------------------------------------------------


def test_a_subject_that_names_nobody_leaves_the_named_actor_as_object() -> None:
    # "Others accused X", "they accuse Russia": the named actor is accused; the accusers are people
    # of the report's focus country, and no record is made without one
    lead = "President Trump spoke at the White House in Washington on Monday. "
    doc = _run(lead + "They accuse Russia of meddling in the American election.")
    assert ("ACCUSE", "USA", "RUS") in _pairs(doc)
    assert not [p for p in _pairs(doc) if p[0] == "ACCUSE" and p[1] == "RUS"]
    doc = _run("Others accused Russia of meddling in the election.")
    assert not [p for p in _pairs(doc) if p[0] == "ACCUSE" and p[1] == "RUS"]


def test_a_country_before_a_title_of_another_country_names_the_official() -> None:
    # "Defence Secretary" alone is British; "the American defence secretary" is not
    doc = _run("The American defence secretary visited London on Monday.")
    assert ("CONSULT", "USA", "GBR") in _pairs(doc)
    doc = _run("The defence secretary visited Paris on Monday.")
    assert ("CONSULT", "GBR", "FRA") in _pairs(doc)


def test_an_attack_inside_another_phrase_is_not_the_subjects_act() -> None:
    # "attacks such as ... bombing", "people affected by the crackdown": whoever the sentence is
    # about did not carry it out
    doc = _run("The Palestinian president said he would not accept attacks such as last week's bombing "
               "in the Israeli city of Haifa.")
    assert not [p for p in _pairs(doc) if p[0] == "ASSAULT" and p[1] == "PSE"]
    doc = _run("The American senators spoke to people affected by the army crackdown in Bangladesh.")
    assert not [p for p in _pairs(doc) if p[0] == "ASSAULT" and p[1] == "USA"]
    # a named attacker after the cue still acts
    doc = _run("Israeli troops arrested dozens of Palestinians in Hebron on Monday.")
    assert ("COERCE", "ISR", "PSE") in _pairs(doc)


def test_who_caused_protests_is_not_the_protester() -> None:
    # "the ban prompted mass protests", "which caused chaos and protests": the cause is no protester
    doc = _run("President Trump signed a travel ban in January, which caused chaos at airports and mass protests.")
    assert not [p for p in _pairs(doc) if p[0] == "PROTEST" and p[1] == "USA"]
    doc = _run("The French army's decision prompted riots against foreign nationals in Abidjan.")
    assert not [p for p in _pairs(doc) if p[0] == "PROTEST" and p[1] == "FRA"]


def test_the_one_protested_against_is_the_target() -> None:
    # "protests against President X": X is the target, the protesters people of the country
    doc = _run("In recent weeks, there have been large protests against President Emmanuel Macron and his government.")
    assert ("PROTEST", "FRA", "FRA") in _pairs(doc)
    assert not [e for e in doc.events if e["event_type"] == "PROTEST" and e["actor"]["name"] == "Emmanuel Macron"]
    # not an adjective: "riots against French nationals" in another country
    doc = _run("The decision prompted riots against French and other foreign nationals.")
    assert not [p for p in _pairs(doc) if p[0] == "PROTEST" and p[1] == "FRA"]


def test_who_looks_into_an_act_did_not_do_it() -> None:
    # "conducted the inquiry into the riots", "on the anniversary of the bombings"
    doc = _run("The British judge Lord Smith, who conducted the inquiry into the 1985 Tottenham riots, has died.")
    assert "PROTEST" not in _types(doc)
    doc = _run("The British prime minister spoke in Madrid on the anniversary of the train bombings in Spain.")
    assert not [p for p in _pairs(doc) if p[0] == "ASSAULT" and p[1] == "GBR"]


def test_a_protest_the_sentence_only_refers_to_has_no_protester() -> None:
    # a protest or strike noun after an article, a possessive or a preposition: who is named
    # before it did not protest ("the minister said the walkout ...", "spoke at a demonstration")
    for text in ("The British health secretary said the walkout would hurt patients.",
                 "Senator Jane Miller of Ohio spoke at a demonstration in Columbus.",
                 "The Canadian minister was photographed at the face of the protests.",
                 "The British transport minister warned of the risk of further strike action.",
                 "The Israeli academic said she faces a boycott from her colleagues.",
                 "As the Italian government's decision demonstrates, the policy has failed.",
                 "American police officers in riot gear guarded the border crossing.",
                 "Canada's Yellow Vest movement has 100,000 members online.",
                 "The American senator walked out of the court in Boston on Monday.",
                 "Her French National Rally party is polling ahead of President Emmanuel Macron."):
        assert "PROTEST" not in _types(_run(text)), text
    # the act itself still is one
    doc = _run("Hundreds of Jordanian students demonstrated outside the US embassy in Amman.")
    assert ("PROTEST", "JOR", "USA") in _pairs(doc)
    doc = _run("French students went on strike in Paris on Friday.")
    assert ("PROTEST", "FRA", "FRA") in _pairs(doc)


def test_the_west_is_a_body_of_no_country_and_suez_alone_is_no_place() -> None:
    # "the West" names no state: the accused is not the accuser's own government
    doc = _run("The Russian foreign minister accused the West of trying to destroy Russia.")
    assert ("ACCUSE", "RUS", None) in _pairs(doc)
    assert not [p for p in _pairs(doc) if p[0] == "ACCUSE" and p[2] == "RUS"]
    assert not [m for m in _run("Fighting was reported in the west of the country.").mentions
                if m.actor_id == "org:WEST"]
    # "Suez" alone is the company, not the Egyptian town; the canal stays Egyptian
    doc = _run("In Argentina, Suez's local subsidiary has been fined for cutting the water supply.")
    assert not [m for m in doc.mentions if m.country == "EGY"]
    assert [m for m in _run("Ships crossed the Suez Canal on Monday.").mentions if m.country == "EGY"]


def test_a_reduced_passive_after_an_unknown_name_is_not_the_earlier_actors_act() -> None:
    # "appealed for the release of aid worker Margaret Hassan, kidnapped in Iraq": the name before
    # the comma is unknown to the lexicon; the British MP kidnapped nobody, and Iraq is the place
    # (the name is now read as a person by its given name: the kidnapping is hers, by unnamed kidnappers)
    doc = _run("The former British MP appealed for the release of aid worker Jane Doughty, kidnapped in Iraq.")
    assert not [p for p in _pairs(doc) if p[0] == "ASSAULT" and p[1] is not None]
    # a known name before the comma is still the one kidnapped
    doc = _run("The French journalist Olivier Dubois, kidnapped in Mali in 2021, was freed on Monday.")
    assert ("ASSAULT", None, "FRA") in _pairs(doc)


def test_an_office_the_report_country_lacks_is_another_countrys() -> None:
    # "the prime minister" in a report about the United States (no such office there) is of the
    # country the text names most besides it, not the focus country
    doc = _run("The prime minister's wife praised the US Supreme Court in Washington on Monday. "
               "British officials said she spoke as a lawyer during her tour of the United States. "
               "The US election is close.")
    assert ("SUPPORT", "GBR", "USA") in _pairs(doc)
    # a country that has the office lends it as before
    doc = _run("The prime minister praised the French police in Paris on Monday. France will vote soon.")
    assert [m for m in doc.mentions if m.text == "prime minister" and m.country == "FRA"]


def test_a_trailing_attribution_with_an_auxiliary_names_no_side() -> None:
    # "..., Downing Street has said.": the source of the sentence is no side of the pledge
    doc = analyse_text("UK and France have pledged to boost co-operation to tackle migrant crossings in the Channel, "
                       "Downing Street has said.", "en", url="https://www.bbc.com/news/uk-politics-1")
    assert ("AGREE", "GBR", "FRA") in _pairs(doc)


def test_border_patrol_agents_are_american_forces() -> None:
    # "Border Patrol agents arrested a Mexican national": the agents act, not the man they hold
    doc = _run("Border Patrol agents arrested a Mexican national near Nogales on Monday.")
    assert ("COERCE", "USA", "MEX") in _pairs(doc)
    assert not [p for p in _pairs(doc) if p[1] == "MEX"]


def test_the_possessor_of_a_noun_trigger_is_its_agent() -> None:
    # "Russia's shelling of Kharkiv": Russia shelled, not the minister who talks about it (the noun "invasion"
    # after a possessive refers back to the known war: test_an_invasion_referred_back_to_is_no_new_assault)
    doc = _run("The Estonian minister described Russia's shelling of Kharkiv as a game-changer.")
    assert ("ASSAULT", "RUS", "UKR") in _pairs(doc)
    assert not [p for p in _pairs(doc) if p[0] == "ASSAULT" and p[1] == "EST"]
    doc = _run("Relations between Russia and Britain soured after Russia's shelling of Kharkiv.")
    assert ("ASSAULT", "RUS", "UKR") in _pairs(doc)
    # a kin word names someone else: "Macron's wife praised ..." is not Macron's act
    doc = _run("Macron's wife praised the Italian government.")
    assert not [e for e in doc.events if e["actor"]["name"] == "Emmanuel Macron"]


def test_who_is_urged_is_the_other_side_not_a_country_in_the_request() -> None:
    # "urged the government to scrap the Rwanda scheme": the government is asked, Rwanda is what it
    # is asked about
    doc = _run("Labour leader Keir Starmer urged the government to scrap the Rwanda scheme.")
    assert [e for e in doc.events if e["event_type"] == "REQUEST" and e["recipient"]["name"] == "government"]
    assert not [p for p in _pairs(doc) if p[0] == "REQUEST" and p[2] == "RWA"]
    doc = _run("Ukrainian President Volodymyr Zelensky urged the European Union to protect his country from Russia.")
    assert ("REQUEST", "UKR", None) in _pairs(doc)


def test_an_adjective_before_an_actor_is_not_the_agent_of_the_verb_after_it() -> None:
    # "Welsh Conservatives rejected ...", "the Ukrainian president urged ...": the adjective
    # qualifies the actor between it and the verb, which is the subject
    doc = _run("But Welsh Conservatives rejected any further powers for the Welsh government.")
    assert ("REJECT", "GBR", "GBR") in _pairs(doc)
    doc = _run("The Ukrainian president urged the European Union to protect his country from Russia.")
    assert ("REQUEST", "UKR", None) in _pairs(doc)
    # a noun trigger keeps its adjective ("a Turkish drone strike hit ...")
    doc = _run("A Turkish drone strike hit two Iraqi soldiers near Sinjar.")
    assert ("ASSAULT", "TUR", "IRQ") in _pairs(doc)


def test_is_to_visit_is_a_plan() -> None:
    # "is to visit": the future cue "is to" shares its "to" with the form "to visit"
    doc = _run("The British foreign secretary is to visit Thailand this week.")
    assert "CONSULT" not in _types(doc)
    doc = _run("The British foreign secretary flew to Bangkok to visit Thailand's prime minister on Monday.")
    assert "CONSULT" in _types(doc)


def test_a_protest_has_a_foreign_side_only_behind_a_target_marker() -> None:
    # "the Canadian and British demonstrations have mixed the French movement with ...": no
    # protest against France
    doc = _run("Participants in the British demonstrations have mixed the French movement with an American theory.")
    assert not [p for p in _pairs(doc) if p[0] == "PROTEST" and p[2] in ("FRA", "USA")]
    # behind a target marker the foreign side stays
    doc = _run("Hundreds of Jordanian students protested outside the US embassy in Amman on Friday.")
    assert ("PROTEST", "JOR", "USA") in _pairs(doc)
    # a boycott names its target as its object
    doc = _run("Germany pledged to boycott Russian oil by the end of the year.")
    assert not [p for p in _pairs(doc) if p[0] == "PROTEST" and p[2] == "DEU"]


def test_a_strike_that_will_involve_people_is_still_to_come() -> None:
    doc = _run("The British nurses' walkout will involve union members in half of the hospitals.")
    assert "PROTEST" not in _types(doc)


def test_who_is_accused_right_behind_the_verb_is_the_other_side() -> None:
    # "accused the West of nuclear blackmail, raising fears the Ukraine war could escalate"
    doc = _run("Russia accused the West of nuclear blackmail, raising fears the war in Ukraine could escalate.")
    assert ("ACCUSE", "RUS", None) in _pairs(doc)
    assert not [p for p in _pairs(doc) if p[0] == "ACCUSE" and p[2] == "UKR"]


def test_a_party_and_state_tag_after_a_name_makes_the_person_american() -> None:
    # actors.yaml name_tags: "(R-VA)" after a legislator's name, in a report mostly about Russia
    doc = _run("Russia sold the uranium mine to a Russian firm. Russia welcomed the sale. "
               "Senator Jane Doe (R-VA) urged the Pentagon to review the sale of the mine.")
    assert ("REQUEST", "USA", "USA") in _pairs(doc)
    assert not [p for p in _pairs(doc) if p[0] == "REQUEST" and p[1] == "RUS"]


# --- AGREE: a compound agent after a passive form ------------------------------------------


def test_a_deal_agreed_by_two_sides_has_both_as_its_sides() -> None:
    doc = _run("The trade protocol was agreed by Britain and France last year.")
    assert ("AGREE", "GBR", "FRA") in _pairs(doc)


def test_the_house_alone_is_the_chamber() -> None:
    # "House" as written is the lower chamber, of the country the report is about
    doc = _run("WASHINGTON (Reuters) - The U.S. Senate passed the bill on Monday. "
               "The final bill was agreed by House and Senate Republicans last week.")
    assert ("AGREE", "USA", "USA") in _pairs(doc)


def test_a_house_in_lower_case_is_a_home() -> None:
    doc = _run("Police raided the house of a French journalist in Paris on Monday.")
    assert not any("LEGISLATURE" in m.sectors for m in doc.mentions)
    doc = _run("Police raided the House of a French journalist in Paris on Monday.")
    assert any("LEGISLATURE" in m.sectors for m in doc.mentions)


def test_a_country_joined_to_style_is_no_side() -> None:
    # "American-style primaries": a kind of thing, not the United States as the one asked
    doc = _run("A prominent British activist called for American-style primaries to be introduced.")
    assert not any(r == "USA" for _t, _a, r in _pairs(doc))


def test_one_persons_attack_on_another_is_an_accusation() -> None:
    # "Trump's attack on Gillibrand": a public figure's words, not blows
    doc = _run("Senator Chuck Schumer said Donald Trump's attack on Kirsten Gillibrand was nasty.")
    assert ("ACCUSE", "USA", "USA") in _pairs(doc)
    assert "ASSAULT" not in _types(doc)


def test_two_subjects_of_a_call_ask_nothing_of_each_other() -> None:
    # "Germany and France have called for ...": two callers, not Germany asking France
    doc = _run("Germany and France have repeatedly called for the embargo to be lifted.")
    assert ("REQUEST", "DEU", "FRA") not in _pairs(doc)


def test_two_subjects_blaming_each_other_are_both_sides() -> None:
    doc = _run("Ukraine and Russia have each been blaming each other for the shelling.")
    assert any(t == "ACCUSE" and {a, r} == {"UKR", "RUS"} for t, a, r in _pairs(doc))


def test_premier_as_an_adjective_is_no_head_of_government() -> None:
    # "a premier assassin": the best of his trade, no prime minister
    doc = _run("In Mexico City the Guatemalan contact met with a premier assassin for the Cuban service.")
    assert not any(m.title and fold(m.text) == "premier" for m in doc.mentions)


def test_who_says_someone_was_shot_was_not_shot() -> None:
    # "Police said Campos was shot": the police are the source, not the victim
    doc = _run("French police said Campos was shot in the leg at the end of the assault.")
    assert not any(e["event_type"] == "ASSAULT" and e["recipient"] and "POLICE" in e["recipient"].get("sectors", [])
                   for e in doc.events)


def test_the_subject_of_was_attacked_is_the_victim() -> None:
    doc = _run("Two Iraqi policemen were attacked by gunmen in Baghdad on Monday.")
    assert any(t == "ASSAULT" and r == "IRQ" for t, _a, r in _pairs(doc))
    assert not any(t == "ASSAULT" and a == "IRQ" for t, a, _r in _pairs(doc))


def test_attacked_over_remarks_is_no_assault() -> None:
    doc = _run("The French minister was attacked over his remarks on immigration.")
    assert "ASSAULT" not in _types(doc)


def test_the_trades_union_congress_is_british() -> None:
    # not the US Congress
    doc = _run("The Trades Union Congress welcomed the increase, but has called for a higher minimum wage.")
    assert ("REQUEST", "GBR", "GBR") in _pairs(doc)
    assert not any(a == "USA" for _t, a, _r in _pairs(doc))



def test_who_authorities_say_was_kidnapped_names_a_source() -> None:
    # "who authorities say was kidnapped": the authorities tell of it, they were not kidnapped
    doc = _run("The uncle of a young boy, who French authorities say was kidnapped by his father, spoke on Monday.")
    assert not any(t == "ASSAULT" and r == "FRA" for t, _a, r in _pairs(doc))


def test_according_to_names_a_source_not_a_victim() -> None:
    doc = _run("According to French prosecutors, he was kidnapped from his mother in Lyon.")
    assert not any(t == "ASSAULT" and r == "FRA" for t, _a, r in _pairs(doc))
    # a report verb after the subject still leaves the victims named after it
    doc = _run("French officials said two Iraqi policemen, one of them a captain, were shot in Paris.")
    assert any(t == "ASSAULT" and r == "IRQ" for t, _a, r in _pairs(doc))


def test_pushed_back_any_suggestion_is_a_rejection() -> None:
    doc = _run("The French Justice Ministry pushed back any suggestion that the decision was political.")
    assert any(t == "REJECT" and a == "FRA" for t, a, _r in _pairs(doc))


def test_an_assault_on_our_country_is_rhetoric() -> None:
    # a nation or its institutions assailed in words, no blows
    doc = _run("The French president said the migrant caravan was an assault on our country by Guatemala and Honduras.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Conservative American commentators kept attacking the alleged victims of the senator.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Russian troops launched an assault on Kyiv on Monday.")
    assert ("ASSAULT", "RUS", "UKR") in _pairs(doc)


def test_would_not_support_is_a_refusal() -> None:
    doc = _run("French lawmakers will not back the German proposal, the French minister said.")
    assert ("REJECT", "FRA", "DEU") in _pairs(doc)
    # "would not back down" is no support withheld: the form is the refusal to yield (a REJECT of its own), read
    # whole
    doc = _run("The French minister said he would not back down.")
    assert [e["trigger"]["text"] for e in doc.events if e["event_type"] == "REJECT"] == ["would not back down"]


def test_recommended_that_is_a_request() -> None:
    doc = _run("The French audit office recommended that the German government review its energy contracts.")
    assert ("REQUEST", "FRA", "DEU") in _pairs(doc)


def test_correspondence_between_is_contact() -> None:
    doc = _run("Leaked e-mails showed correspondence between the French president and the Russian ambassador.")
    assert ("CONSULT", "FRA", "RUS") in _pairs(doc)


def test_an_invasion_reckoned_or_preferred_is_no_event() -> None:
    doc = _run("Estimates of the cost of a US invasion of North Korea have run as high as 250,000 casualties.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Since the Cold War, the Russian army has preferred to attack small countries like Georgia.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("The US army launched an invasion of Iraq in 2003.")
    assert ("ASSAULT", "USA", "IRQ") in _pairs(doc)


def test_beating_the_war_drums_or_beaten_in_a_war_is_no_beating() -> None:
    doc = _run("The American president keeps beating the war drums over North Korea.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Ever since being soundly beaten in Vietnam, the US army has avoided long wars.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("A French journalist was beaten by Iraqi police.")
    assert ("ASSAULT", "IRQ", "FRA") in _pairs(doc)


def test_an_attack_one_is_kept_from_is_no_attack() -> None:
    doc = _run("The bill would bar the American president from launching an attack on North Korea without Congress.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("The American army launched an attack on North Korea on Monday.")
    assert ("ASSAULT", "USA", "PRK") in _pairs(doc)


def test_an_assault_on_a_political_system_is_no_attack() -> None:
    doc = _run("The inquiry has illuminated Russia's assault on the American political system.")
    assert "ASSAULT" not in _types(doc)


def test_a_group_pronoun_stands_for_the_body_opening_the_sentence_before() -> None:
    doc = _run("Japanese car makers say their plants face high tariffs in Korea. They have also criticised Seoul's "
               "new subsidy scheme for local firms.")
    assert ("ACCUSE", "JPN", "KOR") in _pairs(doc)
    # a person opening the sentence before is no group: "they" stands for no one
    doc = _run("Senator John Smith spoke to reporters in Tokyo on Monday. They have also criticised Seoul's new "
               "subsidy scheme.")
    assert ("ACCUSE", "USA", "KOR") not in _pairs(doc)


def test_a_verdict_of_scorn_given_with_described_as_is_a_reproach() -> None:
    doc = _run("The British defence minister described Vladimir Putin as reckless and dangerous.")
    assert ("ACCUSE", "GBR", "RUS") in _pairs(doc)
    # a neutral description is no reproach, and the passive names the one described as the subject
    doc = _run("The German chancellor described the French plan as important.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("Vladimir Putin was described as dangerous in a British newspaper.")
    assert "ACCUSE" not in _types(doc)


def test_a_verdict_of_praise_is_support() -> None:
    doc = _run("The French minister described the German chancellor as a straight shooter.")
    assert ("SUPPORT", "FRA", "DEU") in _pairs(doc)
    doc = _run("The French president called the German chancellor a giant of European politics.")
    assert ("SUPPORT", "FRA", "DEU") in _pairs(doc)
    # a call for something, with praise further on, is no praise
    doc = _run("The French minister called for talks with Germany, a step forward.")
    assert "SUPPORT" not in _types(doc)


def test_a_church_attacked_in_words_is_no_assault() -> None:
    doc = _run("Argentine bishops have been attacking the Church for years, Italian critics say.")
    assert "ASSAULT" not in _types(doc)


def test_a_conditional_clause_makes_its_triggers_hypothetical_however_far_behind() -> None:
    doc = _run("If a new trade pact is not approved by the French parliament and signed by the French president, "
               "German exporters will lose money.")
    assert "AGREE" not in _types(doc)
    # the main clause after the condition keeps its own reading
    doc = _run("If the talks fail, the French president signed a deal with the German chancellor.")
    assert ("AGREE", "FRA", "DEU") in _pairs(doc)


def test_a_denial_naming_no_one_answers_the_last_accuser_of_its_country() -> None:
    doc = _run("The American special counsel accused Russia of meddling in the election. Russia denies the allegations.")
    assert ("REJECT", "RUS", "USA") in _pairs(doc)


def test_a_verb_after_or_shares_the_negation_of_the_verb_before_it() -> None:
    doc = _run("An extension cannot be sought by the French government or granted by the German government.")
    assert "AID" not in _types(doc)


def test_the_two_sides_before_a_relative_clause_are_its_subject() -> None:
    doc = _run("President Trump met Kim Jong-un in Singapore on Tuesday. The two leaders, who have been trading insults "
               "for months, smiled for the cameras.")
    assert ("ACCUSE", "USA", "PRK") in _pairs(doc)


def test_a_resignation_under_pressure_is_a_concession() -> None:
    # a record of its own with nobody else named ('alone'), addressed to the government of its country
    assert ("CONCEDE", "GBR", "GBR") in _pairs(_run("Boris Johnson resigned on Tuesday after the allegations."))
    assert ("CONCEDE", "GBR", "GBR") in _pairs(_run("Theresa May said on Thursday she would step down."))
    # an apology is SUPPORT (CAMEO 055, as PLOVER maps it) to the one it is made to
    assert ("SUPPORT", "GBR", "FRA") in _pairs(_run("Boris Johnson apologized to President Macron."))
    # asked for, not done
    doc = _run("Chuck Schumer said he did not join her call for Trump to resign.")
    assert "CONCEDE" not in _types(doc)
    doc = _run("Boris Johnson faced intense pressure to step down.")
    assert "CONCEDE" not in _types(doc)
    doc = _run("Theresa May has faced pressure from the pro-Brexit wing of her party to step down.")
    assert "CONCEDE" not in _types(doc)


def test_a_hearing_is_a_meeting_of_the_committee_and_its_witnesses() -> None:
    doc = _run("The Senate Foreign Relations Committee on Monday held a hearing at which Rex Tillerson testified.")
    assert ("CONSULT", "USA", "USA") in _pairs(doc)
    doc = _run("Boris Johnson testified before the Foreign Affairs Committee of the French parliament on Monday.")
    assert any(t == "CONSULT" and a == "GBR" for t, a, _r in _pairs(doc))


def test_the_long_form_of_a_uk_secretary_of_state_is_british() -> None:
    doc = _run("The Secretary of State for Defence described Putin as dangerous.")
    assert ("ACCUSE", "GBR", "RUS") in _pairs(doc)


def test_a_migrant_caravan_on_its_way_is_no_visit() -> None:
    doc = _run("American troops will be putting up barriers for the migrant caravan headed to the Mexican border.")
    assert "CONSULT" not in _types(doc)
    assert ("CONSULT", "FRA", "MEX") in _pairs(_run("The French president headed to Mexico on Monday."))


def test_a_resignation_recalled_in_passing_is_no_concession() -> None:
    # the noun behind a possessive or an article recalls an earlier resignation, not the news
    doc = _run("The new minister took office on Monday following Peter Smith's resignation.")
    assert "CONCEDE" not in _types(doc)
    doc = _run("Sterling rose after the resignation of the British prime minister.")
    assert "CONCEDE" not in _types(doc)
    # told as the news, it is one
    doc = _run("British Home Secretary Peter Smith announced his resignation on Thursday.")
    assert ("CONCEDE", "GBR", "GBR") in _pairs(doc)


def test_a_thing_sought_for_oneself_is_no_request() -> None:
    # "seeking entry", "seeks new markets": wanted, asked of no one
    doc = _run("Syrian migrants seeking entry into Germany waited at the border.")
    assert "REQUEST" not in _types(doc)
    doc = _run("As Russia seeks new markets for its gas, Germany buys less.")
    assert "REQUEST" not in _types(doc)


def test_the_one_invited_is_no_inviter() -> None:
    # the passive names the guest as subject: no request made by it
    doc = _run("Spain is always invited to the summit as a guest.")
    assert "REQUEST" not in _types(doc)
    # the active form is an invitation made by its subject
    doc = _run("President Macron invited Chancellor Scholz to Paris on Monday.")
    assert ("REQUEST", "FRA", "DEU") in _pairs(doc)


def test_a_detention_centre_or_power_holds_no_one() -> None:
    doc = _run("The British Home Office said overcrowding of detention centres in Kent was a crisis.")
    assert "COERCE" not in _types(doc)
    doc = _run("The American program is a way to free up detention space in Texas.")
    assert "COERCE" not in _types(doc)
    # a deportation still to come or guarded against is none done
    doc = _run("A Texas judge ordered him removed, paving the way for his deportation to Mexico.")
    assert ("COERCE", "USA", "MEX") not in _pairs(doc)


def test_attacks_prevented_are_no_attack() -> None:
    doc = _run("The British home secretary argued detention powers had helped prevent attacks in London.")
    assert "ASSAULT" not in _types(doc)


def test_censorship_talked_about_is_no_censoring() -> None:
    doc = _run("The American group is making censorship decisions for Facebook.")
    assert "COERCE" not in _types(doc)
    # a state's censoring still is
    doc = _run("China censored the BBC World News channel on Friday.")
    assert any(t == "COERCE" and a == "CHN" for t, a, _r in _pairs(doc))


def test_first_aid_and_a_policy_talked_about_are_no_aid() -> None:
    doc = _run("American police officers administered aid to the victim at the scene in Dallas.")
    assert "AID" not in _types(doc)
    doc = _run("The British minister questioned the effectiveness of debt relief for Africa.")
    assert "AID" not in _types(doc)
    # aid sent still is
    doc = _run("Japan sent aid to Indonesia on Monday.")
    assert ("AID", "JPN", "IDN") in _pairs(doc)


def test_people_on_the_move_are_no_visitors() -> None:
    doc = _run("Florida officials estimated that 300,000 Cuban evacuees arrived in the state on Monday.")
    assert "CONSULT" not in _types(doc)


def test_funding_sought_is_a_request_to_the_government() -> None:
    # money asked of the state with no one named: addressed to the government of the asker's country
    doc = _run("Nancy Pelosi said Democrats were seeking funding for veterans.")
    assert ("REQUEST", "USA", "USA") in _pairs(doc)
    # the taxpayers asked stand for the state that pays, not for an aid given
    doc = _run("New York Mayor Eric Adams is asking American taxpayers to hand over $500 million in federal aid.")
    assert ("REQUEST", "USA", "USA") in _pairs(doc)
    assert "AID" not in _types(doc)


def test_a_link_to_another_story_is_not_the_story() -> None:
    text = ("Theresa May met Irish leaders in Dublin on Monday.\n\n"
            "Also on rt.com French minister lashes out at British ministers over fishing\n\n"
            "The talks lasted two hours.")
    doc = _run(text)
    assert "ACCUSE" not in _types(doc)


def test_shootings_trained_for_and_a_stay_overrun_are_no_events() -> None:
    doc = _run("The American father was training children in New Mexico to commit school shootings.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("The American imam was unaware of the training of the children for school shootings.")
    assert "COOPERATE" not in _types(doc)
    doc = _run("A Mexican citizen who overstayed a lawful visit to the United States was arrested.")
    assert "CONSULT" not in _types(doc)


def test_power_or_control_seized_is_no_seizure() -> None:
    doc = _run("French progressives rejoiced that they had seized control of the Vatican council.")
    assert "COERCE" not in _types(doc)
    # goods seized still are
    doc = _run("Brazilian police seized 60 rifles in Rio de Janeiro on Monday.")
    assert any(t == "COERCE" and a == "BRA" for t, a, _r in _pairs(doc))


def test_drums_beating_for_war_are_no_beating() -> None:
    doc = _run("In Washington, the drums are beating for war with Iran.")
    assert "ASSAULT" not in _types(doc)


def test_concerns_voiced_with_a_possessive_or_conveyed_are_disapproval() -> None:
    doc = _run("The French foreign minister voiced his concerns over the Russian military buildup.")
    assert ("ACCUSE", "FRA", "RUS") in _pairs(doc)
    doc = _run("The German ambassador conveyed concerns about the Israeli settlement plan.")
    assert ("ACCUSE", "DEU", "ISR") in _pairs(doc)


def test_a_deal_hammered_out_with_the_other_side_is_a_negotiation() -> None:
    doc = _run("The Italian prime minister hammered out a deal with Germany on Thursday.")
    assert ("CONSULT", "ITA", "DEU") in _pairs(doc)


def test_a_thing_that_threatens_to_do_harm_makes_no_threat() -> None:
    doc = _run("The row over the French plan threatens to seriously destabilise the German government.")
    assert "THREATEN" not in _types(doc)
    doc = _run("The German chancellor faces inquiries threatening her presidency.")
    assert "THREATEN" not in _types(doc)
    # a side's own threat still is one
    doc = _run("The French president threatened to impose sanctions on Russia.")
    assert "THREATEN" in _types(doc) or "SANCTION" in _types(doc)


def test_attacking_a_military_target_is_no_criticism() -> None:
    doc = _run("Syrian rebels attacked the Turkish army convoy near Aleppo.")
    assert "ACCUSE" not in _types(doc)
    # a body attacked in words still is criticised
    doc = _run("The Labour leader attacked the French government over its plans.")
    assert ("ACCUSE", "GBR", "FRA") in _pairs(doc)


def test_the_shooting_told_before_is_no_new_attack() -> None:
    doc = _run("The gunman fired from his room in Las Vegas, and after that the shooting stopped as police arrived.")
    assert "ASSAULT" not in _types(doc)
    # the shooting of a named victim still is one
    doc = _run("British soldiers were blamed for the shooting of an Iraqi police commissioner in Basra.")
    assert any(t == "ASSAULT" and r == "IRQ" for t, _a, r in _pairs(doc))


def test_the_assassination_referred_back_to_is_no_new_killing() -> None:
    doc = _run("In Dallas, the assassination was committed by a lone former U.S. Marine.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("The film posited that the JFK assassination was a U.S. regime-change operation.")
    assert "ASSAULT" not in _types(doc)


def test_the_massacre_referred_back_to_is_no_new_killing() -> None:
    doc = _run("Florida School Massacre Proves Police Are Useless")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Helicopters gave an air assault during the massacre in Las Vegas, an American blogger claims.")
    assert "ASSAULT" not in _types(doc)


def test_opposing_views_or_positions_are_no_rejection() -> None:
    doc = _run("The Trump administration has already adopted opposing positions to those taken by the Obama "
               "administration in other cases.")
    assert "REJECT" not in _types(doc)


def test_a_court_agreeing_to_hear_a_case_is_no_agreement() -> None:
    doc = _run("The U.S. Supreme Court agreed to hear the case brought by the American unions.")
    assert "AGREE" not in _types(doc)


def test_a_suicide_is_no_attack() -> None:
    doc = _run("The American gunman, who killed himself during a getaway attempt in Texas, bought his guns in 2016.")
    assert "ASSAULT" not in _types(doc)


def test_a_manner_adverb_inside_a_passive_attack_keeps_the_passive() -> None:
    # "was brutally attacked by": the victim is the subject, the attacker the agent after "by"
    doc = _run("Last month, a prominent American photographer, John Smith, was brutally attacked by a Moroccan "
               "Islamic minor in Antwerp, Belgium.")
    assert ("ASSAULT", "MAR", "USA") in _pairs(doc)
    assert ("ASSAULT", None, "MAR") not in _pairs(doc)


def test_accusations_said_to_be_false_are_a_denial() -> None:
    doc = _run("The White House said on Monday that the women's accusations against the American president were false.")
    assert ("REJECT", "USA", "USA") in _pairs(doc)
    # a claim said to be true is no denial
    doc = _run("The French minister said the reports about the Russian troops were accurate.")
    assert "REJECT" not in _types(doc)


def test_people_who_are_barred_is_a_standing_rule_not_a_ban() -> None:
    doc = _run("In the United States, people who are barred from buying guns may soon find an easy way around the law.")
    assert "COERCE" not in _types(doc)
    # a ban imposed on someone named stays (an entry ban: SANCTION)
    doc = _run("The British government said two American bloggers were banned from entering the United Kingdom.")
    assert "SANCTION" in _types(doc)


def test_a_first_person_demand_for_high_standards_asks_no_one() -> None:
    doc = _run("\"I demand the highest standards from my staff,\" the American attorney general said on Monday.")
    assert "REQUEST" not in _types(doc)
    doc = _run("\"I demand that Russia release the French journalist,\" the French president said on Monday.")
    assert ("REQUEST", "FRA", "RUS") in _pairs(doc)


def test_a_first_person_ask_to_is_the_speakers_request() -> None:
    doc = _run("\"We respectfully ask the Russian government to free the French reporter,\" the French president said.")
    assert ("REQUEST", "FRA", "RUS") in _pairs(doc)
    # a question put is no request
    doc = _run("\"I ask them, why do you travel to Moscow?\" the French president said.")
    assert "REQUEST" not in _types(doc)


def test_barricades_topped_with_razor_wire_are_no_protest() -> None:
    doc = _run("American soldiers have been erecting barricades with razor wire at the Mexican border crossing.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Greek protesters erected barricades in central Athens on Monday.")
    assert "PROTEST" in _types(doc)


def test_what_someone_is_blamed_for_is_alleged() -> None:
    doc = _run("The American government has blamed the Iranian group for killing three French soldiers.")
    assert ("ACCUSE", "USA", "IRN") in _pairs(doc)
    assert "ASSAULT" not in _types(doc)
    # the acts listed after it, behind a comma or in the same clause, are alleged too
    doc = _run("The American government has blamed the Iranian group for killing three American colonels, "
               "bombing the offices of American companies and killing Iranian civilians.")
    assert ("ACCUSE", "USA", "IRN") in _pairs(doc)
    assert "ASSAULT" not in _types(doc)
    # an act told after the accusation, in its own clause, stays
    doc = _run("Israel accused Hamas of kidnapping three settlers, then Israeli jets bombed Gaza on Monday.")
    assert ("ASSAULT", "ISR", "PSE") in _pairs(doc)


def test_an_imminent_arrest_is_not_yet_done() -> None:
    doc = _run("The American mayor warned residents about the imminent arrests by federal agents.")
    assert "COERCE" not in _types(doc)
    doc = _run("The French police arrested two Russian men in Paris on Monday.")
    assert ("COERCE", "FRA", "RUS") in _pairs(doc)


def test_a_mediated_agreement_is_the_parties_deal() -> None:
    doc = _run("The French government and the Russian government reached a mediated agreement on Monday to end the dispute.")
    assert {("AGREE", "FRA", "RUS"), ("AGREE", "RUS", "FRA")} & set(_pairs(doc))
    assert "CONSULT" not in _types(doc)


def test_a_charge_named_as_an_assassination_is_no_new_attack() -> None:
    doc = _run("Under Mexican law, prosecutors listed the charge as an assassination.")
    assert "ASSAULT" not in _types(doc)


def test_a_disease_named_before_a_killing_far_from_the_verb_is_no_attack() -> None:
    # the modality window sees only the words right before the verb; the disease is the subject
    # of the clause, told well before it, and nobody is named as the killer
    for text in ("An outbreak of cholera, which spreads through dirty water in crowded camps, has killed "
                 "more than 300 people in Yemen since May.",
                 "The last epidemic was in March 2019 and killed twelve people in Uganda's western district."):
        assert "ASSAULT" not in event_types(_run(text)), text


def test_a_killing_with_its_attacker_named_is_kept_whatever_the_sentence_mentions() -> None:
    doc = _run("A week after the earthquake in the north, Syrian government forces killed 14 civilians in Idlib.")
    assert ("ASSAULT", "SYR", "SYR") in event_pairs(doc)


def test_a_set_phrase_holding_a_cue_word_is_no_modality() -> None:
    # "as planned" says the meeting took place as it was planned, not that it is still to come
    assert ("CONSULT", "FRA", "DEU") in event_pairs(_run("As planned, Macron met Merkel in Berlin on Monday."))
    assert "CONSULT" not in event_types(_run("Macron planned to meet Merkel in Berlin on Monday."))
def test_a_past_perfect_relative_clause_is_background() -> None:
    doc = _run("The British government admitted two French preachers who had praised the attack on the Pakistani army.")
    assert "SUPPORT" not in _types(doc)
    doc = _run("The French foreign minister, who accused Russia of lying, met the German chancellor on Monday.")
    assert {("CONSULT", "FRA", "DEU"), ("ACCUSE", "FRA", "RUS")} & set(_pairs(doc))


def test_sanctions_in_a_list_of_demanded_measures_are_asked_for() -> None:
    doc = _run("Many American senators have demanded the White House take tougher actions, including punitive sanctions on Saudi rulers.")
    assert "SANCTION" not in _types(doc)
    assert ("REQUEST", "USA", "USA") in _pairs(doc)
    doc = _run("The American government imposed sanctions on Iranian banks on Monday.")
    assert ("SANCTION", "USA", "IRN") in _pairs(doc)


def test_a_right_to_criticise_is_no_criticism() -> None:
    doc = _run("The British MEP argued that he had a right to criticise Arab states.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("The British MEP criticised Saudi Arabia on Monday.")
    assert ("ACCUSE", "GBR", "SAU") in _pairs(doc)


def test_quitting_a_party_calling_it_a_joke_is_a_verdict_of_scorn() -> None:
    doc = _run("The British MEP quit the French party on Monday, calling it a joke.")
    assert "ACCUSE" in _types(doc)


def test_an_explosion_of_crime_is_no_blast() -> None:
    doc = _run("Under the British mayor, London has seen an explosion of violent crime.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("An explosion killed three Iraqi soldiers in Baghdad on Monday.")
    assert "ASSAULT" in _types(doc)


def test_a_fire_that_destroyed_buildings_is_no_attack() -> None:
    doc = _run("Old British records were lost in the fire which destroyed the parliament buildings in London.")
    assert "ASSAULT" not in _types(doc)


def test_leaning_towards_backing_someone_is_no_support_yet() -> None:
    doc = _run("The British defence secretary said he is leaning towards backing the French candidate.")
    assert "SUPPORT" not in _types(doc)
    doc = _run("The British defence secretary backed the French candidate on Monday.")
    assert ("SUPPORT", "GBR", "FRA") in _pairs(doc)


def test_reluctance_to_criticise_is_no_criticism() -> None:
    doc = _run("The American president has shown a reluctance to criticise the Saudi government.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("The American president criticised the Saudi government on Monday.")
    assert ("ACCUSE", "USA", "SAU") in _pairs(doc)


def test_an_air_raid_siren_is_no_raid() -> None:
    doc = _run("Russian commentators were already sounding the air raid siren over the Ukrainian plan.")
    assert "ASSAULT" not in _types(doc)


def test_what_someone_once_did_is_background() -> None:
    doc = _run("The American budget director, who once described the French agency as a joke, was put in charge on Monday.")
    assert "ACCUSE" not in _types(doc)


def test_a_welsh_senedd_member_is_british() -> None:
    doc = _run("North Wales MS Mark Smith accused the French government of lying on Monday.")
    assert ("ACCUSE", "GBR", "FRA") in _pairs(doc)


def test_an_apostolic_nuncio_serves_the_holy_see() -> None:
    doc = _run("The former apostolic nuncio to the United States accused the Chilean bishops of a cover-up.")
    assert ("ACCUSE", "VAT", "CHL") in _pairs(doc)
    assert ("ACCUSE", "USA", "CHL") not in _pairs(doc)


def test_trained_at_a_school_is_a_career_not_cooperation() -> None:
    doc = _run("The British professor trained at a medical school in London and in Switzerland.")
    assert "COOPERATE" not in _types(doc)


def test_feeling_so_threatened_is_no_threat_made() -> None:
    doc = _run("A British MP said one of her colleagues felt so threatened by the French protesters she had to move.")
    assert "THREATEN" not in _types(doc)


def test_a_resignation_in_a_relative_clause_introduces_someone() -> None:
    doc = _run("The British politician, who stepped down after the 2001 defeat, does not rule out a return to the French talks.")
    assert "CONCEDE" not in _types(doc)
    doc = _run("The British home secretary resigned on Wednesday after the inquiry.")
    assert ("CONCEDE", "GBR", "GBR") in _pairs(doc)


# --- round 24 -------------------------------------------------------------------------------


def test_an_appeal_made_as_a_noun_is_a_request() -> None:
    doc = _run("The British chancellor has made an appeal for unity after the reports.")
    assert ("REQUEST", "GBR", "GBR") in _pairs(doc)
    doc = _run("The French president made an appeal to Russia to stop the shelling.")
    assert ("REQUEST", "FRA", "RUS") in _pairs(doc)


def test_led_to_decry_is_a_criticism() -> None:
    doc = _run("The vote led Haitian leaders to decry the American decision as a betrayal.")
    assert ("ACCUSE", "HTI", "USA") in _pairs(doc)
    doc = _run("The Brazilian president declined to condemn the Russian invasion.")
    assert "ACCUSE" not in _types(doc)


def test_a_suspect_surrendering_to_the_police_is_no_retreat() -> None:
    doc = _run("The American lobbyist surrendered on Monday to the FBI to face charges of working for Russia.")
    assert "RETREAT" not in _types(doc)
    doc = _run("The Russian soldiers surrendered to Ukrainian forces near Kherson.")
    assert ("RETREAT", "RUS", "UKR") in _pairs(doc)


def test_a_claimed_assault_is_no_assault_reported() -> None:
    doc = _run("The American professor, who claims the senator tried to rape her decades ago, appeared before the committee.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("According to the police report, the Mexican caller reported she was assaulted by the American congressman.")
    assert "ASSAULT" not in _types(doc)


def test_an_attack_named_as_an_example_is_no_attack_reported() -> None:
    doc = _run("But opponents say that similar schemes in Spanish cities have not prevented attacks like the Madrid rail bombing.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Russian jets bombed the Syrian city on Tuesday.")
    assert ("ASSAULT", "RUS", "SYR") in _pairs(doc)


def test_it_is_time_for_someone_to_act_is_a_request() -> None:
    doc = _run("The British prime minister says it is time for the French president to say sorry.")
    assert ("REQUEST", "GBR", "FRA") in _pairs(doc)
    doc = _run("\"It is time for the French government to act,\" the British minister said.")
    assert ("REQUEST", "GBR", "FRA") in _pairs(doc)
    doc = _run("When it is time for the American troops to leave, the French army will stay.")
    assert "REQUEST" not in _types(doc)


def test_a_question_put_to_people_named_at_length_is_no_request() -> None:
    doc = _run("The American survey asked residents in the nation's 15 largest French cities if they planned on moving.")
    assert "REQUEST" not in _types(doc)
    doc = _run("The American senator asked the French president.")
    assert "REQUEST" not in _types(doc)
    doc = _run("The American senator asked the French president on Tuesday to release the prisoners.")
    assert ("REQUEST", "USA", "FRA") in _pairs(doc)
    doc = _run("The French government requested the documents from the American embassy.")
    assert ("REQUEST", "FRA", "USA") in _pairs(doc)


def test_an_advance_threatening_to_encircle_troops_is_no_threat_made() -> None:
    doc = _run("Ukrainian forces advanced rapidly along the river, threatening to encircle thousands of Russian troops.")
    assert "THREATEN" not in _types(doc)
    doc = _run("The Russian president is threatening to cut off gas supplies to Ukraine.")
    assert ("THREATEN", "RUS", "UKR") in _pairs(doc)


def test_a_partys_mps_and_head_office_are_british() -> None:
    doc = _run("Labour MPs criticised the French president.")
    assert ("ACCUSE", "GBR", "FRA") in _pairs(doc)
    doc = _run("Conservative campaign headquarters has asked Tory MPs to confirm their plans.")
    assert ("REQUEST", "GBR", "GBR") in _pairs(doc)
    doc = _run("Nearly 200 Conservative MPs publicly backed the British chancellor.")
    assert ("SUPPORT", "GBR", "GBR") in _pairs(doc)


def test_a_plea_of_not_guilty_rejects_the_charges_of_the_pleaders_own_country() -> None:
    doc = _run("The American businessman pleaded not guilty on Monday to charges of acting as an agent of Ukraine.")
    assert ("REJECT", "USA", "USA") in _pairs(doc)
    assert ("REJECT", "USA", "UKR") not in _pairs(doc)
    doc = _run("The British minister said he would plead not guilty to the charges.")
    assert "REJECT" not in _types(doc)


def test_a_uk_partys_local_association_and_rank_and_file_are_british() -> None:
    doc = _run("The local Conservative association said it fully supported the French president.")
    assert ("SUPPORT", "GBR", "FRA") in _pairs(doc)
    doc = _run("Tory members criticised the French president.")
    assert ("ACCUSE", "GBR", "FRA") in _pairs(doc)


def test_a_denial_of_an_act_named_by_its_gerund_is_a_rejection() -> None:
    doc = _run("The British party denies breaking the rules on marketing calls.")
    assert ("REJECT", "GBR", "GBR") in _pairs(doc)
    doc = _run("The British minister denied leaking information from the meeting.")
    assert ("REJECT", "GBR", "GBR") in _pairs(doc)


def test_i_must_ask_is_a_request_made_not_one_needed() -> None:
    doc = _run("\"I must, in the strongest of terms, ask France to stop this,\" the American president said.")
    assert ("REQUEST", "USA", "FRA") in _pairs(doc)
    doc = _run("\"I must ask myself why France did this,\" the American president said.")
    assert "REQUEST" not in _types(doc)


# --- round 26 -------------------------------------------------------------------------------


def test_saying_another_should_apologise_is_a_demand_of_the_speaker() -> None:
    # "X said Y should apologise": Y is asked, X asks; no apology is made
    doc = _run("The French foreign minister said the Italian ambassador should apologise.")
    assert ("REQUEST", "FRA", "ITA") in _pairs(doc)
    assert "SUPPORT" not in _types(doc)
    doc = _run("The French foreign minister said the Italian ambassador should make a public apology.")
    assert ("REQUEST", "FRA", "ITA") in _pairs(doc)
    doc = _run("The French foreign minister said the Italian ambassador should make a personal, broadcast apology.")
    assert ("REQUEST", "FRA", "ITA") in _pairs(doc)


def test_an_apology_owed_with_no_speaker_is_no_ones_demand() -> None:
    doc = _run("The Italian ambassador should apologise.")
    assert "REQUEST" not in _types(doc)
    doc = _run("The French foreign minister said the Italian ambassador should make an effort.")
    assert "REQUEST" not in _types(doc)


def test_the_british_chancellor_is_not_the_prime_minister_named_before() -> None:
    # "Chancellor" keys no head of government's office: in a UK report the chancellor is the finance
    # minister, not the prime minister named before (so the praise is no one's of himself)
    doc = _run("British Prime Minister Theresa May opened the debate in London. "
               "Later the prime minister praised the chancellor for his budget.")
    records = [e for e in doc.events if e["event_type"] == "SUPPORT"]
    assert records and records[0]["actor"]["country"] == records[0]["recipient"]["country"] == "GBR"
    assert records[0]["actor"]["name"] != records[0]["recipient"]["name"]
    # the German one keeps the country his title is given
    doc = _run("German Chancellor Angela Merkel arrived in Paris. The chancellor criticised the French president.")
    assert ("ACCUSE", "DEU", "FRA") in _pairs(doc)


def test_an_act_of_no_stated_shape_is_no_event() -> None:
    # "some form of concession was likely to be needed": guessed at, not made
    doc = _run("A British correspondent said some form of concession by the government was likely to be needed.")
    assert "CONCEDE" not in _types(doc)
    # "a base for attacks": where attacks could be launched from, no attack
    doc = _run("The minister said a Syrian enclave would be a new base for renewed attacks against Turkey.")
    assert "ASSAULT" not in _types(doc)


def test_an_inquiry_named_as_the_owner_of_something_else_is_no_event() -> None:
    # "the results of this investigation into Russia's attack": background, not an inquiry opened
    doc = _run("The American senator said any attempt to hide the results of this investigation into Russian "
               "interference would be unacceptable.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("American prosecutors opened an investigation into Russian interference.")
    assert ("ACCUSE", "USA", "RUS") in _pairs(doc)


def test_called_upon_to_names_the_one_asked_not_the_asker() -> None:
    # "a journalist called upon to ask a question": the participle, no asker named
    doc = _run("An American journalist called upon to ask a question will ask a single question.")
    assert "REQUEST" not in _types(doc)
    # "was called upon to resign": a resignation asked for, not made
    doc = _run("The French minister was called upon to resign.")
    assert "CONCEDE" not in _types(doc)


def test_a_resignation_offered_as_the_other_course_is_none() -> None:
    doc = _run("The American defence secretary said he would resign instead of executing the order.")
    assert "CONCEDE" not in _types(doc)
    doc = _run("The American defence secretary resigned on Monday.")
    assert ("CONCEDE", "USA", "USA") in _pairs(doc)


def test_a_meeting_talked_about_is_no_meeting() -> None:
    doc = _run("American lawmakers want to talk to him about a meeting with a Russian lawyer.")
    assert "CONSULT" not in _types(doc)
    doc = _run("American lawmakers had a meeting with a Russian lawyer.")
    assert ("CONSULT", "USA", "RUS") in _pairs(doc)


def test_a_gift_named_by_its_participle_and_giver_is_no_aid() -> None:
    # "land, donated by local government": what was given, named in passing
    doc = _run("The British party leader said the homes would be built on public land, donated by local government.")
    assert "AID" not in _types(doc)
    doc = _run("The British government donated ten million pounds to Kenya.")
    assert ("AID", "GBR", "KEN") in _pairs(doc)


def test_an_apology_owed_said_in_a_quotation_is_the_speakers_demand() -> None:
    doc = _run('"In the circumstances, yes, he should apologise," the British prime minister said of the mayor.')
    assert ("REQUEST", "GBR", "GBR") in _pairs(doc)
    doc = _run('"I do not think I should apologise," the British prime minister said.')
    assert "REQUEST" not in _types(doc)


def test_the_hour_come_for_someone_left_to_a_pronoun_is_still_a_demand() -> None:
    doc = _run('The British foreign secretary told the radio: "The time has come for him to make a public apology."')
    assert ("REQUEST", "GBR", "GBR") in _pairs(doc)


def test_saying_another_should_resign_is_a_demand_unless_conditional() -> None:
    doc = _run("An American senator told CNN that the Russian ambassador should resign over the accusations.")
    assert ("REQUEST", "USA", "RUS") in _pairs(doc)
    assert "CONCEDE" not in _types(doc)
    doc = _run("The British shadow home secretary says the home secretary should quit if he is found to have "
               "influenced the process.")
    assert "REQUEST" not in _types(doc)


def test_an_attack_in_words_as_the_subject_of_a_clause_is_none() -> None:
    doc = _run("The British minister warned the broadcaster that attacking Mr Smith had brought it trouble before.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("The British minister was attacking Mr Smith over the budget.")
    assert "ACCUSE" in _types(doc)


def test_officials_being_briefed_is_no_consultation() -> None:
    doc = _run("Senior American officials were also briefed on the informant's findings about the Canadian firm.")
    assert "CONSULT" not in _types(doc)
    doc = _run("The American envoy briefed the French president in Paris on Monday.")
    assert ("CONSULT", "USA", "FRA") in _pairs(doc)
    doc = _run("American committee staff members were briefed by French officials in a meeting on Wednesday.")
    assert ("CONSULT", "USA", "FRA") in _pairs(doc)


def test_a_judge_presiding_over_a_hearing_is_no_consultation() -> None:
    doc = _run("The American judge, who presided over the hearing on his contacts with Russia, stepped aside.")
    assert "CONSULT" not in _types(doc)


def test_a_class_of_people_arrested_in_a_claim_is_no_arrest() -> None:
    doc = _run("The American administration contends cities endanger safety when they decline to hand over for "
               "deportation illegal immigrants arrested for crimes.")
    assert "COERCE" not in _types(doc)
    doc = _run("British police arrested two Russian men in London on Monday.")
    assert ("COERCE", "GBR", "RUS") in _pairs(doc)


def test_an_abandoned_plan_as_an_adjective_is_no_concession() -> None:
    doc = _run("The American president called the British prime minister's abandoned plans a mistake.")
    assert "CONCEDE" not in _types(doc)
    # (with both sides named, the old reading gave CONCEDE USA->GBR)
    doc = _run("Joe Biden called her abandoned plans to cut taxes a mistake, the US president told reporters about Britain.")
    assert "CONCEDE" not in _types(doc)


def test_opposition_faced_from_a_side_is_their_rejection() -> None:
    doc = _run("The British government faced opposition from French ministers over the plan.")
    assert ("REJECT", "FRA", "GBR") in _pairs(doc)


def test_a_vote_against_vowed_is_a_threat() -> None:
    doc = _run("The American senator has vowed to vote against the tax reform if it increases the debt.")
    assert "THREATEN" in _types(doc)


def test_a_deal_named_as_the_origin_of_something_is_background() -> None:
    doc = _run("The British commission was set up last year as part of a deal between the Welsh government and the "
               "French region.")
    assert "AGREE" not in _types(doc)
    doc = _run("A deal between the British government and France was signed in London on Monday.")
    assert ("AGREE", "GBR", "FRA") in _pairs(doc) or ("AGREE", "FRA", "GBR") in _pairs(doc)


def test_a_time_phrase_inside_a_trigger_is_skipped() -> None:
    doc = _run("Canada's request last week for help from Germany was turned into a plan.")
    assert ("REQUEST", "CAN", "DEU") in _pairs(doc)
    doc = _run("The French senator called this week for sanctions on Iran.")
    assert "REQUEST" in _types(doc)


def test_a_hearing_presided_over_is_no_meeting() -> None:
    doc = _run("An American judge, who presided over a Dec. 1 hearing where the adviser pleaded guilty to lying about "
               "his contacts with Russia, will no longer handle the case.")
    assert "CONSULT" not in _types(doc)
    doc = _run("The French president presided over a meeting with German ministers in Paris on Monday.")
    assert "CONSULT" in _types(doc)


def test_sitting_down_with_someone_is_a_meeting_only_when_talks_are_named() -> None:
    doc = _run("The American senator sat down with a French television host over the weekend for an interview.")
    assert "CONSULT" not in _types(doc)
    doc = _run("The Canadian foreign minister sat down with Chinese officials in Beijing on Monday for talks on trade.")
    assert ("CONSULT", "CAN", "CHN") in _pairs(doc)


def test_a_thing_welcomed_or_a_mock_welcome_is_no_visit() -> None:
    doc = _run("The British plan was welcomed at the time by Beijing, which called it a good step.")
    assert "CONSULT" not in _types(doc)
    doc = _run("The British opposition leader, mockingly welcoming the German minister back to the campaign, said the "
               "plan was bad.")
    assert "CONSULT" not in _types(doc)
    doc = _run("The French president welcomed the German chancellor to Paris on Monday.")
    assert ("CONSULT", "DEU", "FRA") in _pairs(doc)


def test_ground_given_is_a_concession_to_the_own_government() -> None:
    doc = _run("The American senator Kevin Brady gave ground over the weekend on the tax bill.")
    assert ("CONCEDE", "USA", "USA") in _pairs(doc)


def test_anyone_who_would_criticise_is_no_critic_named() -> None:
    doc = _run("The Russian businessman said any person who openly criticises the Russian president has grounds to worry.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("The Russian businessman openly criticised the Russian president on Monday.")
    assert ("ACCUSE", "RUS", "RUS") in _pairs(doc)


def test_being_opposed_is_a_standing_view() -> None:
    doc = _run("Most British Conservatives are opposed to the Scottish legislation.")
    assert "REJECT" not in _types(doc)
    doc = _run("The French senators strongly opposed the German plan on Monday.")
    assert ("REJECT", "FRA", "DEU") in _pairs(doc)


def test_claims_talked_over_are_the_setting_of_their_dismissal() -> None:
    doc = _run("The British prime minister Tony Blair said he had discussed these claims with the chancellor Gordon Brown "
               "and dismissed them as nonsense.")
    assert ("REJECT", "GBR", "GBR") in _pairs(doc)
    assert "CONSULT" not in _types(doc)


def test_an_agency_deploying_resources_mobilises() -> None:
    doc = _run("The American border agency has deployed resources to secure the area near the crossing.")
    assert ("MOBILIZE", "USA", None) in _pairs(doc)


def test_additional_forces_sent_in_numbers_mobilise() -> None:
    doc = _run("The Mexican government has sent 500 additional federal police to its border with Guatemala.")
    assert "MOBILIZE" in _types(doc)
    assert any(t == "MOBILIZE" and a == "MEX" for t, a, _b in _pairs(doc))
    doc = _run("However those additional troops are due to leave Estonia.")
    assert "MOBILIZE" not in _types(doc)


def test_mobilised_people_or_civil_means_are_no_call_up() -> None:
    doc = _run("Ukraine's border guards sent a message to mobilised Russians.")
    assert "MOBILIZE" not in _types(doc)
    doc = _run("Congolese Red Cross volunteers were mobilized to fight the spread of Ebola in the province.")
    assert "MOBILIZE" not in _types(doc)
    doc = _run("Russia mobilised 300,000 reservists against Ukraine on Wednesday.")
    assert ("MOBILIZE", "RUS", "UKR") in _pairs(doc)


def test_health_workers_sent_or_hospitals_alerted_are_no_forces() -> None:
    doc = _run("The World Health Organization deployed more than 50 experts to work with the Congolese government.")
    assert "MOBILIZE" not in _types(doc)
    doc = _run("The Malagasy government put all hospitals on high alert.")
    assert "MOBILIZE" not in _types(doc)
    doc = _run("The Russian army was put on high alert near the Ukrainian border.")
    assert ("MOBILIZE", "RUS", "UKR") in _pairs(doc)


def test_arms_used_or_sold_to_a_private_buyer_are_no_aid() -> None:
    doc = _run("Saudi Arabia is using these weapons to crush the people of Yemen.")
    assert "AID" not in _types(doc)
    doc = _run("The American dealer said he sold tracer ammunition to the gunman at his home.")
    assert "AID" not in _types(doc)
    doc = _run("The United States sent weapons to Ukraine on Monday.")
    assert ("AID", "USA", "UKR") in _pairs(doc)


def test_a_quality_or_a_manifesto_promise_pledged_is_no_aid() -> None:
    doc = _run("The American attorney general pledged transparency during his Senate hearing.")
    assert "AID" not in _types(doc)
    doc = _run("Japan pledged 10 million dollars to Kenya on Monday.")
    assert ("AID", "JPN", "KEN") in _pairs(doc)


def test_american_advocacy_groups_are_american_critics() -> None:
    # the NAACP, the ACLU, the ADL (kb_data/agencies.yaml, English names) are bodies of the United States
    doc = _run("The NAACP denounced the governor's planned visit to the museum.")
    assert any(t == "ACCUSE" and a == "USA" for t, a, _r in _pairs(doc))
    doc = _run("The Anti-Defamation League condemned the French government over the remarks.")
    assert ("ACCUSE", "USA", "FRA") in _pairs(doc)


def test_looking_into_whether_someone_broke_the_law_is_an_investigation() -> None:
    # "whether" is part of the form: the inquiry is the news, only its finding is open
    doc = _run("The US Justice Department is looking into whether an American mayor obstructed justice.")
    assert ("ACCUSE", "USA", "USA") in _pairs(doc)


def test_protest_as_a_practice_or_in_an_indirect_question_is_no_protest() -> None:
    doc = _run("The Scottish minister said: Marching and protesting is of great importance to many people.")
    assert "PROTEST" not in _types(doc)
    doc = _run("In Britain, readers can use our tool to find out which unions are on strike at their hospital.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Thousands of teachers protested in Paris on Monday against the French government.")
    assert "PROTEST" in _types(doc)


def test_a_ban_recalled_after_a_possessive_is_no_ban_imposed() -> None:
    doc = _run("The full story of my being banned from Britain for my views is in my new book.")
    assert "COERCE" not in _types(doc)
    assert "SANCTION" not in _types(doc)
    doc = _run("The American blogger was banned from entering Britain by the British government.")
    assert ("SANCTION", "GBR", "USA") in _pairs(doc)


def test_disappointment_at_what_someone_did_is_a_criticism() -> None:
    doc = _run('Former British minister Alok Sharma said he was "pretty disappointed" at news Mr Sunak was not going.')
    assert ("ACCUSE", "GBR", "GBR") in _pairs(doc)
    doc = _run("The British minister said he was disappointed with the cost increases.")
    assert "ACCUSE" not in _types(doc)


def test_jibe_noun_at_is_accuse() -> None:
    # "took another dig at X", "a thinly veiled swipe at X": words against the one named after "at"
    doc = analyse_text("President Donald Trump used the rally to take another dig at Senator Elizabeth Warren.")
    assert ("ACCUSE", "USA", "USA") in event_pairs(doc)
    doc = analyse_text("The French president took one of his swipes at the German government on Monday.")
    assert ("ACCUSE", "FRA", "DEU") in event_pairs(doc)


def test_a_parable_retold_is_no_event() -> None:
    # "the story goes that ...": a tale told to make a point, no arrest or charge reported
    doc = analyse_text("The story goes that British police arrested two French men and locked them up in separate cells.")
    assert "COERCE" not in event_types(doc)
    doc = analyse_text("British police arrested two French men and locked them up in separate cells.")
    assert ("COERCE", "GBR", "FRA") in event_pairs(doc)


def test_a_class_of_people_charged_is_no_charge() -> None:
    # "people who have been prosecuted or convicted", "None were indicted": no one charged is named
    doc = analyse_text("The American president said that people who have been prosecuted or convicted had committed minor crimes.")
    assert "ACCUSE" not in event_types(doc)
    doc = analyse_text("American prosecutors said none were indicted.")
    assert "ACCUSE" not in event_types(doc)
    doc = analyse_text("The French opposition leader was prosecuted or convicted by a French court last year.")
    assert ("ACCUSE", "FRA", "FRA") in event_pairs(doc)


def test_a_course_another_should_take_is_a_demand() -> None:
    # "X said the ministry should now consider ...": the speaker asks the one named before the form
    doc = _run("A British MP said the British Home Office should now consider removing the applicants.")
    assert ("REQUEST", "GBR", "GBR") in _pairs(doc)
    doc = _run("An American senator told CNN the White House should reconsider the nomination.")
    assert ("REQUEST", "USA", "USA") in _pairs(doc)
    # a relative clause naming things to weigh asks no one
    doc = _run("A British imam said the main issues British voters should consider were the war and civil liberties.")
    assert "REQUEST" not in _types(doc)


def test_a_deal_naming_no_partner_is_struck_within_the_own_side() -> None:
    # Republicans agreeing among themselves: addressed to their own government
    doc = _run("Congressional Republicans reached a deal on final tax legislation on Wednesday.")
    assert ("AGREE", "USA", "USA") in _pairs(doc)
    # a partner named stays the recipient; a state naming none makes no record
    doc = _run("Iran and France reached a deal on the nuclear programme on Monday.")
    assert ("AGREE", "IRN", "FRA") in _pairs(doc)
    doc = _run("Iran reached a deal on Monday.")
    assert "AGREE" not in _types(doc)


def test_cooperation_said_to_go_on_is_cooperate() -> None:
    # "continues to cooperate with investigators": ongoing cooperation reported, not a standing relation
    doc = analyse_text("His lawyers say the former American adviser continues to cooperate with American investigators.")
    assert ("COOPERATE", "USA", "USA") in event_pairs(doc)
    doc = analyse_text("A British spokesman said the British government continues to cooperate fully with the French police.")
    assert ("COOPERATE", "GBR", "FRA") in event_pairs(doc)


def test_a_document_owed_to_the_public_is_a_demand() -> None:
    # "says all the advice should now be published": the speaker asks for its publication
    doc = analyse_text("The British MP Robin Cook says all the legal advice should now be published.")
    assert ("REQUEST", "GBR", "GBR") in event_pairs(doc)
    doc = analyse_text("The American senator said the memo should be made public immediately.")
    assert ("REQUEST", "USA", "USA") in event_pairs(doc)


def test_a_resignation_in_protest_is_no_concession() -> None:
    # quitting in protest at a decision yields to no one's demand
    doc = analyse_text("The vote prompted the British party president to resign in protest.")
    assert "CONCEDE" not in event_types(doc)
    doc = analyse_text("A British minister resigned on Monday after the allegations.")
    assert ("CONCEDE", "GBR", "GBR") in event_pairs(doc)


def test_an_answer_or_a_halt_owed_is_a_demand() -> None:
    # "the Tories say ministers must respond", "said the attorney general should stop the probe"
    doc = analyse_text("The British Conservatives say British ministers must respond in Parliament to the claims.")
    assert ("REQUEST", "GBR", "GBR") in event_pairs(doc)
    doc = analyse_text("The American president said the American attorney general should stop the inquiry right now.")
    assert ("REQUEST", "USA", "USA") in event_pairs(doc)
    # a halt wished for with no one named to make it asks no one
    doc = analyse_text("\"This scandal must stop,\" the charity's director said.")
    assert "REQUEST" not in event_types(doc)


def test_a_boost_or_a_sum_received_is_no_guest() -> None:
    # "received a big boost from the decision", "received about a dozen documents": no visitor received
    doc = analyse_text("The Scottish party leader said it had received a \"big boost\" from the British decision.")
    assert "CONSULT" not in event_types(doc)
    doc = analyse_text("The American committee received about a dozen documents from the Russian lawyer.")
    assert "CONSULT" not in event_types(doc)
    doc = analyse_text("The French president received the British prime minister in Paris on Monday.")
    assert ("CONSULT", "GBR", "FRA") in event_pairs(doc)


def test_a_class_opposed_or_a_survey_count_is_no_event() -> None:
    # "voted 51-47, with Democrats opposed", "interests opposed to the policy": who holds a view, no rejection
    doc = analyse_text("The American Senate voted 51-47, along party lines with Democrats opposed, to begin talks on the bill.")
    assert "REJECT" not in event_types(doc)
    doc = analyse_text("Those outside interests opposed to the American president's policy marshal their forces.")
    assert "REJECT" not in event_types(doc)
    doc = analyse_text("The British Labour leader opposed the British government's plan on Monday.")
    assert ("REJECT", "GBR", "GBR") in event_pairs(doc)
    # a survey's count of people who knew a face
    doc = analyse_text("Almost all British pupils knew the British prime minister, and just one in 10 recognised the British Liberal Democrat leader.")
    assert "SUPPORT" not in event_types(doc)


def test_a_destination_does_not_act_on_the_ground() -> None:
    # "a pipeline bringing gas to Germany was destroyed": where the gas flows did not strike; a visit
    # to a state keeps its sides
    doc = analyse_text("An underwater pipeline bringing Russian gas to Germany is thought to have been destroyed by a blast.",
                       "en")
    assert ("ASSAULT", "DEU", None) not in event_pairs(doc)
    doc = analyse_text("Speaking on a visit to Singapore, British foreign secretary Jeremy Hunt met the prime minister.", "en")
    assert any(p[0] == "CONSULT" and "SGP" in p for p in event_pairs(doc))


# --- round 34 -------------------------------------------------------------------------------


def test_a_chief_whip_is_of_the_reports_country() -> None:
    # "former chief whip X handed in her resignation": the whip is one of the report's MPs, as an "MP" is
    doc = _run("The British government is in turmoil. Former chief whip Jane Doe handed in her resignation "
               "to Liz Truss after a chaotic vote. Ms Truss refused to accept Ms Doe's resignation.")
    assert ("CONCEDE", "GBR", "GBR") in _pairs(doc)
    assert ("REJECT", "GBR", "GBR") in _pairs(doc)


def test_protests_set_for_a_date_are_still_to_come() -> None:
    # "protests are set for Saturday": a date fixed, no protest held yet
    doc = _run("French teacher protests are set for Saturday.")
    assert "PROTEST" not in event_types(doc)
    doc = _run("French teacher protests were held on Saturday.")
    assert ("PROTEST", "FRA", "FRA") in _pairs(doc)


def test_calls_by_name_the_asker_after_them() -> None:
    # "faced calls by legislators to step down": the asker follows "by", the one asked is the subject
    doc = _run("The American governor faced calls by American legislators to step down.")
    assert ("REQUEST", "USA", "USA") in _pairs(doc)


def test_quitting_a_post_or_a_race_is_a_concession() -> None:
    # "quit as home secretary", "pulled out of the race", "withdrew from consideration": a post or a race given up
    doc = _run("The British minister Jane Doe quit as home secretary last week after an inquiry.")
    assert ("CONCEDE", "GBR", "GBR") in _pairs(doc)
    doc = _run("American lawyer John Doe withdrew from consideration on Monday.")
    assert ("CONCEDE", "USA", "USA") in _pairs(doc)
    doc = _run("Former British prime minister John Doe pulled out of the race on Sunday.")
    assert ("CONCEDE", "GBR", "GBR") in _pairs(doc)


def test_a_case_referred_to_a_court_asks_it_to_rule() -> None:
    # "referred the bill to the Supreme Court", "referred the matter to federal authorities": the court or the
    # authority is asked to decide
    doc = _run("The British attorney general referred the bill to the British Supreme Court on Monday.")
    assert ("REQUEST", "GBR", "GBR") in _pairs(doc)
    doc = _run("The American senator referred the matter to American federal authorities a week ago.")
    assert ("REQUEST", "USA", "USA") in _pairs(doc)


def test_a_union_warning_of_further_walkouts_is_a_threat() -> None:
    # "warned there could be further walkouts unless there was a rethink": the union's threat to the government
    doc = _run("The British union leader warned there could be further walkouts unless there was a British "
               "government rethink.")
    assert ("THREATEN", "GBR", "GBR") in _pairs(doc)


def test_a_gathering_attended_in_a_relative_clause_is_no_meeting() -> None:
    # "Ms Doe, who attended the summit as minister, said ...", "a June meeting he attended": who someone is, not news
    doc = _run("The British lawyer, who attended the Paris summit when he was minister, could go to Egypt next year.")
    assert not any(t == "CONSULT" for t, _, _ in _pairs(doc))
    doc = _run("He refused to discuss with American lawmakers a meeting he attended with a Russian lawyer.")
    assert not any(t == "CONSULT" for t, _, _ in _pairs(doc))
    doc = _run("The French president attended a summit with the German chancellor in Berlin on Monday.")
    assert ("CONSULT", "FRA", "DEU") in _pairs(doc)


def test_peacekeepers_killed_are_no_aid() -> None:
    # "nine French peacekeepers were killed and the president ordered ...": victims, no deployment
    doc = _run("Trouble flared after nine French peacekeepers were killed and the French president ordered the "
               "destruction of the Ivorian air force.")
    assert not any(t == "AID" for t, _, _ in _pairs(doc))


def test_a_signature_is_an_agreement_only_on_a_pact() -> None:
    # a petition, papers or a law signed are no agreement between sides; a pact or a partner named is
    doc = _run("The American president escalated the war by signing the Ukraine Defense Lend-Lease Act into law "
               "this week.")
    assert not any(t == "AGREE" for t, _, _ in _pairs(doc))
    doc = _run("The British MP said on Friday she had signed the British minister's nomination papers.")
    assert not any(t == "AGREE" for t, _, _ in _pairs(doc))
    doc = _run("The British minister then went to Estonia where he signed a technology partnership with the "
               "Estonian prime minister.")
    assert ("AGREE", "GBR", "EST") in _pairs(doc)
    # a pact named before the relative clause, signed at a place
    doc = _run("Under the police cooperation pact the Spanish and Moroccan ministers signed in Rabat, patrols began.")
    assert ("AGREE", "ESP", "MAR") in _pairs(doc) or ("AGREE", "MAR", "ESP") in _pairs(doc)


def test_attacks_under_investigation_have_no_investigator_as_side() -> None:
    # "a commission set up to investigate the attacks concluded that Iran ...": the inquirer is no side of the attacks
    doc = _run("The American commission set up to investigate the attacks concluded that Iran played a role.")
    assert not any(t == "ASSAULT" for t, _, _ in _pairs(doc))


def test_sanctions_lifted_are_no_sanction() -> None:
    # "efforts to lift U.S. economic sanctions on Russia", "cancel their sanctions on Russia": the opposite act
    doc = _run("Investigators want to know of any efforts by the American adviser to lift U.S. economic sanctions on "
               "Russia in exchange for business deals.")
    assert not any(t == "SANCTION" for t, _, _ in _pairs(doc))
    doc = _run("The American president imposed sanctions on Russia on Monday.")
    assert ("SANCTION", "USA", "RUS") in _pairs(doc)


def test_mail_sent_and_received_is_no_visit() -> None:
    # "e-mail chains ... sent and received by Clinton": mail, no guest received
    doc = _run("As the FBI director has admitted, several e-mail chains concerned matters that were classified when "
               "they were sent and received by Hillary Clinton.")
    assert not any(t == "CONSULT" for t, _, _ in _pairs(doc))


def test_in_protest_at_is_the_reason_of_another_act() -> None:
    # "is to ballot its members on strikes in protest at government plans": a ballot to come, no protest held
    doc = _run("The British civil service union is to ballot its members on strikes in protest at British government "
               "plans to raise the pension age.")
    assert not any(t == "PROTEST" for t, _, _ in _pairs(doc))
    doc = _run("Thousands of British civil servants were on strike on Friday in protest at British government job cuts.")
    assert ("PROTEST", "GBR", "GBR") in _pairs(doc)


def test_a_standing_prohibition_is_no_ban_imposed() -> None:
    # "militaries on the list are prohibited from receiving aid unless the White House issues a waiver": a rule
    doc = _run("Foreign militaries on the American list are prohibited from receiving aid and weapons from Washington "
               "unless the White House issues a waiver.")
    assert not any(t == "COERCE" for t, _, _ in _pairs(doc))


def test_pushing_for_an_outcome_is_a_request() -> None:
    # "senators pushing for an FBI investigation": pressure for an outcome, like "pressed for"
    doc = _run("American senators are pushing for an FBI investigation into the US nominee.")
    assert ("REQUEST", "USA", "USA") in _pairs(doc)
    doc = _run("The French government pushed for Germany to accept the deal.")
    assert ("REQUEST", "FRA", "DEU") in _pairs(doc)


def test_telling_in_the_progressive_is_an_instruction() -> None:
    # "ministers are telling councils to find sites": "is/are telling" is no passive "was told"
    doc = _run("The French president is telling Russia to withdraw its troops.")
    assert ("REQUEST", "FRA", "RUS") in _pairs(doc)
    doc = _run("It is telling that the French minister refused to comment.")
    assert not any(t == "REQUEST" for t, _, _ in _pairs(doc))


def test_a_us_party_contender_is_american() -> None:
    # "Jane Roe, her Republican challenger, called for ...": the US parties' candidates and rivals are American
    doc = _run("Jane Roe, her Republican challenger, issued a statement calling for the American governor to resign.")
    assert ("REQUEST", "USA", "USA") in _pairs(doc)
    doc = _run("His Democratic opponent, John Doe, accused him of lying.")
    assert ("ACCUSE", "USA", "USA") in _pairs(doc)


# --- round 37 -------------------------------------------------------------------------------


def test_labelling_a_side_with_a_scornful_name_is_an_accusation() -> None:
    doc = _run("Labour leader Keir Starmer labelled Rishi Sunak a \"weak\" prime minister in the Commons.")
    assert ("ACCUSE", "GBR", "GBR") in _pairs(doc)


def test_a_label_undergone_or_a_tag_is_no_accusation() -> None:
    # the passive names the one labelled, or a mere tag, not an accuser
    doc = _run("The Russian company was labeled an extremist organization in March by a court in Moscow.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("The French writer is often labelled a \"culture warrior\" by critics in Paris.")
    assert "ACCUSE" not in _types(doc)


def test_denying_all_of_it_is_a_rejection() -> None:
    doc = _run("Labour accused Tony Blair of misleading voters. The prime minister denied all that on Monday.")
    assert "REJECT" in _types(doc)


def test_a_peer_or_a_knight_is_british() -> None:
    # "Lord Stern", "Sir Gavin": the honour says the country, with no other title
    doc = _run("Lord Stern urged Mr Sunak to attend the climate conference in Egypt.")
    assert ("REQUEST", "GBR", "GBR") in _pairs(doc)
    doc = _run("Sir Keith Porter congratulated Mr Sunak on his victory.")
    assert ("SUPPORT", "GBR", "GBR") in _pairs(doc)


def test_the_lord_of_worship_is_no_british_peer() -> None:
    doc = _run("The preacher said Our Lord condemned the Pharisees for their hypocrisy.")
    assert all(e["actor"]["country"] != "GBR" for e in doc.events)


def test_legal_action_taken_is_a_lawsuit() -> None:
    doc = _run("On 15 June the European Commission took legal action against the UK for not keeping to the protocol.")
    assert [e["event_type"] for e in doc.events] == ["ACCUSE"]
    assert doc.events[0]["recipient"]["country"] == "GBR"


# --- round 38 -------------------------------------------------------------------------------


def test_a_departure_due_next_year_is_not_done() -> None:
    doc = _run("The new commissioner will take over after Jane Morgan, the Welsh ombudsman, steps down early next year.")
    assert "CONCEDE" not in _types(doc)


def test_calls_shunned_are_a_rejection_not_a_request() -> None:
    doc = _run("The Scottish government shunned the unions' calls for a public inquiry into the closures.")
    assert "REJECT" in _types(doc)
    assert "REQUEST" not in _types(doc)


def test_a_denial_of_collusion_or_of_being_something_names_no_topic_as_side() -> None:
    doc = _run("The senator denied being a Chinese agent in a statement on Tuesday.")
    assert ("REJECT", "USA", "CHN") not in _pairs(doc)
    doc = _run("The French minister denies any collusion with Iran over the hostage deal.")
    assert ("REJECT", "FRA", "IRN") not in _pairs(doc)


def test_a_routine_of_meetings_is_no_meeting_reported() -> None:
    doc = _run("The British foreign secretary holds regular high-level meetings with Japanese ministers.")
    assert "CONSULT" not in _types(doc)


# --- round 39 -------------------------------------------------------------------------------


def test_a_verdict_of_scorn_reported_from_a_speaker_is_an_accusation() -> None:
    doc = _run("Labour MP Anna Reed said the way the British government handled the inquiry was a \"shambles\".")
    assert ("ACCUSE", "GBR", "GBR") in _pairs(doc)
    doc = _run("The home secretary said Mr Howard was wrong to claim the courts were soft on crime.")
    assert ("ACCUSE", "GBR", "GBR") in _pairs(doc)


def test_a_verdict_nobody_gives_or_one_owed_to_another_is_no_accusation() -> None:
    doc = _run("It is unacceptable that a hotel in Kent is housing migrants without the council being told.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("The plan was deeply flawed from the start and the council dropped it.")
    assert "ACCUSE" not in _types(doc)


def test_a_verdict_of_approval_reported_from_a_speaker_is_support() -> None:
    doc = _run("The Liberal Democrat spokesman Mark Oaten said the British government was right to reject the plan.")
    assert ("SUPPORT", "GBR", "GBR") in _pairs(doc)
    doc = _run("It was right to launch an investigation into the leak, the report concluded.")
    assert "SUPPORT" not in _types(doc)


def test_a_failure_charged_by_a_speaker_is_an_accusation() -> None:
    doc = _run("The British government has failed to tackle the housing crisis, Labour leader Keir Starmer has said.")
    assert ("ACCUSE", "GBR", "GBR") in _pairs(doc)
    doc = _run("The British rocket failed to reach orbit on Tuesday.")
    assert "ACCUSE" not in _types(doc)


def test_suggestions_or_speculation_dismissed_are_a_rejection() -> None:
    doc = _run("Russia has denied meddling and the US president has dismissed any suggestion of collusion.")
    assert "REJECT" in _types(doc)
    doc = _run("The British defence minister dismissed speculation that Downing Street had briefed against him.")
    assert "REJECT" in _types(doc)


def test_a_list_of_prohibited_words_is_no_ban_imposed() -> None:
    doc = _run("The US agency was given a list of seven prohibited words for its budget documents.")
    assert "COERCE" not in _types(doc)


def test_an_act_someone_expects_is_not_reported_as_done() -> None:
    doc = _run("Analysts expect a full EU embargo on Russian gas to cut Moscow's revenues sharply.")
    assert "SANCTION" not in _types(doc)


def test_a_ban_declared_on_another_country_s_goods_is_a_sanction() -> None:
    doc = _run("Canada has declared a complete ban on Russian oil and gas imports.")
    assert ("SANCTION", "CAN", "RUS") in _pairs(doc)
    doc = _run("The New Zealand prime minister announced a national ban on all military-style weapons.")
    assert "SANCTION" not in _types(doc)


def test_agreeing_to_cooperate_with_an_inquiry_is_cooperation() -> None:
    doc = _run("The former US national security adviser has agreed to cooperate with the FBI investigation.")
    assert "COOPERATE" in _types(doc)
    assert "AGREE" not in _types(doc)


def test_an_invasion_referred_back_to_is_no_new_assault() -> None:
    # a known invasion named as a cause or a setting ("because of Moscow's invasion", "since the invasion")
    doc = _run("Fuel prices in Britain have climbed sharply because of Russia's invasion of Ukraine.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Trade between the two countries has collapsed since the invasion of Ukraine.")
    assert "ASSAULT" not in _types(doc)


def test_a_habit_or_a_generalisation_is_no_event() -> None:
    doc = _run("The Labour leader has always called for a televised debate with the prime minister.")
    assert "REQUEST" not in _types(doc)
    doc = _run("The former US president often criticised reporters for their questions.")
    assert "ACCUSE" not in _types(doc)


def test_criticism_called_unhelpful_is_no_accusation() -> None:
    doc = _run("The Welsh police commissioner said it was unhelpful to criticise Dyfed Police over the case.")
    assert "ACCUSE" not in _types(doc)


def test_someone_being_charged_in_figures_is_no_accusation() -> None:
    doc = _run("Only 2% of burglaries in England end with someone being charged, figures obtained by Labour show.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("A Home Office spokesman said: \"We want offenders charged and brought before the courts.\"")
    assert "ACCUSE" not in _types(doc)


def test_a_strike_voted_for_is_still_to_come() -> None:
    doc = _run("Members of the Welsh nurses' union have voted to go on strike over pay, the Royal College said.")
    assert "PROTEST" not in _types(doc)


def test_a_photo_caption_is_no_event() -> None:
    doc = _run("French President Emmanuel Macron is welcomed by Chinese President Xi Jinping in Beijing on Jan 8, 2018. "
               "(AP file photo)\n\nThe French embassy in China issued a travel alert on Wednesday.")
    assert "CONSULT" not in _types(doc)


def test_a_happening_dated_years_before_the_report_is_background() -> None:
    # published 2024-05-20 (event_helpers): a walkout of 2019 is recalled
    doc = _run("And in 2019, British nurses who were members of the Royal College of Nursing walked out over pay.")
    assert "PROTEST" not in _types(doc)
    doc = _run("British nurses who are members of the Royal College of Nursing walked out over pay on Monday.")
    assert "PROTEST" in _types(doc)


def test_american_federal_agencies_are_american_bodies() -> None:
    # kb_data/agencies.yaml: ICE, the FDA, HHS ... by acronym or full name are bodies of the United States
    doc = _run("The FDA declined to release the inspection reports to the newspaper.")
    assert any(t == "REJECT" and a == "USA" for t, a, _r in _pairs(doc))
    doc = _run("The Department of Health and Human Services pushed back on the report.")
    assert any(t == "REJECT" and a == "USA" for t, a, _r in _pairs(doc))
    doc = _run("ICE officials asked the US Justice Department to look into the mayor's warning.")
    assert ("REQUEST", "USA", "USA") in _pairs(doc)


def test_a_police_body_named_before_a_passive_arrest_made_it() -> None:
    # roles.yaml never_held: "a check-in with ICE and was arrested": ICE held the man, ICE was not held
    doc = _run("Santoso, one of the Indonesian Christians who fled their country in 1998, went to a "
               "check-in with ICE and was arrested.")
    assert ("COERCE", "USA", "IDN") in _pairs(doc)


def test_a_visit_to_a_city_of_another_country_is_hosted_by_it() -> None:
    # events.yaml place_host: the city's country is the host when no host is named
    doc = _run("The French president Emmanuel Macron travelled to Kharkiv on Saturday.")
    assert ("CONSULT", "FRA", "UKR") in _pairs(doc)
    # a city seating institutions (places.yaml institution_seats) is no visit to its state
    doc = _run("The Irish prime minister flew to Brussels on Tuesday.")
    assert ("CONSULT", "IRL", "BEL") not in _pairs(doc)
    # a state travels nowhere: someone from it arrived
    doc = _run("A poet from El Salvador arrived in Scotland in April.")
    assert "CONSULT" not in _types(doc)


def test_a_guilty_plea_yields_to_the_prosecution_not_to_what_was_lied_about() -> None:
    # `alone`: "about his contacts with Russia" is no side; a plea recalled in a relative clause is not the news
    doc = _run("The former American national security adviser Michael Flynn pleaded guilty to lying to the FBI "
               "about his contacts with Russia.")
    assert ("CONCEDE", "USA", "USA") in _pairs(doc)
    assert not any(r == "RUS" for _t, _a, r in _pairs(doc))
    doc = _run("Michael Flynn, who pleaded guilty to lying to the FBI, met the judge on Monday.")
    assert "CONCEDE" not in _types(doc)


def test_a_text_that_provides_is_no_side_agreeing() -> None:
    doc = _run("Instead of checking goods at the Irish border, the protocol agreed that any inspections would be "
               "carried out at ports in Northern Ireland.")
    assert "AGREE" not in _types(doc)


def test_a_state_named_as_the_place_of_a_killing_is_no_attacker() -> None:
    # roles.yaml placed_states_no_attackers, natural_causes fire / blaze: no Chinese attack in Urumqi
    doc = _run("The protests began after a fire in a high-rise block in Urumqi, western China, killed 10 people on "
               "Thursday.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("In Syria, Turkey killed 20 Kurdish fighters on Monday.")
    assert any(t == "ASSAULT" and a == "TUR" for t, a, _r in _pairs(doc))


def test_protesters_prosecuted_are_no_protest_by_the_prosecutor() -> None:
    # events.yaml protesters unless_before: the object of a court's or prosecutor's act
    doc = _run("A Belgian prosecutor on Monday charged protesters who had blocked a motorway near Brussels.")
    assert "PROTEST" not in _types(doc)


def test_a_petition_named_is_no_protest() -> None:
    doc = _run("Three senators have started petitions to press the Justice Department to publish the report.")
    assert "PROTEST" not in _types(doc)


def test_a_stance_a_role_or_a_deal_left_is_no_act() -> None:
    # modality.yaml negation "resistant to", "quit the"; hypothetical "role in"
    doc = _run("Conservative rebels remain resistant to supporting the Prime Minister's deal, Mr Baker said on Monday.")
    assert "SUPPORT" not in _types(doc)
    doc = _run("The Foreign Office plays a leading role in pushing for reforms of the sanctions regime.")
    assert "REQUEST" not in _types(doc)
    doc = _run("Canadian officials said on Friday the United States may try to quit the free trade deal with Mexico.")
    assert "COOPERATE" not in _types(doc)


# --- round 43: warnings against, retorts, apologies, disagreement ---------------------------


def test_a_warning_to_someone_against_an_act_is_a_demand_on_them() -> None:
    doc = _run("The German chancellor warned the French president against holding a referendum.")
    assert ("REQUEST", "DEU", "FRA") in _pairs(doc)


def test_a_warning_against_a_course_is_a_rejection_of_it() -> None:
    doc = _run("Turkey had warned against an independent state on its southern border.")
    assert any(t == "REJECT" and a == "TUR" for t, a, _r in _pairs(doc))


def test_questions_dismissed_are_a_rejection() -> None:
    doc = _run("British Prime Minister Boris Johnson dismissed questions about the loan on Tuesday.")
    assert any(t == "REJECT" and a == "GBR" for t, a, _r in _pairs(doc))


def test_a_retort_with_its_words_is_an_accusation() -> None:
    doc = _run("British Foreign Secretary Jack Straw hit back by saying the Conservative Party had failed Europe.")
    assert ("ACCUSE", "GBR", "GBR") in _pairs(doc)


def test_disagreement_with_a_named_side_is_an_accusation() -> None:
    doc = _run("President Donald Trump told reporters he disagreed with Rex Tillerson on some issues.")
    assert ("ACCUSE", "USA", "USA") in _pairs(doc)


def test_an_apology_stands_with_nobody_named_to_receive_it() -> None:
    doc = _run("British Prime Minister Tony Blair has apologised for the remarks he made about the families.")
    assert ("SUPPORT", "GBR", "GBR") in _pairs(doc)


def test_an_apology_beside_another_act_leaves_that_act_the_news() -> None:
    doc = _run("British minister Chris Pincher stepped down from his government job in July, when he apologised "
               "for drinking far too much.")
    assert "CONCEDE" in _types(doc)
    assert "SUPPORT" not in _types(doc)


def test_the_gerund_holding_is_no_holding_company() -> None:
    doc = _run("The US had warned the Kurds against holding the referendum.")
    for e in doc.events:
        for side in ("actor", "recipient"):
            assert (e.get(side) or {}).get("name_raw") != "holding"


def test_blame_laid_by_a_speaker_is_an_accusation() -> None:
    doc = _run("Conservative leader Michael Howard said Labour had been responsible for huge waste.")
    assert ("ACCUSE", "GBR", "GBR") in _pairs(doc)


def test_a_role_held_is_no_blame() -> None:
    doc = _run("Professor Nancy Rothwell said British minister Ruth Kelly was responsible for training future scientists.")
    assert "ACCUSE" not in _types(doc)


def test_a_name_opening_a_sentence_is_no_modal() -> None:
    # "May is today holding talks": Theresa May, not the modal "may"
    from dyad.events import event_lexicon
    lex = event_lexicon("en")
    assert ("may", "is") in lex.not_modal


def test_a_strike_ballot_won_is_a_threat_to_the_government() -> None:
    doc = _run("British union members have already voted to strike over job cuts.")
    assert ("THREATEN", "GBR", "GBR") in _pairs(doc)
    assert "PROTEST" not in _types(doc)


def test_a_qualified_decision_welcomed_is_approval_not_a_guest() -> None:
    doc = _run("The Japanese prime minister welcomed the American decision.")
    assert ("SUPPORT", "JPN", "USA") in _pairs(doc)
    assert "CONSULT" not in _types(doc)


def test_a_guest_welcomed_is_still_a_visit() -> None:
    doc = _run("The Egyptian president welcomed the Saudi king in Cairo.")
    assert "SUPPORT" not in _types(doc)
    assert "CONSULT" in _types(doc)


def test_the_one_asked_to_be_acted_on_is_no_addressee() -> None:
    # "asked for Russia to be expelled": Russia undergoes what is asked, the appeal is not made to it
    doc = _run("Ukraine's foreign ministry has asked for Russia to be expelled from the G20.")
    assert not any(t == "REQUEST" and r == "RUS" for t, _a, r in _pairs(doc))
    assert any(t == "REQUEST" and a == "UKR" for t, a, _r in _pairs(doc))


def test_guilt_charged_by_a_speaker_is_an_accusation() -> None:
    doc = _run("The Conservative chairman Liam Fox said Labour was guilty of hypocrisy.")
    assert ("ACCUSE", "GBR", "GBR") in _pairs(doc)


def test_frustration_voiced_with_a_side_is_an_accusation() -> None:
    doc = _run("The Irish prime minister expressed frustration with the British government.")
    assert ("ACCUSE", "IRL", "GBR") in _pairs(doc)


def test_a_plan_described_as_misguided_is_an_accusation() -> None:
    doc = _run("Former British foreign secretary Robin Cook described the Conservative Party's plan as misguided.")
    assert ("ACCUSE", "GBR", "GBR") in _pairs(doc)


def test_hitting_back_at_a_claim_is_no_accusation() -> None:
    doc = _run("The British Home Secretary hit back at Labour claims he had misled the Commons.")
    assert "ACCUSE" not in _types(doc)


def test_hitting_back_at_a_side_is_still_criticism() -> None:
    doc = _run("The British rail union hit back at the government, saying ministers were reckless.")
    assert "ACCUSE" in _types(doc)
    assert "REJECT" not in _types(doc)


def test_cooperation_kept_small_is_no_cooperation() -> None:
    doc = _run("The American city has a policy of limiting cooperation with federal immigration agents.")
    assert "COOPERATE" not in _types(doc)


def test_a_promise_to_praise_ones_record_is_no_agreement() -> None:
    doc = _run("The British prime minister promised to hail Labour's record on the economy until polling day.")
    assert "AGREE" not in _types(doc)


def test_a_court_after_a_guilty_plea_is_not_the_pleader() -> None:
    # events.yaml actor_before: the court named after "pleaded guilty" did not plead
    doc = _run("Patel pleaded guilty on Thursday in U.S. District Court to making false statements.")
    assert "CONCEDE" not in _types(doc)
    doc = _run("The former American adviser Michael Flynn pleaded guilty on Friday to lying to the FBI.")
    assert ("CONCEDE", "USA", "USA") in _pairs(doc)


def test_a_call_faced_names_the_asker_after_by() -> None:
    doc = _run("The British attorney general faced a call by the former British lord chancellor to publish the advice.")
    assert ("REQUEST", "GBR", "GBR") in _pairs(doc)


def test_criminals_convicted_of_crimes_are_no_conviction_reported() -> None:
    doc = _run("American immigration officers arrested a number of illegal immigrants convicted of violent crimes.")
    assert "ACCUSE" not in _types(doc)


def test_the_one_rejected_after_the_verb_is_no_rejecter() -> None:
    # events.yaml actor_before on the REJECT verbs: a side after "rejected" is what was rejected
    doc = _run("Voters rejected the Republican candidate in the American race, Senator Roy Moore.")
    assert "REJECT" not in _types(doc)
    doc = _run("The British government rejected the French proposal on Monday.")
    assert ("REJECT", "GBR", "FRA") in _pairs(doc)


def test_a_refusal_opening_the_sentence_is_its_subjects() -> None:
    doc = _run("By refusing to nominate ministers, the Northern Irish DUP blocked the British executive.")
    assert any(t == "REJECT" and a == "GBR" for t, a, _r in _pairs(doc))


def test_defending_ones_own_policy_is_a_rejection_of_its_critics() -> None:
    # events.yaml REJECT "defended his/its/the ..." with a decision or a policy a few words on: a rebuttal,
    # addressed to the defender's own government when no other side is named
    doc = _run("The British health secretary defended his decision to close the clinic on Tuesday.")
    assert ("REJECT", "GBR", "GBR") in _pairs(doc)
    assert "SUPPORT" not in _types(doc)
    doc = _run("A spokesman for the Home Office defended the new measures on Wednesday.")
    assert ("REJECT", "GBR", "GBR") in _pairs(doc)


def test_defending_a_person_stays_support() -> None:
    doc = _run("The French president defended the Belgian prime minister on Monday.")
    assert ("SUPPORT", "FRA", "BEL") in _pairs(doc)
    assert "REJECT" not in _types(doc)


def test_british_bodies_named_by_acronym_are_british_actors() -> None:
    # kb_data/agencies.yaml: the BMA, the CBI, Acpo, Ipsa ... are bodies of the United Kingdom
    doc = _run("The BMA criticised the Home Office over the new contract on Monday.")
    assert ("ACCUSE", "GBR", "GBR") in _pairs(doc)
    doc = _run("Acpo called for stronger powers to close noisy bars, the paper said.")
    assert any(t == "REQUEST" and a == "GBR" for t, a, _r in _pairs(doc))
    doc = _run("The BNP has denied the charges brought by prosecutors, a spokesman said.")
    assert any(t == "REJECT" and a == "GBR" for t, a, _r in _pairs(doc))


def test_a_chief_constable_is_a_british_police_officer() -> None:
    # actors.yaml "Chief Constable": an office of the United Kingdom
    doc = _run("A chief constable has criticised the Home Office over cuts to police budgets.")
    assert ("ACCUSE", "GBR", "GBR") in _pairs(doc)


def test_a_course_owed_said_by_another_is_a_request() -> None:
    # events.yaml REQUEST asks_subject: "should set out", "should be delayed" said of another
    doc = _run("The Scottish opposition leader said the British prime minister should set out a timetable for "
               "the withdrawal of troops.")
    assert ("REQUEST", "GBR", "GBR") in _pairs(doc)


def test_no_need_for_said_by_a_speaker_is_a_rejection() -> None:
    doc = _run("The British education secretary said there was no need for a new exam board.")
    assert any(t == "REJECT" and a == "GBR" for t, a, _r in _pairs(doc))


def test_branding_a_plan_a_waste_is_an_accusation() -> None:
    # events.yaml ACCUSE "branded": a verdict of scorn; naming no one scorned, addressed to the speaker's government
    doc = _run("The British opposition spokesman has branded the identity card scheme a waste of money.")
    assert ("ACCUSE", "GBR", "GBR") in _pairs(doc)


def test_branded_goods_and_a_passive_brand_with_no_agent_accuse_no_one() -> None:
    doc = _run("The British supermarket sold its own branded goods in France.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("The British prince has been branded a fool over his comments.")
    assert "ACCUSE" not in _types(doc)


def test_a_passive_brand_names_the_one_who_brands_after_by() -> None:
    doc = _run("British rail unions have been branded selfish by the British government over the strikes.")
    assert ("ACCUSE", "GBR", "GBR") in _pairs(doc)


def test_an_apology_to_people_the_lexicon_does_not_know_is_addressed_to_the_own_government() -> None:
    # events.yaml SUPPORT "apologised to" own_side: a side named stays the recipient, else the apologiser's government
    doc = _run("The British prime minister has apologised to two families over the scandal.")
    assert ("SUPPORT", "GBR", "GBR") in _pairs(doc)
    doc = _run("The Japanese prime minister apologised to South Korea on Monday.")
    assert ("SUPPORT", "JPN", "KOR") in _pairs(doc)


def test_wanting_the_government_to_act_is_a_request() -> None:
    doc = _run("The British teachers' union wants the British government to raise pay for new teachers.")
    assert ("REQUEST", "GBR", "GBR") in _pairs(doc)


def test_wanting_a_thing_is_no_request() -> None:
    doc = _run("The British teachers' union wants the ban lifted before the summer.")
    assert "REQUEST" not in _types(doc)


# --- round 46 --------------------------------------------------------------------------------


def test_aid_a_leader_predicts_is_no_aid_given() -> None:
    doc = _run("The Irish prime minister has predicted the government will eventually send millions of euros "
               "in aid to countries hit by the floods.")
    assert "AID" not in _types(doc)


def test_a_book_alleging_a_talk_makes_no_accusation_by_those_in_it() -> None:
    doc = _run("The memoir, serialised in a Sunday paper, alleges that the French president told the German "
               "chancellor at a dinner of his intention to quit.")
    assert "ACCUSE" not in _types(doc)


def test_a_grave_threat_judged_is_no_threat_made() -> None:
    doc = _run("Critics in Rome said the cardinal's presence was a grave threat to the unity of the Italian church.")
    assert "THREATEN" not in _types(doc)


def test_an_undated_report_is_of_the_latest_year_it_names() -> None:
    # modality.yaml background_undated: no publication date, the latest year named (2004) dates the report; a
    # meeting of 1998 is recalled background, no record; with no later year named it stays
    text = ("The French president met the German chancellor in Paris in 1998. "
            "The two countries signed a new border treaty in 2004.")
    doc = analyse_text(text, "en", published=None)
    assert "CONSULT" not in _types(doc)
    doc = analyse_text("The French president met the German chancellor in Paris in 1998.", "en", published=None)
    assert "CONSULT" in _types(doc)


def test_a_call_dated_years_before_the_report_is_recalled_background() -> None:
    # the spoken types listed in background_types are recalled background too when dated years back
    doc = _run("In 2015, the French president called on the German chancellor to close the border.")
    assert "REQUEST" not in _types(doc)
    doc = _run("On Monday, the French president called on the German chancellor to close the border.")
    assert ("REQUEST", "FRA", "DEU") in _pairs(doc)


def test_a_threat_dated_years_before_the_report_is_recalled_background() -> None:
    # modality.yaml background_types THREATEN: a threat of 2016 recalled in a report of 2024 is no record
    doc = _run("In 2016 the Spanish finance minister threatened to freeze French assets.")
    assert "THREATEN" not in _types(doc)
    doc = _run("On Monday the Spanish finance minister threatened to freeze French assets.")
    assert "THREATEN" in _types(doc)


def test_words_said_to_encourage_an_attack_are_no_attack() -> None:
    doc = _run("The senator said the Iranian cleric's sermons encourage attacks on Israeli diplomats.")
    assert "ASSAULT" not in _types(doc)


def test_a_bare_year_naming_an_event_to_come_does_not_date_an_undated_report() -> None:
    # "the World Cup 2030" is a name, no year of the report: the meeting of 2023 stays
    doc = analyse_text("The Qatari minister met the Jordanian police chief in Doha on December 22, 2023. "
                       "Both countries will host events such as the World Cup 2030.", "en", published=None)
    assert "CONSULT" in _types(doc)


def test_the_victims_of_a_condemned_attack_are_not_the_ones_condemned() -> None:
    # "condemned the attack on Egyptian soldiers": the soldiers were struck; the condemnation is
    # aimed at the attackers, here unnamed (null, as the gold sets code it)
    doc = _run("Jordan condemned the attack on Egyptian soldiers in Sinai on Monday.")
    pairs = event_pairs(doc)
    assert ("ACCUSE", "JOR", None) in pairs and ("ACCUSE", "JOR", "EGY") not in pairs
    assert ("ASSAULT", None, "EGY") in pairs
    accuse = next(e for e in doc.events if e["event_type"] == "ACCUSE")
    assert "its attackers are not named" in accuse["why"]["recipient"]
    assert "EGY" not in {p.get("country") for p in accuse["participants"]}
    # attackers named in the object of the condemnation are the ones condemned
    doc = _run("Jordan condemned the Israeli attack on Palestinian villagers.")
    assert ("ACCUSE", "JOR", "ISR") in event_pairs(doc)
    # a side named before the attack is what was condemned, whoever the attack struck
    doc = _run("Qatar condemned Israel for the attack on Palestinian villagers.")
    assert ("ACCUSE", "QAT", "ISR") in event_pairs(doc)


def test_testimony_told_to_a_legislative_committee_is_a_meeting_with_it() -> None:
    doc = _run("The American defence secretary told a U.S. Senate hearing on Tuesday that the air strikes had been lawful.")
    assert ("CONSULT", "USA", "USA") in _pairs(doc)
    doc = _run("The British foreign secretary told the Commons foreign affairs committee that exports remained under review.")
    assert "CONSULT" in _types(doc)
    # a court hearing is no committee of the legislature, and an instruction keeps its reading
    doc = _run("Judge Peter Hollins told the hearing in Leeds that the case could have been avoided.")
    assert "CONSULT" not in _types(doc)
    doc = _run("The French president told the German chancellor to close the border.")
    assert "CONSULT" not in _types(doc)


def test_a_letter_written_to_a_named_side_is_contact_with_it() -> None:
    doc = _run("The French president said in a letter to the German chancellor that the border would stay open.")
    assert ("CONSULT", "FRA", "DEU") in _pairs(doc)


def test_a_decision_welcomed_with_no_author_named_is_approval_of_the_own_government() -> None:
    # own_side: by a body of a known country, with no author of the decision named
    doc = _run("The British Medical Association welcomed the decision to scrap the charges for GP visits.")
    assert ("SUPPORT", "GBR", "GBR") in _pairs(doc)
    # a decision whose author is named keeps that side
    doc = _run("The French foreign minister welcomed the decision by Germany to reopen the border.")
    assert ("SUPPORT", "FRA", "DEU") in _pairs(doc)


def test_a_u_turn_made_is_a_climb_down_to_the_own_government() -> None:
    doc = _run("Bond yields fell after the British chancellor made a dramatic U-turn on the planned tax cut.")
    assert ("CONCEDE", "GBR", "GBR") in _pairs(doc)
    # a U-turn denied was not made
    doc = _run("The British minister denied that he had made a U-turn about calling an election.")
    assert "CONCEDE" not in _types(doc)
    # a car turned round in the street is no climb-down
    doc = _run("The British minister emerged on to a busy street in Belfast and U-turned.")
    assert "CONCEDE" not in _types(doc)


def test_a_welcome_ranks_below_the_call_made_in_the_same_sentence() -> None:
    doc = _run("The British Medical Association welcomed the plan, but has called for a higher pay offer.")
    assert ("REQUEST", "GBR", "GBR") in _pairs(doc)


def test_a_participle_after_the_one_held_is_a_reduced_passive_arrest() -> None:
    # the one named before "arrested at" was arrested; with no agent named, the authorities arrested him
    doc = _run("The American police said so. The American preacher and others arrested at the ranch in Texas will appear in court.")
    recs = [e for e in doc.events if e["event_type"] == "COERCE"]
    assert recs and all((e["actor"] or {}).get("name", "").startswith("authorities") for e in recs)
    assert ("COERCE", "USA", "USA") in _pairs(doc)
    # a count right after the verb is its object: the active reading stays
    doc = _run("French police arrested at least 20 people in Paris on Saturday.")
    assert ("COERCE", "FRA", "FRA") in _pairs(doc)


def test_a_treasury_under_secretary_takes_the_country_before_the_body() -> None:
    doc = _run("The British chancellor backed the plan. But US Treasury Under-Secretary John Taylor said the US could not support the fund.")
    assert any((e["actor"] or {}).get("name") == "John Taylor" and (e["actor"] or {}).get("country") == "USA"
               for e in doc.events)


def test_meetings_being_set_up_are_no_meeting() -> None:
    doc = _run("The American adviser spoke about efforts to improve relations by setting up meetings between American and Russian officials.")
    assert "CONSULT" not in _types(doc)
    doc = _run("The American adviser had tried to set up a meeting between the campaign and the Russian leadership.")
    assert "CONSULT" not in _types(doc)
    # a meeting held keeps its record
    doc = _run("The American adviser held talks with the Russian ambassador in London.")
    assert "CONSULT" in _types(doc)


def test_an_act_someone_needed_to_do_or_a_kind_of_case_is_no_event() -> None:
    doc = _run("The American senator said he did not believe the American president needed to resign over the claims.")
    assert "CONCEDE" not in _types(doc)
    doc = _run("The British commission said the defence must not be used in cases where someone has killed for revenge.")
    assert "ASSAULT" not in _types(doc)
    # a killing reported keeps its record
    doc = _run("Gunmen killed three British soldiers in Basra on Monday.")
    assert "ASSAULT" in _types(doc)


def test_a_state_named_as_a_place_after_an_appeal_is_not_the_side_addressed() -> None:
    # roles.yaml placed_recipient_markers / placed_recipient_types
    doc = _run("The British minister appealed for the release of an aid worker kidnapped in Iraq.")
    assert ("REQUEST", "GBR", "IRQ") not in _pairs(doc)
    doc = _run("The Estonian foreign minister urged Britain not to cut troop numbers in Estonia.")
    assert ("REQUEST", "EST", "GBR") in _pairs(doc)
    # a state addressed directly stays the recipient
    doc = _run("The French president urged Germany to reopen the border.")
    assert ("REQUEST", "FRA", "DEU") in _pairs(doc)


def test_a_bare_retort_is_criticism_of_the_side_named_after_it() -> None:
    doc = _run("The British prime minister hit back, asking whether Labour would reverse the support for energy bills.")
    assert ("ACCUSE", "GBR", "GBR") in _pairs(doc)
    # force answered with force is no retort in words
    doc = _run("The Israeli army hit back with air strikes on Gaza.")
    assert "ACCUSE" not in _types(doc)


def test_a_conviction_quashed_or_a_verdict_of_not_guilty_is_a_concession_to_the_accused() -> None:
    doc = _run("On Tuesday the Court of Appeal in London quashed the convictions of two Irish men.")
    assert ("CONCEDE", "GBR", "IRL") in _pairs(doc)
    # the passive participle names no court before it
    doc = _run("The Irish man, who was acquitted by a court in London, returned to Dublin on Monday.")
    assert "CONCEDE" not in _types(doc)


def test_a_course_refused_in_so_many_words_is_a_rejection() -> None:
    doc = _run("The European Commission said on Friday it was not prepared to renegotiate the protocol with Britain.")
    assert any(t == "REJECT" and r == "GBR" for t, _a, r in _pairs(doc))
    # any other lack of intention is no refusal
    doc = _run("Villagers in Madagascar told the French minister they had no intention of forgoing the ritual.")
    assert "REJECT" not in _types(doc)


def test_a_passive_arrest_with_nobody_named_is_the_authorities() -> None:
    # roles.yaml passive_arrest_authorities
    doc = _run("Police in Manchester said on Sunday that three men were arrested in the city on Saturday.")
    assert any(t == "COERCE" and a == "GBR" for t, a, _r in _pairs(doc))
    doc = _run("Three men were arrested on Saturday in Manchester, England.")
    assert any(t == "COERCE" and a == "GBR" for t, a, _r in _pairs(doc))


def test_an_investigation_begun_or_under_way_is_an_accusation() -> None:
    doc = _run("The US Justice Department is conducting a joint investigation with the FBI into the shooting.")
    assert any(t == "ACCUSE" and a == "USA" for t, a, _r in _pairs(doc))
    doc = _run("The House Ethics Committee said on Friday it had begun an investigation into the Texas congressman.")
    assert any(t == "ACCUSE" and a == "USA" for t, a, _r in _pairs(doc))


def test_a_yielding_refused_by_a_negation_is_a_rejection() -> None:
    doc = _run("The European Union has warned it will not renegotiate the withdrawal agreement with Britain.")
    assert any(t == "REJECT" and r == "GBR" for t, _a, r in _pairs(doc))
    doc = _run("The British prime minister has insisted he will not back down over the strikes.")
    assert any(t == "REJECT" and a == "GBR" for t, a, _r in _pairs(doc))


def test_a_delay_is_a_concession_only_under_pressure_told() -> None:
    # a plan of its own put off yields to no one; put off after protests, it gives way to them
    doc = _run("New border checks on Spanish goods have been postponed by the British government.")
    assert "CONCEDE" not in _types(doc)
    doc = _run("The French government postponed the pension vote after protests by unions.")
    assert "CONCEDE" in _types(doc)


def test_an_act_inside_a_whether_question_is_no_event() -> None:
    # "whether" anywhere before the trigger in its clause: the act is asked about, not told
    doc = _run("Officials said the main question of the inquiry is whether the adviser ever suggested "
               "that American sanctions on Russia could be lifted.")
    assert "SANCTION" not in _types(doc)


def test_an_inquiry_into_links_with_a_state_targets_the_investigators_own_side() -> None:
    # the state named after "links between" is what the inquiry is about, not the side it looks at
    doc = _run("The American special counsel, who is investigating possible links between Russia and the "
               "Republican campaign, spoke to reporters on Monday.")
    assert ("ACCUSE", "USA", "RUS") not in _pairs(doc)
    assert ("ACCUSE", "USA", "USA") in _pairs(doc)


def test_the_plural_present_oppose_is_a_rejection_but_not_as_an_aim_or_a_relative() -> None:
    doc = _run("The Liberal Democrats also oppose the British government's plans for house arrest.")
    assert ("REJECT", "GBR", "GBR") in _pairs(doc)
    # an aim ("to oppose") or the view of those a relative names is no act
    doc = _run("Party whips tried to get Labour MPs to oppose the British government's motion.")
    assert "REJECT" not in _types(doc)
    doc = _run("Bannon backs candidates in Nevada, all of whom oppose Mitch McConnell staying on as Senate leader.")
    assert "REJECT" not in _types(doc)


def test_a_document_wanted_out_is_a_request() -> None:
    doc = _run("The Conservatives say they want the publication of the legal advice given by the British "
               "attorney general.")
    assert ("REQUEST", "GBR", "GBR") in _pairs(doc)


def test_confidence_declared_or_withdrawn_in_a_named_side() -> None:
    doc = _run("A Downing Street spokesman said British Prime Minister Rishi Sunak had full confidence in "
               "Sir Gavin Williamson.")
    assert ("SUPPORT", "GBR", "GBR") in _pairs(doc)
    doc = _run("The Welsh Conservatives said the police commissioner had no confidence in the British "
               "chief constable.")
    assert "ACCUSE" in _types(doc)


def test_an_explanation_or_action_owed_said_by_another_is_a_request() -> None:
    doc = _run("The Labour party said the Liberal Democrats needed to explain how they would pay for the plan.")
    assert ("REQUEST", "GBR", "GBR") in _pairs(doc)
    doc = _run("The British union leader said the British government needs to act to protect nurses.")
    assert ("REQUEST", "GBR", "GBR") in _pairs(doc)
    # acting as something is a role, no demand
    doc = _run("The British police union chairman said civilian officers should act as eyes and ears for the police.")
    assert "REQUEST" not in _types(doc)


def test_a_member_suspended_from_a_party_is_a_sanction_but_a_pupil_from_school_is_not() -> None:
    doc = _run("The British Labour MP was suspended from the Labour party pending an investigation.")
    assert ("SANCTION", "GBR", "GBR") in _pairs(doc)
    doc = _run("The British pupil was suspended from school after a fight.")
    assert "SANCTION" not in _types(doc)


def test_a_lawsuit_held_out_is_a_threat() -> None:
    doc = _run("The Thai government was considering legal action against the Singapore-based company.")
    assert ("THREATEN", "THA", "SGP") in _pairs(doc)


def test_aid_whose_granting_is_suspended_is_no_aid() -> None:
    # the suspension is the news (its own SANCTION trigger), the asylum is not granted
    doc = _run("US President Donald Trump has suspended the granting of asylum to Mexican migrants.")
    assert "AID" not in _types(doc)
    assert any(t == "SANCTION" and a == "USA" for t, a, _r in _pairs(doc))


def test_campaign_posters_of_ones_own_defended_are_a_rejection() -> None:
    doc = _run("Labour's election chief Alan Milburn has defended his party's campaign posters amid Tory claims.")
    assert any(t == "REJECT" and a == "GBR" for t, a, _r in _pairs(doc))
    assert "SUPPORT" not in _types(doc)


def test_a_vote_against_held_out_under_a_condition_is_a_threat() -> None:
    doc = _run("The British Conservatives say they will vote against the bill unless changes they want are agreed.")
    assert any(t == "THREATEN" and a == "GBR" for t, a, _r in _pairs(doc))
    # with no condition it is a stance or a forecast
    doc = _run("The British Conservatives say they will vote against the bill.")
    assert "THREATEN" not in _types(doc)


def test_ground_given_on_a_point_of_a_bill_is_a_concession() -> None:
    doc = _run("The British government has already given way over the role of judges in house arrest cases.")
    assert any(t == "CONCEDE" and a == "GBR" for t, a, _r in _pairs(doc))


def test_a_view_agreed_with_is_no_agreement() -> None:
    doc = _run("The British former minister agreed that the prime minister was right not to stand again.")
    assert "AGREE" not in _types(doc)


def test_a_duty_given_is_no_charge() -> None:
    doc = _run("The American attorney general, who is charged with writing a summary of the report, met senators.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("The American banker was charged with defrauding investors by federal prosecutors.")
    assert "ACCUSE" in _types(doc)


def test_an_inquiry_named_as_the_setting_of_charges_is_background() -> None:
    doc = _run("The American lobbyist faces charges as part of an investigation into Russian meddling in the election.")
    assert ("ACCUSE", "USA", "RUS") not in _pairs(doc)


def test_an_inquiry_named_as_the_backdrop_of_another_step_is_background() -> None:
    doc = _run("The American lobbyist will surrender to police on Monday amid an ongoing probe into Russian meddling.")
    assert not any(t == "ACCUSE" and r == "RUS" for t, _a, r in _pairs(doc))


def test_a_charge_denied_as_a_clause_without_that_is_a_rejection() -> None:
    doc = _run("The British Labour spokesman denied the poster was offensive to Jewish voters.")
    assert any(t == "REJECT" and a == "GBR" for t, a, _r in _pairs(doc))
    # a refusal undergone is still none
    doc = _run("The British activist was denied bail on Monday.")
    assert "REJECT" not in _types(doc)


def test_a_survey_finding_of_what_firms_want_is_no_request() -> None:
    doc = _run("A British business survey found nearly half surveyed wanted the government to grant more visas.")
    assert "REQUEST" not in _types(doc)
    doc = _run("The British Local Government Association wants the government to help councils.")
    assert any(t == "REQUEST" and a == "GBR" for t, a, _r in _pairs(doc))


def test_people_counted_on_arrival_are_no_visit() -> None:
    doc = _run("More than 20,000 people with a British sponsor have arrived in the country since the Russian invasion.")
    assert "CONSULT" not in _types(doc)


def test_scorn_on_a_sides_pledges_or_manner_reported_is_an_accusation() -> None:
    doc = _run("The British Conservative leader said the Labour government was \"intensely authoritarian\".")
    assert any(t == "ACCUSE" and a == "GBR" for t, a, _r in _pairs(doc))
    # a verdict nobody gives is none
    doc = _run("It is outrageous, a British newspaper wrote.")
    assert "ACCUSE" not in _types(doc)


def test_a_course_the_government_must_work_at_or_a_minister_to_sack_is_a_request() -> None:
    doc = _run("The BMA said the British government must work to improve pay.")
    assert any(t == "REQUEST" and a == "GBR" for t, a, _r in _pairs(doc))
    doc = _run("The Labour MP Frank Field said the British prime minister should sack the chancellor.")
    assert any(t == "REQUEST" and a == "GBR" for t, a, _r in _pairs(doc))


def test_a_party_opposing_plans_naming_no_side_opposes_its_own_government() -> None:
    doc = _run("The British Liberal Democrats also oppose the plans.")
    assert ("REJECT", "GBR", "GBR") in _pairs(doc)
    # a state naming no other side makes no record
    doc = _run("Britain and France oppose the plans.")
    assert ("REJECT", "GBR", "GBR") not in _pairs(doc)


def test_a_vote_against_held_out_naming_no_side_threatens_the_own_government() -> None:
    doc = _run("The British Conservatives say they will vote against it unless changes they want are agreed.")
    assert ("THREATEN", "GBR", "GBR") in _pairs(doc)


def test_troops_committed_to_a_fight_are_no_promise() -> None:
    doc = _run("The United States has allocated roughly the same number of troops it has committed to fighting "
               "Islamic State in Iraq.")
    assert "AGREE" not in _types(doc)
    assert "AID" not in _types(doc)


def test_an_attack_foreseen_as_possible_is_no_attack() -> None:
    doc = _run("The British home secretary warned that a pre-election bombing could happen in Britain too.")
    assert "ASSAULT" not in _types(doc)


def test_a_leader_called_a_disappointment_is_an_accusation() -> None:
    doc = _run("The British Conservative co-chairman called the Labour prime minister \"a disappointment of historic "
               "proportions\".")
    assert any(t == "ACCUSE" and a == "GBR" for t, a, _r in _pairs(doc))


def test_a_strike_suspended_by_the_union_is_a_concession() -> None:
    # the noun follows a few words on ("suspended a planned 48-hour strike"); talks suspended are not this entry's
    doc = _run("The British rail union RMT suspended a planned 48-hour strike on Friday.")
    assert ("CONCEDE", "GBR", "GBR") in _pairs(doc)
    doc = _run("The British government suspended the talks with France.")
    assert "CONCEDE" not in _types(doc)


def test_a_strike_ballot_told_with_the_bare_noun_is_a_threat() -> None:
    doc = _run("The British union Unison has voted for action over pay.")
    assert ("THREATEN", "GBR", "GBR") in _pairs(doc)


def test_a_ballot_to_accept_an_offer_is_an_agreement() -> None:
    doc = _run("Members of the British teachers' union NASUWT have voted to accept the revised pay offer.")
    assert ("AGREE", "GBR", "GBR") in _pairs(doc)


def test_an_improved_offer_tabled_in_a_dispute_is_a_concession() -> None:
    doc = _run("The French government tabled an improved offer to striking rail workers on Monday.")
    assert ("CONCEDE", "FRA", "FRA") in _pairs(doc)


def test_talks_involving_the_sides_listed_are_a_consultation() -> None:
    doc = _run("The pay deal was agreed following talks involving the French prime minister and German chancellor "
               "Olaf Scholz.")
    assert ("CONSULT", "FRA", "DEU") in _pairs(doc)


def test_a_prospective_candidate_is_a_title_not_a_future_act() -> None:
    doc = _run("Prospective Labour candidate John Smith, a former British soldier, branded the plan \"reckless\".")
    assert ("ACCUSE", "GBR", "GBR") in _pairs(doc)


def test_even_without_concedes_the_point_and_negates_no_act() -> None:
    doc = _run("Even without new funds the British Treasury does urge the French government to cut spending.")
    assert ("REQUEST", "GBR", "FRA") in _pairs(doc)


def test_plans_after_a_determiner_are_a_noun_not_an_intention() -> None:
    # modality.yaml not_modal "the plans": what is said of the plans happened; "plans to" stays a cue
    assert _types(_run("Douglas Hogg said he opposed the plans for ID cards, branding them a regressive step.")) == {"ACCUSE"}
    assert not _types(_run("Douglas Hogg plans on branding the scheme a regressive step."))


def test_an_inquiry_named_as_a_role_in_a_relative_clause_is_background() -> None:
    # events.yaml investigation entries, unless_before "who was heading a", "who led the", "in charge of"
    assert "ACCUSE" not in _types(_run("The US president sacked his police chief, who was heading a federal probe "
                                       "into possible collusion with Russia."))
    assert "ACCUSE" not in _types(_run("The Canadian judge, who led the inquiry into French arms sales, retired."))
    assert ("ACCUSE", "USA", "RUS") in _pairs(_run("The US special counsel is leading a probe into Russian meddling."))


def test_speaking_on_the_telephone_to_a_leader_is_a_phone_call() -> None:
    # events.yaml phone entry: "spoke on the telephone to", beside "spoke by phone to"
    doc = _run("The French president spoke on the telephone to the German chancellor on Sunday.")
    assert ("CONSULT", "FRA", "DEU") in _pairs(doc)


def test_reversing_an_earlier_decision_of_ones_own_is_a_concession() -> None:
    # events.yaml "reversed an earlier decision" (alone: its own government, as a resignation)
    doc = _run("The German chancellor has reversed an earlier decision not to attend the summit in Egypt.")
    assert ("CONCEDE", "DEU", "DEU") in _pairs(doc)


def test_a_nominee_confirmed_by_the_senate_is_backed_by_it() -> None:
    # events.yaml "was confirmed by" / "and confirmed by", only with the Senate behind
    assert ("SUPPORT", "USA", "USA") in _pairs(_run("Two US judges who were nominated by the US president this year "
                                                    "and confirmed by the US Senate joined the court."))
    assert "SUPPORT" not in _types(_run("The US deaths were confirmed by officials in April."))


def test_quitting_a_party_or_a_government_is_a_resignation() -> None:
    # events.yaml "quit" (alone, as "resigned"); a job, a treaty or a thought-of exit is none
    assert ("CONCEDE", "GBR", "GBR") in _pairs(_run("British Home Secretary Suella Braverman quit over data leaks."))
    assert "CONCEDE" not in _types(_run("The British foreign secretary quit her job at the bank in 1990."))
    assert "CONCEDE" not in _types(_run("Many British Labour MPs are ready to quit if the leader ignores them."))
    assert "CONCEDE" not in _types(_run("British MP John Smith formed a new party after he quit the Labour party."))


def test_reacting_with_alarm_to_a_plan_is_criticism() -> None:
    # events.yaml ACCUSE "reacted with alarm", "reacted angrily"
    doc = _run("Italian ministers reacted angrily to the British government's plan.")
    assert ("ACCUSE", "ITA", "GBR") in _pairs(doc)


def test_saying_one_will_abide_by_an_obligation_is_agreement() -> None:
    # events.yaml AGREE "would abide by"
    assert ("AGREE", "USA", "DEU") in _pairs(_run("The US government said it would abide by the German court's ruling."))


def test_waving_off_a_complaint_is_a_rejection() -> None:
    # events.yaml REJECT "waved off"
    assert "REJECT" in _types(_run("The US Justice Department waved off the Democrats' complaint."))


def test_a_stance_held_for_long_is_no_act() -> None:
    # modality.yaml hypothetical "has long", "have long", "had long"
    assert "ACCUSE" not in _types(_run("The Israeli government has long accused Iran of arming militias."))
    assert ("ACCUSE", "ISR", "IRN") in _pairs(_run("The Israeli government accused Iran of arming militias."))


def test_talks_agreed_on_are_an_agreement_not_yet_talks() -> None:
    # events.yaml CONSULT "begin talks" unless_before "agreed to"; AGREE "agreed to begin talks"
    doc = _run("France and Germany agreed to begin talks on the budget.")
    assert "CONSULT" not in _types(doc)
    assert ("AGREE", "FRA", "DEU") in _pairs(doc)
    assert "CONSULT" in _types(_run("The French and German governments began talks on the budget."))


def test_a_church_invaded_by_the_world_is_no_invasion() -> None:
    # events.yaml ASSAULT "invaded" unless_after "the church", as "attacked"
    assert "ASSAULT" not in _types(_run("The Italian cardinal wrote that secular ideas invaded the Church."))
    assert ("ASSAULT", "RUS", "UKR") in _pairs(_run("Russia invaded Ukraine in February."))


def test_a_set_phrase_begun_before_the_modality_window_still_holds_its_cue() -> None:
    # "even without" is no negation, though "even" falls outside the five words before the trigger
    doc = analyse_text("Even without changes the commission does urge Britain to act.", "en")
    assert ("REQUEST", "GBR") in {(e["event_type"], (e["recipient"] or {}).get("country")) for e in doc.events}


def test_denying_an_attempt_is_a_rejection() -> None:
    # events.yaml REJECT "denies attempting", "denied seeking to", "denying trying to"
    assert ("REJECT", "CHN", "USA") in _pairs(_run("China denies attempting to sway the American vote."))
    assert "REJECT" in _types(_run("Iran denied seeking to build a bomb."))


def test_welcoming_what_someone_called_a_step_is_approval() -> None:
    # events.yaml SUPPORT "welcomed what": a step welcomed, never a guest
    doc = _run("The Greek foreign minister welcomed what he called a brave step by Turkey.")
    assert ("SUPPORT", "GRC", "TUR") in _pairs(doc)
    assert "CONSULT" not in _types(doc)


def test_an_attack_on_a_record_is_made_in_words() -> None:
    # events.yaml ACCUSE "an attack on" requires_after record / policies / plans ...; else ASSAULT "attack on"
    assert ("ACCUSE", "DEU", "FRA") in _pairs(_run("The German chancellor opened the summit with an attack on France's spending plans."))
    assert ("ASSAULT", "RUS", "UKR") in _pairs(_run("Russia launched an attack on Ukraine's energy grid."))


def test_an_unknown_person_named_before_an_act_verb_is_its_actor() -> None:
    # roles.yaml name_verbs "thanked", "hailed", ...: the capitalised words right before one are a name
    assert ("SUPPORT", "USA", "USA") in _pairs(_run("On Monday, Tom Brennan thanked the governor of Texas for the decision."))


def test_a_party_suspending_its_own_candidate_is_a_sanction_within_its_side() -> None:
    # events.yaml SANCTION "suspended a candidate", "suspended a councillor" (own_side)
    assert ("SANCTION", "GBR", "GBR") in _pairs(_run("The Labour Party has suspended a councillor over his posts."))


def test_an_invasion_judged_or_sized_after_a_possessive_is_a_reference_back() -> None:
    # events.yaml ASSAULT "invasion" unless_before illegal / full-scale / subsequent
    assert "ASSAULT" not in _types(_run("Aid has flowed to Kyiv since Russia launched its full-scale invasion."))
    assert ("ASSAULT", "RUS", "UKR") in _pairs(_run("Russian troops began an invasion of Ukraine on Thursday."))


def test_a_pronoun_goes_on_with_the_subject_of_the_sentence_before() -> None:
    # roles.yaml pronoun_continues_subject: "He" is Straw, whom the story goes on telling of (the
    # sentence before opened with a pronoun standing for him), not the Iranian president named last
    doc = _run("British Foreign Secretary Jack Straw arrived in Tehran on Monday. He also spoke on the "
               "telephone to the Iranian president. He later criticised Israel's policy.")
    assert ("ACCUSE", "GBR", "ISR") in _pairs(doc)
    assert ("ACCUSE", "IRN", "ISR") not in _pairs(doc)


def test_a_pronoun_stands_for_no_one_of_the_other_gender() -> None:
    # roles.yaml pronoun_genders / gender_cues, the KB's genders and given names: "She" is May, not Trump
    # who opened the sentence before; "He" passes over a woman the title tells
    doc = _run("Donald Trump met Theresa May in London on Monday. She later criticised Russia.")
    assert ("ACCUSE", "GBR", "RUS") in _pairs(doc)
    assert ("ACCUSE", "USA", "RUS") not in _pairs(doc)
    doc = _run("The Russian envoy Igor Petrov met Mrs Okafor of Nigeria in Paris on Monday. He later criticised Israel.")
    assert ("ACCUSE", "RUS", "ISR") in _pairs(doc)
    assert ("ACCUSE", "NGA", "ISR") not in _pairs(doc)


def test_a_government_warning_its_own_people_abroad_asks_them_to_act() -> None:
    # events.yaml REQUEST "warned British nationals", "warning Americans" (topic_after, own_side): the place
    # they are in is no side; a caution with no course asked of them ("warned Americans that") is none
    doc = _run("The Foreign Office warned British nationals in Sudan to leave the country at once.")
    assert ("REQUEST", "GBR", "GBR") in _pairs(doc)
    assert ("REQUEST", "GBR", "SDN") not in _pairs(doc)
    assert "REQUEST" not in _types(_run("The American president warned Americans that the deficit was growing."))


def test_deciding_to_comply_with_an_order_is_a_concession() -> None:
    # events.yaml CONCEDE "decided to comply", "complied with the order" (own_side); not the law complied with
    assert ("CONCEDE", "USA", "USA") in _pairs(_run("The Pentagon has decided to comply with the ruling, officials said."))
    assert "CONCEDE" not in _types(_run("The French ministry said the scheme complied with the law."))



def test_a_fate_threatened_in_the_passive_makes_no_threatener_of_its_subject() -> None:
    # events.yaml THREATEN "threatened with" unless_before is / are / were / being ...: the subject is threatened
    assert "THREATEN" not in _types(_run("The Syrian regime is threatened with collapse, diplomats said."))
    assert ("THREATEN", "USA", "IRN") in _pairs(_run("The American president threatened Iran with new sanctions."))


def test_a_minister_sacked_or_demoted_is_a_change_in_leadership() -> None:
    # events.yaml CONCEDE "was sacked", "has been demoted" (alone, CAMEO 0831); not recalled in a relative clause
    assert ("CONCEDE", "GBR", "GBR") in _pairs(_run("The Welsh health minister has been sacked after ten weeks in the job."))
    assert ("CONCEDE", "GBR", "GBR") in _pairs(_run("The British defence secretary was demoted on Friday."))
    assert "CONCEDE" not in _types(_run("The British chancellor, who was sacked in 2019, spoke on Friday."))


def test_a_minister_replaced_in_the_post_or_leaving_it_is_a_change_in_leadership() -> None:
    # events.yaml CONCEDE "has been replaced as" (the sacked entry; not a seat lost), "have left their posts" (perfect only)
    assert ("CONCEDE", "GBR", "GBR") in _pairs(_run("The British trade minister has been replaced as trade minister by a loyalist."))
    assert ("CONCEDE", "GBR", "GBR") in _pairs(_run("Four British ministers have left their posts in the reshuffle."))
    assert "CONCEDE" not in _types(_run("The British MP was replaced as the member for Bath by a Liberal."))


def test_a_conviction_quashed_is_a_concession_of_the_state() -> None:
    # events.yaml CONCEDE "had his conviction quashed" (alone, the one cleared is the subject); not in a relative clause
    assert ("CONCEDE", "GBR", "GBR") in _pairs(_run("The Welsh councillor had his conviction quashed on appeal last year."))
    assert "CONCEDE" not in _types(_run("The Welsh councillor, who had his conviction quashed in 2021, spoke on Friday."))


def test_razor_wire_put_up_at_the_border_readies_forces() -> None:
    # events.yaml MOBILIZE "put up razor wire", "placed razor wire", "port hardening"
    assert ("MOBILIZE", "USA") in {p[:2] for p in _pairs(_run("US troops have placed razor wire along the border fence."))}


def test_a_stance_taken_previously_is_background() -> None:
    # modality.yaml hypothetical "previously" (an earlier stance recalled); not_modal "previously deported" (a description)
    assert "ACCUSE" not in _types(_run("The British opposition leader has previously criticised the Chinese government."))
    assert "ACCUSE" in _types(_run("The British opposition leader criticised the Chinese government on Monday."))
    assert "COERCE" in _types(_run("A previously deported Mexican man was arrested by US police in Chicago."))


def test_support_withheld_in_the_plain_tense_is_a_rejection() -> None:
    # events.yaml REJECT "do not support", "does not support" (the "would not support" entry)
    assert ("REJECT", "POL", "DEU") in _pairs(_run("The Polish government does not support the EU plan for Germany."))


def test_talks_begun_or_taking_place_with_a_side_are_consultations() -> None:
    # events.yaml CONSULT "discussions have begun with", "discussions were taking place with" (the "talks with" entry)
    assert ("CONSULT", "GBR", "IDN") in _pairs(_run("Britain's foreign secretary said that discussions have begun with Indonesia over aid."))


def test_stumping_for_a_candidate_is_support() -> None:
    # events.yaml SUPPORT "stumped for" (the "endorsed" entry)
    assert "SUPPORT" in _types(_run("At a rally in Indiana, President Trump stumped for Senate candidate Mike Braun."))


def test_pointing_the_finger_at_a_side_is_an_accusation() -> None:
    # events.yaml ACCUSE "pointing the finger at" (the idiom for blame)
    assert ("ACCUSE", "RUS", "USA") in _pairs(_run("Moscow is pointing the finger at the United States over the blast."))


def test_disavowing_a_side_is_a_rejection() -> None:
    # events.yaml REJECT "disavowed", "disavowing" (beside "distanced himself from")
    assert ("REJECT", "DEU", "RUS") in _pairs(_run("The German chancellor disavowed the Russian ambassador on Monday."))


def test_a_warning_issued_for_travellers_or_on_travel_is_no_threat() -> None:
    # events.yaml THREATEN "issued a warning" unless_after "for", "on travel" (an advisory, not a threat)
    assert "THREATEN" not in _types(_run("The American government issued a warning on travel to Cuba on Monday."))
    assert "THREATEN" in _types(_run("The American government issued a warning to Cuba on Monday."))


def test_cooperation_in_a_relative_clause_describes_someone() -> None:
    # events.yaml COOPERATE "worked with" unless_before "who" (a relative clause says who qualifies, no act)
    assert "COOPERATE" not in _types(_run("Afghan interpreters who worked with the British army in Helmand were given visas."))
    assert "COOPERATE" in _types(_run("The Afghan government worked with the British army in Helmand on Monday."))


def test_putting_a_side_on_notice_is_a_threat() -> None:
    # events.yaml THREATEN "put", "placed" requires_after "on notice" (a warning to the side named in between)
    assert ("THREATEN", "GBR", "RUS") in _pairs(_run("The British defence secretary put Russia on notice over its naval exercises."))
    assert "THREATEN" not in _types(_run("The British defence secretary put Russia at the top of his agenda."))


def test_restoring_sanctions_is_a_sanction() -> None:
    # events.yaml SANCTION "restore sanctions", "reimposed sanctions" (sanctions put back)
    assert ("SANCTION", "USA", "VEN") in _pairs(_run("The American president moved to restore sanctions against Venezuela on Friday."))


def test_a_county_supervisor_of_elections_is_a_us_official() -> None:
    # actors.yaml title "Supervisor of Elections", "election supervisor" (a US county office)
    assert ("CONCEDE", "USA") in {(t, a) for t, a, _ in _pairs(_run("Marion County Supervisor of Elections Jane Roe resigned on Tuesday."))}


def test_a_region_opening_a_body_name_gives_the_body_its_country() -> None:
    # "the Northern Ireland Human Rights Commission": the region opens the body's own name
    doc = _run("The Northern Ireland Human Rights Commission welcomed the ruling of the Irish court.")
    body = next(m for m in doc.mentions if m.kind == "organization" and "Commission" in m.text)
    assert body.text == "Northern Ireland Human Rights Commission" and body.country == "GBR"
    assert ("SUPPORT", "GBR", "IRL") in _pairs(doc)


def test_looking_forward_to_working_with_a_side_is_an_intent_to_cooperate() -> None:
    # events.yaml AGREE "looks forward to working with" (CAMEO 030, the side after "with")
    assert ("AGREE", "FRA", "DEU") in _pairs(_run("The French president said he looked forward to working with the German chancellor."))


def test_a_devolved_uk_watchdog_is_a_british_body() -> None:
    # actors.yaml body "Audit Scotland", "Northern Ireland Human Rights Commission" (GBR, named without the country)
    assert ("ACCUSE", "GBR") in {(t, a) for t, a, _ in _pairs(_run("Audit Scotland criticised the health board's spending plans on Tuesday."))}


def test_working_closely_with_a_side_is_cooperation() -> None:
    # events.yaml COOPERATE "worked closely with" (the "worked with" entry with its common adverb)
    assert ("COOPERATE", "GBR", "IRL") in _pairs(_run("The British government said it had worked closely with the Irish government."))


def test_a_known_persons_name_opening_a_sentence_is_no_modal() -> None:
    # events.py _modality: "May refused" after "Theresa May" is her act, not the modal "may"
    doc = _run("Prime Minister Theresa May met Angela Merkel in Berlin. May refused to call a second referendum. "
               "May publicly criticised President Trump for the videos.")
    pairs = _pairs(doc)
    assert ("REJECT", "GBR", "GBR") in pairs and ("ACCUSE", "GBR", "USA") in pairs
    # a clause after a comma or a sentence opening with a date word keeps her ("Later, May ...")
    doc = _run("Prime Minister Theresa May met Angela Merkel in Berlin. Later, May criticised President Trump.")
    assert ("ACCUSE", "GBR", "USA") in _pairs(doc)
    # the verb after "or" reads its clause's opening words too: her name there is no modal either
    from dyad.explain import explain_text

    _doc, decisions = explain_text("Prime Minister Theresa May met Angela Merkel in Berlin. "
                                   "May praised the Irish government or accused President Trump of lying.", "en", "2018-01-01")
    assert [d.outcome for d in decisions if d.trigger == "accused"] == ["record"]
    # without the person named before, "May" opening a sentence keeps its modal reading
    assert "ACCUSE" not in {t for t, _, _ in _pairs(_run("May publicly criticise the minister for the videos."))}


def test_sanctions_threatened_are_a_threat_not_a_sanction() -> None:
    # events.yaml SANCTION unless_before "threatened", "threatens new" (sanctions held out, none imposed)
    pairs = _pairs(_run("The French government threatened new sanctions against Iran on Monday."))
    assert "SANCTION" not in {t for t, _, _ in pairs} and "THREATEN" in {t for t, _, _ in pairs}


def test_an_order_given_to_a_side_is_a_demand() -> None:
    # events.yaml REQUEST "ordered" with its "to" close behind; a passive names no one who ordered
    assert ("REQUEST", "USA", "USA") in _pairs(_run("President Donald Trump ordered the FBI to release the documents."))
    assert "REQUEST" not in {t for t, _, _ in _pairs(_run("The FBI was ordered to release the documents."))}


def test_work_together_undertaken_with_a_side_is_an_intent_to_cooperate() -> None:
    # events.yaml AGREE "would work with", "pledged to work with" (CAMEO 030, "would abide by" likewise)
    assert ("AGREE", "FRA", "DEU") in _pairs(_run("Paris said it would work with Germany to secure the border."))


def test_evidence_given_to_a_committee_is_a_hearing() -> None:
    # events.yaml CONSULT "giving evidence to" with a committee or an inquiry close behind (the British "testified before")
    assert ("CONSULT", "GBR", "GBR") in _pairs(_run("The Home Secretary was giving evidence to the Commons home affairs committee on Tuesday."))


def test_a_deceit_of_the_public_charged_by_a_speaker_is_an_accusation() -> None:
    # events.yaml ACCUSE verdict entry "misled the public", "misled MPs" (asks_subject): the speaker accuses
    # the one named before the verdict; with no speaker named, no record
    pairs = _pairs(_run("The Conservatives said Prime Minister Tony Blair misled the public over the war in Iraq."))
    assert ("ACCUSE", "GBR", "GBR") in pairs
    assert "ACCUSE" not in {t for t, _, _ in _pairs(_run("Prime Minister Tony Blair misled the public over the war."))}


def test_a_conviction_by_a_court_is_its_sentence_not_a_charge() -> None:
    # events.yaml COERCE "convicted" (svo, as "sentenced"): the court's verdict on the one tried; "charged" stays ACCUSE
    types = _types(_run("A French court convicted the German businessman of fraud on Tuesday."))
    assert "COERCE" in types and "ACCUSE" not in types
    assert "ACCUSE" in _types(_run("French prosecutors charged the German businessman with fraud on Tuesday."))


def test_a_trial_ending_in_a_verdict_for_the_accused_is_a_concession_to_them() -> None:
    # events.yaml CONCEDE "was cleared of all charges" (alone): the one cleared is the side; a verdict recalled
    # in a relative clause introduces someone and is not the news
    assert ("CONCEDE", "GBR", "GBR") in _pairs(_run("The former Labour councillor John Smith was cleared of all charges in Leeds on Friday."))
    doc = _run("John Smith, a Labour councillor who was cleared of all charges in 2019, met the British prime minister.")
    assert "CONCEDE" not in _types(doc)


def test_testimony_before_a_committee_is_a_hearing() -> None:
    # events.yaml CONSULT "testimony to", "testimony before" with a committee or Congress close behind (the noun of
    # "testified before"); "a testimony to how ..." (a proof) names no committee and is none
    assert ("CONSULT", "USA", "USA") in _pairs(_run("Attorney General Jeff Sessions gave testimony to the Senate Judiciary Committee on Tuesday."))
    assert "CONSULT" not in _types(_run("The crowd at the rally was a testimony to how popular the French president remains."))


def test_a_government_forced_to_back_down_concedes_to_its_own_side() -> None:
    # events.yaml CONCEDE "forced to back down", "had to back down" (own_side); the bare "back down" is mostly a direction
    assert ("CONCEDE", "FRA", "FRA") in _pairs(_run("The French government had to back down over the pension reform."))
    assert "CONCEDE" not in _types(_run("The Bank of England intervention pushed the rate back down."))


def test_a_pass_or_visa_revoked_is_a_sanction_on_its_holder() -> None:
    # events.yaml SANCTION "revoked" (svo) and "was revoked by" (passive); a copula before it names no agent
    assert ("SANCTION", "MEX", "RUS") in _pairs(_run("Mexico revoked the visa of a Russian diplomat."))
    assert ("SANCTION", "USA", "RUS") in _pairs(_run("The visa of a Russian diplomat was revoked by the White House on Friday."))
    assert "SANCTION" not in _types(_run("The French president said the treaty cannot be revoked."))


def test_opposing_a_plan_with_no_other_side_is_a_rejection_of_its_own_government() -> None:
    # events.yaml REJECT "opposed" (alone): a side against a plan, addressed to its own government; "as opposed to"
    # is a contrast
    assert ("REJECT", "GBR", "GBR") in _pairs(_run("The Labour leader of the Scottish Parliament openly opposed the tax plan on Monday."))
    assert "REJECT" not in _types(_run("The British chancellor wants a flat rate, as opposed to a graduated rate."))


def test_a_pardon_granted_is_a_concession_and_one_asked_for_is_not() -> None:
    # events.yaml CONCEDE "pardoned" (svo) and "was pardoned by" (passive), CAMEO 0841 as the ar pack's "عفا عن";
    # "forgave" stays an apology (SUPPORT)
    doc = _run("The former American sailor was pardoned by President Donald Trump in March.")
    assert "CONCEDE" in _types(doc) and "SUPPORT" not in _types(doc)
    doc = _run("Supporters asked President Donald Trump to pardon the two American ranchers.")
    assert "CONCEDE" not in _types(doc)


def test_a_plan_of_ones_own_shelved_is_a_concession_to_its_own_side() -> None:
    # events.yaml CONCEDE "suspended its plan", "shelved their plans" (alone); the adjective "its shelved plans" is none
    assert ("CONCEDE", "GBR", "GBR") in _pairs(_run("After weeks of protests the British government shelved its plans to raise fuel duty."))
    assert "CONCEDE" not in _types(_run("The British minister defended his shelved plans for a new levy."))


def test_denying_the_reports_just_told_is_a_rejection() -> None:
    # events.yaml REJECT "denied those reports", "denies these claims": the claims pointed back to
    assert "REJECT" in _types(_run("The Russian Foreign Ministry on Friday denied those reports about its envoy."))


def test_strike_dates_announced_by_a_union_are_its_threat() -> None:
    # events.yaml THREATEN "announced"/"planned" + strike noun within five words (alone); "the planned strike" is none
    doc = _run("The Royal College of Nursing announced a new walkout on 3 March.")
    assert ("THREATEN", "GBR", "GBR") in _pairs(doc)
    assert "THREATEN" not in _types(_run("The British government described the planned strike as damaging."))


def test_the_attack_on_a_country_pointed_back_to_is_no_new_assault() -> None:
    # events.yaml ASSAULT bare "attack on": not after "that the", "that", "this" (a known attack recalled); "an" stays
    assert "ASSAULT" not in _types(_run("The British minister said that the attack on Iraq had made the region less safe."))
    assert ("ASSAULT", "RUS", "UKR") in _pairs(_run("Russia carried out an attack on Kyiv overnight."))


def test_a_dinner_shared_with_a_foreign_leader_is_a_consultation() -> None:
    # events.yaml CONSULT "had dinner with": a meal shared with a side is a meeting with it
    doc = _run("The Democratic congressman had dinner with the Iranian president Hassan Rouhani in Geneva.")
    assert ("CONSULT", "USA", "IRN") in _pairs(doc)


def test_ordering_the_firing_of_an_official_is_a_demand() -> None:
    # events.yaml REQUEST "ordered the firing of": a dismissal ordered with authority
    doc = _run("The French president ordered the dismissal of the German envoy Klaus Weber.")
    assert any(t == "REQUEST" and a == "FRA" for t, a, _r in _pairs(doc))


def test_relations_established_by_a_compound_subject() -> None:
    # events.yaml "established diplomatic relations" frame mutual: both members of the subject are its sides
    doc = _run("Belgium and Sudan established diplomatic relations on Tuesday.")
    assert ("SUPPORT", "BEL", "SDN") in _pairs(doc)


# --- round 81 -------------------------------------------------------------------------------


def test_legal_proceedings_commenced_against_a_side_are_a_lawsuit() -> None:
    doc = _run("The Greek government has commenced legal proceedings against Turkey over the seized tanker.")
    assert [e["event_type"] for e in doc.events] == ["ACCUSE"]
    assert doc.events[0]["recipient"]["country"] == "TUR"


def test_a_report_questioned_is_an_accusation() -> None:
    doc = _run("The French senators questioned an Italian government report on the migrant boats.")
    assert "ACCUSE" in _types(doc)


def test_welcomed_his_return_is_approval() -> None:
    # a person's return welcomed by his side's ministers: approval, not a guest received
    doc = _run("Senior French ministers have welcomed his return to the Socialist campaign.")
    assert ("SUPPORT", "FRA", "FRA") in _pairs(doc)
    assert "CONSULT" not in _types(doc)


# --- round 83 -------------------------------------------------------------------------------


def test_a_petition_launched_is_a_demand() -> None:
    # events.yaml "launched a petition": a public demand, alone, on the own government
    doc = _run("Activists in France launched a petition against the new pension law.")
    assert ("REQUEST", "FRA", "FRA") in _pairs(doc)


def test_a_travel_ban_issued_is_a_sanction() -> None:
    # events.yaml "issued a temporary travel ban": a restriction put in force, unlike the bare noun
    doc = _run("The Iranian president issued a temporary travel ban on citizens of several Gulf states.")
    assert "SANCTION" in _types(doc)
    assert [e["actor"]["country"] for e in doc.events if e["event_type"] == "SANCTION"] == ["IRN"]


def test_striking_a_deal_is_an_agreement() -> None:
    # events.yaml "striking a deal": the progressive of "struck a deal"
    doc = _run("Britain and Norway are striking a deal on fisheries cooperation, officials said on Monday.")
    assert [(e["actor"]["country"], e["recipient"]["country"]) for e in doc.events if e["event_type"] == "AGREE"][:1] == [("GBR", "NOR")]


def test_a_partially_granted_request_is_a_concession() -> None:
    # events.yaml "partially granted" + "request": a court giving way in part to the side that asked
    doc = _run("A federal appeals court in Boston on Tuesday partially granted a Trump administration request to enforce the asylum rule.")
    assert [(e["actor"]["country"], e["recipient"]["country"]) for e in doc.events if e["event_type"] == "CONCEDE"] == [("USA", "USA")]


# --- round 85 -------------------------------------------------------------------------------


def test_a_federal_lawsuit_filed_is_an_accusation() -> None:
    # events.yaml "filed a federal lawsuit": the suit in another kind, like "filed a lawsuit"
    doc = _run("The American Civil Liberties Union filed a federal lawsuit against the Trump administration.")
    assert ("ACCUSE", "USA", "USA") in _pairs(doc)


def test_insisting_one_had_acted_rightly_is_a_rebuttal() -> None:
    # events.yaml "insisted she had": a charge answered with what was done
    doc = _run("Senator Smith insisted she had not been pressured by the White House.")
    assert "REJECT" in _types(doc)


def test_a_cue_before_a_coordinated_verb_phrase_with_its_own_auxiliary_is_not_its_modality() -> None:
    # modality.yaml clause_breaks "and has": the denial is of the wrongdoing, not of the accusation
    doc = _run("The Alabama senator has denied any wrongdoing and has accused the Democrats of a smear.")
    assert ("ACCUSE", "USA", "USA") in _pairs(doc)


def test_an_act_coordinated_after_an_outranking_act_keeps_the_first_one_too() -> None:
    # "quit ... and accused it": the accusation outranks the resignation, which happened all the same
    doc = _run("The British MEP Tom Hartley has quit the UK Independence Party and accused it of betraying voters.")
    assert {t for t, _a, _r in _pairs(doc)} >= {"CONCEDE", "ACCUSE"}


def test_a_bill_of_ones_own_withdrawn_as_agreed_is_a_concession() -> None:
    # events.yaml "agreed to withdraw his bill": a climb-down before one's own parliament
    doc = _run("The British peer Lord Ashworth agreed to withdraw his bill once the minister promised a review.")
    assert ("CONCEDE", "GBR", "GBR") in _pairs(doc)


def test_a_verb_after_but_shares_the_subject_of_the_earlier_verb() -> None:
    # roles.yaml verb_coordinators "but": the second verb is the peer's, not the chamber's named between
    doc = _run("The British peer Lord Ashworth agreed to withdraw his bill in the House of Lords, but urged the government to think again.")
    assert ("CONCEDE", "GBR", "GBR") in _pairs(doc)
    assert any(e["event_type"] == "REQUEST" and e["actor"]["name"] != "Parliament of the United Kingdom" for e in doc.events)


def test_an_alternative_set_off_by_a_comma_keeps_the_modal_of_its_clause() -> None:
    # modality.yaml disjunctions: ", or resign" shares the "should" of the clause before the comma
    doc = _run("British Prime Minister Jane Hartley should either call a new referendum, or resign, if she cares "
               "about democracy.")
    assert "CONCEDE" not in {t for t, _a, _r in _pairs(doc)}


def test_records_turned_over_to_a_named_side_are_cooperation() -> None:
    # events.yaml "turned over" ... "to": a thing handed to the side named behind, as "handed over"
    doc = _run("The Canadian embassy turned over the seized documents to the French police on Monday.")
    assert ("COOPERATE", "CAN", "FRA") in _pairs(doc)


def test_a_boat_that_turned_over_is_no_cooperation() -> None:
    # events.yaml "turned over": no side to hand anything to
    doc = _run("A Libyan fishing boat turned over near the Italian island of Lampedusa.")
    assert "COOPERATE" not in {t for t, _a, _r in _pairs(doc)}


def test_tax_or_sanctions_relief_to_a_side_is_no_aid() -> None:
    # events.yaml "relief to": a tax cut or eased sanctions named before it, no aid given
    doc = _run("The Canadian government announced it would provide tax relief to French investors next year.")
    assert "AID" not in {t for t, _a, _r in _pairs(doc)}
    doc = _run("The British government sent relief to Pakistan after the floods on Monday.")
    assert ("AID", "GBR", "PAK") in _pairs(doc)


def test_state_aid_in_a_trade_dispute_is_no_aid() -> None:
    # events.yaml "aid to": "state aid" is a subsidy named in a dispute, no aid given to a side
    doc = _run("Canada lodged a complaint with the WTO over French state aid to Spanish shipyards.")
    assert "AID" not in {t for t, _a, _r in _pairs(doc)}


def test_a_pact_first_signed_years_ago_is_no_new_agreement() -> None:
    # events.yaml "signed": "first signed in 2009" dates an old pact in a participle clause
    doc = _run("France invaded the small state in May, after Spain's refusal to respect the terms of the Lisbon accords, "
               "first signed in 1999, and Paris's recognition of the rebel region.")
    assert "AGREE" not in {t for t, _a, _r in _pairs(doc)}


def test_a_report_denied_with_the_indefinite_article_is_a_rejection() -> None:
    # events.yaml "denied a report": one report named with "a", as "denied the report"
    doc = _run("The French foreign ministry has denied a report claiming that Paris paid a ransom to the Malian army.")
    assert any(t == "REJECT" and a == "FRA" for t, a, _r in _pairs(doc))


def test_tightening_the_screws_on_a_side_is_coercion() -> None:
    # events.yaml "tightened the screws on": pressure turned up on a side, a repression
    doc = _run("The Turkish government has tightened the screws on Kurdish newspapers since the vote.")
    assert any(t == "COERCE" and a == "TUR" for t, a, _r in _pairs(doc))


def test_the_handling_of_an_investigation_is_no_new_investigation() -> None:
    # events.yaml "investigation into": an inquiry named as the owner of something else, with "of an" as with "of the"
    doc = _run("German lawmakers questioned the French police's handling of an investigation into a Spanish diplomat.")
    assert ("ACCUSE", "FRA", "ESP") not in _pairs(doc)


def test_a_first_person_request_said_by_a_pronoun_incise_is_the_last_named_persons() -> None:
    # ", he added": the speaker is the person named before the quotation, of the pronoun's gender
    doc = _run("Health Secretary Steve Barclay spoke on Monday. \"Strikes hurt patients, and I urge the Russian "
               "government to reconsider,\" he added.")
    assert ("REQUEST", "GBR", "RUS") in _pairs(doc)
    assert [e["actor"]["name"] for e in doc.events if e["event_type"] == "REQUEST"] == ["Steve Barclay"]
    # a quotation that ends its sentence has no incise; a person named two sentences back is no safe guess
    doc = _run("Putin visited Paris on Monday.\n\nThe ministry issued a statement. \u201cWe condemn the French "
               "government.\u201d He said Ukraine was to blame.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("Emmanuel Macron met Putin on Monday. A spokesman spoke later. Officials gathered. \u201cWe condemn the "
               "Ukrainian government,\u201d he said.")
    assert "ACCUSE" not in _types(doc)
    # a pronoun with no speech verb after the quotation names no speaker
    doc = _run("Health Secretary Steve Barclay spoke on Monday. \"I urge the Russian government to reconsider,\" he "
               "wrote in a book years ago about the war.")
    assert "REQUEST" not in _types(doc)


def test_an_ultimatum_to_a_side_is_a_threat() -> None:
    # events.yaml "ultimatum to": a demand with a deadline held over a side is CAMEO 139, a threat
    doc = _run("The Polish president issued an ultimatum to Belarus on Tuesday over the border crossings.")
    assert ("THREATEN", "POL", "BLR") in _pairs(doc)


def test_paying_glowing_tribute_to_a_side_is_support() -> None:
    # events.yaml "pay glowing tribute to": praise with its epithet, in the infinitive of a speech
    doc = _run("The Canadian prime minister rose to pay glowing tribute to the Mexican president's record.")
    assert ("SUPPORT", "CAN", "MEX") in _pairs(doc)


def test_losing_all_trust_in_a_side_is_an_accusation() -> None:
    # events.yaml "has lost all trust in": trust withdrawn from a named side, as "has lost confidence in"
    doc = _run("Beijing has lost all trust in the Japanese negotiators, a Chinese foreign ministry spokesman said.")
    assert ("ACCUSE", "CHN", "JPN") in _pairs(doc)


def test_being_to_stand_down_is_a_resignation() -> None:
    # events.yaml "is to stand down": a departure announced, CAMEO 0831; a pledge "to stand down" stays out
    doc = _run("Conservative MP Peter Smith is to stand down at the next general election.")
    assert ("CONCEDE", "GBR", "GBR") in _pairs(doc)


def test_resigning_in_protest_is_a_resignation() -> None:
    # events.yaml resign entry: "in protest" no longer excludes the post given up
    doc = _run("The ruling prompted Labour councillor Mary Jones to resign in protest.")
    assert ("CONCEDE", "GBR", "GBR") in _pairs(doc)


def test_dismissing_a_sides_plan_is_a_rejection() -> None:
    # events.yaml "dismissed" + plan words: a plan brushed aside; aides dismissed (sacked) are none
    doc = _run("Conservative leader Rishi Sunak dismissed Labour's plans for tax rises on Tuesday.")
    assert ("REJECT", "GBR", "GBR") in _pairs(doc)
    doc = _run("The Labour MP dismissed two senior aides on Monday.")
    assert "REJECT" not in _types(doc)


def test_an_apology_made_to_a_side_is_support() -> None:
    # events.yaml "made an apology to": the noun phrase of apology, as "apologised to"
    doc = _run("The Russian foreign minister made an apology to the Polish government on Monday.")
    assert ("SUPPORT", "RUS", "POL") in _pairs(doc)


def test_a_court_ruling_that_a_side_cannot_act_is_a_rejection() -> None:
    # events.yaml "ruled that" + a bar ("cannot") a few words on; a plain ruling is none
    doc = _run("The UK Supreme Court ruled that Holyrood cannot hold a second referendum.")
    assert ("REJECT", "GBR", "GBR") in _pairs(doc)
    doc = _run("The UK Supreme Court ruled that Holyrood had acted lawfully.")
    assert "REJECT" not in _types(doc)


def test_a_constituency_association_is_a_british_party_body() -> None:
    # actors.yaml "constituency association": a UK party's local body, its vote has an actor
    doc = _run("Her constituency association voted against a move to deselect Labour MP Anna Green.")
    assert ("REJECT", "GBR", "GBR") in _pairs(doc)


def test_a_witness_interviewed_by_a_committee_meets_it() -> None:
    # events.yaml "was interviewed by" + committee: a witness questioned by the legislature, as "testified before"; an
    # interview given to a broadcaster is none
    doc = _run("Sam Clovis, a former Trump campaign official, was interviewed by the House Intelligence Committee "
               "for more than four hours on Tuesday.")
    assert ("CONSULT", "USA", "USA") in _pairs(doc)
    doc = _run("The former minister was interviewed by the BBC on Tuesday.")
    assert "CONSULT" not in _types(doc)


def test_a_decision_to_support_a_side_is_support() -> None:
    # events.yaml "decided to support": the decision told as made, not an aim
    doc = _run("Former British chancellor Sajid Javid decided to support Rishi Sunak.")
    assert ("SUPPORT", "GBR", "GBR") in _pairs(doc)


def test_the_whip_withdrawn_from_an_mp_is_a_sanction() -> None:
    # events.yaml "withdrew the whip from": a UK party's discipline of its MP
    doc = _run("The Conservative Party withdrew the whip from Tory MP Howard Flight on Friday.")
    assert ("SANCTION", "GBR", "GBR") in _pairs(doc)


def test_a_side_compared_unfavourably_is_criticised() -> None:
    # events.yaml "compared" + unfavourably (and the KB's Soros, an American); a plain comparison is none
    doc = _run("Soros compared Hungarian Prime Minister Viktor Orban unfavourably to both the Nazis and the Communists.")
    assert ("ACCUSE", "USA", "HUN") in _pairs(doc)
    doc = _run("The report compared the figures with last year's.")
    assert "ACCUSE" not in _types(doc)


def test_legal_action_a_spokesperson_says_we_have_taken_is_the_bodys_lawsuit() -> None:
    # events.yaml first-person "we have taken legal action against", "we have commenced legal proceedings in the High
    # Court against"; modality.yaml not_modal "can confirm" (an announcement, no hypothesis)
    doc = _run('A spokesperson for the British Department of Health said: "We have taken legal action against PPE '
               'Medpro."')
    assert ("ACCUSE", "GBR", "GBR") in _pairs(doc)
    doc = _run('A spokesperson for the British Department of Health and Social Care said: "We can confirm that we have '
               'commenced legal proceedings in the High Court against PPE Medpro Limited."')
    assert ("ACCUSE", "GBR", "GBR") in _pairs(doc)


def test_a_disagreement_the_speaker_voices_is_a_rejection() -> None:
    # events.yaml first-person "I do disagree with": the speaker named after the quotation rejects the view
    doc = _run('"I do disagree with the notion that white people are devils," said Keith Ellison, the Minnesota '
               'Democrat.')
    assert ("REJECT", "USA", "USA") in _pairs(doc)


def test_universities_and_head_teachers_are_bodies() -> None:
    # actors.yaml "universities", "head teachers": education bodies that back a side
    doc = _run("Universities and head teachers in Britain have also backed Education Secretary Ruth Kelly.")
    assert ("SUPPORT", "GBR", "GBR") in _pairs(doc)


def test_business_owners_are_a_body() -> None:
    # actors.yaml "owners": business owners acting as a body
    doc = _run("Business owners urged British Chancellor Jeremy Hunt to cut VAT.")
    assert ("REQUEST", "GBR", "GBR") in _pairs(doc)


def test_political_parties_are_a_body() -> None:
    # actors.yaml "political parties": the parties met as one side
    doc = _run("British Prime Minister Theresa May is holding talks in Belfast with the five main political parties.")
    assert ("CONSULT", "GBR", "GBR") in _pairs(doc)


def test_ballots_rejected_are_no_rejection_by_a_side() -> None:
    # events.yaml "rejected" unless_before ballots: postal votes turned away by officials
    doc = _run("Political parties can get daily lists of people who had their mail-in ballots rejected in Florida.")
    assert "REJECT" not in _types(doc)
