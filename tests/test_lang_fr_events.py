"""French lexicon behaviour of the event stage (dyad/lang/fr/*.yaml), one entry per test.

Each test runs the whole pipeline over a short made-up French text and checks what the
French lexicon data makes of it: the event type and the countries of its sides, or that
no record is made at all.  The matcher folds accents, so several tests are about a form
that would otherwise also match another word ("condamne" / "condamné").
"""

from __future__ import annotations

from event_helpers import analyse_text, event_pairs, event_types

from dyad.doc import Document

_pairs = event_pairs
_types = event_types


def _run(text: str) -> Document:
    return analyse_text(text, "fr")


def _triggers(doc: Document) -> list[str]:
    return [e["trigger"]["text"] for e in doc.events]


# --- folded forms that are also other words -------------------------------------------------


def test_ready_to_is_no_loan() -> None:
    # "prêt à" is "ready to" far more often than "a loan to"
    doc = _run("Le ministre marocain de l'Intérieur s'est dit prêt à rencontrer son homologue algérien.")
    assert "AID" not in _types(doc)


def test_presiding_over_a_body_is_no_meeting() -> None:
    # "préside" folds like "présidé"; "qui préside l'Union africaine" names an office
    doc = _run("Le Sénégal, qui préside cette année l'Union africaine, compte sur le soutien du Maroc.")
    assert "CONSULT" not in _types(doc)


def test_a_sentence_served_is_no_condemnation() -> None:
    # "condamne" folds like "condamné": "condamné en 2017" is a court's sentence, not a statement
    doc = _run("Le militant tunisien, condamné en 2017 pour diffamation envers l'armée algérienne, "
               "vit aujourd'hui à Paris.")
    assert "ACCUSE" not in _types(doc)


def test_condemning_an_act_is_accuse() -> None:
    doc = _run("Le Premier ministre libyen condamne les attaques contre l'ambassade tunisienne.")
    # (the embassy was struck; the attackers, unnamed, are condemned: null, as the gold sets code it)
    assert ("ACCUSE", "LBY", None) in _pairs(doc) and ("ACCUSE", "LBY", "TUN") not in _pairs(doc)
    doc = _run("Le Premier ministre libyen condamne la décision tunisienne.")
    assert ("ACCUSE", "LBY", "TUN") in _pairs(doc)


def test_an_adverb_inside_the_perfect_tense() -> None:
    # "a toutefois condamné", "a lui aussi condamné": the adverb is cut out before matching
    doc = _run("Le ministre marocain des Affaires étrangères a toutefois condamné la décision "
               "du gouvernement algérien.")
    assert ("ACCUSE", "MAR", "DZA") in _pairs(doc)
    assert "a toutefois condamné" in _triggers(doc)


def test_a_sign_is_no_signature() -> None:
    # "signe" alone is mostly the noun: "le signe d'un rapprochement"
    doc = _run("Le président français y voit le signe d'un rapprochement avec l'Algérie.")
    assert "AGREE" not in _types(doc)


def test_a_banned_party_is_no_ban_event() -> None:
    # "interdit" alone is mostly the adjective
    doc = _run("Membre du Parti communiste algérien, alors interdit, il enseignait à Alger "
               "avec des collègues français.")
    assert "COERCE" not in _types(doc)


def test_emergency_services_are_no_aid() -> None:
    # "les secours" are the emergency services, not relief sent by another country
    doc = _run("Le ministre français a salué la mobilisation des secours après l'accident de Lyon "
               "qui a fait trois blessés belges.")
    assert "AID" not in _types(doc)


def test_an_interview_is_no_meeting() -> None:
    # "dans un entretien au Monde": an interview with a newspaper
    doc = _run("Dans un entretien au journal Le Monde, le ministre algérien a évoqué la Tunisie.")
    assert "CONSULT" not in _types(doc)


# --- agreements, concern, protests ------------------------------------------------------------


def test_a_memorandum_signed_during_a_joint_commission() -> None:
    # the agreement and the meeting of the joint commission are two records of one sentence
    doc = _run("Le Niger et le Tchad ont signé lundi à Niamey un mémorandum d'entente sur la sécurité, "
               "à l'issue de la session de la commission mixte entre les deux pays.")
    agree = [(a, r) for t, a, r in _pairs(doc) if t == "AGREE"]
    assert agree and set(agree[0]) == {"NER", "TCD"}
    assert "CONSULT" in _types(doc)


def test_stated_concern_about_a_country_is_accuse() -> None:
    # "s'est montré inquiet face à l'influence russe" outranks the tour he is on
    doc = _run("En tournée en Afrique, Emmanuel Macron s'est montré inquiet face à l'influence russe "
               "sur le continent.")
    assert ("ACCUSE", "FRA", "RUS") in _pairs(doc)


def test_a_numbered_act_of_the_yellow_vests_is_a_protest() -> None:
    doc = _run("L'acte 14 des gilets jaunes a rassemblé 40 000 personnes en France samedi.")
    assert "PROTEST" in _types(doc)
    assert "acte 14" in [t.lower() for t in _triggers(doc)]


def test_an_act_of_contrition_is_no_protest() -> None:
    doc = _run("C'est l'acte de contrition le plus abouti du président français face à l'Algérie.")
    assert "PROTEST" not in _types(doc)


# --- nouns that are mostly something else ------------------------------------------------------


def test_going_to_meet_the_public_is_no_meeting() -> None:
    # "rencontre" alone is mostly the noun ("cette rencontre", "aller à la rencontre des commerçants")
    doc = _run("Le ministre tunisien de l'Intérieur est allé à la rencontre des commerçants et des "
               "policiers de Sfax.")
    assert "CONSULT" not in _types(doc)


def test_meeting_someone_is_consult() -> None:
    doc = _run("Le président tunisien rencontre le roi du Maroc à Rabat.")
    assert ("CONSULT", "TUN", "MAR") in _pairs(doc)


def test_a_casualty_count_is_no_attack() -> None:
    # "80 blessés" counts victims; it names no attack of its own
    doc = _run("Le bilan fait état de 80 blessés parmi les policiers français.")
    assert "ASSAULT" not in _types(doc)


def test_people_injured_are_the_victims_of_an_assault() -> None:
    # passive: the injured are the recipient, the attacker is not named
    doc = _run("Deux policiers tunisiens ont été grièvement blessés lundi à Kasserine.")
    records = [e for e in doc.events if e["event_type"] == "ASSAULT"]
    assert records
    assert records[0]["actor"]["actor_id"] == "group:unidentified"
    assert records[0]["recipient"]["country"] == "TUN"


# --- aid, refugees -------------------------------------------------------------------------


def test_a_plane_loaded_with_medicine_is_aid_to_where_it_lands() -> None:
    doc = _run("Un avion chargé de médicaments envoyé par le Qatar s'est posé mardi à l'aéroport de Khartoum.")
    assert ("AID", "QAT", "SDN") in _pairs(doc)
    assert "avion chargé de" in _triggers(doc)


def test_refugees_keep_no_country_of_the_report() -> None:
    # refugees are, by definition, often not of the country they are in
    doc = _run("Le ministre allemand était à Berlin lundi. L'Allemagne a accueilli des réfugiés.")
    refugees = [m for m in doc.mentions if m.text == "réfugiés"]
    assert refugees and refugees[0].country is None
    assert "REFUGEE" in refugees[0].sectors


# --- references to an existing agreement or institution ------------------------------------


def test_an_institution_named_cooperation_is_no_cooperation() -> None:
    # "ministre de la Coopération", "relations de coopération": a name or a state of affairs
    doc = _run("Le ministre belge de la Coopération a rappelé que la Belgique et le Rwanda "
               "entretiennent de longues relations de coopération.")
    assert "COOPERATE" not in _types(doc)


def test_the_peace_agreement_of_2015_is_no_new_agreement() -> None:
    # "l'accord de paix de 2015" refers to an agreement signed years ago
    doc = _run("Bamako reproche aux autorités algériennes d'avoir reçu des signataires "
               "de l'accord de paix de 2015.")
    assert "AGREE" not in _types(doc)
    assert "ACCUSE" in _types(doc)


def test_signing_a_peace_agreement_is_agree() -> None:
    doc = _run("Le Soudan et le Soudan du Sud ont signé un accord de paix à Addis-Abeba.")
    agree = [(a, r) for t, a, r in _pairs(doc) if t == "AGREE"]
    assert agree and set(agree[0]) == {"SDN", "SSD"}


# --- arrests -------------------------------------------------------------------------------


def test_reacting_to_this_arrest_is_no_new_arrest() -> None:
    # "cette nouvelle arrestation" goes back over an arrest already reported
    doc = _run("Le député belge a réagi à cette nouvelle arrestation sur Twitter.")
    assert "COERCE" not in _types(doc)


def test_an_announced_arrest_is_coerce() -> None:
    doc = _run("L'armée malienne a annoncé l'arrestation de 27 mutins à Kati.")
    assert any(t == "COERCE" and a == "MLI" for t, a, _r in _pairs(doc))


# --- modality ------------------------------------------------------------------------------


def test_a_foiled_plot_is_no_attack() -> None:
    # "projet d'attentat" is planned, "attentat déjoué" did not happen
    doc = _run("Deux projets d'attentats contre des militaires français ont été déjoués depuis janvier, "
               "a affirmé le ministre.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Selon le ministre, l'autre attentat déjoué visait des soldats français à Marseille.")
    assert "ASSAULT" not in _types(doc)


def test_a_resignation_is_no_concession() -> None:
    # as in the English pack: a resignation yields to no one named
    doc = _run("La démission du ministre belge de l'Intérieur a surpris ses alliés français.")
    assert "CONCEDE" not in _types(doc)


def test_demanding_a_resignation_is_a_request() -> None:
    doc = _run("Le député français a demandé la démission du ministre de l'Intérieur.")
    assert "REQUEST" in _types(doc)


def test_the_opposition_has_is_no_opposition_to() -> None:
    # "opposition à" folds like "l'opposition a (dénoncé)"
    doc = _run("Le président tunisien estime que l'opposition a tort face au gouvernement algérien.")
    assert "REJECT" not in _types(doc)


# --- round 2: forms found on fresh dev-corpus articles ----------------------------------------


def test_the_island_of_reunion_is_no_meeting() -> None:
    # "réunion" alone is also the island ("l'île de la Réunion") and "en réunion" (in a group)
    doc = _run("Le mouvement des gilets jaunes paralyse l'île de la Réunion, selon le ministre français.")
    assert "CONSULT" not in _types(doc)


def test_a_meeting_is_still_a_meeting() -> None:
    doc = _run("Le ministre marocain a tenu jeudi une réunion de travail avec son homologue espagnol.")
    assert ("CONSULT", "MAR", "ESP") in _pairs(doc) or ("CONSULT", "ESP", "MAR") in _pairs(doc)
    doc = _run("Le ministre marocain et son homologue espagnol ont annoncé une réunion d'urgence.")
    assert "CONSULT" in _types(doc)


def test_asylum_seekers_are_no_asylum_granted() -> None:
    # "demandeurs d'asile" names people, not a state's grant of asylum
    doc = _run("Les garde-côtes grecs ont renvoyé des demandeurs d'asile vers la Turquie.")
    assert "AID" not in _types(doc)


def test_strikes_against_a_country_are_an_attack() -> None:
    # "frappes" alone folds like "frappés" (beaten): only with what makes them strikes
    doc = _run("L'armée française a mené samedi des frappes ciblées contre la Syrie.")
    assert ("ASSAULT", "FRA", "SYR") in _pairs(doc)
    doc = _run("Le ministre français juge que les ménages seront frappés par la hausse des taxes.")
    assert "ASSAULT" not in _types(doc)


def test_freezing_assets_is_a_sanction() -> None:
    doc = _run("Le Premier ministre britannique a gelé les avoirs de trois proches du président russe.")
    assert ("SANCTION", "GBR", "RUS") in _pairs(doc)


def test_a_movement_that_went_on_is_no_prosecution() -> None:
    # "s'est poursuivi" (went on) holds "est poursuivi" (is prosecuted)
    doc = _run("Le mouvement des gilets jaunes s'est poursuivi dimanche en France, selon le ministre français.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("Le militant français est poursuivi pour diffamation par le ministre de l'Intérieur.")
    assert "ACCUSE" in _types(doc)


def test_naming_a_treaty_is_no_agreement() -> None:
    doc = _run("Le président colombien, traité de diable par le président vénézuélien, a répondu mardi.")
    assert "AGREE" not in _types(doc)
    doc = _run("Le ministre français a défendu le traité de Lisbonne devant les députés allemands.")
    assert "AGREE" not in _types(doc)


def test_the_national_rally_party_is_no_rally() -> None:
    # "Rassemblement national" is a party: a rally needs words the party name never has
    doc = _run("La présidente du Rassemblement national a commenté dimanche la situation en France.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Le rassemblement a réuni samedi plusieurs centaines de gilets jaunes devant la préfecture française.")
    assert "PROTEST" in _types(doc)


def test_breaking_off_diplomatic_relations_is_a_sanction() -> None:
    # "relations diplomatiques" (SUPPORT, recognition) is part of the longer break-off form
    doc = _run("Le président vénézuélien a annoncé la rupture des relations diplomatiques avec la Colombie.")
    assert ("SANCTION", "VEN", "COL") in _pairs(doc)
    assert "SUPPORT" not in _types(doc)


def test_naming_the_security_council_is_no_meeting() -> None:
    doc = _run("Le ministre russe a présenté son rapport aux membres du Conseil de sécurité de l'ONU.")
    assert "CONSULT" not in _types(doc)


def test_a_talk_show_guest_is_no_invitation() -> None:
    # "Invité de BFMTV" is a guest on a programme, not a request
    doc = _run("Invité de BFMTV samedi, le secrétaire d'État français à l'Intérieur a répondu aux gilets jaunes.")
    assert "REQUEST" not in _types(doc)
    doc = _run("Le président français invite les dirigeants allemands à rejoindre la coalition.")
    assert ("REQUEST", "FRA", "DEU") in _pairs(doc)


def test_people_who_mobilised_protest() -> None:
    # "se sont mobilisés" is a protest, not troops ("mobilisés" alone stays MOBILIZE)
    doc = _run("Samedi, 3000 gilets jaunes se sont mobilisés dans toute la France contre le gouvernement français.")
    assert "PROTEST" in _types(doc) and "MOBILIZE" not in _types(doc)
    doc = _run("Au total, 38 600 manifestants français étaient descendus dans la rue le 22 décembre.")
    assert "PROTEST" in _types(doc)


def test_a_related_headline_line_is_no_event() -> None:
    # "» LIRE AUSSI - ..." names another article (boilerplate.yaml drop_lines)
    doc = _run("Le ministre français de l'Intérieur a visité mardi la préfecture de Lyon.\n"
               "» LIRE AUSSI - Les gilets jaunes français appellent à manifester samedi contre le gouvernement\n"
               "La visite a duré deux heures.")
    assert "REQUEST" not in _types(doc)


def test_a_video_link_line_is_no_event() -> None:
    doc = _run("Le ministre français de l'Intérieur a visité mardi la préfecture de Lyon.\n"
               "Les forces de l'ordre françaises chargent des manifestants sous l'Arc de Triomphe - Regarder sur Figaro Live\n"
               "La visite a duré deux heures.")
    assert "PROTEST" not in _types(doc) and "COERCE" not in _types(doc)


# --- round 3: domestic politics (events_dev2) ---------------------------------------------------


def test_a_shared_meal_is_a_meeting() -> None:
    doc = _run("Le président français a déjeuné avec des policiers français dans une caserne de Lyon.")
    assert ("CONSULT", "FRA", "FRA") in _pairs(doc)


def test_praise_in_a_participle_clause_is_support() -> None:
    # "saluant", "remerciant", "après avoir salué": the participle names the same act as "a salué"
    doc = _run("Le ministre belge de l'Intérieur a parlé longtemps, saluant les policiers belges.")
    assert ("SUPPORT", "BEL", "BEL") in _pairs(doc)
    doc = _run("Le ministre belge de l'Intérieur a parlé longtemps, remerciant les policiers belges.")
    assert ("SUPPORT", "BEL", "BEL") in _pairs(doc)


def test_brushing_aside_criticism_is_reject() -> None:
    doc = _run("Le ministre français de l'Intérieur a balayé les critiques des syndicats français.")
    assert "REJECT" in _types(doc)


def test_plural_domestic_bodies_are_actors() -> None:
    # "les députés", "les maires", "les ministres": bodies of the report's country, so a
    # domestic criticism or appeal has its second side
    doc = analyse_text("Le ministre français de l'Intérieur a critiqué les sénateurs.", "fr",
                       url="https://www.lefigaro.fr/politique/x")
    assert ("ACCUSE", "FRA", "FRA") in _pairs(doc)
    doc = analyse_text("Les maires et les députés ont écouté le Premier ministre français.", "fr",
                       url="https://www.lefigaro.fr/politique/x")
    bodies = {doc.text[m.start:m.end]: m.country for m in doc.mentions if m.kind == "organization"}
    assert bodies.get("maires") == "FRA" and bodies.get("députés") == "FRA"


def test_firearms_are_no_arms_aid() -> None:
    # "armes à feu", "pris les armes à les déposer": no supply of arms; "fournir des armes" is
    doc = _run("L'usage des armes à feu par les policiers français est strictement encadré en Belgique.")
    assert "AID" not in _types(doc)
    doc = _run("La Pologne continue de fournir des armes à l'Ukraine.")
    assert ("AID", "POL", "UKR") in _pairs(doc)


def test_an_admission_is_no_recognition() -> None:
    # "a reconnu" alone is mostly "admitted": only recognising a state or its independence is SUPPORT
    doc = _run("« Nous avons fait des erreurs », a reconnu le ministre français de l'Intérieur devant les députés belges.")
    assert "SUPPORT" not in _types(doc)
    doc = _run("Le Maroc a reconnu l'indépendance du Soudan du Sud.")
    assert "SUPPORT" in _types(doc)


def test_an_offensive_mood_is_no_attack() -> None:
    doc = _run("L'opposition française s'était montrée très offensive la veille contre le gouvernement belge.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("L'armée russe a lancé une offensive contre l'Ukraine.")
    assert ("ASSAULT", "RUS", "UKR") in _pairs(doc)


def test_freeing_oneself_is_no_release() -> None:
    doc = _run("Le ministre italien espère que le peuple français se libère bientôt de son président.")
    assert "RETREAT" not in _types(doc)
    assert "CONCEDE" not in _types(doc)


def test_troops_encircling_a_building_coerce() -> None:
    doc = _run("Des soldats burkinabè ont encerclé le siège de la télévision d'État.")
    assert ("COERCE", "BFA", "BFA") in _pairs(doc)


def test_marchers_and_people_mobilised_against_protest() -> None:
    doc = _run("À Lyon, un millier de manifestants français défilaient samedi.")
    assert "PROTEST" in _types(doc)
    doc = _run("Les chauffeurs français, mobilisés contre la hausse des taxes, ont bloqué un péage.")
    assert "PROTEST" in _types(doc) and "MOBILIZE" not in _types(doc)


def test_insults_at_someone_are_accuse() -> None:
    doc = _run("Des manifestants français ont insulté les policiers belges.")
    assert ("ACCUSE", "FRA", "BEL") in _pairs(doc)


def test_calling_on_a_group_is_request() -> None:
    doc = _run("Le ministre belge de l'Intérieur appelle les manifestants français au calme.")
    assert ("REQUEST", "BEL", "FRA") in _pairs(doc)


def test_praise_in_the_passive_comes_from_the_agent() -> None:
    # "saluée par le Premier ministre": the Prime Minister praises ("salué" alone folds like "salue")
    doc = _run("Une initiative des syndicats français saluée par le Premier ministre belge.")
    assert ("SUPPORT", "BEL", "FRA") in _pairs(doc)


def test_mockery_of_someone_is_accuse() -> None:
    doc = _run("Le président américain a raillé la faible popularité du président français.")
    assert ("ACCUSE", "USA", "FRA") in _pairs(doc)


def test_being_ready_to_meet_is_no_meeting() -> None:
    # "s'est dit prêt à recevoir une délégation": a willingness, not a meeting held
    doc = _run("Le Premier ministre belge s'est dit prêt à recevoir une délégation de syndicats français.")
    assert "CONSULT" not in _types(doc)


def test_what_the_police_managed_is_background() -> None:
    # "leur gestion de la manifestation": the protest is the frame; the thanks are the news
    doc = _run("Remerciant les policiers belges pour leur gestion de la manifestation, le ministre belge "
               "de l'Intérieur a parlé longtemps.")
    assert ("SUPPORT", "BEL", "BEL") in _pairs(doc) and "PROTEST" not in _types(doc)


def test_what_someone_called_it_is_no_request() -> None:
    # "ce qu'elle a appelé une tentative de coup d'État": naming, not an appeal
    doc = _run("La présidente belge a dénoncé ce qu'elle a appelé des mots violents contre les Français.")
    assert "REQUEST" not in _types(doc)


def test_elected_officials_and_social_partners_are_actors() -> None:
    doc = analyse_text("Le président français a reçu lundi les partenaires sociaux et les élus à l'Élysée.", "fr",
                       url="https://www.lefigaro.fr/politique/x")
    assert ("CONSULT", "FRA", "FRA") in _pairs(doc)


def test_the_target_of_criticism_is_no_accuser() -> None:
    # "essuie des critiques", "sous le feu des critiques": the subject is criticised, not critical
    doc = _run("Alors que le Premier ministre français essuie de plus en plus de critiques, il a reçu les députés belges.")
    assert "ACCUSE" not in _types(doc)


def test_with_the_consent_of_is_background() -> None:
    # "avec l'accord des autorités": the consent frames the arrest, it is no agreement of its own
    doc = _run("Avec l'accord des autorités belges, les policiers belges ont procédé à l'interpellation de quatre personnes.")
    assert "COERCE" in _types(doc) and "AGREE" not in _types(doc)


def test_a_meeting_named_after_lors_de_or_a_l_issue_de() -> None:
    # "lors de leur rencontre à New York": a meeting held, of which the report tells the sequel
    doc = _run("Le dossier a été abordé par les présidents français et iranien lors de leur rencontre à New York.")
    assert ("CONSULT", "FRA", "IRN") in _pairs(doc) or ("CONSULT", "IRN", "FRA") in _pairs(doc)


def test_a_planned_event_is_not_yet_an_event() -> None:
    # "la manifestation prévue samedi", "une rencontre prévue ce matin": announced, not held
    doc = _run("Le ministre français de l'Intérieur a parlé de la manifestation prévue samedi à Paris.")
    assert "PROTEST" not in _types(doc)


# --- pk_fr additions ----------------------------------------------------------------------------


def test_a_bomb_talked_about_is_no_attack() -> None:
    # "bombe" alone is mostly the weapon discussed ("la bombe atomique") or the image ("l'effet d'une bombe")
    doc = _run("Le ministre russe de la Défense a évoqué la bombe atomique devant les députés ukrainiens.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("L'annonce du gouvernement français a fait l'effet d'une bombe.")
    assert "ASSAULT" not in _types(doc)


def test_a_bomb_that_went_off_is_an_attack() -> None:
    doc = _run("Des rebelles tchadiens ont posé une bombe devant la caserne de l'armée nigérienne.")
    assert "ASSAULT" in _types(doc)


def test_a_fall_in_numbers_is_no_concession() -> None:
    # "une mobilisation en recul": a fall, nobody gives way
    doc = _run("En recul en métropole, la grève des routiers français a continué à bloquer le port belge d'Anvers.")
    assert "CONCEDE" not in _types(doc)


def test_the_island_of_la_reunion_is_no_meeting() -> None:
    # "à La Réunion sur les carburants": the island, then a complement
    doc = _run("Le président français a annoncé le gel d'une taxe spécifique à La Réunion sur les carburants.")
    assert "CONSULT" not in _types(doc)


def test_criticism_in_the_imperfect() -> None:
    doc = _run("Le ministre espagnol de l'Énergie fustigeait le refus du gouvernement allemand.")
    assert ("ACCUSE", "ESP", "DEU") in _pairs(doc)


def test_forces_deployed_in_the_passive() -> None:
    # "120 gendarmes ont été déployés": the forces named before a passive deployment mobilise
    doc = _run("Deux cents gendarmes français ont été déployés mercredi à Marseille.")
    assert ("MOBILIZE", "FRA", "FRA") in _pairs(doc)


def test_a_request_addressed_to_someone() -> None:
    # "a demandé aux partis de ...", "en lui demandant de ...": a request with its addressee outranks a
    # weaker noun trigger of the same sentence ("les points de blocage")
    doc = _run("Le président sénégalais, cible de critiques sur les points de blocage, a demandé solennellement "
               "aux syndicats maliens de lancer un appel au calme.")
    assert ("REQUEST", "SEN", "MLI") in _pairs(doc)
    doc = _run("Le maire de Dakar a écrit au président malien en lui demandant de prendre des mesures.")
    assert "REQUEST" in _types(doc)


def test_a_mediator_woman_by_trade_is_no_mediation() -> None:
    doc = _run("Cette Marocaine a longtemps travaillé comme médiatrice interculturelle en Italie.")
    assert "CONSULT" not in _types(doc)


def test_opening_an_investigation_is_a_record_of_its_own() -> None:
    # "a ouvert une enquête", "a saisi l'IGPN": the opening is the news, even with no target named
    for text in ("Le préfet de police de Lyon a saisi l'IGPN après la diffusion des vidéos.",
                 "Le parquet de Marseille a ouvert une enquête après les incidents de samedi."):
        doc = analyse_text(text, "fr", url="https://www.lefigaro.fr/actualite-france/x")
        assert ("ACCUSE", "FRA", "FRA") in _pairs(doc)


def test_a_recommendation_addressed_is_a_request() -> None:
    doc = _run("Le ministre sénégalais de la Santé a recommandé aux autorités maliennes de fermer la frontière.")
    assert ("REQUEST", "SEN", "MLI") in _pairs(doc)


def test_an_impersonal_or_recalled_recommendation_is_none() -> None:
    # "il est recommandé de" folds like "recommande de": advice with no author; "comme il a recommandé": a reminder
    doc = _run("Aux touristes italiens à Paris, il est recommandé de faire preuve de prudence.")
    assert "REQUEST" not in _types(doc)


def test_the_reporting_conditional_keeps_the_event() -> None:
    # "aurait été arrêté": the journalistic conditional reports an unconfirmed event, not a hypothesis;
    # "aurait pu" / "aurait dû" are still no events
    doc = _run("Le président malien aurait été arrêté par des soldats maliens qui se sont mutinés.")
    assert "COERCE" in _types(doc)
    doc = _run("Le président malien aurait pu être arrêté par des soldats maliens.")
    assert "COERCE" not in _types(doc)


def test_an_active_wounding_is_an_attack() -> None:
    doc = _run("Le militant marocain a blessé deux policiers belges à Bruxelles.")
    assert ("ASSAULT", "MAR", "BEL") in _pairs(doc)


def test_protesters_mobilised_against_someone_are_no_forces() -> None:
    # "des gilets jaunes, mobilisés depuis des semaines contre le président": protesters, not troops
    doc = _run("Le ministre italien a rencontré des gilets jaunes, mobilisés depuis des semaines contre le président français.")
    assert "MOBILIZE" not in _types(doc)


def test_disavowing_is_a_rejection() -> None:
    doc = _run("Le président sénégalais a désavoué son ministre malien de l'Intérieur.")
    assert "REJECT" in _types(doc)
    doc = _run("Le Premier ministre belge l'avait rabroué devant les députés néerlandais.")
    assert "REJECT" in _types(doc)


def test_discourse_adverbs_inside_a_verb() -> None:
    # "a d'ailleurs démenti", "a ainsi demandé", "a quant à lui dénoncé": cut out before matching
    doc = _run("Le Premier ministre italien a d'ailleurs démenti les affirmations du président français.")
    assert ("REJECT", "ITA", "FRA") in _pairs(doc)
    doc = _run("Le ministre belge a quant à lui dénoncé les propos du gouvernement néerlandais.")
    assert ("ACCUSE", "BEL", "NLD") in _pairs(doc)


def test_time_phrases_inside_a_verb() -> None:
    # "a appelé mardi après-midi à", "a condamné cette semaine": cut out before matching
    doc = _run("Le ministre tunisien a appelé mardi après-midi à la retenue.")
    assert "a appelé mardi après-midi à" in _triggers(doc)


def test_a_measure_still_to_be_applied_is_no_event() -> None:
    # "cet arrêté sera mis en application samedi", "le couvre-feu entrera en vigueur": not yet in force
    doc = _run("Pour le gouvernement tunisien, le couvre-feu entrera en vigueur samedi.")
    assert "COERCE" not in _types(doc)
    doc = _run("Pour le gouvernement tunisien, le couvre-feu a été respecté samedi.")
    assert "COERCE" in _types(doc)


def test_what_a_picture_seems_to_show_is_no_event() -> None:
    # "une vidéo semble montrer des véhicules blindés": an impression of an image, not a reported act
    doc = _run("Une vidéo de l'armée malienne semble montrer des véhicules blindés dans la capitale.")
    assert "MOBILIZE" not in _types(doc)


def test_the_recall_of_an_ambassador_named_by_his_country() -> None:
    # "X a réagi au rappel de l'ambassadeur de France": France recalls its ambassador from X's country
    doc = _run("Le ministre italien de l'Intérieur a réagi au rappel de l'ambassadeur de France.")
    assert ("SANCTION", "FRA", "ITA") in _pairs(doc)


def test_raising_the_alert_level_is_mobilisation() -> None:
    doc = _run("Le gouvernement français a porté le plan Vigipirate au plus haut niveau mercredi.")
    assert "MOBILIZE" in _types(doc)


def test_missiles_talked_about_are_no_attack() -> None:
    # "le stock de missiles", "des missiles antichars": the weapon discussed; fired missiles still are
    doc = _run("Le stock de missiles de l'armée russe inquiète les experts ukrainiens.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("L'armée russe a tiré des missiles sur le port ukrainien d'Odessa.")
    assert ("ASSAULT", "RUS", "UKR") in _pairs(doc)


def test_a_party_or_a_past_genocide_is_no_event() -> None:
    # "la formation d'extrême droite": a party; "après le génocide au Rwanda": history, not a new attack
    doc = _run("La formation du président français a reçu les élus belges.")
    assert "COOPERATE" not in _types(doc)
    doc = _run("Le président français a évoqué le génocide au Rwanda devant les députés rwandais.")
    assert "ASSAULT" not in _types(doc)


def test_the_daily_liberation_is_no_release() -> None:
    # "dans Libération" (the daily), "Front de libération": no release of anyone
    doc = _run("Le Premier ministre français a déclaré dans Libération que la Tunisie reste un partenaire.")
    assert "CONCEDE" not in _types(doc)
    # a release is CONCEDE (the gold sets' convention), not RETREAT
    doc = _run("Le gouvernement malien a obtenu la libération de deux otages français.")
    assert "CONCEDE" in _types(doc)
    assert "RETREAT" not in _types(doc)


def test_a_wave_of_attacks_in_the_background_is_no_record() -> None:
    # "la France vit sous une menace terroriste depuis la vague d'attentats de 2015": a state and its
    # background, neither a threat made nor a new attack
    doc = _run("La France vit sous une menace terroriste élevée depuis la vague d'attentats de 2015.")
    assert "THREATEN" not in _types(doc) and "ASSAULT" not in _types(doc)


def test_sanctions_in_the_background_are_no_record() -> None:
    # "le Kremlin attribue la hausse des prix aux sanctions": the sanctions are the background, Russia is no sanctioner
    doc = _run("Le Kremlin attribue la hausse des prix aux sanctions occidentales.")
    assert "SANCTION" not in _types(doc)
    doc = _run("Le gouvernement britannique a imposé des sanctions contre la Russie.")
    assert ("SANCTION", "GBR", "RUS") in _pairs(doc)


def test_ruling_out_a_risk_is_no_rejection() -> None:
    # "a écarté tout risque de frictions": a reassurance, nobody's proposal is turned down
    doc = _run("Le porte-parole du président brésilien a écarté tout risque de frictions avec le Venezuela.")
    assert "REJECT" not in _types(doc)


def test_religious_or_sporting_manifestations_are_no_protest() -> None:
    # "les manifestations religieuses publiques", "une manifestation sportive": displays and events, not protests
    doc = _run("Le ministre français de l'Intérieur a évoqué les manifestations religieuses publiques en France.")
    assert "PROTEST" not in _types(doc)


def test_dissociating_from_is_a_rejection() -> None:
    # "s'est dissocié des conclusions": a public rejection of what another said
    doc = _run("Le gouvernement belge s'est dissocié des conclusions du rapport néerlandais.")
    assert "REJECT" in _types(doc)


def test_dislodging_protesters_is_coercion() -> None:
    # "ont été délogés par la police": a dispersal by the police, its agent after "par"
    doc = _run("Samedi, les militants ont été délogés par la police belge peu après minuit.")
    assert ("COERCE", "BEL", None) in _pairs(doc)


def test_prosecutors_taking_up_a_case_is_an_investigation() -> None:
    # "le parquet s'est saisi des faits": an investigation opened
    doc = _run("Le parquet de Bruxelles s'est saisi des faits et entendra les témoins.")
    assert "ACCUSE" in _types(doc)


def test_an_invasion_as_a_time_marker_is_no_record() -> None:
    # "depuis l'invasion de ...", "en réaction à l'invasion": the background of the report, not what it reports
    doc = _run("Depuis l'invasion du Koweït par l'Irak, les prix du pétrole ont doublé.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Jeudi, l'Irak a ordonné l'invasion du Koweït.")
    assert ("ASSAULT", "IRQ", "KWT") in _pairs(doc)


def test_a_series_of_attacks_in_the_background_is_no_record() -> None:
    # "depuis une série d'attentats": the background of the report, nobody attacks anyone in it
    doc = _run("La Belgique vit sous une menace élevée depuis une série d'attentats commis en 2016.")
    assert "ASSAULT" not in _types(doc)


def test_being_under_sanctions_is_no_new_sanction() -> None:
    # "soumis à des sanctions", "la fin des sanctions": a state or a marker, no sanction imposed in the report
    doc = _run("L'homme d'affaires iranien, soumis à des sanctions américaines, vit désormais au Canada.")
    assert "SANCTION" not in _types(doc)


def test_an_agreement_already_known_is_no_new_agreement() -> None:
    # "le retrait de l'accord", "cet accord": an agreement referred to, none reached in the report
    doc = _run("Le Canada a critiqué le retrait du Brésil de l'accord sur le climat.")
    assert "AGREE" not in _types(doc)
    doc = _run("Mardi, le Maroc et l'Espagne ont signé un accord sur la pêche.")
    assert "AGREE" in _types(doc)


def test_a_feared_or_conditional_attack_is_no_record() -> None:
    # "redoutent une attaque", "en cas d'attaque", "préparent une offensive": not an attack that took place
    doc = _run("Les experts redoutent une attaque chinoise contre Taïwan.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("En cas d'attaque contre la Pologne, l'Allemagne est prête à réagir.")
    assert "ASSAULT" not in _types(doc)


def test_supporting_as_a_purpose_is_no_support() -> None:
    # "a servi à soutenir", "pour soutenir": a purpose, no backing reported
    doc = _run("L'argent versé au Niger a servi à soutenir les efforts de l'armée française.")
    assert "SUPPORT" not in _types(doc)
    doc = _run("Le Maroc déclare soutenir la position de l'Espagne sur la question.")
    assert ("SUPPORT", "MAR", "ESP") in _pairs(doc)


def test_a_warning_given_is_accuse_even_against_a_risk() -> None:
    # "a mis en garde contre le risque ...": the warning given is the reported act, with no named target
    doc = _run("Le président tunisien a mis en garde contre le risque d'une nouvelle crise.")
    assert ("ACCUSE", "TUN", "TUN") in _pairs(doc)
    doc = _run("Le ministre marocain a mis en garde l'Algérie contre toute provocation.")
    assert ("ACCUSE", "MAR", "DZA") in _pairs(doc)


def test_taking_distance_is_reject() -> None:
    # "a pris ses distances avec / vis-à-vis de": a public rejection of someone or something
    doc = _run("Le président sénégalais a pris ses distances avec le gouvernement malien.")
    assert ("REJECT", "SEN", "MLI") in _pairs(doc)


def test_contesting_a_decision_is_reject_but_not_sans_conteste() -> None:
    # "conteste la décision" rejects it; "sans conteste la réforme" is an adverb
    doc = _run("Le gouvernement ivoirien conteste la décision de la Cour africaine.")
    assert "REJECT" in _types(doc)
    doc = _run("Le sujet brûlant au Sénégal, c'est sans conteste la réforme des provinces.")
    assert "REJECT" not in _types(doc)


def test_pointing_the_finger_is_accuse() -> None:
    doc = _run("Le ministre algérien a pointé du doigt la responsabilité du Maroc.")
    assert ("ACCUSE", "DZA", "MAR") in _pairs(doc)


def test_a_wish_for_others_is_request_but_not_ones_own_plan() -> None:
    # "a souhaité que X fasse", "a souhaité des mobilisations pacifiques": a request; "a souhaité se rendre": a plan
    doc = _run("Le président tunisien a souhaité que le gouvernement libyen ouvre la frontière.")
    assert ("REQUEST", "TUN", "LBY") in _pairs(doc)
    doc = _run("Le président tunisien a souhaité se rendre à Tripoli.")
    assert "REQUEST" not in _types(doc)


def test_asking_for_something_named_is_request() -> None:
    # "demandent un moratoire", "a demandé une aide": the thing asked for is named right after the verb
    doc = _run("Les syndicats tunisiens demandent une hausse des salaires.")
    assert ("REQUEST", "TUN", "TUN") in _pairs(doc)
    # the noun "la demande des" stays no request (but "à la demande des autorités" is one: see below)
    doc = _run("La demande des ménages tunisiens a fortement baissé à Sousse.")
    assert "REQUEST" not in _types(doc)


def test_the_defendant_and_the_accused_participle_accuse_no_one() -> None:
    # "l'accusé" (the defendant) folds like "accuse"; "X, accusé de violences" names the accused, not an accuser
    doc = _run("Devant la cour d'assises belge, l'accusé tunisien est resté impassible.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("Le ministre tunisien, accusé de corruption, a démissionné mardi.")
    assert "ACCUSE" not in _types(doc)
    # with its agent after "par", the accusation is recorded
    doc = _run("Le président tunisien, accusé de corruption par l'opposition algérienne, a démissionné.")
    assert ("ACCUSE", "DZA", "TUN") in _pairs(doc)


def test_accusing_with_an_object_pronoun_is_accuse() -> None:
    # "l'accuse de", "les accuse de", "qu'il accuse de": the verb, though "accuse de" folds like "accusé de"
    doc = _run("Le gouvernement malien les accuse de soutenir les rebelles.")
    assert "ACCUSE" in _types(doc)
    doc = _run("Washington accuse Pékin de saper le système judiciaire.")
    assert ("ACCUSE", "USA", "CHN") in _pairs(doc)


def test_wondering_or_asking_a_question_is_no_request() -> None:
    # "se demande si", "lui demande comment": a question, not a request
    doc = _run("Le ministre tunisien se demande si l'Algérie rouvrira la frontière.")
    assert "REQUEST" not in _types(doc)
    doc = _run("Le journaliste marocain lui demande comment l'Algérie compte rouvrir la frontière.")
    assert "REQUEST" not in _types(doc)


def test_stopping_is_no_arrest() -> None:
    # "se sont arrêtés devant": a halt, not an arrest
    doc = _run("Les manifestants tunisiens se sont arrêtés devant le ministère de l'Intérieur à Tunis.")
    assert "COERCE" not in _types(doc)


def test_declaring_oneself_in_favour_is_support() -> None:
    # "s'est déclaré favorable au plan de l'Algérie": a stated backing of someone's proposal
    doc = _run("Le président tunisien s'est déclaré favorable au plan de l'Algérie.")
    assert ("SUPPORT", "TUN", "DZA") in _pairs(doc)


def test_protesters_mobilised_for_weeks_are_no_deployment() -> None:
    # "ces Tunisiens modestes mobilisés depuis trois semaines": protesters, not forces sent out
    doc = _run("Le gouvernement tunisien n'a pas convaincu les chômeurs toujours mobilisés à Sfax.")
    assert "MOBILIZE" not in _types(doc)
    doc = _run("Le président tunisien a reçu les syndicats, mobilisés depuis trois semaines à Sfax.")
    assert "MOBILIZE" not in _types(doc)


def test_forces_that_will_be_deployed_are_no_deployment_yet() -> None:
    # "des véhicules blindés seront déployés samedi": announced, not done
    doc = _run("Des véhicules blindés seront déployés samedi à Tunis, a annoncé le ministre tunisien.")
    assert "MOBILIZE" not in _types(doc)


def test_hostages_named_are_no_hostage_taking() -> None:
    # "les journalistes otages en Syrie": a state reported; "une prise d'otages" is the act
    doc = _run("Les journalistes tunisiens otages en Libye ont témoigné mardi à Tunis.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Un homme armé a pris en otage des employés tunisiens dans une banque de Sfax.")
    assert "ASSAULT" in _types(doc)


def test_damage_during_a_protest_is_riot_not_attack() -> None:
    # "des heurts et dégradations", "ont commis des dégradations": the riot of a protest, nobody attacked
    doc = _run("Des manifestants tunisiens ont commis des dégradations devant le siège de la Banque centrale à Sfax.")
    assert "ASSAULT" not in _types(doc)
    assert ("PROTEST", "TUN", "TUN") in _pairs(doc)


def test_critical_state_and_opinion_survey_are_no_accusation() -> None:
    # "la situation critique", "le journaliste critique saoudien": an adjective; "une enquête d'opinion": a survey
    doc = _run("Le ministre tunisien a décrit la situation critique des médecins algériens.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("Selon une enquête d'opinion, le président tunisien reste populaire en Algérie.")
    assert "ACCUSE" not in _types(doc)


def test_a_record_of_convictions_or_a_fate_is_no_sentence() -> None:
    # "condamné à 27 reprises": a criminal record; "condamnée à se réformer": a figure of speech
    doc = _run("Le suspect tunisien a été condamné à 12 reprises en Algérie.")
    assert "COERCE" not in _types(doc)
    doc = _run("Pour le ministre tunisien, la Libye est condamnée à se réformer.")
    assert "COERCE" not in _types(doc)


def test_what_is_received_is_no_visitor() -> None:
    # "a reçu le prix Nobel", "a reçu des millions de dollars": no meeting
    doc = _run("En 1993, le président sud-africain a reçu le prix Nobel de la paix à Oslo.")
    assert "CONSULT" not in _types(doc)
    # "a reçu le soutien de X": X backs the subject
    doc = _run("Le président tunisien a reçu le soutien du gouvernement algérien.")
    assert ("SUPPORT", "DZA", "TUN") in _pairs(doc)
    assert "CONSULT" not in _types(doc)


def test_the_top_of_something_is_no_summit() -> None:
    # "au sommet de l'État", "au sommet de l'Arc de triomphe": the top, not a meeting
    doc = _run("Des manifestants tunisiens sont montés au sommet de l'Arc de triomphe avec des militants algériens.")
    assert "CONSULT" not in _types(doc)
    doc = _run("Le président tunisien a participé au sommet des chefs d'État africains avec son homologue algérien.")
    assert "CONSULT" in _types(doc)


def test_a_name_given_is_no_call() -> None:
    # "ce qu'il a appelé « une tentative de coup d'État »": a name given, not a call on anyone
    doc = _run("Le président tunisien a condamné ce qu'il a appelé une provocation de l'Algérie.")
    assert "REQUEST" not in _types(doc)


def test_turning_oneself_in_is_no_visit() -> None:
    # "s'est rendu à la police": he gave himself up, he visited no one
    doc = _run("Le chauffeur tunisien s'est rendu à la police belge mardi matin.")
    assert "CONSULT" not in _types(doc)


def test_an_explosion_of_figures_is_no_bombing() -> None:
    # "l'explosion du chômage": a figure of speech; "l'explosion d'une voiture piégée" stays an attack
    doc = _run("Le ministre tunisien redoute l'explosion du chômage en Libye.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("L'explosion d'une voiture piégée a tué trois soldats tunisiens à Kasserine.")
    assert "ASSAULT" in _types(doc)


def test_being_called_is_no_appointment() -> None:
    # "un pays qui se nomme X": a name, not an appointment
    doc = _run("Les États-Unis ont créé en Europe un pays qui se nomme la Bosnie-Herzégovine.")
    assert "SUPPORT" not in _types(doc)


def test_claiming_an_affiliation_is_no_demand() -> None:
    # "se réclamant des gilets jaunes", "qui se revendiquent proches du mouvement": who they say they are
    doc = _run("Des militants tunisiens se réclamant du Front populaire ont tenu une conférence à Sfax.")
    assert "REQUEST" not in _types(doc)


def test_a_public_rebuke_is_accuse() -> None:
    # "a taclé", "a tancé", "a égratigné": a public criticism of someone
    doc = _run("Le ministre tunisien a taclé le gouvernement libyen mardi.")
    assert ("ACCUSE", "TUN", "LBY") in _pairs(doc)


def test_a_concern_declared_is_accuse() -> None:
    # "s'est déclaré préoccupé par": a concern stated about another's act
    doc = _run("Le gouvernement sénégalais s'est déclaré préoccupé par les propos "
               "du président guinéen.")
    assert ("ACCUSE", "SEN", "GIN") in _pairs(doc)


def test_support_shown_is_support() -> None:
    # "a affiché son soutien à", "ont exprimé leur solidarité avec": backing shown publicly
    doc = _run("Le président sénégalais a affiché son soutien au gouvernement malien.")
    assert ("SUPPORT", "SEN", "MLI") in _pairs(doc)


def test_holding_responsible_is_accuse() -> None:
    # "tient pour responsables X": blame laid on someone
    doc = _run("Le ministre ivoirien de l'Intérieur tient pour responsables les dirigeants "
               "de l'opposition guinéenne.")
    assert ("ACCUSE", "CIV", "GIN") in _pairs(doc)


def test_a_police_intervention_is_coerce() -> None:
    # "la police est intervenue": the police acted on a blockade or a gathering
    doc = _run("La police belge est intervenue avec des arroseuses et a refoulé les manifestants "
               "vers la gare de Liège.")
    assert "COERCE" in _types(doc)
    assert "est intervenue" in _triggers(doc)
    # a country that "intervened militarily" represses no one
    doc = _run("La Russie est intervenue militairement en Syrie en 2015.")
    assert "COERCE" not in _types(doc)


def test_a_decree_is_a_ban_not_an_arrest() -> None:
    # "un arrêté de police", "cet arrêté": a decree, no arrest; taking one to forbid gatherings is a ban (SANCTION)
    doc = _run("Le gouverneur belge a pris un arrêté interdisant les rassemblements à la frontière.")
    assert any(e["event_type"] == "SANCTION" and e["event_mode"] == "ban" for e in doc.events)
    assert "COERCE" not in _types(doc)
    doc = _run("Selon cet arrêté, la circulation reste libre sur l'autoroute belge.")
    assert "COERCE" not in _types(doc)
    doc = _run("Les commerçants belges contestaient l'arrêté du bourgmestre de Liège.")
    assert "COERCE" not in _types(doc)
    doc = _run("Le militant tunisien a été arrêté par la police algérienne.")
    assert ("COERCE", "DZA", "TUN") in _pairs(doc)


def test_enjoining_is_request() -> None:
    # "a enjoint à X de": an order or a pressing demand
    doc = _run("La Commission européenne a enjoint à la Belgique de récupérer les aides versées.")
    assert "REQUEST" in _types(doc)


def test_having_opposed_is_reject() -> None:
    # "s'est opposé à": the perfect tense of "s'oppose à"
    doc = _run("Le gouvernement français s'est opposé à la proposition russe.")
    assert ("REJECT", "FRA", "RUS") in _pairs(doc)


def test_regret_voiced_is_accuse() -> None:
    # "a regretté": a complaint voiced about what another did
    doc = _run("Le ministre belge a regretté la décision du gouvernement néerlandais.")
    assert ("ACCUSE", "BEL", "NLD") in _pairs(doc)


def test_a_critical_condition_is_no_state_of_emergency() -> None:
    # "en état d'urgence absolue": the triage of the wounded, not emergency rule
    doc = _run("Trois policiers belges blessés sont toujours en état d'urgence absolue.")
    assert "COERCE" not in _types(doc)
    doc = _run("Le gouvernement malien a décrété l'état d'urgence dans le pays.")
    assert "COERCE" in _types(doc)


def test_an_observatory_is_a_body() -> None:
    # "l'Observatoire de la laïcité", "l'Observatoire tunisien de ...": a public body that can act
    doc = _run("L'Observatoire tunisien de la sécurité s'est dissocié des conclusions du gouvernement algérien.")
    assert ("REJECT", "TUN", "DZA") in _pairs(doc)


def test_alerting_someone_is_request() -> None:
    # "a alerté X sur": a call on someone to act on a danger
    doc = _run("Le ministre belge a alerté le gouvernement néerlandais sur les risques de la crise.")
    assert ("REQUEST", "BEL", "NLD") in _pairs(doc)


def test_protests_also_planned_are_no_event() -> None:
    # "sont également prévues" after the noun (the cue may start four words on): announced, not held
    doc = _run("Des manifestations paysannes et ouvrières sont également prévues samedi à Tunis.")
    assert "PROTEST" not in _types(doc)


def test_rejoicing_at_what_another_did_is_support() -> None:
    # "s'est réjoui des annonces de X": approval of another's act; "se réjouit de voir" is one's own pleasure
    doc = _run("Le ministre sénégalais s'est réjoui des annonces du président malien.")
    assert ("SUPPORT", "SEN", "MLI") in _pairs(doc)


def test_a_smaller_turnout_is_no_concession() -> None:
    # "une mobilisation en léger recul", "a connu un net recul": fewer marchers, nobody gives way
    doc = _run("Samedi, la mobilisation des agriculteurs belges a connu un léger recul à Namur.")
    assert "CONCEDE" not in _types(doc)
    doc = _run("Le recul du gouvernement belge sur la taxe a surpris les syndicats.")
    assert "CONCEDE" in _types(doc)


def test_a_perceived_threat_is_no_threat_made() -> None:
    # "comme une menace", "une menace pour", "la menace nucléaire de X": a danger seen, not a threat voiced
    doc = _run("Le rapport du gouvernement japonais décrit la Chine comme une menace pour la région.")
    assert "THREATEN" not in _types(doc)
    doc = _run("Le ministre japonais a évoqué la menace nucléaire de la Corée du Nord.")
    assert "THREATEN" not in _types(doc)
    doc = _run("Le président américain a menacé les généraux vénézuéliens qui soutiennent le régime.")
    assert ("THREATEN", "USA", "VEN") in _pairs(doc)


def test_talk_of_a_state_of_emergency_is_no_decree() -> None:
    # "la levée de l'état d'urgence", "le retour de l'état d'urgence", "sous l'état d'urgence": the regime discussed
    doc = _run("Le ministre tunisien de l'Intérieur a évoqué lundi le retour de l'état d'urgence.")
    assert "COERCE" not in _types(doc)
    doc = _run("L'opposition malienne a critiqué la levée de l'état d'urgence.")
    assert "COERCE" not in _types(doc)
    doc = _run("Le gouvernement éthiopien a proclamé l'état d'urgence dans le nord du pays.")
    assert "COERCE" in _types(doc)


def test_bombarded_with_messages_is_no_air_strike() -> None:
    doc = _run("Depuis lundi, le ministre sénégalais a été bombardé de messages par des militants maliens.")
    assert "ASSAULT" not in _types(doc)


def test_elided_negation_before_the_verb() -> None:
    # "n'a envahi aucun pays", "n'ont en rien arrêté": "n'a" / "n'ont" say it did not happen
    doc = _run("La Russie n'a envahi aucun pays voisin depuis cette date, selon le diplomate russe.")
    assert "ASSAULT" not in _types(doc)
    # "n'a cessé de": a litote that asserts
    doc = _run("Les agriculteurs belges n'ont cessé de manifester devant le ministère à Namur.")
    assert "PROTEST" in _types(doc)
    doc = _run("Les agriculteurs belges n'ont pas manifesté devant le ministère à Namur.")
    assert "PROTEST" not in _types(doc)


def test_what_can_or_was_meant_to_happen_is_no_event() -> None:
    # "peuvent être mobilisés", "peut engager des poursuites", "voulait mener un attentat": a power or an intent
    doc = _run("En Belgique, les militaires peuvent être mobilisés pour épauler la police fédérale.")
    assert "MOBILIZE" not in _types(doc)
    doc = _run("Un jeune Tunisien qui voulait mener un attentat contre l'ambassade de France a été jugé.")
    assert "ASSAULT" not in _types(doc)
    # "aurait été arrêté": the conditional of hearsay still reports the arrest
    doc = _run("Le président burkinabè aurait été arrêté lundi par des soldats burkinabè.")
    assert "COERCE" in _types(doc)


def test_retaliation_is_no_threat() -> None:
    # "riposte", "représailles": a response made or feared, not a threat voiced
    doc = _run("Par peur des représailles, les journalistes tanzaniens se taisent face au gouvernement kényan.")
    assert "THREATEN" not in _types(doc)
    doc = _run("Les policiers belges ont riposté avec des gaz lacrymogènes à Charleroi.")
    assert "THREATEN" not in _types(doc)


def test_critics_saying_is_no_named_criticism() -> None:
    # "les critiques disent que": the critics as the subject of a speech verb, no accuser named
    doc = _run("Le gouvernement chinois défend sa réforme, mais les critiques disent qu'elle menace les entreprises japonaises.")
    assert "ACCUSE" not in _types(doc)


def test_agreeing_among_themselves_is_agree() -> None:
    # "se sont accordés sur / pour": an agreement reached, like "se sont mis d'accord"
    doc = _run("Le Maroc et la Mauritanie se sont accordés lundi sur un plan de pêche.")
    assert ("AGREE", "MAR", "MRT") in _pairs(doc)


def test_maintaining_that_is_no_support() -> None:
    # "soutient que", "a soutenu qu'": a claim put forward, not backing given
    doc = _run("Le président turc soutient que l'ordre venait du gouvernement saoudien.")
    assert "SUPPORT" not in _types(doc)
    doc = _run("Le président turc soutient le gouvernement qatari dans cette crise.")
    assert ("SUPPORT", "TUR", "QAT") in _pairs(doc)


def test_armed_groups_of_one_country() -> None:
    # "les talibans" are Afghan, "les rebelles du M23" Congolese; a demonym beside them still wins
    doc = _run("Les talibans ont attaqué lundi une base de l'armée américaine.")
    assert ("ASSAULT", "AFG", "USA") in _pairs(doc)
    doc = _run("Les rebelles du M23 ont attaqué l'armée rwandaise près de Goma.")
    assert ("ASSAULT", "COD", "RWA") in _pairs(doc)
    doc = _run("Les talibans pakistanais ont attaqué un poste de l'armée afghane.")
    assert ("ASSAULT", "PAK", "AFG") in _pairs(doc)


def test_unfolding_a_banner_or_marchers_mobilised_is_no_deployment() -> None:
    # "une banderole a été déployée": unfolded, no forces; "les manifestants étaient très mobilisés": a turnout
    doc = _run("À Namur, une banderole a été déployée devant le ministère belge des Finances.")
    assert "MOBILIZE" not in _types(doc)
    doc = _run("Les agriculteurs belges étaient très mobilisés lundi à Namur.")
    assert "MOBILIZE" not in _types(doc)
    doc = _run("Mille policiers belges ont été déployés lundi à Namur.")
    assert "MOBILIZE" in _types(doc)


def test_resorting_to_is_no_appeal() -> None:
    # "faire appel à": to resort to someone, not to call on them
    doc = _run("Le gouvernement malien a décidé de faire appel à des instructeurs russes.")
    assert "REQUEST" not in _types(doc)


def test_challenged_halted_or_rescued_is_no_coercion() -> None:
    # "interpellé à l'Assemblée": questioned by deputies, not arrested
    doc = _run("Interpellé à l'Assemblée, le ministre belge de l'Intérieur a défendu la police.")
    assert "COERCE" not in _types(doc)
    # "arrête" folds like "arrêté": "l'histoire s'arrête", "qu'il arrête de dire"
    doc = _run("Pour le ministre malien, la coopération avec la France s'arrête là.")
    assert "COERCE" not in _types(doc)
    # "évacué par les pompiers": rescued, not cleared by force
    doc = _run("Le manifestant belge a été évacué par les pompiers vers Namur.")
    assert "COERCE" not in _types(doc)
    doc = _run("La police belge a interpellé lundi douze manifestants à Namur.")
    assert "COERCE" in _types(doc)


def test_words_that_only_look_like_acts() -> None:
    # "à point nommé": timely, nobody appointed
    doc = _run("La visite du ministre malien vient à point nommé pour le gouvernement sénégalais.")
    assert "SUPPORT" not in _types(doc)
    # "a attaqué X en justice", "a attaqué sa proposition": a lawsuit or a criticism, no assault
    doc = _run("Le ministère belge de la Défense a attaqué Google en justice.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Le président français ne répond pas aux attaques verbales du ministre italien.")
    assert "ASSAULT" not in _types(doc)
    # "la Brigade de répression de ...": a police unit's name
    doc = _run("L'enquête est confiée à la Brigade de répression du banditisme à Marseille.")
    assert "COERCE" not in _types(doc)
    # "afin de faire reculer les manifestants": pushed back by the police, no concession
    doc = _run("Les policiers belges ont avancé afin de faire reculer les manifestants à Namur.")
    assert "CONCEDE" not in _types(doc)


def test_a_summons_or_an_expected_turnout_is_no_event() -> None:
    # "convoqué devant le tribunal": a court summons, not a meeting
    doc = _run("Le militant belge a été convoqué devant le tribunal correctionnel de Namur.")
    assert "CONSULT" not in _types(doc)
    # "la mobilisation attendue samedi", "prévoyant de manifester": still to come
    doc = _run("Le préfet belge a fermé l'autoroute face à la mobilisation attendue samedi à Namur.")
    assert "PROTEST" not in _types(doc)


def test_expected_and_future_events_and_the_accused() -> None:
    # "une nouvelle manifestation ... est attendue", "la capitale verra le retour des blindés": still to come
    doc = _run("Samedi, une nouvelle manifestation des agriculteurs belges est attendue à Namur.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Bruxelles verra le retour des véhicules blindés de la police belge.")
    assert "MOBILIZE" not in _types(doc)
    # "Accusé parfois de cynisme, l'écrivain ...": the participle names the accused, no accuser
    doc = _run("Accusé parfois de cynisme, l'écrivain belge vit depuis dix ans à Namur.")
    assert "ACCUSE" not in _types(doc)


def test_the_town_of_vise_is_no_target() -> None:
    # "à Visé" folds like "a visé": only "a visé la / les / des ..." is a strike aimed at something
    doc = _run("Un manifestant belge est mort vendredi soir à Visé, près de Liège.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("L'armée turque a visé les positions kurdes en Syrie.")
    assert "ASSAULT" in _types(doc)


def test_declining_to_comment_is_no_rejection() -> None:
    # "a refusé de répondre / de commenter": silence rejects nobody
    doc = _run("Le ministre belge a refusé de commenter la décision du gouvernement néerlandais.")
    assert "REJECT" not in _types(doc)
    doc = _run("Le ministre belge a refusé la proposition du gouvernement néerlandais.")
    assert ("REJECT", "BEL", "NLD") in _pairs(doc)


def test_the_edge_of_a_march_or_information_received_is_no_meeting() -> None:
    # "en marge de manifestations": beside a march, not on the sidelines of a summit
    doc = _run("Des violences ont éclaté en marge de la manifestation des agriculteurs belges à Namur.")
    assert "CONSULT" not in _types(doc)
    # "a reçu beaucoup d'informations": what one receives is no visitor
    doc = _run("Le ministre belge a reçu beaucoup d'informations du gouvernement néerlandais.")
    assert "CONSULT" not in _types(doc)


def test_a_weapon_or_an_air_raid_siren_is_no_attack() -> None:
    # "un fusil d'assaut": a weapon; "les sirènes des raids aériens": an alert
    doc = _run("Un fusil d'assaut a été dérobé dans une voiture de la police belge à Namur.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Les sirènes des raids aériens ont retenti lundi à Kiev, selon le président ukrainien.")
    assert "ASSAULT" not in _types(doc)


def test_dissolving_parliament_or_being_struck_by_something_is_no_coercion_or_beating() -> None:
    # "la dissolution de l'Assemblée nationale": an election called or asked for, no group banned
    doc = _run("L'opposition belge réclame la dissolution du Parlement fédéral.")
    assert "COERCE" not in _types(doc)
    # "particulièrement frappé par", "frappé au cœur": a figure of speech
    doc = _run("Le ministre belge a été particulièrement frappé par le choix du gouvernement néerlandais.")
    assert "ASSAULT" not in _types(doc)


def test_a_military_parade_is_no_protest() -> None:
    # "défilé militaire", "défilé de la victoire", "le défilé des intervenants": no march of protest
    doc = _run("Le président sénégalais a assisté au défilé militaire de Dakar avec le président malien.")
    assert "PROTEST" not in _types(doc)


def test_accuse_par_names_the_accuser_after_par() -> None:
    # "accusé" folds like "accuse": with "par" after it, the one after "par" accuses
    doc = _run("Le président syrien est accusé par les États-Unis d'avoir utilisé des armes chimiques.")
    assert ("ACCUSE", "USA", "SYR") in _pairs(doc)


# --- recall: forms of events that had no record ---------------------------------------------


def test_a_filtering_roadblock_is_a_protest() -> None:
    # "des barrages filtrants", "une opération escargot": a blockade named as such, without "barrage" alone
    # (a dam, "faire barrage à")
    doc = _run("Des agriculteurs belges ont organisé des barrages filtrants près de Namur.")
    assert ("PROTEST", "BEL", "BEL") in _pairs(doc)
    doc = _run("Le Premier ministre belge veut faire barrage au projet du gouvernement néerlandais.")
    assert "PROTEST" not in _types(doc)


def test_a_u_turn_or_a_freeze_of_a_rise_is_a_concession() -> None:
    # "a fait machine arrière", "a annoncé le gel de la hausse": a government giving way, said by an image or
    # by the measure suspended
    doc = _run("Le gouvernement belge a fait machine arrière face aux syndicats néerlandais.")
    assert ("CONCEDE", "BEL", "NLD") in _pairs(doc)
    doc = _run("Le Premier ministre belge a annoncé le gel de la hausse des taxes réclamé par les syndicats néerlandais.")
    assert ("CONCEDE", "BEL", "NLD") in _pairs(doc)


def test_once_again_inside_the_perfect_tense() -> None:
    # "a une nouvelle fois condamné", "ont à plusieurs reprises réclamé": skippable like "de nouveau"
    doc = _run("Le ministre belge a une nouvelle fois condamné la décision du gouvernement néerlandais.")
    assert ("ACCUSE", "BEL", "NLD") in _pairs(doc)
    doc = _run("Les syndicats belges ont à plusieurs reprises réclamé des moyens au gouvernement néerlandais.")
    assert ("REQUEST", "BEL", "NLD") in _pairs(doc)


def test_an_appeal_in_the_pluperfect() -> None:
    # "avait appelé à", "avait appelé les ... à": the appeal made; not "où il avait appelé à" (the appeal behind
    # another fact)
    doc = _run("Les syndicats belges avaient appelé le gouvernement néerlandais à rouvrir la frontière.")
    assert ("REQUEST", "BEL", "NLD") in _pairs(doc)
    doc = _run("Le militant belge a été arrêté à Bruxelles, où il avait appelé à manifester contre le gouvernement.")
    assert "REQUEST" not in _types(doc)


def test_the_pluperfect_of_statements_and_protests() -> None:
    # "avait refusé", "avaient manifesté", "avait salué": the pluperfect of the perfect forms, with their entries'
    # exceptions; not "avaient manifesté l'envie de" (shown, not marched)
    doc = _run("Le ministre belge avait refusé la proposition du gouvernement néerlandais.")
    assert ("REJECT", "BEL", "NLD") in _pairs(doc)
    doc = _run("Le Premier ministre belge avait salué la décision du gouvernement néerlandais.")
    assert ("SUPPORT", "BEL", "NLD") in _pairs(doc)
    doc = _run("Des agriculteurs belges avaient manifesté l'envie de rencontrer le ministre néerlandais.")
    assert "PROTEST" not in _types(doc)


def test_the_plural_of_perfect_forms() -> None:
    # "ont appelé le gouvernement à", "ont sommé", "ont soutenu": the plural beside the singular; not "ont bravé la
    # pluie" (out in the rain, no defiance)
    doc = _run("Les syndicats belges ont appelé le gouvernement néerlandais à rouvrir la frontière.")
    assert ("REQUEST", "BEL", "NLD") in _pairs(doc)
    doc = _run("Les partis belges ont soutenu la candidature du ministre néerlandais.")
    assert ("SUPPORT", "BEL", "NLD") in _pairs(doc)
    doc = _run("Des centaines d'agriculteurs belges ont bravé la pluie devant le Parlement néerlandais.")
    assert "REJECT" not in _types(doc)


def test_marchers_blocking_a_road_is_a_protest() -> None:
    # "des agriculteurs ont bloqué l'autoroute": the blockade reported, with no target named; not the police closing a road
    doc = _run("Des centaines d'agriculteurs belges ont bloqué l'autoroute près de Namur.")
    assert ("PROTEST", "BEL", "BEL") in _pairs(doc)
    doc = _run("À Namur, les forces de l'ordre ont bloqué l'accès au centre-ville.")
    assert "PROTEST" not in _types(doc)


def test_marchers_throwing_stones_at_the_police_is_an_assault() -> None:
    # "des manifestants ont jeté des pierres sur les policiers": the crowd's attack, its authors named
    doc = _run("À Namur, des agriculteurs belges ont jeté des pierres sur les policiers néerlandais.")
    assert ("ASSAULT", "BEL", "NLD") in _pairs(doc)


def test_criticism_rejection_and_demands_in_the_passive() -> None:
    # "critiqué par", "rejeté par", "réclamé par": the one after "par" criticises, rejects or demands
    doc = _run("Le projet néerlandais a été vivement critiqué par le gouvernement belge.")
    assert ("ACCUSE", "BEL", "NLD") in _pairs(doc)
    doc = _run("Le plan du gouvernement néerlandais a été rejeté par le Parlement belge.")
    assert ("REJECT", "BEL", "NLD") in _pairs(doc)
    doc = _run("La démission du ministre néerlandais est réclamée par les syndicats belges.")
    assert ("REQUEST", "BEL", "NLD") in _pairs(doc)


def test_condemned_by_a_government_or_by_a_court() -> None:
    # "condamné par le gouvernement": a condemnation voiced; "condamné par le tribunal": a sentence, no statement
    doc = _run("Les tirs néerlandais ont été fermement condamnés par le gouvernement belge.")
    assert ("ACCUSE", "BEL", "NLD") in _pairs(doc)
    doc = _run("Le militant néerlandais a été condamné par le tribunal de Namur pour vol.")
    assert "ACCUSE" not in _types(doc)


def test_calling_something_unacceptable_is_a_condemnation() -> None:
    # "a qualifié ... d'intolérables", "a jugé inadmissible": with the word of condemnation only
    doc = _run("Le ministre belge a qualifié d'intolérables les propos du député néerlandais.")
    assert ("ACCUSE", "BEL", "NLD") in _pairs(doc)
    doc = _run("Le ministre belge a jugé utile de rencontrer le député néerlandais.")
    assert "ACCUSE" not in _types(doc)


def test_marchers_clashing_with_the_police_is_a_riot() -> None:
    # "ont affronté les forces de l'ordre": a clash with the police, as "affrontements avec la police"
    doc = _run("À Namur, des centaines d'agriculteurs belges ont affronté les forces de l'ordre devant le Parlement.")
    assert ("PROTEST", "BEL", "BEL") in _pairs(doc)


def test_a_police_grenade_is_a_repression() -> None:
    # "une grenade de désencerclement", like "LBD": the police weapon, a record only with two sides named
    doc = _run("Un agriculteur néerlandais a été touché par une grenade de désencerclement de la police belge.")
    assert "COERCE" in _types(doc)


def test_police_sent_as_reinforcements_is_a_mobilisation() -> None:
    # "ont été envoyés en renfort", "l'envoi en renfort de gendarmes": forces moved to a place
    doc = _run("Des policiers belges ont été envoyés en renfort à Namur pour encadrer la manifestation des agriculteurs.")
    assert "MOBILIZE" in _types(doc)


def test_an_elided_de_after_the_verb() -> None:
    # "recommande d'élargir", "a promis d'aider": the form written "recommande d" finds the elided "de"
    doc = _run("Le gouvernement belge recommande d'élargir les sanctions contre le gouvernement néerlandais.")
    assert ("REQUEST", "BEL", "NLD") in _pairs(doc)
    doc = _run("Le ministre belge a promis d'aider le gouvernement néerlandais.")
    assert ("AGREE", "BEL", "NLD") in _pairs(doc)


def test_the_present_plural_of_statement_verbs() -> None:
    # "déplorent", "s'opposent à", "exhortent": the third person plural beside the singular
    doc = _run("Les syndicats belges déplorent la décision du gouvernement néerlandais.")
    assert ("ACCUSE", "BEL", "NLD") in _pairs(doc)
    doc = _run("Les partis belges s'opposent à la proposition du gouvernement néerlandais.")
    assert ("REJECT", "BEL", "NLD") in _pairs(doc)


def test_the_police_stepping_in_on_places_is_a_repression() -> None:
    # "les gendarmes sont intervenus sur plusieurs quartiers": the intervention reported even with nobody named opposite;
    # not "est intervenu sur une radio" (he spoke)
    doc = _run("À Namur, les policiers belges sont intervenus sur plusieurs ronds-points occupés.")
    assert "COERCE" in _types(doc)
    doc = _run("Le ministre belge est intervenu sur la radio publique néerlandaise.")
    assert "COERCE" not in _types(doc)


def test_holding_someone_responsible_with_the_accused_in_between() -> None:
    # "tient le gouvernement russe pour responsable": the accused stands between the verb and "pour responsable";
    # "je tiens X pour responsable" in a quotation is the speaker's accusation; "tient à remercier" is no accusation
    doc = _run("Le président ukrainien tient le gouvernement russe pour responsable du blocage des ports.")
    assert ("ACCUSE", "UKR", "RUS") in _pairs(doc)
    doc = _run("« Je tiens le président colombien pour responsable de toute violence », a déclaré le président vénézuélien Nicolas Maduro.")
    assert ("ACCUSE", "VEN", "COL") in _pairs(doc)
    doc = _run("Le club belge tient à remercier les supporters néerlandais.")
    assert "ACCUSE" not in _types(doc)


def test_a_standing_ovation_is_support() -> None:
    # "ont ovationné le président", "lui ont fait une standing ovation": public support
    doc = _run("Les militants du parti belge ont ovationné le président néerlandais à son arrivée.")
    assert ("SUPPORT", "BEL", "NLD") in _pairs(doc)


def test_the_present_of_deny() -> None:
    # "nie avoir", "nient ces accusations", "réfute": a denial; "niant" only before "tout" / "avoir"
    # ("en niant leur expérience" is disregarding), not "nient ou négligent"
    doc = _run("Le gouvernement belge nie avoir espionné le gouvernement néerlandais.")
    assert ("REJECT", "BEL", "NLD") in _pairs(doc)
    doc = _run("Le ministre belge réfute les accusations du gouvernement néerlandais.")
    assert ("REJECT", "BEL", "NLD") in _pairs(doc)
    doc = _run("Les managers belges humilient les ouvriers néerlandais en niant leur expérience.")
    assert "REJECT" not in _types(doc)


def test_calling_someone_to_act_in_the_present() -> None:
    # "appelle le gouvernement néerlandais à", "appelle ses partisans à": the one called stands between the verb and "à";
    # "ce qu'on appelle la politique monétaire" names a thing; "j'appelle les ..." stays the speaker's request
    doc = _run("Le ministre belge appelle le Premier ministre néerlandais à rouvrir la frontière.")
    assert ("REQUEST", "BEL", "NLD") in _pairs(doc)
    doc = _run("Le ministre belge critique ce qu'on appelle la politique monétaire du gouvernement néerlandais.")
    assert "REQUEST" not in _types(doc)
    doc = _run("« J'appelle les autorités néerlandaises à rouvrir la frontière », a déclaré le Premier ministre belge.")
    assert ("REQUEST", "BEL", "NLD") in _pairs(doc)


def test_encouraging_someone_to_act_is_a_call() -> None:
    # "a encouragé les dirigeants néerlandais à": an appeal; "encourage la chasse aux dons" favours a thing
    doc = _run("Le Premier ministre belge a encouragé les dirigeants néerlandais à reprendre le dialogue.")
    assert ("REQUEST", "BEL", "NLD") in _pairs(doc)
    doc = _run("Selon le ministre belge, la loi néerlandaise encourage la fraude aux subventions.")
    assert "REQUEST" not in _types(doc)


def test_the_police_charging_the_crowd() -> None:
    # "les policiers ont chargé les manifestants": repression; "l'a chargé de former le gouvernement" entrusts
    doc = _run("À Bruxelles, les policiers belges ont chargé les manifestants néerlandais devant le parlement.")
    assert ("COERCE", "BEL", "NLD") in _pairs(doc)
    doc = _run("Le roi des Belges a reçu le président du parti néerlandais et l'a chargé de former un gouvernement.")
    assert "COERCE" not in _types(doc)


def test_being_held_in_the_present_is_a_detention() -> None:
    # "est depuis lundi détenue", "serait détenu dans un camp": a detention; "est détenu par des fonds" is ownership
    doc = _run("Une militante néerlandaise est depuis lundi détenue par la police belge à Anvers.")
    assert ("COERCE", "BEL", "NLD") in _pairs(doc)
    doc = _run("Le groupe néerlandais est détenu par des fonds belges depuis 2015.")
    assert "COERCE" not in _types(doc)


def test_raising_the_alert_level_is_a_mobilisation() -> None:
    # "les autorités ont déclenché le niveau « urgence attentat »": the alert plan raised
    doc = _run("Mardi soir, les autorités belges ont déclenché le niveau « alerte maximale » dans tout le pays.")
    assert "MOBILIZE" in _types(doc)


def test_paying_tribute_with_au_and_aux() -> None:
    # "a rendu hommage au président sortant", "rend hommage aux policiers": "à" contracted with the article
    doc = _run("Le Premier ministre belge a rendu hommage au président néerlandais sortant.")
    assert ("SUPPORT", "BEL", "NLD") in _pairs(doc)


def test_calls_and_support_with_au_and_aux() -> None:
    # "a appelé au calme", "en appelle aux entreprises", "a renouvelé son soutien au président": "à" contracted
    doc = _run("Le Premier ministre belge a appelé au dialogue avec le gouvernement néerlandais.")
    assert "REQUEST" in _types(doc)
    doc = _run("Le gouvernement belge a renouvelé son soutien au président néerlandais.")
    assert ("SUPPORT", "BEL", "NLD") in _pairs(doc)


# --- tenth round: precision on the workload ---------------------------------------------------


def test_named_is_no_appointment() -> None:
    # "nomme" folds like "nommé": "un économiste nommé Paul Durand" only names someone
    doc = _run("Le plan belge a été rédigé avec l'aide d'un économiste néerlandais nommé Paul Durand.")
    assert "SUPPORT" not in _types(doc)


def test_invited_speaker_is_no_appeal() -> None:
    # "invite à" folds like "invité à": a guest is not asked for anything
    doc = _run("Le politologue belge, invité à un colloque à Amsterdam, a parlé du gouvernement néerlandais.")
    assert "REQUEST" not in _types(doc)
    doc = _run("Le Premier ministre belge les invite à reprendre le dialogue avec le gouvernement néerlandais.")
    assert "REQUEST" in _types(doc)


def test_removing_is_no_kidnapping() -> None:
    # "enlève" folds like "enlevé": "on enlève des recettes" removes something
    doc = _run("Selon le syndicat belge, on enlève des recettes à la sécurité sociale des Néerlandais.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Un journaliste néerlandais enlevé par des hommes armés au Mali a été libéré.")
    assert "ASSAULT" in _types(doc)


def test_embezzlement_is_no_hijacking() -> None:
    doc = _run("Le ministre belge est soupçonné de détournement de fonds publics néerlandais.")
    assert "ASSAULT" not in _types(doc)


def test_a_roundabout_is_a_place_not_a_blockade() -> None:
    # "sur les ronds-points" names where the movement gathers; a roundabout held by protesters is the act
    doc = _run("Le Premier ministre belge a évoqué une revendication apparue sur les ronds-points néerlandais.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Des policiers belges ont fait le tour d'un rond-point tenu par des manifestants néerlandais.")
    assert "PROTEST" in _types(doc)


def test_the_national_debate_is_no_meeting() -> None:
    # "le grand débat national": a consultation programme named as a frame, not a meeting held
    doc = _run("Le président belge a désigné les garants du grand débat national voulu par le roi des Belges.")
    assert "CONSULT" not in _types(doc)


def test_a_right_of_veto_is_no_veto() -> None:
    doc = _run("La Belgique n'a pas de poids au Conseil alors que la France a un droit de veto.")
    assert "REJECT" not in _types(doc)
    doc = _run("Le gouvernement belge a levé son veto à la candidature néerlandaise.")
    assert "REJECT" not in _types(doc)


def test_the_insurrection_act_is_no_uprising() -> None:
    doc = _run("Le président américain a menacé d'invoquer l'Insurrection Act contre les manifestants.")
    assert "PROTEST" not in _types(doc)


def test_a_protest_in_preparation_has_not_happened() -> None:
    # "un quatrième samedi de mobilisation se prépare": announced, not held
    doc = _run("Alors qu'un quatrième samedi de mobilisation se prépare en Belgique, le Premier ministre belge se tait.")
    assert "PROTEST" not in _types(doc)


def test_the_right_to_demonstrate_is_no_protest() -> None:
    # "le droit de manifester", "des interdictions de manifester": a right or a ban, no march held
    doc = _run("Le gouvernement belge veut limiter le droit de manifester des syndicats néerlandais.")
    assert "PROTEST" not in _types(doc)
    doc = _run("La loi permet aux préfets belges de prononcer des interdictions de manifester.")
    assert "PROTEST" not in _types(doc)


def test_diplomatic_relations_are_a_state() -> None:
    # "les relations diplomatiques dégradées entre X et Y" name a state; establishing them is the act
    doc = _run("L'immigration est au cœur des relations diplomatiques dégradées entre la Belgique et les Pays-Bas.")
    assert "SUPPORT" not in _types(doc)
    doc = _run("La Belgique et le Soudan ont établi des relations diplomatiques mardi.")
    assert "SUPPORT" in _types(doc)


def test_asking_whether_is_a_question() -> None:
    # "a demandé au chancelier s'il pouvait": a question put, not a request
    doc = _run("Le journaliste belge a demandé au Premier ministre néerlandais s'il pouvait garantir la paix.")
    assert "REQUEST" not in _types(doc)
    doc = _run("Le Premier ministre belge a demandé au gouvernement néerlandais de rouvrir la frontière.")
    assert ("REQUEST", "BEL", "NLD") in _pairs(doc)


def test_as_they_are_called_is_no_appeal() -> None:
    # "comme on appelle les forces militaires du pays": a name given
    doc = _run("Les Forces belges d'autodéfense (comme on appelle les forces militaires du pays) défilent à Bruxelles.")
    assert "REQUEST" not in _types(doc)


def test_a_simple_future_before_the_event_noun() -> None:
    # "commencera la journée par une visite", "recevra un message de condoléances": announced, not done
    doc = _run("Le roi des Belges commencera la journée par une visite à La Haye chez le roi néerlandais.")
    assert "CONSULT" not in _types(doc)
    doc = _run("La Belgique paiera cher pour rejoindre les sanctions contre les Pays-Bas.")
    assert "SANCTION" not in _types(doc)


def test_society_and_justice_alone_are_no_bodies() -> None:
    # "la société" (society), "la justice fiscale", "l'autorité de l'État": no body without a country beside it
    doc = _run("Le Premier ministre belge a rejeté la vision d'une société multi-ethnique.")
    assert not any((e["recipient"] or {}).get("name_raw") == "société" for e in doc.events)
    doc = _run("Les syndicats belges ont manifesté mardi pour obtenir la justice fiscale.")
    assert not any((e["recipient"] or {}).get("name_raw") == "justice" for e in doc.events)
    doc = _run("La société chinoise a signé un accord avec le gouvernement belge.")
    assert ("AGREE", "CHN", "BEL") in _pairs(doc)


def test_a_peak_or_the_council_head_is_no_summit() -> None:
    # "le président du Conseil européen" names the body's head; "le sommet de la tension" is a peak
    doc = _run("Le Premier ministre belge a parlé avec le président du Conseil européen, Charles Michel.")
    assert not any(e["trigger"]["text"].lower() == "conseil européen" for e in doc.events)
    doc = _run("Le 8 décembre a marqué le sommet de la tension entre les manifestants belges et le gouvernement belge.")
    assert "CONSULT" not in _types(doc)


def test_a_linked_headline_is_no_part_of_the_story() -> None:
    # "» ENQUÊTE - ...", "» EN DIRECT - ...": the title of another article on its own line
    doc = _run("Le Premier ministre belge a rencontré le président néerlandais à Bruxelles.\n\n"
               "» ENQUÊTE - Comment le gouvernement belge a cédé face aux manifestants néerlandais\n\n"
               "Les deux hommes ont parlé de la frontière.")
    assert "CONCEDE" not in _types(doc)
    assert "CONSULT" in _types(doc)


def test_ready_or_available_to_meet_has_not_met() -> None:
    # "s'est dit prêt mercredi à recevoir", "se sont déclarés disponibles pour rencontrer": an offer
    doc = _run("Le Premier ministre belge s'est dit prêt mercredi à recevoir le président néerlandais.")
    assert "CONSULT" not in _types(doc)
    doc = _run("Les ministres belges se sont déclarés disponibles pour rencontrer le président néerlandais.")
    assert "CONSULT" not in _types(doc)


def test_banning_demonstrations_is_no_demonstration() -> None:
    doc = _run("Le ministre belge veut interdire les manifestations des agriculteurs néerlandais à Bruxelles.")
    assert "PROTEST" not in _types(doc)


def test_providing_context_or_an_interview_is_no_aid() -> None:
    # "fournit un contexte", "a accordé une interview", "l'explication offerte par": no aid given
    doc = _run("Le rapport belge fournit un contexte historique sur la neutralité des Pays-Bas.")
    assert "AID" not in _types(doc)
    doc = _run("La Belgique fournit environ un cinquième des exportations de gaz vers les Pays-Bas.")
    assert "AID" not in _types(doc)
    doc = _run("L'explication offerte par le ministre belge n'a pas convaincu le gouvernement néerlandais.")
    assert "AID" not in _types(doc)


def test_figurative_shots_and_blows_are_no_attack() -> None:
    # "a tiré la sonnette d'alarme", "je suis frappé par la façon dont", "la force de frappe du pouvoir"
    doc = _run("L'industrie chimique belge a tiré la sonnette d'alarme face aux Pays-Bas.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Je suis frappé par la façon dont les ministres belges parlent des Pays-Bas.")
    assert "ASSAULT" not in _types(doc)


def test_the_newspaper_liberation_is_no_release() -> None:
    # "annonce Libération", "tandis que Libération affiche": the daily, not a prisoner freed
    doc = _run("Le ministre belge est à la une des quotidiens samedi, annonce Libération, et le gouvernement néerlandais se tait.")
    assert "CONCEDE" not in _types(doc)
    doc = _run("Le Soir titre sur la Belgique, tandis que Libération affiche le président néerlandais.")
    assert "CONCEDE" not in _types(doc)


def test_the_debate_on_riot_weapons_is_no_repression() -> None:
    # "a défendu l'usage du LBD", "la suspension du LBD-40": the weapon debated, not fired
    doc = _run("Le ministre belge a défendu l'usage du LBD contre les manifestants néerlandais.")
    assert "COERCE" not in _types(doc)
    doc = _run("À Bruxelles, les policiers belges ont fait usage de LBD contre les manifestants néerlandais.")
    assert "COERCE" in _types(doc)


def test_a_feared_or_planned_attack_has_not_happened() -> None:
    # "un nouvel attentat était redouté", "un djihadiste planifiait un attentat", "urgence attentat" (an alert level)
    doc = _run("À Bruxelles, un nouvel attentat était redouté par les services belges et néerlandais.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Un djihadiste néerlandais planifiait un attentat en Belgique.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Le gouvernement belge a relevé le niveau d'alerte à « urgence attentat » après l'appel néerlandais.")
    assert "ASSAULT" not in _types(doc)


def test_an_agreement_ruled_out_or_opposed_has_not_happened() -> None:
    # "un accord avec la Russie est hors de question", "opposés à un accord de paix", "sur le point de lancer"
    doc = _run("Selon le ministre belge, un accord avec les Pays-Bas est hors de question.")
    assert "AGREE" not in _types(doc)
    doc = _run("Les Belges sont massivement opposés à un accord de paix avec les Pays-Bas.")
    assert "AGREE" not in _types(doc)
    doc = _run("L'armée belge était sur le point de lancer une offensive sur les Pays-Bas.")
    assert "ASSAULT" not in _types(doc)


def test_lifting_an_embargo_is_no_sanction() -> None:
    doc = _run("La Belgique réclame la levée immédiate de l'embargo sur les armes imposé par les Pays-Bas.")
    assert "SANCTION" not in _types(doc)


def test_receiving_things_is_no_visit() -> None:
    # "reçoivent un accueil glacial", "a reçu le feu vert", "reçoivent un entraînement": no visitor received
    doc = _run("Les ministres belges ont reçu un accueil glacial des syndicats néerlandais.")
    assert "CONSULT" not in _types(doc)
    doc = _run("La mission belge a reçu le feu vert des Pays-Bas pour agir.")
    assert "CONSULT" not in _types(doc)


def test_record_highs_are_no_summit() -> None:
    doc = _run("La popularité du Premier ministre belge atteint des sommets historiques face aux Pays-Bas.")
    assert "CONSULT" not in _types(doc)


def test_showing_a_feeling_is_no_demonstration() -> None:
    # "a manifesté sa fierté", "les craintes se manifestent", "elle se défile": no march
    doc = _run("Le Premier ministre belge a manifesté sa fierté devant le roi des Pays-Bas.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Les craintes des Belges face aux Pays-Bas se manifestent également.")
    assert "PROTEST" not in _types(doc)


def test_delivering_an_opinion_is_no_aid() -> None:
    doc = _run("Le Premier ministre belge a livré son ressenti sur le président néerlandais.")
    assert "AID" not in _types(doc)


def test_calling_out_someone_is_no_arrest() -> None:
    # "interpelle" folds like "interpellé": "il interpelle le ministre", "interpellé par l'opposition" are words
    doc = _run("Au Parlement, il interpelle le Premier ministre belge sur la frontière néerlandaise.")
    assert "COERCE" not in _types(doc)
    doc = _run("Interpellé par l'opposition, le Premier ministre belge a défendu son accord avec les Pays-Bas.")
    assert "COERCE" not in _types(doc)
    doc = _run("À Anvers, un militant néerlandais interpellé par la police belge a été placé en garde à vue.")
    assert "COERCE" in _types(doc)


def test_a_critical_mass_is_no_criticism() -> None:
    # "le collectif Quantité critique", "la pensée critique": an adjective, not a criticism
    doc = _run("Le collectif belge Quantité critique a étudié les manifestants néerlandais.")
    assert "ACCUSE" not in _types(doc)


def test_a_ban_asked_for_is_no_ban() -> None:
    # "saisi d'une demande d'interdiction", "a préconisé l'interdiction": proposed, not imposed
    doc = _run("Le ministre belge a préconisé l'interdiction des grenades utilisées contre les manifestants néerlandais.")
    assert "COERCE" not in _types(doc)
    assert "SANCTION" not in _types(doc)


def test_not_ruled_out_has_not_happened() -> None:
    # "le couvre-feu n'est pas exclu", "l'appel à l'armée n'a pas été écarté": a possibility
    doc = _run("À Bruxelles, selon le ministre belge, un couvre-feu n'est pas exclu face aux manifestants néerlandais.")
    assert "COERCE" not in _types(doc)


def test_a_meeting_tried_or_refused_has_not_been_held() -> None:
    # "pour tenter de rencontrer", "une fin de non-recevoir": no meeting held
    doc = _run("Les syndicats belges ont formé une équipe pour tenter de rencontrer le Premier ministre néerlandais.")
    assert "CONSULT" not in _types(doc)
    doc = _run("Le gouvernement belge a opposé une fin de non recevoir à une délégation néerlandaise.")
    assert "CONSULT" not in _types(doc)


def test_a_foiled_or_conditional_attack_has_not_happened() -> None:
    # "pour avoir déjoué l'attaque", "dans le cas d'une attaque armée", "la ligne d'attaque du parti"
    doc = _run("Trois Belges ont été décorés pour avoir déjoué l'attaque d'un djihadiste néerlandais dans un train.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("La loi belge prévoit l'état de guerre dans le cas d'une attaque armée contre la Belgique par les Pays-Bas.")
    assert "ASSAULT" not in _types(doc)


def test_a_risk_is_no_threat() -> None:
    # "la crise qui menace de plonger le pays", "le mouvement menace de se prolonger": a risk, not a threat made
    doc = _run("La crise des agriculteurs belges menace de plonger le gouvernement néerlandais dans le chaos.")
    assert "THREATEN" not in _types(doc)
    doc = _run("Le Premier ministre belge menace de fermer la frontière avec les Pays-Bas.")
    assert "THREATEN" in _types(doc)


def test_market_demand_is_no_request() -> None:
    doc = _run("Les prix belges montent avec la demande mondiale de céréales néerlandaises.")
    assert "REQUEST" not in _types(doc)


def test_protesters_quoted_as_a_source_are_no_protest() -> None:
    # "selon les manifestants, ...": the protesters as a source, not a march reported
    doc = _run("Un droit qui, selon les manifestants belges, ne serait pas garanti aux Pays-Bas.")
    assert "PROTEST" not in _types(doc)


def test_an_appeal_to_someone_named_without_article() -> None:
    # "avait appelé Joe Biden à", "appelle donc le gouvernement à": the one called on is named bare, or an
    # adverb stands between; "à" must follow closely; not "s'appelle", "ce qu'on appelle", "l'avait appelé"
    doc = _run("Le président chinois avait appelé Joe Biden à la retenue.")
    assert ("REQUEST", "CHN", "USA") in _pairs(doc)
    doc = _run("Le Premier ministre belge appelle donc le gouvernement néerlandais à rouvrir la frontière.")
    assert ("REQUEST", "BEL", "NLD") in _pairs(doc)
    doc = _run("Le ministre belge l'avait appelé dimanche pour parler du sommet à Amsterdam avec les Néerlandais.")
    assert "REQUEST" not in _types(doc)
    doc = _run("Le gouvernement belge refuse ce qu'on appelle à La Haye la solution néerlandaise.")
    assert "REQUEST" not in _types(doc)


def test_more_adverbs_inside_the_perfect_tense() -> None:
    # "a donc appelé", "a vertement critiqué", "ont rapidement rejeté", "a ouvertement soutenu": cut out before matching
    doc = _run("Le ministre belge a vertement critiqué le gouvernement néerlandais.")
    assert ("ACCUSE", "BEL", "NLD") in _pairs(doc)
    doc = _run("Le gouvernement belge a catégoriquement rejeté la proposition néerlandaise.")
    assert ("REJECT", "BEL", "NLD") in _pairs(doc)
    doc = _run("Le président belge a ouvertement soutenu le gouvernement néerlandais.")
    assert ("SUPPORT", "BEL", "NLD") in _pairs(doc)


def test_what_is_faced_is_the_background() -> None:
    # "face aux casseurs", "en réaction aux attentats", "dans la foulée des manifestations": what the main verb
    # answers, not the news of the sentence
    doc = _run("Face aux casseurs, les autorités belges ont déployé des policiers à Bruxelles.")
    assert ("MOBILIZE", "BEL", "BEL") in _pairs(doc)
    assert "PROTEST" not in _types(doc)


def test_the_speaker_of_an_incise_acts() -> None:
    # "« ... », a dénoncé le ministre belge": the speaker after the verb of the incise acts, whoever the
    # quotation names is the other side (was read the other way round); the quotation's "doit" is what
    # was said, not the modality of "a exhorté"
    doc = _run("« Le gouvernement néerlandais nous ment », a dénoncé le ministre belge de l'Intérieur.")
    assert _pairs(doc) == [("ACCUSE", "BEL", "NLD")]
    doc = _run("« Les Pays-Bas ont fait un travail remarquable », a salué le ministre belge de l'Intérieur.")
    assert _pairs(doc) == [("SUPPORT", "BEL", "NLD")]
    doc = _run("« Le gouvernement néerlandais doit rouvrir la frontière », a exhorté le ministre belge de l'Intérieur.")
    assert ("REQUEST", "BEL", "NLD") in _pairs(doc)


def test_a_participle_after_a_quotation_is_no_incise() -> None:
    # "..., a jugé que l'affaire était « grave », accusant le président ...": the participle shares the
    # subject named before it
    doc = _run("Le ministre belge a jugé la situation « très grave », accusant le gouvernement néerlandais.")
    assert ("ACCUSE", "BEL", "NLD") in _pairs(doc)


def test_an_inverted_pronoun_speaks_in_the_incise() -> None:
    # "« ... », déplore-t-il", "a-t-elle exhorté": the pronoun glued to the verb stands for the last person
    # named before the quotation
    doc = _run("Le ministre belge Jan Peeters était à Bruxelles. « Le gouvernement néerlandais nous ment », déplore-t-il.")
    assert ("ACCUSE", "BEL", "NLD") in _pairs(doc)
    doc = _run("La ministre belge Anne Peeters était à Bruxelles. "
               "« Les Pays-Bas doivent rouvrir la frontière », a-t-elle exhorté.")
    assert ("REQUEST", "BEL", "NLD") in _pairs(doc)
    doc = _run("Que dénonce-t-il exactement ?")
    assert "ACCUSE" not in _types(doc)


def test_a_quoted_term_opens_no_incise() -> None:
    # "l'un des « gilets jaunes », a appelé à": a quoted term of one or two words, not words said; the
    # subject stays the one named before it
    doc = _run("Le ministre belge, l'un des « faucons budgétaires », a appelé le gouvernement néerlandais à la retenue.")
    assert ("REQUEST", "BEL", "NLD") in _pairs(doc)


def test_hollande_is_the_former_president() -> None:
    # "M. Hollande", "le président Hollande": in French news François Hollande, not the Netherlands
    doc = _run("M. Hollande a critiqué le gouvernement belge.")
    assert ("ACCUSE", "FRA", "BEL") in _pairs(doc)


def test_a_title_behind_an_elided_article() -> None:
    # "l'ambassadeur belge", "l'eurodéputé": the title behind "l'" is found like one behind "ex-"
    doc = _run("L'ambassadeur belge a condamné le gouvernement néerlandais.")
    assert ("ACCUSE", "BEL", "NLD") in _pairs(doc)


def test_the_speaker_after_an_abbreviated_honorific() -> None:
    # "« Je tiens ... pour responsable », a ajouté M. Dupont": the stop of "M." ends no sentence between
    # the quotation and its speaker
    doc = _run("« Je tiens le gouvernement néerlandais pour responsable de ces violences », a ajouté M. Jan Peeters, "
               "ministre belge de l'Intérieur.")
    assert ("ACCUSE", "BEL", "NLD") in _pairs(doc)


def test_ruling_out_is_a_rejection() -> None:
    # "a exclu toute indulgence", "a exclu de revenir dessus": ruled out; not "le parti a exclu le député"
    doc = _run("Le Premier ministre belge a exclu tout retour de la taxe réclamée par les syndicats néerlandais.")
    assert ("REJECT", "BEL", "NLD") in _pairs(doc)
    doc = _run("Le parti belge a exclu le député néerlandais.")
    assert "REJECT" not in _types(doc)


def test_sending_is_aid_only_with_relief_behind_it() -> None:
    # "a envoyé ses policiers", "a envoyé un courrier", "a envoyé une mission d'enquête": no aid;
    # "a envoyé de l'aide humanitaire" stays one
    doc = _run("Le gouvernement belge a envoyé ses policiers pour disperser les manifestants néerlandais.")
    assert "AID" not in _types(doc)
    doc = _run("Le gouvernement belge a envoyé une lettre au gouvernement néerlandais.")
    assert "AID" not in _types(doc)
    doc = _run("Le gouvernement belge a envoyé de l'aide humanitaire aux Pays-Bas.")
    assert ("AID", "BEL", "NLD") in _pairs(doc)


def test_a_figure_that_exploded_is_no_bombing() -> None:
    # "le nombre des pillards a explosé": a figure; "un obus a explosé" stays an attack
    doc = _run("Selon le ministère belge, le nombre des pillards néerlandais a carrément explosé.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Un obus tiré par l'armée belge a explosé dans un village néerlandais.")
    assert "ASSAULT" in _types(doc)


def test_calling_for_solutions_is_no_request() -> None:
    # "la seconde appelle des solutions à trouver": wished for, no one called on to act
    doc = _run("Une fédération belge appelle des solutions durables à trouver avec les Pays-Bas.")
    assert "REQUEST" not in _types(doc)
    doc = _run("Le ministre belge appelle les Pays-Bas à la retenue.")
    assert ("REQUEST", "BEL", "NLD") in _pairs(doc)


def test_a_participle_after_the_main_clause_has_its_subject() -> None:
    # "Les dirigeants italiens ont multiplié les affronts envers l'exécutif français, saluant ...": the
    # leaders greet, not the executive named last before the comma ("dirigeants" is a title)
    doc = _run("Les dirigeants belges ont multiplié les critiques envers le gouvernement néerlandais, "
               "saluant le mouvement des agriculteurs qui secoue les Pays-Bas.")
    assert ("SUPPORT", "BEL", "NLD") in _pairs(doc)
    assert ("SUPPORT", "NLD", "BEL") not in _pairs(doc)


def test_a_state_described_as_member_of_an_alliance_is_the_subject() -> None:
    # "la Turquie, membre de l'OTAN, qui ..., a refusé": the alliance only describes the state
    doc = _run("Par exemple, la Belgique, membre de l'OTAN, qui a rejoint l'alliance il y a des décennies, "
               "a refusé de soutenir les sanctions contre les Pays-Bas.")
    assert ("REJECT", "BEL", "NLD") in _pairs(doc)
    doc = _run("En Belgique, l'OTAN a condamné les Pays-Bas.")
    assert ("ACCUSE", "BEL", "NLD") not in _pairs(doc)


def test_the_west_accused_is_no_own_government() -> None:
    # "M. Poutine a accusé l'Occident de ...": the West is no actor; the accusation is not the
    # accuser's own government's
    doc = _run("Le président biélorusse a accusé l'Occident de vouloir affaiblir la Biélorussie.")
    assert ("ACCUSE", "BLR", "BLR") not in _pairs(doc)
    doc = _run("Le président biélorusse a reproché aux Occidentaux leur politique.")
    assert ("ACCUSE", "BLR", "BLR") not in _pairs(doc)
    doc = _run("Le président biélorusse a accusé la Pologne de vouloir affaiblir la Biélorussie.")
    assert ("ACCUSE", "BLR", "POL") in _pairs(doc)
    doc = _run("Le président biélorusse a lancé des avertissements à l'Occident, qu'il accuse de vouloir affaiblir la Biélorussie.")
    assert ("ACCUSE", "BLR", "BLR") not in _pairs(doc)


def test_where_the_subject_came_back_from_is_no_side() -> None:
    # "de retour de", "rentré d'un déplacement en": the trip is behind the subject, its country no side
    doc = _run("Le président français, de retour du Chili, réunit lundi le gouvernement pour une réunion de crise.")
    assert not any("CHL" in p for p in _pairs(doc))
    doc = _run("Le président français, tout juste rentré d'un déplacement au Chili, a réuni ses ministres.")
    assert not any("CHL" in p for p in _pairs(doc))
    doc = _run("Le président français a effectué une visite au Chili.")
    assert ("CONSULT", "FRA", "CHL") in _pairs(doc)


def test_an_opening_clause_praise_is_the_main_subject_s() -> None:
    # "Après avoir salué X, Y a demandé ...": two acts of Y
    doc = _run("Après avoir salué le travail des policiers belges, le Premier ministre français Jean Dupont "
               "a demandé aux syndicats de rester calmes.")
    assert ("SUPPORT", "FRA", "BEL") in _pairs(doc)


def test_who_came_along_is_no_side() -> None:
    # "..., accompagné du ministre X et du secrétaire d'État Y": the subject's company, no partner
    doc = _run("Le président Jean Dupont s'est rendu au pied du monument, accompagné du ministre de l'Intérieur "
               "Paul Martin et du secrétaire d'État Luc Bernard.")
    assert not any(p[0] == "CONSULT" for p in _pairs(doc))
    doc = _run("Accompagné du ministre de l'Intérieur Paul Martin, le président français s'est rendu au Chili.")
    assert ("CONSULT", "FRA", "CHL") in _pairs(doc)


def test_an_honorific_before_a_capitalised_particle_names_a_surname() -> None:
    # "M. Le Maire": a surname after "M.", not the mayor of wherever the sentence is
    doc = _run("Le ministre français Paul Le Maire est arrivé samedi au Chili. "
               "M. Le Maire a eu des entretiens avec plusieurs ministres chiliens.")
    assert all(p[1] == "FRA" for p in _pairs(doc) if p[0] == "CONSULT")
    assert ("CONSULT", "FRA", "CHL") in _pairs(doc)


def test_a_place_inside_a_name_or_a_route_is_no_side() -> None:
    # "le pacte de Marrakech": the place names the pact; "l'axe Lyon-Madrid": a route, not Madrid's government
    doc = _run("Des manifestants belges ont défilé contre le pacte de Dakar.")
    assert not any("SEN" in p for p in _pairs(doc))
    doc = _run("Des manifestants belges ont bloqué l'autoroute sur l'axe Liège-Madrid.")
    assert not any("ESP" in p for p in _pairs(doc))


def test_a_cued_day_and_month_is_the_coming_one() -> None:
    # "dans l'attente de son procès le 13 février": the trial is ahead; the attack it is about happened
    doc = analyse_text("La cour d'appel a ordonné mercredi le maintien en détention du boxeur français, dans l'attente "
                       "de son procès le 13 février pour l'agression de deux gendarmes à Paris.", "fr", published="2019-01-30")
    assert any(d.value == "2019-02-13" and d.future for d in doc.dates)
    assert any(e["event_type"] == "ASSAULT" for e in doc.events)
    doc = analyse_text("Le boxeur a été arrêté le 13 février à Paris.", "fr", published="2019-01-30")
    assert any(d.value == "2018-02-13" for d in doc.dates)


def test_a_border_is_a_place_not_a_side() -> None:
    # "près de la frontière espagnole", "aux frontières avec l'Espagne, l'Italie": where it happened
    doc = _run("Des centaines de manifestants français ont bloqué un péage près de la frontière espagnole.")
    assert not any("ESP" in p for p in _pairs(doc))
    doc = _run("Des manifestants français ont bloqué les routes aux frontières avec l'Espagne, l'Italie et l'Allemagne.")
    assert not any({"ESP", "ITA", "DEU"} & set(p) for p in _pairs(doc))
    # "ou" goes on the list too ("l'Italie ou l'Allemagne"): the last country is no side either
    doc = _run("Des manifestants français ont bloqué les routes aux frontières avec l'Espagne, l'Italie ou l'Allemagne.")
    assert not any({"ESP", "ITA", "DEU"} & set(p) for p in _pairs(doc))


def test_a_night_from_one_day_to_the_next_is_one_date() -> None:
    # "dans la nuit de mardi à mercredi": one expression, the night's first day
    doc = analyse_text("Dans la nuit de mardi à mercredi, des manifestants ont attaqué des policiers à Lyon.", "fr",
                       published="2019-01-31")
    assert [d.value for d in doc.dates] == ["2019-01-29"]


def test_where_the_subject_came_back_from_is_no_place() -> None:
    # "Tout juste revenu du sommet à Santiago, le président a présidé une réunion à l'Élysée": not in Santiago
    doc = _run("Tout juste revenu du sommet de Santiago, le président français Jean Dupont a présidé une réunion "
               "de crise avec le ministre de l'Intérieur Paul Martin.")
    assert all((e.get("location") or {}).get("country") != "CHL" for e in doc.events)
    assert not any("CHL" in p for p in _pairs(doc))


def test_valence_in_french_text_is_the_town_in_drome() -> None:
    # "Valence" is Valencia's name in French too, but a French report means the town of the Drôme first
    # ("dans une zone commerciale de Valence": the town names where the business park is)
    doc = _run("Des manifestants ont agressé des policiers lors d'un rassemblement dans une zone commerciale de Valence.")
    assert not any("ESP" in p for p in _pairs(doc))
    assert any((e.get("location") or {}).get("country") == "FRA" and (e.get("location") or {}).get("name") == "Valence"
               for e in doc.events)


def test_the_state_of_talks_is_no_meeting() -> None:
    # "les discussions étaient moins avancées": how far a file has got, no talks between those the sentence names
    doc = _run("Sur le budget, une idée du président français Emmanuel Macron, le ministre Paul Martin a fait comprendre "
               "que les discussions étaient moins avancées.")
    assert "CONSULT" not in event_types(doc)
    doc = _run("Le président français Emmanuel Macron a tenu des discussions avec le chancelier allemand Olaf Scholz.")
    assert ("CONSULT", "FRA", "DEU") in _pairs(doc)


def test_a_member_suspended_by_an_organisation_is_sanctioned() -> None:
    # "l'Union africaine a suspendu le Soudan": a sanction on the named member; a measure suspended is none
    doc = _run("L'Union africaine a suspendu le Soudan après le coup d'État.")
    assert any(t == "SANCTION" and b == "SDN" for t, _a, b in _pairs(doc))
    doc = _run("Le Conseil d'État a suspendu l'interdiction des manifestations à Paris.")
    assert "SANCTION" not in event_types(doc)


def test_an_article_after_the_conjunction_keeps_the_list_of_sides() -> None:
    # "a suspendu le Mali et la Guinée", "a accusé la Russie et la Chine": one record per side listed
    doc = _run("L'Union africaine a suspendu le Mali et la Guinée après les coups d'État.")
    assert {("SANCTION", None, "MLI"), ("SANCTION", None, "GIN")} <= set(_pairs(doc))
    doc = _run("Le Pentagone américain a accusé la Russie et la Chine de diffuser de la désinformation.")
    assert {("ACCUSE", "USA", "RUS"), ("ACCUSE", "USA", "CHN")} <= set(_pairs(doc))


def test_a_country_adjective_after_strikes_names_the_attacker() -> None:
    # "les frappes russes contre l'Ukraine": the adjective, outside the trigger, is the attacker; "frappés" stays no strike
    doc = _run("Après avoir dénoncé les frappes russes contre l'Ukraine, le président français Jean Dupont a appelé à la paix.")
    assert ("ASSAULT", "RUS", "UKR") in _pairs(doc)
    assert ("ASSAULT", None, "UKR") not in _pairs(doc)
    doc = _run("Deux gendarmes frappés par des manifestants à Paris.")
    assert "ASSAULT" not in {t for t, a, b in _pairs(doc) if a != b}


def test_a_closed_border_with_a_neighbour_makes_it_the_recipient() -> None:
    # "a fermé sa frontière avec X": the marker ends the trigger, the neighbour is the recipient; with no subject
    # before the trigger the neighbour is never made the actor of a later side
    doc = _run("Le Honduras a fermé sa frontière avec le Nicaragua mardi.")
    assert ("COERCE", "HND", "NIC") in _pairs(doc)
    doc = _run("Le gouvernement hondurien a ordonné la fermeture de la frontière avec le Nicaragua.")
    assert ("COERCE", "HND", "NIC") in _pairs(doc)
    doc = _run("Outre la fermeture de la frontière avec le Nicaragua, les vols sont suspendus avec le Panama.")
    assert all(a != "NIC" for t, a, b in _pairs(doc))


def test_the_capital_given_aid_is_its_destination_not_where_the_givers_act() -> None:
    # "fournissent à Kiev des armes": the city is the recipient; an alliance with no country does not become Ukrainian
    doc = _run("Plusieurs membres de l'OTAN fournissent à Kiev des munitions.")
    assert ("AID", None, "UKR") in _pairs(doc)
    assert ("AID", "UKR", "UKR") not in _pairs(doc)


def test_a_state_organ_named_after_a_protest_noun_did_not_protest() -> None:
    # "des heurts entre manifestants et forces de l'ordre": the police faced the protesters; the protest is by
    # people of the country, still addressed to its government
    doc = _run("Des heurts entre manifestants et forces de l'ordre ont éclaté samedi à Lyon.")
    protests = [e for e in doc.events if e["event_type"] == "PROTEST"]
    assert protests and all(e["actor"]["name"] != "forces de l'ordre" for e in protests)
    assert ("PROTEST", "FRA", "FRA") in _pairs(doc)
    # an organ right behind a genitive marker is who protests
    doc = _run("La manifestation des policiers a eu lieu samedi à Lyon.")
    assert [e["actor"]["name"] for e in doc.events if e["event_type"] == "PROTEST"] == ["policiers"]


def test_a_body_behind_a_venue_word_and_an_elided_article_is_no_side_of_a_meeting() -> None:
    # "dans l'UE": the venue word before an elided article still makes the body a place, not who met
    doc = _run("« Nous ne pouvons pas attendre une place dans l'UE », a dit le président turc Recep Tayyip Erdogan "
               "à l'issue de sa rencontre avec Emmanuel Macron.")
    assert ("CONSULT", "TUR", "FRA") in _pairs(doc)
    assert all(a is not None for t, a, b in _pairs(doc) if t == "CONSULT")


def test_a_protest_has_a_foreign_side_only_behind_a_target_marker() -> None:
    # "entre la France et l'Espagne" says where the blocked toll is; "devant l'ambassade" names a target
    doc = _run("Des agriculteurs belges ont bloqué le péage du Perthus, entre la France et l'Espagne.")
    assert [p for p in _pairs(doc) if p[0] == "PROTEST"] == [("PROTEST", "BEL", "BEL")]
    doc = _run("Des manifestants français se sont rassemblés devant l'ambassade d'Algérie à Paris.")
    assert ("PROTEST", "FRA", "DZA") in _pairs(doc)


def test_a_suspended_member_outweighs_a_body_named_after_a_pronoun_object() -> None:
    # "a suspendu le Niger ... et leur a imposé des sanctions après que les militaires ...": the member named right
    # behind the suspension is the target, not the soldiers of a later clause
    doc = _run("Les soldats se sont mutinés au Tchad. Le président du Tchad a appelé au calme à N'Djamena. L'Union "
               "africaine a suspendu le Niger et le Gabon et leur a imposé des sanctions après que les militaires de ces "
               "deux pays ont pris le pouvoir.")
    assert {("SANCTION", None, "NER"), ("SANCTION", None, "GAB")} <= set(_pairs(doc))
    assert ("SANCTION", None, "TCD") not in _pairs(doc)


def test_police_before_a_protest_noun_do_not_hold_the_protest() -> None:
    # "les policiers sont plus nombreux que les manifestants": the police face the protest; police who march hold one
    doc = _run("À Lyon, les policiers étaient plus nombreux que les manifestants.")
    protests = [e for e in doc.events if e["event_type"] == "PROTEST"]
    assert protests and all(e["actor"]["name"] != "policiers" for e in protests)
    assert ("PROTEST", "FRA", "FRA") in _pairs(doc)
    doc = _run("À Lyon, les policiers ont manifesté pour réclamer plus de moyens.")
    assert [e["actor"]["name"] for e in doc.events if e["event_type"] == "PROTEST"] == ["policiers"]


def test_an_organ_opening_another_clause_after_a_protest_noun_is_not_re_read() -> None:
    # "des manifestants alors que la police s'est repliée": the police is the subject of the next clause, so no
    # protest by people of the country is read from them
    doc = _run("Il a été secouru par des passants et d'autres manifestants alors que la police s'est repliée à Bordeaux.")
    assert all(not e["actor"]["name"].startswith("protesters") for e in doc.events)


def test_protests_named_as_the_backdrop_of_another_fact_are_no_protest() -> None:
    # "en marge des manifestations" (the movement at large), "à la veille de l'acte IX": the frame of what the
    # sentence reports, not a protest it reports; a protest held stays one
    assert "PROTEST" not in _types(_run("Deux personnes ont été blessées en marge des manifestations à Nantes."))
    assert "PROTEST" not in _types(_run("Un automobiliste est mort en marge de la mobilisation près de Lille."))
    assert "PROTEST" not in _types(_run("À la veille de l'acte IX, les magasins de Lille ont baissé le rideau."))
    assert "PROTEST" not in _types(_run("À la veille de la manifestation, la mairie de Nantes restait prudente."))
    # "depuis le début de la contestation": how long the movement has lasted
    assert "PROTEST" not in _types(_run("Cette arme a été utilisée 9000 fois depuis le début de la contestation à Nantes."))
    assert "PROTEST" not in _types(_run("Dix personnes sont mortes depuis le début des manifestations à Nantes."))
    assert ("PROTEST", "FRA", "FRA") in _pairs(_run("Samedi, des milliers de manifestants ont défilé à Nantes contre la réforme."))


def test_a_british_ministry_named_in_english_is_british() -> None:
    # "le ministère de la Défense (MoD)": the English short form makes the ministry British, whatever country the
    # article is about
    doc = _run("Washington a ouvert une enquête. Le ministère de la Défense (MoD) a versé des indemnités aux familles afghanes.")
    assert ("AID", "GBR", "AFG") in _pairs(doc)
    assert ("SANCTION", "GBR", "ALB") in _pairs(_run("Le Home Office a expulsé trois Albanais."))


def test_a_degree_adverb_inside_a_concern_form_is_skipped() -> None:
    # "s'est déclarée profondément préoccupée": the adverb does not hide the expressed concern
    doc = _run("L'Union africaine s'est dite extrêmement préoccupée par la situation au Mali.")
    assert ("ACCUSE", None, "MLI") in _pairs(doc)
    doc = _run("Dans un communiqué, la CEDEAO s'est déclarée profondément préoccupée par la crise au Niger.")
    assert ("ACCUSE", None, "NER") in _pairs(doc)


def test_holding_someone_responsible_stays_beside_a_call_in_the_same_sentence() -> None:
    # "« Je tiens X pour responsable ... », a ajouté Y, qui a également appelé ...": two acts of the speaker
    doc = _run("«Je tiens le président colombien pour responsable de toute violence à la frontière», a ajouté Nicolas Maduro, "
               "qui a également appelé l'armée colombienne à ne se prêter à aucune agression contre le Venezuela.")
    assert ("ACCUSE", "VEN", "COL") in _pairs(doc)
    assert ("REQUEST", "VEN", "COL") in _pairs(doc)


def test_a_quotation_glued_to_the_previous_stop_opens_its_own_sentence() -> None:
    # "... Donald Trump.«Je tiens X pour responsable», a ajouté Y": scraped text without a space; the quotation's
    # act is not read with the sides of the sentence before it
    doc = _run("Le président a reçu les familles des victimes.«Je tiens le président colombien pour responsable de "
               "toute violence», a ajouté Nicolas Maduro.")
    assert ("ACCUSE", "VEN", "COL") in _pairs(doc)
    assert [e["evidence"]["text"][:3] for e in doc.events if e["event_type"] == "ACCUSE"] == ["«Je"]


def test_forces_unblocking_a_road_clear_a_blockade_not_release_funds() -> None:
    # "les gendarmes ont débloqué l'autoroute": a blockade cleared by force; "a débloqué 3 millions": funds released
    doc = _run("Des gendarmes ont débloqué vers 6 heures l'autoroute A9 près de Perpignan, où des gilets jaunes bloquaient les camions.")
    assert ("COERCE", "FRA", "FRA") in _pairs(doc)
    assert "AID" not in _types(doc)
    assert "COERCE" not in _types(_run("La région a débloqué 3 millions d'euros pour les commerçants de Perpignan."))


def test_protesters_who_are_the_agent_of_an_attack_make_no_protest_record() -> None:
    # "blessée par des manifestants": the protesters are the attackers; the record is the assault
    doc = _run("Une journaliste a été blessée par des manifestants à Perpignan.")
    assert ("ASSAULT", "FRA", "FRA") in _pairs(doc)
    assert "PROTEST" not in _types(doc)


def test_an_eviction_with_an_object_pronoun_is_coercion() -> None:
    # "la police les a délogés": the pronoun sits between the auxiliary and the participle
    doc = _run("Des gilets jaunes occupaient un ancien hôpital de Dijon depuis une semaine. "
               "La police française est intervenue vers 21 heures et les a délogés dans le calme.")
    assert "COERCE" in _types(doc)
    assert [e["trigger"]["text"] for e in doc.events if e["event_type"] == "COERCE"] == ["les a délogés"]


def test_beaten_by_names_the_agent_after_the_participle() -> None:
    # "frappés par des soldats": a passive whose subject is the victim, the agent behind "par"
    doc = _run("Des touristes russes ont été frappés par des soldats ukrainiens à la frontière.")
    assert ("ASSAULT", "UKR", "RUS") in _pairs(doc)
    doc = _run("Des policiers ont été molestés par des manifestants à Perpignan.")
    assert [(e["actor"] or {}).get("name") for e in doc.events if e["event_type"] == "ASSAULT"] == ["manifestants"]


def test_an_attempted_blockade_by_protesters_is_a_protest() -> None:
    # "ont tenté de bloquer le dépôt": the attempt is the action on the ground; not the police's
    doc = _run("À Perpignan, une centaine de manifestants ont tenté de bloquer le dépôt de carburant mardi soir.")
    assert ("PROTEST", "FRA", "FRA") in _pairs(doc)
    assert "PROTEST" not in _types(_run("Les gendarmes ont tenté de bloquer la sortie de l'autoroute près de Perpignan."))


def test_seizing_a_named_territory_is_an_assault() -> None:
    # "s'emparant de la péninsule": territory taken by force; not a mood or an object ("un climat s'est emparé de")
    assert ("ASSAULT", "RUS", "UKR") in _pairs(_run("La Russie a riposté en s'emparant de la péninsule ukrainienne de Crimée."))
    assert "ASSAULT" not in _types(_run("Un climat de méfiance s'est emparé de la France depuis novembre."))


def test_a_body_named_with_its_short_form_in_brackets_keeps_that_country() -> None:
    # "le ministère de la Défense (MoD)": the bare ministry named again later is the British one,
    # not the country the report otherwise names most
    doc = _run("Les États-Unis ont annoncé un plan. Washington a confirmé. Selon le Pentagone américain, rien n'a changé. "
               "Au total, le ministère de la Défense (MoD) a versé 600 000 livres. "
               "Le ministère de la Défense a dénoncé la Russie mardi.")
    assert ("ACCUSE", "GBR", "RUS") in _pairs(doc)


def test_a_quotation_mark_inside_a_multi_word_trigger_is_read_through() -> None:
    # 'ont «demandé un direct»', 'a condamné « fermement » la Russie': the quotation marks stand
    # between the words of the forms "ont demandé", "a condamné"
    assert ("ACCUSE", "FRA", "RUS") in _pairs(_run("Le président français a condamné “fermement” la Russie mardi."))
    assert ("REQUEST", "FRA", "FRA") in _pairs(_run("À Perpignan, des gilets jaunes ont «demandé un direct» à la préfecture mardi."))


def test_invited_with_its_object_is_the_appeal_not_the_weak_invitation() -> None:
    # 'a invité «les ministres» à': "a invité les" outranks the weak "invite les" read through the quotation mark
    doc = _run("Le président français a invité «les dirigeants russes» à la prudence.")
    assert ("REQUEST", "FRA", "RUS") in _pairs(doc)
    assert [e["trigger"]["text"] for e in doc.events if e["event_type"] == "REQUEST"] == ["a invité «les"]


def test_a_count_of_arrests_with_nobody_named_is_by_the_authorities() -> None:
    # "il y a eu 109 interpellations": the arrests are reported as a figure, by the authorities
    # of the country the sentence places them in
    assert ("COERCE", "BEL", "BEL") in _pairs(_run("Samedi à Bruxelles, il y a eu 74 interpellations."))


def test_saying_someone_lies_is_an_accusation() -> None:
    # "X ment effrontément", "a menti aux électeurs": an accusation; "il ne ment pas" is none
    assert ("ACCUSE", "FRA", "FRA") in _pairs(_run("Selon le député français, le ministre français ment effrontément."))
    assert "ACCUSE" not in _types(_run("Le ministre français ne nous ment pas, assure un élu de Lyon."))


def test_taking_the_occasion_to_knock_someone_is_an_accusation() -> None:
    # "en a profité pour égratigner le bilan de X": the infinitive after "pour"
    doc = _run("Le ministre français en a profité pour égratigner le bilan de François Hollande.")
    assert ("ACCUSE", "FRA", "FRA") in _pairs(doc)


def test_cancelling_the_tax_rises_is_a_concession() -> None:
    # "a préféré annuler les hausses de taxes": the contested measure withdrawn
    doc = _run("Le gouvernement belge a préféré annuler les hausses de taxes réclamées par les syndicats belges.")
    assert "CONCEDE" in _types(doc)


def test_a_lawyer_speaks_for_his_client() -> None:
    # "son avocat demande d'interdire": the lawyer is the one who asks
    doc = _run("À Paris, son avocat demande d'interdire les grenades de la police française.")
    assert ("REQUEST", "FRA", "FRA") in _pairs(doc)


def test_a_count_among_the_protesters_is_no_protest() -> None:
    # "118 blessés parmi les manifestants", "après un mois de manifestations": a count, a duration
    assert "PROTEST" not in _types(_run("Le ministre français a relevé 118 blessés parmi les manifestants à Paris."))
    assert "PROTEST" not in _types(_run("Après un mois de manifestations, le gouvernement français a remanié son équipe."))
    assert ("PROTEST", "FRA", "FRA") in _pairs(_run("La députée française Sandrine Rousseau a été sifflée dimanche à Paris."))


def test_pointing_at_who_is_responsible_is_an_accusation() -> None:
    # "a pointé la responsabilité des élus": blame, without the image of the finger
    doc = _run("Le ministre français a pointé la responsabilité du gouvernement russe.")
    assert ("ACCUSE", "FRA", "RUS") in _pairs(doc)


def test_filing_a_complaint_is_a_legal_accusation() -> None:
    # "a déposé plainte", "a annoncé porter plainte": the victim takes legal action
    doc = _run("Le député français a déposé plainte contre les manifestants de Lyon.")
    assert ("ACCUSE", "FRA", "FRA") in _pairs(doc)


def test_the_yellow_vests_invited_to_caution_are_the_recipient() -> None:
    # "a invité les gilets jaunes à la prudence": the article stays in the trigger, the group is named after it
    doc = _run("Le préfet de police de Paris a invité les gilets jaunes à la prudence.")
    assert [(e["recipient"] or {}).get("name") for e in doc.events if e["event_type"] == "REQUEST"] == ["gilets jaunes"]


def test_asking_for_a_ban_is_a_request() -> None:
    # "a demandé l'interdiction de ces armes": the weak "demande" with what is to be banned or withdrawn
    doc = _run("Le défenseur des droits français a demandé l'interdiction des grenades de la police française.")
    assert ("REQUEST", "FRA", "FRA") in _pairs(doc)


def test_one_of_the_leaders_names_the_speaker_of_a_first_person_request() -> None:
    # '« Nous demandons ... », a écrit X, l'un des leaders du groupe': the leader is named, and speaks
    doc = _run("« Nous demandons aux familles de quitter les lieux », a écrit Marc Dutronc, l'un des leaders du groupe. "
               "La police belge est intervenue à Liège.")
    assert [(e["actor"] or {}).get("name") for e in doc.events if e["event_type"] == "REQUEST"] == ["Marc Dutronc"]


def test_agents_with_no_complement_are_the_police() -> None:
    # "a salué le courage des agents": the police officers, of the sentence's country
    doc = _run("Après avoir salué le courage des agents, le président français a quitté Paris.")
    assert ("SUPPORT", "FRA", "FRA") in _pairs(doc)


def test_a_warning_is_a_threat_only_with_the_measure_promised() -> None:
    # "a averti que X pourrait geler sa coopération": a threat; "a averti que la croissance ralentirait"
    # and a warning after a quotation are advice or forecasts, no event
    doc = _run("Le ministre libyen des Affaires étrangères a averti jeudi que la Libye pourrait geler sa coopération avec l'Italie.")
    assert ("THREATEN", "LBY", "ITA") in _pairs(doc)
    doc = _run("Le gouverneur de la Banque de France a averti mardi que la croissance française ralentirait nettement.")
    assert "THREATEN" not in _types(doc)
    doc = _run("« La violence ne mène à rien », a averti le ministre français de l'Intérieur.")
    assert "THREATEN" not in _types(doc)


def test_protests_behind_lors_des_are_background_unless_dated() -> None:
    # "blessés lors des manifestations": all of them, the setting of another fact, no protest reported;
    # "lors des manifestations de samedi": that day's protests are reported
    doc = _run("Des policiers blessés lors des manifestations des gilets jaunes ont reçu une prime à Paris.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Des policiers ont été vus à Paris lors des manifestations de samedi.")
    assert "PROTEST" in _types(doc)


def test_a_bonus_paid_to_the_mobilised_police_is_no_deployment() -> None:
    # "une prime aux forces de l'ordre mobilisées": a measure for them, not forces deployed
    doc = _run("Le gouvernement français propose une prime de 300 euros aux forces de l'ordre mobilisées face aux gilets jaunes.")
    assert "MOBILIZE" not in _types(doc)


def test_struck_by_what_one_hears_is_no_beating() -> None:
    # "j'ai été frappé d'entendre", "frappé d'indignité nationale": surprise or a sentence, no blow
    doc = _run("Le maire de Lyon a été frappé d'entendre des gilets jaunes français réclamer une assemblée citoyenne.")
    assert "ASSAULT" not in _types(doc)


def test_one_protester_is_no_protest() -> None:
    # "une manifestante a été renversée par une voiture": a person, victim of another fact, no protest reported;
    # the participle stays ("manifestant par milliers")
    doc = _run("En Savoie, une manifestante française a été renversée par une voiture.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Les gilets jaunes ont montré samedi leur ténacité, manifestant par milliers dans de nombreuses villes de France.")
    assert "PROTEST" in _types(doc)


def test_menacant_is_a_threat_only_with_what_is_threatened() -> None:
    # "d'un air menaçant", "des barricades enflammées, menaçant une maison": an adjective or a risk;
    # "menaçant de rompre": a threat
    doc = _run("Un soldat ukrainien regardait d'un air menaçant les véhicules russes qui passaient.")
    assert "THREATEN" not in _types(doc)
    doc = _run("Le président brésilien a quitté Paris, menaçant de rompre avec la France.")
    assert ("THREATEN", "BRA", "FRA") in _pairs(doc)


def test_the_present_interpelle_is_no_arrest() -> None:
    # "une militante interpelle le président": she addresses him; only the written participle is an arrest
    doc = _run("Sur Facebook, une militante française interpelle le président Macron et son gouvernement.")
    assert "COERCE" not in _types(doc)
    doc = _run("Trois manifestants interpellés samedi à Lyon ont été relâchés.")
    assert "COERCE" in _types(doc)


def test_the_present_frappe_is_no_beating() -> None:
    # "la crise qui frappe la Tunisie", "ce qui frappe le plus": the present, not the written participle
    doc = _run("C'est la crise socioéconomique qui frappe le plus en Tunisie en ce moment.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Des policiers français ont frappé des manifestants à Paris.")
    assert ("ASSAULT", "FRA", "FRA") in _pairs(doc)


def test_retrait_de_is_a_withdrawal_only_of_forces() -> None:
    # "le retrait de ses troupes": a withdrawal; "le retrait de la présidente de la Commission": a person leaves a post
    doc = _run("Vladimir Poutine a annoncé le retrait de ses troupes d'Ukraine ce matin.")
    assert ("RETREAT", "RUS", "UKR") in _pairs(doc)
    doc = _run("Le porte-parole du gouvernement français a commenté le retrait de la présidente de la Commission nationale.")
    assert "RETREAT" not in _types(doc)


def test_clashes_between_protesters_and_police_are_a_riot() -> None:
    # "des affrontements entre les manifestants et les CRS": the protesters' riot (PROTEST), not armed combat
    doc = _run("Des affrontements entre les manifestants et les CRS ont eu lieu samedi à Paris.")
    assert ("PROTEST", "FRA", "FRA") in _pairs(doc)
    assert "ASSAULT" not in _types(doc)


def test_prend_la_defense_de_is_support() -> None:
    # "le Premier ministre prend la défense de la chroniqueuse": support, in the present too
    doc = _run("Le Premier ministre belge prend la défense du ministre français Bruno Le Maire.")
    assert ("SUPPORT", "BEL", "FRA") in _pairs(doc)


def test_applaudit_is_support_but_not_a_show() -> None:
    # "le parti applaudit la décision": support; "le public applaudit à tout rompre": an audience
    doc = _run("Le président français Emmanuel Macron applaudit le Premier ministre belge.")
    assert ("SUPPORT", "FRA", "BEL") in _pairs(doc)
    doc = _run("Le public français applaudit à tout rompre au théâtre.")
    assert "SUPPORT" not in _types(doc)


def test_conditions_of_protest_are_no_protest() -> None:
    # "a durci les conditions de manifestation", "l'interdiction administrative de manifester": the law on protests,
    # not a protest held
    doc = _run("L'Assemblée nationale française a durci les conditions de manifestation jeudi.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Les députés français ont voté l'interdiction administrative de manifester jeudi.")
    assert "PROTEST" not in _types(doc)


def test_a_protest_that_devrait_happen_is_future() -> None:
    # "la manifestation devrait se dérouler samedi": announced, not held; "qui devrait se poursuivre": under way
    doc = _run("La manifestation des syndicats français devrait se dérouler samedi devant la préfecture de Lyon.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Des milliers de manifestants français ont défilé à Lyon samedi, une manifestation qui devrait se poursuivre.")
    assert "PROTEST" in _types(doc)


def test_present_tue_of_hunger_and_a_tue_tete_are_no_killing() -> None:
    # "la faim tue", "chanté à tue-tête": the folded "tué" / "a tué" of no killing
    doc = _run("Au Yémen, la faim tue chaque jour des enfants yéménites, selon un responsable yéménite.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Des lycéens français ont chanté à tue-tête dans les rues de Paris.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Un soldat syrien a tué deux civils turcs près de la frontière.")
    assert "ASSAULT" in _types(doc)


def test_a_law_toughening_penalties_is_no_sanction() -> None:
    # "une loi durcissant les sanctions contre les casseurs": penal law, not sanctions imposed on a party
    doc = _run("Le gouvernement français veut une loi durcissant les sanctions contre les casseurs à Paris.")
    assert "SANCTION" not in _types(doc)
    doc = _run("La France a imposé des sanctions contre la Russie lundi.")
    assert ("SANCTION", "FRA", "RUS") in _pairs(doc)


def test_renouncing_a_personal_plan_is_no_concession() -> None:
    # "a renoncé à briguer", "renonce à se rendre": a personal choice, not yielding to anyone
    doc = _run("Le maire français de Lille a renoncé à briguer un nouveau mandat, a-t-il annoncé lundi.")
    assert "CONCEDE" not in _types(doc)
    doc = _run("Le ministre allemand a renoncé à se rendre au sommet de Davos en Suisse.")
    assert "CONCEDE" not in _types(doc)


def test_calling_for_the_cancellation_is_no_concession() -> None:
    # "appelle à l'annulation de la hausse": demanded, not yet conceded
    doc = _run("Le chef du parti français appelle toujours à l'annulation de la hausse des taxes.")
    assert "CONCEDE" not in _types(doc)
    doc = _run("Les syndicats français exigent le retrait de la taxe sur le gazole.")
    assert "CONCEDE" not in _types(doc)


def test_protesters_invading_a_motorway_is_no_invasion() -> None:
    # "ont envahi l'autoroute", "a envahi les réseaux sociaux": an occupation, not an invasion
    doc = _run("Des manifestants belges ont envahi l'autoroute près de Liège mercredi soir.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("La Russie a envahi l'Ukraine en février.")
    assert ("ASSAULT", "RUS", "UKR") in _pairs(doc)


def test_worrying_for_the_police_is_no_reproach() -> None:
    # "s'inquiète pour les forces de l'ordre": concern for someone, not a reproach
    doc = _run("Du côté du gouvernement français, on s'inquiète pour les policiers.")
    assert "ACCUSE" not in _types(doc)


def test_a_nursing_aide_is_no_aid() -> None:
    # "une aide-soignante": a job, not aid given
    doc = _run("La liste française est conduite par une aide-soignante de Normandie.")
    assert "AID" not in _types(doc)


def test_appuyer_sur_a_point_is_no_support() -> None:
    # "a appuyé sur les divergences": to stress a point, not to back someone
    doc = _run("Le Premier ministre français a appuyé sur les divergences de la gauche mardi.")
    assert "SUPPORT" not in _types(doc)


def test_quelconque_agreement_is_negated() -> None:
    # "aucune confirmation d'un quelconque accord": the word comes with a negation or a doubt
    doc = _run("Il n'y a aucune confirmation du gouvernement malien d'un quelconque accord avec la Russie.")
    assert "AGREE" not in _types(doc)


def test_accuser_des_pertes_is_no_accusation() -> None:
    # "accusent d'importantes pertes": to record losses, not to accuse anyone
    doc = _run("Les commerçants français accusent d'importantes pertes depuis novembre.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("Le ministre français a accusé la Russie d'ingérence mardi.")
    assert ("ACCUSE", "FRA", "RUS") in _pairs(doc)


def test_the_chair_of_a_commission_of_inquiry_is_no_inquiry() -> None:
    # "le président de la commission d'enquête": the body named, not an inquiry reported
    doc = _run("Le président de la commission d'enquête du Sénat français a répondu aux questions mardi.")
    assert "ACCUSE" not in _types(doc)


def test_mocking_the_concessions_is_the_event() -> None:
    # "a ironisé sur les concessions faites par son homologue": the mockery is reported, not the concession
    doc = _run("Le président américain a ironisé mardi sur les concessions faites par son homologue français aux manifestants.")
    assert "CONCEDE" not in _types(doc)


def test_comme_prevu_ne_dit_rien_de_la_modalite() -> None:
    # « comme prévu » : la rencontre a eu lieu comme elle était prévue, elle n'est pas à venir
    assert ("CONSULT", "FRA", "DEU") in event_pairs(_run("Comme prévu, Emmanuel Macron a rencontré Angela Merkel à Berlin lundi."))
def test_expected_strikes_are_no_strike() -> None:
    # "s'attend à de nombreuses grèves": an expectation, not a strike held
    doc = _run("La ministre belge s'attend à de nombreuses grèves dans les transports.")
    assert "PROTEST" not in _types(doc)


def test_a_stopped_truck_is_no_arrest() -> None:
    # "un camion arrêté par un barrage": a vehicle halted, nobody arrested
    doc = _run("Un automobiliste a percuté un camion arrêté par des gilets jaunes à Perpignan.")
    assert "COERCE" not in _types(doc)
    doc = _run("Le militant français a été arrêté par la police russe à Moscou.")
    assert ("COERCE", "RUS", "FRA") in _pairs(doc)


def test_inspired_by_the_protests_is_no_protest() -> None:
    # "inspiré par les manifestations": the source of a song, not a protest reported
    doc = _run("Inspiré par les manifestations des agriculteurs français, un chanteur a écrit une chanson.")
    assert "PROTEST" not in _types(doc)


def test_staff_busy_with_the_crisis_is_no_deployment() -> None:
    # "les agents mobilisés par la crise": kept busy by it, not deployed
    doc = _run("La prime sera versée aux agents de la préfecture de police de Paris mobilisés par la crise des gilets jaunes.")
    assert "MOBILIZE" not in _types(doc)


def test_asking_forgiveness_is_an_apology() -> None:
    # "demandent pardon": an apology (SUPPORT), not a request
    doc = _run("Les journaux allemands demandent pardon au gouvernement français.")
    assert "REQUEST" not in _types(doc)
    assert ("SUPPORT", "DEU", "FRA") in _pairs(doc)


def test_a_planned_censure_motion_is_no_event() -> None:
    # "envisagent une motion de censure", "une motion de censure sera déposée": a plan, not yet a fact
    doc = _run("Les députés communistes français envisagent une motion de censure contre le gouvernement.")
    assert "REJECT" not in _types(doc)
    doc = _run("Selon le député français, une motion de censure sera déposée contre le gouvernement.")
    assert "REJECT" not in _types(doc)


def test_calls_to_demonstrate_are_no_protest() -> None:
    # "des appels à manifester samedi": a call, not a protest held; "ils étaient 3000 à manifester" stays
    doc = _run("Des appels à manifester samedi à Lyon ont été lancés par des syndicats français.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Ils étaient 3000 agriculteurs français à manifester mardi à Lyon.")
    assert "PROTEST" in _types(doc)


def test_a_jibe_at_the_president_is_an_accusation() -> None:
    # "a lancé une pique au président": a public jibe aimed at someone
    doc = _run("Le chanteur français a lancé une pique au président russe Vladimir Poutine.")
    assert ("ACCUSE", "FRA", "RUS") in _pairs(doc)


def test_postponing_the_protests_is_no_protest() -> None:
    # "a invité les syndicats à reporter les manifestations": a postponement asked for, no protest held
    doc = _run("Le ministre français invitait les syndicats à reporter les manifestations.")
    assert "PROTEST" not in _types(doc)


def test_phoning_someone_is_a_consultation() -> None:
    # "téléphonait déjà au chef de l'État": a phone call (CONSULT)
    doc = _run("Le ministre belge téléphonait déjà au président français Emmanuel Macron.")
    assert ("CONSULT", "BEL", "FRA") in _pairs(doc)


def test_calls_and_responses_to_a_mobilisation_are_no_protest() -> None:
    # "le seul à appeler à la grève": a call; "pour répondre à la mobilisation", "confronté à la mobilisation":
    # the cause or setting of another act; "une interdiction de participer à une manifestation": a ban
    for text in ("Le syndicat breton est le seul à appeler à la grève ce jeudi.",
                 "Le Sénat a approuvé des mesures sociales pour répondre à la mobilisation des agriculteurs.",
                 "Un tribunal français peut décider une interdiction de participer à une manifestation.",
                 "Le président, toujours confronté à la mobilisation des agriculteurs, gagne deux points."):
        assert "PROTEST" not in _types(_run(text)), text


def test_protests_as_a_backdrop_are_no_protest() -> None:
    # "la violence dans les manifestations", "les commerces touchés par les manifestations", "à deux jours d'une
    # nouvelle manifestation": all protests in general, their effects, or one to come
    for text in ("Le médecin français parle des blessures subies dans les manifestations depuis l'automne.",
                 "Le gouvernement français aide les commerces touchés par les manifestations des agriculteurs.",
                 "À deux jours d'une nouvelle manifestation des agriculteurs, le ministre français a parlé."):
        assert "PROTEST" not in _types(_run(text)), text


def test_stones_and_petrol_bombs_thrown_are_an_assault() -> None:
    # "ont lancé des galets et des cocktails Molotov contre les gendarmes": an attack by the crowd, not a protest
    doc = _run("À Marseille, des manifestants français ont lancé des pierres et des cocktails Molotov contre les gendarmes.")
    assert "ASSAULT" in _types(doc)
    assert "PROTEST" not in _types(doc)


def test_measures_answering_the_demands_are_a_concession() -> None:
    # "a annoncé des mesures pour répondre aux revendications": yielding to the movement; measures still to come are not
    doc = _run("Le ministre français a annoncé lundi des mesures pour répondre aux revendications des agriculteurs français.")
    assert "CONCEDE" in _types(doc)
    doc = _run("Malgré l'annonce de prochaines mesures pour répondre aux revendications, le ministre français se tait.")
    assert "CONCEDE" not in _types(doc)


def test_planning_to_protest_is_no_protest() -> None:
    # "elle compte protester contre", "ils comptent manifester samedi": a plan, no protest held yet
    for text in ("La CGSP belge compte protester contre le manque de personnel.",
                 "Les agriculteurs belges comptent manifester samedi à Namur."):
        assert "PROTEST" not in _types(_run(text)), text


def test_the_next_protests_are_no_protest() -> None:
    # "avant les prochaines manifestations": protests still to come
    doc = _run("Le ministre français parle des prochaines manifestations des agriculteurs.")
    assert "PROTEST" not in _types(doc)


def test_stressing_after_a_quotation_is_no_support() -> None:
    # "« ... », a appuyé le ministre": he stressed his point, he backed nobody
    doc = _run("«Ce n'est pas une crise locale», a appuyé le ministre français de l'Économie.")
    assert "SUPPORT" not in _types(doc)
    doc = _run("Le président français appuie le gouvernement belge.")
    assert ("SUPPORT", "FRA", "BEL") in _pairs(doc)


def test_the_threat_that_something_poses_is_no_threat() -> None:
    # "la menace que représente ce groupe", "la menace que des taxes soient imposées": a danger, nobody threatens
    doc = _run("L'armée française peine à contrer la menace que représente le groupe armé malien.")
    assert "THREATEN" not in _types(doc)
    doc = _run("La Russie a proféré des menaces contre l'Ukraine.")
    assert ("THREATEN", "RUS", "UKR") in _pairs(doc)


def test_the_demands_or_anger_of_the_protesters_is_no_protest() -> None:
    # "sourd aux revendications des manifestants", "apaiser la colère des manifestants": background, no protest held
    for text in ("Le parti belge reproche au gouvernement belge de rester sourd aux revendications des manifestants.",
                 "Le président français veut apaiser la colère des manifestants.",
                 "Les touristes américains ont été refroidis par les images des manifestations violentes en France."):
        assert "PROTEST" not in _types(_run(text)), text


def test_reviewing_or_organising_protests_is_no_protest() -> None:
    # "faire le point sur les manifestations": talking about them; "souhaitant organiser une manifestation": a plan
    for text in ("Le gouvernement français se réunira dimanche afin de faire le point sur les manifestations.",
                 "Toute personne belge souhaitant organiser une manifestation doit introduire une demande."):
        assert "PROTEST" not in _types(_run(text)), text


def test_wishing_for_a_vote_outcome_is_no_request() -> None:
    # "a souhaité un vote conforme": the outcome hoped for, nobody is asked; "a souhaité une enquête" still asks
    doc = _run("Le président du Sénat français avait souhaité un vote «conforme» à celui de l'Assemblée.")
    assert "REQUEST" not in _types(doc)
    doc = _run("Le président français a souhaité une enquête de la justice sur les violences.")
    assert ("REQUEST", "FRA", "FRA") in _pairs(doc)


def test_the_indian_ocean_is_no_india() -> None:
    # "l'île de l'océan Indien": a sea (kb_data/places.yaml, French names), not the Indian demonym
    doc = _run("La ministre française des Outre-mer a annoncé mercredi plusieurs mesures pour répondre aux "
               "revendications des manifestants, qui paralysent l'île de l'océan Indien.")
    assert not any("IND" in (a, r) for _t, a, r in _pairs(doc))
    assert "IND" not in {m.country for m in doc.mentions}


def test_belgian_parties_are_belgian() -> None:
    # kb_data/agencies.yaml (French names): Ecolo, MR, N-VA, PTB ... are parties of Belgium
    doc = _run("Le MR a dénoncé la décision du gouvernement belge.")
    assert ("ACCUSE", "BEL", "BEL") in _pairs(doc)
    doc = _run("La N-VA accuse Ecolo de mentir.")
    assert ("ACCUSE", "BEL", "BEL") in _pairs(doc)


def test_losing_ground_at_the_polls_is_no_concession() -> None:
    # "a reculé au profit de", "a reculé à la septième place": votes or a rank lost, nobody gave in
    for text in ("Quant au MR, le parti belge a reculé côté francophone au profit d'Ecolo.",
                 "En 2018, la France a reculé à la septième place mondiale, derrière l'Inde."):
        assert "CONCEDE" not in _types(_run(text)), text
    doc = _run("Le gouvernement français a reculé face à la contestation des syndicats.")
    assert "CONCEDE" in _types(doc)


def test_receiving_a_statue_is_no_visit() -> None:
    # "a reçu une statue": a thing given, no visitor received
    doc = _run("Le premier ministre belge a reçu une statue pour sa performance face à la N-VA.")
    assert "CONSULT" not in _types(doc)


def test_the_reasons_of_other_arrests_are_no_arrest() -> None:
    # "les motifs des autres interpellations": arrests already told, their reasons asked for
    doc = _run("La police française n'était pas en mesure de préciser dans l'immédiat, les motifs des autres interpellations.")
    assert "COERCE" not in _types(doc)


def test_a_card_played_again_is_no_shooting() -> None:
    # "la carte de l'empathie, encore abattue par le Premier ministre": a card played, nobody shot
    doc = _run("Le gouvernement français joue la carte de l'empathie, encore abattue dimanche soir par le Premier ministre "
               "français assurant avoir entendu la «colère» et la «souffrance» des manifestants.")
    assert "ASSAULT" not in _types(doc)
    assert "PROTEST" not in _types(doc)   # the protesters' suffering, heard: no protest held
    doc = _run("Le militant tunisien a été abattu par la police française.")
    assert ("ASSAULT", "FRA", "TUN") in _pairs(doc)


def test_a_prefect_order_banning_gatherings_is_a_ban() -> None:
    # "un arrêté d'interdiction de rassemblement": a ban (SANCTION); the crowd expected ("face à une affluence de
    # manifestants annoncée") is what it answers (roles.yaml background_cues), no protest held
    doc = _run("Face à une affluence de manifestants annoncée grandissante, la préfète du Cher a fait tomber, "
               "ce vendredi, un arrêté d'interdiction de rassemblement dans le centre-ville de Bourges.")
    assert "SANCTION" in _types(doc)
    assert "PROTEST" not in _types(doc)


def test_a_police_deployment_still_to_come_is_no_mobilisation() -> None:
    # "un dispositif policier exceptionnel sera déployé": announced for later
    doc = _run("Face au risque de violences, un dispositif policier « exceptionnel » sera déployé sur tout le territoire français.")
    assert "MOBILIZE" not in _types(doc)


def test_armoured_vehicles_the_state_will_commit_are_no_mobilisation() -> None:
    # "l'État engagera des blindés": the simple future (modality.yaml future), announced for later
    doc = _run("Dans la capitale française, l'État engagera des véhicules blindés de la gendarmerie.")
    assert "MOBILIZE" not in _types(doc)


def test_peacekeepers_arrested_are_no_peacekeeping_aid() -> None:
    # "les soldats de la paix de l'ONU arrêtés": suspects named, no force sent
    doc = _run("Les soldats de la paix de l'ONU arrêtés en République démocratique du Congo ne serviront plus dans le pays.")
    assert "AID" not in _types(doc)


def test_the_collective_effort_is_no_body() -> None:
    # "l'effort collectif": the adjective, no collective (actors.yaml: "collectif" with an article only)
    doc = _run("Le président français recevra mardi les représentants des banques pour leur demander de "
               "« participer à l’effort collectif » face à la crise.")
    assert not any(m.text.lower().endswith("collectif") for m in doc.mentions)
    doc = _run("Le collectif français a dénoncé la répression policière.")
    assert ("ACCUSE", "FRA", "FRA") in _pairs(doc)


def test_inviting_someone_to_act_is_a_request() -> None:
    # "invite le gouvernement à agir", "invite l'opposition à la prudence": asked to act; "invite la presse" alone is no request
    doc = _run("Le président français invite le gouvernement belge à agir.")
    assert ("REQUEST", "FRA", "BEL") in _pairs(doc)
    doc = _run("Le ministre français invite la presse.")
    assert "REQUEST" not in _types(doc)
    doc = _run("Invité le lendemain au 20H de la chaîne, le Premier ministre français confirme la nouvelle.")
    assert "REQUEST" not in _types(doc)   # "Invité" folds like "invite": a guest of a programme


def test_laying_the_blame_on_someone_is_accuse() -> None:
    # "a imputé l'attaque aux saboteurs ukrainiens": the blame laid on them; "s'attribue le droit" is no blame
    doc = _run("Le ministère russe de la Défense a imputé l'attaque aux saboteurs ukrainiens.")
    assert ("ACCUSE", "RUS", "UKR") in _pairs(doc)
    doc = _run("Le ministre français s'attribue le droit de restreindre la liberté de la presse belge.")
    assert "ACCUSE" not in _types(doc)


def test_giving_ground_in_the_present_is_concede() -> None:
    # "lâche du lest" (present) like "a lâché du lest"; a negation of the kept course before it is not the concession's
    doc = _run("Le Premier ministre français, tout en affirmant ne pas changer de cap, lâche du lest face aux gilets jaunes.")
    # (an `alone` form: the retreat is addressed to the speaker's own country, FRA->FRA as the gold codes it)
    assert ("CONCEDE", "FRA", "FRA") in _pairs(doc)


def test_gathering_in_front_of_a_building_is_protest() -> None:
    doc = _run("Les militants se sont regroupés devant les bureaux du ministère à Paris.")
    assert ("PROTEST", "FRA", "FRA") in _pairs(doc)


def test_protesters_addressed_or_named_are_no_protest() -> None:
    # a message to protesters, the known figures of a movement, people leaving an insurgency: no protest reported
    doc = _run("Le message adressé aux manifestants est simple: « laissez souffler les policiers », résume le syndicaliste.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Une traque aurait lieu, selon eux, au moment où d'autres figures des protestations ont décidé d'entrer en politique.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Des entretiens confirment que beaucoup quitteraient l'insurrection si on leur offrait un emploi.")
    assert "PROTEST" not in _types(doc)


def test_threats_faced_alongside_terrorism_are_no_threat() -> None:
    doc = _run("Israël doit faire face au terrorisme et aux menaces de nations hostiles comme l'Iran.")
    assert "THREATEN" not in _types(doc)


def test_banned_or_declared_gatherings_are_no_protest() -> None:
    # "toute manifestation est interdite": a ban; "en déclarant au préalable leurs rassemblements": the formality
    doc = _run("Selon le préfet, seules les manifestations à Lyon sont interdites pour des raisons de sécurité.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Ailleurs, les militants français pourront se réunir en déclarant au préalable leurs rassemblements.")
    assert "PROTEST" not in _types(doc)


def test_burned_street_furniture_is_a_riot_not_an_assault() -> None:
    # "des voitures ont été incendiées": rioters burning the street, a PROTEST (riot); a set-fire town hall stays an ASSAULT
    doc = _run("Des voitures ont été incendiées à Paris, ce samedi, lors de la manifestation des gilets jaunes.")
    assert ("PROTEST", "FRA", "FRA") in _pairs(doc)
    assert "ASSAULT" not in _types(doc)
    doc = _run("Dans la soirée, la tension restait vive à Paris, où des poubelles ont été incendiées et des panneaux arrachés.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Des individus ont incendié la mairie de Lyon.")
    assert ("ASSAULT", None, "FRA") in _pairs(doc)


def test_the_image_of_arrested_pupils_recalled_is_no_arrest() -> None:
    doc = _run("À Paris, les manifestants français ont repris la posture des lycéens arrêtés à Lyon.")
    assert "COERCE" not in _types(doc)


def test_the_fight_against_police_violence_as_a_cause_is_no_accusation() -> None:
    doc = _run("Les collectifs français nés de la lutte contre les violences policières tenaient une bonne place dans les cortèges.")
    assert "ACCUSE" not in _types(doc)


def test_rioters_expected_or_feared_are_no_riot() -> None:
    doc = _run("Le porte-parole des gilets jaunes, à Paris, ne peut écarter la venue de casseurs samedi.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Les autorités françaises redoutent la présence de casseurs à Lyon.")
    assert "PROTEST" not in _types(doc)


def test_a_car_driven_into_officers_is_an_assault() -> None:
    # "volontairement heurtés par un véhicule qui prenait part à la manifestation": the ramming, the march only its setting
    doc = _run("A Lyon, deux policiers français ont été volontairement heurtés par un véhicule qui prenait part à la manifestation.")
    assert ("ASSAULT", None, "FRA") in _pairs(doc)
    assert "PROTEST" not in _types(doc)


def test_a_murder_referred_to_is_no_assault() -> None:
    doc = _run("La nièce, en faisant référence au meurtre de sa tante à Nice, a parlé.")
    assert "ASSAULT" not in _types(doc)


def test_a_pay_rise_granted_to_protesters_is_a_concession() -> None:
    # "sans attendre" (promptly) negates nothing: the grant stands
    doc = _run("Sans attendre, le gouvernement français a accordé une revalorisation salariale aux policiers en colère.")
    assert any(t == "CONCEDE" and a == "FRA" for t, a, _ in _pairs(doc))
    doc = _run("Le gouvernement français n'a pas accordé de revalorisation salariale aux policiers.")
    assert "CONCEDE" not in _types(doc)


def test_a_gesture_wished_for_is_a_request() -> None:
    # the subjunctive "fasse un geste": what the speaker demands of the president
    doc = _run("Pour cette manifestante française, il faut au moins qu'Emmanuel Macron fasse un geste.")
    assert ("REQUEST", "FRA", "FRA") in _pairs(doc)


def test_pleading_that_another_act_is_a_request() -> None:
    doc = _run("Le ministre français de l'Intérieur a mis en garde les manifestants, plaidant pour que le mouvement s'arrête.")
    assert any(t == "REQUEST" and a == "FRA" for t, a, _ in _pairs(doc))
    # a stance defended, no one asked to act
    doc = _run("Le Premier ministre belge a reçu son invité en plaidant pour le multilatéralisme.")
    assert "REQUEST" not in _types(doc)


def test_easing_up_named_alone_is_a_concession() -> None:
    # "lâche du lest" with nobody named it yields to: the leader's own retreat, addressed to his government
    doc = _run("Emmanuel Macron lâche du lest.")
    assert ("CONCEDE", "FRA", "FRA") in _pairs(doc)


def test_protesters_delegates_are_no_protest() -> None:
    # "représentants des manifestants": delegates consulted, not a march
    doc = _run("Les syndicats français et les représentants des manifestants seront associés.")
    assert "PROTEST" not in _types(doc)


def test_launching_the_national_debate_is_a_consultation() -> None:
    # the government opening its consultation: nobody named across, its own country the other side
    doc = _run("Le gouvernement français a lancé lundi le grand débat national.")
    assert ("CONSULT", "FRA", "FRA") in _pairs(doc)


def test_measures_conceded_in_an_opening_clause_are_the_main_subjects() -> None:
    # "Après avoir concédé des mesures, le président a rencontré ...": two acts of the main clause's subject
    doc = _run("Après avoir concédé des mesures pour les salaires, le président français a rencontré le chancelier allemand.")
    assert ("CONCEDE", "FRA", "FRA") in _pairs(doc)


def test_blame_laid_on_something_with_no_country_is_an_accusation() -> None:
    # "attribue la hausse aux sanctions occidentales": the blame stands with its author alone
    doc = _run("Le Kremlin attribue la flambée des prix aux sanctions occidentales.")
    assert any(t == "ACCUSE" and a == "RUS" for t, a, _ in _pairs(doc))


def test_a_refusal_in_a_perfect_participle_is_background() -> None:
    # "ayant refusé": folded "refuse" also finds "refusé"; the participle sets the scene of another act
    doc = _run("Le prévenu français ayant refusé de s'expliquer, le tribunal a tranché.")
    assert "REJECT" not in _types(doc)


def test_a_mea_culpa_made_is_an_apology() -> None:
    # a public apology naming nobody it is owed to: SUPPORT (CAMEO 055), the leader's own country across
    doc = _run("Le président français a fait son mea culpa devant les maires.")
    assert ("SUPPORT", "FRA", "FRA") in _pairs(doc)
    # the noun alone, awaited or judged, is no apology made
    doc = _run("Le président français est attendu sur son mea culpa.")
    assert "SUPPORT" not in _types(doc)


def test_done_at_the_request_of_is_a_request() -> None:
    # « à la demande de la police, ... » : what is done names who asked for it
    doc = _run("À la demande de la police française, une dizaine de gares seront fermées samedi à Lyon.")
    assert ("REQUEST", "FRA", "FRA") in _pairs(doc)


def test_no_answer_to_a_request_for_comment_is_no_request() -> None:
    doc = _run("Le ministère français n'a pas répondu à la demande de commentaires de la BBC.")
    assert "REQUEST" not in _types(doc)


def test_a_reform_offensive_is_no_attack() -> None:
    # « l'offensive sur le marché du travail », « une offensive de charme » : a campaign, no armed attack
    doc = _run("D'où l'offensive du gouvernement français sur le marché du travail et les retraites.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("L'armée russe a lancé une offensive contre l'Ukraine.")
    assert ("ASSAULT", "RUS", "UKR") in _pairs(doc)


def test_a_sum_claimed_is_no_request() -> None:
    # « la somme réclamée par la Belgique » : an amount owed, not a demand reported
    doc = _run("Avec deux millions d'euros, la somme réclamée par la Belgique reste inférieure à celle que la France lui doit.")
    assert "REQUEST" not in _types(doc)


def test_a_quoted_term_does_not_hide_a_protest_not_yet_held() -> None:
    # « le premier samedi de mobilisation des « gilets jaunes » n'a pas encore eu lieu » : no protest yet;
    # the quoted term ends no clause, so the cue after it still counts and the meeting is the event
    doc = _run("Lorsque Emmanuel Macron reçoit à l'Elysée une délégation de maires, le premier samedi de "
               "mobilisation des « gilets jaunes » n'a pas encore eu lieu.")
    assert "PROTEST" not in _types(doc)
    assert ("CONSULT", "FRA", "FRA") in _pairs(doc)
    doc = _run("Une nouvelle mobilisation des « gilets jaunes » est prévue samedi à Paris.")
    assert "PROTEST" not in _types(doc)


def test_the_organisers_of_protests_are_no_protest() -> None:
    # « en contact avec les organisateurs de manifestations » : who organises, not a protest reported
    doc = _run("Le ministre portugais a précisé que les autorités étaient déjà en contact avec les organisateurs de manifestations à Lisbonne et Porto.")
    assert "PROTEST" not in _types(doc)


def test_a_succession_of_attacks_is_background() -> None:
    # « une suite d'attentats » over decades: a history, not an attack reported
    doc = _run("La vie politique française est marquée depuis des décennies par une suite d'attentats largement médiatisés.")
    assert "ASSAULT" not in _types(doc)


def test_defending_a_bill_is_no_support() -> None:
    # « a défendu son projet de loi devant les députés » : pleading one's own policy, nobody supported
    doc = _run("La ministre française du Travail a défendu jeudi devant les députés son projet de loi.")
    assert "SUPPORT" not in _types(doc)
    doc = _run("Le secrétaire d'Etat belge a défendu la chroniqueuse française sur Twitter.")
    assert ("SUPPORT", "BEL", "FRA") in _pairs(doc)


def test_feared_or_motive_looting_is_no_riot() -> None:
    # « se protéger d'éventuels pillages », « là pour l'argent et le pillage » : a fear or a motive, no riot reported
    doc = _run("Les commerçants français ont barricadé leurs vitrines à Lyon pour se protéger d’éventuels pillages.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Selon un témoin, les rebelles congolais ne sont là que pour l'argent et le pillage.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Des pillages de magasins ont eu lieu samedi à Paris après la manifestation des gilets jaunes.")
    assert ("PROTEST", "FRA", "FRA") in _pairs(doc)


def test_measures_against_rioters_are_no_riot() -> None:
    # « un fichier des casseurs » kept away from protests, « des mesures exceptionnelles contre les casseurs » : a measure
    doc = _run("Le Premier ministre français veut créer un fichier des « casseurs », obligés de se tenir à l'écart des manifestations.")
    assert "PROTEST" not in _types(doc)
    doc = _run("À Lyon, les autorités françaises prévoient des mesures exceptionnelles contre les casseurs.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Des casseurs ont affronté la police samedi à Paris.")
    assert ("PROTEST", "FRA", "FRA") in _pairs(doc)


def test_protests_foreseen_by_a_law_are_no_protest() -> None:
    # « sanctionner ceux qui participeraient à une manifestation non déclarée », « les sanctions contre les casseurs et les
    # manifestations non déclarées » : a case a bill provides for, no protest held
    doc = _run("Le gouvernement français veut une loi permettant de sanctionner ceux qui participeraient à une manifestation non déclarée.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Le Premier ministre français souhaite durcir les sanctions contre les casseurs et les manifestations non déclarées.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Une manifestation non déclarée a réuni samedi des centaines de gilets jaunes à Lyon.")
    assert ("PROTEST", "FRA", "FRA") in _pairs(doc)


def test_court_sentence_is_coercion_not_condemnation() -> None:
    # "a condamné X à huit mois de prison": a court's sentence (COERCE 173), not a verbal condemnation
    doc = _run("Lundi, le tribunal correctionnel de Lyon a condamné un manifestant à huit mois de prison, dont quatre avec sursis.")
    assert ("COERCE", "FRA", "FRA") in _pairs(doc)
    assert "ACCUSE" not in _types(doc)
    # with no sentence named it stays a condemnation
    doc = _run("Le ministre français de l'Intérieur a condamné les violences contre les policiers à Lyon.")
    assert "ACCUSE" in _types(doc) and "COERCE" not in _types(doc)


def test_capital_behind_the_verb_beats_a_later_actor() -> None:
    # "a exhorté Moscou à ..., tandis que le Premier ministre canadien": the capital right behind the verb is the one asked
    doc = _run("Le président américain a exhorté Moscou à retirer ses troupes de la région, tandis que le Premier ministre canadien a parlé.")
    assert ("REQUEST", "USA", "RUS") in _pairs(doc)
    # a capital after a locative word is where it happened: the target named after it stays
    doc = _run("Des centaines d'Ukrainiens ont manifesté à Paris contre la Russie.")
    assert ("PROTEST", "UKR", "RUS") in _pairs(doc)


def test_forces_put_on_alert_are_mobilised() -> None:
    # "a mis ses forces ... en alerte maximale" (CAMEO 152); the same verb without "en alerte" is no mobilisation
    doc = _run("Le président russe a mis ses forces nucléaires en alerte maximale.")
    assert ("MOBILIZE", "RUS", None) in _pairs(doc)
    doc = _run("Le président russe a mis ses menaces à exécution.")
    assert "MOBILIZE" not in _types(doc)


def test_participle_urging_is_a_request() -> None:
    # "exhortant leurs homologues ... à", "l'invitant à": the subject of the sentence asks the one named
    doc = _run("Les responsables militaires américains ont accentué la pression, exhortant leurs homologues vénézuéliens à agir.")
    assert ("REQUEST", "USA", "VEN") in _pairs(doc)
    # "exhortant" with nothing to do named after it is no request
    doc = _run("Les responsables militaires américains ont parlé longuement, exhortant sans cesse.")
    assert "REQUEST" not in _types(doc)


def test_gathering_to_block_a_road_is_no_meeting() -> None:
    # "se sont réunis pour organiser un barrage filtrant": a protest, not a meeting between sides
    doc = _run("Une trentaine de gilets jaunes français se sont réunis pour organiser un barrage filtrant près de Mons.")
    assert "CONSULT" not in _types(doc)
    assert "PROTEST" in _types(doc)
    doc = _run("Les ministres français et allemand se sont réunis pour discuter du budget.")
    assert ("CONSULT", "FRA", "DEU") in _pairs(doc)


def test_court_sentence_with_words_before_the_penalty() -> None:
    # "a condamné l'officier ... à 35 ans de prison": the elided article, and the penalty a few words after the
    # verb ("condamne X à contumace à 20 ans de réclusion"), make a court sentence (COERCE 173), not a condemnation
    doc = _run("La justice française a condamné l'officier chilien à 35 ans de prison.")
    assert ("COERCE", "FRA", "CHL") in _pairs(doc)
    assert "ACCUSE" not in _types(doc)
    doc = _run("En 2015, la justice ivoirienne condamne Laurent Gbagbo à contumace à 20 ans de réclusion.")
    assert ("COERCE", "CIV", "CIV") in _pairs(doc)
    # the penalty only risked is no sentence
    doc = _run("Le militant français risque jusqu'à 5 ans de prison.")
    assert "COERCE" not in _types(doc)


def test_crime_a_sentence_is_for_is_no_attack() -> None:
    # "condamné ... pour l'enlèvement d'un Français", "pour avoir agressé": the crime judged, not an attack reported
    doc = _run("La justice française a condamné l'ancien officier chilien à 35 ans de prison pour l'enlèvement d'un Français.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Le tireur français avait été condamné en 2010 à dix ans de prison pour le meurtre d'un policier.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Des hommes armés ont tué trois soldats maliens dans le nord du Mali.")
    assert ("ASSAULT", None, "MLI") in _pairs(doc)


def test_condemning_with_an_elided_article_is_an_accusation() -> None:
    # "condamne l'action des casseurs", "menaçant d'expulser": the elided article after the verb
    doc = _run("Le Premier ministre belge condamne l'action des casseurs français.")
    assert ("ACCUSE", "BEL", "FRA") in _pairs(doc)
    # a measure suspended is no sanction against a party
    doc = _run("Treize pays de l'UE ont suspendu l'utilisation du vaccin.")
    assert "SANCTION" not in _types(doc)


def test_a_ban_on_protests_is_no_protest() -> None:
    # "interdisent de manifester", "interdire cette manifestation", "a interdit toute manifestation": the ban, not a protest held
    for text in ["Dans le nord de la France, les autorités interdisent de manifester.",
                 "Le maire de Wavre a décidé d'interdire cette manifestation des policiers belges.",
                 "La préfecture française a interdit toute manifestation dans le centre de Nancy."]:
        assert "PROTEST" not in _types(_run(text)), text
    doc = _run("Des milliers de gilets jaunes français ont manifesté samedi à Nancy.")
    assert "PROTEST" in _types(doc)


def test_pronoun_after_an_opening_phrase_is_the_last_person_named() -> None:
    # "Sur un ton grave, il a dénoncé": the pronoun right after the first comma opens the clause
    doc = _run("Le président français a parlé lundi soir. Sur un ton grave, il a dénoncé les violences des casseurs.")
    assert ("ACCUSE", "FRA", None) in _pairs(doc) or ("ACCUSE", "FRA", "FRA") in _pairs(doc)
    doc = _run("Le ministre russe a pris la parole. Au lieu de cela, il a accusé les États-Unis de provoquer les pénuries.")
    assert ("ACCUSE", "RUS", "USA") in _pairs(doc)
    # a name before the comma is the subject, not the pronoun's antecedent
    doc = _run("Le ministre russe a pris la parole. Selon Joe Biden, il a accusé les États-Unis à tort.")
    assert ("ACCUSE", "RUS", "USA") not in _pairs(doc)


def test_feminine_and_plural_participles_of_attacks() -> None:
    # "a été bombardée", "a été vandalisée": the participle agrees with a feminine or plural object
    doc = _run("La centrale ukrainienne a été bombardée par les troupes russes.")
    assert ("ASSAULT", "RUS", "UKR") in _pairs(doc)
    doc = _run("La brasserie parisienne a été vandalisée par des casseurs français.")
    assert "ASSAULT" in _types(doc)


def test_a_call_to_a_rally_is_no_rally() -> None:
    # "des appels à un rassemblement place de la Concorde", "ont appelé à un grand rassemblement": a call, not a rally held
    doc = _run("Des appels à un rassemblement place de la Concorde circulent parmi les gilets jaunes français.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Des centaines de gilets jaunes français ont tenu un rassemblement place de la Concorde.")
    assert "PROTEST" in _types(doc)


def test_il_y_a_with_an_adverb_is_impersonal() -> None:
    # "il y a surtout la coordination des manifestations": nobody is meant, not the last person named
    doc = _run("Le ministre belge Charles Michel a parlé. Parmi les points d'accord, il y a surtout la coordination pour "
               "les manifestations.")
    assert "AGREE" not in _types(doc)


def test_a_destination_does_not_act_on_the_ground() -> None:
    # "en direction de l'Espagne, des barrages filtrants": where the road leads is not who blocks it
    doc = _run("Plus au sud, sur l'autoroute en direction de l'Espagne, des barrages filtrants des gilets jaunes ont "
               "provoqué des ralentissements.")
    assert not any("ESP" in p for p in event_pairs(doc) if p[0] == "PROTEST")


def test_the_police_of_a_town_abroad_is_of_its_country() -> None:
    # a French outlet's "à Montréal, la police a fait usage de gaz lacrymogène": the police of the place, not France's
    # (roles.yaml local_sectors)
    doc = analyse_text("À Montréal, la police a fait usage de gaz lacrymogène pour repousser des manifestants.", "fr",
                       url="https://www.lemonde.fr/a")
    assert ("COERCE", "CAN", "CAN") in event_pairs(doc)


def test_tear_gas_grenades_and_bombs_are_repression() -> None:
    # "grenades lacrymogène" (singular or mis-agreed), "bombes lacrymogènes", "tirs de lacrymogènes": no "gaz" needed
    doc = _run("Les policiers français ont répliqué par des bombes lacrymogènes contre les manifestants à Nantes.")
    assert _types(doc) == {"COERCE"} and ("COERCE", "FRA", "FRA") in _pairs(doc)
    doc = _run("Les gendarmes français ont fait usage de grenades lacrymogène contre les manifestants à Lyon.")
    assert _types(doc) == {"COERCE"} and ("COERCE", "FRA", "FRA") in _pairs(doc)


def test_rising_against_is_accuse_but_not_an_amount() -> None:
    # "s'élève avec émotion contre les propos": a public protest in words; "le bilan s'élève à 12 morts, contre 8": an amount
    doc = _run("Le Consistoire de Strasbourg s'élève avec une forte émotion contre les propos des manifestants français.")
    assert _types(doc) == {"ACCUSE"}
    doc = _run("Le bilan des inondations au Maroc s'élève à 12 morts, contre 8 la veille.")
    assert "ACCUSE" not in _types(doc)


def test_a_flat_refusal_opposed_is_reject() -> None:
    # "a opposé une fin de non-recevoir à": a request turned down (with or without the hyphen)
    doc = _run("L'Élysée a opposé une fin de non recevoir aux syndicats français.")
    assert ("REJECT", "FRA", "FRA") in _pairs(doc)
    doc = _run("Le Premier ministre français oppose une fin de non-recevoir aux manifestants français.")
    assert ("REJECT", "FRA", "FRA") in _pairs(doc)


def test_a_focusing_adverb_inside_a_form_is_skipped() -> None:
    # "a en particulier rejeté", "plaident au contraire pour", "ont surtout protesté": the adverb sits inside the form
    doc = _run("Le président français a en particulier rejeté la demande des syndicats belges.")
    assert ("REJECT", "FRA", "BEL") in _pairs(doc)
    doc = _run("Le ministre belge plaide avant tout pour un report de la sortie du Royaume-Uni.")
    assert "REQUEST" in _types(doc)


def test_a_strike_called_or_wanted_is_no_strike() -> None:
    # "a levé son appel à faire grève", "la volonté de faire grève": the call or the wish, not a strike held
    doc = _run("Le syndicat belge des routiers a levé son appel à faire grève à partir de dimanche.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Les syndicats belges sont surpris par la grande volonté de faire grève parmi les travailleurs.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Les routiers belges sont en grève depuis lundi contre la hausse des taxes.")
    assert "PROTEST" in _types(doc)


def test_the_effects_of_protests_are_no_protest() -> None:
    # "s'est alarmée des conséquences des manifestations", "l'impact des manifestations": the topic of another act
    doc = _run("Les commerçants français s'inquiètent des conséquences des manifestations sur leur chiffre d'affaires.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Le commissaire belge a été interrogé sur l'impact des manifestations des gilets jaunes belges à Nivelles.")
    assert "PROTEST" not in _types(doc)


def test_a_night_span_inside_a_form_is_skipped() -> None:
    # "a accordé dans la nuit de mercredi à jeudi une revalorisation": the pay rise granted, not aid
    doc = _run("Le gouvernement français a accordé dans la nuit de mercredi à jeudi une revalorisation salariale aux policiers.")
    assert _types(doc) == {"CONCEDE"}


def test_an_amnesty_granted_is_concede() -> None:
    doc = _run("Le gouvernement libyen a accordé l'amnistie aux rebelles tchadiens.")
    assert ("CONCEDE", "LBY", "TCD") in _pairs(doc)


def test_a_complaint_filed_with_its_article_is_accuse() -> None:
    # "ont déposé une plainte", "a déclaré avoir porté plainte": a legal complaint, like "a porté plainte"
    doc = _run("Les avocats du militant français ont déposé une plainte le 14 février à Bruxelles.")
    assert _types(doc) == {"ACCUSE"}


def test_a_square_named_after_a_country_is_not_that_country() -> None:
    # "place du Luxembourg" (Brussels), "place d'Italie" (Paris): places.yaml street_heads
    doc = analyse_text("Les gilets jaunes se sont rassemblés place du Luxembourg à Bruxelles.", "fr",
                       url="https://www.lesoir.be/a")
    assert not any("LUX" in p for p in event_pairs(doc))
    assert not any(m.country == "LUX" for m in doc.mentions)
    doc = analyse_text("Le cortège est parti de la place d'Italie vers 14h.", "fr", url="https://www.lemonde.fr/a")
    assert not any(m.country == "ITA" for m in doc.mentions)


def test_a_call_to_protest_or_a_hope_is_no_protest() -> None:
    # "avait appelé à manifester", "se prend à espérer que les manifestants": a call, a hope, not a protest held
    doc = _run("Jeudi soir, la députée française avait appelé à manifester devant la mairie de Lyon.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Le ministère français se prend à espérer que les manifestants seront moins nombreux à Lyon.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Des centaines de manifestants ont défilé samedi à Lyon contre la réforme du gouvernement français.")
    assert "PROTEST" in _types(doc)


def test_a_protest_dated_years_before_the_report_is_background() -> None:
    # "les grèves de 1995", "En 2013, il y a eu un soulèvement": a protest recalled from years before the
    # report (modality.yaml background_years), not the news; one of last year, or undated, stays
    doc = analyse_text("En 2012, des milliers d'étudiants québécois ont manifesté à Montréal contre la hausse des frais.", "fr",
                       published="2018-12-05")
    assert "PROTEST" not in _types(doc)
    doc = analyse_text("En 2017, des milliers d'étudiants québécois ont manifesté à Montréal contre la hausse des frais.", "fr",
                       published="2018-12-05")
    assert "PROTEST" in _types(doc)
    doc = analyse_text("Des milliers d'étudiants québécois ont manifesté à Montréal contre la hausse des frais.", "fr",
                       published="2018-12-05")
    assert "PROTEST" in _types(doc)
    # an attack recalled with its year is still coded (the gold sets code dated background attacks)
    doc = analyse_text("En décembre 2012, un attentat a tué douze personnes à Berlin.", "fr", published="2018-12-05")
    assert "ASSAULT" in _types(doc)


def test_a_crowd_size_is_no_year() -> None:
    # "environ 2000, samedi", "plus de 2000 rassemblements": a count (dates.yaml not_after_year), not the year 2000
    doc = analyse_text("Les manifestants étaient environ 2000, samedi, à défiler dans le centre de Lille.", "fr",
                       published="2018-12-05")
    assert not any((d.value or "").startswith("2000") for d in doc.dates)
    doc = analyse_text("Environ 2000 « gilets jaunes » ont manifesté samedi à Nancy.", "fr", published="2018-12-05")
    assert not any((d.value or "").startswith("2000") for d in doc.dates)
    assert "PROTEST" in _types(doc)


def test_a_road_accident_or_an_accidental_blast_is_no_assault() -> None:
    # "tuée après avoir été renversée par une voiture", "a percuté et tué", "l'explosion accidentelle d'une grenade"
    doc = _run("À Lyon, une manifestante française a été tuée après avoir été renversée par une voiture.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Un camion a percuté et tué un gilet jaune belge près de Liège.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Un policier français a eu la main arrachée lors de l'explosion accidentelle d'une grenade à Lyon.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("Un gilet jaune belge a été tué par balle près de Liège.")
    assert "ASSAULT" in _types(doc)


def test_the_eve_of_a_new_protest_or_a_feared_one_is_no_protest() -> None:
    # "à la veille d'une nouvelle manifestation", "font craindre de nouvelles émeutes": upcoming or feared
    doc = _run("Le ministre français a réuni les préfets à la veille d'une nouvelle manifestation à Lyon.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Les appels sur les réseaux sociaux font craindre de nouvelles émeutes à Lyon.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Lyon a commencé à se barricader à la veille d'un nouveau samedi de manifestations des gilets jaunes français.")
    assert "PROTEST" not in _types(doc)


def test_protests_as_the_topic_of_a_remark_are_no_protest() -> None:
    # "S'agissant de la manifestation, la loi oblige", "à propos des manifestants": the theme of what is said
    doc = _run("S'agissant de la manifestation, la loi française oblige l'organisateur à prévenir la mairie de Lyon.")
    assert "PROTEST" not in _types(doc)


def test_a_crowd_at_a_celebration_or_a_fair_is_no_protest() -> None:
    # "se sont rassemblées pour attendre les douze coups de minuit", "les allées de la manifestation" (a fair)
    doc = _run("À Lyon, des milliers de Français se sont rassemblés pour attendre les douze coups de minuit.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Le président français a inauguré le salon et commencé une visite dans les allées de la manifestation à Lyon.")
    assert "PROTEST" not in _types(doc)


def test_ecoper_d_une_peine_is_undergone_by_the_subject() -> None:
    # "a écopé de ... prison": the subject is sentenced, not the one who coerces; a mere warning is no event
    doc = _run("Deux manifestants belges ont écopé de six mois de prison avec sursis.")
    assert ("COERCE", "BEL", "BEL") in event_pairs(doc)
    assert not _run("Le policier belge a écopé d'un simple avertissement.").events


def test_projectiles_thrown_after_another_verb_of_the_same_subject_are_an_attack() -> None:
    # "ont envahi la voie et jeté des projectiles": the auxiliary is shared; the alleged or judged act is no attack
    # (the casseurs are unidentified rioters, of no country: roles.yaml riot_modes)
    doc = _run("À Bruxelles, les casseurs ont poussé une moto et jeté des pavés sur les policiers belges.")
    assert ("ASSAULT", None, "BEL") in event_pairs(doc)
    doc = _run("À Bruxelles, un casseur belge est soupçonné d'avoir jeté des pavés sur les policiers belges.")
    assert "ASSAULT" not in _types(doc)


def test_a_passive_arrest_with_nobody_named_is_made_by_the_authorities() -> None:
    # "Trente personnes ont été interpellées": nobody named, the authorities where it happened arrested them
    doc = _run("Les gilets jaunes français ont de nouveau défilé samedi à Lyon. Trente personnes ont été interpellées à Lyon.")
    assert ("COERCE", "FRA", "FRA") in event_pairs(doc)
    doc = _run("Les gilets jaunes belges ont bloqué un dépôt de carburant. Douze personnes ont été placées en garde à vue à Liège.")
    assert ("COERCE", "BEL", "BEL") in event_pairs(doc)
    # alleged, or with no country to take the authorities from: no record
    assert not _run("Il aurait été interpellé à Lyon.").events
    assert not _run("Trente personnes ont été interpellées.").events


def test_a_refusal_said_by_a_negation_is_a_rejection() -> None:
    # "n'entend pas renoncer", "ne cédera pas", "refuse de céder": a refusal declared, the negation is the form's own
    doc = _run("Le ministre français de l'Économie n'entend pas renoncer à la hausse des taxes sur le carburant.")
    assert ("REJECT", "FRA", "FRA") in event_pairs(doc)
    doc = _run("Le Premier ministre belge ne cédera pas aux gilets jaunes.")
    assert "REJECT" in _types(doc)
    # a negated refusal is none
    assert "REJECT" not in _types(_run("Le ministre français n'a pas refusé de céder aux syndicats."))


def test_received_by_in_the_narrative_present_is_a_meeting() -> None:
    # "sont reçus vendredi à 20h30 par le Premier ministre": the host after "par"; with no host named, nothing
    doc = _run("Les représentants des gilets jaunes sont reçus vendredi à 20h30 par le Premier ministre Édouard Philippe.")
    assert "CONSULT" in _types(doc)
    assert "CONSULT" not in _types(_run("Le message est reçu cinq sur cinq par le gouvernement français."))


def test_indignation_of_a_named_speaker_is_a_disapproval() -> None:
    # "», s'est indigné X": the named speaker disapproves, whoever is the target; an unnamed one gives nothing
    doc = _run("« Ras le bol de devoir dénoncer la haine », s'est indigné le député français Éric Ciotti.")
    assert any(t == "ACCUSE" and a == "FRA" for t, a, _r in event_pairs(doc))
    assert "ACCUSE" not in _types(_run("« C'est une honte », s'indigne un internaute."))


def test_the_belgian_province_of_luxembourg_is_belgium() -> None:
    # "dans la province de Luxembourg": the Belgian province, not the Grand Duchy
    doc = _run("Des gilets jaunes ont bloqué samedi un rond-point à Arlon, dans la province de Luxembourg.")
    assert ("PROTEST", "BEL", "BEL") in event_pairs(doc)
    doc = _run("Une centaine de gilets jaunes se sont rassemblés samedi en Province du Luxembourg.")
    assert ("PROTEST", "BEL", "BEL") in event_pairs(doc)


def test_planned_protests_and_figurative_or_habitual_attacks_are_no_events() -> None:
    # "des manifestations sont également annoncées": to come; "mettre fin à leurs manifestations": a call
    assert "PROTEST" not in _types(_run("Plusieurs manifestations sont également annoncées à Lyon et à Nantes."))
    assert "PROTEST" not in _types(_run("Le ministre français a demandé aux syndicats de mettre fin à leurs manifestations."))
    assert "PROTEST" in _types(_run("Plusieurs manifestations ont eu lieu samedi à Lyon et à Nantes."))
    # "ont attaqué frontalement la réforme": a criticism or a vote, not an assault
    assert "ASSAULT" not in _types(_run("Les députés français ont attaqué frontalement la réforme des retraites mardi."))
    assert "ASSAULT" in _types(_run("Des hommes armés ont attaqué mardi un poste de police à Lyon."))
    # "souvent accusés d'être": a reputation, no dated act
    assert "ACCUSE" not in _types(_run("Les militants français sont souvent accusés d'être des extrémistes."))
    # "comparables à l'attaque de": a point of comparison
    assert "ASSAULT" not in _types(_run("Aucun incident comparable à l'attaque du commissariat de Lyon n'a été signalé."))


def test_a_see_also_title_line_is_no_event() -> None:
    # "À VOIR AUSSI - <title>" alone on its line: another article's title, not the story
    doc = _run("Les gilets jaunes ont défilé samedi à Paris.\nÀ VOIR AUSSI - Le syndicat français Alliance appelle à la grève\nLe calme est revenu.")
    assert "REQUEST" not in _types(doc)
    assert "PROTEST" in _types(doc)


def test_a_protest_day_as_a_time_anchor_is_no_protest() -> None:
    # "après le quatrième samedi de mobilisation": the time of another act (a speech, a measure), not the protest
    doc = _run("Le ministre français a reçu lundi les syndicats, après le troisième samedi de mobilisation des gilets jaunes.")
    assert "PROTEST" not in _types(doc)
    assert "PROTEST" not in _types(_run("La pression monte sur le gouvernement français après un deuxième week-end de manifestations."))
    assert "PROTEST" in _types(_run("Samedi, le troisième samedi de mobilisation des gilets jaunes a rassemblé 10 000 personnes en France."))


def test_an_inquiry_already_there_is_no_new_inquiry() -> None:
    # "les résultats de l'enquête", "dans le cadre de l'enquête": an inquiry as the setting of another act
    doc = _run("Le ministre français attend les résultats de l'enquête de l'inspection générale de la police.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("Le parquet de Paris a ouvert mardi une enquête sur les violences contre des policiers français.")
    assert "ACCUSE" in _types(doc)


def test_the_movement_named_in_passing_is_no_protest() -> None:
    # "pour apaiser la fronde des gilets jaunes", "ce mouvement de contestation": the movement's name, the setting of another act
    assert "PROTEST" not in _types(_run("Le gouvernement français a pris des mesures pour apaiser la fronde des gilets jaunes."))
    assert "PROTEST" not in _types(_run("Ce mouvement de contestation inquiète le gouvernement français."))
    assert "PROTEST" in _types(_run("Samedi, une vague de protestation contre le gouvernement français a touché Paris et Lyon."))


def test_a_ban_on_protesting_is_a_sanction() -> None:
    # "le gouverneur a interdit les rassemblements", "une interdiction de manifester a été prononcée": a restriction
    # imposed without force, SANCTION (as the sets annotated since events_dev8 code it); dissolving a group stays COERCE
    doc = _run("Le gouverneur belge a interdit les rassemblements des gilets jaunes à la frontière.")
    assert "SANCTION" in _types(doc)
    assert "COERCE" not in _types(doc)
    doc = _run("Le gouvernement français a prononcé la dissolution du groupe d'ultradroite.")
    assert "SANCTION" not in _types(doc)


def test_a_ministry_named_by_its_field_is_a_body() -> None:
    # "L'Intérieur a compté 52.000 manifestants", "selon Beauvau": the interior ministry, only as written with a capital
    doc = _run("L'Intérieur a compté 52.000 manifestants samedi dans tout le pays.")
    assert [e["actor"]["sectors"] for e in doc.events if e["event_type"] == "PROTEST"] == [["GOV", "INTERIOR"]]
    doc = _run("Selon la police, des dizaines de manifestants sont entrés à l'intérieur du bâtiment samedi.")
    assert all("INTERIOR" not in (e["actor"] or {}).get("sectors", []) for e in doc.events)


def test_an_intervention_unit_is_a_police_body() -> None:
    # "le GIGN ... a été mis en alerte": the gendarmerie's unit
    doc = _run("Le GIGN et ses antennes régionales ont été mis en alerte renforcée samedi.")
    assert [e["actor"]["sectors"] for e in doc.events if e["event_type"] == "MOBILIZE"] == [["POLICE"]]


def test_a_force_deployed_by_its_size_is_a_mobilisation() -> None:
    # "avait déployé un large dispositif", "ayant fait disperser la foule": forces sent out, a crowd dispersed
    doc = _run("À Namur, la police belge avait déployé un large dispositif pour éviter tout débordement.")
    assert "MOBILIZE" in _types(doc)
    doc = _run("À Lyon, la police française ayant rapidement fait disperser la foule, le cortège s'est arrêté.")
    assert "COERCE" in _types(doc)


def test_engaging_in_and_a_care_sector_are_no_aid() -> None:
    # "les ministres se livrent au service après-vente": s'adonner à; "l'aide médico-psychologique": a sector
    doc = _run("À Paris, tous les ministres français se livrent désormais au service après-vente du plan.")
    assert "AID" not in _types(doc)
    doc = _run("Ces 330 000 salariés travaillent dans la protection de l'enfance et l'aide médico-psychologique, selon la CGT.")
    assert "AID" not in _types(doc)


def test_a_criticism_recalled_by_a_bare_participle_is_no_accusation() -> None:
    # "Critiquées par les syndicats, les règles seront suspendues", "cette décision, condamnée par Kiev, a permis":
    # a criticism recalled in apposition is background; with its auxiliary, or after an act named in a nominal
    # sentence ("Des propos fermement condamnés par le préfet"), it is reported
    doc = _run("Critiquées par les syndicats, les nouvelles règles du contrôle technique seront suspendues pour six mois.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("Cette décision, condamnée par la Pologne, a permis à Moscou de masser des troupes à la frontière.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("La réforme du gouvernement a été vivement critiquée mardi par les syndicats.")
    assert "ACCUSE" in _types(doc)
    doc = _run("Des propos fermement condamnés par le préfet de Bretagne et par le maire de Rennes.")
    assert "ACCUSE" in _types(doc)


def test_what_placards_denounce_is_no_accusation() -> None:
    # "des pancartes dénonçant la cherté de la vie": a march's slogan, not an accusation of whoever is named next
    doc = _run("À Madrid, quelques centaines de manifestants brandissaient des pancartes dénonçant la cherté de la vie, "
               "disant vouloir suivre l'exemple français.")
    assert "ACCUSE" not in _types(doc)


def test_the_announced_national_consultation_is_no_meeting() -> None:
    # "en organisant une grande concertation nationale", "reporter la concertation": a public debate promised
    doc = _run("Le gouvernement français affirme avoir agi en organisant une grande concertation nationale avec les maires.")
    assert "CONSULT" not in _types(doc)
    doc = _run("L'exécutif français a décidé de reporter la concertation avec les syndicats à la mi-janvier.")
    assert "CONSULT" not in _types(doc)


def test_welfare_and_what_a_charity_does_are_no_aid() -> None:
    # "l'aide sociale touchée en Suisse": a benefit; "une association qui aide les réfugiés": what it does, no act
    doc = _run("La France va compenser l'aide sociale touchée en Suisse par ses ressortissants.")
    assert "AID" not in _types(doc)
    doc = _run("Elle dirige une association polonaise qui aide les réfugiés ukrainiens.")
    assert "AID" not in _types(doc)


def test_an_accusation_taken_up_again_is_no_new_one() -> None:
    # "Son accusation est réfutée par Kiev", "Ces accusations font suite à celles du ministre": the sentence tells
    # what followed an accusation already reported
    doc = _run("Son accusation est réfutée par le gouvernement polonais et par ses alliés.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("Le ministre russe a porté des accusations contre le gouvernement polonais mardi.")
    assert "ACCUSE" in _types(doc)


# --- riots by unidentified rioters (roles.yaml riot_modes) ---------------------------------


def test_clashes_alone_are_a_riot_by_unidentified_rioters() -> None:
    # "affrontements" alone is a street riot in this news; nobody named: rioters of no country, against the
    # government of the country it happened in
    doc = _run("De violents affrontements ont éclaté samedi après-midi à Bordeaux, avec des vitrines brisées.")
    assert ("PROTEST", None, "FRA") in _pairs(doc)
    assert "ASSAULT" not in _types(doc)


def test_armed_clashes_stay_an_attack() -> None:
    # the clashes said to be armed, or between an army and rebels, are fighting, not a riot
    doc = _run("Des affrontements meurtriers entre les rebelles et l'armée malienne ont fait dix morts mardi près de Gao.")
    assert "ASSAULT" in _types(doc)
    assert "PROTEST" not in _types(doc)


def test_clashes_between_named_protesters_and_police_are_theirs() -> None:
    # the protesters named in the phrase are the actor, not unidentified rioters
    doc = _run("Des affrontements entre les manifestants et les CRS ont eu lieu dans la matinée à Rennes.")
    assert ("PROTEST", "FRA", "FRA") in _pairs(doc)


def test_violence_and_damage_with_no_author_are_a_riot() -> None:
    doc = _run("Des violences ont éclaté dimanche soir à Nantes.")
    assert ("PROTEST", None, "FRA") in _pairs(doc)
    doc = _run("Trois véhicules de police ont été incendiés vendredi soir à Liège.")
    assert ("PROTEST", None, "BEL") in _pairs(doc)
    assert "ASSAULT" not in _types(doc)


def test_a_rating_cut_is_no_riot() -> None:
    doc = _run("La note de la dette française a été dégradée par Moody's vendredi soir.")
    assert "PROTEST" not in _types(doc)


# --- round 42 -------------------------------------------------------------------------------


def test_going_for_police_or_buildings_is_an_attack_words_stay_an_accusation() -> None:
    # « s'en prendre à » des policiers, à une mairie : des coups, des dégâts ; à une politique : des mots
    doc = _run("Samedi à Lyon, une vingtaine de casseurs s'en sont pris aux forces de l'ordre près de la gare.")
    assert "ASSAULT" in _types(doc)
    assert "ACCUSE" not in _types(doc)
    doc = _run("L'ancien ministre s'en prend à la réforme des retraites du gouvernement français.")
    assert "ACCUSE" in _types(doc)
    assert "ASSAULT" not in _types(doc)


def test_a_weapon_carried_or_spelt_out_is_no_shot() -> None:
    # les policiers « dotés du » LBD le portent ; le sigle derrière le nom entier de l'arme dans le débat
    # sur son usage n'est pas un tir de plus
    doc = _run("Dimanche, les gendarmes dotés du lanceur de balles de défense porteront une caméra.")
    assert "COERCE" not in _types(doc)
    doc = _run("Le Conseil d'État a refusé jeudi de suspendre l'usage des lanceurs de balle de défense (LBD) en manifestation.")
    assert "COERCE" not in _types(doc)


def test_a_groups_stated_aim_is_no_protest() -> None:
    # « la mission du groupe est de protester » : ce que le groupe se donne pour but, pas un fait
    doc = _run("Selon sa page, la mission du groupe est de protester contre la taxe carbone du gouvernement canadien.")
    assert "PROTEST" not in _types(doc)


def test_civilians_behind_a_protest_noun_hold_it_whoever_is_named_before() -> None:
    # roles.yaml genitive_markers: « la mobilisation des gilets jaunes » est la leur ; celui qui est nommé avant
    # n'en est que la cible, s'il est du gouvernement de leur pays
    doc = _run("Le président Emmanuel Macron fait face samedi à la mobilisation des « gilets jaunes » à Paris.")
    protests = [e for e in doc.events if e["event_type"] == "PROTEST"]
    assert protests
    assert "gilets jaunes" in protests[0]["actor"]["name"].lower()
    assert "Macron" in (protests[0]["recipient"] or {}).get("name", "")


def test_angry_taxis_are_their_drivers() -> None:
    # « des taxis en colère bloquent » : les chauffeurs, des civils du pays
    doc = _run("Jeudi, des centaines de taxis en colère bloquent la porte Maillot à Paris contre le gouvernement.")
    assert ("PROTEST", "FRA", "FRA") in _pairs(doc)


def test_going_for_a_vehicle_is_an_attack_for_the_president_words() -> None:
    doc = _run("Samedi à Nantes, des manifestants s'en sont pris au véhicule d'un automobiliste bloqué.")
    assert "ASSAULT" in _types(doc)
    doc = _run("Le chef de l'opposition s'en est pris au président français lors d'un meeting dimanche.")
    assert "ACCUSE" in _types(doc)
    assert "ASSAULT" not in _types(doc)


def test_french_unions_and_employers_are_french_bodies() -> None:
    # kb_data/agencies.yaml: the CGT, the CFDT, FO, the Medef ... are bodies of France
    doc = _run("La CGT a appelé le gouvernement français à ouvrir des négociations salariales.")
    assert ("REQUEST", "FRA", "FRA") in _pairs(doc)
    doc = _run("Le Medef a dénoncé la politique fiscale du gouvernement français.")
    assert ("ACCUSE", "FRA", "FRA") in _pairs(doc)
    doc = _run("La FGTB a rejeté le projet du gouvernement fédéral belge.")
    assert ("REJECT", "BEL", "BEL") in _pairs(doc)


def test_prosecutors_and_customs_officers_unnamed_are_bodies() -> None:
    # actors.yaml body_heads: « les procureurs », « des douaniers » act without a name
    doc = _run("À Bruxelles, les procureurs ont demandé au tribunal de nouvelles vérifications.")
    assert [e["actor"]["name"] for e in doc.events if e["event_type"] == "REQUEST"] == ["procureurs"]
    doc = _run("Des douaniers français ont interpellé deux passeurs à Calais.")
    assert "COERCE" in _types(doc)


def test_a_plural_pronoun_opening_a_sentence_is_the_group_named_before() -> None:
    # roles.yaml plural_pronouns: « Ils » stands for the body that opens the sentence before
    doc = _run("Les syndicats français ont quitté la réunion mardi. "
               "Ils ont dénoncé le mépris du gouvernement français.")
    assert ("ACCUSE", "FRA", "FRA") in _pairs(doc)


def test_judging_or_deeming_a_thing_shocking_is_an_accusation() -> None:
    # events.yaml: « juge », « qualifie », « a estimé » with a word of condemnation behind (« choquant », « inacceptables »)
    doc = _run("Le président français juge ces violences contre les forces de l'ordre « inacceptables ».")
    assert "ACCUSE" in _types(doc)
    doc = _run("La ministre française des Transports a estimé que le succès de cette cagnotte était « choquant ».")
    assert "ACCUSE" in _types(doc)
    # the verb alone is an opinion on anything
    doc = _run("La ministre française des Transports a estimé que la réforme serait votée en mars.")
    assert "ACCUSE" not in _types(doc)


def test_rising_up_against_in_words_is_an_accusation() -> None:
    # events.yaml: « s'insurger (contre) » is a public protest in words, as « s'indigner » is
    doc = _run("Le Premier ministre belge s'insurge contre la décision du gouvernement néerlandais.")
    assert ("ACCUSE", "BEL", "NLD") in _pairs(doc)


def test_political_attacks_in_words_are_no_assault() -> None:
    # events.yaml ASSAULT « attaque(s) »: a charge in words by leaders or parties, or « s'attaquer à », is no assault
    for text in ("Une série d'attaques de dirigeants populistes polonais contre le gouvernement allemand a tendu les relations.",
                 "Les attaques extérieures au parti font écho à des débats internes chez les écologistes.",
                 "La ministre s'attaque aussi au préfet de police, accusé de laxisme."):
        assert "ASSAULT" not in _types(_run(text)), text
    # an attack in arms stays one
    assert "ASSAULT" in _types(_run("Une attaque contre une patrouille de l'armée malienne a fait trois morts lundi."))


def test_a_march_put_as_a_condition_is_not_reported_held() -> None:
    # modality.yaml hypothetical « à condition que », « est censé »: a condition or what is supposed to be done
    doc = _run("Les syndicats se sont joints à l'appel, à condition que le défilé reste pacifique.")
    assert "PROTEST" not in _types(doc)


def test_a_cancelled_or_postponed_trip_is_no_visit() -> None:
    # modality.yaml negation « annuler son », « d'annuler sa », « reporter sa »: the trip did not take place
    for text in ("Le ministre belge des Affaires étrangères a dû annuler son voyage en Pologne.",
                 "Le président portugais a décidé de reporter sa visite officielle en Serbie."):
        assert "CONSULT" not in _types(_run(text)), text


def test_an_injury_by_a_police_weapon_shot_is_an_assault_by_the_authorities() -> None:
    # events.yaml ASSAULT police-fire, roles.yaml authority_assault_modes: « blessé par un tir de LBD » names the
    # victim before and the police weapon behind; the shooter nobody names is the authorities of the country
    doc = _run("Un militant a été blessé par un tir de lanceur de balles de défense samedi à Nantes lors du défilé.")
    assert ("ASSAULT", "FRA", "FRA") in _pairs(doc)
    # another weapon is no police shot: unidentified attackers, of no country
    doc = _run("Un soldat malien a été blessé par un tir de roquette lundi à Gao.")
    assert ("ASSAULT", "FRA", "MLI") not in _pairs(doc)
    assert ("ASSAULT", "MLI", "MLI") not in _pairs(doc)


def test_a_hand_torn_off_by_a_grenade_is_the_polices_use_of_force() -> None:
    # events.yaml COERCE « main arrachée » with the grenade named behind: by the authorities of the country
    doc = _run("Un militant a eu la main arrachée par une grenade de désencerclement samedi à Paris.")
    assert ("COERCE", "FRA", "FRA") in _pairs(doc)
    # a hand torn off by a bomb is no police act
    doc = _run("Un soldat afghan a eu la main arrachée par l'explosion d'une bombe lundi à Kaboul.")
    assert "COERCE" not in _types(doc)


def test_a_crowd_pushed_back_or_hemmed_in_by_the_police_is_coerce() -> None:
    # events.yaml COERCE « repoussés / bloqués / encerclés par » with the police named right behind: force used on the crowd
    for text in ("Les manifestants ont été repoussés par les forces de l'ordre samedi devant la préfecture de Rouen.",
                 "Samedi à Lille, les gilets jaunes ont été encerclés par des policiers près de la gare."):
        assert ("COERCE", "FRA", "FRA") in _pairs(_run(text)), text
    # a depot blocked by the protesters is their blockade; what the police vehicles surround is no crowd
    assert "COERCE" not in _types(_run("Le dépôt pétrolier de Brest reste bloqué par les manifestants depuis lundi."))
    assert "COERCE" not in _types(_run("Les deux monuments ont été encerclés par les véhicules des forces de l'ordre."))


def test_pushing_back_protesters_is_no_rejection() -> None:
    # events.yaml REJECT « a écarté »: not with the crowd named behind
    doc = _run("La police belge avait écarté ces manifestants après des confrontations répétées près du Parlement.")
    assert "REJECT" not in _types(doc)
    assert "REJECT" in _types(_run("Le ministre belge de l'Intérieur a écarté toute idée d'amnistie pour les casseurs."))


def test_going_to_meet_someone_in_the_future_is_not_reported_done() -> None:
    # modality.yaml future « ira », « iront »: a trip announced, no meeting or protest yet
    doc = _run("Le président des Républicains, Laurent Wauquiez, ira à la rencontre des manifestants samedi à Lyon.")
    assert "PROTEST" not in _types(doc)
    assert "CONSULT" not in _types(doc)


def test_a_court_hearing_held_is_no_meeting() -> None:
    # events.yaml CONSULT « s'est tenue »: not after « audience », « procès », « manifestation »
    doc = _run("L'avocat du boxeur français s'exprimait avant l'audience qui s'est tenue hier à Paris.")
    assert "CONSULT" not in _types(doc)


def test_sites_held_blocked_are_a_blockade() -> None:
    # events.yaml PROTEST obstruct « lycées étaient bloqués », « dépôts sont bloqués »: the blockade reported, by protesters
    # of the country the sentence places it in
    doc = _run("Jeudi, plus de 150 lycées étaient encore bloqués en France, selon le ministère de l'Éducation.")
    assert "PROTEST" in _types(doc)
    # blocked by the police is no blockade by protesters
    doc = _run("Trois dépôts pétroliers sont bloqués par la police depuis lundi à Dunkerque.")
    assert "PROTEST" not in _types(doc)


def test_giving_oneself_up_to_the_police_is_no_visit() -> None:
    # events.yaml CONCEDE « se rend à la police », « avant de se rendre à la police »: a surrender, not a trip
    doc = _run("Le principal suspect, un Français de 30 ans, se rend à la police lundi soir à Marseille.")
    assert "CONSULT" not in _types(doc)


def test_protesters_targeted_by_police_weapon_shots() -> None:
    # events.yaml ASSAULT police-fire « visés par des tirs », « touché à l'œil par un projectile des forces de l'ordre »
    doc = _run("Samedi à Toulouse, des manifestants ont été visés par des tirs de lanceurs de balles de défense.")
    assert ("ASSAULT", "FRA", "FRA") in _pairs(doc)


def test_a_list_of_wounds_is_no_police_shot_reported() -> None:
    # events.yaml ASSAULT police-fire: not after a body part (« un œil touché par un tir de LBD » in a list of wounds)
    doc = _run("Les gilets jaunes appellent à une marche à Paris en hommage aux blessés : un œil touché par un tir de LBD, une main perdue.")
    assert "ASSAULT" not in _types(doc)


def test_a_disagreement_or_refusal_to_act_is_no_act() -> None:
    # « affiche son désaccord d'imposer un embargo » : l'embargo n'est pas imposé
    doc = _run("Le gouvernement hongrois a de nouveau affiché son désaccord d'imposer un embargo sur le pétrole russe.")
    assert "SANCTION" not in _types(doc)
    doc = _run("Le gouvernement polonais a refusé d'imposer des sanctions à la Biélorussie.")
    assert "SANCTION" not in _types(doc)


def test_a_funeral_procession_is_no_protest() -> None:
    doc = _run("Mardi, le cortège funéraire du soldat a traversé la ville de Tarbes sous les applaudissements.")
    assert "PROTEST" not in _types(doc)


def test_international_forces_are_of_no_country() -> None:
    # des forces de plusieurs États : pas le pays où elles se trouvent
    doc = _run("Les forces internationales ont mis fin mardi à leur mission de combat au Mali.")
    assert not any(t == "RETREAT" and a == "MLI" for t, a, _ in _pairs(doc))


def test_stopping_doing_something_is_no_arrest() -> None:
    # « a arrêté de travailler » : cesser de faire, pas une arrestation
    doc = _run("L'agence européenne a arrêté de faire voler ses avions au-dessus de la mer Egée.")
    assert "COERCE" not in _types(doc)
    doc = _run("La police belge a arrêté lundi trois hommes soupçonnés de préparer un attentat à Bruxelles.")
    assert "COERCE" in _types(doc)


def test_states_agreeing_among_themselves_are_the_sides() -> None:
    # les membres du sujet s'accordent entre eux : pas le pays du port nommé plus loin
    doc = _run("L'Italie, la Grèce et la France se sont mis d'accord mardi pour accueillir les 40 migrants "
               "secourus par le navire, après leur débarquement à Chypre.")
    assert "AGREE" in _types(doc)
    assert not any(t == "AGREE" and r == "CYP" for t, _, r in _pairs(doc))


def test_a_pluperfect_passive_arrest_is_the_authorities_act() -> None:
    # events.yaml COERCE passive « avait été interpellée », « avait été arrêté »: not the participle read as an active verb
    doc = _run("Sa sœur avait été interpellée jeudi soir à Lyon.")
    assert ("COERCE", "FRA") in {(t, a) for t, a, _ in _pairs(doc)}
    doc = _run("Le chauffeur du convoi avait été arrêté dans la nuit de vendredi à samedi à Marseille.")
    assert "COERCE" in _types(doc)


def test_a_release_from_custody_is_a_concession() -> None:
    # events.yaml CONCEDE: released by a court or at the end of police custody (gold convention), not RETREAT
    doc = _run("Le juge d'instruction a remis en liberté le militant syndical vendredi à Toulouse.")
    assert "RETREAT" not in _types(doc)


def test_criticising_someone_in_a_participle_clause() -> None:
    # events.yaml ACCUSE « s'en prenant », the target named after an incise
    doc = _run("Jean-Luc Mélenchon a jugé la réforme injuste, tout en s'en prenant, sans le nommer, au président Emmanuel Macron.")
    assert ("ACCUSE", "FRA", "FRA") in _pairs(doc)


def test_what_a_suspect_is_suspected_of_is_no_event() -> None:
    # events.yaml ACCUSE « soupçonné d'avoir » alleges: the act after it is supposed, not reported
    doc = _run("Une collecte en faveur du chauffeur routier, soupçonné d'avoir frappé deux policiers à Lyon, a été suspendue.")
    assert "ASSAULT" not in _types(doc)


def test_forces_that_are_mobilised_in_the_present() -> None:
    # events.yaml MOBILIZE « sont mobilisés » with the forces as subject; not protesters, not « se sont mobilisés »
    doc = _run("Samedi à Bordeaux, plusieurs centaines de gendarmes sont mobilisés autour de la préfecture.")
    assert "MOBILIZE" in _types(doc)
    doc = _run("À Nantes, les lycéens sont mobilisés depuis lundi contre la réforme du baccalauréat.")
    assert "MOBILIZE" not in _types(doc)


def test_homage_in_a_participle_clause_is_support() -> None:
    # events.yaml SUPPORT « rendant hommage à », « a fait l'éloge de »
    doc = _run("Le président sénégalais Macky Sall a fait l'éloge du président Emmanuel Macron jeudi à Dakar.")
    assert ("SUPPORT", "SEN", "FRA") in _pairs(doc)


def test_meeting_with_success_is_no_meeting() -> None:
    # events.yaml CONSULT « a rencontré » unless_after « un vif succès », « un écho »: a reception, nobody met
    doc = _run("La pétition du syndicat CGT contre le ministre Gérald Darmanin a rencontré un vif succès lundi à Lille.")
    assert "CONSULT" not in _types(doc)


def test_a_release_offered_in_exchange_is_no_release() -> None:
    # events.yaml CONCEDE « libération » not after « en échange de la »: a deal offered, nobody freed yet
    doc = _run("Le capitaine Jean Moreau, officier de gendarmerie, s'est proposé comme otage en échange de la libération des clients.")
    assert "CONCEDE" not in _types(doc)


def test_rescuers_that_are_mobilised_are_no_forces() -> None:
    # events.yaml MOBILIZE « sont mobilisés » not after « pompiers », « soignants »
    doc = _run("Au CHU de Rennes, médecins et pompiers sont mobilisés depuis samedi.")
    assert "MOBILIZE" not in _types(doc)


def test_rioters_going_for_a_gate_attack_it() -> None:
    # events.yaml ASSAULT « s'en prenant à » a gate: a physical act, not a criticism
    doc = _run("En s'en prenant à une grille du jardin des Tuileries, les émeutiers ont blessé plusieurs passants à Paris.")
    assert "ACCUSE" not in _types(doc)


def test_backing_a_strike_is_no_strike() -> None:
    # events.yaml PROTEST « grève » not after « soutien à la »: the speaker backs other people's strike
    doc = _run("Le député communiste Fabien Roussel a apporté mardi son soutien à la grève des cheminots de la SNCF.")
    assert "PROTEST" not in _types(doc)


def test_sanctions_kept_in_force_are_no_new_sanction() -> None:
    # events.yaml SANCTION « embargo », « sanctions » not after « maintient un », « maintiennent leurs »
    doc = _run("L'Union européenne maintient un embargo sur les armes contre le Zimbabwe.")
    assert "SANCTION" not in _types(doc)
    doc = _run("Le Canada a imposé mardi un embargo sur les armes contre le Venezuela.")
    assert "SANCTION" in _types(doc)


def test_a_planned_rally_is_not_held() -> None:
    # events.yaml PROTEST « manifestation », « rassemblement », « mobilisation » unless_after « prévue », « annoncé »
    doc = _run("La préfecture de Gironde a fermé les musées avant les manifestations prévues samedi à Bordeaux.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Le gouvernement belge redoute le rassemblement prévu dimanche à Bruxelles.")
    assert "PROTEST" not in _types(doc)


def test_the_adjective_of_a_terror_attack_is_no_target() -> None:
    # events.yaml ASSAULT « attentats terroristes », « attentat djihadiste »: the adjective says who struck, not who was hit
    doc = _run("La peur des attentats terroristes a gagné mercredi soir les habitants de Lyon en France.")
    assert all(p[2] is None or p[2] == "FRA" for p in _pairs(doc) if p[0] == "ASSAULT")
    doc = _run("Le député a remis en question les attentats terroristes de Nice.")
    assert "ASSAULT" not in _types(doc)


def test_giving_oneself_up_needs_no_named_police() -> None:
    # events.yaml CONCEDE « s'est rendu à la police » alone: the police are in the form, the suspect is enough
    doc = _run("Le boxeur français Christophe Dettinger s'est rendu à la police dimanche soir à Paris.")
    assert any(p[0] == "CONCEDE" and p[1] == "FRA" for p in _pairs(doc))


def test_a_gesture_made_to_the_protesters_is_a_concession() -> None:
    # events.yaml CONCEDE « a fait un nouveau geste », « a fait des concessions » alone; not a gesture of the hand
    doc = _run("Face aux routiers en colère, le président Emmanuel Macron a fait un nouveau geste mardi en renonçant à la taxe sur le gazole.")
    assert any(p[0] == "CONCEDE" and p[1] == "FRA" for p in _pairs(doc))
    doc = _run("Selon la vidéo, le policier français a fait un geste pour écarter une grenade à Nantes.")
    assert "CONCEDE" not in _types(doc)


def test_a_call_to_escalate_the_movement_is_a_threat() -> None:
    # "a appelé à l'intensification du mouvement": the escalation announced, addressed to no one
    # named, is a threat; a call to step up efforts stays a request
    doc = _run("Le syndicaliste français Jean Martin a appelé samedi à l'intensification du mouvement.")
    assert "THREATEN" in _types(doc) and "REQUEST" not in _types(doc)
    doc = _run("Le ministre français a appelé à intensifier les efforts contre la fraude fiscale.")
    assert "THREATEN" not in _types(doc)


def test_an_acquittal_is_a_release() -> None:
    # "a été acquittée": the court gives the accused her freedom back, as "remis en liberté"
    doc = _run("Au Pérou, la militante Maria Lopez a été acquittée jeudi par le tribunal de Lima.")
    assert "CONCEDE" in _types(doc)


def test_a_commitment_quoted_after_the_verb_is_an_agreement() -> None:
    # "s'engage « à lever »": the opening quotation mark between the verb and "à"
    doc = _run("Le gouvernement français s'engage « à lever les freins » auprès des industriels allemands.")
    assert [t for t in _triggers(doc) if t.startswith("s'engage")] or "AGREE" in _types(doc)


def test_a_ban_on_gatherings_is_a_sanction_with_no_target_named() -> None:
    # "a interdit tout rassemblement": the authority bans protests; who is barred is not named
    doc = _run("Le préfet français du Cher a interdit tout rassemblement dans le centre de Bourges.")
    assert "SANCTION" in _types(doc)


def test_having_the_police_watchdog_seized_is_an_investigation() -> None:
    # "a fait saisir la police des polices": the IGPN by its nickname, the inquiry opened
    doc = _run("Le ministre français de l'Intérieur Christophe Castaner a aussitôt fait saisir la police des polices.")
    assert "ACCUSE" in _types(doc)


def test_firmness_promised_by_the_government_is_a_threat() -> None:
    # "va agir avec fermeté": the government promises a hard line against the rioters
    doc = _run("Le ministre de l'Intérieur Christophe Castaner a réitéré que le gouvernement français va agir "
               "avec fermeté contre les casseurs.")
    assert "THREATEN" in _types(doc)
    # a firm answer asked of another is a request, not a threat
    doc = _run("Les syndicats de police exigent une réponse intraitable du gouvernement français.")
    assert "THREATEN" not in _types(doc)


def test_deploying_a_banner_is_no_mobilisation() -> None:
    # "en déployant" needs the forces right after it: a banner unfolded is no deployment
    doc = _run("Les gilets jaunes français ont défilé à Bordeaux en déployant une grande banderole.")
    assert "MOBILIZE" not in _types(doc)


def test_a_scattered_order_is_no_dispersal() -> None:
    # "en ordre dispersé", "en rangs dispersés": the crowd is scattered, nobody disperses it
    doc = _run("Les gilets jaunes ont entamé samedi leur nouvel acte en ordre dispersé à Marseille.")
    assert "COERCE" not in _types(doc)
    # "dispersés entre quatre défilés": shared out among marches, not dispersed by force
    doc = _run("Hier à Paris, les manifestants ont été dispersés entre quatre défilés déclarés en préfecture.")
    assert "COERCE" not in _types(doc)
    doc = _run("Les manifestants ont été dispersés par la police française à Nantes.")
    assert "COERCE" in _types(doc)


def test_protesters_named_as_whom_one_answers_or_who_dispute_are_no_protest() -> None:
    # "sa réponse aux revendications éparses des manifestants": what they ask, named in passing
    doc = _run("Le président français avait préparé en secret sa réponse aux revendications éparses des manifestants.")
    assert "PROTEST" not in _types(doc)
    # "cette version est contestée par des manifestants": a counter-claim, not a protest
    doc = _run("Cette version de la police belge est contestée par des manifestants, qui accusent les agents.")
    assert "PROTEST" not in _types(doc)
    # "peinent à se faire entendre des manifestants": politicians not heard by them
    doc = _run("Les chefs de parti français peinent à se faire entendre des manifestants depuis des semaines.")
    assert "PROTEST" not in _types(doc)


def test_the_mobilisation_of_a_numbered_act_is_read_on_the_act() -> None:
    # "à la veille de l'acte X de la mobilisation": the act is only a time reference, and the
    # word "mobilisation" that follows it gives no second reading of its own
    doc = _run("Vendredi, à la veille de l'acte X de la mobilisation des gilets jaunes, le président français "
               "a rencontré des maires dans le Lot.")
    assert "PROTEST" not in _types(doc)


def test_someone_still_in_custody_is_the_one_held() -> None:
    # "X était toujours en garde à vue": X is held, the forces of the place hold him
    doc = _run("Le gilet jaune français Eric Drouet était toujours en garde à vue jeudi matin à Paris.")
    assert ("COERCE", "FRA", "FRA") in _pairs(doc)
    assert [e for e in doc.events if e["event_type"] == "COERCE" and "Drouet" in ((e["recipient"] or {}).get("name") or "")]


def test_arrests_to_be_made_or_seen_in_pictures_are_no_arrest() -> None:
    # "pour procéder à des interpellations": the purpose of a deployment, not arrests made
    doc = _run("Près de 5 000 policiers français seront à Paris samedi pour procéder à des interpellations.")
    assert "COERCE" not in _types(doc)
    # "révulsés par les images des interpellations": what was seen, behind another fact
    doc = _run("Des retraités lyonnais se disent révulsés par les images des interpellations de lycéens.")
    assert "COERCE" not in _types(doc)
    # arrests made stay one
    doc = _run("La police belge a procédé à des interpellations samedi à Bruxelles.")
    assert "COERCE" in _types(doc)


def test_taking_offence_or_voicing_indignation_is_an_accusation() -> None:
    # "s'offusquent de", "s'est agacé de", "a fait part de son indignation": public disapproval
    doc = _run("Des sénateurs de l'opposition française s'offusquent d'un tel projet du gouvernement.")
    assert "ACCUSE" in _types(doc)
    doc = _run("Le syndicat des commissaires de la police nationale a fait part de son indignation face à ces violences.")
    assert "ACCUSE" in _types(doc)
    # "a montré du doigt" someone accuses; a risk pointed out accuses nobody
    doc = _run("Le président russe a montré du doigt le Premier ministre britannique.")
    assert ("ACCUSE", "RUS", "GBR") in _pairs(doc)
    doc = _run("Pointant du doigt les risques de récupération, le représentant des commerçants a quitté la réunion.")
    assert "ACCUSE" not in _types(doc)


def test_a_repression_by_named_forces_is_coercion() -> None:
    # "réprimées par les autorités": the force used on the crowd, its author after "par"
    doc = _run("Les manifestations ont été violemment réprimées par les autorités iraniennes à Téhéran.")
    assert "COERCE" in _types(doc)
    # the active verb needs the crowd right behind it
    doc = _run("La police algérienne a réprimé les manifestants à Alger.")
    assert "COERCE" in _types(doc)


def test_support_withdrawn_is_no_support() -> None:
    # "a retiré son soutien à": the backing cut, a sanction, never a support
    doc = _run("Le parti malien a retiré dimanche son soutien au candidat de l'opposition.")
    assert "SUPPORT" not in _types(doc)
    assert "SANCTION" in _types(doc)
    doc = _run("Le parti malien a apporté son soutien au candidat de l'opposition.")
    assert "SUPPORT" in _types(doc)


def test_what_one_plans_to_manage_is_background() -> None:
    # "la manière de gérer les manifestations du week-end": the protests managed are the
    # background of the meeting, which is the news
    doc = _run("Les syndicats de police français ont tenu des réunions d'urgence jeudi avec le ministre de l'Intérieur "
               "afin de décider de la manière de gérer les manifestations du week-end.")
    assert "CONSULT" in _types(doc)
    assert "PROTEST" not in _types(doc)


def test_a_meeting_or_march_still_to_start_is_no_event() -> None:
    # "doit se tenir", "doit s'élancer", "annoncée pour": the event is still to come
    doc = _run("Une réunion doit se tenir mercredi matin entre les syndicats agricoles et le ministre français de l'Agriculture.")
    assert "CONSULT" not in _types(doc)
    doc = _run("Une réunion s'est tenue mercredi matin entre les syndicats agricoles et le ministre français de l'Agriculture.")
    assert "CONSULT" in _types(doc)


def test_deciding_to_maintain_a_march_is_no_march_yet() -> None:
    # "ont annoncé maintenir leur manifestation": a decision about a march still to come
    doc = _run("Les syndicats d'enseignants ont annoncé mardi maintenir leur manifestation contre la réforme à Lyon.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Les syndicats d'enseignants ont maintenu mardi leur manifestation contre la réforme à Lyon.")
    assert "PROTEST" in _types(doc)


def test_being_used_to_protests_is_no_protest() -> None:
    # "peu habitués aux manifestations": a habit, not a protest reported
    doc = _run("Ces retraités, peu habitués aux manifestations, ont écrit une lettre au maire de Nantes.")
    assert "PROTEST" not in _types(doc)


def test_a_gathering_that_will_be_organised_is_no_gathering_yet() -> None:
    # "sera organisé", "ne sera pas interdite", "seront en place": said of the event itself, still to come
    doc = _run("Un rassemblement sera organisé jeudi à midi devant le siège du gouvernement à Bruxelles.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Un rassemblement a été organisé jeudi à midi devant le siège du gouvernement à Bruxelles.")
    assert "PROTEST" in _types(doc)
    doc = _run("Des barrages filtrants seront en place samedi matin aux ronds-points de Namur.")
    assert "PROTEST" not in _types(doc)


def test_a_country_plundered_is_no_riot() -> None:
    # "le pillage du pays", "une opération de pillage": a figure of polemic, not looting in a riot
    doc = _run("Selon l'éditorialiste, des financiers étrangers organisent le pillage du pays depuis des années.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Le pillage de plusieurs magasins a eu lieu samedi soir à Lyon.")
    assert "PROTEST" in _types(doc)


def test_people_who_refuse_is_no_refusal() -> None:
    # "des soldats qui refusent d'aller combattre": the relative says what people are, no refusal reported
    doc = _run("Le colonel évoque des conscrits qui refusent de partir au front dans le Donbass.")
    assert "REJECT" not in _types(doc)
    doc = _run("Le Premier ministre malien refuse la proposition de la CEDEAO.")
    assert "REJECT" in _types(doc)


def test_a_gathering_suggested_or_weighed_is_no_gathering() -> None:
    # "a suggéré un rassemblement", "le scénario d'un rassemblement": an idea or a plan, not held
    doc = _run("La députée a suggéré un rassemblement sur la place du Capitole à Toulouse.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Le préfet a écarté le scénario d'un rassemblement place Bellecour à Lyon.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Un rassemblement a réuni trois cents personnes samedi devant la mairie de Rennes.")
    assert "PROTEST" in _types(doc)


def test_appearing_in_court_is_a_prosecution_by_the_authorities() -> None:
    # "a comparu", "a été convoqué devant le tribunal": the courts prosecute the one named, as for a charge
    doc = _run("Le militant français Paul Girard a comparu lundi devant le tribunal correctionnel de Nantes.")
    assert ("ACCUSE", "FRA", "FRA") in _pairs(doc)
    doc = _run("Le militant français Paul Girard a été convoqué devant le tribunal correctionnel de Nantes.")
    assert ("ACCUSE", "FRA", "FRA") in _pairs(doc)
    # "comparaîtra": still to come
    doc = _run("Le militant français Paul Girard comparaîtra en juin devant le tribunal correctionnel de Nantes.")
    assert "ACCUSE" not in _types(doc)


def test_a_place_crowded_by_welcomers_is_no_assault() -> None:
    # "pris d'assaut par ses partisans venus l'accueillir", "les stations-service étaient prises d'assaut": a crowd
    doc = _run("À Dakar, l'aéroport a été pris d'assaut par ses partisans sénégalais venus l'accueillir.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("À Saint-Denis, les stations-service étaient prises d'assaut jeudi matin.")
    assert "ASSAULT" not in _types(doc)
    doc = _run("À Paris, la préfecture a été prise d'assaut samedi par des manifestants français.")
    assert "ASSAULT" in _types(doc) or "PROTEST" in _types(doc)


def test_a_papers_review_is_no_accusation() -> None:
    # "la critique du journal Le Monde": press commentary, no political act
    doc = _run("La critique du journal Le Monde se montre sévère envers le gouvernement français.")
    assert "ACCUSE" not in _types(doc)


def test_a_meeting_in_the_perfect_infinitive() -> None:
    # "a annoncé avoir rencontré", "a indiqué s'être entretenu avec", "après avoir reçu": a meeting that took place
    doc = _run("Le ministre italien de l'Intérieur a annoncé avoir rencontré des représentants du gouvernement français.")
    assert ("CONSULT", "ITA", "FRA") in _pairs(doc)
    doc = _run("Le Premier ministre belge a indiqué s'être entretenu avec le président français.")
    assert ("CONSULT", "BEL", "FRA") in _pairs(doc)
    doc = _run("Après avoir reçu le ministre malien des Affaires étrangères, le président sénégalais a quitté Dakar.")
    assert "CONSULT" in _types(doc)


def test_a_call_or_a_contest_dated_years_before_the_report_is_background() -> None:
    # "En 2016, le syndicat avait déjà appelé à", "en 1995, le mouvement conteste le plan": a spoken act recalled with
    # its year (modality.yaml background_types), not the news; an undated one stays
    doc = analyse_text("En 2014, le syndicat français avait déjà appelé le gouvernement à suspendre la réforme.", "fr",
                       published="2018-12-05")
    assert "REQUEST" not in _types(doc)
    doc = analyse_text("Le syndicat français a appelé mardi le gouvernement à suspendre la réforme.", "fr",
                       published="2018-12-05")
    assert "REQUEST" in _types(doc)


def test_a_state_of_emergency_considered_or_ruled_out_is_no_declaration() -> None:
    # events.yaml unless_before: what is weighed, ruled out or commented on is no proclamation
    for text in ("Le ministère a écarté l'idée de rétablir l'état d'urgence après les violences.",
                 "La ministre a exclu de déclencher l'état d'urgence malgré les heurts.",
                 "Le gouvernement étudie l'hypothèse de l'état d'urgence après les émeutes."):
        assert "COERCE" not in {e["event_type"] for e in _run(text).events}
    assert "COERCE" in {e["event_type"] for e in _run("Le gouvernement a décrété lundi l'état d'urgence dans cinq régions.").events}


def test_a_unions_strike_call_is_its_threat() -> None:
    # events.yaml THREATEN: "appelle à une journée de grève", "un appel à 24 heures de grève": the strike announced is
    # the union's threat to its country's power, not a request; an appeal withdrawn is none
    doc = _run("Le syndicat Force ouvrière appelle à une journée de grève le 20 mars pour les salaires.")
    assert ("THREATEN", "FRA", "FRA") in _pairs(doc)
    assert "REQUEST" not in _types(doc)
    doc = _run("La CGT et Force ouvrière ont annoncé vendredi la levée de leur appel à la grève dans les raffineries.")
    assert "THREATEN" not in _types(doc)


def test_defending_ones_own_record_is_a_rejection() -> None:
    # events.yaml REJECT: "a défendu son bilan", "défend ses réformes": a defence against criticism, not a support
    doc = _run("Interrogé par des syndicalistes, Édouard Philippe défend à nouveau ses réformes.")
    assert ("REJECT", "FRA", "FRA") in _pairs(doc)
    assert "SUPPORT" not in _types(doc)


def test_too_little_too_late_rejects_the_concessions() -> None:
    # events.yaml REJECT, first_person: the judgment quoted is the rejection of the speaker named in the incise
    doc = _run("« C'est trop peu et trop tard », a réagi Marine Le Pen au soir des annonces de l'exécutif.")
    assert ("REJECT", "FRA", "FRA") in _pairs(doc)


def test_a_modal_word_before_mais_belongs_to_the_clause_mais_ends() -> None:
    # modality.yaml clause_breaks: "pouvait" qualifies what the weapon can do, not the defence after "mais"
    doc = _run("Le ministre de l'Intérieur Christophe Castaner a reconnu que cette arme pouvait blesser mais en a "
               "défendu l'utilisation.")
    assert set(_types(doc)) == {"REJECT"}
    # with no "mais" the modal still reaches the verb
    assert not _types(_run("Le ministre de l'Intérieur Christophe Castaner a reconnu que cette arme pouvait blesser et en "
                           "a défendu l'utilisation."))


def test_investment_alone_is_no_cooperation() -> None:
    # events.yaml COOPERATE economic: "investissement(s)" alone is the economy talked about, no agreement
    doc = _run("Le gouvernement italien affirme que l'Italie attire toujours plus d'investissements que l'Espagne.")
    assert "COOPERATE" not in _types(doc)


def test_torture_named_in_a_body_or_a_count_is_no_assault() -> None:
    # events.yaml ASSAULT torture: the noun after de / la / des names a body or recalls acts counted, no attack told
    for text in ("Le Comité contre la torture a publié mardi un rapport sur les prisons du Maroc.",
                 "L'ONG marocaine a recensé des dizaines d'actes de torture dans les prisons algériennes."):
        assert "ASSAULT" not in _types(_run(text))


def test_past_attacks_named_by_place_or_date_are_recalled_not_told() -> None:
    # events.yaml ASSAULT explosives, "attentats": "les attentats de Madrid", "après les attentats" recall, no new attack
    for text in ("Le ministre espagnol a rappelé que les attentats de Madrid avaient fait 191 morts.",
                 "Après les attentats, le gouvernement belge a renforcé les contrôles aux frontières."):
        assert "ASSAULT" not in _types(_run(text))


def test_accuser_le_coup_is_no_accusation() -> None:
    # events.yaml ACCUSE: "accuser le coup" is to take a blow
    doc = _run("Après des semaines de manifestations, les gendarmes belges accusent le coup face au gouvernement.")
    assert "ACCUSE" not in _types(doc)


def test_organisers_and_activists_are_civilian_sides() -> None:
    # actors.yaml civilian group: "organisateurs", "activistes" take the country of the text like "militants"
    for text in ("Des milliers de Belges ont marché samedi à Bruxelles. Les organisateurs ont refusé l'invitation "
                 "du gouvernement néerlandais.",
                 "Des milliers de Belges ont marché samedi à Bruxelles. Des activistes ont critiqué le gouvernement "
                 "néerlandais."):
        doc = _run(text)
        assert any(a == "BEL" and r == "NLD" for _, a, r in _pairs(doc))


def test_declared_solidarity_is_support() -> None:
    # events.yaml SUPPORT: "se dit solidaire", "se sont montrés solidaires", "solidaire du"
    for text in ("Les commerçants belges se sont montrés solidaires des gilets jaunes français.",
                 "Le syndicat belge se dit solidaire du gouvernement français."):
        assert ("SUPPORT", "BEL", "FRA") in _pairs(_run(text))


def test_regret_of_anothers_decision_is_disapproval() -> None:
    # events.yaml ACCUSE: present "regrette" with an object is disapproval; "je regrette mes actes" is no accusation
    assert ("ACCUSE", "BEL", "NLD") in _pairs(_run("Le syndicat belge regrette la décision du gouvernement néerlandais."))
    assert "ACCUSE" not in _types(_run("Le ministre belge reconnaît devant le gouvernement néerlandais : « je regrette "
                                       "mes propos »."))


def test_standing_by_someone_is_support() -> None:
    # events.yaml SUPPORT: "sont aux côtés de", "se range du côté de" with a copula or a verb, not "aux côtés de" alone
    assert ("SUPPORT", "BEL", "NLD") in _pairs(_run("Le syndicat belge se range du côté du gouvernement néerlandais."))
    assert ("SUPPORT", "BEL", "NLD") in _pairs(_run("Les syndicats belges sont aux côtés du gouvernement néerlandais."))


def test_trade_unionists_are_a_labour_side() -> None:
    # actors.yaml: "syndicalistes", the plural of the title "syndicaliste", is a body of the LABOR sector like "syndicats"
    doc = _run("Des milliers de Belges ont marché samedi à Bruxelles. Les syndicalistes ont critiqué le gouvernement "
               "néerlandais.")
    assert ("ACCUSE", "BEL", "NLD") in _pairs(doc)


def test_contested_by_is_a_passive_rejection() -> None:
    # events.yaml REJECT: "contesté(e)(s) par" names who rejects after "par"
    doc = _run("La décision du gouvernement néerlandais est contestée par les syndicats belges.")
    assert ("REJECT", "BEL", "NLD") in _pairs(doc)


def test_protests_named_as_background_hypothesis_or_time_mark_are_not_told() -> None:
    # events.yaml PROTEST: "lors de ces", "éventuelles", "dissuader toute", "avant la" before the noun, "précédents"
    # after it: protests already told, feared or used as a time mark, not a protest of this sentence
    for text in ("Le ministre belge a promis d'aider les boulangers touchés par les vols commis lors de ces manifestations.",
                 "Le maire belge a parlé jeudi d'une potentielle manifestation des gilets jaunes à Liège.",
                 "Le gouvernement belge tente de dissuader toute manifestation à Liège.",
                 "Le préfet belge a présenté jeudi son plan de circulation, deux jours avant la manifestation de Liège.",
                 "Les syndicalistes belges ont été reçus au ministère, à l'occasion des rassemblements précédents.",
                 "Les commerçants belges restent chez eux par crainte d'éventuelles échauffourées à Liège."):
        assert "PROTEST" not in _types(_run(text)), text
    assert "PROTEST" in _types(_run("Des milliers de gilets jaunes belges ont manifesté samedi à Liège."))


def test_crowds_that_were_demonstrating_or_filled_the_streets_protest() -> None:
    # events.yaml PROTEST: the imperfect "manifestaient" and "ont envahi les rues" tell a protest, like "ont manifesté"
    for text in ("Samedi, plusieurs milliers de syndicalistes belges manifestaient à Liège contre le gouvernement.",
                 "Des milliers de syndicalistes belges ont envahi les rues de Liège samedi."):
        assert ("PROTEST", "BEL", "BEL") in _pairs(_run(text)), text


def test_agreements_recalled_with_their_year_are_background() -> None:
    # modality.yaml background_types: AGREE (with AID, THREATEN) dated two years or more before the article is a reminder
    assert "AGREE" not in _types(_run("En 2015, le gouvernement belge avait signé un accord avec les Pays-Bas sur la pêche."))
    assert "AGREE" in _types(_run("Le gouvernement belge a signé lundi un accord avec les Pays-Bas sur la pêche."))


def test_regret_naming_no_one_is_addressed_to_the_own_government() -> None:
    # events.yaml ACCUSE "regrette" (own_side): a body's regret naming no other side is addressed to its own
    # government; another side named stays the target
    doc = _run("Le syndicat belge regrette la suppression de trente postes dans les écoles.")
    assert ("ACCUSE", "BEL", "BEL") in _pairs(doc)
    doc = _run("Le syndicat belge regrette la décision du gouvernement néerlandais.")
    assert ("ACCUSE", "BEL", "NLD") in _pairs(doc)


def test_regret_voiced_naming_no_one_is_addressed_to_the_own_government() -> None:
    # events.yaml ACCUSE "a regretté" (own_side): as the present, no other side named is the own government
    doc = _run("Le syndicat belge a regretté mardi une réforme trop tardive.")
    assert ("ACCUSE", "BEL", "BEL") in _pairs(doc)


def test_support_naming_no_one_is_addressed_to_the_own_government() -> None:
    # events.yaml SUPPORT "a soutenu" (own_side): support for a motion or a demand, no other side named
    doc = _run("Le parti socialiste belge a soutenu la motion déposée lundi.")
    assert ("SUPPORT", "BEL", "BEL") in _pairs(doc)
    # "soutient que" is a claim, no support
    doc = _run("Le parti socialiste belge soutient que la motion est illégale.")
    assert "SUPPORT" not in _types(doc)


def test_understanding_the_anger_is_support() -> None:
    # events.yaml SUPPORT "comprend la colère", "exprime sa compréhension" (own_side): declared sympathy
    doc = _run("Le syndicat belge exprime sa compréhension de la colère populaire.")
    assert ("SUPPORT", "BEL", "BEL") in _pairs(doc)


def test_prosecutor_requesting_a_sentence_is_an_accusation() -> None:
    # events.yaml ACCUSE "a requis": the prosecution's demand against a defendant; a source that "a requis
    # l'anonymat" accuses no one
    doc = _run("Le parquet belge a requis jeudi trois ans de prison contre le chauffeur.")
    assert ("ACCUSE", "BEL") in {(t, a) for t, a, _ in _pairs(doc)}
    doc = _run("Un diplomate belge qui a requis l'anonymat a décrit la réunion comme tendue.")
    assert "ACCUSE" not in _types(doc)


def test_summoning_an_ambassador_a_few_words_on_is_a_protest() -> None:
    # events.yaml ACCUSE "convoquant" + requires_after "ambassadrice": the summons of a foreign diplomat, words between
    doc = _run("Le ministère belge a réagi en convoquant jeudi l'ambassadrice des Pays-Bas.")
    assert ("ACCUSE", "BEL", "NLD") in _pairs(doc)
    doc = _run("Le ministre belge a convoqué une réunion avec les syndicats.")
    assert "ACCUSE" not in _types(doc)


def test_misspelt_support_noun_is_no_support_verb() -> None:
    # events.yaml SUPPORT "soutient" unless_before "leur": "leur soutient" is the noun "soutien" misspelt; the
    # pack's noun forms read it no more
    doc = _run("Les syndicats belges ont apporté leur soutient à des réformes.")
    assert "SUPPORT" not in _types(doc)


def test_unknown_name_before_a_demand_or_warning_is_the_actor() -> None:
    # roles.yaml name_verbs "a exigé", "a mis en garde": capitalised words right before such an act are a person's
    # name, the side that acts, not dropped
    doc = _run("Pieter Vandamme a exigé des excuses du gouvernement néerlandais.")
    assert [(e["event_type"], e["actor"]["name"]) for e in doc.events] == [("REQUEST", "Pieter Vandamme")]
    doc = _run("Pieter Vandamme a mis en garde le gouvernement belge contre une hausse des taxes.")
    assert [e["actor"]["name"] for e in doc.events if e["event_type"] == "ACCUSE"] == ["Pieter Vandamme"]


def test_feminine_and_plural_self_congratulation_is_support() -> None:
    # events.yaml SUPPORT "s'est félicitée", "se sont félicités": the forms beside "s'est félicité"
    doc = _run("La sénatrice belge s'est félicitée du soutien du gouvernement néerlandais.")
    assert ("SUPPORT", "BEL", "NLD") in _pairs(doc)
    doc = _run("Les syndicats belges se sont félicités de la décision du gouvernement néerlandais.")
    assert ("SUPPORT", "BEL", "NLD") in _pairs(doc)


def test_railing_against_is_an_accusation() -> None:
    # events.yaml ACCUSE "peste contre": public anger at someone
    doc = _run("Le maire belge peste contre le gouvernement néerlandais.")
    assert ("ACCUSE", "BEL", "NLD") in _pairs(doc)


def test_meeting_serious_obstacles_is_no_meeting() -> None:
    # events.yaml CONSULT "a rencontré" unless_after "de sérieux obstacles", "de sérieuses difficultés": an obstacle
    # met, nobody met
    doc = _run("Le syndicat belge a rencontré de sérieux obstacles face au gouvernement néerlandais.")
    assert "CONSULT" not in _types(doc)
    doc = _run("Le syndicat belge a rencontré le gouvernement néerlandais.")
    assert ("CONSULT", "BEL", "NLD") in _pairs(doc)


def test_troops_posted_abroad_are_no_deployment() -> None:
    # events.yaml MOBILIZE "déployés" unless_after "à l'étranger": the forces serving abroad, thanked or named, no
    # dated deployment
    doc = _run("Le président a remercié les soldats belges déployés à l'étranger pour combattre le terrorisme au Mali.")
    assert "MOBILIZE" not in _types(doc)
    doc = _run("Le président a remercié les soldats belges déployés au Mali.")
    assert ("MOBILIZE", "BEL", "MLI") in _pairs(doc)


def test_a_rule_requiring_something_is_no_demand() -> None:
    # events.yaml REQUEST "exige" unless_before "loi", "code", "cela", "situation" ...: "exiger" as "to require", a rule
    # or a thing for subject; a body that demands stays a demand
    doc = _run("En Belgique, la loi exige que les partis présentent des listes paritaires.")
    assert "REQUEST" not in _types(doc)
    doc = _run("Le syndicat belge exige une hausse des salaires.")
    assert ("REQUEST", "BEL", "BEL") in _pairs(doc)


def test_a_pronoun_goes_on_with_the_subject_of_the_sentence_before() -> None:
    # roles.yaml pronoun_continues_subject: « Il » reprend le ministre allemand, sujet des phrases
    # d'avant, pas le dernier nommé (le président libanais)
    doc = _run("Le ministre allemand des Affaires étrangères a reçu lundi son homologue iranien. "
               "Il a rencontré ensuite le président libanais. Il a enfin dénoncé la politique d'Israël.")
    assert ("ACCUSE", "DEU", "ISR") in _pairs(doc)
    assert ("ACCUSE", "LBN", "ISR") not in _pairs(doc)


def test_a_pronoun_stands_for_no_one_of_the_other_gender() -> None:
    # roles.yaml pronoun_genders : « Elle » reprend Angela Merkel, pas Emmanuel Macron qui ouvre la phrase
    # d'avant ; « Il » saute une personne que son titre dit femme (« la ministre »)
    doc = _run("Emmanuel Macron a reçu Angela Merkel lundi à Paris. Elle a ensuite dénoncé la Russie.")
    assert ("ACCUSE", "DEU", "RUS") in _pairs(doc)
    assert ("ACCUSE", "FRA", "RUS") not in _pairs(doc)
    doc = _run("Le diplomate russe Igor Petrov a reçu la ministre nigériane Ngozi Okafor lundi. Il a ensuite dénoncé Israël.")
    assert ("ACCUSE", "RUS", "ISR") in _pairs(doc)
    assert ("ACCUSE", "NGA", "ISR") not in _pairs(doc)


def test_a_march_still_to_come_is_no_protest() -> None:
    # events.yaml PROTEST "manifestation", "cortège" ... unless_after "sera", "se tiendra", "devrait" ...: a march
    # announced for later is not held; a march reported as held stays a protest
    doc = _run("À Liège, le cortège des syndicats belges devrait ensuite se diriger vers la gare.")
    assert "PROTEST" not in _types(doc)
    doc = _run("À Liège, le cortège des syndicats belges s'est ensuite dirigé vers la gare.")
    assert ("PROTEST", "BEL", "BEL") in _pairs(doc)


def test_the_security_forces_mobilised_are_no_protest() -> None:
    # events.yaml PROTEST "mobilisation" unless_after "des forces", "des secours", "des moyens": the state's forces
    # called up are no march; policemen mobilising for themselves stay a protest
    doc = _run("Les syndicats belges ont salué la mobilisation des forces de l'ordre belges samedi à Liège.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Les syndicats belges ont salué la mobilisation des policiers belges samedi à Liège.")
    assert ("PROTEST", "BEL", "BEL") in _pairs(doc)


def test_the_police_mobilising_is_no_protest() -> None:
    # events.yaml PROTEST "se mobilisent", "se sont mobilisés" unless_before "forces de l'ordre": the police called out
    # are no marchers; nurses mobilising against a reform stay a protest
    doc = _run("À Namur, les forces de l'ordre se sont mobilisées en nombre samedi.")
    assert "PROTEST" not in _types(doc)
    doc = _run("À Namur, les infirmiers belges se sont mobilisés samedi contre le gouvernement belge.")
    assert ("PROTEST", "BEL", "BEL") in _pairs(doc)


def test_taxing_the_government_with_a_fault_is_an_accusation() -> None:
    # events.yaml ACCUSE "a taxé le gouvernement", "taxant le gouvernement" requires_after "de", "d'": a public
    # reproach; a tax laid on fuel is none
    doc = _run("Le sénateur français Bruno Retailleau a taxé le gouvernement d'« amateurisme » mardi.")
    assert ("ACCUSE", "FRA", "FRA") in _pairs(doc)
    doc = _run("Le gouvernement français a taxé les carburants de façon excessive.")
    assert "ACCUSE" not in _types(doc)


def test_marches_feared_are_not_held() -> None:
    # modality.yaml after.hypothetical "sont redoutées": marches the ministry fears are not reported as held
    doc = _run("À Bordeaux, les manifestations nocturnes sont redoutées par la préfecture de Gironde.")
    assert "PROTEST" not in _types(doc)


def test_a_march_announced_or_expected_is_not_held() -> None:
    # events.yaml PROTEST "une marche" unless_before "annonce", "ont annoncé"; "rassemblements", "cortège" unless_after
    # "sont attendus", "partirait", "aurait lieu": announced or expected, not held; a march reported as held stays
    doc = _run("À Bruxelles, le syndicat belge annonce une marche contre la réforme des pensions.")
    assert "PROTEST" not in _types(doc)
    doc = _run("À Bruxelles, plusieurs rassemblements sont attendus dimanche devant le Parlement belge.")
    assert "PROTEST" not in _types(doc)
    doc = _run("À Bruxelles, le cortège partirait de la gare du Nord vers le Parlement belge.")
    assert "PROTEST" not in _types(doc)
    doc = _run("À Bruxelles, le syndicat belge a organisé une marche contre la réforme des pensions.")
    assert ("PROTEST", "BEL", "BEL") in _pairs(doc)


def test_a_march_said_not_to_be_banned_is_not_held() -> None:
    # modality.yaml after.future "ne serait pas interdite": a march the authorities will allow is still to come
    doc = _run("Le ministre belge de l'Intérieur a prévenu que la manifestation de Liège ne serait pas interdite.")
    assert "PROTEST" not in _types(doc)


def test_the_agent_of_a_passive_may_be_named_in_apposition_to_its_title() -> None:
    # events.py _marked_agent / _apposed_name: "par le ministre ..., Nom," names the agent after the title's comma;
    # a name opening a new clause after the comma ("..., Nom a confirmé") is no agent
    doc = _run("L'ambassadeur iranien a été reçu mardi par le ministre des Affaires étrangères, Jean-Yves Le Drian, à Paris.")
    assert ("CONSULT", "IRN", "FRA") in _pairs(doc)
    doc = _run("L'ambassadeur iranien a été reçu mardi par la police, Jean-Yves Le Drian a confirmé.")
    assert all(r["actor"]["name"] != "Jean-Yves Le Drian" for r in doc.events)


def test_a_second_verb_of_the_same_subject_is_kept_without_a_named_target() -> None:
    # events.py: a verb sharing the subject of the clause's earlier verb ("a dénoncé ... et réclamé ...") is a
    # second act of that subject, kept beside the first even with no one named to whom it is addressed
    doc = _run("Le ministre belge a dénoncé la politique du gouvernement italien et réclamé des sanctions.")
    assert ("ACCUSE", "BEL", "ITA") in _pairs(doc)
    assert ("REQUEST", "BEL", "BEL") in _pairs(doc)


def test_a_strike_that_will_also_be_followed_is_to_come() -> None:
    # modality.yaml after.future "sera en effet", "sera aussi", "seront également": the future with an adverb before its
    # participle says the strike is still to come; a strike reported as held stays
    doc = _run("À Namur, la grève des cheminots belges sera en effet très suivie vendredi selon le syndicat.")
    assert "PROTEST" not in _types(doc)
    doc = _run("À Namur, le mouvement de grève des cheminots belges sera aussi très suivi lundi.")
    assert "PROTEST" not in _types(doc)


def test_going_on_with_the_protests_is_a_plan() -> None:
    # events.yaml PROTEST "manifestations" unless_before "poursuivre les", "continuer leurs": a call or a plan to go on
    # demonstrating, not a march held
    doc = _run("Le porte-parole a invité les gilets jaunes à quitter Lyon pour poursuivre les manifestations à Grenoble.")
    assert "PROTEST" not in _types(doc)


def test_on_the_edge_of_a_revolt_is_no_meeting() -> None:
    # events.yaml CONSULT "en marge de" unless_after "révolte", "action", "crise", "journée" ...: the edge of a protest
    # movement or a crisis, not a meeting on the sidelines of a summit; a summit's sidelines stay
    doc = _run("Le ministre belge a fait le point à Namur, en marge de la révolte des agriculteurs wallons.")
    assert "CONSULT" not in _types(doc)
    doc = _run("Le Premier ministre belge s'est entretenu avec le président français en marge du sommet de l'Otan.")
    assert "CONSULT" in _types(doc)


def test_asked_for_in_the_passive() -> None:
    # events.yaml REQUEST "demandé par" (frame passive): the one after "par" asks; "a demandé par courrier" is the active
    doc = _run("Le retrait du plan néerlandais, demandé par les syndicats belges, reste en suspens.")
    assert ("REQUEST", "BEL", "NLD") in _pairs(doc)
    doc = _run("Le ministre belge a demandé par courrier une rencontre avec le gouvernement néerlandais.")
    assert ("REQUEST", "BEL", "NLD") in _pairs(doc)


def test_the_most_asked_for_is_no_request() -> None:
    # events.yaml REQUEST "demandées par", "réclamées par" unless_before "plus": a superlative of popularity ("les
    # mesures les plus demandées par"), not a request made; the act the sentence reports keeps its reading
    doc = _run("Ces baisses d'impôts, parmi les plus demandées par les syndicats belges, constituent un recul pour le gouvernement belge.")
    assert "REQUEST" not in _types(doc)
    doc = _run("La réforme, la plus réclamée par les agriculteurs belges, tarde à venir.")
    assert "REQUEST" not in _types(doc)


def test_a_shop_looted_is_a_riot() -> None:
    # events.yaml PROTEST "a été pillé", "ont été pillées" (frame passive, mode riot): a looted shop, rioters unnamed
    doc = _run("Lundi, un supermarché a été pillé à Charleroi, en Belgique.")
    assert "PROTEST" in _types(doc)


def test_hardening_the_tone_is_a_threat() -> None:
    # events.yaml THREATEN "a durci le ton", "durcit le ton": a firmer warning toward an opponent
    doc = _run("Le gouvernement belge a durci le ton contre les agriculteurs belges qui bloquent les routes.")
    assert ("THREATEN", "BEL", "BEL") in _pairs(doc)


def test_for_their_part_is_skipped_inside_a_trigger() -> None:
    # events.yaml skippable "pour leur part", "de leur côté" (as "pour sa part"): "ont appelé pour leur part à la grève"
    # is the strike call of "ont appelé à la grève"
    doc = _run("Les syndicats belges du transport ont appelé pour leur part à la grève contre le gouvernement belge.")
    assert "THREATEN" in _types(doc)


def test_opening_the_door_ajar_is_an_agreement() -> None:
    # events.yaml AGREE "a entrouvert la porte": an opening toward the other side
    doc = _run("Le Premier ministre belge a entrouvert la porte aux syndicats belges sur la réforme des pensions.")
    assert ("AGREE", "BEL", "BEL") in _pairs(doc)


def test_a_proposed_demonstration_is_no_protest() -> None:
    # events.yaml PROTEST "manifestation" unless_before "proposant une grande", "propose une": a plan, not a march held
    doc = _run("Le syndicat belge des policiers propose une grande manifestation à Bruxelles contre le gouvernement belge.")
    assert "PROTEST" not in _types(doc)


def test_presiding_an_association_is_no_meeting() -> None:
    # events.yaml CONSULT "a présidé" unless_after "association", "fondation": a post held, not a meeting chaired
    doc = _run("Né à Liège, l'ancien ministre belge a présidé l'Association des anciens combattants de Belgique.")
    assert "CONSULT" not in _types(doc)


def test_saying_oneself_ready_to_meet_is_an_agreement() -> None:
    # events.yaml AGREE "s'est dit prêt à recevoir/rencontrer", "se déclarant prêts à rencontrer": an opening declared
    doc = _run("Le chef du gouvernement italien s'est dit prêt à rencontrer le président français à Rome.")
    assert ("AGREE", "ITA", "FRA") in _pairs(doc)


def test_ready_to_receive_without_a_speech_verb_is_no_agreement() -> None:
    # events.yaml AGREE "dit prêt à recevoir" needs the speech verb: a hospital "prêt à recevoir" is a capacity
    doc = _run("L'hôpital militaire belge est prêt à recevoir des blessés venus d'Ukraine.")
    assert "AGREE" not in _types(doc)


def test_police_escorting_a_convoy_is_a_mobilization() -> None:
    # events.yaml MOBILIZE "a escorté", "ont escorté": forces engaged on the spot (not the passive)
    doc = _run("La police fédérale belge a escorté le convoi des agriculteurs belges jusqu'à Bruxelles.")
    assert ("MOBILIZE", "BEL", "BEL") in _pairs(doc)


def test_advocating_a_measure_is_a_request() -> None:
    # events.yaml REQUEST "prônent", "a prôné" unless_before "qui": a public demand, not a doctrine described
    doc = _run("Les députés belges de l'opposition prônent une réforme du droit d'asile au gouvernement belge.")
    assert "REQUEST" in _types(doc)
    doc = _run("Le parti belge qui prône la décroissance a tenu son congrès.")
    assert "REQUEST" not in _types(doc)


def test_answering_a_police_summons_is_a_surrender() -> None:
    # events.yaml CONCEDE surrender "s'est rendu à la convocation": turning oneself in to the police
    doc = _run("Le militant belge recherché s'est rendu à la convocation de la police belge à Liège.")
    assert "CONCEDE" in _types(doc)


def test_using_means_to_disperse_protesters_is_coercion() -> None:
    # events.yaml COERCE repress "pour disperser les manifestants", "pour tenter de disperser": force used on a crowd
    doc = _run("La police belge a utilisé une autopompe pour disperser les manifestants devant le Parlement belge.")
    assert "COERCE" in _types(doc)


def test_having_had_to_give_ground_is_a_concession() -> None:
    # events.yaml CONCEDE "a dû lâcher du lest": forced, but the step back was taken
    doc = _run("Le gouvernement belge a dû lâcher du lest face aux syndicats belges.")
    assert "CONCEDE" in _types(doc)


def test_a_court_named_by_its_town_places_the_judgment() -> None:
    # places.yaml locatives "tribunal correctionnel de": the court sits in the town it is named by
    doc = _run("Le tribunal correctionnel de Rennes a condamné deux manifestants à six mois de prison ferme.")
    assert any((e.get("location") or {}).get("name") == "Rennes" for e in doc.events)


def test_going_to_meet_people_is_a_consultation() -> None:
    # events.yaml CONSULT "est allé à la rencontre des": the visit made (not "ira à la rencontre": promised)
    doc = _run("Le ministre belge de l'Intérieur est allé à la rencontre des syndicats belges à Namur.")
    assert "CONSULT" in _types(doc)
    doc = _run("Le ministre belge de l'Intérieur ira à la rencontre des syndicats belges à Namur.")
    assert "CONSULT" not in _types(doc)


def test_showing_support_is_support() -> None:
    # events.yaml SUPPORT "a montré son soutien": a public sign of support
    doc = _run("Le Premier ministre belge a montré son soutien au gouvernement français.")
    assert "SUPPORT" in _types(doc)


def test_inviting_someone_over_is_a_request_to_meet() -> None:
    # events.yaml REQUEST meet "a convié": the same invitation as "a invité"
    doc = _run("Le Premier ministre belge a convié les syndicats belges à une réunion à Bruxelles.")
    assert "REQUEST" in _types(doc)


def test_an_unnamed_speaker_after_a_quotation_gives_no_record_from_the_quoted_words() -> None:
    # events.py: "« ... », déplore une responsable": the incise's speaker stands after the verb,
    # unnamed here; a body named inside the quotation is not who spoke
    doc = _run("« Les partis sont des structures violentes et le gouvernement nous ignore », déplore une responsable associative.")
    assert "ACCUSE" not in {e["event_type"] for e in doc.events}
    # a named speaker after the verb keeps the record
    doc = _run("« Le gouvernement nous ignore », déplore le ministre de l'Intérieur Christophe Castaner.")
    assert any(e["event_type"] == "ACCUSE" and (e["actor"] or {}).get("name") == "Christophe Castaner" for e in doc.events)


def test_parliament_passing_the_emergency_measures_is_a_concession() -> None:
    # events.yaml CONCEDE "a donné son feu vert aux mesures d'urgence": the measures yielded to a movement, voted
    doc = _run("Le Sénat français a donné son feu vert mardi soir aux mesures d'urgence du gouvernement.")
    assert any(e["event_type"] == "CONCEDE" and e["actor"]["country"] == "FRA" for e in doc.events)
    doc = _run("La police belge a donné son feu vert à la manifestation des syndicats belges.")
    assert "CONCEDE" not in _types(doc)


def test_always_rejecting_is_a_rejection() -> None:
    # events.yaml REJECT "a toujours rejeté": the adverb stands inside the compound tense
    doc = _run("Le gouvernement belge a toujours rejeté les demandes des syndicats belges.")
    assert "REJECT" in _types(doc)


def test_a_lunch_with_someone_is_a_meeting() -> None:
    # events.yaml CONSULT "d'un dîner avec", "au cours d'un déjeuner avec": the noun of a meal shared with a named side
    doc = _run("Le Premier ministre belge a parlé des réformes lors d'un dîner avec le président français Emmanuel Macron.")
    assert any(e["event_type"] == "CONSULT" and {e["actor"]["country"], e["recipient"]["country"]} == {"BEL", "FRA"} for e in doc.events)


def test_expressing_solidarity_in_the_present_is_support() -> None:
    # events.yaml SUPPORT "expriment leur solidarité", "exprimant son soutien": present and participle of the declared support
    doc = _run("Les syndicats belges expriment leur solidarité avec le gouvernement espagnol après les inondations.")
    assert any(e["event_type"] == "SUPPORT" and e["actor"]["country"] == "BEL" and e["recipient"]["country"] == "ESP" for e in doc.events)


def test_judging_an_offer_insufficient_is_a_rejection() -> None:
    # events.yaml REJECT "jugent insuffisante", passive "jugées insuffisantes par": the offer of the other side turned down
    doc = _run("Le gouvernement belge a proposé une hausse des salaires. Mais les syndicats belges la jugent insuffisante.")
    assert any(e["event_type"] == "REJECT" and e["actor"]["country"] == "BEL" for e in doc.events)
    doc = _run("Les annonces du gouvernement belge ont été jugées insuffisantes par les syndicats belges.")
    assert any(e["event_type"] == "REJECT" and e["actor"]["country"] == "BEL" for e in doc.events)


def test_a_minister_distinguishing_protesters_is_no_protest() -> None:
    # events.yaml PROTEST unless_before "distinguer les", "auprès de": the protesters are whom another speaks of or goes to
    doc = _run("Le ministre belge de l'Intérieur a voulu distinguer les manifestants pacifiques des autres.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Le Premier ministre belge s'est rendu samedi auprès de manifestants à Liège.")
    assert "PROTEST" not in _types(doc)


def test_chased_by_the_police_is_coercion() -> None:
    # events.yaml COERCE "ont été chassés" with the police named soon after: protesters driven off a place by force
    doc = _run("À Liège, les manifestants belges ont été chassés du carrefour par les policiers belges vers midi.")
    assert any(e["event_type"] == "COERCE" and e["actor"]["country"] == "BEL" for e in doc.events)
    doc = _run("Les anciens militants belges ont été chassés par les plus jeunes.")
    assert "COERCE" not in _types(doc)


def test_insisting_on_thanking_is_support() -> None:
    # events.yaml SUPPORT "tenu à remercier", "tenu à saluer": the thanks or praise wanted and given
    doc = _run("Le Premier ministre belge a tenu à remercier le président français Emmanuel Macron pour son aide.")
    assert any(e["event_type"] == "SUPPORT" and e["actor"]["country"] == "BEL" and e["recipient"]["country"] == "FRA" for e in doc.events)


def test_authorising_a_march_is_a_concession() -> None:
    # events.yaml CONCEDE "a autorisé" with the protest or its marchers named soon after
    doc = _run("La police belge a finalement autorisé les manifestants belges à défiler dans le centre de Liège.")
    assert any(e["event_type"] == "CONCEDE" and e["actor"]["country"] == "BEL" for e in doc.events)
    doc = _run("Le gouvernement belge a autorisé l'utilisation du nouveau vaccin.")
    assert "CONCEDE" not in _types(doc)


def test_gathered_on_a_roundabout_is_a_protest() -> None:
    # events.yaml PROTEST "réunis sur le rond-point", "rassemblés sur un rond-point": the movement's gathering on its site
    doc = _run("Dans le Gard, les gilets jaunes français réunis sur le rond-point de Nîmes ont écouté le discours du président Emmanuel Macron.")
    assert any(e["event_type"] == "PROTEST" and e["actor"]["country"] == "FRA" for e in doc.events)
    assert "réunis sur le rond-point" in _triggers(doc)
    doc = _run("Les fonds réunis par l'association française serviront à construire une école.")
    assert "PROTEST" not in _types(doc)


def test_a_pardon_granted_is_a_concession() -> None:
    # events.yaml CONCEDE « a gracié », « a été gracié par » (CAMEO 0841, comme « عفا عن » en arabe), plus des excuses
    doc = _run("Le condamné français a été gracié par le président Emmanuel Macron vendredi.")
    assert "CONCEDE" in _types(doc) and "SUPPORT" not in _types(doc)


def test_mocking_someone_in_the_past_is_accuse() -> None:
    # events.yaml ACCUSE "s'est moqué de", "se sont moqués de": ridicule aimed at a named target
    doc = _run("Le sénateur américain s'est moqué du président français Emmanuel Macron lors d'un meeting.")
    assert ("ACCUSE", "USA", "FRA") in _pairs(doc)


def test_signs_of_hatred_are_no_protest() -> None:
    # events.yaml PROTEST unless_after "d antisémitisme", "de racisme": acts or signs of hostility, no march
    doc = _run("Les manifestations de racisme se multiplient en France, s'inquiète le gouvernement français.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Des milliers de manifestants français ont défilé samedi à Paris contre la réforme.")
    assert "PROTEST" in _types(doc)


def test_disapproving_in_the_past_is_accuse() -> None:
    # events.yaml ACCUSE "a désapprouvé", "ont désapprouvé": disapproval voiced, past tense only
    doc = _run("Le ministre français a désapprouvé la visite du président russe Vladimir Poutine.")
    assert ("ACCUSE", "FRA", "RUS") in _pairs(doc)


def test_not_closing_the_door_is_agree() -> None:
    # events.yaml AGREE "ne ferme pas la porte", "n'a pas fermé la porte": an opening, like "a entrouvert la porte"
    doc = _run("Le Premier ministre français Édouard Philippe ne ferme pas la porte aux syndicats français.")
    assert ("AGREE", "FRA", "FRA") in _pairs(doc)


def test_framing_protests_is_no_protest() -> None:
    # events.yaml PROTEST unless_before "encadrer les": state measures around marches, no march held
    doc = _run("Le ministre français de l'Intérieur veut de nouvelles règles pour encadrer les manifestations à Paris.")
    assert "PROTEST" not in _types(doc)


def test_meaning_to_join_a_rally_is_no_protest() -> None:
    # events.yaml PROTEST unless_before "comptent se joindre au": an intention, the rally not held yet
    doc = _run("Des étudiants français comptent se joindre au rassemblement des gilets jaunes à Paris.")
    assert "PROTEST" not in _types(doc)


def test_being_in_contact_with_is_consult() -> None:
    # events.yaml CONSULT "étaient en contact avec", "restait en contact avec": an open channel between two sides
    doc = _run("Le gouvernement espagnol restait en contact avec le gouvernement marocain pendant la crise.")
    assert ("CONSULT", "ESP", "MAR") in _pairs(doc)


def test_promising_a_security_deployment_is_no_mobilize() -> None:
    # events.yaml MOBILIZE unless_before "promet un", "a prévu un important": a deployment announced, not yet in place
    doc = _run("Le ministre français de l'Intérieur promet un dispositif de sécurité renforcé pour samedi à Paris.")
    assert "MOBILIZE" not in _types(doc)


def test_compound_subject_acts_each_for_itself() -> None:
    # roles.yaml compound_subject_joint_only: "X et Y refusent" is a refusal by each, not by X of Y
    doc = _run("La Chine et la Russie refusent cette transformation du Conseil.")
    pairs = _pairs(doc)
    assert ("REJECT", "CHN", "RUS") not in pairs
    assert {("REJECT", "CHN", None), ("REJECT", "RUS", None)} <= set(pairs)


def test_compound_subject_of_a_joint_act_are_its_sides() -> None:
    # a meeting or a deal keeps the two members of the subject as its two sides
    doc = _run("La France et l'Allemagne ont signé un accord de défense.")
    assert ("AGREE", "FRA", "DEU") in _pairs(doc)


def test_reciprocal_makes_a_compound_subject_two_sides() -> None:
    # roles.yaml reciprocals "mutuellement": the two accuse each other
    doc = _run("La Russie et l'Ukraine s'accusent mutuellement de violer le cessez-le-feu.")
    assert ("ACCUSE", "RUS", "UKR") in _pairs(doc)


def test_a_union_calling_to_demonstrate_is_no_request() -> None:
    # events.yaml REQUEST "appellent à" unless_after "manifester", "se mobiliser": a protest announced, which gold leaves out
    doc = _run("Les syndicats français appellent à manifester jeudi contre la réforme du gouvernement.")
    assert "REQUEST" not in _types(doc)
    assert "PROTEST" not in _types(doc)


def test_a_call_to_talks_is_still_a_request() -> None:
    # the exclusion above is about protests only: a call to negotiate stays a REQUEST
    doc = _run("Le président français appelle le gouvernement iranien à reprendre les négociations.")
    assert ("REQUEST", "FRA", "IRN") in _pairs(doc)


def test_sales_down_because_of_protests_is_no_protest() -> None:
    # events.yaml PROTEST unless_before "en raison des": the marches as a cause of another fact, none reported
    doc = _run("Les commerçants français signalent une baisse des ventes en raison des manifestations contre la taxe.")
    assert "PROTEST" not in _types(doc)


def test_visiting_the_site_of_the_protests_is_no_protest() -> None:
    # events.yaml PROTEST unless_before "lieux de la": the place of a past march, framing a visit
    doc = _run("Le président français s'est rendu dimanche sur les lieux de la manifestation.")
    assert "PROTEST" not in _types(doc)


def test_a_renewed_request_is_a_request() -> None:
    # events.yaml REQUEST "a réitéré sa demande": the demand made again, no expulsion or protest read from its object
    doc = _run("Le ministre allemand a réitéré sa demande d'une expulsion des diplomates russes.")
    assert "REQUEST" in _types(doc)
    assert "SANCTION" not in _types(doc)
    doc = _run("Le syndicat français a renouvelé son appel à la grève.")
    assert "REQUEST" not in _types(doc)


def test_rallies_declared_to_the_prefecture_are_no_protest() -> None:
    # modality.yaml after.future "ont été déclarés": a rally declared to the authorities is still to come
    doc = _run("À Lyon, deux rassemblements contre la taxe ont été déclarés auprès de la préfecture.")
    assert "PROTEST" not in _types(doc)
    # hypothetical "idées de": an idea of a march, no march
    doc = _run("Les idées de manifestations contre le gouvernement français se multiplient.")
    assert "PROTEST" not in _types(doc)


def test_soutient_in_an_incise_only_says_who_spoke() -> None:
    # events.yaml says_in_incise: "« ... », soutient X" / "soutient-il" is "maintains", no support
    doc = _run("« Ces contrôles sont nécessaires », soutient la Commission européenne.")
    assert "SUPPORT" not in _types(doc)
    doc = _run("« Elles vont produire leurs effets assez vite », soutient-il devant les députés français.")
    assert "SUPPORT" not in _types(doc)
    # a quotation of what is supported, right behind the verb, keeps the support
    doc = _run("« Il faudrait 300 euros de plus », soutient « à 100 % les revendications » la CGT.")
    assert "SUPPORT" in _types(doc)


def test_placed_under_judicial_control_is_a_coercion() -> None:
    # events.yaml "placé sous contrôle judiciaire": a restriction ordered by a judge
    doc = _run("Le militant lyonnais a été placé sous contrôle judiciaire samedi à Lyon.")
    assert ("COERCE", "FRA", "FRA") in _pairs(doc)
    # released from custody under judicial control: no coercion
    doc = _run("Trois militants ont été libérés et placés sous contrôle judiciaire dimanche à Lyon.")
    assert "COERCE" not in _types(doc)


def test_les_agents_alone_are_the_police() -> None:
    # actors.yaml "les agents": like "des agents", unqualified agents are the forces of order
    doc = _run("À Marseille, les agents ont fait usage de gaz lacrymogènes samedi soir.")
    assert ("COERCE", "FRA", "FRA") in _pairs(doc)


def test_mise_en_examen_in_the_passive_is_an_accusation_by_the_justice() -> None:
    # events.yaml "a été mise en examen": the subject is the accused, the justice of the country accuses
    doc = _run("L'ancienne ministre française Marie Dupontel a été mise en examen mardi à Paris pour favoritisme.")
    assert ("ACCUSE", "FRA", "FRA") in _pairs(doc)


def test_seizing_the_inspection_in_full_or_announcing_an_inquiry_is_an_investigation() -> None:
    # events.yaml "a saisi l'inspection générale de la police nationale", "a annoncé l'ouverture d'une enquête"
    doc = _run("Le préfet du Rhône a saisi l'Inspection générale de la police nationale après les violences.")
    assert "ACCUSE" in [t for t, _a, _r in _pairs(doc)]
    doc = _run("Le parquet de Lyon a annoncé lundi l'ouverture d'une enquête sur le ministre Gérald Darmanin.")
    assert ("ACCUSE", "FRA", "FRA") in _pairs(doc)


def test_police_framing_a_rally_is_a_deployment() -> None:
    # events.yaml "a encadré" + rassemblement/cortège/manifestation: forces engaged on the spot
    doc = _run("La police belge a encadré le rassemblement des syndicalistes à Liège.")
    assert ("MOBILIZE", "BEL", "BEL") in _pairs(doc)
    doc = _run("Le docteur Martin a encadré des étudiants en médecine.")
    assert "MOBILIZE" not in [t for t, _a, _r in _pairs(doc)]


def test_passive_escort_by_the_police_is_a_mobilisation() -> None:
    # "avaient été encadrés par des policiers": forces deployed around a crowd; not marshals or other activists
    doc = _run("Les gilets jaunes belges avaient été encadrés par des policiers belges en civil.")
    assert ("MOBILIZE", "BEL", "BEL") in _pairs(doc)
    doc = _run("Les manifestants belges étaient encadrés par des militants syndicaux.")
    assert "MOBILIZE" not in _types(doc)


def test_a_protest_banned_in_the_passive_with_nobody_named_is_the_authorities_ban() -> None:
    # events.py _roles: a passive ban (frame passive, mode ban) with no one named in its sentence is the
    # ban of the report's country's authorities on those who would have marched
    doc = _run("Les gilets jaunes français ont manifesté à Paris et à Lyon samedi contre le gouvernement français. "
               "Toute manifestation est interdite sur la commune jusqu'à mercredi.")
    assert ("SANCTION", "FRA", "FRA") in _pairs(doc)


def test_talks_whose_holding_is_announced_are_no_meeting() -> None:
    # events.yaml "discussions avec" unless_before "la tenue de": planned, not held
    doc = _run("Le ministre français a annoncé la tenue de discussions avec les syndicats belges.")
    assert "CONSULT" not in _types(doc)


def test_a_moratorium_demanded_is_no_concession() -> None:
    # events.yaml "moratoire", "gel de la hausse" unless_before "commencer par un", "ou un", "réclament un"
    doc = _run("Les syndicats français réclament un geste au gouvernement français, à commencer par un moratoire "
               "ou un gel de la hausse des prix.")
    assert "CONCEDE" not in _types(doc)


def test_a_death_when_a_car_crashed_is_no_killing() -> None:
    # events.yaml "tuée" unless_after "lorsque sa voiture": a road accident
    doc = _run("Une automobiliste française est tuée lorsque sa voiture a heurté un arbre près de Lyon.")
    assert "ASSAULT" not in _types(doc)


def test_assistance_centre_is_no_aid() -> None:
    # "le centre d'assistance": the name of a service, not a gift
    doc = _run("La directrice du centre d'assistance de l'association italienne a détaillé les chiffres de la récolte.")
    assert "AID" not in _types(doc)


def test_police_hurt_by_thrown_projectiles_is_no_assault() -> None:
    # "blessés par des jets de projectiles" at a demonstration: the riot of the gold sets, not an assault
    doc = _run("Trois gendarmes ont été blessés par des jets de projectiles à Lyon, selon la préfecture.")
    assert "ASSAULT" not in _types(doc)


def test_prosecutor_requesting_a_term_is_an_accusation() -> None:
    # "a requis ... de prison avec sursis": the sentence is requested, not handed down
    doc = _run("Le parquet de Toulouse a requis six mois de prison avec sursis contre un militant des gilets jaunes.")
    assert "ACCUSE" in _types(doc)
    assert "COERCE" not in _types(doc)


def test_an_inverted_pronoun_incise_names_the_speaker_of_a_first_person_request() -> None:
    # '« Nous demandons ... », a-t-il ajouté': the last person named before the quotation speaks
    doc = _run("Le ministre de l'Intérieur Gérald Darmanin était à Lille. « Nous demandons aux manifestants "
               "de quitter les lieux », a-t-il ajouté.")
    assert [(e["actor"] or {}).get("name") for e in doc.events if e["event_type"] == "REQUEST"] == ["Gérald Darmanin"]
    # a present-tense incise verb the pack lists for incises ("ajoute-t-il", "dit-il")
    for incise in ("ajoute-t-il", "dit-il", "explique-t-il"):
        doc = _run("Le ministre de l'Intérieur Gérald Darmanin était à Lille. « Nous demandons aux manifestants "
                   f"de quitter les lieux », {incise}.")
        assert [(e["actor"] or {}).get("name") for e in doc.events if e["event_type"] == "REQUEST"] == ["Gérald Darmanin"]


def test_protesters_forced_out_by_police_is_coerce() -> None:
    # "forcés par la police de quitter": an eviction by the police, the same as "repoussés par"
    doc = _run("Une vingtaine de gilets jaunes belges ont été forcés par la police de quitter le parking.")
    records = [e for e in doc.events if e["event_type"] == "COERCE"]
    assert records and records[0]["recipient"]["country"] == "BEL"


def test_police_pushing_back_the_crowd_is_coerce() -> None:
    # "repousser ces personnes" with the police as subject: force used on a crowd
    doc = _run("La police belge a décidé de repousser ces personnes pour rouvrir la route.")
    records = [e for e in doc.events if e["event_type"] == "COERCE"]
    assert records and records[0]["actor"]["country"] == "BEL"


def test_imperfect_request_to_someone_is_request() -> None:
    # "demandait aux": the imperfect of "demande aux", a request made to someone
    doc = _run("La police belge demandait aux automobilistes de ne pas emprunter la route fermée.")
    records = [e for e in doc.events if e["event_type"] == "REQUEST"]
    assert records and records[0]["actor"]["country"] == "BEL"


def test_rapporteurs_alone_are_a_legislative_actor() -> None:
    # "les rapporteurs" of a parliamentary commission, named without their body: a legislative actor
    doc = _run("À Paris, les rapporteurs ont demandé au gouvernement français de publier le rapport.")
    records = [e for e in doc.events if e["event_type"] == "REQUEST"]
    assert records and records[0]["actor"] and records[0]["recipient"]["country"] == "FRA"


# --- pack round 95 ---------------------------------------------------------------------------


def test_dans_la_foulee_inside_the_perfect_tense() -> None:
    # "a dans la foulée appelé": the adverbial phrase is cut out like "également" (events.yaml skippable)
    doc = _run("Le président américain Donald Trump a dans la foulée appelé les Européens à reprendre leurs combattants.")
    assert "a dans la foulée appelé" in _triggers(doc)
    assert ("REQUEST", "USA", None) in _pairs(doc)


def test_tout_de_meme_inside_the_perfect_tense() -> None:
    # "ont tout de même reçu la délégation": the same meeting as "ont reçu"
    doc = _run("Les responsables de Google France ont tout de même reçu la délégation des élus communistes.")
    assert "ont tout de même reçu" in _triggers(doc)
    assert "CONSULT" in _types(doc)


def test_mocking_present_participle_is_accuse() -> None:
    # "raillant", "moquant": the participle, like "ironisant"
    doc = _run("Le ministre français de l'Intérieur, raillant le gouvernement italien, a quitté la salle.")
    assert ("ACCUSE", "FRA", "ITA") in _pairs(doc)


def test_imperfect_accusation_is_accuse_but_not_a_placard() -> None:
    # "accusait": the imperfect of the narrative; a placard's slogan (inverted subject) accuses no one
    doc = _run("Le ministre italien de l'Intérieur accusait la France d'appauvrir l'Afrique.")
    assert ("ACCUSE", "ITA", "FRA") in _pairs(doc)
    doc = _run("«Grand débat l'arnaque», accusait une pancarte de tête du cortège parisien.")
    assert "ACCUSE" not in _types(doc)


def test_meeting_in_the_gerund_is_consult() -> None:
    # "en rencontrant mardi des représentants": a meeting held, told as the means of another act
    doc = _run("Le vice-premier ministre italien Luigi Di Maio a provoqué une crise diplomatique en rencontrant "
               "mardi des représentants des gilets jaunes français.")
    assert ("CONSULT", "ITA", "FRA") in _pairs(doc)


def test_set_phrases_holding_a_negation_deny_nothing() -> None:
    # modality.yaml not_modal: "Une fois n'est pas coutume" and "sans-abri" hold a negation cue
    doc = _run("Une fois n'est pas coutume, le président français a défendu le gouvernement italien.")
    assert ("SUPPORT", "FRA", "ITA") in _pairs(doc)
    doc = _run("La veille, un sans-abri était tué au couteau à Amiens par deux Tunisiens.")
    assert ("ASSAULT", "TUN", "FRA") in _pairs(doc)


def test_office_damaged_or_tagged_in_the_pluperfect_is_protest() -> None:
    # "avait déjà été dégradée", "avait été tagué": a riot's damage; not a hate inscription named after it
    doc = _run("La permanence du député LREM de Gironde avait déjà été dégradée dans la nuit.")
    assert ("PROTEST", None, "FRA") in _pairs(doc)
    doc = _run("Le bureau du député LREM de l'Hérault avait été tagué samedi.")
    assert ("PROTEST", None, "FRA") in _pairs(doc)
    doc = _run("La vitrine du restaurant parisien a été taguée d'un « juden » samedi.")
    assert "PROTEST" not in _types(doc)


def test_central_african_and_other_persons_of_the_kb() -> None:
    # kb_data/persons.yaml: Bozizé and Dologuélé (CAF), Anthony Fauci (USA), Tommy Leclercq (BEL)
    doc = _run("François Bozizé a retiré dimanche son soutien à l'ex-Premier ministre Anicet Georges Dologuélé.")
    assert ("SANCTION", "CAF", "CAF") in _pairs(doc)
    doc = _run("Interrogé sur le confinement en Chine, M. Fauci a fait l'éloge des actions du gouvernement chinois.")
    assert ("SUPPORT", "USA", "CHN") in _pairs(doc)
    doc = _run("Le gouverneur Tommy Leclercq a rencontré vendredi les autorités françaises.")
    assert ("CONSULT", "BEL", "FRA") in _pairs(doc)



def test_adverbs_of_concert_and_of_already_are_skippable() -> None:
    # "ont plaidé de concert dimanche pour", "a d'ores et déjà exclu de": cut out before matching
    doc = _run("Le député français Jean-Luc Mélenchon et la présidente du RN Marine Le Pen ont plaidé de concert "
               "dimanche pour une dissolution de l'Assemblée nationale française.")
    assert ("REQUEST", "FRA", "FRA") in _pairs(doc)
    doc = _run("Le syndicat français a d'ores et déjà exclu de participer à la réunion organisée vendredi par la "
               "ministre française du Travail.")
    assert ("REJECT", "FRA", "FRA") in _pairs(doc)


def test_imploring_in_the_present_is_request() -> None:
    doc = _run("Le pape implore les dirigeants russes de cesser les combats en Ukraine.")
    assert ("REQUEST", None, "RUS") in _pairs(doc)


def test_blame_put_on_someone_by_a_relative_is_accuse() -> None:
    # "des tags qu'il attribuait à ...": the object taken up by the relative pronoun
    doc = _run("Le député français Florent Boudié a découvert des tags qu'il attribuait à des militants italiens.")
    assert ("ACCUSE", "FRA", "ITA") in _pairs(doc)


def test_being_moved_to_indignation_is_accuse() -> None:
    doc = _run("L'opposition française s'est également émue de la décision du gouvernement italien.")
    assert ("ACCUSE", "FRA", "ITA") in _pairs(doc)


def test_support_in_reported_speech_imperfect() -> None:
    # "qu'il soutenait le ...": support reported; the bare imperfect is a past state ("les résultats soutenaient")
    doc = _run("Le syndicat lycéen français a indiqué, dans un communiqué, qu'il soutenait le gouvernement italien.")
    assert ("SUPPORT", "FRA", "ITA") in _pairs(doc)
    doc = _run("Le syndicat lycéen français a indiqué que les résultats soutenaient l'hypothèse du gouvernement italien.")
    assert "SUPPORT" not in _types(doc)


def test_resignation_is_concede_alone() -> None:
    # like en "resigned": yields to the call for a change, addressed to the own government
    doc = _run("Le Premier ministre soudanais Abdalla Hamdok démissionne après une nouvelle journée de manifestations.")
    assert ("CONCEDE", "SDN", "SDN") in _pairs(doc)
    doc = _run("Le Premier ministre belge Charles Michel a démissionné mardi.")
    assert ("CONCEDE", "BEL", "BEL") in _pairs(doc)


def test_demand_in_the_simple_past_is_request() -> None:
    doc = _run("La gendarmerie française en exigea le dégagement par les manifestants italiens.")
    assert ("REQUEST", "FRA", "ITA") in _pairs(doc)


def test_defending_oneself_of_an_act_is_a_denial() -> None:
    # "se défend d'avoir rejoint": a denial, not a support ("défend")
    doc = _run("La CGT se défend d'avoir rejoint le mouvement des gilets jaunes français.")
    assert ("REJECT", "FRA", None) in _pairs(doc)
    assert "SUPPORT" not in _types(doc)


def test_calling_words_incomprehensible_is_accuse() -> None:
    doc = _run("Le porte-parole du gouvernement polonais a qualifié vendredi les propos du président Macron "
               "d'«incompréhensibles».")
    assert ("ACCUSE", "POL", "FRA") in _pairs(doc)


def test_judged_unfair_in_the_perfect_but_not_in_a_relative() -> None:
    doc = _run("Les oppositions françaises ont jugé «injuste» la prime exceptionnelle voulue par le gouvernement italien.")
    assert ("ACCUSE", "FRA", "ITA") in _pairs(doc)
    # "qu'ils jugent injuste": a movement's grievance told as background, no second accusation
    doc = _run("Les gilets jaunes dénoncent la politique fiscale du gouvernement français, qu'ils jugent injuste, "
               "et réclament plus de pouvoir d'achat.")
    assert "jugent" not in _triggers(doc)


def test_oppositions_in_the_plural_are_the_opposition() -> None:
    # actors.yaml: "oppositions", "partis d'opposition"
    doc = _run("Les oppositions ont dénoncé la décision du gouvernement italien.")
    assert ("ACCUSE", None, "ITA") in _pairs(doc)
    assert doc.events[0]["actor"]["sectors"] == ["OPPOSITION"]


def test_a_ban_cancellation_or_ceremony_is_no_protest() -> None:
    # "toute manifestation serait interdite", "l'annulation d'une manifestation", "manifestation de clôture",
    # "déclaration de manifestation": a rule, a cancellation, a ceremony, an offence
    doc = _run("Le président de la République française participe aussi à la manifestation de clôture de la rencontre "
               "internationale de jeunes pour la paix.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Aujourd'hui, la crispation est montée d'un cran depuis l'annulation d'une manifestation de gilets jaunes "
               "belges par la police.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Ils ont été mis en examen pour déclaration inexacte de déclaration de manifestation auprès de la "
               "préfecture française.")
    assert "PROTEST" not in _types(doc)
    doc = _run("Le préfet français pourra interdire à la personne de prendre part à toute manifestation sur "
               "l'ensemble du territoire.")
    assert "PROTEST" not in _types(doc)


def test_a_ban_announced_in_reported_speech_is_sanction() -> None:
    doc = _run("La préfète française du Cher a annoncé, vendredi, que toute manifestation serait interdite dans le "
               "centre de Bourges.")
    assert ("SANCTION", "FRA", "FRA") in _pairs(doc)
    assert "PROTEST" not in _types(doc)


def test_shame_on_and_thanks_to_are_the_speakers_acts() -> None:
    doc = _run("\"Honte à ceux qui commettent de tels actes\", a déclaré le Premier ministre français Édouard Philippe.")
    assert ("ACCUSE", "FRA", "FRA") in _pairs(doc)
    doc = _run("Il ajouterait alors la honte à l'indignité, a prévenu le ministre français de l'Intérieur.")
    assert "ACCUSE" not in _types(doc)
    doc = _run("\"Merci à nos forces de l'ordre pour leur courage et leur professionnalisme\", a écrit le président "
               "français Emmanuel Macron.")
    assert ("SUPPORT", "FRA", None) in _pairs(doc)


def test_punishment_promised_to_the_violent_is_threaten() -> None:
    doc = _run("\"Les coupables de ces violences veulent le chaos. Ils seront identifiés et tenus responsables de leurs "
               "actes devant la justice\", a insisté le président français Emmanuel Macron.")
    assert ("THREATEN", "FRA", "FRA") in _pairs(doc)


def test_playing_down_what_another_said_is_reject() -> None:
    doc = _run("L'Élysée a relativisé mardi la portée de la série de tweets dans lesquelles le président américain "
               "Donald Trump critique Emmanuel Macron.")
    assert ("REJECT", "FRA", "USA") in _pairs(doc)
