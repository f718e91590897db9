"""Event extraction: triggers, roles, place, date, topics, modality, evidence.

For every sentence the trigger lexicon of the document's language pack
(``events.yaml``) is matched on the shadow text.  A trigger's *frame* says who is actor
and who recipient among the actor mentions of the sentence (see docs/architecture.md).
Place and date are read from the event's own sentence first, then its paragraph; topics
from its sentence and the two sentences on either side in its paragraph; the dateline
places an event the text places nowhere else.

Modality: a trigger preceded (within ``window`` tokens) by a future, negation,
hypothetical or denial cue of ``modality.yaml`` does not produce a record — dyad reports
what happened, and planned or denied events are counted in ``doc.meta["skipped_events"]``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import ahocorasick

from dyad.doc import DateMention, Document, Mention, Sentence
from dyad.kb import KB
from dyad.lang import get_pack, pack_cached
from dyad.mentions import (
    CAPITAL_WHY,
    HOMOGRAPH_CITY_WHY,
    OFFICIAL_WHY,
    country_guessed,
    official_id,
)
from dyad.text import Shadow, fold, word_hits

PLOVER_QUAD = {
    "AGREE": "verbal cooperation", "CONSULT": "verbal cooperation", "SUPPORT": "verbal cooperation",
    "CONCEDE": "verbal cooperation", "COOPERATE": "material cooperation", "AID": "material cooperation",
    "RETREAT": "material cooperation", "REQUEST": "verbal cooperation", "ACCUSE": "verbal conflict",
    "REJECT": "verbal conflict", "THREATEN": "verbal conflict", "PROTEST": "verbal conflict",
    "SANCTION": "material conflict", "MOBILIZE": "material conflict", "COERCE": "material conflict",
    "ASSAULT": "material conflict",
}
ACTOR_KINDS = ("person", "organization", "state", "group")
UNIDENTIFIED = "group:unidentified"
# types whose two sides play different parts, each way round an act of its own (merge keys keep the
# order); not AID: aid sent back is rare, and aid told twice reversed is a misread request ("called on
# France to increase its support to the army")
_ONE_WAY = frozenset({"ASSAULT", "SUPPORT", "REQUEST", "THREATEN", "SANCTION", "COERCE"})


@dataclass(frozen=True, slots=True)
class Trigger:
    form: str
    type: str
    mode: str | None
    cameo: str | None
    frame: str
    weight: float
    # events.yaml `unless_after`: words that, within a few words after the form and in its clause,
    # make it no event of this entry ("asked about", "asked whether": a question put)
    unless_after: tuple[tuple[str, ...], ...] = ()
    # events.yaml `unless_before`: words right before the form that make it no event ("the
    # occupied West Bank", "the besieged enclave": an adjective)
    unless_before: tuple[tuple[str, ...], ...] = ()
    # events.yaml `unless_glued`: proclitics that, written onto the form, make it no event ("لضرب":
    # in order to strike, a purpose; the pack's proclitics otherwise let a glued form match)
    unless_glued: tuple[str, ...] = ()
    # events.yaml `first_person: true`: a first-person speech act ("nous demandons", "we urge");
    # inside a quotation the speaker performs it
    first_person: bool = False
    # events.yaml `answers: true`: a denial of what was claimed ("Moscow denies the allegations"):
    # naming no other side, it answers the last accusation against its country (_answered_accusations)
    answers: bool = False
    # events.yaml `alleges: true`: what follows the form in its clause is what someone is accused
    # of ("accused Hamas of kidnapping", "l'accuse d'avoir tué", "اتهم حماس باختطاف"): an
    # allegation, not an event that happened (_alleged)
    alleges: bool = False
    # events.yaml `topic_after: true`: who is named after the form is what the act is about, not its
    # other side ("Trump denied any collusion with Russia": Russia is the topic of the denial)
    topic_after: bool = False
    # events.yaml `agent_after: true`: an armed body of a stated country right behind the form is
    # who struck ("قصفت الطائرات الإسرائيلية موقعا", "قصف الجيش السوري مواقع"), not the target
    agent_after: bool = False
    # events.yaml `agent_after: armed_groups`: also an armed group (rebels) right behind the form
    # when no actor is named before it in its clause and a place or side is named after the group
    # there (what it struck: "وهاجمت الجماعة قرية في الكاميرون"); a group left bare behind the verb
    # may be its object
    armed_groups_after: bool = False
    # events.yaml `agent_after: states` (or a list holding it): also a state named right behind
    # the form, a verb whose inflection agrees with a state's name ("وقصفت تركيا مواقع للتنظيم":
    # Turkey struck), not a verbal noun (whose genitive is often its object)
    states_after: bool = False
    # events.yaml `agent_after: prefixed` (or a list holding it): also armed forces right behind the
    # form with an object prefix of roles.yaml glued to them ("غارة لطيران التحالف", "غارات لقوات
    # التحالف": the strikes of the coalition's aircraft), for forms whose prefixed genitive is their
    # owner, not their target (air strikes, not "قصف لمواقع")
    prefixed_after: bool = False
    # events.yaml `object_prefixes`: object prefixes of this form only, beside roles.yaml's
    # ("تنديد الوزير بقيام ...": the genitive that a "ب" object follows condemned)
    object_prefixes: tuple[str, ...] = ()
    # events.yaml `dual: true`: a dual verb form ("بحثا", "اتفقا": the two of them discussed,
    # agreed): its subject is the two sides named before, as for a "the two sides" phrase
    dual: bool = False
    # events.yaml `requires_after` (and `requires_window`, in words, default 6): a form that is an
    # event only with one of these words after it in its clause, whatever stands between ("حمّل
    # الجيش حركة حماس مسؤولية الهجوم", "held Moscow responsible"): a verb split around its object
    requires_after: tuple[tuple[str, ...], ...] = ()
    requires_window: int = 6
    # events.yaml `continues: true`: a participle that goes on after a comma with the subject of the
    # clause before it ("..., urging", "...، داعيا"): a second happening of that sentence
    continues: bool = False
    # events.yaml `spelled_letters`: letters of the entry's forms that the original text must show
    # as written where the shadow folds them with another ("ألقي القبض", passive, against the
    # active "ألقى القبض": the fold joins their final letters)
    spelled_letters: frozenset[str] = frozenset()
    # events.yaml `patient_after: true`: a passive form whose object comes right behind it ("تم
    # القبض على X", "ألقي القبض على X": X was arrested): the one named there underwent it, and only
    # an agent marker names the agent
    patient_after: bool = False
    # events.yaml `between_persons: {type, mode, cameo}`: the reading of the form when both its
    # sides are persons (en "attacked", "attack on": one public figure attacks another in words,
    # "Trump's attack on Gillibrand", an ACCUSE, not an ASSAULT)
    between_persons: tuple[str, str | None, str | None] | None = None
    # events.yaml `alone: true`: a form whose record has no other side than its actor (a
    # resignation, an apology under pressure: "resigned over the war in Iraq" yields to no Iraq);
    # by a person or body, it is addressed to the government of its country, inferred, as an
    # appeal naming no one is
    alone: bool = False
    # events.yaml `actor_before: true`: the doer is the subject named before the form; a side read
    # after it (the court, the prosecutor: "X pleaded guilty in U.S. District Court") is no actor
    actor_before: bool = False
    # events.yaml `own_side: true`: a joint act that, with no partner named, was done within the
    # actor's own side ("Congressional Republicans reached a deal on tax legislation"): by a person
    # or body, addressed to the government of its country, as an `alone` act is; a partner named
    # stays its recipient (a state naming no partner makes no record)
    own_side: bool = False
    # events.yaml `says_in_incise: true`: as the verb of an incise after a quotation, its speaker
    # right behind it ("« ... », soutient Emmanuel Grégoire", "..., soutient-il"), the form only
    # says who spoke ("maintains"), no act of its type
    says_in_incise: bool = False
    # events.yaml `unnamed_attackers: true`: a form that itself names its attackers as unnamed
    # ("مسلحون", gunmen): its reading with unidentified attackers keeps its rank where roles.yaml
    # `named_attacker_first` is set
    unnamed_attackers: bool = False
    # events.yaml `place_host: true` (visits): a city or region of another country named right
    # behind the form, with no host named ("travelled to Kyiv", "a visit to Kabul", "visited
    # Kharkiv"), is where the visitor went: its country hosts the visit (see _record)
    place_host: bool = False
    # events.yaml `asks_subject: true` (svo frame): a demand put as what another should do ("X said
    # the prince should apologise"): the one named right before the form is asked, and the speaker
    # of the clause (named before a speech verb ahead of it, or right behind it where verbs come
    # first) asks; with no speaker named there, no record ("the prince should apologise" alone is
    # no one's demand); also a charge put as what another does ("قال الجبير إن إيران تدعم الإرهاب")
    asks_subject: bool = False
    # events.yaml `passive_before`: words that, right behind an svo form, show it is the unvowelled
    # passive it is spelt like ("مدنيين قتلوا في انفجار": were killed, not killed): a place, cause,
    # agent or time complement where the active form has its object; the form is read as passive
    # (so it is when a comma or stop ends its clause right behind it: no object either)
    passive_before: tuple[tuple[str, ...], ...] = ()


@dataclass
class EventLexicon:
    automaton: Any
    proclitics: tuple[str, ...]
    arabic_script: bool
    future_prefixes: tuple[str, ...]
    window: int
    topics: Any  # automaton over topic forms -> topic key
    contexts: Any
    locatives: tuple[str, ...]
    conjunctions: frozenset[str]
    dual_subjects: tuple[str, ...] = ()
    dual_words: frozenset[str] = frozenset()  # every word of the dual-subject phrases
    # roles.yaml joint_dual_subjects: phrases that stand for the two sides only before a joint
    # act ("They also discussed ..." after a meeting; "they arrested a man" is one side)
    joint_dual_subjects: tuple[str, ...] = ()
    # roles.yaml pronoun_genders ({she: f, he: m}): whom a subject pronoun may stand for; gender_cues
    # ({female: [Mrs, "la ministre"], male: [...]}): words right before a name that tell its gender
    pronoun_genders: dict[str, str] = field(default_factory=dict)
    gender_cues: tuple[tuple[tuple[str, ...], str], ...] = ()
    # modality cues before a trigger, {first word: [(kind, cue words)]}: a cue is tried only
    # where its first word stands
    before_index: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)
    # modality.yaml affirmative: a negation that asserts ("n'a pas hésité à", "did not hesitate
    # to", "لم يتردد في"): in the window it cancels the negation cues
    affirmative: tuple[tuple[str, ...], ...] = ()
    # modality.yaml not_modal: set phrases holding a cue word that say nothing of the event's
    # modality ("as planned", "comme prévu", "بشكل مخطط له"): their words are no cue
    not_modal: tuple[tuple[str, ...], ...] = ()
    # modality.yaml clause_breaks: a word or phrase that opens a clause of its own ("mais", "and
    # has"): cue words before it belong to the clause it ends ("a admis que l'arme pouvait blesser
    # mais en a défendu l'utilisation": the defence is no hypothesis; "has denied any wrongdoing and
    # has accused the women": the accusation is no denial)
    clause_breaks: tuple[tuple[str, ...], ...] = ()
    # modality.yaml clause_hypothetical: a conjunction opening the trigger's clause ("If the bill is
    # passed by Congress and signed by the president, ...") makes every trigger of that clause
    # hypothetical, however far behind it stands
    clause_hypothetical: frozenset[str] = frozenset()
    # modality.yaml clause_hypothetical_inside: a conjunction anywhere in the trigger's clause before
    # it ("options which could be used if court orders to allow access were defied") makes the
    # trigger hypothetical, however far behind it stands
    clause_hypothetical_inside: frozenset[str] = frozenset()
    # modality.yaml disjunctions: a trigger right after one of these ("cannot be sought by the UK or
    # granted by the EU") shares the verb before it, and the cues of their whole clause
    disjunctions: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    # roles.yaml plural_pronouns: a group pronoun opening a sentence ("They have also criticised ...")
    # stands for the body or state that opens the sentence before
    plural_pronouns: frozenset[str] = frozenset()
    # roles.yaml first_person_pronouns: a speech act inside a quotation whose subject is one of these
    # ("« Je lance un appel au calme », a dit X") is the speaker's own, as a first_person form is
    first_person_pronouns: frozenset[str] = frozenset()
    # roles.yaml euphonic_infixes: letters set between a verb and the pronoun glued after it that are
    # no word of their own (fr "-t-" in "a-t-il ajouté")
    euphonic_infixes: tuple[str, ...] = ()
    # roles.yaml incise_verbs: verbs of an incise after a quotation that speech_verbs leaves out because
    # elsewhere they are mostly no speech act (fr present "dit-il", "explique-t-il", "poursuit-elle")
    incise_verbs: frozenset[str] = frozenset()
    # cues right after a trigger, inside its clause ("talks will begin", "la visite prévue"),
    # indexed the same way
    after_window: int = 3
    after_index: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)
    # modality.yaml background_years: a record dated at least this many years before the report
    # recalls a past happening ("en mai 1968", "les grèves de 1995"), not the news (None: no limit)
    background_years: int | None = None
    background_types: frozenset[str] = frozenset()  # the event types it applies to (modality.yaml)
    # modality.yaml background_undated: a report with no publication date is taken to be of the
    # latest year its own date expressions name (past ones: no plan's year)
    background_undated: bool = False
    verb_first: bool = False  # a language whose verbs usually precede their subjects (Arabic)
    # roles.yaml block_length: characters from which a long sentence is read in blocks (0: never)
    block_length: int = 0
    # roles.yaml clause_connectives: words that open a clause with a subject of its own ("، فيما
    # نفذ طيران الجيش العراقي 30 غارة"): a trigger right behind one starts a block of the sentence,
    # and its sides, like those of the triggers before it, are looked for in its own clause only
    clause_connectives: tuple[tuple[str, ...], ...] = ()
    # roles.yaml clause_connective_not: words after a connective that make it none ("فيما يتعلق")
    clause_connective_not: frozenset[str] = frozenset()
    # roles.yaml named_attacker_first: an attack read with unidentified attackers of no country (by a
    # form that names no attacker) makes no two-country reading among the readings of its type, and
    # one of the sentence that names who struck ranks first
    named_attacker_first: bool = False
    # words before a date that make it the edge of a period, not the event's date ("since 2022")
    period_words: tuple[str, ...] = ()
    period_tokens: tuple[tuple[str, ...], ...] = ()  # the same, as word sequences
    # words right before a trigger that make it the background of the sentence ("after the
    # attack", "lors de la manifestation"): such a trigger yields to the sentence's main verb;
    # indexed by their last word
    background_index: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # by last word
    # adverbs a multi-word trigger may have inside it ("a également condamné", "officially
    # ended"): matching reads the text as if they were not there (events.yaml `skippable`)
    skippable: Any = None  # compiled pattern over the folded text, or None
    adjective_first: bool = True  # pack.yaml adjective_position
    # "his Turkish counterpart", "son homologue", "نظيره": the other side is of another country
    counterparts: tuple[str, ...] = ()
    # "the attack on the patrol by an armed group", "l'attaque ... par", "على يد": the agent
    # of a noun trigger named after it (as word sequences)
    agent_markers: tuple[tuple[str, ...], ...] = ()
    # roles.yaml passive_markers: what else names the agent of a passive form ("received a call
    # from", "تلقى اتصالا من")
    passive_markers: tuple[tuple[str, ...], ...] = ()
    # roles.yaml passive_auxiliaries: "has been", "a été": right before a verb trigger they make
    # it passive, so its agent is named after an agent marker though a subject stands before it
    passive_auxiliaries: tuple[tuple[str, ...], ...] = ()
    # roles.yaml passive_only_auxiliaries: those after which a verb trigger is always passive
    # ("has been accused"; "are blasting" is active)
    passive_only_auxiliaries: tuple[tuple[str, ...], ...] = ()
    # roles.yaml active_endings: a verb form ending so is active after any auxiliary ("have been
    # calling for", "are blasting")
    active_endings: tuple[str, ...] = ()
    # roles.yaml participle_endings: a trigger whose first word ends so is a participle ("»,
    # dénonçant ...", "», critiquant"): it shares the subject of its sentence, it opens no incise
    # whose speaker follows it
    participle_endings: tuple[str, ...] = ()
    # roles.yaml venue_markers: "at", "dans", "بمقر": a body right behind one is where a joint
    # act took place, not a side of it
    venue_markers: frozenset[str] = frozenset()
    # roles.yaml occurrence_verbs: "حدث", "وقع" (occurred) right before an attack noun: the noun is
    # their subject, and nobody named before it attacked
    occurrence_verbs: tuple[tuple[str, ...], ...] = ()
    # roles.yaml natural_causes: "outbreak", "flu", "earthquake": named before a killing whose
    # attacker the text does not name, they are what killed, and the deaths are no one's act
    natural_causes: frozenset[str] = frozenset()
    # roles.yaml never_held: sectors (POLICE, INTEL) of bodies that are never the ones held in a
    # passive arrest or detention: named right before it ("appeared for a check-in with ICE and was
    # arrested"), such a body made the arrest, and the one held was named before it
    never_held: frozenset[str] = frozenset()
    # roles.yaml placed_states_no_attackers: a state named as where a killing happened, after a
    # locative or a direction word before it ("a fire in a high-rise block in Urumqi, western China,
    # killed 10", "the plague in Madagascar has killed 97"), did not kill: no attacker
    placed_states_no_attackers: bool = False
    # roles.yaml placed_recipient_markers / placed_recipient_types: after a trigger of one of the
    # types (an appeal, a charge, a refusal ...), a state right behind one of the words (an article
    # at most between: "in Iraq", "in the UK") is where something is or happened, or what the act is
    # about, not the side it is addressed to ("appealed for the release of an aid worker kidnapped in
    # Iraq", "urged Britain not to cut troop numbers in Estonia")
    placed_recipient_markers: frozenset[str] = frozenset()
    placed_recipient_types: frozenset[str] = frozenset()
    # roles.yaml plural_verb_endings: a sentence opened by a verb so ending ("وأعربوا", they
    # expressed), with nobody named before the trigger, has the actors of the sentence before as
    # its subject, one record each
    plural_verb_endings: tuple[str, ...] = ()
    # roles.yaml partner_markers: "with", "avec", "مع": what introduces the other side of a
    # mutual act named far after its trigger
    partner_markers: frozenset[str] = frozenset()
    # roles.yaml between_markers: "between", "entre", "بين": the two actors joined by a
    # conjunction right after one, behind a mutual trigger, are its two sides
    between_markers: frozenset[str] = frozenset()
    # roles.yaml relatives: words that open a relative clause ("which", "qui", "الذي")
    relatives: frozenset[str] = frozenset()
    # roles.yaml accompaniment_markers: "in coordination with", "en collaboration avec",
    # "بالتنسيق مع": who is named right behind one acts alongside the subject, not as it
    accompaniment: tuple[tuple[str, ...], ...] = ()
    # roles.yaml backer_markers: "بدعم من" (backed by): who is named right behind one, after the
    # trigger, backs the act and is no side of it ("اقتحمت المقاومة بدعم من طائرات التحالف قاعدة
    # العند": the coalition is not the target)
    backers: tuple[tuple[str, ...], ...] = ()
    # roles.yaml undergo: "was subjected to", "a essuyé", "تعرض": an attack noun governed by one was
    # suffered by the verb's subject, and is done by who is named after it (as a passive's agent;
    # undergo.agent_markers: genitive markers counted only right behind the noun, "d'insurgés");
    # undergo.object_prefixes: the attack noun must carry one ("لقصف"); undergo.window: words at
    # most between the verb and the attack noun (an Arabic subject stands there: "تعرض مركز
    # المسيال بمنطقة عسير لقذائف")
    undergo: tuple[tuple[str, ...], ...] = ()
    undergo_prefixes: tuple[str, ...] = ()
    undergo_window: int = 2
    undergo_agent_markers: tuple[tuple[str, ...], ...] = ()
    # roles.yaml harmed: the killed or wounded as the subject of their (unvowelled passive) verb,
    # "مدنيين قتلوا في انفجار ألغام تركها الحوثيون", "أصيبوا نتيجة قصف الحوثيين": an attack noun at most
    # harmed.window words behind such a verb, after one of harmed.object_markers (or carrying one of
    # harmed.object_prefixes, "بانفجار"), was suffered by who is named right before the verb
    # (harmed.subject_gap words at most between) and done by an armed side named after the noun
    harmed: tuple[tuple[str, ...], ...] = ()
    harmed_markers: tuple[tuple[str, ...], ...] = ()
    harmed_prefixes: tuple[str, ...] = ()
    harmed_window: int = 2
    harmed_subject_gap: int = 2
    # roles.yaml shared_subject_conjunctions: a verb right after one of these shares its clause's
    # subject ("X said Y must go and called on him to ..."), not the nearest actor before it
    shared_subject_conjunctions: frozenset[str] = frozenset()
    # roles.yaml verb_coordinators: any verb right after one of these, with an earlier trigger of
    # its clause, shares that trigger's subject ("ECOWAS suspended Mali and Guinea and imposed
    # sanctions on them": the list is the first verb's object, no joint subject)
    verb_coordinators: frozenset[str] = frozenset()
    # roles.yaml object_pronouns: a verb sharing its subject that takes one of these ("and imposed
    # sanctions on them", "et leur a imposé") acts on the earlier verb's objects
    object_pronouns: frozenset[str] = frozenset()
    # roles.yaml verb_object_pronouns: right after a verb, its object, someone named before ("accused
    # him of ties to Russia"); plural_object_pronouns: those that stand for a group or a state
    # ("them"), not one person
    verb_object_pronouns: frozenset[str] = frozenset()
    plural_object_pronouns: frozenset[str] = frozenset()
    # roles.yaml possessive_pronouns ("her"): also possessives, objects only before punctuation or
    # one of object_followers ("urged her to", not "rejected her plan")
    possessive_pronouns: frozenset[str] = frozenset()
    object_followers: frozenset[str] = frozenset()
    # roles.yaml launch_origins: "fired from", "أطلق من": an attack with no attacker named before
    # it, launched from a place named after one of these, is by that place's side
    launch_origins: tuple[tuple[str, ...], ...] = ()
    # roles.yaml reciprocals: "each other" after the verb makes the two members of a compound
    # subject its two sides, whatever the type ("Ukraine and Russia have been blaming each other")
    reciprocals: tuple[tuple[str, ...], ...] = ()
    # roles.yaml compound_subject_joint_only: the two members of a compound subject are the two
    # sides of a joint act (meeting, deal) only, or of any act followed by a reciprocal; else each
    # is a subject ("Germany and France have called for the embargo to be lifted")
    compound_subject_joint_only: bool = False
    # roles.yaml embedding_cues: words that make an attack or arrest noun a few words behind them
    # part of another phrase ("affected by the military crackdown", "attacks such as last Friday's
    # bombing"): the subject before them did not carry it out
    embedding_cues: tuple[tuple[str, ...], ...] = ()
    embedding_window: int = 4
    # roles.yaml target_markers: a protest with nobody named before it, and an actor right behind
    # one of these after it ("protests against President X"): that actor is its target
    target_markers: frozenset[str] = frozenset()
    # roles.yaml against_words: the one named a word or two behind one of these, before the
    # trigger, is on the receiving end ("a mené contre l'EI neuf frappes", "نفذت قوات التحالف
    # ضد تنظيم داعش تسع ضربات"): no subject while someone else is named before the trigger
    against_words: frozenset[str] = frozenset()
    # roles.yaml unnamed_subjects: words that are a clause's subject though they name nobody
    # ("Others accused Kelly", "they accuse Russia"): the actor after a verb behind one is its object
    unnamed_subjects: frozenset[str] = frozenset()
    # roles.yaml glued_conjunctions: conjunctions written onto the next word ("و", "ف": "ودعا",
    # "فإذا"); a modality cue or a report verb may carry one
    glued_conjunctions: tuple[str, ...] = ()
    # actors.yaml affiliation_words ("loyal to", "الموالية ل"): in a verb-first clause, the one named
    # right behind the subject after one of them says whose the subject is, no other side
    affiliation_words: frozenset[str] = frozenset()
    # places.yaml locative_prefixes: one-letter locatives written onto the place ("بالرياض")
    locative_prefixes: tuple[str, ...] = ()
    # places.yaml capital_phrases: "in the capital" with no city named: the capital of the country
    # the adjective after it names ("dans la capitale belge"), else of the sentence's country
    capital_phrases: tuple[str, ...] = ()
    # roles.yaml dropped_subject: a clause opened by a glued conjunction and a masculine verb
    # ("ودعا الحكومة العراقية إلى ...") whose first mention is of a feminine noun (endings:
    # "ة", "ات") has that mention as its object; the subject is the man named before (the verb
    # carries it); feminine_verb_endings / _prefixes ("دعت", "تدعو")
    feminine_noun_endings: tuple[str, ...] = ()
    feminine_verb_endings: tuple[str, ...] = ()
    feminine_verb_prefixes: tuple[str, ...] = ()
    masculine_states: frozenset[str] = frozenset()  # "العراق", "الأردن": a country named so is masculine
    # roles.yaml dropped_subject.speaker_next: words right behind a masculine speech verb opening
    # a sentence that show it names no speaker ("وقال في كلمة ..."، "وقال خلال لقائه ..."): the
    # verb carries the subject, the person named last before the sentence
    speaker_next: frozenset[str] = frozenset()
    # roles.yaml object_prefixes: "ل" in "قصف الطيران الروسي لمواقع المعارضة": a verbal noun's
    # genitive followed by an object so marked is its agent; object_prefix_not: words that begin
    # so and mark no object ("لمدة", "لأن")
    object_prefixes: tuple[str, ...] = ()
    object_prefix_not: frozenset[str] = frozenset()
    object_gap_not: frozenset[str] = frozenset()  # roles.yaml object_gap_not: "من", "ضد" are no construct noun
    # roles.yaml speech_verbs + report_verbs: who a trailing ", the ministry reported" names is the source
    reporting: tuple[tuple[str, ...], ...] = ()
    # places.yaml origins: "aid coming from Saudi Arabia", "المقبلة من": where something set out
    # from is not where the event happened
    origins: tuple[tuple[str, ...], ...] = ()
    # places.yaml destinations: "to", "à destination de", "إلى": where something was sent
    destinations: tuple[tuple[str, ...], ...] = ()
    # places.yaml institution_seats: cities a visit to is mostly a visit to the institutions seated
    # there (Brussels, Geneva): no `place_host` visit of their state
    institution_seats: frozenset[str] = frozenset()
    # places.yaml statement_venues: "speaking at", "lors d'une conférence", "خلال لقائه": a place
    # named after one is where a statement was made, not what it is about
    statement_venues: tuple[tuple[str, ...], ...] = ()
    # places.yaml setting_words: "during", "lors", "au cours de", "خلال": a protest named right
    # after one is the setting of the act the sentence reports, and a record of its own
    setting_words: tuple[tuple[str, ...], ...] = ()
    # places.yaml directions: "eastern Ukraine", "le nord du Mali", "شمال شرقي نيجيريا": the event
    # is in the country or region named after one; before a city they give a reference point
    # ("50 km east of Ramadi"), no place
    directions: tuple[str, ...] = ()
    # roles.yaml definite_markers / definite_prefixes: "the meeting", "la rencontre", "اللقاء":
    # a definite event noun after a record of its type points back to that event
    definite_markers: frozenset[str] = frozenset()
    definite_prefixes: tuple[str, ...] = ()
    # roles.yaml articles: words that make the trigger after them a noun ("the attack", "une")
    articles: frozenset[str] = frozenset()
    # roles.yaml local_sectors: sectors of a body whose country, only inferred, yields to the country
    # of the place the sentence sets the event in ("à Diyarbakir, ... à l'appel des syndicats"); a
    # pack whose place names are often common words too keeps the default
    local_sectors: frozenset[str] = frozenset({"CIVILIAN"})
    # roles.yaml impersonal_after: words right after a subject pronoun that make it impersonal
    # ("il y a", "il faut", "il s'agit"): it stands for nobody
    impersonal_after: tuple[tuple[str, ...], ...] = ()
    # roles.yaml pronoun_after_opening: a subject pronoun right after the sentence's first comma
    # ("Sur un ton grave, il a dénoncé ...") stands for the last person named, as one opening it
    pronoun_after_opening: bool = False
    # roles.yaml pronoun_continues_subject: a subject pronoun stands for the subject of the sentence
    # before (news goes on telling of whom it was telling of), not for the last person named
    pronoun_continues_subject: bool = False
    # roles.yaml passive_arrest_authorities: a passive arrest or detention form with nobody named in
    # its sentence ("Trente-cinq personnes ont été interpellées samedi à Paris") was made by the
    # authorities of the country the sentence places it in, else of the report's focus country
    passive_arrest_authorities: bool = False
    # roles.yaml riot_modes: PROTEST modes of a riot; one with nobody named ("De violents affrontements
    # ont éclaté à Paris") was carried out by unidentified rioters (no country), against the
    # government of the country the sentence places it in, not by that country's people
    riot_modes: frozenset[str] = frozenset()
    # roles.yaml authority_assault_modes: ASSAULT modes of a shot of a police weapon ("blessé par un
    # tir de LBD"); one where nobody is named who fired was fired by the authorities of the country
    # the sentence places it in, else of the report's focus country, not by unidentified attackers
    authority_assault_modes: frozenset[str] = frozenset()
    # roles.yaml kin_words, kin_links, kin_construct, possessive_suffixes: "Emmanuel Macron's
    # wife", "l'épouse du président", "نجل الرئيس": the person named is not who acts, a relative
    # of theirs is
    kin_words: frozenset[str] = frozenset()
    kin_links: frozenset[str] = frozenset()
    kin_construct: bool = False
    possessive_suffixes: tuple[str, ...] = ()
    # "aid to Gaza through Egypt and Jordan", "via", "عبر": what follows is a route or a
    # go-between, never the recipient (as word sequences)
    transit_markers: tuple[tuple[str, ...], ...] = ()
    object_prepositions: frozenset[str] = frozenset()  # roles.yaml: a verb-first trigger ending on one has its subject before it
    topic_markers: tuple[tuple[str, ...], ...] = ()  # roles.yaml: what a meeting is about follows one; no side of it
    transit_words: frozenset[str] = frozenset()  # every word of the transit markers
    # roles.yaml list_alternatives: "or" words that go on a list of routes or borders as "and" does
    # ("the borders with Spain, Italy or Germany"), joining no sides anywhere else
    list_alternatives: frozenset[str] = frozenset()
    # roles.yaml return_markers: "de retour de", "back from": what the subject came back from, named
    # in the same clause after one, is no side of the event (as word sequences)
    return_markers: tuple[tuple[str, ...], ...] = ()
    # roles.yaml company_markers: "accompagné de", "accompanied by": who came along, named after
    # a comma behind the trigger, is no side (as word sequences)
    company_markers: tuple[tuple[str, ...], ...] = ()
    # roles.yaml genitive_markers: "des" in "la protestation des policiers": a body right behind a
    # protest noun and one of these is who protests, even a state organ
    genitive_markers: frozenset[str] = frozenset()
    # roles.yaml clause_openers: "alors que", "while": a body named after one of these behind a
    # protest noun is the subject of another clause ("des manifestants alors que la police s'est repliée")
    clause_openers: tuple[str, ...] = ()


def _as_tuple(value: Any) -> tuple[Any, ...]:
    """A yaml value that may be one item or a list of them, as a tuple."""
    return tuple(value) if isinstance(value, list) else (value,)


def _automaton(pairs: list[tuple[str, Any]]) -> Any:
    a = ahocorasick.Automaton()
    table: dict[str, list[Any]] = {}
    for key, value in pairs:
        k = fold(key).strip()
        if len(k) >= 2:
            table.setdefault(k, []).append(value)
    for k, values in table.items():
        a.add_word(k, (k, values))
    if table:
        a.make_automaton()
    return a if table else None


@pack_cached(8)
def event_lexicon(lang: str) -> EventLexicon:
    pack = get_pack(lang)
    triggers: list[tuple[str, Any]] = []
    for entry in (pack.data("events") or {}).get("triggers", []) or []:
        unless = _word_tuples(entry.get("unless_after", []) or [])
        unless_before = _word_tuples(entry.get("unless_before", []) or [])
        for form in entry.get("forms", []) or []:
            triggers.append((str(form), Trigger(str(form), entry["type"], entry.get("mode"), entry.get("cameo"),
                                                 entry.get("frame", "svo"), float(entry.get("weight", 1.0)),
                                                 unless_after=unless, unless_before=unless_before,
                                                 unless_glued=tuple(fold(str(w)) for w in entry.get("unless_glued", []) or []),
                                                 first_person=bool(entry.get("first_person", False)),
                                                 answers=bool(entry.get("answers", False)),
                                                 alleges=bool(entry.get("alleges", False)),
                                                 topic_after=bool(entry.get("topic_after", False)),
                                                 agent_after=bool(entry.get("agent_after", False)),
                                                 armed_groups_after="armed_groups" in _as_tuple(entry.get("agent_after")),
                                                 states_after="states" in _as_tuple(entry.get("agent_after")),
                                                 prefixed_after="prefixed" in _as_tuple(entry.get("agent_after")),
                                                 object_prefixes=tuple(fold(str(w)) for w in entry.get("object_prefixes", []) or []),
                                                 dual=bool(entry.get("dual", False)),
                                                 requires_after=_word_tuples(entry.get("requires_after", []) or []),
                                                 requires_window=int(entry.get("requires_window", 6)),
                                                 continues=bool(entry.get("continues", False)),
                                                 spelled_letters=frozenset(str(c) for c in entry.get("spelled_letters", []) or []),
                                                 patient_after=bool(entry.get("patient_after", False)),
                                                 between_persons=_between_persons(entry.get("between_persons")),
                                                 alone=bool(entry.get("alone", False)),
                                                 actor_before=bool(entry.get("actor_before", False)),
                                                 own_side=bool(entry.get("own_side", False)),
                                                 says_in_incise=bool(entry.get("says_in_incise", False)),
                                                 place_host=bool(entry.get("place_host", False)),
                                                 unnamed_attackers=bool(entry.get("unnamed_attackers", False)),
                                                 asks_subject=bool(entry.get("asks_subject", False)),
                                                 passive_before=_word_tuples(entry.get("passive_before", []) or []))))
    mod = pack.data("modality") or {}
    topics = pack.data("topics") or {}
    topic_pairs = [(str(f), key) for key, forms in (topics.get("topics") or {}).items() for f in forms or []]
    context_pairs = [(str(f), key) for key, forms in (topics.get("contexts") or {}).items() for f in forms or []]
    places = pack.data("places") or {}
    roles = pack.data("roles") or {}
    transit = _word_tuples(roles.get("transit_markers", []) or [])
    return EventLexicon(
        automaton=_automaton(triggers),
        proclitics=tuple(pack.proclitics),
        arabic_script=pack.script == "Arab",
        future_prefixes=tuple(fold(str(p)) for p in mod.get("future_prefixes", []) or []),
        window=int(mod.get("window", 5)),
        topics=_automaton(topic_pairs),
        contexts=_automaton(context_pairs),
        locatives=tuple(fold(str(w)) for w in places.get("locatives", []) or []),
        locative_prefixes=tuple(str(w) for w in places.get("locative_prefixes", []) or []),
        capital_phrases=tuple(fold(str(w)).strip() for w in places.get("capital_phrases", []) or []),
        origins=_word_tuples(places.get("origins", []) or []),
        destinations=_word_tuples(places.get("destinations", []) or []),
        institution_seats=frozenset(fold(str(w)) for w in places.get("institution_seats", []) or []),
        statement_venues=_word_tuples(places.get("statement_venues", []) or []),
        setting_words=_word_tuples(places.get("setting_words", []) or []),
        directions=tuple(fold(str(w)) for w in places.get("directions", []) or []),
        definite_markers=frozenset(fold(str(w)) for w in roles.get("definite_markers", []) or []),
        articles=frozenset(fold(str(w)) for w in roles.get("articles", []) or []),
        local_sectors=frozenset(str(w) for w in roles.get("local_sectors", ["CIVILIAN"]) or []),
        impersonal_after=_word_tuples(roles.get("impersonal_after", []) or []),
        pronoun_after_opening=bool(roles.get("pronoun_after_opening", False)),
        pronoun_continues_subject=bool(roles.get("pronoun_continues_subject", False)),
        pronoun_genders={fold(str(k)): str(v) for k, v in (roles.get("pronoun_genders") or {}).items()},
        gender_cues=tuple((cue, code) for key, code in (("female", "f"), ("male", "m"))
                          for cue in _word_tuples((roles.get("gender_cues") or {}).get(key, []) or [])),
        passive_arrest_authorities=bool(roles.get("passive_arrest_authorities", False)),
        riot_modes=frozenset(str(w) for w in roles.get("riot_modes", []) or []),
        authority_assault_modes=frozenset(str(w) for w in roles.get("authority_assault_modes", []) or []),
        kin_words=frozenset(fold(str(w)) for w in roles.get("kin_words", []) or []),
        kin_links=frozenset(fold(str(w)) for w in roles.get("kin_links", []) or []),
        kin_construct=bool(roles.get("kin_construct", False)),
        possessive_suffixes=tuple(str(w) for w in roles.get("possessive_suffixes", []) or []),
        definite_prefixes=tuple(sorted((fold(str(w)) for w in roles.get("definite_prefixes", []) or []), key=len,
                                       reverse=True)),
        conjunctions=frozenset(fold(str(w)) for w in (roles.get("coordinators") or places.get("conjunctions") or [])),
        dual_subjects=tuple(sorted((fold(str(w)) for w in roles.get("dual_subjects", []) or []), key=len, reverse=True)),
        dual_words=frozenset(w for p in [*(roles.get("dual_subjects") or []), *(roles.get("joint_dual_subjects") or [])]
                             for w in fold(str(p)).split()),
        joint_dual_subjects=tuple(fold(str(w)) for w in roles.get("joint_dual_subjects", []) or []),
        pronouns=frozenset(fold(str(w)) for w in roles.get("pronouns", []) or []),
        plural_pronouns=frozenset(fold(str(w)) for w in roles.get("plural_pronouns", []) or []),
        first_person_pronouns=frozenset(fold(str(w)) for w in roles.get("first_person_pronouns", []) or []),
        euphonic_infixes=tuple(str(w) for w in roles.get("euphonic_infixes", []) or []),
        incise_verbs=frozenset(fold(str(w)) for w in roles.get("incise_verbs", []) or []),
        after_window=int(mod.get("after_window", 3)),
        background_years=int(mod["background_years"]) if mod.get("background_years") is not None else None,
        background_types=frozenset(str(t) for t in mod.get("background_types") or []),
        background_undated=bool(mod.get("background_undated", False)),
        after_index=_first_word_index(mod.get("after") or {}),
        before_index=_first_word_index({k: mod.get(k) for k in _MODALITY_ORDER}),
        affirmative=_word_tuples(mod.get("affirmative") or []),
        not_modal=tuple(w for w in (tuple(_quote_words(fold(str(p)))) for p in mod.get("not_modal") or []) if w),
        clause_breaks=tuple(tuple(fold(str(w)).split()) for w in mod.get("clause_breaks") or []),
        clause_hypothetical=frozenset(fold(str(w)) for w in mod.get("clause_hypothetical", []) or []),
        clause_hypothetical_inside=frozenset(fold(str(w)) for w in mod.get("clause_hypothetical_inside", []) or []),
        disjunctions=frozenset(fold(str(w)) for w in mod.get("disjunctions", []) or []),
        verb_first=str(roles.get("word_order", "svo")).lower() == "vso",
        block_length=int(roles.get("block_length", 0) or 0),
        clause_connectives=_word_tuples(roles.get("clause_connectives", []) or []),
        clause_connective_not=frozenset(fold(str(w)) for w in roles.get("clause_connective_not", []) or []),
        named_attacker_first=bool(roles.get("named_attacker_first", False)),
        period_words=tuple(fold(str(w)) for w in (pack.data("dates") or {}).get("period_words", []) or []),
        period_tokens=_word_tuples((pack.data("dates") or {}).get("period_words", []) or []),
        background_index=_last_word_index(roles.get("background_cues", []) or []),
        skippable=_skip_pattern((pack.data("events") or {}).get("skippable", []) or []),
        adjective_first=str((pack.data("pack") or {}).get("adjective_position", "before")) == "before",
        counterparts=tuple(fold(str(w)) for w in roles.get("counterparts", []) or []),
        agent_markers=_word_tuples(roles.get("agent_markers", []) or []),
        passive_markers=_word_tuples(roles.get("passive_markers", []) or []),
        passive_auxiliaries=_word_tuples(roles.get("passive_auxiliaries", []) or []),
        passive_only_auxiliaries=_word_tuples(roles.get("passive_only_auxiliaries", []) or []),
        active_endings=tuple(fold(str(w)) for w in roles.get("active_endings", []) or []),
        participle_endings=tuple(fold(str(w)) for w in roles.get("participle_endings", []) or []),
        relatives=frozenset(fold(str(w)) for w in roles.get("relatives", []) or []),
        accompaniment=_word_tuples(roles.get("accompaniment_markers", []) or []),
        backers=_word_tuples(roles.get("backer_markers", []) or []),
        partner_markers=frozenset(fold(str(w)) for w in roles.get("partner_markers", []) or []),
        between_markers=frozenset(fold(str(w)) for w in roles.get("between_markers", []) or []),
        venue_markers=frozenset(fold(str(w)) for w in roles.get("venue_markers", []) or []),
        occurrence_verbs=_word_tuples(roles.get("occurrence_verbs", []) or []),
        natural_causes=frozenset(fold(str(w)) for w in roles.get("natural_causes", []) or []),
        never_held=frozenset(str(w) for w in roles.get("never_held", []) or []),
        placed_states_no_attackers=bool(roles.get("placed_states_no_attackers", False)),
        placed_recipient_markers=frozenset(fold(str(w)) for w in roles.get("placed_recipient_markers", []) or []),
        placed_recipient_types=frozenset(str(w) for w in roles.get("placed_recipient_types", []) or []),
        plural_verb_endings=tuple(fold(str(w)) for w in roles.get("plural_verb_endings", []) or []),
        glued_conjunctions=tuple(fold(str(w)) for w in roles.get("glued_conjunctions", []) or []),
        affiliation_words=frozenset(" ".join(_apostrophe_words(fold(str(w))))
                                    for w in (pack.data("actors") or {}).get("affiliation_words", []) or []),
        shared_subject_conjunctions=frozenset(fold(str(w)) for w in roles.get("shared_subject_conjunctions", []) or []),
        verb_coordinators=frozenset(fold(str(w)) for w in roles.get("verb_coordinators", []) or []),
        object_pronouns=frozenset(fold(str(w)) for w in roles.get("object_pronouns", []) or []),
        verb_object_pronouns=frozenset(fold(str(w)) for w in roles.get("verb_object_pronouns", []) or []),
        possessive_pronouns=frozenset(fold(str(w)) for w in roles.get("possessive_pronouns", []) or []),
        object_followers=frozenset(fold(str(w)) for w in roles.get("object_followers", []) or []),
        plural_object_pronouns=frozenset(fold(str(w)) for w in roles.get("plural_object_pronouns", []) or []),
        reciprocals=_word_tuples(roles.get("reciprocals", []) or []),
        launch_origins=_word_tuples(roles.get("launch_origins", []) or []),
        compound_subject_joint_only=bool(roles.get("compound_subject_joint_only", False)),
        embedding_cues=_word_tuples((roles.get("embedding", {}) or {}).get("cues", []) or []),
        embedding_window=int((roles.get("embedding", {}) or {}).get("window", 4)),
        target_markers=frozenset(fold(str(w)) for w in roles.get("target_markers", []) or []),
        against_words=frozenset(fold(str(w)) for w in roles.get("against_words", []) or []),
        unnamed_subjects=frozenset(fold(str(w)) for w in roles.get("unnamed_subjects", []) or []),
        undergo=_word_tuples((roles.get("undergo") or {}).get("verbs", []) or []),
        undergo_prefixes=tuple(fold(str(w)) for w in (roles.get("undergo") or {}).get("object_prefixes", []) or []),
        undergo_window=int((roles.get("undergo") or {}).get("window", 2)),
        undergo_agent_markers=_word_tuples((roles.get("undergo") or {}).get("agent_markers", []) or []),
        harmed=_word_tuples((roles.get("harmed") or {}).get("verbs", []) or []),
        harmed_markers=_word_tuples((roles.get("harmed") or {}).get("object_markers", []) or []),
        harmed_prefixes=tuple(fold(str(w)) for w in (roles.get("harmed") or {}).get("object_prefixes", []) or []),
        harmed_window=int((roles.get("harmed") or {}).get("window", 2)),
        harmed_subject_gap=int((roles.get("harmed") or {}).get("subject_gap", 2)),
        feminine_noun_endings=tuple(fold(str(w)) for w in (roles.get("dropped_subject") or {}).get("feminine_noun_endings", []) or []),
        feminine_verb_endings=tuple(fold(str(w)) for w in (roles.get("dropped_subject") or {}).get("feminine_verb_endings", []) or []),
        feminine_verb_prefixes=tuple(fold(str(w)) for w in (roles.get("dropped_subject") or {}).get("feminine_verb_prefixes", []) or []),
        speaker_next=frozenset(fold(str(w)) for w in (roles.get("dropped_subject") or {}).get("speaker_next", []) or []),
        masculine_states=frozenset(str(w) for w in (roles.get("dropped_subject") or {}).get("masculine_states", []) or []),
        object_prefixes=tuple(fold(str(w)) for w in roles.get("object_prefixes", []) or []),
        object_prefix_not=frozenset(fold(str(w)) for w in roles.get("object_prefix_not", []) or []),
        object_gap_not=frozenset(fold(str(w)) for w in roles.get("object_gap_not", []) or []),
        reporting=_word_tuples([*(roles.get("speech_verbs") or []), *(roles.get("report_verbs") or [])]),
        transit_markers=transit,
        object_prepositions=frozenset(fold(str(w)) for w in roles.get("object_prepositions", []) or []),
        topic_markers=_word_tuples(roles.get("topic_markers", []) or []),
        transit_words=frozenset(w for t in transit for w in t),
        list_alternatives=frozenset(fold(str(w)) for w in roles.get("list_alternatives", []) or []),
        return_markers=_word_tuples(roles.get("return_markers", []) or []),
        company_markers=_word_tuples(roles.get("company_markers", []) or []),
        genitive_markers=frozenset(fold(str(w)).strip() for w in roles.get("genitive_markers", []) or []),
        clause_openers=tuple(fold(str(w)).strip() for w in roles.get("clause_openers", []) or []),
    )



def _skip_pattern(words: list[Any]) -> Any:
    forms = sorted({fold(str(w)).strip() for w in words if str(w).strip()}, key=len, reverse=True)
    if not forms:
        return None
    # an adverb between two words: " officially" in "had officially ended", also quoted ('a condamné
    # « fermement » la violence'); and an opening quotation mark between two words of a form ('ont
    # « demandé un direct »'): the folded text writes every quotation mark as '"'
    # (each branch opens on its space or its quotation mark, the look-behind after it: a pattern
    # that opens on a character is scanned for that character, twice as fast as one that opens on
    # a look-behind, with the same matches)
    return re.compile(r" (?<=\w )(?:\" ?)?(?:" + "|".join(re.escape(f) for f in forms) + r")(?: ?\")?(?= \w)"
                      r"|\"(?<=\w \")(?=\w)")


def _without_skippable(shadow: Shadow, pattern: Any) -> tuple[str, list[int]] | None:
    """The folded text with skippable adverbs cut out, and for each of its offsets (plus the
    end) the shadow offset it came from; None when the text has none."""
    s = shadow.text
    cuts = [(m.start(), m.end()) for m in pattern.finditer(s)]
    result: tuple[str, list[int]] | None = None
    if cuts:
        parts: list[str] = []
        index: list[int] = []
        pos = 0
        for a, b in cuts:
            parts.append(s[pos:a])
            index.extend(range(pos, a))
            pos = b
        parts.append(s[pos:])
        index.extend(range(pos, len(s) + 1))
        result = ("".join(parts), index)
    return result


def match_spans(automaton: Any, shadow: Shadow, start: int, end: int, proclitics: tuple[str, ...], arabic: bool,
                compact: tuple[str, list[int]] | None = None,
                keep: Callable[[int, int, list[Any]], list[Any]] | None = None) -> list[tuple[int, int, list[Any]]]:
    """Lexicon hits inside original span [start, end), longest-first without overlaps (original offsets).

    ``compact``: the folded text with skippable adverbs cut out (:func:`_without_skippable`).
    ``keep``: the values of a hit that stand (original offsets given); a hit left with none
    takes no room, so a shorter hit inside it can stand instead.
    """
    if automaton is None:
        return []
    s = shadow.text
    lo, hi = shadow.find_from(start), shadow.find_from(end)
    if compact is None:
        found = [(st, en, values) for st, en, values, _prefix in word_hits(
            automaton, s, lo, hi, proclitics, glued=arabic,
            inside_compounds=arabic)]  # "Moscow-backed", "US-led": a Latin trigger is not half a compound
    else:
        text, index = compact
        c_lo, c_hi = bisect.bisect_left(index, lo), bisect.bisect_left(index, hi)
        found = [(index[st], index[en - 1] + 1, values) for st, en, values, _prefix in word_hits(
            automaton, text, c_lo, c_hi, proclitics, glued=arabic, inside_compounds=arabic)]
    found.sort(key=lambda t: (-(t[1] - t[0]), t[0]))
    taken = bytearray(len(s) + 1)  # shadow positions already covered by a longer hit
    out: list[tuple[int, int, list[Any]]] = []
    for st, en, values in found:
        if taken.find(1, st, en) != -1:
            continue
        o = shadow.span(st, en)
        if keep is not None:
            values = keep(o[0], o[1], values)
            if not values:
                continue
        taken[st:en] = b"\x01" * (en - st)
        out.append((o[0], o[1], values))
    out.sort(key=lambda t: t[0])
    return out


class EventExtractor:
    """Pipeline component: fills ``doc.events`` with contract-shaped records."""

    name = "events"

    def __init__(self, extractor: str = "dyad-rules", kb: KB | None = None):
        self.extractor = extractor
        self.kb = kb or KB.default()
        self._trigger_starts: list[tuple[int, set[str]]] = []  # of the sentence being read
        # the year a recalled happening is counted back from (`_recalled`), of the article being read
        self._report_year: int | None = None
        # the sentence's ACCUSE readings so far: where each trigger ends, and who accuses
        self._accusations: list[tuple[int, str]] = []
        self._returning = False  # whether the sentence being read holds a return marker's first word
        self._sent_words: set[str] = set()  # of the sentence being read (folded)
        self._para_places: tuple[Document, list[Mention], dict[int, list[Mention]]] | None = None
        self._m_starts: tuple[list[Mention], list[int]] | None = None
        self._d_starts: tuple[list[DateMention], list[int]] | None = None

    def __call__(self, doc: Document) -> None:
        try:
            lex = event_lexicon(doc.lang)
        except KeyError:
            return
        if lex.automaton is None:
            return
        shadow = doc.shadow()
        compact = _without_skippable(shadow, lex.skippable) if lex.skippable is not None else None
        records: list[dict[str, Any]] = []
        skipped = 0
        triggered: list[tuple[int, set[str]]] = []  # every trigger of the article: where, of which types
        # the report's year, else, where the pack says so, the latest its own dates name: worked out
        # once per article, not at each trigger `_recalled` reads
        self._report_year = None if lex.background_years is None \
            else doc.publication_date.year if doc.publication_date is not None \
            else _latest_year(doc, lex) if lex.background_undated else None
        # the sides of the last record of each type: what "the meeting", "اللقاء" point back to
        last_of_type: dict[str, tuple[Mention, Mention | None]] = {}
        last_strike: tuple[int, str, Mention] | None = None  # sentence, mode and attacker of the last named strike
        dateline_place = doc.meta.get("_dateline_place")
        last_pair: tuple[Mention, Mention] | None = None
        # the actors of the records of each sentence (by index), for a plural verb opening the next
        sentence_actors: dict[int, list[Mention]] = {}
        # a quotation may span sentences: its state is counted from the paragraph's start
        para_start: dict[int, int] = {}
        para_end: dict[int, int] = {}
        for s in doc.sentences:
            para_start.setdefault(s.paragraph, s.start)
            para_end[s.paragraph] = s.end
        told: set[str] = set()  # the sentences already read, by their text
        # `dyad explain`: what became of each trigger (see dyad.explain); None: not asked, no cost
        trace: list[dict[str, Any]] | None = [] if doc.meta.get("_explain") else None
        traced: dict[int, dict[str, Any]] = {}  # id(record) -> its trace row
        for si, sent in enumerate(doc.sentences):
            said = doc.text[sent.start : sent.end].strip()
            if len(said) >= _REPEAT_MIN:
                if said in told:
                    # a scraped page that carries its body (or a paragraph) twice: the second copy
                    # is the same telling, and read again it would give each record twice, with
                    # another place or date taken from what now stands around it
                    if trace is not None:
                        for h in match_spans(lex.automaton, shadow, sent.start, sent.end, lex.proclitics,
                                             lex.arabic_script, compact):
                            _note(trace, doc, si, h[0], h[1], max(h[2], key=lambda t: t.weight), "repeated")
                    continue
                told.add(said)
            # a split verb without its second part ("held talks", "حمل السلاح") is no trigger at all,
            # and leaves room for a shorter form inside it
            def complete(_a: int, b: int, values: list[Any], end: int = sent.end) -> list[Any]:
                return [replace(t, frame="passive") if t.passive_before and t.frame == "svo"
                        and (_followed_by(doc.text, b, end, t.passive_before, 0)
                             or re.match(r"\s*[,.;،؛]", doc.text[b : b + 3])) else t
                        for t in values if (not t.requires_after
                        or _followed_by(doc.text, b, end, t.requires_after, t.requires_window))
                        and (not t.spelled_letters or _spelled(doc.text[_a:b], t.form, t.spelled_letters))
                        and (not t.unless_glued or fold(doc.text[_word_start(doc.text, _a) : _a]) not in t.unless_glued)]

            hits = match_spans(lex.automaton, shadow, sent.start, sent.end, lex.proclitics, lex.arabic_script,
                               compact, keep=complete)
            hits = _without_split_parts(doc.text, hits, sent.end)
            if not hits:
                continue
            self._trigger_starts = [(h[0], {t.type for t in h[2]}) for h in hits]
            triggered += self._trigger_starts
            self._accusations = []
            self._shared_objects: dict[int, list[Mention]] = {}
            self._shared_verbs: dict[int, int] = {}  # triggers sharing the subject of an earlier verb -> that verb
            self._actor_at: dict[int, Mention] = {}  # the actor read for each trigger of the sentence
            self._subject_at: dict[int, Mention] = {}  # its grammatical subject (a host, not the guest)
            # the sentence's folded words, for cheap "is any cue word here at all" checks
            self._sent_words = set(_apostrophe_words(shadow.text[shadow.find_from(sent.start) : shadow.find_from(sent.end)]))
            # a return marker ("de retour de") is rare: look for what it marks only where one may stand
            self._returning = bool(lex.return_markers) and not {r[0] for r in lex.return_markers}.isdisjoint(
                _words(shadow.text[shadow.find_from(sent.start) : shadow.find_from(sent.end)]))
            # news agencies report events; they are not parties to them
            lo, hi = self._mention_range(doc, sent.start, sent.end)
            actors = _kin_read(doc, [m for m in doc.mentions[lo:hi] if m.kind in ACTOR_KINDS
                                     and not ("MEDIA" in m.sectors and m.kind != "person")
                                     and not _qualifies_place(doc.text, m, doc.mentions[lo:hi])], lex)
            actors = _without_bracket_members(doc.text, actors, lex)
            subject = self._pronoun_subject(doc, sent, actors, lex)
            if subject is not None:
                actors = [subject, *actors]
            person_starts = frozenset(m.start for m in actors if m.kind == "person")
            best: dict[str, tuple[float, Any]] = {}
            ranks: dict[str, float] = {}  # the rank of each kept reading among those of its type
            same_type: dict[str, list[tuple[float, Any]]] = {}  # every reading, for _own_clauses
            clause_subjects: dict[int, int] = {}  # trigger start -> its own coordinated clause's subject
            negated: set[str] = set()
            restating: set[int] = set()  # triggers whose sides are the article's last pair
            pointing_back: set[int] = set()  # of those, event nouns naming an earlier record's event
            pair_actors: dict[int, Mention] = {}  # the other of "the two leaders" acting on an object
            plural_actors: dict[int, list[Mention]] = {}  # the others of a plural verb's subject
            setting: tuple[float, Any] | None = None  # a protest that is the setting of another act
            # roles.yaml block_length: a long sentence of a language whose news strings clauses on
            # with commas ("...، وأعلن ...، فيما طالب ...") tells several happenings; each block of it
            # keeps its own best reading of each type
            blocks = _blocks(doc.text, sent.start, sent.end, lex.block_length)
            cuts = _connective_cuts(doc.text, sent.start, hits, lex)
            if cuts:
                blocks = sorted({*blocks, *cuts})
            p_start = para_start.get(sent.paragraph, sent.start)
            p_end = para_end.get(sent.paragraph, sent.end)
            for t_start, t_end, values in hits:
                trig: Trigger = max(values, key=lambda t: t.weight)
                if trig.type == "PROTEST" and setting is None and lex.setting_words \
                        and any(h[0] < t_start and max(h[2], key=lambda t: t.weight).type not in _SPOKEN
                                for h in hits) \
                        and _during(doc.text, sent.start, t_start, lex) \
                        and not _quoted(doc.text, p_start, t_start, p_end) \
                        and not _preceded_by(doc.text, sent.start, t_start, tuple(
                            u for u in trig.unless_before if not any(u[: len(w)] == w for w in lex.setting_words))) \
                        and not (trig.unless_after and _followed_by(doc.text, t_end, sent.end, trig.unless_after,
                                                                    lex.after_window)) \
                        and self._modality(doc.text, shadow, sent, t_start, t_end, lex, named=person_starts) is None \
                        and (land := self._sentence_country(doc, t_start, lex)):
                    # "interpellés lors d'une manifestation à Montélimar", "arrested during a rally
                    # in Tehran": the protest is the setting of the act the sentence reports, and a
                    # happening of its own, by the civilians named right after it ("during a rally
                    # of opposition supporters"), else by people of the country the sentence places
                    # it in (never by the police who arrest); what is said at a rally ("voiced support
                    # for X during a rally") makes it a speaker's venue, no protest
                    # (the act before it of a _SPOKEN type); the words that make it no protest held
                    # hold here too ("lors des prochains rassemblements": to come), but for those that
                    # are this setting's own ("during a rally": the pack leaves it to this reading)
                    named = next((m for m in actors if t_end <= m.start <= t_end + 30 and "CIVILIAN" in m.sectors
                                  and m.country == land), None)
                    protesters = named or _protesters(land, t_start)
                    setting = (trig.weight, (trig, t_start, t_end, protesters, None, [protesters]))
                    _note(trace, doc, si, t_start, t_end, trig, "setting", protesters, None, trig.weight)
                    continue
                if trig.type not in _SPOKEN and _alleged(doc.text, hits, t_start, lex):
                    # what someone is accused of is no act the text reports as done; a statement
                    # after it is ("women who accused him of misconduct called on Congress to ...")
                    _note(trace, doc, si, t_start, t_end, trig, "alleged")
                    continue
                own: tuple[Mention, Mention | None, list[Mention]] | None = None
                if _quoted(doc.text, p_start, t_start, p_end) \
                        and not _quote_names_the_act(doc.text, sent.start, t_start, lex):
                    # a quotation reports what someone said, in their words: not the event; unless
                    # the speaker performs it in the first person ("« Nous demandons à toutes les
                    # familles de quitter les lieux », a écrit X"): then the speaker acts
                    own = self._own_words(doc, sent, t_end, p_end, lex) if trig.first_person or (
                        trig.type in _SPOKEN and trig.frame != "passive"
                        and not _after_passive_auxiliary(doc.text, sent.start, t_start, lex)
                        and _first_person_before(doc.text, sent.start, t_start, lex)) else None
                    if own is None:
                        _note(trace, doc, si, t_start, t_end, trig, "quoted")
                        continue
                if _asked(doc.text, t_end, sent.end) or _after_question(doc.text, sent.start, t_start):
                    # "Ou a-t-elle refusé ... ?", "«Qu'en penses-tu ?», demande X": questions
                    _note(trace, doc, si, t_start, t_end, trig, "question")
                    continue
                if trig.unless_before and _preceded_by(doc.text, sent.start, t_start, trig.unless_before):
                    _note(trace, doc, si, t_start, t_end, trig, "excluded_before")
                    continue  # "the besieged enclave": an adjective, no event
                if trig.unless_after and _followed_by(doc.text, t_end, sent.end, trig.unless_after, lex.after_window):
                    _note(trace, doc, si, t_start, t_end, trig, "excluded_after")
                    continue  # "asked on Tuesday about Kelly's comment": a question, not a request
                clause = sent if lex.verb_first else _own_clause(doc.text, sent, hits, actors, t_start, lex)
                if clause is not sent:
                    clause_subjects[t_start] = clause.start
                modality = self._modality(doc.text, shadow, clause, t_start, t_end, lex, named=person_starts)
                if modality is None and trig.type not in _SPOKEN and self._future_dated(doc, sent, t_start, t_end, lex):
                    # (a call made today for a rally next Saturday was made: only the rally is a plan)
                    modality = "future"
                if modality is None \
                        and self._recalled(doc, sent, lex, t_start, t_end, {v.type for v in values}):
                    modality = "recalled"
                if modality is not None:
                    negated.add(trig.type)
                    _note(trace, doc, si, t_start, t_end, trig, "modality", detail=modality)
                    continue
                scope = actors
                if cuts:  # the sides of a trigger are named in its own clause
                    lo = max([sent.start, *(c for c in cuts if c <= t_start)])
                    hi = min([sent.end, *(c for c in cuts if c > t_start)])
                    scope = [m for m in actors if lo <= m.start < hi]
                roles = own or self._roles(doc, scope, t_start, t_end, trig, lex)
                if roles is not None:
                    self._actor_at[t_start] = roles[0]
                if roles is not None and trig.between_persons is not None and roles[1] is not None \
                        and roles[0].kind == "person" and roles[1].kind == "person" \
                        and not _after_passive_auxiliary(doc.text, sent.start, t_start, lex):
                    # "Trump's attack on Gillibrand": one person's attack on another is in words (not
                    # one undergone: "after being attacked by up to ten men")
                    b_type, b_mode, b_cameo = trig.between_persons
                    trig = replace(trig, type=b_type, mode=b_mode, cameo=b_cameo, between_persons=None)
                if roles is not None and own is None and trig.continues:
                    roles = _opening_clause_roles(doc.text, sent, t_start, t_end, actors) or roles
                if roles is not None and roles[1] is not None and own is None and trig.frame == "svo" \
                        and lex.verb_object_pronouns \
                        and (obj := re.match(r"\s+([\w']+)\s*([\w']*)", doc.text[t_end : t_end + 40])) is not None \
                        and fold(obj.group(1)) in lex.verb_object_pronouns \
                        and (fold(obj.group(1)) not in lex.possessive_pronouns or not obj.group(2)
                             or fold(obj.group(2)) in lex.object_followers):
                    # "Trump accused him of ties to Russia", "Macron urged her to delay": the pronoun
                    # right after the verb is its object, someone named before, not the topic named
                    # after it (nobody, when the text named no one else before). Only a side already
                    # read is replaced: taking the antecedent where none was read added as many
                    # wrong records as right ones on the corpus ("shooting them", "attacks her foundations")
                    ante = _pronoun_object(doc, roles[0], t_start, si, fold(obj.group(1)) in lex.plural_object_pronouns)
                    roles = (roles[0], ante, _distinct([roles[0], *([ante] if ante else [])]))
                if roles is not None and trig.type == "ACCUSE" and trig.cameo == _CONDEMNED:
                    self._accusations.append((t_end, _identity(roles[0])))
                if roles is not None and trig.type == "PROTEST" and trig.mode != "strike-boycott" \
                        and lex.target_markers and roles[1] is not None \
                        and roles[0].country and roles[1].country and roles[0].country != roles[1].country \
                        and roles[1].start >= t_start and not lex.target_markers.intersection(
                            _words(fold(doc.text[t_start : roles[1].start]))):
                    # "the Canadian and British demonstrations have mixed the French movement with ...":
                    # a protest has a foreign side only behind a target marker ("protested outside the
                    # US embassy", "protests against Russia"); else it is addressed to its own government
                    # (a boycott names its target as its object: "pledged to boycott Russian oil")
                    roles = (roles[0], None, [m for m in roles[2] if m is not roles[1]])
                if roles is not None and own is None and lex.glued_conjunctions and lex.feminine_noun_endings:
                    roles = self._dropped_subject(doc, sent, t_start, t_end, roles, actors, lex) or roles
                if own is None and lex.plural_verb_endings and sentence_actors.get(si - 1) \
                        and t_start == hits[0][0] \
                        and _plural_opening(doc.text, sent, t_start, actors, lex, trig.type in _ON_THE_GROUND):
                    # "وأعربوا خلال الاتصالات عن استنكارهم": a plural verb opening the sentence, nobody
                    # named before its first trigger: its subject is the actors of the sentence before
                    # (one record each), and who the verb-first reading took as subject is its object
                    them = sentence_actors[si - 1]
                    target = roles[0] if roles is not None and roles[0].actor_id != UNIDENTIFIED \
                        and _identity(roles[0]) not in {_identity(m) for m in them} else None
                    roles = (them[0], target, _distinct([them[0], *([target] if target else [])]))
                    plural_actors[t_start] = them[1:]
                if roles is not None and trig.type == "ASSAULT" and roles[0].actor_id == UNIDENTIFIED \
                        and lex.natural_causes and not lex.natural_causes.isdisjoint(
                            _words(fold(doc.text[sent.start : t_start]))):
                    # "an outbreak of plague, spread by fleas, has killed 200 people": a disease or a
                    # disaster named before a killing nobody is named as doing (beyond the modality
                    # window, which only sees the words right before the verb)
                    _note(trace, doc, si, t_start, t_end, trig, "natural_cause")
                    continue
                weak = roles is None or roles[1] is None or roles[0].country == roles[1].country
                dual = self._dual_subject(doc.text, sent, t_start, t_end, lex, trig.type in _JOINT) \
                    if not lex.dual_words.isdisjoint(self._sent_words) else None
                if dual is None and trig.dual:
                    dual = "subject"  # "وبحثا قضايا الهجرة على خط أفغانستان وباكستان": the two sides
                if dual == "subject" or (weak and dual == "near"):
                    # "X met Y, and the pair agreed": the two sides named earlier in the sentence;
                    # "the two sides agreed": else the parties of the event the article is about
                    pair = _two_sides([m for m in actors if m.end <= t_start])
                    from_last = pair is None and last_pair is not None
                    pair = pair or last_pair
                    target = roles[1] if roles is not None else None
                    if pair is not None and trig.type not in _JOINT and target is not None and target.country \
                            and target.country not in {pair[0].country, pair[1].country}:
                        # "the two leaders condemned Russia": both act on the object, one record each
                        roles = (pair[0], target, _distinct([pair[0], target, pair[1]]))
                        pair_actors[t_start] = pair[1]
                    elif pair is not None:
                        roles = (pair[0], pair[1], [pair[0], pair[1]])
                        if from_last:
                            restating.add(t_start)
                if roles is not None and trig.type in _ON_THE_GROUND and roles[0].kind in ("state", "place") \
                        and lex.destinations and _after_destination(doc.text, roles[0], lex, articles_only=True):
                    # "sur l'A63 en direction de l'Espagne, des barrages filtrants", "gas piped to
                    # Germany ... destroyed by a blast": where a road or a flow leads does not act on
                    # the ground (a state after "to" may still be the side of a visit, an entry
                    # refused or aid received)
                    roles = None
                if roles is None:
                    _note(trace, doc, si, t_start, t_end, trig, "no_actor")
                    continue
                actor, recipient, participants = roles
                if trig.actor_before and actor.start >= t_end:
                    # "Patel pleaded guilty in U.S. District Court": the court after the form did not plead
                    _note(trace, doc, si, t_start, t_end, trig, "no_actor")
                    continue
                if trig.alone and recipient is not None:
                    # "resigned over the war in Iraq": what an `alone` act is over or before is no side
                    participants = [m for m in participants if m is not recipient]
                    recipient = None
                if trig.type in last_of_type and self._points_back(doc.text, sent, t_start, trig, actor, recipient,
                                                                   records, lex):
                    # the event already recorded, named again: its sides, merged into its record
                    actor, recipient = last_of_type[trig.type]
                    participants = _distinct([actor, *([recipient] if recipient else []), *participants])
                    restating.add(t_start)
                    pointing_back.add(t_start)
                placed = False
                if recipient is None and trig.type in _PLACE_TARGETS and actor.country and (
                        (actor.kind == "state" and actor.adjectival) or trig.type == "AID"):
                    # "a Turkish drone strike hit a vehicle near Amadiya in Duhok": the record
                    # takes the place's country as target (see _record): a two-country reading;
                    # so does aid sent to a place ("Qatar Charity ... sent food and medical aid to
                    # Gaza"), whoever sends it
                    where, why_place = self._place(doc, sent, lex, t_start, homographs=False)
                    placed = why_place == "same sentence" and where is not None and bool(where.country) \
                        and where.country != actor.country and (
                            (actor.kind == "state" and actor.adjectival) or _after_destination(doc.text, where, lex))
                hosted = False
                if recipient is None and trig.place_host and actor.country and actor.kind == "person":
                    # "Mr Sunak travelled to Kyiv": a place of another country right behind the
                    # visit (one word at most between) is the host's; _record makes its state the
                    # recipient; a person's journey only ("a poet from El Salvador arrived in Scotland", "a UAE
                    # aid flight landed in Port Sudan" are no visits), and it ranks as a one-sided reading, below
                    # a meeting of two named sides in its sentence ("met X in Ankara, after X's visit to Baghdad")
                    where, why_place = self._place(doc, sent, lex, t_start, homographs=False)
                    hosted = why_place == "same sentence" and where is not None and bool(where.country) \
                        and self.kb.sovereign(where.country) != actor.country and where.start >= t_end \
                        and len(_words(doc.text[t_end : where.start])) <= 1 \
                        and not re.search(r"[,;:()]", doc.text[t_end : where.start]) \
                        and fold(where.text) not in lex.institution_seats
                if not placed and not hosted and not _enough(trig, actor, recipient, participants):
                    _note(trace, doc, si, t_start, t_end, trig, "not_enough", actor, recipient)
                    continue
                # a same-country partner of a cooperative act ("the prime minister received the
                # party leaders") completes the record less than a foreign one or a target
                score = trig.weight + (0.0 if recipient is None else 0.5 if trig.type in _COOPERATIVE - {"REQUEST"}
                                       and recipient.country == actor.country else 1.0) + (
                    0.5 if recipient is not None and recipient.country and recipient.country != actor.country
                    and (actor.country or not (actor.kind == "group" and actor.source == "kb"))
                    # (nor do a riot's unnamed rioters: they rank as the protesters of its country would)
                    and not (trig.type == "PROTEST" and trig.mode in lex.riot_modes and actor.actor_id == UNIDENTIFIED)
                    else 0.0)
                # (a named movement of no country, "تنظيم داعش" striking Turkey, makes no two-country
                # reading: "قصفت تركيا مواقع لتنظيم داعش ... بعد هجوم انتحاري نسبته أنقرة إلى التنظيم")
                # "قتل 15 من المسلحين الحوثيين في مواجهات مع المقاومة": the killing with nobody named
                # as its agent is no two-country reading, and the fighting of the same sentence that
                # names who struck is the better reading of it: among the readings of its type it
                # ranks this much below its score (its score against other types stays)
                demoted = 0.6 if lex.named_attacker_first and not trig.unnamed_attackers \
                    and actor.actor_id == UNIDENTIFIED and not actor.country \
                    and recipient is not None and recipient.country else 0.0
                if placed:
                    # an attack or aid whose agent is a country adjective on the trigger ("a Turkish
                    # drone strike", "طائرة مساعدات كويتية") in another country's place is as complete
                    # as an explicit two-country reading
                    score += 1.5
                if self._background(doc.text, sent, t_start, lex):
                    score -= 1.0
                if t_start in pointing_back:
                    # "وكان داود أوغلو حمل التنظيم مسؤولية الهجوم": the event already recorded, named
                    # again, adds no record; the sentence's own act ranks first (not a joint act of
                    # "the two sides", "الجانبان": what they go on doing is the event itself, and what
                    # they discussed is no act of the countries named in it)
                    score -= 1.0
                same_type.setdefault(trig.type, []).append((score, (trig, t_start, t_end, actor, recipient, participants)))
                _note(trace, doc, si, t_start, t_end, trig, "outranked", actor, recipient, score)
                block = _block_of(blocks, t_start)
                key = trig.type if not block else f"{trig.type}#{block}"
                if key in best and trig.type not in _ON_THE_GROUND and not lex.verb_first:
                    prev = best[key][1]
                    gap = _words(fold(doc.text[actor.end : t_start]))
                    if prev[2] <= actor.start and actor.end <= t_start and _identity(actor) != _identity(prev[3]) \
                            and len(gap) <= 4 and lex.conjunctions.isdisjoint(gap) \
                            and not re.search(r"[,;:]", doc.text[actor.end : t_start]):
                        # "Russia denies the allegations and Trump denies any collusion": a second act of
                        # the same type with a subject of its own, named after the first trigger and before
                        # its own, right before it (not the first one's object: "attacked the government's
                        # failure ... and criticised its record"), is a happening beside the first (kept by
                        # the rule for such below); not
                        # for happenings on the ground, where a second "attack" or "killing" mostly tells
                        # more of the same one
                        key = f"{trig.type}@{t_start}"
                if key not in best or score - demoted > ranks[key]:
                    best[key] = (score, (trig, t_start, t_end, actor, recipient, participants))
                    ranks[key] = score - demoted
            skipped += len(negated - {_key_type(k) for k in best})
            for block in range(len(blocks)):
                # (in each block of a long sentence, as in a sentence of its own; a second act with a
                # subject of its own, "ACCUSE@start", stays in play as it did before blocks)
                of_block = {_key_type(k): v for k, v in best.items() if _key_block(k) == block}
                _suppress_requested(doc.text, of_block)
                _suppress_topics(of_block)
                for k in [k for k in best if _key_block(k) == block and _key_type(k) not in of_block]:
                    del best[k]
            # one sentence rarely reports two happenings: a second record needs a complete,
            # two-country reading of its own
            ranked = sorted(best.items(), key=lambda kv: -kv[1][0])
            keep = ranked[:1] + [kv for kv in ranked[1:2] if kv[1][0] >= 2.5]
            if ranked and lex.relatives:
                for kv in ranked[1:]:
                    if kv[1][0] >= 1.5 and all(kv[0] != k for k, _v in keep) \
                            and _relative_chain(doc.text, keep[0][1][1], kv[1][1], lex):
                        # "بحث داود أوغلو الوضع مع ميركل التي دعت الحكومة التركية إلى ...", "met
                        # Merkel, who urged Turkey to ...": the main clause's act, and the act of
                        # its other side told in a relative clause, are two happenings
                        keep.append(kv)
            for kv in ranked:
                if kv[1][1][1] in plural_actors and all(kv[0] != k for k, _v in keep):
                    keep.append(kv)  # what the plural subject of the sentence did
                elif kv[1][1][1] in self._shared_verbs and (kv[1][1][4] is not None or kv[1][0] >= 1.0) and all(kv[0] != k for k, _v in keep):
                    # "condemned Russia and imposed sanctions on it", "a dénoncé ... et réclamé des sanctions": a second
                    # act of the subject (one with no target named too, when it ranks as a complete reading)
                    keep.append(kv)
            firsts = {self._shared_verbs[v[1][1]]: v[1][1] for _k, v in keep if v[1][1] in self._shared_verbs}
            for kv in ranked:
                if kv[1][1][1] in firsts and all(kv[0] != k for k, _v in keep) \
                        and (kv[1][1][4] is None or kv[1][1][4].end <= firsts[kv[1][1][1]]):
                    # "has quit the party and accused it of ...", "has denied any wrongdoing and has
                    # accused the women": the second act outranked the first, which is a happening too
                    # (unless its target is the second verb's object: "was investigating the
                    # incident and urged all parties to ...")
                    keep.append(kv)
            for kv in ranked[len(keep):]:
                # "X demanded ..., while Y condemned ...": a happening with a subject of its own,
                # named after the other triggers and before its own, stands beside them
                _t, k_start, _e, k_actor, _r, _p = kv[1][1]
                if not lex.verb_first and kv[1][0] >= 1.5 and k_actor.end <= k_start and all(
                        k_actor.start >= v[1][2] and _identity(k_actor) != _identity(v[1][3]) for _, v in keep):
                    keep.append(kv)
                elif _t.continues and kv[1][0] >= 1.0 and _after_comma(doc.text, sent.start, k_start, lex.glued_conjunctions) \
                        and all(v[1][2] <= k_start for _, v in keep):
                    # "أكد ... دعم بلاده للعراق، داعيا إلى ...": the participle after the main clause
                    # is a second act of its subject, whoever is named between
                    subject = keep[0][1][1][3]
                    if subject.actor_id != UNIDENTIFIED and _identity(subject) != _identity(k_actor):
                        target = None if _r is None or _r.start < k_start or _identity(_r) == _identity(subject) else _r
                        kv = (kv[0], (kv[1][0], (_t, k_start, _e, subject, target,
                                                 _distinct([subject, *([target] if target else []), *_p]))))
                    keep.append(kv)
                elif _t.continues and kv[1][0] >= 1.0 and (comma := _opening_clause(doc.text, sent.start, k_start, keep)):
                    # "Après avoir salué le courage des agents, le chef de l'État a demandé ...": the
                    # opening clause before the main one is an earlier act of the main clause's subject
                    subject = keep[0][1][1][3]
                    if subject.actor_id != UNIDENTIFIED and _identity(subject) != _identity(k_actor):
                        # the clause opens the sentence: what it names was acted on (read as its subject
                        # when nobody stood before the trigger)
                        target = next((m for m in (k_actor, _r) if m is not None and k_start <= m.start < comma
                                       and _identity(m) != _identity(subject)), None)
                        kv = (kv[0], (kv[1][0], (_t, k_start, _e, subject, target,
                                                 _distinct([subject, *([target] if target else []), *_p]))))
                    keep.append(kv)
            for mark in ["", *(f"#{b}" for b in range(1, len(blocks)))]:
                accuse, assault = "ACCUSE" + mark, "ASSAULT" + mark
                if accuse in best and assault in best and best[assault][0] >= 1.5:
                    _t, a_start, _e, a_actor, a_target, _p = best[assault][1]
                    if a_target is not None and a_target.country and best[accuse][1][3].country \
                            and best[accuse][1][0].cameo == _CONDEMNED and any(
                            e == best[accuse][1][2] <= a_start <= e + _CONDEMNED_WINDOW and who != _identity(a_actor)
                            for e, who in self._accusations):
                        # "أدانت قطر الهجوم الذي استهدف مسجدا في كابول": the condemnation, and the attack
                        # it condemns, which happened
                        kept = {k for k, _v in keep}
                        keep.extend((k, best[k]) for k in (accuse, assault) if k not in kept)
            if len(blocks) > 1:
                # the best reading of a block where nothing is kept yet, with a side named
                for kv in ranked:
                    b = _block_of(blocks, kv[1][1][1])
                    if kv[1][0] >= _BLOCK_MIN and all(kv[0] != k for k, _v in keep) \
                            and all(_block_of(blocks, v[1][1]) != b for _k, v in keep) \
                            and (kv[1][1][0].type in _ON_THE_GROUND or not any(
                                v[1][0].type == kv[1][1][0].type and _pair(v[1]) == _pair(kv[1][1]) for _k, v in keep)):
                        # (not the same talk of the same sides told again: "اللقاء" after "استقبل"; an
                        # attack in another block is mostly another attack, in another place)
                        keep.append(kv)
            if clause_subjects:
                keep.extend(_own_clauses(keep, same_type, clause_subjects))
            if setting is not None and "PROTEST" not in dict(keep):
                keep.append(("PROTEST", setting))
            best = dict(keep)
            for _score, (trig, t_start, t_end, actor, recipient, participants) in sorted(best.values(), key=lambda v: v[1][1]):
                if recipient is not None and recipient.country and actor.country and recipient.country != actor.country:
                    last_pair = (actor, recipient)
                if trig.type == "ASSAULT" and trig.mode in _INHERITED_MODES:
                    if actor.actor_id != UNIDENTIFIED and actor.country and not actor.country_inferred:
                        last_strike = (si, trig.mode, actor)
                    elif actor.actor_id == UNIDENTIFIED and not actor.country and last_strike is not None \
                            and si - last_strike[0] <= 2 and last_strike[1] == trig.mode \
                            and (recipient is None or recipient.country != last_strike[2].country):
                        # "كثف طيران التحالف غاراته ... وذكرت المصادر أن الغارات دمرت مخازن للحوثيين": air
                        # strikes nobody is named as flying, told right after a named air force's, are its
                        prev = last_strike[2]
                        actor = Mention(t_start, t_start, "", prev.kind, prev.name, prev.country, list(prev.sectors),
                                        actor_id=prev.actor_id, confidence=prev.confidence * 0.6, source="coref",
                                        country_inferred=True,
                                        why=[f"air strikes told right after those of '{prev.text}', named before"])
                        participants = _distinct([actor, *participants])
                if recipient is None and trig.type == "COERCE" and actor.country and actor.actor_id != UNIDENTIFIED:
                    actor, recipient, participants = self._coerced(doc, t_start, actor, participants, lex)
                rec = self._record(doc, si, sent, trig, t_start, t_end, actor, recipient, participants,
                                   lex, shadow, dateline_place)
                if rec["actor"]["actor_id"] == UNIDENTIFIED and rec["recipient"] is None:
                    _note(trace, doc, si, t_start, t_end, trig, "no_sides", actor, recipient)
                    continue  # "The attack, which killed five, ...": nobody on either side, no place
                if trig.type == "REJECT" and (trig.answers or any("ACCUSE" in ts for _s, ts in self._trigger_starts)):
                    rec["_of_accusations"] = True  # "rejected the accusations": see _answered_accusations
                first_new = len(records)
                records.append(rec)
                if t_start in restating:
                    records[-1]["_restates"] = True
                else:
                    last_of_type[trig.type] = (actor, recipient)
                _note_actor(sentence_actors.setdefault(si, []), actor)
                for other in plural_actors.get(t_start, []):
                    if recipient is None or _identity(other) != _identity(recipient):
                        records.append(self._record(doc, si, sent, trig, t_start, t_end, other, recipient,
                                                    _distinct([other, *participants]), lex, shadow, dateline_place))
                if t_start in pair_actors:
                    other = pair_actors[t_start]
                    records.append(self._record(doc, si, sent, trig, t_start, t_end, other, recipient,
                                                _distinct([other, *participants]), lex, shadow, dateline_place))
                for other in self._shared_objects.get(t_start, []):
                    # "... suspended Mali and Guinea and imposed sanctions on them": each of the objects
                    records.append(self._record(doc, si, sent, trig, t_start, t_end, actor, other,
                                                _distinct([actor, other, *participants]), lex, shadow, dateline_place))
                for other in ([] if recipient is not None and trig.type in _JOINT and _identity(recipient) in
                              {_identity(m) for m in _co_actors(doc.text, actors, actor, None, t_start, t_end, lex)}
                              else _co_actors(doc.text, actors, actor, recipient, t_start, t_end, lex)):
                    # "Jordan and Bahrain condemned the attack": one record per listed actor
                    _note_actor(sentence_actors.setdefault(si, []), other)
                    records.append(self._record(doc, si, sent, trig, t_start, t_end, other, recipient,
                                                _distinct([other, *([recipient] if recipient else []), *participants]),
                                                lex, shadow, dateline_place))
                for a2, r2 in _coordinated_after(doc.text, actors, actor, recipient, t_end, sent.end, lex):
                    # "a visit to Bangladesh and Myanmar": one record per side named in the list
                    records.append(self._record(doc, si, sent, trig, t_start, t_end, a2, r2,
                                                _distinct([a2, r2, *participants]), lex, shadow, dateline_place))
                if trace is not None:
                    row = _note(trace, doc, si, t_start, t_end, trig, "record", actor, recipient, _score)
                    for r in records[first_new:]:
                        traced[id(r)] = row
        doc.meta["skipped_events"] = skipped
        _answered_accusations(records)
        _condemned_victims(doc.text, records, triggered)
        doc.events = _merge_restatements(records, doc.doc_id)
        for r in doc.events:
            self._domestic_place(doc, r)
        if trace is not None:
            stayed = {id(r) for r in doc.events}
            alive = {id(row) for rec_id, row in traced.items() if rec_id in stayed}
            for row in traced.values():
                if id(row) not in alive:
                    row["outcome"] = "merged"  # restatements of earlier records, folded into them
            doc.meta["event_trace"] = trace

    def _domestic_place(self, doc: Document, r: dict[str, Any]) -> None:
        """"Les manifestants ont lancé des galets contre les forces de l'ordre": a happening on the
        ground between sides of one stated country, with no place in the text, happened in that
        country (a country-level place; the city stays unknown). Not when the sentence names any
        other country: "bombed PKK bases in northern Iraq" may be there."""
        if r.get("location") is not None or r["event_type"] not in _ON_THE_GROUND:
            return
        sides = [x for x in (r["actor"], r["recipient"]) if x is not None and x.get("actor_id") != UNIDENTIFIED]
        countries = {x.get("country") for x in sides}
        if len(countries) != 1 or None in countries or all(x.get("country_inferred") for x in sides):
            return
        c = str(next(iter(countries)))
        if c not in self.kb.countries:
            return
        lo, hi = self._mention_range(doc, r["evidence"]["start"], r["evidence"]["end"])
        if any(m.country and m.country != c and not m.country_inferred for m in doc.mentions[lo:hi]):
            return
        r["location"] = self.kb.country_place(c).as_dict(None)
        r.setdefault("why", {})["place"] = "the country of both sides"

    @staticmethod
    def _points_back(text: str, sent: Sentence, t_start: int, trig: Trigger, actor: Mention,
                     recipient: Mention | None, records: list[dict[str, Any]], lex: EventLexicon) -> bool:
        """"Tuesday's talks ...; the meeting was attended by ...", "حضر اللقاء ...": a definite
        event noun once the article has a record of that type restates it, unless it names a
        pair of countries no record of that type has."""
        if trig.frame != "mutual" and trig.type not in ("ASSAULT",):
            return False  # verbs report; only nouns point back
        if not (lex.definite_markers or lex.definite_prefixes):
            return False
        glued, prev = _before_trigger(text, t_start, sent.start)
        trig_word = fold(text[t_start : t_start + 6])
        definite = (bool(prev) and prev[-1] in lex.definite_markers) or (bool(lex.definite_prefixes) and (
            glued in lex.definite_prefixes or (not glued and trig_word.startswith(lex.definite_prefixes))))
        if not definite:
            return False
        pair = {c for c in (actor.country, recipient.country if recipient else None) if c}
        if len(pair) < 2:
            return True
        return any(pair <= _record_countries(r) for r in records if r["event_type"] == trig.type)

    # -- modality --------------------------------------------------------------------

    def _own_words(self, doc: Document, sent: Sentence, t_end: int, para_end: int,
                   lex: EventLexicon) -> tuple[Mention, Mention | None, list[Mention]] | None:
        """A first-person speech act inside a quotation ("« Nous demandons ... », a écrit X",
        "“We condemn ...,” the minister said"): the speaker named in the incise right after
        the quotation, or right before it, acts; the object is named in the quotation."""
        text = doc.text
        close = min((i for i in (text.find(c, t_end, para_end) for c in "”»\"") if i != -1), default=-1)
        opening = max(text.rfind(c, max(0, sent.start - 300), t_end) for c in "“«\"")
        def speakers(lo_off: int, hi_off: int, gap: Callable[[Mention], str]) -> list[Mention]:
            # persons and bodies (news agencies report, they do not speak) in the same sentence
            lo, hi = self._mention_range(doc, lo_off, hi_off)
            return _kin_read(doc, [m for m in doc.mentions[lo:hi] if m.kind in ("person", "organization")
                                   and "MEDIA" not in m.sectors and not _stop_between(gap(m))], lex)

        speaker: Mention | None = None
        if close != -1:
            incise = speakers(close, min(para_end, close + 80), lambda m: text[close + 1 : m.start])
            speaker = incise[0] if incise else None
        if speaker is None and opening > 0:
            before = speakers(max(0, opening - 100), opening, lambda m: text[m.end : opening])
            speaker = before[-1] if before else None
        if speaker is None and close != -1:
            speaker = self._pronoun_speaker(doc, close, para_end, opening if opening > 0 else sent.start, lex)
        if speaker is None:
            return None
        lo, hi = self._mention_range(doc, t_end, close if close != -1 else sent.end)
        inside = [m for m in doc.mentions[lo:hi] if m.kind in ACTOR_KINDS]
        obj = _pick_other(inside, speaker)
        return speaker, obj, _distinct([speaker] + ([obj] if obj else []))

    def _pronoun_speaker(self, doc: Document, close: int, para_end: int, opened: int,
                         lex: EventLexicon) -> Mention | None:
        """"“... I urge unions to reconsider ...,” he added": an incise of a subject pronoun and a
        speech verb right after the quotation stands for the last person named before it opened (of
        the pronoun's gender) in its sentence or the one before, standing at the pronoun's place."""
        if doc.text[:close].rstrip()[-1:] in (".", "!", "?"):
            return None  # “We condemn the attack.” He said ...: the quotation was a sentence of its own
        incise = doc.text[close + 1 : min(para_end, close + 40)]
        for infix in lex.euphonic_infixes:  # same length, so offsets hold
            incise = incise.replace(infix, "-" + " " * (len(infix) - 1))
        found = [(w.start(), w.group()) for w in _word_matches(incise)][:4]
        words = [fold(w) for _o, w in found]
        at = next((i for i, w in enumerate(words[:3]) if w in lex.pronouns), None)
        if at is None:
            return None
        # ", he added" / ", a-t-il ajouté": the pronoun and a speech verb open the incise (an
        # incise never opens a sentence: a capitalised pronoun there starts one)
        rest = words[:at] + words[at + 1 :]
        if found[at][1][:1].isupper() \
                or not (_phrase_at(rest, lex.reporting, (0,)) or rest[:1] and rest[0] in lex.incise_verbs) \
                or re.search(r"[.!?;:]", incise[: found[at][0]]):
            return None
        gender = lex.pronoun_genders.get(words[at])
        last = self._speaker_before(doc, opened, gender, lex)
        if last is None:
            return None
        start = close + 1 + found[at][0]
        return _stand_in(last, start, start + len(found[at][1]), found[at][1], 0.8, f"pronoun for '{last.text}'")

    def _speaker_before(self, doc: Document, opened: int, gender: str | None, lex: EventLexicon) -> Mention | None:
        """Who a pronoun of ``gender`` in the incise of a quotation opened at ``opened`` stands for:
        the last fitting person named before it in its sentence; else the one the sentences before
        tell of, as for a subject pronoun (``_subject_before``: "Steve Barclay said ... He said ...
        “...,” he added"), but only a person named in the sentence it stops at (one further back is
        no safe guess). Persons only: a body there is as often the one spoken to ("he told MSPs")."""
        si = next((i for i, x in enumerate(doc.sentences) if x.start <= opened < x.end), None)
        if si is None:
            return None
        lo, hi = self._mention_range(doc, doc.sentences[si].start, opened)
        same = [m for m in doc.mentions[lo:hi] if m.kind == "person" and m.end <= opened
                and self._fits(doc, m, gender, lex)]
        if same:
            return same[-1]
        return self._subject_before(doc, doc.sentences[si].start, lex, gender=gender, bounded=True)

    def _modality(self, text: str, shadow: Shadow, sent: Sentence, t_start: int, t_end: int, lex: EventLexicon,
                  *, named: frozenset[int]) -> str | None:
        """The modality cue that keeps the trigger at ``t_start`` from being a record, or None;
        ``named``: where the sentence's person mentions start (a name is no cue word)."""
        # the last `window` words are all that is read: a bounded slice keeps long sentences cheap
        p0 = max(sent.start, t_start - 40 * lex.window)
        piece = text[p0:t_start]
        if _incise_quotation(text, sent.start, t_start) is not None and not _participle(text, t_start, t_end, lex):
            # "« La frontière doit rouvrir », a exhorté X": the quotation's words are what was
            # said, not the modality of the verb of the incise
            piece = ""
        tail = piece.rstrip()
        if lex.relatives and tail.endswith((",", "،")):
            # "Moore, who has been accused of misconduct, appealed": a relative clause set off by
            # commas right before the trigger says nothing of its modality
            j = max(tail.rfind(",", 0, len(tail) - 1), tail.rfind("،", 0, len(tail) - 1))
            clause = fold(tail[j + 1 : -1]).split() if j >= 0 else []
            if clause and clause[0] in lex.relatives:
                piece = tail[:j] + " "
        before = fold(piece)
        words = _quote_words(before)
        if lex.not_modal:
            # "As planned, Macron met Merkel": the cue word inside a set phrase is no cue; a phrase
            # that begins before the window still holds it ("Even without changes the commission
            # does urge": "even without" is no negation), so it is blanked before the window is cut
            starting = _cue_index(lex.not_modal, False)
            for i in range(len(words)):
                for phrase in starting.get(words[i], ()):
                    if tuple(words[i : i + len(phrase)]) == phrase:
                        words[i : i + len(phrase)] = [""] * len(phrase)
        words = words[-lex.window :]
        if not lex.arabic_script:
            # a cue word written with a capital inside its sentence is a name or a month ("May
            # criticised Trump", "Will Smith"), not the modal
            spans = list(re.finditer(r"[\w'’]+", piece))
            every = [m.group() for m in spans]
            original = every[-lex.window :]
            if len(original) == len(words):
                # the sentence's own first word keeps its cue ("No minister criticised ..."), unless a
                # person's name stands there ("May refused to ...", Theresa May named before)
                opens = t_start - 40 * lex.window <= sent.start and len(every) == len(original) \
                    and not (spans and p0 + spans[0].start() in named)
                words = ["" if w[:1].isupper() and (i > 0 or not opens) else f
                         for i, (w, f) in enumerate(zip(original, words, strict=True))]
        if lex.clause_breaks:
            cut = max((i + len(b) - 1 for i in range(len(words)) for b in lex.clause_breaks
                       if tuple(words[i : i + len(b)]) == b), default=-1)
            if cut >= 0:
                words = ["" for _w in words[: cut + 1]] + list(words[cut + 1 :])
        # the word the trigger sits in (Arabic prefixes: "سيزور")
        k = t_start
        while k > sent.start and text[k - 1].isalnum():
            k -= 1
        glued = fold(text[k:t_start])
        for prefix in lex.future_prefixes:
            if glued.endswith(prefix):
                return "future"
        found = _cues_at(words, lex.before_index, range(len(words)))
        if lex.glued_conjunctions:
            # a conjunction glued onto a cue's first word ("ومن المقرر", "فلم")
            bare = _unglued(words, lex.glued_conjunctions, 3)
            if bare != words:
                found = [*found, *(k for k in _cues_at(bare, lex.before_index, range(len(bare))) if k not in found)]
        if not found and lex.disjunctions and words and words[-1] in lex.disjunctions:
            # the verb coordinated before the trigger carries the clause's cues: read them all
            c0 = _clause_start(text, sent.start, t_start)
            if c0 > sent.start and set(_words(fold(text[c0:t_start]))) <= lex.disjunctions:
                # ", or resign": the comma sets off the alternative, the clause before it holds the cues
                # ("May should either call for a new referendum, or resign")
                c0 = _clause_start(text, sent.start, c0 - 1)
            said = list(re.finditer(r"[\w'’]+", text[c0:t_start]))
            clause_words = ["" if w.group()[:1].isupper() and (i > 0 or c0 + w.start() in named) else fold(w.group())
                            for i, w in enumerate(said)]
            found = _cues_at(clause_words, lex.before_index, range(len(clause_words)))
        if "negation" in found and lex.affirmative:
            # cues split at apostrophes like the words: "n'a pas hésité" is n / a / pas / hesite
            split = _words(" ".join(words))
            if _phrase_at(split, lex.affirmative, range(len(split))):
                found = [k for k in found if k != "negation"]
        if (lex.clause_hypothetical or lex.clause_hypothetical_inside) and "hypothetical" not in found:
            clause = _quote_words(fold(text[_clause_start(text, sent.start, t_start) : t_start]))
            # a conjunction opening the trigger's clause, or (the _inside list) standing anywhere in it
            if (clause and clause[0] in lex.clause_hypothetical) \
                    or any(w in lex.clause_hypothetical_inside for w in clause):
                found = [*found, "hypothetical"]
        for kind in _MODALITY_ORDER:
            if kind in found:
                return kind
        if lex.after_index:
            # only up to the end of the trigger's clause: "the talks, which ended..., will" is past
            # a quoted term of one or two words ("des « gilets jaunes » n'a pas eu lieu") ends no clause
            rest = re.split(r"[,;:.()«»“”\"،؛]", _QUOTED_TERM.sub(r" \1 ", text[t_end : sent.end]), maxsplit=1)[0]
            words = _quote_words(fold(rest))[: lex.after_window + 6]
            # a cue must begin within the first `after_window` words; it may run on past them
            after = _cues_at(words, lex.after_index, range(min(lex.after_window, len(words))))
            if after:
                return after[0]
        return None

    def _pronoun_subject(self, doc: Document, sent: Sentence, actors: list[Mention], lex: EventLexicon) -> Mention | None:
        """"He met ...", "Il a rencontré ...": the last person named before the sentence, standing
        at the pronoun's place so that the frames treat it as the subject."""
        if not lex.pronouns and not lex.plural_pronouns:
            return None
        head = doc.text[sent.start : min(sent.end, sent.start + 80)]  # never the next sentence's words
        m = re.search(r"[\w']+", head)
        pronouns = lex.pronouns | lex.plural_pronouns
        words = [(w.start(), w.group()) for w in _word_matches(head)][:4]
        hit = next(((off, w) for off, w in words if fold(w) in pronouns), None)
        if hit is None and lex.pronoun_after_opening:
            # "Sur un ton grave, il a dénoncé": an opening phrase set off by the first comma
            opening = re.search(r"^[^,;:«»\"“”]*,\s*(\w+)", head)
            if opening and fold(opening.group(1)) in pronouns:
                hit = (opening.start(1), opening.group(1))
        if hit is None and lex.speaker_next and len(words) > 1:
            return _carried_speaker(doc, sent, words, actors, lex)
        if m is None or hit is None or any(a.start < sent.start + hit[0] for a in actors):
            return None
        if fold(hit[1]) in lex.plural_pronouns:
            return _group_antecedent(doc, sent, sent.start + hit[0], hit[1])
        if lex.impersonal_after:
            # "Il y a", "Il s'agit", "Il faut": no one is meant
            rest = _words(fold(head[hit[0] + len(hit[1]) :]))[:3]
            if _phrase_at(rest, lex.impersonal_after, (0,)):
                return None
        # roles.yaml pronoun_continues_subject: the pronoun goes on with the subject of the sentence
        # before ("He later criticised"); else (Arabic honorifics after the verb, "وعقد فخامته
        # اجتماعا") it stands for the last person named
        gender = lex.pronoun_genders.get(fold(hit[1]))
        last = self._subject_before(doc, sent.start, lex, gender=gender) if lex.pronoun_continues_subject \
            else _last_person_before(doc, sent.start, lambda x: self._fits(doc, x, gender, lex))
        if last is None:
            return None
        ref = last if _kin_of(doc.text, last, lex) < 0 else _relative(last)
        start = sent.start + hit[0]
        return _stand_in(ref, start, start + len(hit[1]), hit[1], 0.8, f"pronoun for '{ref.text}'")

    def _subject_before(self, doc: Document, at: int, lex: EventLexicon, depth: int = 2,
                        gender: str | None = None, bounded: bool = False) -> Mention | None:
        """The person a subject pronoun of the sentence at ``at`` stands for: the subject of the sentence
        before, as news goes on telling of the one it was telling of ("Straw met the Iranian
        president. He later criticised Israel": Straw), read as the first person named in its opening
        (80 characters); where that sentence itself opens with a pronoun (of the same ``gender``),
        the subject it carried on; else the last person named before (``bounded``: the last named in
        the sentence it stopped at, or nobody).  A person of the other gender than the pronoun's
        (``_gender``) is passed over ("Trump met May. She said": May)."""
        si = next((i for i in range(len(doc.sentences) - 1, -1, -1) if doc.sentences[i].end <= at), None)
        if si is not None:
            prev = doc.sentences[si]
            head_end = min(prev.end, prev.start + 80)
            words = _words(fold(doc.text[prev.start : head_end]))
            if depth and words and words[0] in lex.pronouns \
                    and gender in (None, lex.pronoun_genders.get(words[0], gender)) \
                    and not _phrase_at(words[1:4], lex.impersonal_after, (0,)):
                return self._subject_before(doc, prev.start, lex, depth - 1, gender, bounded)
            lo, hi = self._mention_range(doc, prev.start, prev.end if bounded else head_end)
            named = [x for x in doc.mentions[lo:hi] if x.kind == "person" and self._fits(doc, x, gender, lex)]
            first = next((x for x in named if x.end <= head_end), None)
            if first is not None:
                return first
            if bounded:
                return named[-1] if named else None
        return None if bounded else _last_person_before(doc, at, lambda x: self._fits(doc, x, gender, lex))

    def _fits(self, doc: Document, m: Mention, gender: str | None, lex: EventLexicon) -> bool:
        """Whether a pronoun of ``gender`` may stand for the person ``m`` (not known: it may)."""
        return gender is None or self._gender(doc, m, lex) in (None, gender)

    def _gender(self, doc: Document, m: Mention, lex: EventLexicon) -> str | None:
        """A person's gender, "f" or "m", or None where nothing tells it: the KB entry's; else a
        cue of the pack right before the name or opening it ("Mrs", "la ministre"; the nearest
        one within six words of its clause); else a given name of one gender (the KB's
        given_names) as the name's first word."""
        known = self.kb.entry_gender(m.actor_id)
        if known:
            return known
        if lex.gender_cues:
            clause = re.split(r"[,;:.!?()«»\"“”،؛]", doc.text[max(0, m.start - 80) : m.start])[-1]
            words = _words(fold(clause))[-6:] + _words(fold(m.text))[:1]
            for end in range(len(words), 0, -1):
                for cue, code in lex.gender_cues:
                    if tuple(words[max(0, end - len(cue)) : end]) == cue:
                        return code
        return self.kb.given_name_gender(m.name or m.text)

    @staticmethod
    def _dropped_subject(doc: Document, sent: Sentence, t_start: int, t_end: int,
                         roles: tuple[Mention, Mention | None, list[Mention]], actors: list[Mention],
                         lex: EventLexicon) -> tuple[Mention, Mention | None, list[Mention]] | None:
        """"ودعا الحكومة العراقية إلى حماية البعثات": a masculine verb right after a conjunction,
        with nobody named before it in the sentence, does not have the feminine noun after it as
        subject: that is its object, and its subject is the last man named before the sentence
        (carried by the verb, whose span the subject takes)."""
        actor, _recipient, participants = roles
        clause = max(sent.start, doc.text.rfind("،", sent.start, t_start) + 1, doc.text.rfind(",", sent.start, t_start) + 1)
        if actor.start < t_end or any(clause <= a.start and a.end <= t_start for a in actors):
            return None
        k = t_start
        while k > sent.start and not doc.text[k - 1].isspace():
            k -= 1
        if fold(doc.text[k:t_start]) not in lex.glued_conjunctions \
                or (doc.text[sent.start:k].strip() and doc.text[sent.start:k].rstrip()[-1] not in ",،;؛"):
            return None  # not clause-initial "و" + verb
        verb = fold(doc.text[t_start:t_end])
        if " " in verb or verb.endswith(lex.feminine_verb_endings + lex.feminine_noun_endings) \
                or verb.startswith(lex.feminine_verb_prefixes):
            return None  # "دعت" (she called), "وبمساعدة" (a noun)
        head = fold(actor.text).split()[0] if actor.text.strip() else ""
        feminine = head.endswith(lex.feminine_noun_endings) or (
            actor.kind == "state" and not actor.adjectival and actor.country not in lex.masculine_states)
        if actor.kind == "person" or not feminine or doc.text[t_end : actor.start].strip():
            # "ودعا خبراء الحكومة اللبنانية", "ودعا الجروان إلى": a word between may be the subject
            return None
        last = _last_person_before(doc, sent.start)
        if last is None:
            return None
        subj = _stand_in(last, t_start, t_end, doc.text[t_start:t_end], 0.7, f"subject carried by the verb: '{last.text}'")
        return subj, actor, _distinct([subj, actor, *participants])

    @staticmethod
    def _carried_subject(doc: Document, sent_start: int, t_start: int, t_end: int, after: list[Mention],
                         lex: EventLexicon) -> tuple[Mention, Mention | None, list[Mention]] | tuple[()] | None:
        """"ودعا إلى تقديم ضمانات ... من تنظيم داعش", "كما طلب من تنظيم داعش العمل": behind a verb
        whose form ends on its object's preposition (roles.yaml ``object_prepositions``), the one
        named right after the preposition, or deep in what follows it, is in the object, no
        subject; with nobody named before the verb, its subject is the one it carries, the last
        man named before the sentence (a masculine verb; else no reading: ``()``).  None where the
        rule does not apply: a noun trigger ("القبض على"), a subject after a short object ("وصل
        إلى القاهرة أمس الرئيس")."""
        words = fold(doc.text[t_start:t_end]).split()
        if not lex.object_prepositions or len(words) < 2 or words[-1] not in lex.object_prepositions:
            return None
        k = _word_start(doc.text, t_start)
        if k < t_start and fold(doc.text[k:t_start]) not in lex.glued_conjunctions:
            return None  # "التحقيق في", "بطلب من": a noun, its subject (if any) a genitive after it
        verb = _unglued(words[:1], tuple(lex.glued_conjunctions), 4)[0]
        if any(verb.startswith(p) for p in lex.definite_prefixes):
            return None
        gap = len(_words(doc.text[t_end : after[0].start]))
        if 1 <= gap <= 2 or any(m.kind == "place" and t_end <= m.start < after[0].start for m in doc.mentions):
            return None  # "وصل إلى القاهرة أمس الرئيس التوغولي": a subject after a short object, or a place
        if verb.endswith(lex.feminine_verb_endings) or verb.startswith(lex.feminine_verb_prefixes):
            return ()  # "دعت إلى": a body or a woman the text does not let us name
        last = _last_person_before(doc, sent_start)
        if last is None:
            return ()
        subj = _stand_in(last, t_start, t_end, doc.text[t_start:t_end], 0.7, f"subject carried by the verb: '{last.text}'")
        obj = after[0] if gap == 0 and after[0].actor_id != last.actor_id else None
        return subj, obj, _distinct([subj, *([obj] if obj is not None else [])])

    @staticmethod
    def _dual_subject(text: str, sent: Sentence, t_start: int, t_end: int, lex: EventLexicon,
                      joint: bool = False) -> str | None:
        """Where a "the two sides" phrase stands for the trigger: "subject" when it ends right
        before it ("the two leaders discussed"), "near" when just after or a word or two before."""
        before = " " + fold(text[max(sent.start, t_start - 40) : t_start]).strip()
        after = fold(text[t_end : min(sent.end, t_end + 30)]).strip() + " "
        # most sentences name no "two sides": leave unless a word of such a phrase is near
        if lex.dual_words.isdisjoint(before.split()) and lex.dual_words.isdisjoint(after.split()[:6]):
            return None
        near = None
        said = _apostrophe_words(before)
        # a relative word among the last four words: the phrase may stand before its clause
        relative = not lex.relatives.isdisjoint(said[-4:])
        for phrase in (*lex.dual_subjects, *(lex.joint_dual_subjects if joint else ())):
            if before.endswith(" " + phrase):
                return "subject"
            if relative:
                ph = phrase.split()
                at = next((k for k in range(len(said) - len(ph), -1, -1) if said[k : k + len(ph)] == ph), -1)
                rest = said[at + len(ph) :] if at >= 0 else []
                if rest and rest[0] in lex.relatives and len(rest) <= 3:
                    # "the two leaders, who have been trading insults": a relative clause's verb
                    return "subject"
            if after.startswith(phrase + " ") or f" {phrase} " in before[-len(phrase) - 12 :]:
                near = "near"
        return near

    # -- roles -----------------------------------------------------------------------

    def _roles(self, doc: Document, actors: list[Mention], t_start: int, t_end: int, trig: Trigger,
               lex: EventLexicon) -> tuple[Mention, Mention | None, list[Mention]] | None:
        if self._returning:
            actors = [m for m in actors if not _came_back_from(doc.text, m, lex)]
        if lex.company_markers:
            # "s'est rendu au pied de la tombe, accompagné du ministre X": who came along, named
            # after a comma behind the trigger, is the subject's company, no side
            actors = _without_company(doc.text, actors, t_end, lex)
        if lex.transit_markers and not lex.transit_words.isdisjoint(self._sent_words):
            later = [m for m in actors if m.start >= t_end]
            routes = _transit(doc.text, later, lex)
            # the trigger ends on a marker ("a fermé la frontière" + "avec le Brésil"): with a subject
            # before it, the neighbour named right after it is the only later side, its recipient
            closed = 0 in routes and any(m.start < t_start for m in actors) \
                and not _transit(doc.text, later[:1], lex, t_end)
            actors = [m for m in actors if m.start < t_end] + (later[:1] if closed else
                                                               [m for i, m in enumerate(later) if i not in routes])
        if lex.topic_markers and trig.type == "CONSULT":
            # "اجتماع مع نظرائه في مجلس التعاون لمناقشة الاتفاق النووي مع إيران": a state named in what
            # the talks were about, behind a topic word of the trigger's clause, is no side of them
            # (the trigger may be the topic word itself: "لمناقشة", a purpose, whose object is a topic)
            k = _word_start(doc.text, t_start)
            actors = [m for m in actors if m.start < t_end or not _about(doc.text, k, m.start, lex)]
        # one mention per actor on each side of the trigger: "اليمنية ... دعمها الكامل للشعب اليمني"
        # keeps the object after the verb though its country was named before it
        cands = _distinct([m for m in actors if m.start < t_start]) + _distinct([m for m in actors if m.start >= t_start])
        if lex.backers:
            # "اقتحمت المقاومة الشعبية بدعم من طائرات التحالف قاعدة العند": the backer named after
            # the trigger, when someone is named before it, is no side of the act (nor are those
            # listed right after it with a conjunction: "بدعم من السعودية والإمارات")
            backed: list[Mention] = []
            for m in cands:
                gap = _words(fold(doc.text[backed[-1].end : m.start])) if backed else []
                if _backing(doc.text, m, t_end, lex) or (
                        len(gap) == 1 and gap[0] in lex.conjunctions
                        and not re.search(r"[,;:.!?،؛]", doc.text[backed[-1].end : m.start])):
                    backed.append(m)
            if backed and any(m.start < backed[0].start for m in cands):
                # (with nobody else named before it, the backer may be who struck: "إثر هجوم شنته من
                # عدن، وبدعم من طيران التحالف")
                cands = [m for m in cands if all(m is not b for b in backed)]
        if trig.type == "ASSAULT" and trig.frame != "passive" and lex.undergo \
                and (verb := _undergone(doc.text, t_start, lex)) is not None:
            # "وتعرض مركز المسيال ... لقذائف من داخل الأراضي اليمنية", "was subjected to heavy shelling
            # from Yemeni territory": the subject suffered the attack (before the adjective rule:
            # in "تعرضت مواقع الجيش السوري لقصف إسرائيلي" the adjective is the attacker, the sites the target)
            inside = [m for m in actors if verb[1] <= m.start and m.end <= t_start]
            clause = max(doc.text.rfind(c, 0, verb[0]) for c in ";؛")  # not ".": "U.S. troops"
            ahead = [m for m in actors if clause < m.start and m.end <= verb[0]]
            target = inside[0] if inside else (ahead[-1] if ahead else None)
            if target is not None:
                later = [m for m in actors if m.start >= t_end and m is not target]
                agent = _agent_behind(doc.text, later, t_end, t_end, lex.agent_markers + lex.passive_markers, lex)
                if agent is None and lex.undergo_agent_markers:
                    # "des tirs (nourris) d'insurgés": a genitive marker only right behind the noun,
                    # not "des tirs dans le nord du Mali"
                    agent = _marked_agent(doc.text, later, t_end, lex.undergo_agent_markers, 0)
                    if agent is not None and len(_words(doc.text[t_end : agent.start])) > 2:
                        agent = None
                if agent is not None and _identity(agent) != _identity(target):
                    return agent, target, _distinct([agent, target] + cands)
        harm = _harmed(doc, actors, t_start, lex) if trig.type == "ASSAULT" and trig.frame != "passive" \
            and lex.harmed else None
        if harm is not None and (harmed := harm[1]) is not None:
            # "مدنيين أصيبوا نتيجة قصف مسلحي الحوثيين": the civilians named before the verb of the
            # wounded suffered the shelling; who is named after it carried it out, if anyone is (a
            # verb that is a trigger itself, "قتلوا", tells the happening: the noun adds no record)
            if any(h == harm[0] and "ASSAULT" in types for h, types in self._trigger_starts):
                return None
            agent = _harm_agent(doc.text, [m for m in actors if m is not harmed], t_start, lex)
            if agent is None or _identity(agent) == _identity(harmed):
                agent = _unidentified_attackers(t_start)
            return agent, harmed, _distinct([agent, harmed] + cands)
        if trig.type in ("ASSAULT", "COERCE", "PROTEST") and trig.frame == "svo" and lex.embedding_cues \
                and (cue_end := _embedding_cue_end(doc.text, t_start, lex)) is not None:
            # "met with people affected by the military crackdown on ...", "will not tolerate
            # attacks such as last Friday's bombing in ...": the act is part of another phrase; who
            # is named before it did not carry it out
            actors = [m for m in actors if m.start >= cue_end]
            cands = [m for m in cands if m.start >= cue_end]
        condemned = [(e, who) for e, who in self._accusations if e <= t_start <= e + _CONDEMNED_WINDOW]
        if trig.type == "ASSAULT" and trig.frame == "svo" and condemned:
            # "Qatar condemned the attack on a mosque in Kabul", "أدانت المنظمة الهجوم ... حيث
            # فجرت انتحاريتان نفسيهما": the attack named after a condemnation is a happening of its
            # own, and whoever condemns it (named before the verb, or after it in a verb-first
            # clause) did not carry it out
            floor, who = condemned[-1]
            if lex.verb_first:
                # "أدانت السعودية والإمارات والبحرين الهجوم ...", "دان سفير جمهورية جيبوتي ... بشدة
                # التفجير": whoever stands between the verb and the attack noun condemns it (the
                # co-subjects, the condemner's office), unless an agent marker names them as who
                # struck ("الجريمة التي نفذها مستوطنون إسرائيليون وأدت إلى مقتل")
                condemners = {id(m) for m in actors if m.start < t_start
                              and not _preceded_by(doc.text, floor, m.start, lex.agent_markers)}
                actors = [m for m in actors if id(m) not in condemners]
                cands = [m for m in cands if id(m) not in condemners]
            actors = [m for m in actors if m.start >= floor and _identity(m) != who]
            cands = [m for m in cands if m.start >= floor and _identity(m) != who]
            behind = next((m for m in cands if m.start >= t_end), None)
            if behind is not None and not doc.text[t_end : behind.start].strip() \
                    and _FIGHTERS.intersection(behind.sectors) and "CIVILIAN" not in behind.sectors:
                # "هجمات جماعة بوكو حرام في الكاميرون": fighters named right behind the attack
                # carried it out
                target = _pick_other([m for m in cands if m.start >= behind.end], behind)
                return behind, target, _distinct([behind] + ([target] if target else []) + cands)
        if trig.frame in ("svo", "passive"):
            # all mentions, not one per actor: "Turkey ... a Turkish drone strike" keeps the adjective;
            # before a passive verb it is the patient's ("a French journalist was arrested by ...")
            agent = _attached_adjective(doc.text, actors, t_start, t_end, lex.adjective_first,
                                        before=trig.frame != "passive")
            if agent is not None:
                # "a Turkish drone strike hit ...", "غارة جوية تركية": the adjective names the agent
                obj = _pick_other([m for m in cands if m.start >= t_end and m is not agent
                                   and m.country != agent.country], agent)
                return agent, obj, _distinct([agent] + ([obj] if obj else []) + cands)
        if trig.frame == "svo" and lex.possessive_suffixes \
                and (owner := _possessive_owner(doc.text, actors, t_start, lex)) is not None:
            # "Russia's invasion of Ukraine", "Mueller's probe into ...": the possessor of a noun
            # trigger is its agent, not whoever the sentence names before it (all mentions, not one
            # per actor: "Russia-UK relations ... since Russia's invasion")
            obj = _pick_other([m for m in cands if m.start >= t_end and m is not owner], owner,
                              doc.text, t_end)
            return owner, obj, _distinct([owner] + ([obj] if obj else []) + cands)
        if trig.agent_after and lex.verb_first:
            first = next((m for m in cands if m.start >= t_end), None)
            clause = _clause_start(doc.text, 0, t_start)
            groups = trig.armed_groups_after and first is not None \
                and not any(clause <= m.start and m.end <= t_start for m in cands) \
                and _struck_named_after(doc, first, doc.sentences[doc.sentence_at(t_start) or 0].end)
            state = trig.states_after and first is not None and first.kind == "state" and bool(first.country) \
                and not first.adjectival and not first.country_inferred and not doc.text[t_end : first.start].strip() \
                and not _nominal(doc.text, t_start, lex) \
                and not lex.relatives.intersection(_words(fold(doc.text[max(0, t_start - 12) : t_start]))[-1:])
            # (not after a relative: in "الهجمات التي استهدفت تركيا" the attacks struck Turkey)
            if first is not None and (state or _armed_body_at(doc.text, first, t_end, groups,
                                                              lex.object_prefixes if trig.prefixed_after else ())):
                # "..., كما قصفت المدفعية التركية ثلاثة أهداف": in a verb-first clause the forces
                # right behind the verb fired, whoever an earlier clause named
                target = _pick_other(_placed_states_dropped(doc.text, [m for m in cands if m.start >= first.end], lex),
                                     first)
                return first, target, _distinct([first] + ([target] if target else []) + cands)
        if trig.frame == "svo" and (lex.object_prefixes or trig.object_prefixes) and trig.type not in _PURPOSE_COMPLEMENTS \
                and len(doc.text[t_start:t_end].split()) == 1:  # "يضغط على X لـ": a preposition's object
            # "ترامب ينتقد إيران لدعمها": a subject named before the verb in its clause, with no
            # other trigger before it, makes what follows the object, whatever "ل" comes next
            clause = _clause_start(doc.text, 0, t_start)
            subject_first = any(
                m.end <= t_start and m.start >= clause
                and not any(clause <= h < m.start for h, _types in self._trigger_starts)
                and not _reported_before(doc.text[clause : m.start], lex) for m in cands)
            lam = None if subject_first else _object_marked_agent(
                doc.text, cands, t_end, lex, lex.object_prefixes + trig.object_prefixes)
            if lam is not None:
                # "إحراق المستوطنين لمنزله", "قصف الطيران الروسي لمواقع المعارضة": the genitive
                # acts, the marked object is acted on (named or not)
                agent, obj_start = lam
                obj = next((m for m in cands if obj_start <= m.start <= obj_start + 40 and _other(m, agent)), None)
                return agent, obj, _distinct([agent] + ([obj] if obj else []) + cands)
        if trig.frame == "svo":
            later = [m for m in cands if m.start >= t_end]
            # a marker behind another trigger is that trigger's ("disturbed by the response to
            # attacks by militants": the militants attacked, they are not the ones accused)
            nxt = min((h for h, types in self._trigger_starts if h >= t_end and trig.type not in types),
                      default=len(doc.text))
            agent = _marked_agent(doc.text, [m for m in later if m.start < nxt], t_end, lex.agent_markers)
            if agent is not None and lex.articles and [m for m in cands if m.end <= t_start] \
                    and not _nominal(doc.text, t_start, lex) and not _after_passive_auxiliary(doc.text, 0, t_start, lex):
                # "the attack on the patrol by gunmen" names its agent after "by"; a verb with its
                # subject before it does not ("The UK welcomed the decision by India"), unless it is
                # passive ("He has been criticised by the SNP").  Only for
                # packs that list articles: an Arabic verbal noun often has none ("اختطاف ... على يد")
                agent = None
            if agent is not None:
                # "l'attaque d'une patrouille par un groupe armé": the agent comes after "par"
                # (whoever is named before a condemnation of the attack condemned it: "دان المجلس
                # الجريمة التي ارتكبها المستوطنون" names no victim before the noun)
                victim = next((m for m in later if m.start < agent.start and _other(m, agent)), None) \
                    or _pick_other([m for m in cands if m.end <= t_start and not any(
                        m.end <= h < t_start and "ACCUSE" in ts for h, ts in self._trigger_starts)], agent)
                return agent, victim, _distinct([agent] + ([victim] if victim else []) + cands)
            if trig.type in _NOT_THE_AGENT and not later and lex.passive_only_auxiliaries \
                    and _preceded_by(doc.text, 0, t_start, lex.passive_only_auxiliaries, lex.skippable) \
                    and not (lex.active_endings and fold(doc.text[t_start:t_end]).split()[0].endswith(lex.active_endings)):
                return None  # "Cuba has been accused of harbouring fugitives": nobody named accuses
        if trig.type == "ASSAULT" and trig.frame != "passive" and lex.placed_states_no_attackers:
            # "a fire in a high-rise block in Urumqi, western China, killed 10 people": the state
            # named as the place of the killing, before it, is no attacker
            cands = [m for m in cands if not (m.end <= t_start and m.kind == "state" and not m.adjectival
                                              and _placed_state(doc.text, m, lex))]
        reporting = [m for m in cands if m.end <= t_start and _reports_the_killing(doc.text, m, t_start, lex)] \
            if trig.type == "ASSAULT" and trig.frame != "passive" else []
        # (a mutual attack form, "clashes between X and Y", names both its sides after it)
        both_after = trig.frame == "mutual" and any(m.start >= t_end for m in cands)
        if trig.type == "ASSAULT" and trig.frame != "passive" and not both_after and (not [
                m for m in cands if m.end <= t_start and (m.kind != "state" or CAPITAL_WHY in m.why
                                                          or not m.adjectival
                                                          or (not lex.verb_first and not doc.text[m.end : t_start].strip()))
                and all(m is not r for r in reporting)] or (
                lex.occurrence_verbs and _preceded_by(doc.text, 0, t_start, lex.occurrence_verbs))):
            # (an attack noun that is the subject of a verb of happening, "حدث تفجير", "an explosion
            # occurred", has no agent before it: who is named there belongs to another clause)
            # "A drone struck a base", "un soldat tunisien a été tué": the victim is named, the attacker not
            # (a nationality right before the active form is its subject: "Un Tunisien a tué"; not
            # where verbs come first, whose unvowelled passive looks alike: "الشاب الفلسطيني قتل")
            # (nor is whoever reports the killing: "أفاد المرصد بمقتل")
            reporters = {_identity(m) for m in reporting}
            origin = _launch_origin(doc.text, sorted((m for m in doc.mentions if m.start >= t_end),
                                                     key=lambda m: m.start), t_end, lex)
            if origin is not None:
                # "a rocket fired from Gaza fell near Kissufim": the attack came from that side
                cands = [m for m in cands if m.country != origin]
            victim = next((m for m in cands if m.start >= t_end and _identity(m) not in reporters), None) or next(
                (m for m in reversed(cands) if _identity(m) not in reporters), None)
            unknown = self._police_fire(doc, trig, t_start, lex) or _unidentified_attackers(t_start, origin)
            return unknown, victim, [unknown] + ([victim] if victim else [])
        if not cands:
            home = doc.meta.get("focus_country")
            if trig.type == "COERCE" and trig.mode in _DECREED and home:
                # "Un couvre-feu a été décrété mardi": only the authorities impose a curfew
                authorities = _authorities(str(home), t_start)
                return authorities, None, [authorities]
            if trig.type == "SANCTION" and trig.mode == "ban" and trig.frame == "passive" and home:
                # "Toute manifestation est interdite jusqu'à mercredi": nor does anyone else ban a
                # protest, and the ban is on the people who would have marched
                authorities, people = _authorities(str(home), t_start), _protesters(str(home), t_start)
                return authorities, people, [authorities, people]
            if trig.type == "COERCE" and trig.mode in _HELD \
                    and (re.search(r"\d\s+$", doc.text[max(0, t_start - 8) : t_start])
                         or (trig.frame == "passive" and lex.passive_arrest_authorities)) \
                    and (holders := self._local_authorities(doc, t_start, lex)) is not None:
                # "il y a eu 109 interpellations", "400 arrests in Brussels" (a count of arrests), and
                # where the pack says so a passive arrest ("Trente-cinq personnes ont été interpellées
                # samedi à Paris"), with nobody named: by the authorities of the country the sentence
                # places them in
                return holders, None, [holders]
            if (holders := self._investigators(doc, trig, t_start, lex)) is not None:
                return holders, None, [holders]
            if trig.type == "PROTEST":
                # "Protests broke out in Tehran and Isfahan", "Des rassemblements ont eu lieu à
                # Sfax et à Gafsa": nobody named, people of the country the sentence places it in
                where = self._sentence_country(doc, t_start, lex)
                if where and trig.mode in lex.riot_modes:
                    # "De violents affrontements ont éclaté à Paris": rioters nobody names, of no
                    # country (against the government of the country it happened in: _record, so
                    # that the reading ranks as a protest with no target does)
                    rioters = _unidentified_rioters(t_start)
                    return rioters, None, [rioters]
                if where:
                    protesters = _protesters(where, t_start)
                    return protesters, None, [protesters]
            return None
        before = [m for m in cands if m.end <= t_start]
        after = [m for m in cands if m.start >= t_end]
        frame = trig.frame
        if frame == "svo" and trig.type in ("ASSAULT", "COERCE") and not lex.verb_first \
                and _reduced_passive(doc, before, t_start, t_end, lex):
            frame = "passive"
            if not _named_before_comma(doc.text, before, t_start):
                # "appealed for the release of aid worker Margaret Hassan, kidnapped in Iraq": the
                # one kidnapped is a name the lexicon does not know, not the actor named before it
                before = []
        actor: Mention | None = None
        recipient: Mention | None = None
        # objects sit near their verb; far actors belong to other clauses
        after = [m for m in after if m.start - t_end <= (140 if frame == "mutual" else 160)]
        if trig.type == "ASSAULT" and frame != "passive":
            after = _placed_states_dropped(doc.text, after, lex)
        if frame == "svo" and trig.type in lex.placed_recipient_types and lex.placed_recipient_markers:
            # "appealed for the release of aid worker Margaret Hassan, kidnapped in Iraq": a state
            # named as a place behind an appeal or a charge is not the side addressed
            after = [m for m in after if not (m.kind == "state" and not m.adjectival
                                              and _after_marker(doc.text, m, lex.placed_recipient_markers, lex))]
        if lex.reporting and frame != "mutual":
            # "... in the occupied West Bank, the Qatari foreign ministry reported": the source is
            # no target (a joint act's source is often one of its sides: "the ministry said")
            after = [m for m in after if not _reporter(doc.text, m, t_end, lex)]
        if frame == "mutual":
            pair = _coordinated(doc.text, before, lex)
            if pair is not None and len(doc.text[pair[1].end : t_start].split()) <= 3 \
                    and not any(c in doc.text[pair[1].end : t_start] for c in ",;:،"):
                partner = _marked_partner(doc.text, [m for m in actors if m.start >= t_end], t_end, lex,
                                          {pair[0].country, pair[1].country})
                if partner is not None:
                    # "the United States, France and Spain cooperate closely with the Moroccan
                    # kingdom": the list acts with the partner (one record per member, _co_actors)
                    return pair[1], partner, _distinct([pair[1], partner, *before, *after])
                # "Obama and his Turkish counterpart Erdogan agreed ...": the pair just before the verb
                return pair[0], pair[1], _distinct([pair[0], pair[1], *before, *after])
            joined = _between_pair(doc.text, after, t_start, lex)
            if joined is not None:
                # "اشتباكات بين الشرطة وحزب العمال الكردستاني ... مع سوريا": the two joined right
                # after "between" are the sides, not a state named further on
                return joined[0], joined[1], _distinct([joined[0], joined[1], *before, *after])
            if lex.venue_markers:
                # "talks at the Ministry of Interior headquarters": where they were held, not who
                # held them; the sides may come after it ("au ministère de l'Intérieur, entre X et Y")
                before = [m for m in before if not _locative_before(doc.text, m, lex)]
                after = [m for m in after if not _locative_before(doc.text, m, lex)]
            if lex.partner_markers:
                # "بحثا قضايا الهجرة على خط أفغانستان وباكستان وإيران", "discussed the situation
                # in Syria": actors reached past a topic are what was discussed, not who discussed
                after = _partners(doc.text, after, t_end, lex)
            group = _distinct(after if len(_countries(after)) >= 2 or not before else before + after)
            if not group:
                return None
            actor = group[0]
            recipient = _pick_other(group[1:], actor)
        elif frame == "passive":
            held = None
            if trig.patient_after:
                # "تم القبض على X من قبل الشرطة": X, named right behind the form, was held; the
                # agent is named only after an agent marker
                held = after[0] if after and len(doc.text[t_end : after[0].start].split()) <= 4 \
                    and not re.search(r"[,;:()،]", doc.text[t_end : after[0].start]) else None
            recipient = held or (before[-1] if before else None)
            holder = None
            if held is None and recipient is not None and trig.type == "COERCE" and trig.mode in _HELD \
                    and recipient.kind == "organization" and lex.never_held & set(recipient.sectors) \
                    and not _source_of(doc.text, recipient, t_start, lex):
                # "appeared for a check-in with ICE and was arrested": a police or intelligence
                # body named right before the arrest made it; the one held is named before it (not
                # the source of the clause: "police say X was arrested", below)
                holder = recipient
                recipient = before[-2] if len(before) > 1 else None
            if trig.passive_before and held is None and recipient is not None \
                    and len(_words(doc.text[recipient.end : t_start])) > 2:
                # "قال المكتب الإعلامي إن 21 مسلحا قتلوا في": the passive read from what follows it
                # has its subject right before it; one named further back is the source or another clause's
                recipient = None
            if held is None and recipient is not None and trig.type in ("ASSAULT", "COERCE") \
                    and _source_of(doc.text, recipient, t_start, lex):
                # "Police said Campos was shot in the leg", "Chief X said ... that two officers were
                # shot": who says it is the source of the clause, not the one who underwent it (in
                # reports of force; "she added that she has the support of" is her own)
                recipient = None
            if trig.patient_after:
                actor = _marked_agent(doc.text, [m for m in after if m is not held], t_start, lex.agent_markers, 3)
            else:
                # the agent of a passive is the actor right behind the form, one word at most
                # between ("تقودها الولايات المتحدة", "reçu par le directeur") or after an agent
                # marker; "146 personnes ont été interpellées jeudi devant un lycée" names no agent
                # (a passive known by the clause ending right behind it, "قتلوا، و80% من السكان", names
                # no agent after that break)
                actor = None if trig.passive_before and re.match(r"\s*[,;:.،؛]", doc.text[t_end : t_end + 3]) \
                    else _agent_behind(doc.text, after, t_start, t_end, lex.agent_markers + lex.passive_markers, lex)
            if actor is None and trig.passive_before:
                # "مدنيين قتلوا بانفجار ألغام تركها الحوثيون": with no agent of its own, the killing's
                # attacker is the one the attack noun right after it names
                noun = next((h for h, types in self._trigger_starts if t_end < h and "ASSAULT" in types
                             and len(_words(doc.text[t_end:h])) <= lex.harmed_window), None)
                if noun is not None:
                    actor = _harm_agent(doc.text, [m for m in actors if m is not recipient], noun, lex)
            if actor is None and trig.patient_after and trig.type == "COERCE" and held is not None and before \
                    and before[-1].kind == "organization" and before[-1].country \
                    and {"GOV", "MIL", "POLICE", "JUDICIARY"} & set(before[-1].sectors):
                # "أعلنت وزارة الدفاع أنه تم وضع X قيد الاعتقال" (the ministry announced X was placed in
                # detention): the state body that reports the arrest in its sentence holds him
                actor = before[-1]
            if actor is None and holder is not None:
                actor = holder
            home = doc.meta.get("focus_country") or (
                recipient.country if recipient is not None and not recipient.country_inferred else None)
            if actor is None:
                # (someone named before it did not open it)
                actor = self._investigators(doc, trig, t_start, lex)
            if actor is None and home and (trig.type == "COERCE" or (
                    trig.type == "ACCUSE" and trig.cameo == _CHARGED and recipient is not None)):
                # "four people were arrested", "Manafort was sentenced": by the authorities of the
                # country the report is about, else of the people held ("مستوطنين اثنين وضعا قيد الاعتقال")
                actor = _authorities(str(home), t_start)
            if actor is None and trig.type == "ASSAULT" and (recipient is not None or trig.passive_before):
                # "Mrs Hassan was abducted in Baghdad": the victim is named, the attacker not (a
                # passive known by what follows it may name neither: "19 شخصا قتلوا جراء انفجار")
                # (a shot of a police weapon was fired by the authorities: authority_assault_modes)
                actor = self._police_fire(doc, trig, t_start, lex) or _unidentified_attackers(t_start)
            if actor is not None and recipient is None and trig.type in _JOINT_AGENTS:
                # "the protocol agreed by the UK and the EU": a compound agent of a joint act is both
                # of its sides
                # ("the UK and the EU": an article may open the second)
                # ("House and Senate Republicans": two chambers, though both are the legislature)
                later = sorted((m for m in actors if m.start >= actor.end), key=lambda m: m.start)
                gap = _words(fold(doc.text[actor.end : later[0].start])) if later else []
                if gap and gap[0] in lex.conjunctions and (len(gap) == 1 or (len(gap) == 2 and gap[1] in lex.articles)) \
                        and (_other(later[0], actor) or fold(later[0].text) != fold(actor.text)):
                    recipient = later[0]
            if actor is None and trig.type == "PROTEST" and trig.mode in lex.riot_modes:
                # "une caserne de gendarmerie a été dégradée à Dijon": what a riot damaged names its
                # target, if anything (not a side named before in another clause: "colère bien
                # française : deux véhicules de police ont été incendiés"); the rioters are unnamed
                actor = _unidentified_rioters(t_start)
                if recipient is not None and (recipient.adjectival or re.search(r"[,;:()]", doc.text[recipient.end : t_start])):
                    recipient = None
            if actor is None:
                if recipient is None or trig.type in _NOT_THE_AGENT:
                    # "Cuba has been accused of ...": the accused is no accuser
                    return None
                actor, recipient = recipient, None
        else:
            sent_start = doc.sentences[doc.sentence_at(t_start) or 0].start
            quoted: list[Mention] = []
            opened = _incise_quotation(doc.text, sent_start, t_start) \
                if trig.type in _SPOKEN and not _participle(doc.text, t_start, t_end, lex) else None
            if opened is not None and trig.says_in_incise and (
                    doc.text[t_end : t_end + 1] == "-" or doc.text[t_end : t_end + 40].lstrip()[:1].isupper()
                    or (after and len(_words(doc.text[t_end : after[0].start])) <= 2
                        and not re.search(r"[«\"“]", doc.text[t_end : after[0].start]))):
                # "« ... », soutient Emmanuel Grégoire": the speaker named (or glued, "soutient-il")
                # right behind the verb only says the quotation; "», soutient « à 100 % les
                # revendications »" quotes what is supported
                return None
            if opened is not None and not after:
                # "« ... », déplore-t-il": a subject pronoun glued after the verb stands for the
                # last person named before the quotation
                inverted = _inverted_pronoun(doc, opened, t_start, t_end, lex, lambda m, g: self._fits(doc, m, g, lex))
                after = [inverted] if inverted is not None else after
                if not after:
                    # "« Les partis sont patriarcaux », déplore une responsable associative": the
                    # speaker stands after the verb, unnamed; the quotation's words are no speaker
                    return None
            if opened is not None and after:
                # "« Le gouvernement nous ment », a dénoncé le ministre": the verb of an incise has
                # its speaker after it; whoever the sentence names before it (in the quotation, or
                # as the subject of the quoted words: "M. Di Maio « a rencontré ... », s'est indigné
                # X") is no subject, at most the other side
                quoted, before = before, []
            if trig.continues and (span := _quotation_before(doc.text, sent_start, t_start)) is not None:
                # "وقالت الوزارة إن «فجر انتحاري حزامه»، منددة بالعمل", 'X said "…", denouncing …': a
                # participle going on right after a quotation has the one who spoke it for subject,
                # never one named inside the words quoted
                before = [m for m in before if not span[0] <= m.start < span[1]]
            if lex.relatives:
                # "MAB, which opposed the war in Iraq, urged Muslims": what a relative clause set
                # off by commas names before the verb is not its subject
                before = [m for m in before if not _in_relative_clause(doc.text, m, t_start, lex)]
                opening = _relative_opening(doc.text, t_start, lex)
                if opening is not None:
                    # "Kim – who routinely blasts Japan": the subject is what the relative stands
                    # for, the actor right before it; no actor there, no subject
                    # (or before a place that complements it: "le parquet de Paris, qui a ouvert")
                    before = [m for m in before if 0 <= opening - m.end <= 2
                              or _place_complement(doc, m, opening, lex)][-1:]
                    if not before:
                        return None
            if lex.accompaniment and len(before) > 1:
                # "Qatar Charity in coordination with the Jordan Hashemite Charity Organization
                # sent aid": the partner of an accompanying phrase is not the subject
                before = [m for m in before if not _accompanying(doc.text, m, t_start, lex)]
            if frame == "host" and lex.venue_markers:
                # "(partially hosted in Qatar)": a country behind a venue word is where, not the guest
                after = [m for m in after if not _locative_before(doc.text, m, lex)]
            if lex.verb_first and lex.object_prefixes and len(before) > 1 and frame != "host":
                # "وقدمت السعودية للأردن مساعدات", "أكد الملك للرئيس هادي دعم المملكة لليمن": in a
                # verb-first clause, the one named right behind the subject with an object prefix
                # glued is whom the act is addressed to, no subject; it stays a possible other side
                # (a person or a state speaks or gives: behind a body, "خلية لحماس", the prefix is a genitive)
                # (and the act named right behind the one addressed, two words at most between)
                addressed = [m for i, m in enumerate(before) if i > 0 and before[i - 1].kind in ("person", "state")
                             and not before[i - 1].adjectival
                             and _addressed_after(doc.text, before[i - 1], m, lex.object_prefixes)
                             and i == len(before) - 1 and len(doc.text[m.end : t_start].split()) <= 2]
                if addressed:
                    before = [m for m in before if all(m is not a for a in addressed)]
                    after = addressed + after
            against: list[Mention] = []
            if lex.against_words and len(before) > 1 and _against(doc.text, before[-1], lex.against_words) \
                    and 1 <= len(doc.text[before[-1].end : t_start].split()) <= 3 \
                    and lex.relatives.isdisjoint(_words(fold(doc.text[before[-1].end : t_start]))) \
                    and not re.search(r"[,;:()،«»\"“”]", doc.text[before[-1].end : t_start]):
                # "Les forces américaines ont mené contre l'EI neuf frappes": who is named behind
                # "against" right before the trigger is its target, the one named before that its
                # subject (not a phrase of another clause: "the allegations against Moore, but he mocked";
                # not one the verb right behind it has as subject: "the raid against militants who stormed")
                against = before[-1:]
                before = before[:-1]
                after = against + after
            subj = _subject(before)
            if subj is not None and subj.kind == "organization" and len(before) > 1 and trig.frame == "visit" \
                    and lex.setting_words and _during(doc.text, sent_start, t_start, lex):
                # "وقال أردوغان في كلمة أمام مؤسسة فكرية اثناء زيارة إلى إندونيسيا": a visit that is
                # the setting of what the sentence tells was made by the person it names, not by
                # the body named nearest (the audience, the venue)
                subj = next((m for m in before if m.kind == "person"), None) or subj
            shared: list[Mention] = []  # the earlier verb's objects, when this verb shares its subject
            coordinator = _coordinator_before(doc.text, t_start, lex) if subj is not None else None
            # the sentence's last trigger before this one that was given an actor
            earlier = max((s for s in self._actor_at if s < t_start), default=None) if coordinator else None
            if subj is not None and trig.type in _SPOKEN and coordinator in lex.shared_subject_conjunctions:
                # "Naomi Long said Mr Sunak must act and called on him to ...", "Trump called McCain
                # 'horrible' and accused him of ...": the second verb of a pair shares the clause's
                # subject, the first person or body named (else the first state not named by an
                # adjective), not the nearest one (the first verb's object)
                subj = next((m for m in before if m.kind in ("person", "organization", "group")), None) \
                    or next((m for m in before if not m.adjectival), None) or subj
                if earlier is not None and earlier >= sent_start and _identity(self._actor_at[earlier]) == _identity(subj):
                    self._shared_verbs[t_start] = earlier  # (an act of the same subject before it)
            elif coordinator in lex.verb_coordinators and earlier is not None \
                    and (prior := self._subject_at.get(earlier, self._actor_at[earlier])).end <= earlier:
                # "ECOWAS suspended Mali and Guinea and imposed sanctions on them", "la France a
                # condamné la Russie et l'Iran et leur a imposé des sanctions", "the regime's
                # invasion of Syria and bombing of Iran": any verb or noun after an earlier
                # trigger of the clause has that trigger's subject (the list between them is its
                # object, not a joint subject)
                subj = prior
                shared = [m for m in before if m.start >= earlier and _identity(m) != _identity(subj)]
                self._shared_verbs[t_start] = earlier
            if subj is not None and len(before) > 1 and _participle(doc.text, t_start, t_end, lex) \
                    and _after_comma(doc.text, sent_start, t_start, lex.glued_conjunctions) and not quoted:
                # "Les dirigeants italiens ont multiplié les affronts envers l'exécutif français,
                # saluant ...": a participle after its main clause has that clause's subject, the
                # first person or body named, not the nearest (the main verb's object)
                subj = next((m for m in before if m.kind in ("person", "organization", "group")), None) or subj
            if subj is not None and subj.kind != "person":
                # "Abdellatif Hammouchi, Director General of ... (DGSN-DGST), has toured": the
                # bodies of an apposition describe the person before it, who is the subject
                subj = _apposed_person(doc.text, before, t_start) or _apposed_state(doc.text, before, subj, t_start) or subj
            elif subj is not None and (subj.actor_id or "").startswith("official:") \
                    and (named := _apposed_person(doc.text, before, t_start)) is not None \
                    and named.end <= subj.start and (named.actor_id or "").startswith("person:"):
                # "Boris Johnson, a former adviser to the prime minister, criticized ...": an office
                # with no name inside the apposition describes the person named before it, who is
                # the subject; of the office's country when the text gives the person none
                subj = named if named.country or not subj.country else replace(
                    named, country=subj.country, country_inferred=True)
            pair = _coordinated(doc.text, before, lex) if frame != "host" and not shared else None
            if pair is not None and (not after or not _pick_other(after, pair[1])) \
                    and (not lex.compound_subject_joint_only or trig.type in _JOINT
                         or (lex.reciprocals and _followed_by(doc.text, t_end, len(doc.text), lex.reciprocals, 4))):
                # "Qatar and Jordan signed ...": both sides are the subject (where the pack says so, of
                # a joint act only: "Germany and France have called for the embargo to be lifted" ask
                # nothing of each other, "have been blaming each other" do)
                return pair[0], pair[1], _distinct([pair[0], pair[1], *after])
            if subj is not None and trig.type == "PROTEST" and not lex.verb_first and subj.kind == "organization" \
                    and _ARMED.intersection(subj.sectors) and _nominal(doc.text, t_start, lex) \
                    and not re.search(r"[,;:()،]", doc.text[subj.end : t_start]) \
                    and (where := subj.country or self._sentence_country(doc, t_start, lex) or doc.meta.get("focus_country")):
                # "les policiers sont plus nombreux que les manifestants", "la police a dispersé la
                # manifestation": police or troops before a protest noun (an article before it) act
                # on the protest, they do not hold it; the protesters are people of their country
                # (the recipient is kept: whoever is named after, else the government); not police
                # named in another clause (", a indiqué la préfecture de police, notamment pour le pillage")
                subj = _protesters(str(where), t_start)
            clause_subject = subj  # the subject a coordinated verb after this one shares
            if subj is not None:
                # (not where verbs come first: what follows the verb there is mostly its subject)
                obj = _pick_other(after, subj, doc.text, t_end,
                                  addressee=trig.type in ("REQUEST", "ACCUSE") and not lex.verb_first)
                if against and _other(against[0], subj):
                    obj = against[0]  # named as the target: no country named later comes first
                if obj is not None and trig.type == "PROTEST" and not lex.verb_first and lex.genitive_markers \
                        and "CIVILIAN" in obj.sectors and subj.end <= t_start < obj.start \
                        and _nominal(doc.text, t_start, lex) \
                        and fold(doc.text[t_end : obj.start]).strip(" \"'«»“”") in lex.genitive_markers:
                    # "Macron fait face à la mobilisation des « gilets jaunes »", "selon la police, la
                    # manifestation des gilets jaunes": the civilians right behind the protest noun and a
                    # genitive marker hold it; the one named before is its target only when of the
                    # government of their country, else the protest is against that government
                    target = subj if (subj.kind == "state" or "GOV" in subj.sectors) \
                        and subj.country and subj.country == obj.country else None
                    subj, obj = obj, target
                if obj is None and shared and _object_pronoun(doc.text, t_start, t_end, lex):
                    # "... and imposed sanctions on them", "et leur a imposé": the earlier verb's
                    # objects, one record each
                    obj = shared[0]
                    self._shared_objects[t_start] = shared[1:]
            elif after and trig.type == "COERCE" and trig.mode in _HELD and after[0].kind != "state" \
                    and _nominal(doc.text, t_start, lex) and not [m for m in cands if m.end <= t_start] \
                    and len(doc.text[t_end : after[0].start].split()) <= 4 \
                    and not re.search(r"[,;:()،]", doc.text[t_end : after[0].start]):
                # "the arrest of five Iraqi journalists", "l'arrestation de 11 soldats": those named
                # are the arrested; by the authorities, as for a passive with no agent
                home = doc.meta.get("focus_country") or (after[0].country if not after[0].country_inferred else None)
                if not home:
                    return None
                authorities = _authorities(str(home), t_start)
                return authorities, after[0], [authorities, after[0]]
            elif after and lex.unnamed_subjects and not lex.verb_first and opened is None \
                    and _unnamed_subject_before(doc.text, sent_start, t_start, lex.unnamed_subjects):
                # "Others accused Kelly of ...", "they accuse Russia of ...": a subject that names
                # nobody; the actor after the verb is its object, the unnamed ones are people of the
                # country the report is about (none known, no record)
                home = doc.meta.get("focus_country")
                if not home:
                    return None
                subj = _unnamed(str(home), t_start)
                obj = _pick_other(after, subj, doc.text, t_end)
                if obj is None:
                    return None
            elif after and not lex.verb_first and opened is None \
                    and (named := _surname_subject(doc.text, sent_start, t_start, doc.meta.get("focus_country"))) is not None:
                # "Perez criticized the Dallas police chief", "Dupont a dénoncé le préfet": the
                # clause opens with the family name of someone the report named in full before and
                # the knowledge base does not know; that one is the subject, the actor after the verb
                # its object (not, for want of a subject, the accuser)
                subj = named
                obj = _pick_other(after, subj, doc.text, t_end)
                if obj is None:
                    return None
            elif after and trig.type == "PROTEST" and lex.target_markers and after[0].country and not after[0].adjectival \
                    and len(_words(doc.text[t_end : after[0].start])) <= 3 \
                    and lex.target_markers.intersection(_words(fold(doc.text[t_start : after[0].start]))):
                # "protests against President Gotabaya Rajapaksa": the one named is the target (the
                # marker may end the trigger itself: "protests against"); the
                # protesters are people of the country the sentence places it in, else of the target
                # (else of the report's focus country)
                where = self._sentence_country(doc, t_start, lex) or (
                    after[0].country if not after[0].country_inferred else doc.meta.get("focus_country"))
                if not where:
                    return None
                subj, obj = _protesters(where, t_start), after[0]
            elif after and (lex.verb_first or trig.type in _DOMESTIC or opened is not None
                            or _clause_initial(doc.text, sent_start, t_start, lex.relatives)):
                # verb-first sentence (Arabic; "Meeting in Doha, X and Y agreed"): the first actor
                # after the trigger is its subject.  Elsewhere an unknown subject stands before the
                # verb ("More than a dozen women have accused Trump"): the named actor is not it.
                carried = self._carried_subject(doc, sent_start, t_start, t_end, after, lex)
                if carried is not None:
                    return carried or None
                subj = after[0]
                rest = after[1:]
                if trig.type == "PROTEST" and not lex.verb_first and subj.kind == "organization" \
                        and _STATE_ORGANS.intersection(subj.sectors) and not re.search(r"[,;:()،]", doc.text[t_end : subj.start]) \
                        and fold(doc.text[t_end : subj.start]).strip() not in lex.genitive_markers \
                        and not _opens_clause(doc.text[t_end : subj.start], lex.clause_openers) \
                        and (where := subj.country or self._sentence_country(doc, t_start, lex) or doc.meta.get("focus_country")):
                    # "des heurts entre manifestants et forces de l'ordre", "des pierres contre les
                    # gendarmes français": a state organ named after a protest noun in its clause faced
                    # the protesters, who are people of its country (stated when its country is); the
                    # recipient is kept (whoever else is named, else the government), so the reading
                    # weighs no more against an attack or arrest in the sentence than before; not an
                    # organ that opens a clause of its own ("..., la police a fait appel à des renforts")
                    # nor one right behind a genitive marker ("la protestation des policiers"), nor
                    # the subject of another clause ("des manifestants alors que la police s'est repliée")
                    subj = _protesters(str(where), t_start)
                    if after[0].country and not after[0].country_inferred:
                        subj.country_inferred = False
                    if trig.mode in lex.riot_modes and not any(
                            not _STATE_ORGANS.intersection(m.sectors) and not re.search(r"[,;:()،]", doc.text[t_end : m.start])
                            for m in after[1:]):
                        # "des échauffourées avec la police": a riot's rioters are unnamed (not where
                        # the other side is: "entre forces de l'ordre et gilets jaunes"); the
                        # recipient is chosen as for the protesters, so the reading ranks the same
                        subj = _unidentified_rioters(t_start)
                if trig.type not in _JOINT:
                    # "أدانت السعودية والإمارات الهجوم": the subject's list is no object
                    listed = _co_actors(doc.text, after, subj, None, t_start, t_end, lex)
                    rest = [m for m in rest if m not in listed]
                if lex.affiliation_words:
                    # "ونشرت القوات الموالية لحكومة هادي مدرعاتها": the body named behind the
                    # subject's affiliation word says whose the subject is; it is no other side
                    rest = [m for m in rest if not _affiliation_of(doc.text, subj, m, lex)]
                obj = _pick_other(rest, subj) or _pick_other(quoted, subj)
            else:
                return None
            if (obj is None or obj.start >= t_end) and subj is not None and trig.type not in _JOINT \
                    and trig.mode != "visit" and (cap := self._capital_object(doc, subj, t_end)) is not None \
                    and (obj is None or cap.end <= obj.start and (
                        not set(_words(fold(doc.text[t_end : cap.start]))).intersection(lex.locatives)
                        or (re.search(r"[,;:(]", doc.text[cap.end : obj.start]) and trig.type != "PROTEST"))):
                # "a exhorté Moscou à cesser ses activités ..., tandis que le Premier ministre canadien":
                # the capital right behind the verb is its object, not an actor named further on; one
                # after a locative word is where it happened ("ont manifesté à Paris contre la Russie",
                # "à Paris, devant l'ambassade de Russie" keep Russia), unless the other actor stands
                # past a comma and the act is no protest ("fournissent à Kiev des données ..., y compris
                # le territoire de la Russie")
                obj = cap
            if subj is not None:
                self._subject_at[t_start] = clause_subject or subj
            if frame == "host":
                actor, recipient = (obj, subj) if obj is not None else (subj, None)
                if obj is None:
                    # "X received ..." with no visitor named: the host alone is not an event record
                    actor, recipient = subj, None
            else:
                actor, recipient = subj, obj
            if trig.topic_after and recipient is not None and recipient.start >= t_end:
                # "Trump denied any collusion with Russia": the one named after the form is the topic
                recipient = None
            if trig.asks_subject and actor is not None and actor.end <= t_start:
                # "Kennedy said he should apologise": the speaker named, the one asked left to a
                # pronoun; "Arbiter said the prince should apologise": the prince is asked (where
                # verbs come first the speaker stands right behind the speech verb: "وقال الجبير إن
                # إيران تدعم الإرهاب", and the one named between is the one charged)
                def speaks(m: Mention, until: int) -> bool:
                    return _source_of(doc.text, m, until, lex) or (
                        lex.verb_first and _reported_before(_words_before(
                            doc.text, m.start, 2 + (len(_words(m.title)) if m.title else 0)), lex))
                if not speaks(actor, t_start):
                    speaker = next((m for m in reversed(before) if m.end <= actor.start and speaks(m, actor.start)), None)
                    if speaker is None:
                        # "Congress should consider legislation ..., U.S. Senator John Cornyn said on
                        # Wednesday": the speaker named after the clause, behind a comma
                        speaker = _trailing_speaker(doc, [m for m in actors if m.start >= t_end], t_end, lex)
                    if speaker is None:
                        return None
                    actor, recipient = speaker, actor
                else:
                    between = [m for m in before if m.start >= actor.end and _identity(m) != _identity(actor)]
                    if lex.verb_first and between:
                        recipient = between[-1]
                    elif recipient is not None and recipient.start >= t_end:
                        recipient = None  # what follows the form is what is owed, not who is asked
        if actor is None:
            return None
        if recipient is not None and trig.type in _COOPERATIVE - {"REQUEST"} and actor.country \
                and actor.country == recipient.country and ("state" in (actor.kind, recipient.kind) or (
                    frame == "mutual" and recipient.end <= t_start
                    and _says_between(doc.text, actor.end, t_start, lex))) \
                and not (actor.kind == recipient.kind == "person"):
            # a body and its own country's official are one side, not two
            recipient = None
        participants = _distinct([actor] + ([recipient] if recipient else []) + [m for m in cands if m not in (actor, recipient)])
        return actor, recipient, participants

    def _police_fire(self, doc: Document, trig: Trigger, at: int, lex: EventLexicon) -> Mention | None:
        """The authorities who fired a police weapon nobody is named as firing ("blessé par un tir de
        LBD à Paris"): of the country the sentence places it in, else of the report's focus country
        (roles.yaml authority_assault_modes); None for any other attack."""
        if trig.mode not in lex.authority_assault_modes:
            return None
        return self._local_authorities(doc, at, lex)

    def _local_authorities(self, doc: Document, at: int, lex: EventLexicon) -> Mention | None:
        """The authorities (inferred) of the country the sentence at ``at`` places it in, else of the
        report's focus country; None when neither is known."""
        land = self._sentence_country(doc, at, lex) or doc.meta.get("focus_country")
        return _authorities(str(land), at) if land else None

    def _investigators(self, doc: Document, trig: Trigger, at: int, lex: EventLexicon) -> Mention | None:
        """"Une enquête a été ouverte", "an investigation was opened": an investigation told in the
        passive with nobody named who opened it is by the authorities of the country the sentence
        places it in, else of the report's; None for any other trigger, or where neither is known."""
        if trig.type != "ACCUSE" or trig.mode != _INVESTIGATE or trig.frame != "passive":
            return None
        return self._local_authorities(doc, at, lex)

    def _coerced(self, doc: Document, at: int, actor: Mention, participants: list[Mention],
                 lex: EventLexicon) -> tuple[Mention, Mention | None, list[Mention]]:
        """The two sides of a coercion whose text names only one of them.

        "la police a procédé à 20 interpellations", "police fired tear gas": an authority acted on
        people the text does not name, of the country the sentence places the act in, else of the
        authority's own.  "Eric Drouet est arrêté", "La militante est placée en garde à vue": the
        one side named is a person or a group, not an organ of the state, so it was held, by the
        authorities of its country (the reading that took it as the actor had nobody else).  Not
        across a border: "French police arrested two men in Belgium" names no people of either.
        """
        land = self._sentence_country(doc, at, lex)
        home = self.kb.sovereign(actor.country) or actor.country
        if not home or land is not None and land != home:
            return actor, None, participants
        if actor.kind == "state" or _STATE_ORGANS & set(actor.sectors):
            people = _people_coerced(home, at, land is not None)
            return actor, people, _distinct([actor, people, *participants])
        if actor.kind in ("group", "person"):
            authorities = _authorities(home, at)
            return authorities, actor, _distinct([authorities, actor, *participants])
        return actor, None, participants

    def _sentence_country(self, doc: Document, at: int, lex: EventLexicon) -> str | None:
        """The one country of the places (and of countries after a locative: "in France", not
        "France condemned") named in the sentence at ``at``, as the state it is part of."""
        si = doc.sentence_at(at)
        if si is None:
            return None
        sent = doc.sentences[si]
        lo, hi = self._mention_range(doc, sent.start, sent.end)
        found = {self.kb.sovereign(m.country) for m in doc.mentions[lo:hi]
                 if m.country and (m.kind == "place" or m.kind == "state" and not m.adjectival
                                   and _locative_before(doc.text, m, lex))}
        return found.pop() if len(found) == 1 else None

    def _capital_object(self, doc: Document, subj: Mention, t_end: int) -> Mention | None:
        """"Il reproche à Rome de ...", "supply Kyiv with weapons": a capital right behind a verb
        with no other object (at most two words between) stands for its government."""
        sent_i = doc.sentence_at(t_end)
        end = doc.sentences[sent_i].end if sent_i is not None else len(doc.text)
        lo, hi = self._mention_range(doc, t_end, end)
        for m in doc.mentions[lo:hi]:
            if m.kind != "place" or m.place is None or not m.country or m.country == subj.country \
                    or self.kb.sovereign(m.country) != m.country:
                return None  # Saint-Denis de La Réunion is a prefecture, no government's seat
            gap = doc.text[t_end : m.start]
            cap = self.kb.capital(m.country)
            if len(gap.split()) > 2 or any(c in gap for c in ",;:(") or cap is None \
                    or cap.geonames_id != m.place.geonames_id:
                return None
            return Mention(m.start, m.end, m.text, "state", self.kb.country_name(m.country), m.country,
                           actor_id=self.kb.actor_id_for_country(m.country), place=m.place, confidence=0.5,
                           source="gazetteer", why=[_CAPITAL_OBJECT_WHY])
        return None

    # -- record ----------------------------------------------------------------------

    def _record(self, doc: Document, si: int, sent: Sentence, trig: Trigger, t_start: int, t_end: int,
                actor: Mention, recipient: Mention | None, participants: list[Mention], lex: EventLexicon,
                shadow: Shadow, dateline_place: Any) -> dict[str, Any]:
        if recipient is not None and trig.cameo == _CONDEMNED and lex.relatives \
                and (cut := _condemned_relative(doc.text, _object_start(doc.text, t_end, actor, lex),
                                                self._trigger_starts, lex)) is not None \
                and recipient.start >= cut:
            # "أعرب عن استنكاره للاعتداء الذي وقع في مسجد قوات الطوارئ", "condemned the bombing which
            # killed three soldiers": who is named in the relative clause of the attack condemned was
            # struck, not condemned (the attackers, unnamed, are; the gold sets leave them null).  Read
            # here, not in the roles: the side struck still ranks the condemnation as complete
            recipient = None
            participants = [m for m in participants if m.start < cut]
        place_m, place_why = self._place(doc, sent, lex, t_start)
        location = None
        content_place: dict[str, Any] | None = None  # a statement's place that is its content
        sides_why: str | None = None
        if place_m is not None and place_m.place is not None:
            location = place_m.place.as_dict(place_m.text)
        elif dateline_place is not None:
            location = dict(dateline_place)
            place_why = "dateline"
        if place_why in ("dateline", "same paragraph") and trig.type in _SPOKEN:
            # the dateline (also as the lead paragraph's only place) says where the report was
            # filed, not where a statement was made
            location, place_why = None, None
        if trig.type in _SPOKEN and place_why in ("same sentence", "country after a locative") and place_m is not None \
                and place_m.start >= t_end and (not _statement_venue(doc, t_end, place_m.start, lex) or (
                    recipient is not None and recipient.start <= place_m.start < recipient.end)):
            # "accused Chad of letting weapons through into Darfur": a place inside what was said
            # is its content; a statement is placed by its venue ("a menacé jeudi à Tripoli",
            # "speaking at a conference in Berlin"). Sides of no known country still take its
            # country below, as they did when it placed the record
            content_place, sides_why, location, place_why = location, place_why, None, None
        if location is not None and location.get("country") is None and recipient is not None \
                and recipient.kind == "state" and recipient.country and "visit" in (trig.mode, trig.frame):
            # "toured several countries in the Middle East, one of the stops being Qatar": a visit
            # to a state in a region is in that state, not in the region
            location = self.kb.country_place(recipient.country).as_dict(recipient.text)
            place_why = "the visited state (the place named is a region)"
        if "visit" in (trig.mode, trig.frame) and recipient is not None and recipient.kind == "state" \
                and recipient.place is not None and recipient.start >= t_end \
                and len(doc.text[t_end : recipient.start].split()) <= 3 \
                and any(w in (CAPITAL_WHY, _CAPITAL_OBJECT_WHY) for w in recipient.why) \
                and (location is None or place_why != "same sentence" or location.get("country") != recipient.country):
            # "Merkel visited Paris before heading to Brussels": the capital visited is the place
            location = recipient.place.as_dict(recipient.text)
            place_why = "the visited capital"
        elif (location is None or place_why == "dateline") and recipient is not None and recipient.kind == "state" \
                and recipient.country \
                and not recipient.adjectival and "visit" in (trig.mode, trig.frame) \
                and recipient.country in self.kb.countries:
            # "en visite officielle en Afrique du Sud", "visited Kenya's biggest shantytown": a visit
            # to a state is in that state (the city unknown)
            location = self.kb.country_place(recipient.country).as_dict(recipient.text)
            place_why = "the visited state"
        mode = trig.mode
        if trig.type == "CONSULT" and len({m.country for m in participants if m.country}) > 2 and mode is None:
            mode = "multilateral"
        date = self._date(doc, sent, lex, t_start, t_end)
        topics = self._labels(lex.topics, doc, si, shadow, lex)
        contexts = self._labels(lex.contexts, doc, si, shadow, lex)
        conf = trig.weight * 0.5 + 0.25 * actor.confidence + (0.25 * recipient.confidence if recipient else 0.05)
        ev_text = doc.text[sent.start : sent.end]
        actor_d = _actor(actor)
        recipient_d = _actor(recipient) if recipient else None
        for side in (actor_d, recipient_d):
            if side is not None:
                # "La Réunion a demandé ...": the territory acts as the state it is part of
                side["country"] = self.kb.sovereign(side["country"])
        # the sides of an event in La Réunion are French (KB.sovereign); the place stays REU
        loc_country = self.kb.sovereign((location or content_place or {}).get("country"))
        sides_why = place_why if content_place is None else sides_why
        if trig.type == "COERCE" and loc_country and sides_why in ("same sentence", "country after a locative") \
                and actor.start == actor.end and _AUTHORITIES_WHY in actor.why and actor_d["country"] != loc_country:
            # "a British reporter was detained in China", "he was arrested outside Leeds Crown Court": with no
            # agent named, the authorities of the place where the sentence puts the arrest hold him, not
            # those of the report's country
            actor_d = _actor(_authorities(loc_country, t_start))
        # "fournissent à Kiev des armes": the place is the recipient itself, the aid's destination, not
        # where the givers act
        destination = trig.type in _DESTINED and recipient_d is not None and location is not None and content_place is None \
            and recipient_d["kind"] == "state" and location.get("name_raw") == recipient_d["name_raw"]
        if loc_country and sides_why == "same sentence":
            # "police arrested 50 people in Antwerp": the sides act where the event happens; a body
            # of the pack's local sectors other than civilians only where a locative sets the place
            # ("à Montréal, la police ...", not "arrivera de Bruxelles, ... mobilisé 700 policiers")
            at = place_m is not None and _ends_at_locative(
                fold(doc.text[max(sent.start, place_m.start - 40) : place_m.start]), lex)
            local = lex.local_sectors if at else lex.local_sectors & {"CIVILIAN"}
            for side, m in ((actor_d, actor), (recipient_d, recipient)) if not destination else ():
                # bodies and groups act where the event is; a person may be a visitor there, and
                # gunmen are coded by what the text says of them, not by where they struck; an
                # international body or its official is of no country, wherever it meets; a
                # person with no office whose country was only guessed from the report's focus is
                # as likely of the place ("s'est entretenue à Rabat avec Youssef El Alaoui")
                guessed = m is not None and side is not None and side["start"] == m.start and country_guessed(m)
                if side is not None and side["kind"] != "state" and not {"REBEL", "IGO"} & set(side["sectors"]) \
                        and side["actor_id"] != UNIDENTIFIED and (
                        side["country"] is None or (side["country_inferred"] and local & set(side["sectors"])) or guessed):
                    side["country"], side["country_inferred"] = loc_country, True
            if recipient_d is None and trig.type in _DESTINED and actor_d["country"] \
                    and actor_d["country"] != loc_country:
                # "Qatar delivered fuel to Beirut": the aid goes to the country of its destination
                recipient_d = _inferred_side(loc_country, f"state:{loc_country}", "state", loc_country, [])
            if recipient_d is None and trig.type in ("COERCE", "ASSAULT") and not (
                    actor_d["actor_id"] == UNIDENTIFIED and actor_d["country"] == loc_country):
                # (an attack launched from the place, "a rocket fired from Gaza", struck no one there)
                name = f"civilians in {location.get('name') if location else loc_country}"
                recipient_d = _inferred_side(name, f"group:{loc_country}-CIVILIAN", "group", loc_country, ["CIVILIAN"])
        if recipient_d is None and trig.type == "CONSULT" and mode == "visit" and loc_country \
                and sides_why in ("same sentence", "country after a locative") \
                and actor_d["country"] and actor_d["country"] != loc_country:
            # "زيارة رئيس المكتب السياسي لحركة حماس إلى الرياض", "a visit to Riyadh": a visit with no
            # host named is hosted by the country it is made to
            recipient_d = _inferred_side(loc_country, f"state:{loc_country}", "state", loc_country, [])
        counterpart = recipient_d is not None and _is_counterpart(recipient_d, lex)
        if counterpart and recipient_d is not None and (recipient_d["country"] is None or recipient_d["country_inferred"]) \
                and loc_country and sides_why in ("same sentence", "country after a locative") and actor_d["country"] \
                and loc_country != actor_d["country"]:
            # "Lavrov went to Mali, where he met his counterpart Abdoulaye Diop": the counterpart
            # is of the country the meeting is in, not of the report's
            recipient_d["country"], recipient_d["country_inferred"] = loc_country, True
        if counterpart and recipient_d is not None and recipient_d["country"] \
                and (actor_d["country"] is None or (actor_d["country_inferred"] and actor_d["country"] == recipient_d["country"])) \
                and actor_d["kind"] in ("person", "organization"):
            # "the foreign minister met his Turkish counterpart in Ankara": whoever meets a Turkish
            # counterpart is not Turkish; the report's home country, else the country it is about,
            # when that differs; else unknown
            other = next((c for c in (doc.home_country, doc.meta.get("focus_country"))
                          if c and c != recipient_d["country"]), None)
            actor_d["country"], actor_d["country_inferred"] = other, True
        if recipient_d is None and trig.type in ("COERCE", "MOBILIZE") and actor_d["country"] \
                and ({"POLICE", "MIL", "INTERIOR", "JUDICIARY", "INTEL"} & set(actor_d["sectors"])
                     or (actor_d["country_inferred"] and "GOV" in actor_d["sectors"])):
            # "police arrested four people", "four people were arrested", "la police a fait appel à
            # des renforts": a state's forces act on people in their own country
            c = actor_d["country"]
            recipient_d = _inferred_side(f"civilians ({c})", f"group:{c}-CIVILIAN", "group", c, ["CIVILIAN"])
        if recipient_d is None and actor_d["country"] and (trig.type == "PROTEST" or (
                (trig.type in _ADDRESSED or trig.alone or trig.own_side) and actor_d["kind"] != "state"
                and actor_d["actor_id"] != UNIDENTIFIED
                # (the condemnation of an attack is addressed to its unnamed attackers, not to a
                # government: "أعرب الأزهر عن استنكاره للهجوم الذي استهدف مسجدا")
                and not (trig.cameo == _CONDEMNED and _condemned_attack(doc.text, t_end, self._trigger_starts, 12) is not None))):
            # a protest with no target named is addressed to the government of its country; so is
            # an appeal, accusation or rejection by a person or body of it that names no one
            # ("L'ex-président François Hollande a appelé à la mesure")
            c = actor_d["country"]
            recipient_d = _inferred_side(f"government ({c})", f"org:{c}-GOV", "organization", c, ["GOV"])
        if recipient_d is None and trig.type == "PROTEST" and trig.mode in lex.riot_modes \
                and actor_d["actor_id"] == UNIDENTIFIED \
                and (c := loc_country or self._sentence_country(doc, t_start, lex) or doc.meta.get("focus_country")):
            # a riot by unnamed rioters is addressed to the government of the country it happened in
            # (else of the country the report is about)
            recipient_d = _inferred_side(f"government ({c})", f"org:{c}-GOV", "organization", c, ["GOV"])
        record: dict[str, Any] = {
            "event_id": "",
            "story_id": None,
            "doc_id": doc.doc_id,
            "url": doc.url,
            "source": doc.source,
            "publication_date": doc.published_str(),
            "language": sent.lang if sent.lang not in ("other", "und") else doc.lang,
            "event_type": trig.type,
            "event_mode": mode,
            "quad_code": PLOVER_QUAD.get(trig.type),
            "cameo_code": trig.cameo,
            "contexts": contexts,
            "topics": topics,
            "actor": actor_d,
            "recipient": recipient_d,
            "participants": [{**_actor(m), "country": self.kb.sovereign(m.country)} for m in participants]
            if len(participants) > 2 else [],
            "date": date.value if date else None,
            "date_precision": date.precision if date and date.value else "none",
            "date_text": date.text if date else None,
            # the days the expression allows ("last week": Monday to Sunday), when narrower than
            # what date_precision can say
            "date_window": _window(date),
            "location": location,
            "trigger": {"text": doc.text[t_start:t_end], "start": t_start, "end": t_end, "frame": trig.frame},
            "evidence": {"text": ev_text, "start": sent.start, "end": sent.end},
            "confidence": round(min(1.0, conf), 3),
            "extractor": self.extractor,
            "why": {"place": place_why, "date": "same sentence" if date else None},
            "_si": si,  # the sentence's index, for _same_occasion_dates (dropped before output)
            "modality": "asserted",
        }
        if recipient_d is not None and recipient_d["start"] is None:
            # a side the text implies but does not name: say so, it is no quotation of the text
            record["why"]["recipient"] = f"not named in the text: {recipient_d['name']} (inferred)"
        return record

    def _place(self, doc: Document, sent: Sentence, lex: EventLexicon, t_start: int,
               homographs: bool = True) -> tuple[Mention | None, str | None]:
        """Where the event at ``t_start`` happened, and why. ``homographs=False`` keeps a
        country/city homograph read as the city even when another place of its country is named
        (the target of aid sent "إلى تونس" is Tunisia, wherever in it the aid went)."""
        span = doc.meta.get("_dateline_span") or (0, 0)
        # the dateline's place is where the report was filed: a fallback, never a rival in the text
        lo, hi = self._mention_range(doc, sent.start, sent.end)
        places = [m for m in doc.mentions[lo:hi] if m.kind == "place" and m.place
                  and not (span[0] <= m.start < span[1])]
        if places:
            def score(m: Mention) -> tuple[int, int, int]:
                before = fold(doc.text[max(sent.start, m.start - 40) : m.start])
                # "in Amman", "في العاصمة الأردنية عمان": a locative among the three words before
                last = before.split()[-3:]
                loc = any(w in lex.locatives for w in last) or any(
                    before.rstrip().endswith(w) for w in lex.locatives if " " in w)
                glued = doc.text[m.start : m.start + 1] in lex.locative_prefixes
                city = 1 if (m.place and m.place.feature_type not in ("country", "admin1", "admin2")) else 0
                if not loc and not city and _after_direction(before, lex):
                    directed.add(id(m))
                    loc = True
                if _after_origin(doc.text, m, lex) or (self._returning and _came_back_from(doc.text, m, lex)):
                    # "aid from Riyadh", "de retour d'Argentine": a start, not the place
                    return (-1, city, -abs(m.start - t_start))
                if not (loc or glued) and _name_modifier(doc.text, m, lex):
                    return (-1, city, -abs(m.start - t_start))  # "the Paris Olympic Games": a name's modifier
                return (1 if (loc or glued) else 0, city, -abs(m.start - t_start))
            directed: set[int] = set()  # places placed only by a direction word ("جنوب اليمن")
            best = max(places, key=score)
            if id(best) in directed:
                # "مدينة عدن بجنوب اليمن": the city lying in the region says more
                inner = [m for m in places if m.place and m.place.feature_type not in ("country", "admin1", "admin2")
                         and m.country == best.country and score(m)[0] >= 0]
                if inner:
                    return inner[0], "same sentence"
            if homographs and HOMOGRAPH_CITY_WHY in best.why:
                # "أرسلت الجزائر طائرتين إلى تونس ... بولاية جندوبة": a name both a country and its
                # capital (تونس, الجزائر) is as likely the country; another place of that country
                # in the sentence says where
                other = [m for m in places if m is not best and m.country == best.country
                         and HOMOGRAPH_CITY_WHY not in m.why and score(m)[0] >= 0]
                if other:
                    return max(other, key=score), "same sentence"
            one = len({m.place.geonames_id or m.place.name for m in places if m.place}) == 1  # "عدن ... بمطار عدن"
            if score(best)[0] > 0 or (one and score(best)[0] == 0):
                return best, "same sentence"
        if lex.capital_phrases and (capital := self._capital_named(doc, sent, lex, t_start)) is not None:
            return capital, "the capital named"
        # "protests in China", "a visit to Ukraine": a country after a locative is the place
        lo, hi = self._mention_range(doc, sent.start, sent.end)
        for m in doc.mentions[lo:hi]:
            if m.kind == "state" and m.country and not m.adjectival:
                before = _before_name(doc.text, sent.start, m)
                at_locative = _ends_at_locative(before, lex)
                comma = doc.text.rfind(",", sent.start, m.start)
                if comma >= 0 and any(p.kind == "person" and OFFICIAL_WHY not in p.why and 0 <= comma - p.end <= 1
                                      for p in doc.mentions[lo:hi]):
                    continue  # "Nicolas Lerner, Director General of Internal Security in France": his office
                by_direction = not at_locative and _after_direction(before, lex)
                inner = [p for p in places if p.country == m.country and p.place
                         and p.place.feature_type not in ("country", "admin1", "admin2")
                         and not _after_origin(doc.text, p, lex) and not _name_modifier(doc.text, p, lex)] \
                    if by_direction else []
                if inner:
                    return inner[0], "same sentence"  # "سيفاري (وسط مالي)": the city in the region
                if (at_locative or by_direction) and not _after_origin(doc.text, m, lex) \
                        and not (self._returning and _came_back_from(doc.text, m, lex)):
                    return Mention(m.start, m.end, m.text, "place", m.name, m.country,
                                   place=self.kb.country_place(m.country)), "country after a locative"
        para = [m for m in self._paragraph_places(doc).get(sent.paragraph, []) if not _after_origin(doc.text, m, lex)
                and not _name_modifier(doc.text, m, lex)
                and not (lex.return_markers and _came_back_from(doc.text, m, lex))]
        if any(m.place and m.place.feature_type == "city" for m in para):
            # "à Valence ... dans la Drôme": the city says more than its department
            para = [m for m in para if not (m.place and m.place.feature_type == "admin2")]
        if len({m.place.geonames_id or m.place.name for m in para if m.place}) == 1:
            # the lead's only place may be the dateline's: say so (stories take it as weak)
            return para[0], "dateline" if all(span[0] <= m.start < span[1] for m in para) else "same paragraph"
        return None, None

    def _capital_named(self, doc: Document, sent: Sentence, lex: EventLexicon, t_start: int) -> Mention | None:
        """The capital a sentence names without naming the city ("défilé dans la capitale",
        "dans la capitale belge", "في العاصمة اليمنية"): of the country of the adjective right after
        the phrase, else of the sentence's country; None when a word of another kind follows
        ("dans la capitale alsacienne": a region's capital) or no country is known."""
        folded = fold(doc.text[sent.start : sent.end])
        for phrase in lex.capital_phrases:
            at = folded.find(phrase)
            if at < 0 or (at > 0 and folded[at - 1].isalnum()):
                continue
            # fold keeps Latin offsets; for a script whose fold drops marks, find the phrase's end in
            # the original by its word count
            words = len(phrase.split())
            m_words = list(re.finditer(r"\S+", doc.text[sent.start : sent.end]))
            k = len(folded[:at].split())
            if k + words > len(m_words):
                continue
            last = m_words[k + words - 1]
            # (the phrase's last word, not the comma or stop written onto it: "dans la capitale,")
            core = re.match(r"\w+", last.group())
            end = sent.start + last.start() + (core.end() if core else len(last.group()))
            start = sent.start + m_words[k].start()
            rest = doc.text[end : sent.end]
            lo, hi = self._mention_range(doc, end, min(sent.end, end + 3))
            nxt = next((m for m in doc.mentions[lo:hi]), None)
            if nxt is not None and nxt.kind == "state" and nxt.adjectival and nxt.country:
                country: str | None = nxt.country
            elif nxt is not None:
                continue  # "في العاصمة الرياض": the city is named, and placed by the rules above
            elif re.match(r"\s*(?:[,.;:!?،؛)]|$)", rest) or (
                    (w := re.match(r"\s*(\w+)", rest)) and fold(w.group(1)) in lex.conjunctions):
                lo, hi = self._mention_range(doc, sent.start, sent.end)
                # ("en France, notamment dans la capitale": a country after a locative says which)
                after_locative = {m.country for m in doc.mentions[lo:hi] if m.kind == "state" and m.country
                                  and not m.adjectival and _ends_at_locative(_before_name(doc.text, sent.start, m), lex)}
                country = self._sentence_country(doc, t_start, lex) or (
                    after_locative.pop() if len(after_locative) == 1 else doc.meta.get("focus_country"))
            else:
                continue
            place = self.kb.capital(str(country)) if country else None
            if place is not None:
                return Mention(start, end, doc.text[start:end], "place", place.name, place.country, place=place)
        return None

    def _mention_range(self, doc: Document, start: int, end: int) -> tuple[int, int]:
        """Indexes of ``doc.mentions`` (sorted by start) that start in [start, end)."""
        if self._m_starts is None or self._m_starts[0] is not doc.mentions:
            self._m_starts = (doc.mentions, [m.start for m in doc.mentions])
        starts = self._m_starts[1]
        return bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)

    def _paragraph_places(self, doc: Document) -> dict[int, list[Mention]]:
        """The places of each paragraph, worked out once per document (the fallback of _place
        runs for many records of a long article)."""
        if self._para_places is not None and self._para_places[0] is doc and self._para_places[1] is doc.mentions:
            return self._para_places[2]
        out: dict[int, list[Mention]] = {}
        for m in doc.mentions:
            if m.kind != "place" or not m.place:
                continue
            i = doc.sentence_at(m.start)
            if i is not None:
                out.setdefault(doc.sentences[i].paragraph, []).append(m)
        self._para_places = (doc, doc.mentions, out)
        return out

    def _sentence_dates(self, doc: Document, sent: Sentence) -> list[DateMention]:
        """The date expressions of a sentence, but the dateline's (when the report was filed,
        not when the event happened)."""
        span = doc.meta.get("_dateline_span") or (0, 0)
        if self._d_starts is None or self._d_starts[0] is not doc.dates:
            self._d_starts = (doc.dates, [d.start for d in doc.dates])  # sorted by start (find_dates)
        starts = self._d_starts[1]
        window = doc.dates[bisect.bisect_left(starts, sent.start) : bisect.bisect_left(starts, sent.end)]
        return [d for d in window if not span[0] <= d.start < span[1]]

    def _date(self, doc: Document, sent: Sentence, lex: EventLexicon, t_start: int, t_end: int) -> DateMention | None:
        inside = [d for d in self._sentence_dates(doc, sent) if not getattr(d, "future", False)
                  and not self._period_edge(doc.text, sent, d, lex)]
        if inside:
            resolved = [d for d in inside if d.value]
            near = _nearest_date(doc.text, resolved, t_start, t_end, 60, _DATE_CLAUSE_STOPS)
            # "Peskov said on Tuesday that ... Assad's visit to Russia which he made on Monday":
            # the date next to the trigger in its own clause, else the sentence's first
            return near or (resolved or inside)[0]
        return None

    def _future_dated(self, doc: Document, sent: Sentence, t_start: int, t_end: int, lex: EventLexicon) -> bool:
        """Whether the date nearest a trigger in its own clause (40 characters at most, no
        punctuation or relative word between) points after the report ("a protest in London
        next week", "la réunion de samedi prochain"): a plan, not a happening, in any language."""
        near = _nearest_date(doc.text, self._sentence_dates(doc, sent), t_start, t_end, 40,
                             _FUTURE_CLAUSE_STOPS, lex.relatives)
        # ("le projet de loi de finances pour 2019": a year named is what it is about; "dans l'attente
        # de son procès le 13 février pour l'agression": a cued date before the trigger dates the cue's)
        return near is not None and near.future and (near.relative or near.precision != "year") \
            and not (near.cued and near.end <= t_start)

    def _recalled(self, doc: Document, sent: Sentence, lex: EventLexicon, t_start: int, t_end: int,
                  types: set[str]) -> bool:
        """Whether the record's own date (`_date`) lies at least `background_years` years before
        the report ("les grèves de 1995", "en mai 1968 les manifestants"), when every type read at
        the trigger (``types``) is one of the `background_types`: a past happening recalled in
        passing, not the news; like a plan, no record. (The gold sets code dated background
        attacks and sentences: a pack lists the types whose dated recollections its corpus shows
        to be commentary.)"""
        if lex.background_years is None:
            return False
        if not types or not types <= lex.background_types:
            return False
        if self._report_year is None:
            return False
        d = self._date(doc, sent, lex, t_start, t_end)
        year = (d.value or "")[:4] if d is not None else ""
        return year.isdigit() and self._report_year - int(year) >= lex.background_years

    @staticmethod
    def _background(text: str, sent: Sentence, t_start: int, lex: EventLexicon) -> bool:
        if not lex.background_index:
            return False
        piece = text[max(sent.start, t_start - 60) : t_start]
        words = _words(fold(piece))
        # the cue, then at most two small words ("lors d'une", "after the", "in the wake of its"),
        # never a name: "after Mr Macron accused" is a clause of its own
        original: list[str] | None = None
        for k in range(min(3, len(words))):
            # cheap test first: does a cue end on the word k places before the trigger?
            for cue in lex.background_index.get(words[len(words) - 1 - k], ()):
                if not _ends_with(words[: len(words) - k] if k else words, list(cue), 0):
                    continue
                if not k:
                    return True
                if original is None:
                    original = _words(piece)
                between = original[len(original) - k :] if len(original) == len(words) else None
                # "Following the Parkland shooting": a name after an article modifies the noun
                if between is not None and (not any(w[:1].isupper() for w in between)
                                            or fold(between[0]) in lex.definite_markers):
                    return True
        return False

    @staticmethod
    def _period_edge(text: str, sent: Sentence, d: DateMention, lex: EventLexicon) -> bool:
        if not lex.period_words:
            return False
        words = _words(fold(text[max(sent.start, d.start - 40) : d.start]))
        head = fold(text[d.start : d.end]).split()[:1]
        # "since 2022", "since the 2022 World Cup", "by the end of 2023"
        return _ends_with_any(words, lex.period_tokens, 1) \
            or bool(head and head[0] in lex.period_words)

    def _labels(self, automaton: Any, doc: Document, si: int, shadow: Shadow, lex: EventLexicon) -> list[str]:
        if automaton is None:
            return []
        sent = doc.sentences[si]
        # the event's sentence and its neighbours in the paragraph: a whole paragraph (a whole
        # article where the text has no breaks) named topics of other happenings (topic precision
        # on the drawn gold sets 16-37% -> 22-47%, recall on the short-article sets unchanged);
        # one neighbour each side rather than two: all gold sets but held-out, topic P 30.2 -> 33.2,
        # R 62.9 -> 61.1 (demo and stories unchanged)
        near = [x for x in doc.sentences[max(0, si - TOPIC_SENTENCES) : si + TOPIC_SENTENCES + 1]
                if x.paragraph == sent.paragraph]
        p_start, p_end = near[0].start, near[-1].end
        keys: list[str] = []
        for _s, _e, values in match_spans(automaton, shadow, p_start, p_end, lex.proclitics, lex.arabic_script):
            for v in values:
                if v not in keys:
                    keys.append(v)
        return keys


# how many sentences before and after an event's own (in its paragraph) its topics are read from
TOPIC_SENTENCES = 1


def _coordinator_before(text: str, t_start: int, lex: EventLexicon) -> str | None:
    """The folded word right before a trigger, object pronouns passed over ("and called on him",
    "et leur a imposé": "and", "et"), to be looked up among the pack's coordinators; None when
    nothing stands before it."""
    words = _words(fold(text[max(0, t_start - 40) : t_start]))
    while words and words[-1] in lex.object_pronouns:
        words.pop()
    return words[-1] if words else None


def _object_pronoun(text: str, t_start: int, t_end: int, lex: EventLexicon) -> bool:
    """Whether a verb sharing its subject takes an object pronoun: written before it ("et leur a
    imposé") or among the two words after it ("imposed sanctions on them")."""
    if not lex.object_pronouns:
        return False
    before = _words(fold(text[max(0, t_start - 20) : t_start]))[-1:]
    after = _words(fold(text[t_end : t_end + 20]))[:2]
    return not lex.object_pronouns.isdisjoint(before + after)


def _own_clause(text: str, sent: Sentence, hits: list[Any], actors: list[Mention], t_start: int,
                lex: EventLexicon) -> Sentence:
    """"Russia denies the allegations and Trump denies any collusion": a trigger whose subject
    is joined by a coordinator to an earlier trigger's clause (no actor between that trigger and
    the coordinator) reads its modality from its own clause, the subject on; the earlier verb
    is no cue for it. "denied that the army and police attacked" keeps the denial: "the army"
    stands between."""
    prev_end = max((h[1] for h in hits if h[1] <= t_start), default=None)
    if prev_end is None or not lex.conjunctions:
        return sent
    subject = next((m for m in reversed(actors) if prev_end <= m.start and m.end <= t_start), None)
    if subject is None or len(_words(text[subject.end : t_start])) > 1:
        return sent
    before = re.findall(r"[\w&]+", fold(text[prev_end : subject.start]))
    if not before or before[-1] not in lex.conjunctions:
        return sent
    if any(prev_end <= m.start and m.end <= subject.start for m in actors):
        return sent
    return replace(sent, start=subject.start)


def _own_clauses(keep: list[tuple[str, tuple[float, Any]]], same_type: dict[str, list[tuple[float, Any]]],
                 clause_subjects: dict[int, int]) -> list[tuple[str, tuple[float, Any]]]:
    """"Russia denies the allegations and Trump denies any collusion": two happenings of one
    type, the later in a clause of its own (see _own_clause) whose subject is its actor, are two
    records (a sentence otherwise keeps one reading per type); the earlier clause's reading
    loses a recipient that is the later clause's subject."""
    extra: list[tuple[str, tuple[float, Any]]] = []
    for key, (_score, kept) in list(keep):
        readings = sorted(same_type.get(key, []), key=lambda v: v[1][1])
        if len(readings) < 2:
            continue
        chain = [readings[0]]
        for reading in readings[1:]:
            _t, k_start, _e, k_actor, _r, _p = reading[1]
            prev = chain[-1][1]
            if clause_subjects.get(k_start) == k_actor.start and prev[2] <= k_actor.start \
                    and _identity(k_actor) != _identity(prev[3]):
                chain.append(reading)
        if len(chain) < 2 or not any(r[1][1] == kept[1] for r in chain):
            continue
        for i, (score, (trig, t_start, t_end, actor, recipient, participants)) in enumerate(chain):
            nxt = chain[i + 1][1] if i + 1 < len(chain) else None
            if nxt is not None and recipient is not None and recipient is nxt[3]:
                if trig.type not in _ALONE_OK:
                    continue
                recipient, participants = None, [m for m in participants if m is not nxt[3]]
            value = (score, (trig, t_start, t_end, actor, recipient, participants))
            if t_start == kept[1]:
                keep[keep.index((key, (_score, kept)))] = (key, value)
            else:
                extra.append((f"{key}@{t_start}", value))
    return extra


def _opening_clause_roles(text: str, sent: Sentence, t_start: int, t_end: int,
                          actors: list[Mention]) -> tuple[Mention, Mention | None, list[Mention]] | None:
    """"Après avoir salué le courage des agents, le ministre a demandé ...": a trigger going on
    with a subject (``continues``) in a clause opening its sentence is done by the first actor
    named after that clause's comma, to the first one named inside it."""
    if "," in text[sent.start : t_start]:
        return None
    comma = text.find(",", t_end, sent.end)
    if comma < 0:
        return None
    subject = next((m for m in actors if m.start > comma), None)
    if subject is None:
        return None
    target = next((m for m in actors if t_end <= m.start < comma and _identity(m) != _identity(subject)), None)
    return subject, target, _distinct([subject, *([target] if target else [])])


def _opening_clause(text: str, floor: int, t_start: int, keep: list[Any]) -> int:
    """Where the opening clause that ``t_start`` stands in ends (its comma), when no comma stands
    between the sentence start and it and every kept trigger comes after that comma; else 0."""
    if "," in text[floor:t_start] or not keep:
        return 0
    comma = text.find(",", t_start, min(v[1][1] for _, v in keep))
    return comma if comma > 0 else 0


def _after_comma(text: str, floor: int, t_start: int, glued: tuple[str, ...] = ()) -> bool:
    """Whether a comma stands right before ``t_start`` (a conjunction the pack writes onto the
    next word allowed: "، وداعيا")."""
    before = text[max(floor, t_start - 8) : t_start].rstrip()
    if before and fold(before[-1]) in glued:
        before = before[:-1].rstrip()
    return before[-1:] in (",", "،")


def _suppress_topics(best: dict[str, tuple[float, Any]]) -> None:
    """One sentence, one happening: "discussed cooperation" is a meeting about cooperation,
    and "at the close of the talks they signed" is an agreement."""
    for main, minor in (("CONSULT", "COOPERATE"), ("CONSULT", "SUPPORT"), ("AGREE", "COOPERATE"),
                        ("AGREE", "SUPPORT"), ("AID", "COOPERATE")):
        if main in best and minor in best and (_pair(best[minor][1]) <= _pair(best[main][1]) or best[minor][1][4] is None):
            del best[minor]


def _suppress_requested(text: str, best: dict[str, tuple[float, Any]]) -> None:
    """What an appeal asks for has not happened: "renewed calls for a lasting ceasefire",
    "دعا إلى وقف إطلاق النار", "a appelé à la libération des otages" are a request (its topic
    says what for), not a ceasefire or a release."""
    if "REQUEST" not in best:
        return
    r_end = best["REQUEST"][1][2]
    asked = best["REQUEST"][1][4]
    for t in [t for t in best if t != "REQUEST"]:
        t_start = best[t][1][1]
        gap = text[r_end:t_start]
        if asked is not None and asked.start is not None and r_end <= asked.start and asked.end <= t_start:
            # "طالب الرئيس هادي المبعوث الأممي إسماعيل ولد الشيخ أحمد إلى زيارة عدن": the name of
            # whom the appeal addresses, however long, is no distance
            # its short form in brackets right behind it is part of the name: "طلبت من حلف شمال
            # الأطلسي (الناتو) عقد اجتماع", "asked the World Health Organization (WHO) to send"
            tail = re.match(r"\s*\([^()]{1,40}\)", text[asked.end : t_start])
            gap = text[r_end : asked.start] + " " + text[asked.end + (tail.end() if tail else 0) : t_start]
        if r_end <= t_start and len(_words(gap)) <= 6 and not re.search(r"[,;:.!?()،؛]", gap):
            del best[t]


# CAMEO 111, criticize or denounce: "condemned the attack" says the attack happened ("accused X
# of shelling" does not)
_CONDEMNED = "111"
# how far (characters) after a condemnation an attack may be the one condemned
_CONDEMNED_WINDOW = 120
# a block's reading ranks as a happening of its own only from this score up (a named side at least)
_BLOCK_MIN = 1.5


def _blocks(text: str, start: int, end: int, length: int) -> list[int]:
    """Where the blocks of a long sentence start: runs of at least ``length`` characters that end at a
    clause mark (comma, semicolon, colon), the last one at least 60 long; one block where ``length`` is
    0 or the sentence is shorter than two blocks."""
    if not length or end - start < 2 * length:
        return [start]
    out = [start]
    for m in re.finditer(r"[,;،؛:]\s", text[start:end]):
        p = start + m.end()
        if p - out[-1] >= length and end - p >= 60:
            out.append(p)
    return out


def _connective_cuts(text: str, start: int, hits: list[Any], lex: EventLexicon) -> list[int]:
    """Where the clauses a connective opens start (the connective's offset): one right before a
    trigger ("، فيما نفذ", "، بينما انتقدت"), or right after a comma ("، فيما نفذ طيران الجيش ...
    30 غارة") unless the word after it makes it none ("فيما يتعلق": as for)."""
    if not lex.clause_connectives or not hits:
        return []
    longest = max(len(c) for c in lex.clause_connectives) + 1
    cuts: set[int] = set()
    for t_start, _e, _v in hits:
        found = list(_word_matches(text, max(start, t_start - 40), t_start))[-longest:]
        if found and re.search(r"\w", text[found[-1].end() : t_start]):
            continue
        words = [fold(w.group()) for w in found]
        for conn in lex.clause_connectives:
            if tuple(words[-len(conn):]) == conn:
                cuts.add(found[-len(conn)].start())
                break
    for comma in re.finditer(r"[,،]\s*", text[start : hits[-1][0]]):
        at = start + comma.end()
        words = [fold(w.group()) for w in list(_word_matches(text, at, min(len(text), at + 60)))[:longest]]
        for conn in lex.clause_connectives:
            if tuple(words[: len(conn)]) == conn \
                    and (len(words) == len(conn) or words[len(conn)] not in lex.clause_connective_not):
                cuts.add(at)
                break
    return sorted(cuts)


def _pair(reading: tuple[Any, ...]) -> frozenset[str | None]:
    """The countries of a reading's two sides, unordered."""
    return frozenset({reading[3].country, reading[4].country if reading[4] is not None else None})


def _key_type(key: str) -> str:
    """The event type of a reading's key in the ranking of a sentence ("ACCUSE#2": ACCUSE)."""
    return key.split("#")[0]


def _key_block(key: str) -> int:
    """The block of a reading's key in the ranking of a sentence ("ACCUSE#2"; a plain type: the first)."""
    return int(key.split("#")[1]) if "#" in key else 0


def _block_of(blocks: list[int], pos: int) -> int:
    """The index of the block ``pos`` stands in."""
    return sum(1 for b in blocks if b <= pos) - 1

# types whose records stand without a recipient (a protest, an attack by unknown gunmen)
_ALONE_OK = {"PROTEST", "ASSAULT", "AID", "MOBILIZE", "REQUEST", "ACCUSE", "THREATEN", "REJECT", "SANCTION", "COERCE"}


def _enough(trig: Trigger, actor: Mention, recipient: Mention | None, participants: list[Mention]) -> bool:
    """Whether the roles found make a record an analyst would want."""
    if recipient is not None:
        return True
    if trig.type == "CONSULT" and len(participants) >= 3:
        return True
    if trig.own_side and "REBEL" in actor.sectors:
        # "The Taliban reached an agreement on a prisoner swap": an armed group's deal with no
        # partner named is no deal within its government's side
        return False
    if trig.alone or trig.own_side:
        # its only side, of no known country, makes no record worth having
        return actor.kind != "state" and bool(actor.country)
    return trig.type in _ALONE_OK and trig.weight >= 0.8 and actor.kind != "state" or (
        trig.type in _ALONE_OK and trig.weight >= 0.8 and not actor.adjectival)


# attack modes flown by few (air strikes): a strike nobody is named as carrying out, told right
# after one whose attacker is named, is that attacker's
_INHERITED_MODES = {"aerial"}

# CAMEO 115, bring a lawsuit against: charged, indicted, convicted, sentenced: passive with no agent
# named, by the authorities as an arrest is
_CHARGED = "115"
# PLOVER's ACCUSE mode for an investigation: opened, passive, with nobody named, by the authorities
_INVESTIGATE = "investigate"

# types whose passive subject, with no agent named, is only the one acted on ("was accused",
# "was backed", "was asked"); a visitor received or forces deployed are the actor
_NOT_THE_AGENT = {"ACCUSE", "THREATEN", "SANCTION", "REQUEST", "REJECT", "SUPPORT", "AID"}

# PLOVER COERCE modes whose noun names the people held ("the arrest of five journalists"); a ban
# or blockade of a state names who imposes it as often ("le blocus de la Lituanie")
_HELD = {"arrest", "detain"}

# PLOVER COERCE modes only a state's authorities impose: with nobody named, theirs
_DECREED = {"curfew", "martial-law"}

# happenings inside one country: whoever is named first after the verb sets its country
_DOMESTIC = {"PROTEST", "COERCE", "MOBILIZE"}
# a record placed only by the dateline, or not placed at all (why.place None): an occasion's
# place may replace it
_INFERRED_PLACES = frozenset({"dateline", None})
# happenings on the ground (not statements, not meetings): with no place in the text, one between
# sides of a single country took place in it (`EventExtractor._domestic_place`)
_ON_THE_GROUND = frozenset({"PROTEST", "ASSAULT", "COERCE", "MOBILIZE"})
# acts done by saying something: the dateline says where the report was filed, not where
# a statement was made
_SPOKEN = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN", "CONCEDE"})

# when cues of several kinds stand before a trigger, the first kind here names the modality
_MODALITY_ORDER = ("negation", "denial", "hypothetical", "future")

_COOPERATIVE = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "AID", "REQUEST"}
# joint acts: the two members of a compound agent after a passive form are their two sides
_JOINT_AGENTS = {"CONSULT", "AGREE"}

# what two sides do at the meeting a report is about: with no date of its own, its date
_OCCASIONAL = {"AGREE", "COOPERATE", "SUPPORT", "AID"}

# "X and Y met/agreed/cooperated": a list after such a verb names the other side, not co-actors
_JOINT = {"CONSULT", "AGREE", "COOPERATE"}
_CAPITAL_OBJECT_WHY = "capital right behind the verb standing for its government"

# a record of these types with no recipient takes the country of the place it happened in
# (`EventExtractor._record`): aid to a town, an attack on it
_PLACE_TARGETS = {"AID", "SUPPORT", "SANCTION", "COERCE", "ASSAULT"}
# of those, the ones sent somewhere by whoever sends them ("Qatar Charity sent aid to Gaza"):
# the place's country is the recipient whatever kind of actor the sender is
_DESTINED = {"AID", "SUPPORT", "SANCTION"}


def _coordinated(text: str, before: list[Mention], lex: EventLexicon) -> tuple[Mention, Mention] | None:
    """The last two actors before the verb joined by "and"/"et"/"و" (a compound subject)."""
    if len(before) < 2:
        return None
    a, b = before[-2], before[-1]
    gap = fold(text[a.end : b.start]).strip()
    words = gap.split()
    # "Obama and his Turkish counterpart Erdogan", "أوباما ونظيره التركي أردوغان": a few words
    # of office may open the second member of a pair of persons
    joined = gap in lex.conjunctions or (gap.startswith(tuple(lex.conjunctions)) and len(gap) <= 2) or (
        b.kind == "person" and 1 < len(words) <= 4 and not any(c in gap for c in ",;:،")
        and (words[0] in lex.conjunctions
             or (lex.arabic_script and words[0][:1] in lex.conjunctions and words[0][1:] in lex.counterparts)))
    if joined and _other(b, a):
        return a, b
    return None


_AUTHORITIES_WHY = "no agent named: the authorities of the report's country (arrest, curfew)"


def _authorities(country: str, at: int) -> Mention:
    """The authorities of ``country``, inferred: who arrests when the text names no agent."""
    return Mention(at, at, "", "organization", f"authorities ({country})", country, ["GOV"],
                   actor_id=f"org:{country}-GOV", confidence=0.3, source="cue", country_inferred=True,
                   why=[_AUTHORITIES_WHY])


_ARMED = frozenset({"MIL", "POLICE"})
# sectors of the state organs that keep order or govern (who faces a protest, not who holds it)
_STATE_ORGANS = frozenset({"GOV", "MIL", "POLICE", "JUDICIARY"})
# sectors of those who carry out attacks
_FIGHTERS = frozenset({"MIL", "REBEL"})


def _armed_body_at(text: str, m: Mention, at: int, groups: bool = False, prefixes: tuple[str, ...] = ()) -> bool:
    """Whether ``m`` is armed forces of a stated country, or with ``groups`` an armed group
    (rebels, insurgents: "وهاجمت الجماعة قرية"), standing right at ``at`` (or behind one of
    ``prefixes`` glued to it there: "غارة لطيران التحالف")."""
    gap = text[at : m.start].strip()
    if gap and not (fold(gap) in prefixes and text[m.start - 1 : m.start] == gap[-1]):
        return False
    if groups and m.kind in ("organization", "group") and "REBEL" in m.sectors:
        return True
    return (m.kind == "organization" and bool(m.country) and not m.country_inferred
            and bool(_ARMED.intersection(m.sectors)))


def _struck_named_after(doc: Document, m: Mention, limit: int) -> bool:
    """Whether a place or another side is named after the group ``m`` in its clause (before a
    comma, a semicolon or ``limit``): what it struck ("وهاجمت الجماعة قرية في الكاميرون"), the
    group's reading as the attacker (a group left bare behind the verb may be its object)."""
    ends = [i for i in (doc.text.find(c, m.end, limit) for c in ",،;؛:") if i >= 0]
    end = min(ends, default=limit)
    return any(m.end <= x.start and x.end <= end and x is not m and x.kind in ("place", "state", "organization", "person")
               for x in doc.mentions)


def _agent_behind(text: str, after: list[Mention], t_start: int, t_end: int,
                  markers: tuple[tuple[str, ...], ...], lex: EventLexicon) -> Mention | None:
    """The agent of a passive or undergone act: the actor right behind the form, one word at
    most between ("تقودها الولايات المتحدة", "reçu par le directeur"), or after an agent
    marker; the one word between may be a marker, an article or a title word ("has the support
    of former chancellor X"), not a locative or a verb ("106 people were murdered in Sweden",
    "is accused of fleeing Georgia": no agent)."""
    gap = text[t_end : after[0].start] if after else ""
    gap_words = _words(fold(gap))
    if after and not re.search(r"[,;:()،؛]", gap) and (
            not gap_words or (len(gap_words) == 1 and gap_words[0] not in lex.locatives
                              and not (lex.active_endings and gap_words[0].endswith(lex.active_endings)))):
        return after[0]
    return _marked_agent(text, after, t_start, markers, 3)


def _undergone(text: str, t_start: int, lex: EventLexicon) -> tuple[int, int] | None:
    """Span of an undergo verb ("was subjected to", "a essuyé", "تعرض") that governs the attack
    noun at ``t_start``: at most ``undergo_window`` words between, in the same sentence, and the
    noun carrying one of ``undergo_prefixes`` where the pack lists any ("لقصف", "ولقصف")."""
    if lex.undergo_prefixes:
        glued, _ = _before_trigger(text, t_start, 0)
        bare = _unglued([glued], lex.glued_conjunctions, 2)[0] if glued else glued
        word = re.match(r"\w*", text[t_start:]).group(0)  # type: ignore[union-attr]
        if not (glued in lex.undergo_prefixes or bare in lex.undergo_prefixes
                or fold(word).startswith(lex.undergo_prefixes)):
            return None
    _lo, spans, words = _words_up_to(text, t_start, ".;؛!?؟\n")
    return _verb_ending_near(spans, words, lex.undergo, len(spans) - 1, lex.undergo_window, lex)


def _words_up_to(text: str, t_start: int, stops: str) -> tuple[int, list[tuple[int, int]], list[str]]:
    """Where the clause of ``t_start`` begins (after the last of ``stops``), and the spans and
    folded words of that clause before the word ``t_start`` falls in (a prefix written onto
    that word, "لقصف", is left out)."""
    lo = max(text.rfind(c, 0, t_start) for c in stops) + 1
    spans = [(m.start() + lo, m.end() + lo) for m in _word_matches(text[lo:t_start])]
    if spans and spans[-1][1] == t_start:
        spans = spans[:-1]  # the prefix written onto the noun
    return lo, spans, [fold(text[a:b]) for a, b in spans]


def _verb_ending_near(spans: list[tuple[int, int]], words: list[str], verbs: tuple[tuple[str, ...], ...],
                      last: int, window: int, lex: EventLexicon) -> tuple[int, int] | None:
    """The span of one of ``verbs`` (a glued conjunction allowed) whose last word is ``words[last]``
    or one of the ``window`` words before it, the nearest first."""
    bare_words = _unglued(words, lex.glued_conjunctions, 3)
    for k in range(last, max(-1, last - 1 - window), -1):
        for verb in verbs:
            first = k - len(verb) + 1
            if first >= 0 and verb in (tuple(words[first : k + 1]), tuple(bare_words[first : k + 1])):
                return spans[first][0], spans[k][1]
    return None


def _harmed(doc: Document, actors: list[Mention], t_start: int, lex: EventLexicon) -> tuple[int, Mention | None] | None:
    """Where a verb of the killed or wounded (roles.yaml harmed) governing the attack noun at
    ``t_start`` begins, and who suffered it: the actor named at most ``harmed_subject_gap`` words
    before that verb in its clause (None: nobody named there); None where no such verb governs it."""
    text = doc.text
    glued, _ = _before_trigger(text, t_start, 0)
    lo, spans, words = _words_up_to(text, t_start, ".;:!?؟؛,،\n")
    marked = 0
    if not (glued in lex.harmed_prefixes or _unglued([glued], lex.glued_conjunctions, 2)[0] in lex.harmed_prefixes):
        marked = next((len(mk) for mk in lex.harmed_markers if len(words) >= len(mk)
                       and tuple(words[len(words) - len(mk) :]) == mk), 0)
        if not marked:
            return None
    verb = _verb_ending_near(spans, words, lex.harmed, len(words) - 1 - marked, lex.harmed_window, lex)
    if verb is None:
        return None
    near = [m for m in actors if lo <= m.start and m.end <= verb[0]
            and len(_words(text[m.end : verb[0]])) <= lex.harmed_subject_gap]
    return verb[0], (near[-1] if near else None)


def _harm_agent(text: str, actors: list[Mention], noun: int, lex: EventLexicon, words: int = 5) -> Mention | None:
    """Who carried out the attack noun at ``noun`` that killed or wounded someone: a passive's
    agent right behind it ("نتيجة قصف مسلحي الحوثيين", "بنيران هندية"), or an armed side named a few
    words further in its clause ("انفجار ألغام أرضية تركها الحوثيون")."""
    end = noun + len(re.match(r"\w*", text[noun:]).group(0))  # type: ignore[union-attr]
    # (a country adjective is the attacker's only right behind the noun, "بنيران هندية"; after
    # another noun it qualifies that: "في قصف للمناطق الباكستانية", the areas shelled)
    later = [m for m in actors if m.start >= end
             and not (m.kind == "state" and m.adjectival and re.search(r"\w", text[end : m.start]))]
    agent = _agent_behind(text, later, end, end, lex.agent_markers + lex.passive_markers, lex)
    if agent is not None:
        return agent
    for m in later:
        gap = text[end : m.start]
        if re.search(r"[,;:.!?()،؛]", gap) or len(_words(gap)) > words:
            return None
        if _FIGHTERS.intersection(m.sectors) and "CIVILIAN" not in m.sectors:
            return m
    return None


def _protesters(country: str, at: int) -> Mention:
    """The protesters of a protest whose text names none: people of the country it happened in."""
    return Mention(at, at, "", "group", f"protesters ({country})", country, ["CIVILIAN"],
                   actor_id=f"group:{country}-CIVILIAN", confidence=0.3, source="cue", country_inferred=True,
                   why=["no protester named: people of the country the sentence places the protest in"])


def _people_coerced(country: str, at: int, placed: bool) -> Mention:
    """The people an authority coerced where the text names none: people of the country the
    sentence places the act in (``placed``), else of the authority's own."""
    where = "the country the sentence places it in" if placed else "the acting authority's own country"
    return Mention(at, at, "", "group", f"people ({country})", country, ["CIVILIAN"],
                   actor_id=f"group:{country}-CIVILIAN", confidence=0.3, source="cue", country_inferred=True,
                   why=[f"nobody coerced is named: people of {where}"])


def _unidentified_rioters(at: int) -> Mention:
    """The rioters of a riot whose text names none: unidentified, of no country."""
    return Mention(at, at, "", "group", "unidentified rioters", None, actor_id=UNIDENTIFIED,
                   confidence=0.3, source="cue", why=["the text names no rioter"])


def _unnamed(country: str, at: int) -> Mention:
    """The subject of a clause whose subject word names nobody ("Others accused Kelly"): people
    of the country the report is about, inferred."""
    return Mention(at, at, "", "group", f"unnamed ({country})", country, [], actor_id=f"group:{country}-UNNAMED",
                   confidence=0.3, source="cue", country_inferred=True,
                   why=["the subject names nobody: people of the country the report is about"])


def _surname_subject(text: str, sent_start: int, at: int, home: object) -> Mention | None:
    """The subject of a clause that opens with a bare family name: one capitalised word, at most
    two lower-case words (an auxiliary, an adverb) between it and ``at``, which the report wrote
    earlier as the last word of a full name ("Uvaldo Perez ... Perez criticized") and never in
    lower case (no common noun that opens a sentence).  A person of the country the report is
    about, inferred; None when the clause is anything else."""
    c0 = _clause_start(text, sent_start, at, ",;:–—()\"“”«»")
    words = list(re.finditer(r"[^\W\d_][\w'’-]*", text[c0:at]))
    if not 1 <= len(words) <= 3 or any(not w.group()[0].islower() for w in words[1:]):
        return None
    name = words[0].group()
    if len(name) < 3 or not name[0].isupper() or name.isupper() or not name[1:].islower():
        return None
    if re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", text):
        return None
    full = next((f for f in re.finditer(rf"([^\W\d_][\w'’-]*) {re.escape(name)}(?!\w)", text[:sent_start])
                 if f.group(1)[0].isupper() and f.group(1)[1:].islower()), None)
    if full is None:
        return None
    start = c0 + words[0].start()
    country = str(home) if home else None
    return Mention(start, start + len(name), name, "person", full.group(0), country, [],
                   actor_id=f"person:{fold(full.group(0))}", confidence=0.3, source="grammar",
                   country_inferred=country is not None,
                   why=["a family name opening its clause, written in full earlier; no known person"])


def _first_person_before(text: str, sent_start: int, at: int, lex: EventLexicon) -> bool:
    """Whether a first-person pronoun of the pack (roles.yaml first_person_pronouns) is the subject
    of the verb at ``at``: among the three words before it, in its clause ("Je vais demander",
    "j'en appelle à", "we have always rejected"); the caller has ruled out a passive ("I was
    asked"). A pronoun that may also be an object ("ils nous invitent") is left out of the pack."""
    if not lex.first_person_pronouns:
        return False
    words = _words(fold(text[_clause_start(text, max(sent_start, at - 60), at, ",;:()\"“”«»") : at]))[-3:]
    return bool(lex.first_person_pronouns.intersection(words))


def _unnamed_subject_before(text: str, sent_start: int, at: int, unnamed: frozenset[str]) -> bool:
    """Whether the clause before ``at`` is one word, a subject that names nobody (roles.yaml
    unnamed_subjects: "Others accused Kelly", "they accuse Russia")."""
    words = _words(text[_clause_start(text, sent_start, at, ",;:–—(") : at])
    return len(words) == 1 and fold(words[0]) in unnamed


def _pronoun_object(doc: Document, actor: Mention, at: int, si: int, plural: bool) -> Mention | None:
    """Who an object pronoun right after a verb stands for: the last side named before it, in its
    sentence or the two before, other than the verb's subject (a person for "him" / "her"; a
    person, body or state named as a noun for "them")."""
    floor = doc.sentences[max(0, si - 2)].start
    for m in reversed(doc.mentions):
        if m.end > at or m.start < floor or _identity(m) == _identity(actor) \
                or (m.country is None and m.kind != "person"):
            continue
        if re.fullmatch(r"\s*(?:\w+\s+){0,2}", doc.text[m.end : at]):
            continue  # "and Britain urged them": the name right before the verb is its subject
        if m.kind == "person" or (plural and m.kind in ("organization", "group", "state") and not m.adjectival):
            return m
    return None


def _unidentified_attackers(at: int, country: str | None = None) -> Mention:
    """The attacker of an attack whose text names none (an empty span at the trigger); of
    ``country`` where the attack was launched from there."""
    if country:
        return Mention(at, at, "", "group", f"unidentified attackers ({country})", country, actor_id=UNIDENTIFIED,
                       confidence=0.3, source="cue", country_inferred=True,
                       why=["the text names no attacker; the attack was launched from its country"])
    return Mention(at, at, "", "group", "unidentified attackers", None, actor_id=UNIDENTIFIED,
                   confidence=0.3, source="cue", why=["the text names no attacker"])


def _launch_origin(text: str, after: list[Mention], t_end: int, lex: EventLexicon) -> str | None:
    """The country of the place or side an attack was launched from ("صاروخ أطلق من غزة", "fired from Gaza"):
    the first mention of a country within six words after the trigger, right behind a launch
    origin phrase (one word between at most: "from the Gaza Strip")."""
    if not lex.launch_origins:
        return None
    for m in after:
        gap = text[t_end : m.start]
        if len(gap.split()) > 6 or re.search(r"[,;:.()،؛]", gap):
            return None
        country = m.country or (m.place.country if m.place is not None else None)
        if not country:
            continue
        words = _apostrophe_words(fold(gap))
        if any(_ends_with_any(words[: len(words) - k] if k else words, lex.launch_origins, 0)
               for k in range(2) if len(words) > k):
            return country
    return None


# verbal nouns whose "ل" complement is mostly a purpose ("دعوة الأمم المتحدة لعقد جولة",
# "موافقة البرلمان للقيام بعمل"), not the object of the act
_PURPOSE_COMPLEMENTS = frozenset({"REQUEST", "AGREE", "CONSULT", "COOPERATE", "MOBILIZE", "RETREAT"})


def _group_antecedent(doc: Document, sent: Sentence, start: int, word: str) -> Mention | None:
    """"U.S. business lobbies argue ... . They have also criticised Beijing's plan": a group pronoun
    stands for the body or state that opens the sentence right before (within its first three
    words), in the same paragraph; a person there, or nobody, and it stands for no one."""
    si = doc.sentence_at(sent.start)
    if not si:
        return None
    prev = doc.sentences[si - 1]
    if prev.paragraph != sent.paragraph:
        return None
    lead = [w.start() for w in _word_matches(doc.text[prev.start : prev.end])][:3]
    if not lead:
        return None
    first = next((x for x in doc.mentions if prev.start <= x.start < prev.end and x.kind in ACTOR_KINDS), None)
    if first is None or first.kind == "person" or first.start > prev.start + lead[-1]:
        return None
    return _stand_in(first, start, start + len(word), word, 0.7, f"pronoun for '{first.text}'")


def _carried_speaker(doc: Document, sent: Sentence, words: list[tuple[int, str]], actors: list[Mention],
                     lex: EventLexicon) -> Mention | None:
    """"وقال في كلمة أمام مؤسسة فكرية أثناء زيارة إلى إندونيسيا": a sentence that opens on a
    masculine speech verb with a word right behind it that names nobody (roles.yaml
    dropped_subject.speaker_next) has as subject the one the verb carries, the last person named
    before the sentence (whatever the person's gender: names carry none the lexicon knows); the
    stand-in stands at the verb."""
    (v_off, verb), (n_off, nxt) = words[0], words[1]
    folded = _unglued([fold(verb)], lex.glued_conjunctions, 3)[0]
    if (folded,) not in lex.reporting or folded.endswith(lex.feminine_verb_endings) \
            or folded.startswith(lex.feminine_verb_prefixes) or fold(nxt) not in lex.speaker_next \
            or any(a.start <= sent.start + n_off < a.end for a in actors) or doc.text[sent.start : sent.start + v_off].strip():
        return None
    last = _last_person_before(doc, sent.start)
    if last is None:
        return None
    start = sent.start + v_off
    return _stand_in(last, start, start + len(verb), verb, 0.7, f"subject carried by the verb: '{last.text}'")


def _last_person_before(doc: Document, at: int, fits: Callable[[Mention], bool] | None = None) -> Mention | None:
    """The last person named before offset ``at`` (a sentence's start): whom a pronoun or a verb
    that carries its subject stands for; only one it ``fits`` where given (a pronoun's gender)."""
    return next((x for x in reversed(doc.mentions) if x.kind == "person" and x.end <= at
                 and (fits is None or fits(x))), None)


def _stand_in(ref: Mention, start: int, end: int, text: str, factor: float, why: str) -> Mention:
    """A mention at ``start:end`` (a pronoun, a verb that carries its subject) standing for the
    person ``ref``, with a confidence lowered by ``factor``."""
    return Mention(start, end, text, "person", ref.name, ref.country, list(ref.sectors), title=ref.title,
                   actor_id=ref.actor_id, confidence=ref.confidence * factor, source="coref",
                   country_inferred=ref.country_inferred, why=[why])


def _unglued(words: list[str], conjunctions: tuple[str, ...], min_len: int) -> list[str]:
    """``words`` with one glued conjunction ("و", "ف": a one-letter prefix) taken off the words
    of at least ``min_len`` letters that begin with one."""
    return [w[1:] if w[:1] in conjunctions and len(w) >= min_len else w for w in words]


def _words_before(text: str, at: int, n: int) -> str:
    """The last ``n`` words of ``text`` before ``at`` in their clause (nothing past a comma or stop)."""
    piece = re.split(r"[,;:.!?()،؛]", text[max(0, at - 60) : at])[-1]
    return " ".join(_words(piece)[-n:])


def _reported_before(piece: str, lex: EventLexicon) -> bool:
    """Whether a speech or report verb stands in ``piece`` ("وأعلنت الوزارة"), a glued
    conjunction allowed."""
    words = _words(fold(piece))
    bare = _unglued(words, lex.glued_conjunctions, 4)
    return any(_phrase_at(ws, lex.reporting, range(len(ws))) for ws in (words, bare))


def _object_marked_agent(text: str, cands: list[Mention], t_end: int,
                         lex: EventLexicon, prefixes: tuple[str, ...]) -> tuple[Mention, int] | None:
    """The actor right behind a verbal noun (at most one word between, no punctuation) when the
    word after the actor carries an object prefix ("قصف الطيران الروسي لمواقع"): it is the act's
    agent; returns it and where the object starts.  Not when that word is a name of its own
    ("لبنان") or a listed non-object ("لمدة")."""
    first = next((m for m in cands if m.start >= t_end), None)
    if first is None:
        return None
    gap = text[t_end : first.start]
    g = fold(gap.strip())
    if len(gap.split()) > 1 or re.search(r"[,;:.()«»\"،؛]", gap) or not text[first.start - 1].isspace() \
            or g in lex.object_gap_not or any(g.startswith(p) for p in prefixes):
        return None  # "طلب من الحكومة لوقف", "الدعوة لخادم الحرمين": no genitive right behind the noun
    rest = text[first.end : first.end + 40]
    word_m = re.match(r"\s+(\w+)", rest)
    if word_m is None:
        return None
    word = fold(word_m.group(1))
    w_start = first.end + word_m.start(1)
    # (a prefix of several letters may also stand as a word of its own: "هجوم المستوطنين على منزلهم")
    if word in lex.object_prefix_not or not any((word.startswith(p) and len(word) > len(p) + 2) or (len(p) > 1 and word == p)
                                                for p in prefixes):
        return None
    if any(m.start == w_start for m in cands):
        return None  # "لبنان": an actor's name that begins so
    return first, w_start


def _marked_agent(text: str, after: list[Mention], t_end: int, markers: tuple[tuple[str, ...], ...],
                  max_gap: int = 2) -> Mention | None:
    """The actor right after an agent marker ("by", "par", "على يد") close behind the trigger:
    "the attack on the checkpoint by gunmen".  The actor must start within 80 characters of the
    trigger, with at most ``max_gap`` words between the marker and it."""
    if not markers:
        return None
    for m in after:
        if m.start - t_end > 80:
            break
        words = _words(fold(text[t_end : m.start]))
        # "reçue par le Premier ministre libanais Nabil Haddad": a person's title (and a nationality
        # word after it) stands between the marker and the name
        gap = max_gap + (len(_words(m.title)) + 1 if m.kind == "person" and m.title
                         and not re.search(r"[,;:.()]", text[t_end : m.start]) else 0)
        if _ends_with_any(words, markers, gap):
            return m
        if _apposed_name(text, after, t_end, m) \
                and _ends_with_any(words, markers, max_gap + 6):
            # "rejetée par le ministre de l'Intérieur, Christophe Castaner, mardi": the name set off by
            # a comma after the title the marker governs
            return m
    return None


def _apposed_name(text: str, after: list[Mention], t_end: int, m: Mention) -> bool:
    """Whether the person ``m`` stands in apposition after a comma to the words before it: one comma
    between ``t_end`` and the name, right before it, no other actor in that stretch, and the name
    closing its own stretch (a comma, a stop or a bracket after it: "..., Christophe Castaner, mardi";
    not "..., Christophe Castaner a répondu", the subject of a new clause)."""
    between = text[t_end : m.start]
    if m.kind != "person" or between.count(",") != 1 or not between.rstrip().endswith(",") \
            or re.search(r"[;:.()«»\"“”]", between):
        return False
    if any(o is not m and t_end <= o.start < m.start for o in after):
        return False
    return re.match(r"\s*(?:[,.;)]|$)", text[m.end : m.end + 3]) is not None


def _came_back_from(text: str, m: Mention, lex: EventLexicon) -> bool:
    """Whether ``m`` is where someone came back from: a return marker earlier in its clause, at
    most 60 characters before it ("de retour d'Argentine", "revenu du sommet du G20 à Buenos Aires")."""
    before = text[max(0, m.start - 60) : m.start]
    cut = max(before.rfind(c) for c in ",;:.()\"«»،؛")
    words = _words(fold(before[cut + 1 :]))
    present = set(words)
    return any(tuple(words[i : i + len(r)]) == r for r in lex.return_markers if r[0] in present
               for i in range(len(words) - len(r) + 1))


def _word_start(text: str, pos: int) -> int:
    """The start of the word ``pos`` stands in (letters glued before it: "لمناقشة", "ودعا")."""
    while pos > 0 and text[pos - 1].isalpha():
        pos -= 1
    return pos


def _about(text: str, start: int, at: int, lex: EventLexicon) -> bool:
    """Whether a topic marker (roles.yaml ``topic_markers``: "لبحث", "بشأن") stands between
    offset ``start`` (the start of the trigger's word) and offset ``at``, with no sentence
    mark between it and ``at``."""
    gap = fold(text[start:at])
    spans = list(_word_matches(gap))
    words = [w.group() for w in spans]
    return any(tuple(words[k : k + len(mk)]) == mk and not re.search(r"[.;:؛()«»\"]", gap[spans[k].end() :])
               for k in range(len(words)) for mk in lex.topic_markers)


def _transit(text: str, after: list[Mention], lex: EventLexicon, floor: int = 0) -> set[int]:
    """Indexes (in ``after``) of the mentions that name a route or a go-between: right after a
    transit marker with at most an article between ("through the Rafah crossing", "via
    Egypt"), or listed after such a mention ("through Egypt and Jordan").  Any other word
    between ("via video with Biden", "عبر الهاتف مع") ends it: what follows is a side.
    A marker inside the trigger (before ``floor``) is no route: "fermeture de la frontière"
    + "avec le Brésil" closes the border on the neighbour, its recipient."""
    out: set[int] = set()
    for i, m in enumerate(after):
        words = _apostrophe_words(fold(text[max(0, floor, m.start - 40) : m.start]))
        if _ends_with_any(words, lex.transit_markers, 0) or (
                len(words) > 1 and words[-1] in lex.definite_markers and _ends_with_any(words[:-1], lex.transit_markers, 0)):
            out.add(i)
        elif i - 1 in out:
            gap = fold(text[after[i - 1].end : m.start]).strip()
            # an article may open the next item ("vers l'Espagne, l'Italie et l'Allemagne")
            words = [w for w in _apostrophe_words(gap) if w not in lex.definite_markers]
            joins = lex.conjunctions | lex.list_alternatives
            if gap == "," or gap in joins or (gap.startswith(",") and gap[1:].strip() in joins) \
                    or (gap[:1] == "," and not words) or (len(words) == 1 and words[0] in joins
                                                          and not re.search(r"[;:.]", gap)):
                out.add(i)
    return out


def _nominal(text: str, t_start: int, lex: EventLexicon) -> bool:
    """Whether the trigger at ``t_start`` is a noun: an article of the pack right before it
    ("the attack", "une attaque"), or the article glued onto it (Arabic ال)."""
    glued, prev = _before_trigger(text, t_start, 0)
    if lex.definite_prefixes and (glued in lex.definite_prefixes
                                  or (not glued and fold(text[t_start : t_start + 2]) in lex.definite_prefixes)):
        return True
    return bool(prev) and prev[-1] in lex.articles


def _before_trigger(text: str, t_start: int, floor: int) -> tuple[str, list[str]]:
    """What is glued onto the word a trigger starts in (Arabic "ال", "وال"), folded, and the
    folded words just before that word (no further back than ``floor``)."""
    k = t_start
    while k > floor and text[k - 1].isalnum():
        k -= 1
    return fold(text[k:t_start]), _apostrophe_words(fold(text[max(floor, k - 12) : k]))


def _after_origin(text: str, m: Mention, lex: EventLexicon) -> bool:
    """Whether ``m`` is where something came from ("aid coming from Riyadh", "المقبلة من
    السعودية"): an origin word right before it, an article or one word between, no locative."""
    if not lex.origins:
        return False
    words = _apostrophe_words(fold(text[max(0, m.start - 40) : m.start]))
    for k in range(2):
        if _ends_with_any(words[: len(words) - k] if k else words, lex.origins, 0):
            return not any(w in lex.locatives for w in words[len(words) - k :])
    return False


def _after_direction(before: str, lex: EventLexicon) -> bool:
    """Whether folded text ``before`` a place ends with a direction word ("eastern", "le nord
    du", "شمال شرقي")."""
    tail = before.rstrip()
    return any(tail.endswith(d) and (len(tail) == len(d) or not tail[-len(d) - 1].isalnum()) for d in lex.directions)


def _statement_venue(doc: Document, t_end: int, p_start: int, lex: EventLexicon) -> bool:
    """Whether a place named after a statement's trigger is where it was made: right behind the
    trigger, a date and one locative at most between ("said in Ankara", "a menacé ce jeudi à
    Tripoli"; not "condemned attacks in Syria"), or after a venue word among the eight words
    before it ("speaking at a conference in Berlin")."""
    gap = doc.text[t_end:p_start]
    for d in doc.dates:
        if t_end <= d.start and d.end <= p_start:
            gap = gap.replace(doc.text[d.start : d.end], " ")
    if len(_words(fold(gap))) <= 1:
        return True
    words = _words(fold(doc.text[t_end:p_start]))
    window = words[-8:]
    return _phrase_at(window, lex.statement_venues, range(len(window)))


def _kin_read(doc: Document, ms: list[Mention], lex: EventLexicon) -> list[Mention]:
    """``ms`` with each person named only as someone's kin read as that relative
    (:func:`_relative`), or left out where the relative is named right after ("Donald Trump's
    son-in-law Jared Kushner": Kushner acts)."""
    if not lex.kin_words:
        return ms
    out: list[Mention] = []
    for m in ms:
        end = _kin_of(doc.text, m, lex) if m.kind == "person" else -1
        if end < 0:
            out.append(m)
        elif end == m.start or not any(x.kind == "person" and end <= x.start <= end + 2 for x in ms):
            out.append(_relative(m))
    return out


def _kin_of(text: str, m: Mention, lex: EventLexicon) -> int:
    """Where the kin word ends when a person is named only as a relative's kin ("Emmanuel
    Macron's wife", "le fils du président", "نجل الرئيس"), else -1: a kin word right after the
    name and a possessive suffix, or right before it with a link word ("de", "of") between, or
    none in a language whose kin words govern the name directly (`kin_construct`: Arabic)."""
    if not lex.kin_words:
        return -1
    after = text[m.end : m.end + 30]
    for suffix in lex.possessive_suffixes:
        if after.startswith(suffix):
            nxt = re.match(r"\s*([\w-]+)", after[len(suffix) :])
            if nxt is not None and fold(nxt.group(1)) in lex.kin_words:
                return m.end + len(suffix) + nxt.end()
    piece = text[max(0, m.start - 50) : m.start]
    # only the words since the last punctuation: "..., wife" is no kin of the name after it
    before = re.findall(r"[\w-]+", fold(re.split(r"[,.;:()«»\"“”]", piece)[-1]))
    # the name's title ("l'épouse du président Emmanuel Macron") and one word more (a nationality:
    # "زوجة الرئيس الفرنسي إيمانويل ماكرون") may stand between
    title_words = set(fold(m.title).split()) if m.title else set()
    extra = 1 if title_words else 0
    linked = False
    while before and before[-1] not in lex.kin_words:
        w = before.pop()
        if w in lex.kin_links:
            linked = True
            continue
        if w in title_words:
            continue
        if extra:
            extra -= 1
            continue
        return -1
    # without a link a kin word right before a name is an apposition or a title ("his wife
    # Brigitte Macron", "le père Hamel": a priest), except where kin words govern the name
    return m.start if before and (linked or lex.kin_construct) else -1


def _relative(m: Mention) -> Mention:
    """A relative of the person ``m`` names, who acts in their place: of their country (inferred),
    an id of their own."""
    return Mention(m.start, m.end, m.text, "person", f"relative of {m.name}", m.country, [],
                   actor_id=f"person:{(m.country or 'xxx').lower()}-relative-of-{fold(m.name).replace(' ', '-')}",
                   confidence=m.confidence * 0.5, source="cue", country_inferred=m.country is not None,
                   why=[f"named as a relative of {m.name}"])


def _during(text: str, floor: int, t_start: int, lex: EventLexicon) -> bool:
    """Whether a setting word ("during", "lors", "au cours de", "خلال") stands among the four
    words before a trigger: the happening it names is the setting of another ("lors d'une
    manifestation")."""
    words = _words(fold(text[max(floor, t_start - 60) : t_start]))[-4:]
    return _phrase_at(words, lex.setting_words, range(len(words)))


def _after_destination(text: str, m: Mention, lex: EventLexicon, articles_only: bool = False) -> bool:
    """Whether ``m`` is where something was sent ("aid to Gaza", "à destination de Gaza", "إلى
    غزة"): a destination word right before it, one word at most between (``articles_only``: only
    an article of roles.yaml `articles`; "لفتت الانتباه إلى إعلان الولايات المتحدة" is no
    destination)."""
    words = _apostrophe_words(fold(text[max(0, m.start - 40) : m.start]))
    if articles_only and words and words[-1] not in lex.articles:
        return _ends_with_any(words, lex.destinations, 0)
    return _ends_with_any(words, lex.destinations, 1)


def _name_modifier(text: str, m: Mention, lex: EventLexicon) -> bool:
    """Whether a place modifies the capitalised name right after it ("the Paris Olympic Games",
    "the Munich Security Conference"): what the event is about, not where it happened."""
    return not lex.arabic_script and re.match(r" [A-Z]\w", text[m.end : m.end + 3]) is not None


def _ends_with(words: list[str], cue: list[str], max_gap: int) -> bool:
    """Whether ``cue`` (a word list) ends ``words``, or ends them but for at most ``max_gap`` words."""
    n = len(cue)
    if not n:
        return False
    return any(words[len(words) - n - k : len(words) - k] == cue for k in range(max_gap + 1) if len(words) - n - k >= 0)


# word-sequence cue collections (the packs' tuples of word tuples) by their first or last word:
# the role, place and modality tests run for every trigger, and most of their cues cannot match
# the few words they look at, so only the cues that begin (or end) on a word present are tried
_CUE_INDEX: dict[tuple[int, bool], tuple[Any, dict[str, list[Any]]]] = {}


def _cue_index(cues: Iterable[Sequence[str]], last: bool) -> dict[str, list[Any]]:
    """``cues`` keyed by their last (``last``) or first word, empty cues left out: built once
    for each collection (held with it, so that an id reused by a new object is not mistaken for
    it), a list of the cue as a list when by its last word (see _ends_with), as given else."""
    key = (id(cues), last)
    hit = _CUE_INDEX.get(key)
    if hit is not None and hit[0] is cues:
        return hit[1]
    index: dict[str, list[Any]] = {}
    for cue in cues:
        if len(cue):
            index.setdefault(cue[-1] if last else cue[0], []).append(list(cue) if last else cue)
    if len(_CUE_INDEX) > 1024:
        _CUE_INDEX.clear()  # collections made on the fly ("a + b") must not pile up
    _CUE_INDEX[key] = (cues, index)
    return index


def _ends_with_any(words: list[str], cues: Iterable[Sequence[str]], max_gap: int) -> bool:
    """``any(_ends_with(words, list(c), max_gap) for c in cues)``, trying only the cues whose
    last word stands where a match must end."""
    index = _cue_index(cues, True)
    total = len(words)
    for k in range(min(max_gap, total - 1) + 1):
        for cue in index.get(words[total - 1 - k], ()):
            if total - len(cue) - k >= 0 and words[total - len(cue) - k : total - k] == cue:
                return True
    return False


def _between_persons(spec: Any) -> tuple[str, str | None, str | None] | None:
    """events.yaml `between_persons` as (type, mode, cameo), or None."""
    if not isinstance(spec, dict) or not spec.get("type"):
        return None
    return str(spec["type"]), spec.get("mode"), (str(spec["cameo"]) if spec.get("cameo") is not None else None)


def _word_tuples(phrases: list[Any]) -> tuple[tuple[str, ...], ...]:
    """Pack phrases as folded word sequences (split at anything not a letter or digit)."""
    return tuple(words for words in (tuple(_words(fold(str(p)))) for p in phrases) if words)


def _last_word_index(phrases: list[Any]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for words in _word_tuples(phrases):
        index.setdefault(words[-1], []).append(words)
    return index


def _first_word_index(cues: dict[str, Any]) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """{first word: [(kind, cue words)]} for cues given as {kind: [phrases]} (folded)."""
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for kind, phrases in cues.items():
        for phrase in phrases or []:
            words = tuple(_quote_words(fold(str(phrase))))
            if words:
                index.setdefault(words[0], []).append((str(kind), words))
    return index


def _cues_at(words: list[str], index: dict[str, list[tuple[str, tuple[str, ...]]]], starts: Iterable[int]) -> list[str]:
    """The kinds of the cues of ``index`` that begin at one of ``starts`` in ``words``, in order."""
    return [kind for k in starts for kind, cue in index.get(words[k], ()) if tuple(words[k : k + len(cue)]) == cue]


def _attached_adjective(text: str, cands: list[Mention], t_start: int, t_end: int,
                        adjective_first: bool = True, before: bool = True) -> Mention | None:
    """A country adjective glued to a noun trigger, on the side the language puts its
    adjectives: just before it, with at most one word between ("Turkish drone strike"), or
    right after it ("frappe turque", "غارة تركية"; not "للجيش الأمريكي" after another noun)."""
    for m in cands:
        if m.kind != "state" or not m.adjectival or not m.country:
            continue
        if before and adjective_first and m.end <= t_start and re.fullmatch(r"\s+(?:\w+\s+)?", text[m.end : t_start]) \
                and not any(o is not m and m.end <= o.start and o.end <= t_start for o in cands):
            # (not "the Ukrainian president urged ...": the word between is an actor the
            # adjective qualifies, the subject of a verb)
            return m
        if not adjective_first and m.start >= t_end and re.fullmatch(r"\s+", text[t_end : m.start]):
            return m
    return None


def _possessive_owner(text: str, cands: list[Mention], t_start: int, lex: EventLexicon) -> Mention | None:
    """The actor whose possessive suffix stands right before the trigger, one lower-case word at
    most between ("Russia's invasion", "Mueller's two-year probe"; not "Macron's wife said": a kin
    word names someone else)."""
    for m in cands:
        if m.end > t_start or t_start - m.end > 40:
            continue
        gap = text[m.end : t_start]
        for suffix in lex.possessive_suffixes:
            if not gap.startswith(suffix):
                continue
            words = gap[len(suffix) :].split()
            if not gap[len(suffix) :][:1].isspace() or len(words) > 1:
                continue
            if words and (not words[0][:1].islower() or fold(words[0]) in lex.kin_words):
                continue
            return m
    return None


def _in_relative_clause(text: str, m: Mention, at: int, lex: EventLexicon) -> bool:
    """Whether ``m`` sits in a comma-bounded relative clause that ends right before ``at``
    (", which opposed the war in Iraq,", ", qui dirige le pays depuis 2010,")."""
    if not re.fullmatch(r"\s*[,،]\s*", text[m.end : at]):
        return False
    head = text[max(0, m.start - 120) : m.start]
    cut = max(head.rfind(","), head.rfind("،"))
    words = fold(head[cut + 1 :]).split() if cut >= 0 else []
    return bool(words) and words[0] in lex.relatives


def _relative_chain(text: str, a: tuple[Any, ...], b: tuple[Any, ...], lex: EventLexicon) -> bool:
    """Whether of two readings (trigger, start, end, actor, recipient, participants) of a
    sentence the later is told in a relative clause right behind the earlier one's recipient,
    who is its actor ("met Merkel, who urged Turkey", "مع ميركل التي دعت")."""
    first, second = (a, b) if a[1] < b[1] else (b, a)
    other, actor = first[4], second[3]
    if other is None or second[4] is None or _identity(other) != _identity(actor) or other.end > second[1]:
        return False
    words = fold(text[other.end : second[1]]).replace(",", " ").split()
    return 1 <= len(words) <= 2 and words[0] in lex.relatives


def _place_complement(doc: Document, m: Mention, opening: int, lex: EventLexicon) -> bool:
    """Whether only a place joined by a `genitive_markers` word (roles.yaml) stands between the
    actor ``m`` and the relative opening at ``opening``: "le parquet de Paris, qui a ouvert une
    enquête" — the relative stands for the body, the place is its complement."""
    if not lex.genitive_markers:
        return False
    places = [p for p in doc.mentions if p.kind == "place" and m.end <= p.start and p.end <= opening]
    if not places or fold(doc.text[m.end : places[0].start]).strip() not in lex.genitive_markers:
        return False
    # one place or several in a row ("de Paris Île-de-France"), right up to the relative's comma
    ends = [p.end for p in places]
    starts = [p.start for p in places[1:]] + [opening]
    return all(0 <= b - a <= 2 for a, b in zip(ends, starts, strict=True))


def _relative_opening(text: str, at: int, lex: EventLexicon) -> int | None:
    """Where the clause of the verb at ``at`` opens when a relative word opens it, at most two
    words before the verb (", which opposed", "– who routinely blasts"); else None."""
    piece = text[max(0, at - 200) : at]
    cut = max(piece.rfind(c) for c in ",;:–—(،")
    if cut < 0:
        return None
    words = fold(piece[cut + 1 :]).split()
    if not words or words[0] not in lex.relatives or len(words) > 3:
        return None
    return at - len(piece) + cut


def _alleged(text: str, hits: list[tuple[int, int, list[Trigger]]], t_start: int, lex: EventLexicon,
             depth: int = 0) -> bool:
    """Whether a trigger stands in the complement of an accusation of its clause (events.yaml
    `alleges`): at most ten words after it, no clause break nor background cue between ("accused
    Hamas of kidnapping three settlers"; not "accused Hamas, then attacked", "accused Turkey of a
    violation after a Turkish drone strike hit"). An act listed after an alleged act, right behind
    the comma that ends it or in the same clause, is alleged too ("blamed the group for killing three
    colonels, bombing the facilities of companies and killing civilians")."""
    for h_start, h_end, values in hits:
        if h_end > t_start:
            continue
        gap = text[h_end:t_start]
        if len(gap.split()) > 10:
            continue  # (tested first: the chain below recurses only over hits this near)
        if any(v.alleges for v in values):
            if _CLAUSE_END.search(gap):
                continue
        else:
            core = gap.rstrip()
            core = core[:-1] if core.endswith(",") else core
            if depth >= 3 or _CLAUSE_END.search(core) or not _alleged(text, hits, h_start, lex, depth + 1):
                continue
        words = _quote_words(fold(gap))
        if any(_ends_with(words[: i + 1], list(cue), 0)
               for i, w in enumerate(words) for cue in lex.background_index.get(w, ())):
            continue
        return True
    return False


def _phrase_at(words: list[str], phrases: tuple[tuple[str, ...], ...], starts: Iterable[int]) -> bool:
    """Whether one of ``phrases`` (word tuples) begins at one of ``starts`` in ``words``."""
    index = _cue_index(phrases, False)
    total = len(words)
    return any(tuple(words[i : i + len(p)]) == p for i in starts if 0 <= i < total for p in index.get(words[i], ()))


def _latest_year(doc: Document, lex: EventLexicon) -> int | None:
    """The latest year the document's own date expressions name, as near as its text tells the
    year of an undated report: not those of a plan (`future`), nor a bare year, mostly a name's
    ("the World Cup 2030", "the 2014 referendum"), nor the edge of a period (`period_words`:
    "until 2030")."""
    years = [int(d.value[:4]) for d in doc.dates
             if d.value and d.value[:4].isdigit() and not d.future and not d.text.strip().isdigit()
             and (first := fold(d.text).split()[:1]) and first[0] not in lex.period_words]
    return max(years) if years else None


def _clause_start(text: str, lo: int, hi: int, marks: str = ",;:،؛") -> int:
    """Where the clause ending at ``hi`` starts: after the last of ``marks`` (comma, semicolon or
    colon, unless told otherwise) between ``lo`` and ``hi``, else at ``lo``."""
    return max([text.rfind(c, lo, hi) for c in marks] + [lo - 1]) + 1


_CLAUSE_END = re.compile(r"[;:()،؛!?]|(?<!\d),|,(?!\d)|(?<!\b[A-Z])(?:(?<!\d)\.|\.(?!\d))")
# a short aside in brackets, a day or a date ("اليوم (الأحد)", "on Sunday (Dec 2)"), ends no clause:
# a split form's second part or an exclusion after it still belongs to the verb before it
_ASIDE = re.compile(r"\((?:\s*[^\s()]+){1,3}\s*\)")


def _clause_after(text: str, start: int, limit: int) -> str:
    """The text from ``start`` to the end of its clause (200 characters at most)."""
    piece = _ASIDE.sub(lambda m: " " * len(m.group()), text[start : min(limit, start + 200)])
    return _CLAUSE_END.split(piece, maxsplit=1)[0]


def _without_split_parts(text: str, hits: list[Any], limit: int) -> list[Any]:
    """The hits less those of the same type inside the second part of a split form ("تم وضع X قيد
    الاعتقال": the arrest noun in "قيد الاعتقال" is the split verb's own part, no trigger of its own)."""
    parts: list[tuple[int, int, str]] = []
    for _a, b, values in hits:
        trig = max(values, key=lambda t: t.weight)
        if not trig.requires_after:
            continue
        clause = _clause_after(text, b, limit)
        words: list[tuple[str, int, int]] = []  # folded word, and the span of its token in the text
        for tok in re.finditer(r"\S+", clause):
            words.extend((w, b + tok.start(), b + tok.end()) for w in _words(fold(tok.group())))
        folded = [w for w, _s, _e in words]
        found = next(((i, len(cue)) for i in range(min(trig.requires_window + 1, len(words)))
                      for cue in trig.requires_after if tuple(folded[i : i + len(cue)]) == cue), None)
        if found is not None:
            i, n = found
            parts.append((words[i][1], words[i + n - 1][2], trig.type))
    if not parts:
        return hits
    # only a reading of the same type: "denied the FBI gave false information" keeps both acts
    return [h for h in hits if not any(lo <= h[0] < hi and kind in {t.type for t in h[2]} for lo, hi, kind in parts)]


def _followed_by(text: str, t_end: int, limit: int, cues: tuple[tuple[str, ...], ...], window: int) -> bool:
    """Whether one of ``cues`` starts within ``window`` words after ``t_end``, in the same clause."""
    # a comma or stop inside a number ("$500,000", "1.5 million") ends no clause, nor does the
    # stop of an initial ("denies U.S. allegations")
    clause = _clause_after(text, t_end, limit)
    # words split as the cues are (_word_tuples): "l'effet d'une" is l / effet / d / une
    words = _words(fold(clause))
    return _phrase_at(words, cues, range(min(window + 1, len(words))))


def _embedding_cue_end(text: str, t_start: int, lex: EventLexicon) -> int | None:
    """Where an embedding cue (roles.yaml embedding) ends, at most ``embedding_window`` words
    before ``t_start`` in its clause, or None."""
    piece = text[max(0, t_start - 120) : t_start]
    base = t_start - len(piece)
    cut = max(piece.rfind(c) for c in ",;:()،؛")
    toks = [(fold(m.group()), base + cut + 1 + m.end()) for m in _word_matches(piece[cut + 1 :])]
    words = [w for w, _e in toks]
    for k in range(len(words) - 1, max(-1, len(words) - 1 - lex.embedding_window - 1), -1):
        for cue in lex.embedding_cues:
            n = len(cue)
            if k - n + 1 >= 0 and tuple(words[k - n + 1 : k + 1]) == cue:
                return toks[k][1]
    return None


def _spelled(span: str, form: str, letters: frozenset[str]) -> bool:
    """Whether the words of ``form`` that hold one of ``letters`` are written so in ``span`` (the
    trigger's original text): a letter of the form the fold joins with another must be that letter
    in the text; the word is found by its folded ending (a glued proclitic before it)."""
    words = span.split()
    for fw in form.split():
        if letters.isdisjoint(fw):
            continue
        sf = Shadow.of(fw)
        word = next((w for w in words if fold(w).endswith(sf.text)), None)
        if word is None:
            return False
        sw = Shadow.of(word)
        for i in range(1, len(sf.text) + 1):
            letter = fw[sf.origin[-i]]
            if letter in letters and word[sw.origin[-i]] != letter:
                return False
    return True


def _preceded_by(text: str, floor: int, t_start: int, cues: tuple[tuple[str, ...], ...], skippable: Any = None) -> bool:
    """Whether one of ``cues`` ends right before ``t_start`` (no further back than ``floor``);
    with the pack's ``skippable`` pattern, its adverbs between are read as absent ("was already
    voted down", "has been formally charged": an adverb would hide a passive auxiliary)."""
    piece = fold(text[max(floor, t_start - (60 if skippable is not None else 40)) : t_start])
    if skippable is not None:
        # the pattern cuts an adverb between two words: a stand-in word takes the trigger's place
        piece = skippable.sub("", piece.rstrip() + " x")[:-1]
    words = _words(piece)
    return _ends_with_any(words, cues, 0)


def _marked_partner(text: str, after: list[Mention], t_end: int, lex: EventLexicon,
                    taken: set[str | None]) -> Mention | None:
    """The first actor of another country named right after a partner marker behind the
    trigger ("cooperate closely with the Moroccan kingdom", an adverb or two between)."""
    for m in after[:1]:
        words = _words(fold(text[t_end : m.start]))
        if m.country and m.country not in taken and len(words) <= 4 and lex.partner_markers.intersection(words):
            return m
    return None


def _between_pair(text: str, after: list[Mention], t_start: int, lex: EventLexicon) -> tuple[Mention, Mention] | None:
    """"clashes between the police and the PKK": the first two actors after a mutual trigger,
    when a `between_markers` word (in the trigger or at most three words behind it) opens them
    and a conjunction joins them (one word, an adjective, at most before it; no punctuation),
    both of a known country."""
    if not lex.between_markers or len(after) < 2:
        return None
    a, b = after[0], after[1]
    lead = _words(fold(text[t_start : a.start]))
    if not lex.between_markers.intersection(lead[-4:]) or re.search(r"[,;:()،؛.]", text[t_start : a.start]):
        return None
    gap = text[a.end : b.start]
    words = fold(gap).split()
    if re.search(r"[,;:()،؛.]", gap) or not words or len(words) > 2:
        return None
    # (both of a known country: "بين إيران ومجموعة 5 + 1" leaves the group to its members)
    if words[-1] not in lex.conjunctions or not _other(b, a) or not (a.country and b.country):
        return None
    return a, b


def _partners(text: str, after: list[Mention], t_end: int, lex: EventLexicon) -> list[Mention]:
    """The actors after a mutual trigger that are its participants: the first within three
    words of it or after a partner marker ("with", "between", "مع"), and the list it opens;
    past a topic ("discussed the war in Syria and Iraq") only the source of the sentence."""
    if not after:
        return after
    words = _words(fold(text[t_end : after[0].start]))
    if len(words) <= 3 or lex.partner_markers.intersection(words):
        return after
    for i in range(1, len(after)):
        # "une réunion ..., au ministère de l'Intérieur, entre X et les syndicats": the sides
        # follow a partner marker past a place
        if lex.partner_markers.intersection(_words(fold(text[after[i - 1].end : after[i].start]))):
            return after[i:]
    # the source of a joint act is often one of its sides ("..., the Egyptian military said")
    return [m for m in after if lex.reporting and _reporter(text, m, t_end, lex, reach=3)]


# what ends a trigger's clause for the date that goes with it (_date), and for the date that
# makes it a plan (_future_dated, which also stops at a relative word)
_DATE_CLAUSE_STOPS = re.compile(r"[,;:«»\"“”()،؛]")
_FUTURE_CLAUSE_STOPS = re.compile(r"[,;:«»\"“”()،]")


def _nearest_date(text: str, dates: list[DateMention], t_start: int, t_end: int, limit: int,
                  stops: re.Pattern[str], relatives: frozenset[str] = frozenset()) -> DateMention | None:
    """The date closest to a trigger in its own clause: at most ``limit`` characters between
    them, none of ``stops`` nor a relative word there."""
    best: tuple[int, DateMention] | None = None
    for d in dates:
        between = text[d.end : t_start] if d.end <= t_start else text[t_end : d.start]
        if len(between) > limit or stops.search(between) \
                or (relatives and not relatives.isdisjoint(_words(fold(between)))):
            continue
        if best is None or len(between) < best[0]:
            best = (len(between), d)
    return best[1] if best else None


def _named_before_comma(text: str, before: list[Mention], t_start: int) -> bool:
    """Whether the actor named last before the trigger ends right at the comma before it."""
    return bool(before) and re.fullmatch(r"\s*[,،]\s*", text[before[-1].end : t_start]) is not None


def _reduced_passive(doc: Document, before: list[Mention], t_start: int, t_end: int, lex: EventLexicon) -> bool:
    """"Olivier Dubois, enlevé au Mali en 2021, a été libéré", "aid worker Margaret Hassan,
    kidnapped in Iraq": a participle set off by a comma right after a name, followed by a place,
    an agent or a date (no object), is a passive whose subject is that name. The name may be
    one no lexicon knows: a capitalised word right before the comma, after every actor named."""
    if not _named_before_comma(doc.text, before, t_start):
        lead = re.search(r"(\w+)\s*[,،]\s*$", doc.text[max(0, t_start - 40) : t_start])
        if lead is None or not lead.group(1)[:1].isupper() or (before and before[-1].end > t_start - len(lead.group(0))):
            return False
    nxt = re.match(r"\s*([\w'’]+)", doc.text[t_end : t_end + 40])
    if nxt is None:
        return False
    # markers are word sequences, split as _word_tuples splits them ("by", "de la part de")
    words = _words(fold(doc.text[t_end : t_end + 40]))
    return fold(nxt.group(1)) in lex.locatives or _phrase_at(words, lex.agent_markers + lex.passive_markers, (0,)) \
        or any(t_end <= d.start <= t_end + 2 for d in doc.dates)


def _qualifies_place(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """Whether ``m`` is a country adjective right behind a place of that country ("في مدينة
    إسطنبول التركية", "سوروتش التركية"): it says where the place is, it names no side."""
    return m.kind == "state" and m.adjectival and any(
        p.kind == "place" and p.country == m.country and p.end <= m.start and not text[p.end : m.start].strip()
        for p in mentions)


def _condemned_attack(text: str, t_end: int, trigger_starts: list[tuple[int, set[str]]], words: int = 2) -> int | None:
    """Where the attack noun a condemnation names as its object begins (at most ``words`` words
    behind it, no clause break between: "condemned the deadly bombing", "استنكاره الشديد للهجوم"; with
    more words a comma may close a subject named between: "أدان الرئيس الألماني يواخيم جاوك، الهجوم"),
    or None."""
    breaks = r"[,;:.!?()،؛]" if words <= 2 else r"[;:.!?()؛]"
    return next((h for h, types in trigger_starts if "ASSAULT" in types and h >= t_end
                 and len(_words(text[t_end:h])) <= words and not re.search(breaks, text[t_end:h])),
                None)


def _object_start(text: str, t_end: int, actor: Mention, lex: EventLexicon) -> int:
    """Where a verb's object may begin: right behind the verb, or, where verbs come first, behind
    the subject named right after it ("أدانت مملكة البحرين التفجير الذي استهدف ...": the attack noun
    a condemnation names is counted from the end of its subject)."""
    if lex.verb_first and t_end <= actor.start < t_end + 20 \
            and len(_words(text[t_end : actor.start])) <= 1 \
            and not re.search(r"[,;:.!?()،؛]", text[t_end : actor.start]):
        return actor.end
    return t_end


def _condemned_relative(text: str, t_end: int, trigger_starts: list[tuple[int, set[str]]],
                        lex: EventLexicon) -> int | None:
    """Where the relative clause of the attack a condemnation names as its object begins (the
    attack noun at most two words behind the condemnation, the relative at most four words behind
    the attack noun, no clause break between), or None."""
    attack = _condemned_attack(text, t_end, trigger_starts)
    if attack is None:
        return None
    for i, w in enumerate(re.finditer(r"[\w']+|[,;:.!?()،؛]", text[attack : attack + 80])):
        if i > 5 or not (w.group()[0].isalnum() or w.group()[0] == "'"):
            return None
        if fold(w.group()) in lex.relatives:
            # "الجريمة التي نفذها مستوطنون", "the attack carried out by": a relative opened by an agent
            # marker names who struck, the side condemned
            nxt = [fold(x) for x in _words(text[attack + w.end() : attack + w.end() + 40])]
            if _phrase_at(nxt, lex.agent_markers, (0,)):
                return None
            return attack + w.start()
    return None


def _placed_states_dropped(text: str, after: list[Mention], lex: EventLexicon) -> list[Mention]:
    """"قصفت المدفعية التركية ثلاثة أهداف تابعة لتنظيم داعش في سوريا", "shelled Islamic State
    targets in Syria": a state after a locative, behind a target of no country, is where it
    was hit, not a target of another country; what follows it belongs to another clause
    ("... ومواقع حزب العمال في شمال العراق", "لتحالف تقوده الولايات المتحدة")."""
    for k, m in enumerate(after):
        if m.kind == "state" and _after_locative_word(text, m, lex) and any(
                o.kind in ("group", "organization") and o.country is None for o in after[:k]):
            return after[:k]
    return after


def _placed_state(text: str, m: Mention, lex: EventLexicon) -> bool:
    """Whether a state mention stands after a locative or a direction word ("in Madagascar",
    "Urumqi, western China"): named as a place."""
    before = fold(text[max(0, m.start - 30) : m.start])
    return _ends_at_locative(before, lex) or _after_direction(before, lex)


def _after_locative_word(text: str, m: Mention, lex: EventLexicon) -> bool:
    """Whether the mention stands right after a locative of the pack ("in Syria", "في سوريا",
    "زيارته لمصر")."""
    return _ends_at_locative(fold(text[max(0, m.start - 30) : m.start]), lex)


def _after_passive_auxiliary(text: str, floor: int, t_start: int, lex: EventLexicon) -> bool:
    """Whether one of the pack's passive auxiliaries ("has been", "a été") ends right before the
    verb at ``t_start``, the pack's skippable adverbs between read as absent."""
    return bool(lex.passive_auxiliaries) and _preceded_by(text, floor, t_start, lex.passive_auxiliaries, lex.skippable)


def _before_name(text: str, floor: int, m: Mention) -> str:
    """The folded words right before mention ``m`` (30 characters, not before ``floor``), where a
    locative that makes a country the place stands ("protests in China")."""
    return fold(text[max(floor, m.start - 30) : m.start])


def _ends_at_locative(before: str, lex: EventLexicon) -> bool:
    """Whether folded text ends with a locative word ("in China"), or with a locative phrase,
    which may end glued to the name after it ("زيارته لمصر")."""
    last = before.split()[-1:]
    return bool(last and last[0] in lex.locatives) or any(before.endswith(w) for w in lex.locatives if " " in w)


def _opens_clause(gap: str, openers: tuple[str, ...]) -> bool:
    """Whether ``gap`` holds one of the clause openers of the pack ("alors que", "tandis qu'")."""
    words = " " + " ".join(re.findall(r"\w+'?", fold(gap))) + " "
    return any(" " + w + " " in words or " " + w in words and w.endswith("'") for w in openers)


def _locative_before(text: str, m: Mention, lex: EventLexicon) -> bool:
    """Whether the mention stands right after a venue word, an article at most between ("at the
    Ministry of Interior headquarters")."""
    return _after_marker(text, m, lex.venue_markers, lex)


def _after_marker(text: str, m: Mention, markers: frozenset[str], lex: EventLexicon) -> bool:
    """Whether the mention stands right after one of ``markers``, an article at most between ("at
    the Ministry of Interior headquarters", "in the UK")."""
    # (an elided article keeps its apostrophe: "devant l'ONU")
    words = re.findall(r"\w+'?", fold(text[max(0, m.start - 30) : m.start]))[-2:]
    return bool(words) and (words[-1] in markers or (
        len(words) == 2 and words[0] in markers and words[1] in lex.definite_markers))


def _without_company(text: str, actors: list[Mention], t_end: int, lex: EventLexicon) -> list[Mention]:
    """``actors`` less those named after a comma behind the trigger in an accompaniment phrase
    ("s'est rendu au pied de la tombe, accompagné du ministre X et du secrétaire d'État Y"), and
    those listed after them with a conjunction."""
    out: list[Mention] = []
    prev: Mention | None = None
    for m in actors:
        if m.start >= t_end and "," in text[t_end : m.start]:
            gap = _words(fold(text[prev.end : m.start])) if prev is not None else []
            clause = re.split(r"[,;:.!?()،؛]", text[max(0, m.start - 80) : m.start])[-1]
            words = _words(fold(clause))
            if any(tuple(words[i : i + len(p)]) == p and len(words) - i - len(p) <= 4
                   for p in lex.company_markers for i in range(len(words))) or (
                    prev is not None and gap and gap[0] in lex.conjunctions and not re.search(r"[,;:.!?]", text[prev.end : m.start])):
                prev = m
                continue
        prev = None if prev is not None and m.start >= t_end else prev
        out.append(m)
    return out


def _backing(text: str, m: Mention, t_end: int, lex: EventLexicon) -> bool:
    """Whether the mention, named after the trigger, stands right after a backer phrase of its
    clause (one word at most between: "بدعم من طائرات التحالف"، "بدعم من قوات التحالف")."""
    return m.start >= t_end and _after_phrase(text, m, t_end, lex.backers, 1)


def _accompanying(text: str, m: Mention, t_start: int, lex: EventLexicon) -> bool:
    """Whether the mention stands after an accompaniment phrase in its own clause (at most four
    words between: "in coordination with the Jordan Hashemite Charity"), with no clause break
    between it and the trigger."""
    return not re.search(r"[;:.!?؛]", text[m.end : t_start]) and _after_phrase(text, m, 0, lex.accompaniment, 4)


def _after_phrase(text: str, m: Mention, floor: int, phrases: tuple[tuple[str, ...], ...], max_gap: int) -> bool:
    """Whether one of ``phrases`` stands before ``m`` in its clause (from ``floor`` on, 80
    characters at most), ``max_gap`` words at most between."""
    clause = re.split(r"[,;:.!?()،؛]", text[max(floor, m.start - 80) : m.start])[-1]
    words = _words(fold(clause))
    return _ends_with_any(words, phrases, max_gap)


def _note_actor(seen: list[Mention], m: Mention) -> None:
    """Add an identified actor to a sentence's list of record actors, once."""
    if m.actor_id != UNIDENTIFIED and _identity(m) not in {_identity(x) for x in seen}:
        seen.append(m)


def _plural_opening(text: str, sent: Sentence, t_start: int, actors: list[Mention], lex: EventLexicon,
                    verb_only: bool = False) -> bool:
    """Whether the sentence opens with a plural verb (a word ending in one of the pack's
    ``plural_verb_endings``, a glued conjunction allowed before it) and names nobody before the
    trigger, which stands among its first six words; with ``verb_only`` (happenings on the
    ground: "وأشاروا إلى مقتل" reports a killing) the trigger must be that verb."""
    words = _words(fold(text[sent.start : t_start]))
    if len(words) > (0 if verb_only else 6) or any(sent.start <= m.start < t_start for m in actors):
        return False
    first = words[0] if words else _words(fold(text[t_start : t_start + 40]))[0]
    return len(first) >= 4 and first.endswith(lex.plural_verb_endings)


def _trailing_speaker(doc: Document, later: list[Mention], t_end: int, lex: EventLexicon) -> Mention | None:
    """"Congress should consider legislation that ..., U.S. Senator John Cornyn said on Wednesday":
    the first actor after the trigger that opens the sentence's last clause (a comma before it,
    four words at most between) and stands right before a speech or report verb is the speaker
    of the words before it."""
    si = doc.sentence_at(t_end)
    if si is None:
        return None
    end = doc.sentences[si].end
    tail = doc.text[t_end:end].rstrip(" .!?\"'”")
    for m in later:
        if m.start >= t_end + len(tail):
            break
        comma = doc.text.rfind(",", t_end, m.start)
        if comma < 0 or len(_words(doc.text[comma : m.start])) > 4:
            continue
        words = _words(fold(doc.text[m.end : t_end + len(tail)]))
        # the speech verb right behind the name (one word at most between: "also said"), and
        # the sentence ending soon after it ("said on Wednesday"), so that it reports the clause
        # before, not one of its own
        if len(words) <= 6 and _phrase_at(words, lex.reporting, range(min(2, len(words)))):
            return m
    return None


def _source_of(text: str, m: Mention, t_start: int, lex: EventLexicon) -> bool:
    """Whether a speech or report verb follows ``m`` (one word at most between: "police also
    said") before ``t_start`` in its sentence, with more words after it: ``m`` is the source of
    what the clause reports ("Police said Campos was shot")."""
    if not lex.reporting or re.search(r"[.;!?]", text[m.end : t_start]):
        return False
    if re.search(r"[,،]", text[m.end : t_start]):
        # "According to prosecutors, he was kidnapped": a leading attribution names the source
        # (the clause opens with the report phrase: "Officials said two policemen, ..., were
        # shot" names its victims)
        opening = re.split(r"[.!?;:,،\n]", text[max(0, m.start - 40) : m.start])[-1]
        lead = _words(fold(opening))
        if any(tuple(lead[: len(v)]) == v and len(lead) <= len(v) + 1 for v in lex.reporting):
            return True
    words = _words(fold(text[m.end : t_start]))
    # "who authorities say was kidnapped": the verb may end the gap when the trigger carries its
    # own auxiliary
    return _phrase_at(words, lex.reporting, range(min(2, len(words))))


def _reports_the_killing(text: str, m: Mention, t_start: int, lex: EventLexicon) -> bool:
    """"أفاد المرصد السوري بمقتل ...", "an official reported the killing of ...": the subject of
    a report verb right before a noun of killing reports it; it did not kill. Armed forces,
    security ministries and other state bodies are left as they are ("أعلن الجيش مقتل 10
    مسلحين", "أعلنت وزارة الداخلية عن مقتل عنصر إرهابي": they may well have killed them)."""
    if not lex.reporting or {"MIL", "POLICE", "REBEL", "INTERIOR", "INTEL"} & set(m.sectors) \
            or (m.kind != "person" and "GOV" in m.sectors) or m.kind == "state":
        return False
    gap = _words(fold(text[m.end : t_start]))
    if len(gap) > 4 or re.search(r"[.;:!?]", text[m.end : t_start]):
        return False
    words = _words(fold(text[max(0, m.start - 30) : m.start]))
    return _ends_with_any(words, lex.reporting, 0)


def _says_between(text: str, start: int, end: int, lex: EventLexicon) -> bool:
    """Whether a speech or report verb stands between ``start`` and ``end`` ("The embassy's
    report added that Sheikh Nayef said ... exchange expertise": a source, then a speaker)."""
    words = _words(fold(text[start:end]))
    return _phrase_at(words, lex.reporting, range(len(words)))


def _reporter(text: str, m: Mention, t_end: int, lex: EventLexicon, reach: int = 1) -> bool:
    """Whether ``m`` is the source a trailing attribution names, after a comma behind the
    trigger, closing the sentence: ", the ministry reported.", ", a indiqué le ministère.",
    "، قالت الوزارة."."""
    between = text[t_end : m.start]
    cut = max(between.rfind(","), between.rfind("،"))
    if cut < 0:
        return False
    rest = text[m.end : m.end + 80]
    if not re.search(r"[.!?\n]", rest) or re.search(r"[,،;]", rest.split(".")[0]):
        return False  # the attribution closes its sentence: "..., the ministry reported."
    lead = _words(fold(between[cut + 1 :]))
    tail = _words(fold(text[m.end : m.end + 40]))
    # ", a indiqué le ministère": the verb opens the attribution; ", the ministry reported": it follows
    return any(tuple(lead[: len(v)]) == v and len(lead) <= len(v) + 2 for v in lex.reporting) \
        or _phrase_at(tail, lex.reporting, range(reach))


def _inverted_pronoun(doc: Document, opened: int, t_start: int, t_end: int, lex: EventLexicon,
                      fits: Callable[[Mention, str | None], bool]) -> Mention | None:
    """A `pronouns` word glued by a hyphen after the verb of the trigger ("déplore-t-il", "a-t-elle
    dénoncé"), standing for the last person named before ``opened`` that it ``fits`` (its gender)."""
    # the pack's euphonic letters may stand between the verb and the pronoun ("a-t-il")
    infixes = "|".join(re.escape(i.lstrip("-")) for i in lex.euphonic_infixes)
    hit = re.search(rf"-(?:{infixes})?(\w+)\b", doc.text[t_start:t_end])
    if hit is None or fold(hit.group(1)) not in lex.pronouns:
        return None
    gender = lex.pronoun_genders.get(fold(hit.group(1)))
    last = _last_person_before(doc, opened, lambda m: fits(m, gender))
    if last is None:
        return None
    start = t_start + hit.start(1)
    return _stand_in(last, start, start + len(hit.group(1)), hit.group(1), 0.8, f"pronoun for '{last.text}'")


def _stop_between(gap: str) -> bool:
    """Whether a sentence stop stands in ``gap``; not the stop of an initial or a one-letter
    abbreviation ("a ajouté M. Maduro", "said J. Smith")."""
    return re.search(r"(?:^|\W|\w\w)[.!?]\s", gap) is not None


def _participle(text: str, t_start: int, t_end: int, lex: EventLexicon) -> bool:
    """Whether the trigger's first word ends as a participle of the pack (fr "dénonçant")."""
    first = fold(text[t_start:t_end]).split()
    return bool(first and lex.participle_endings and first[0].endswith(lex.participle_endings))


# the word splitters most tests use, compiled once (a pattern given as a string is looked up in
# re's cache at every call, and these run tens of thousands of times a second)
_WORD_RUN = re.compile(r"\w+")
_words = _WORD_RUN.findall
_word_matches = _WORD_RUN.finditer
_apostrophe_words = re.compile(r"[\w']+").findall
_quote_words = re.compile(r"[\w'’]+").findall

# a quotation of at most two words (a quoted term, not words said): "« gilets jaunes »", "“fake news”"
_QUOTED_TERM = re.compile(r"[«“\"]\s*(\w[\w'’-]*(?:\s+[\w'’-]+)?)\s*[»”\"]")


def _quote_closing(text: str, sent_start: int, at: int, commas: str = ",") -> tuple[int, int] | None:
    """Where a quotation closing right before ``at`` with one of ``commas`` opens and closes: the
    opening is -1 when the sentence holds none (it opened in an earlier one); None when no closing
    mark and comma stand just before ``at``."""
    lo = max(sent_start, at - 6)
    m = re.search(r'([”»"])\s*[' + re.escape(commas) + r']\s*$', text[lo:at])
    if m is None:
        return None
    close = lo + m.start(1)
    return text.rfind({"”": "“", "»": "«", '"': '"'}[m.group(1)], sent_start, close), close


def _incise_quotation(text: str, sent_start: int, at: int) -> int | None:
    """Where the quotation opens when ``at`` starts an incise right after it ("« ... », a
    dénoncé X", "\"...\", fustigeait X"): a closing mark and a comma just before; the sentence's
    start when the quotation opened in an earlier sentence. None when ``at`` follows no quotation,
    or a quoted term of one or two words."""
    quote = _quote_closing(text, sent_start, at)
    if quote is None:
        return None
    opening, close = quote
    if opening != -1 and _quoted_term(text, opening, close):
        return None  # "l'un des « gilets jaunes », a appelé": a quoted term, not words said
    return opening if opening != -1 else sent_start


def _quoted_term(text: str, opening: int, close: int) -> bool:
    """Whether the quotation between the marks at ``opening`` and ``close`` holds one or two
    words: a quoted term, not words said. Words are counted by spaces, as in _QUOTED_TERM:
    "« trompe-l'œil »" is one word, not the three ``_words`` would split it into."""
    return len(text[opening + 1 : close].split()) < 3


def _quotation_before(text: str, sent_start: int, at: int) -> tuple[int, int] | None:
    """The span of a quotation of three words or more that closes, with a comma (Latin or Arabic),
    right before ``at`` and opens in the same sentence; None otherwise."""
    quote = _quote_closing(text, sent_start, at, ",،")
    if quote is None or quote[0] == -1 or _quoted_term(text, *quote):
        return None
    return quote


def _clause_initial(text: str, sent_start: int, at: int, relatives: frozenset[str] = frozenset()) -> bool:
    """Whether at most one word stands between the start of its clause and ``at``; a clause
    that resumes after a relative one ("MAB, which opposed the war, urged ...") has its
    subject before the relative clause."""
    piece = text[sent_start:at]
    cut = max(piece.rfind(c) for c in ",;:–—(")
    if cut > 0 and relatives:
        prev = piece[:cut]
        opened = prev[max(prev.rfind(c) for c in ",;:–—(") + 1 :].split()
        if opened and fold(opened[0]) in relatives:
            return False
    return len(_words(piece[cut + 1 :])) <= 1


def _coordinated_after(text: str, actors: list[Mention], actor: Mention, recipient: Mention | None, t_end: int,
                       end: int, lex: EventLexicon) -> list[tuple[Mention, Mention]]:
    """Further sides listed after the trigger ("a visit to Bangladesh and Myanmar", "calls from
    the King of Bahrain, and King Abdullah II of Jordan"): each as an (actor, recipient) pair.

    The list continues the side named last after the trigger (the recipient of "visited", the
    caller of "received calls from"); each member may carry its own office and country
    ("..., ولي العهد ... بمملكة البحرين، والشيخ ..."), which belong to it, not to the list.  Only
    after the trigger: a list before it ("the US, France and Spain cooperate with Morocco") is
    the subject, not a set of recipients of its first member."""
    after = [x for x in (actor, recipient) if x is not None and x.start >= t_end and x.country]
    if not after:
        return []
    side = max(after, key=lambda x: x.start)
    fixed = recipient if side is actor else actor
    if fixed is None:
        return []
    out: list[tuple[Mention, Mention]] = []
    seen = {actor.country, *(x.country for x in (recipient,) if x is not None)}
    seen_ids = {_identity(actor), *(_identity(x) for x in (recipient,) if x is not None)}
    last = side
    cursor = side.end
    for m in sorted((x for x in actors if x.start >= side.end and x.start < end), key=lambda x: x.start):
        if m.end <= cursor:
            continue
        if m.adjectival and m.kind == "state" and side.kind != "state":
            continue  # "and Kuwait's Emir ...": the country qualifies the next member
        gap = fold(text[cursor : m.start]).replace("،", ",").strip()
        first = gap.split()[:1]
        if m.country and m.country == last.country and len(gap.split()) <= 4 and "," not in gap \
                and not (first and first[0] in lex.conjunctions):
            cursor = m.end  # the member's own office or country: "King Hamad, King of Bahrain"
            continue
        sep = gap.startswith(",")
        words = (gap[1:] if sep else gap).split()
        conj = bool(words) and words[0] in lex.conjunctions
        if conj:
            words = words[1:]
        elif sep and words and lex.arabic_script and words[0][:1] in lex.conjunctions and len(words[0]) > 1:
            words, conj = [words[0][1:], *words[1:]], True  # "، والشيخ": the conjunction written on
        if conj and words and words[0] in lex.definite_markers:
            words = words[1:]  # an article opens the member: "visited Egypt and the Emirates", "le Mali et la Guinée"
        # honorifics and ranks may stand between the separator and a person's name
        joined = (sep or conj) and len(words) <= (3 if m.kind == "person" else 0)
        if not joined:
            break
        if m.kind != side.kind or not m.country:
            break
        if m.country in seen and (m.kind != "person" or _identity(m) in seen_ids):
            break
        out.append((m, fixed) if side is actor else (actor, m))
        seen.add(m.country)
        seen_ids.add(_identity(m))
        last = m
        cursor = m.end
        if len(out) >= 5:
            break
    return out


def _affiliation_of(text: str, subj: Mention, m: Mention, lex: EventLexicon) -> bool:
    """Whether ``m`` is named right behind ``subj`` after an affiliation word ("القوات الموالية
    لحكومة هادي", "forces loyal to the government"): whose the subject is, not another side."""
    if m.start < subj.end:
        return False
    words = _apostrophe_words(fold(text[subj.end : m.start]))
    if words and words[-1] in lex.articles:
        words = words[:-1]  # "loyal to the government"
    return bool(words) and len(words) <= 3 and " ".join(words) in lex.affiliation_words


def _co_actors(text: str, actors: list[Mention], actor: Mention, recipient: Mention | None, t_start: int,
               t_end: int, lex: EventLexicon) -> list[Mention]:
    """The other members of a list the actor stands in, when they share its role: "Jordan and
    Bahrain condemned the attack", "أدانت السعودية والإمارات الهجوم" (after a verb-first trigger,
    up to the recipient).  Members are joined by commas or a conjunction (for persons a few
    words of office may open a member: "and Egypt's President Sisi")."""
    if actor.end <= t_start:
        pool = sorted((m for m in actors if m.end <= actor.start), key=lambda m: -m.start)
    elif actor.start >= t_end:
        limit = recipient.start if recipient is not None and recipient.start > actor.start else len(text)
        pool = sorted((m for m in actors if m.start >= actor.end and m.start < limit), key=lambda m: m.start)
    else:
        return []
    backward = actor.end <= t_start
    out: list[Mention] = []
    closed = 0  # forward: members up to the last one opened by a conjunction
    seen = {actor.country, *((recipient.country,) if recipient is not None else ())}
    seen_ids = {_identity(actor), *((_identity(recipient),) if recipient is not None else ())}
    edge = actor
    for m in pool:
        if m is recipient or (m.adjectival and m.kind == "state" and actor.kind != "state"):
            continue
        gap = fold(text[m.end : edge.start] if backward else text[edge.end : m.start]).replace("،", ",").strip()
        sep = gap.startswith(",") or gap.endswith(",") if backward else gap.startswith(",")
        words = gap.strip(",").split()
        # a conjunction written onto a word ("والشيخ") only after a comma: "أردوغان وزير ..." is
        # a name and an office, not a list
        conj = bool(words) and (words[0] in lex.conjunctions or (
            sep and lex.arabic_script and words[0][:1] in lex.conjunctions and len(words[0]) > 1))
        if conj:
            words = words[1:] if words[0] in lex.conjunctions else [words[0][1:], *words[1:]]
        # an article may open a member ("et l'Allemagne", "and the UAE"); for persons a few
        # words of office ("and Egypt's President Sisi")
        later = edge if backward else m
        allowed = 3 if later.kind == "person" else (1 if len(words) == 1 and len(words[0]) <= 3 else 0)
        if not (sep or conj) or len(words) > allowed:
            break
        if words and not conj and gap.startswith(",") and gap.endswith(","):
            # "اتهمت الولايات المتحدة، أمس، تايلاند وروسيا": words set off by two commas are an
            # incise of the member before them, not a member of a list
            break
        # a real list has its conjunction before the last member: "A, B and C condemned"; a
        # comma alone is an apposition or an opening clause ("Like Trump, the president accuses")
        if backward and not out and not conj:
            break
        if m.kind not in ACTOR_KINDS or not m.country or m.country in seen or _identity(m) in seen_ids:
            break
        out.append(m)
        if conj:
            closed = len(out)
        seen.add(m.country)
        seen_ids.add(_identity(m))
        edge = m
        if len(out) >= 5:
            break
    return out if backward else out[:closed]


def _two_sides(ms: list[Mention]) -> tuple[Mention, Mention] | None:
    """The first two actors of different countries, preferring persons and bodies to states."""
    cands = _distinct(ms)
    cands = sorted(cands, key=lambda m: (m.kind == "state", m.start))
    for i, a in enumerate(cands):
        for b in cands[i + 1 :]:
            if a.country and b.country and a.country != b.country:
                return (a, b) if a.start <= b.start else (b, a)
    return None


def _asked(text: str, t_end: int, s_end: int) -> bool:
    """Whether the trigger's clause is a question: its sentence ends with a question mark and no
    stop, quotation mark or semicolon stands between (a question quoted before "a-t-il
    demandé" ends inside its quotation)."""
    rest = text[t_end:s_end].rstrip()
    if rest.endswith(("?", "؟")) and not re.search(r"[.;»”\"]", rest[:-1]):
        return True
    # 'asked the Italians: "Why did your police not act?"': the trigger opens a quoted question
    return re.match(r"[^.;:«“\"]{0,40}:\s*[«“\"]", rest) is not None and re.search(r"[?؟]\s*[»”\"]$", rest) is not None


def _after_question(text: str, floor: int, t_start: int) -> bool:
    """Whether the trigger comes right after a quoted question ("«Qu'en penses-tu ?», demande
    X"): asking a question is no request."""
    return bool(re.search(r"[?؟]\s*[»”\"]\s*,?\s*$", text[max(floor, t_start - 8) : t_start]))


def _quote_names_the_act(text: str, floor: int, t_start: int, lex: EventLexicon) -> bool:
    """Whether the quotation holding the trigger only names what a speech verb right before it
    reports ('ont affirmé « leur soutien à ... »', 'said "its deep concern"'): the trigger opens
    the quotation, so the speaker outside it performs the act."""
    k = max(text.rfind(q, floor, t_start) for q in ("“", "«", '"'))
    if k < 0 or len(_words(text[k + 1 : t_start])) > 1 or not lex.reporting:
        return False
    words = _words(fold(text[max(floor, k - 40) : k]))
    last = {phrase[-1] for phrase in lex.reporting}
    return bool(words) and (words[-1] in last or (len(words) > 1 and words[-2] in last))


def _without_bracket_members(text: str, actors: list[Mention], lex: EventLexicon) -> list[Mention]:
    """Drop the states a bracket lists right after a word ("the six powers (the United States,
    Britain, France, China, Russia and Germany) and Iran", "الدول الست الكبرى (الولايات المتحدة
    وبريطانيا ...) وإيران"): they say who the noun is, and are no sides of the event beside it.
    Not after a locative: "une tournée en Afrique (Sénégal et Afrique du Sud)" lists the places
    visited, each a side."""
    if not actors:
        return actors
    lo, hi = max(0, actors[0].start - 1), actors[-1].end + 1
    if "(" not in text[lo:hi]:
        return actors
    drop: set[int] = set()
    for m in _MEMBER_LIST.finditer(text, lo, hi):
        inside = [x for x in actors if m.start(1) <= x.start and x.end <= m.end(1)]
        if len(inside) >= 2 and all(x.kind == "state" for x in inside) \
                and not any(w in lex.locatives for w in fold(text[max(0, m.start() - 40) : m.start()]).split()[-3:]):
            drop.update(id(x) for x in inside)
    return [x for x in actors if id(x) not in drop]


# a bracket opened right after a word, as a list of members explaining it is
_MEMBER_LIST = re.compile(r"(?<=\w)\s*\(([^()]{3,200})\)")


def _quoted(text: str, start: int, at: int, end: int | None = None) -> bool:
    """Whether offset ``at`` lies inside a quotation of the paragraph ``text[start:end]``."""
    return any(a < at < b for a, b in _quote_spans(text, start, len(text) if end is None else end))


_OPENS_AFTER = frozenset(" \t\n([{:;,—–-'’«“/")


@functools.lru_cache(maxsize=256)
def _quote_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The quotations of a paragraph, as (opening mark, closing mark) offsets.

    Marks are paired, not counted: one stray mark early in a long paragraph (a scraped page that
    is a single paragraph) must not turn every later sentence into a quotation.  A straight
    quote opens where it stands after a space or an opening bracket and before a word, and
    closes after a word and before a space or punctuation.  A second opening mark while a
    quotation is open starts a new one (the French habit of reopening the quotation at each
    paragraph of a long quote); a mark never closed is a typo, not a quotation running on to the
    paragraph's end.
    """
    # (the marks found by a pattern: a character loop in Python is slow)
    return _paired_marks(text, start, end, (hit.start() for hit in _QUOTE_MARK.finditer(text, start, end)))


def _paired_marks(text: str, start: int, end: int, marks: Iterable[int]) -> tuple[tuple[int, int], ...]:
    """The quotations that the quotation marks at offsets ``marks`` (in order, inside ``text[start:end]``)
    make, paired as :func:`_quote_spans` says."""
    spans: list[tuple[int, int]] = []
    open_at: dict[str, int] = {}
    for i in marks:
        c = text[i]
        if c == '"':
            before = text[i - 1] if i > start else " "
            after = text[i + 1] if i + 1 < end else " "
            opens = before in _OPENS_AFTER and not after.isspace()
            closes = not before.isspace() and (after.isspace() or not after.isalnum())
            kind = '"'
        else:
            opens, closes = c in "«“", c in "»”"
            kind = "«" if c in "«»" else "“"
        was = open_at.pop(kind, None)
        if was is not None:
            spans.append((was, i))
            if opens and not closes:
                open_at[kind] = i  # reopened: the open quotation ends here, a new one starts
        elif opens or not closes:
            open_at[kind] = i
    return tuple(spans)


_QUOTE_MARK = re.compile('["«»“”]')


def _countries(ms: list[Mention]) -> set[str]:
    return {m.country for m in ms if m.country}


def _identity(m: Mention) -> str:
    return m.actor_id or f"{m.kind}:{m.name}"


def _distinct(ms: list[Mention]) -> list[Mention]:
    """One mention per actor; a body or person outranks the bare adjective of its own country."""
    out: list[Mention] = []
    for m in ms:
        if any(_identity(o) == _identity(m) for o in out):
            continue
        out.append(m)
    # drop adjectival states whose country is already represented by a person or body
    strong = {m.country for m in out if m.kind in ("person", "organization", "group")}
    return [m for m in out if not (m.kind == "state" and m.adjectival and m.country in strong)]


def _apposed_person(text: str, before: list[Mention], t_start: int) -> Mention | None:
    """The person named before an apposition set off by commas that ends right before the verb
    ("X, Director General of ..., has toured"); None when there is no such apposition."""
    close = text.rfind(",", 0, t_start)
    if close < 0 or len(text[close + 1 : t_start].split()) > 2 or any(m.start > close for m in before):
        return None
    for p in reversed(before):
        if p.kind == "person" and p.end < close and text[p.end : p.end + 2].lstrip().startswith(","):
            return p
    return None


def _apposed_state(text: str, before: list[Mention], subj: Mention, t_start: int) -> Mention | None:
    """The state before an apposition naming an international body ("la Turquie, membre de
    l'OTAN, qui ..., a refusé"): the body describes the state, which is the subject; None when
    the subject is no such body or no state stands right before its apposition."""
    if subj.kind != "organization" or "IGO" not in subj.sectors or "," not in text[subj.end : t_start]:
        return None
    for p in reversed(before):
        if p.kind == "state" and not p.adjectival and p.end <= subj.start:
            gap = text[p.end : subj.start]
            if gap.lstrip().startswith(",") and len(gap.split()) <= 4 and gap.count(",") == 1:
                return p
            return None
    return None


def _addressed_after(text: str, prev: Mention, m: Mention, prefixes: tuple[str, ...]) -> bool:
    """Whether ``m`` stands right behind ``prev`` (one word at most between) with one of the pack's
    object ``prefixes`` glued to its first word ("السعودية للأردن", "الملك سلمان للرئيس هادي";
    the mention may start after the prefix or, the article's alif elided, inside it)."""
    ws = m.start
    while ws > 0 and not text[ws - 1].isspace():
        ws -= 1
    if ws <= prev.end or len(text[prev.end : ws].split()) > 1 or re.search(r"[,;:()،؛]", text[prev.end : ws]):
        return False  # (one word between at most: the verb after its subject, "ميركل أكدت لداود أوغلو")
    return fold(text[ws : m.start]) in prefixes


def _against(text: str, m: Mention, words: frozenset[str]) -> bool:
    """Whether one of ``words`` stands one or two words before ``m``, with no punctuation between."""
    gap = text[max(0, m.start - 40) : m.start]
    gap = re.split(r"[,;:.()«»\"“”،؛]", gap)[-1]
    return bool(words.intersection(_words(fold(gap))[-2:]))


def _subject(before: list[Mention]) -> Mention | None:
    if not before:
        return None
    # the nearest person/body before the verb; a state only when there is nothing else
    for m in reversed(before):
        if m.kind in ("person", "organization", "group"):
            return m
    return before[-1]


def _other(m: Mention, ref: Mention) -> bool:
    return _identity(m) != _identity(ref) and not (m.country and ref.country and m.country == ref.country and m.kind == "state")


def _pick_other(cands: list[Mention], ref: Mention, text: str | None = None, after: int | None = None,
                addressee: bool = False) -> Mention | None:
    """The first candidate that is another actor, preferring one of another country; but a
    direct object right after the verb (at most three words from ``after``, no comma) comes
    first: "Al-Jubouri thanked Kuwait for ... Iraqi border guards". With ``addressee`` (a
    request or an accusation: "urged the government to scrap ...", "accused the West of ...") a
    body right behind the verb (an article at most between) does so even when it has no country
    or only an inferred one: who is asked or accused is the other side, not a country named in
    what is asked for or charged."""
    others = [m for m in cands if _other(m, ref)]
    if others and text is not None and after is not None and others[0].start >= after:
        gap = text[after : others[0].start]
        stated = others[0].country and (not others[0].country_inferred or others[0].kind == "person")
        # (a person of no known country may be named by an apposition after him: "attacked Mr Lopez,
        # a Mexican minister")
        if (stated or (addressee and others[0].kind != "person" and len(gap.split()) <= 1)) and len(gap.split()) <= 3 \
                and not any(c in gap for c in ",;:،("):
            return others[0]
    foreign = [m for m in others if m.country and ref.country and m.country != ref.country]
    chosen = foreign or others
    return chosen[0] if chosen else None


def _inferred_side(name: str, actor_id: str, kind: str, country: str, sectors: list[str]) -> dict[str, Any]:
    """A side the text implies but does not name (the destination of aid, people arrested)."""
    return {"name": name, "name_raw": None, "actor_id": actor_id, "kind": kind, "country": country,
            "country_inferred": True, "sectors": sectors, "title": None, "start": None, "end": None}


def _actor(m: Mention) -> dict[str, Any]:
    return {
        "name": m.name,
        "name_raw": m.text,
        "actor_id": m.actor_id or f"{m.kind}:{fold(m.name)}",
        "kind": m.kind if m.kind in ACTOR_KINDS else None,
        "country": m.country,
        "country_inferred": m.country_inferred,
        "sectors": list(m.sectors),
        "title": m.title,
        "start": m.start,
        "end": m.end,
    }


# what a domestic actor addresses to its own government when it names no one
_ADDRESSED = frozenset({"REQUEST", "ACCUSE", "REJECT"})


def _note(trace: list[dict[str, Any]] | None, doc: Document, si: int, start: int, end: int, trig: Trigger,
          outcome: str, actor: Mention | None = None, recipient: Mention | None = None,
          score: float | None = None, detail: str | None = None) -> dict[str, Any]:
    """Record (or update) what became of the trigger at ``start`` of sentence ``si``, for `dyad explain`."""
    if trace is None:
        return {}
    row: dict[str, Any] | None = None
    for old in reversed(trace):
        if old["sentence"] != si:
            break
        if old["start"] == start:
            row = old  # a later stage decided again (ranked, then recorded)
            break
    if row is None:
        row = {}
        trace.append(row)
    row.update(sentence=si, start=start, end=end, trigger=doc.text[start:end], event_type=trig.type,
               outcome=outcome, detail=detail, score=score,
               actor=None if actor is None else (actor.name, actor.country),
               recipient=None if recipient is None else (recipient.name, recipient.country))
    return row


def _answered_accusations(records: list[dict[str, Any]]) -> None:
    """"Bamako accuses Algiers of ...; Algiers rejected these 'unfounded' accusations": a rejection
    of accusations that names no one (or only its own government, inferred) answers the last
    accusation against its country by another country's actor, named earlier in the report."""
    for i, r in enumerate(records):
        if not r.pop("_of_accusations", False):
            continue
        country = r["actor"].get("country")
        rec = r.get("recipient")
        if not country or (rec is not None and not (rec.get("start") is None and rec.get("country") == country)):
            continue
        prev = next((p for p in reversed(records[:i]) if p["event_type"] == "ACCUSE"
                     and (p.get("recipient") or {}).get("country") == country
                     and p["actor"].get("country") not in (None, country)), None)
        if prev is None:
            continue
        r["recipient"] = dict(prev["actor"])
        r.setdefault("why", {})["recipient"] = \
            f"the accuser it answers, named before: {prev['actor']['name']} ({prev['evidence']['text'][:60]})"


def _condemned_victims(text: str, records: list[dict[str, Any]], triggered: list[tuple[int, set[str]]]) -> None:
    """"Gulf states strongly condemned the bombing that targeted a mosque of the emergency
    forces", "a dénoncé les agressions visant des élus": when the sentence's attack record, named
    between a condemnation and its recipient, struck that same side, the side is the attack's
    victim, not what is condemned; the condemnation is addressed to the attackers named in its
    object ("condemned the Turkish shelling of northern Iraq"), or to nobody when they are unknown
    (the gold sets leave them null). The relative-clause reading in ``_record`` catches the cases
    with a relative pronoun right behind the attack noun; this one reads the records themselves,
    so it holds whatever words stand between."""
    for acc in records:
        rec = acc.get("recipient")
        if acc["event_type"] != "ACCUSE" or acc.get("cameo_code") != _CONDEMNED or rec is None \
                or rec.get("start") is None:
            continue
        t_end = acc["trigger"]["end"]
        attack = next((s for s in records if s is not acc and s["event_type"] == "ASSAULT"
                       and s["evidence"]["start"] == acc["evidence"]["start"]
                       and (s.get("recipient") or {}).get("start") == rec["start"]
                       and t_end <= s["trigger"]["start"] < rec["start"]
                       and s["trigger"]["start"] - t_end <= _CONDEMNED_WINDOW), None)
        if attack is None or any(attack["trigger"]["end"] <= h < rec["start"] and "ASSAULT" not in types
                                 for h, types in triggered):
            # "deplored the killing of the child, and held Israel responsible": a verb of its own
            # between the attack and the side may take that side as its object
            continue
        accuser = acc.get("actor") or {}
        attacker = attack.get("actor")
        a_start, a_end, h = (attacker or {}).get("start"), (attacker or {}).get("end"), attack["trigger"]["start"]
        named = attacker is not None and attacker.get("actor_id") not in (UNIDENTIFIED, accuser.get("actor_id")) \
            and a_start is not None and a_end is not None and a_start >= max(t_end, accuser.get("end") or 0) \
            and (accuser.get("country") is None or attacker.get("country") != accuser.get("country")) \
            and not re.search(r"[,;:.!?()،؛]", text[min(a_end, h) : max(a_start, h)])
        # (the attackers are read in the attack's own words: "the Israeli attack", "القصف التركي",
        # not a co-subject of the condemnation, nor a side of the accuser's own state)
        acc["recipient"] = dict(attacker) if named and attacker is not None else None
        # the victim, however often named, is no participant of the condemnation; its attackers are;
        # and, as _record lists them, only when more than the two sides take part
        kept = [p for p in acc.get("participants") or [] if p.get("actor_id") != rec.get("actor_id")]
        if acc["recipient"] is not None and not any(p.get("actor_id") == acc["recipient"].get("actor_id") for p in kept):
            kept.append(dict(acc["recipient"]))
        acc["participants"] = kept if len(kept) > 2 else []
        acc.setdefault("why", {})["recipient"] = (
            f"the attackers of the attack it condemns: {attacker['name']}" if named and attacker is not None
            else f"the attack it condemns struck {rec.get('name')}; its attackers are not named")


def _merge_restatements(records: list[dict[str, Any]], doc_id: str) -> list[dict[str, Any]]:
    """One record per (type, actor, recipient) in an article: a restatement fills gaps, no new record."""
    out: list[dict[str, Any]] = []
    # every record kept so far per key, the latest last: the latest record of two sides may be
    # another event of theirs (a protest in Albi between two tellings of the one in Toulouse)
    index: dict[Any, list[dict[str, Any]]] = {}
    for r in records:
        a_id, b_id = (r["actor"] or {}).get("actor_id"), (r["recipient"] or {}).get("actor_id")
        countries = _record_countries(r)
        if r["event_type"] not in _ONE_WAY and r["event_type"] != "ACCUSE":
            # a meeting or an agreement is the same whichever side the sentence names first (an
            # accusation is not: the one returned would be merged into the first, and a reversed
            # misreading would take the place of the right record)
            key: Any = (r["event_type"], frozenset(x for x in (a_id, b_id) if x))
            ckey: Any = (r["event_type"], frozenset("c:" + c for c in countries)) if len(countries) == 2 else None
        else:
            # an attack and the strike that answers it, praise and praise returned: two acts
            key = (r["event_type"], a_id, b_id)
            a_c, b_c = (r["actor"] or {}).get("country"), (r["recipient"] or {}).get("country")
            ckey = (r["event_type"], "c:" + a_c, "c:" + b_c) if a_c and b_c and a_c != b_c else None
        candidates = [*reversed(index.get(key, []))]
        if ckey:
            # (by identity: `in` on a list of records would compare them field by field)
            seen = {id(p) for p in candidates}
            candidates += [p for p in reversed(index.get(ckey, [])) if id(p) not in seen]
        if r.pop("_restates", False) and candidates and _compatible_dates(candidates[0], r):
            # "the two ministers discussed ...", "the meeting, held on 22 December": the event
            # already recorded, by construction; it may fill a date or place the record lacks (a
            # place it names when the record has one is what they talked about)
            _fill_gaps(candidates[0], r)
            candidates[0].setdefault("restated_in", []).append(r["evidence"])
            continue
        candidates = [p for p in candidates if not (
            (p["recipient"] is None or r["recipient"] is None) and p["evidence"]["text"] != r["evidence"]["text"])]
        if not candidates and not countries and r["event_type"] in _ON_THE_GROUND and _anonymous(r):
            # "Gunmen attacked an Egyptian army checkpoint ... The attackers opened fire with
            # automatic weapons": a later telling by nobody named, of no country, and in no other
            # place, is a detail of the happening of that type already recorded (an attack on a
            # named group, "the Islamic State", or in another town is an event of its own)
            prev = next((x for x in reversed(out) if x["event_type"] == r["event_type"] and _record_countries(x)), None)
            if prev is not None and _compatible_dates(prev, r) and (
                    not r.get("location") or (prev.get("location") or {}).get("name") == r["location"].get("name")) \
                    and (r["recipient"] is None or r["recipient"].get("actor_id") in (
                        UNIDENTIFIED, (prev["recipient"] or {}).get("actor_id"), (prev["actor"] or {}).get("actor_id"))
                         or (r["actor"] or {}).get("actor_id") == UNIDENTIFIED
                         and str(r["recipient"].get("actor_id")).startswith("org:XXX-")
                         and "CIVILIAN" not in (r["recipient"].get("sectors") or [])):
                # (its victims, when it names any, are those of the record, or the attackers
                # themselves: "One of the attackers was killed"; "gunmen killed 12 villagers" is
                # another attack)
                _fill_gaps(prev, r)
                prev.setdefault("restated_in", []).append(r["evidence"])
                continue
        prev = next((p for p in candidates if _same_event(p, r)), None)
        if prev is not None:
            _fill_gaps(prev, r)
            if prev.get("location") and r.get("location") and _state_visit(prev) \
                    and _within(prev["location"], r["location"]):
                # "toured ..., one of the stops being Qatar" then "met in Doha": the city is more precise
                prev["location"] = r["location"]
            if prev["recipient"] is None and r["recipient"] is not None:
                prev["recipient"] = r["recipient"]
            # a restatement naming the persons is more precise than one naming bodies
            if r["recipient"] is not None and _rank(r["actor"]) + _rank(r["recipient"]) > _rank(prev["actor"]) + _rank(prev["recipient"]):
                same_order = r["actor"].get("country") == (prev["actor"] or {}).get("country")
                prev["actor"], prev["recipient"] = (r["actor"], r["recipient"]) if same_order else (r["recipient"], r["actor"])
            prev.setdefault("restated_in", []).append(r["evidence"])
            continue
        out.append(r)
        index.setdefault(key, []).append(r)
        if ckey:
            index.setdefault(ckey, []).append(r)
    _visit_hosts(out)
    _same_occasion_dates(out)
    for n, r in enumerate(out, start=1):
        r["event_id"] = f"{doc_id}:{n}"
        r.pop("_si", None)
        _visit_roles(r)
    return out


def _same_event(prev: dict[str, Any], r: dict[str, Any]) -> bool:
    """Whether ``r``, of the same type and sides as the earlier record ``prev``, tells the same
    event: not a phone call after a visit, not another pair of persons of the same bodies, not the
    same sides in another city of the text, and at a compatible date."""
    if prev.get("event_mode") != r.get("event_mode") and prev.get("event_mode") and r.get("event_mode") \
            or not _same_persons(prev, r):
        return False  # a phone call and a visit, or a minister and then a police chief: two events
    if prev.get("location") and r.get("location") \
            and prev["location"].get("name") != r["location"].get("name") \
            and not (_within(prev["location"], r["location"]) and (_state_visit(prev) or _state_visit(r))) \
            and "dateline" not in ((prev.get("why") or {}).get("place"), (r.get("why") or {}).get("place")):
        return False  # the same two sides meeting in two cities: two meetings (a dateline is no city of the text)
    return _compatible_dates(prev, r)


def _anonymous(r: dict[str, Any]) -> bool:
    """Whether no side of a record is anyone named: unidentified attackers, or a body of no
    known country ("the attackers", "des manifestants")."""
    return all(x is None or x.get("actor_id") in (None, UNIDENTIFIED) or str(x.get("actor_id")).startswith("org:XXX-")
               for x in (r["actor"], r["recipient"]))


def _is_counterpart(side: dict[str, Any], lex: EventLexicon) -> bool:
    """Whether a record's side is named as "the other side" ("his Turkish counterpart", "نظيره")."""
    words = fold(str(side.get("title") or "") + " " + str(side.get("name_raw") or "")).split()
    return any(c in words for c in lex.counterparts)


def _record_countries(r: dict[str, Any]) -> frozenset[str]:
    """The countries of a record's two sides (those known)."""
    return frozenset(c for c in ((r["actor"] or {}).get("country"), (r["recipient"] or {}).get("country")) if c)


# the fields that say when an event happened, copied together
_DATE_FIELDS = ("date", "date_precision", "date_text", "date_window")


def _window(date: DateMention | None) -> dict[str, str] | None:
    """The window of days a vague date allows, when it is narrower than its precision's unit
    ("last week" in one month is more than "2024-07"); None for a day or a whole unit."""
    if date is None or not date.earliest or not date.latest or date.earliest == date.latest:
        return None
    if date.value and date.precision == "month" and date.earliest.endswith("-01") \
            and date.latest[:7] == date.value and _month_end(date.latest):
        return None
    if date.value and date.precision == "year" and date.earliest.endswith("-01-01") and date.latest.endswith("-12-31"):
        return None
    return {"earliest": date.earliest, "latest": date.latest}


def _month_end(iso: str) -> bool:
    d = dt.date.fromisoformat(iso)
    return (d + dt.timedelta(days=1)).day == 1


def _fill_gaps(prev: dict[str, Any], r: dict[str, Any]) -> None:
    """A restatement ``r`` gives the record ``prev`` the date and place it lacks, and its topics."""
    if not prev.get("date") and r.get("date"):
        for field in _DATE_FIELDS:
            prev[field] = r.get(field)
    if prev.get("location") is None and r.get("location") is not None:
        prev["location"] = r["location"]
    for t in r["topics"]:
        if t not in prev["topics"]:
            prev["topics"].append(t)


# a sentence this long that an article repeats word for word is a copy of the page's text, not a
# second telling (short ones, "Lire aussi", "Il a été arrêté.", may well recur as two facts)
_REPEAT_MIN = 40

# how many sentences after a dated occasion a record may still be of it: further on, a report
# has moved to background (a 1978 meeting, the 1956 war) or to other happenings
_OCCASION_REACH = 5
# what `why.date` calls the occasion a record took its date from
_OCCASION_NAMES = {"CONSULT": "the meeting", "AGREE": "the agreement", "ACCUSE": "the accusation",
                   "REQUEST": "the appeal", "REJECT": "the rejection", "SUPPORT": "the statement of support",
                   "THREATEN": "the threat", "PROTEST": "the protest", "COOPERATE": "the cooperation"}


def _visit_hosts(records: list[dict[str, Any]]) -> None:
    """"The French minister was also received by the Director General of National Security": on
    a visit, an office-holder of no stated country who meets the visitor is of the host country,
    not of the country the report is about. A meeting whose two sides share a country, one of them
    only inferred, takes the host's country for that side from the last meeting of two named persons
    of stated countries held in the country of one of them, the other side's country being the
    visitor's (at most `_OCCASION_REACH` sentences back, and not when the meeting is placed in
    another country)."""
    abroad: list[tuple[dict[str, Any], str, str]] = []  # (meeting, visitor's country, host's country)
    for r in records:
        if r["event_type"] != "CONSULT" or r["recipient"] is None:
            continue
        pair = _record_countries(r)
        where = (r.get("location") or {}).get("country")
        if len(pair) == 2 and where in pair:
            if all(x.get("kind") == "person" and not x.get("country_inferred") for x in (r["actor"], r["recipient"])):
                # two named persons of stated countries: a visit the report is sure of
                abroad.append((r, next(iter(pair - {where})), str(where)))
            continue
        sides = [r["actor"], r["recipient"]]
        inferred = [x for x in sides if x.get("country_inferred") and x.get("kind") in ("person", "organization")]
        if len(pair) != 1 or len(inferred) != 1:
            continue
        side, own = inferred[0], next(iter(pair))
        host = next((h for m, v, h in reversed(abroad) if v == own and where in (None, h)
                     and r.get("_si", 0) - m.get("_si", 0) <= _OCCASION_REACH), None)
        if host is None:
            continue
        side["country"] = host
        if str(side.get("actor_id", "")).startswith("official:"):
            side["actor_id"] = official_id(host, list(side.get("sectors") or []))
        r.setdefault("why", {})["recipient" if side is r["recipient"] else "actor"] = \
            "of the host country of the meeting abroad reported before"


def _same_occasion_dates(records: list[dict[str, Any]]) -> None:
    """"X and Y met on Tuesday. ... The two sides signed a memorandum": an agreement, pledge or
    appeal between the same two countries, later in the report and with no date words of its
    own, happened on the dated occasion before it (a meeting, or a statement: "Iraq on Monday
    accused Turkey ... In its statement, the ministry called on Ankara to ..."); a further
    meeting of the same two sides ("the minister was also received by ...") only at a dated
    meeting; at most `_OCCASION_REACH` sentences after it. It takes that date (also over a year
    that holds it), and `why` says so."""
    first: dict[frozenset[str], dict[str, Any]] = {}  # the first day-dated record of each pair
    meetings: dict[frozenset[str], dict[str, Any]] = {}
    for r in records:
        pair = _record_countries(r)
        if len(pair) != 2:
            continue
        if r.get("date") and r.get("date_precision") == "day":
            first.setdefault(pair, r)
            if r["event_type"] in ("CONSULT", "AGREE"):
                # a meeting, or a signing ("وقعت ... أمس مذكرة تفاهم ... الذي يزور المملكة")
                meetings.setdefault(pair, r)
        elif (not r.get("date") and not r.get("date_text")) or r.get("date_precision") == "year":
            m = meetings.get(pair) if r["event_type"] == "CONSULT" else \
                first.get(pair) if r["event_type"] in _OCCASIONAL | {"REQUEST"} else None
            # "اتفق الجانبان في ختام اللقاء على تنظيم دورات ... خلال النصف الثاني من العام": a year
            # that holds the occasion's day says less than the occasion
            if m is not None and m["evidence"]["start"] < r["evidence"]["start"] \
                    and r.get("_si", 0) - m.get("_si", 0) <= _OCCASION_REACH and (
                    r.get("date_precision") != "year"
                    or (r["event_type"] != "CONSULT" and str(m["date"]).startswith(str(r.get("date"))))):
                for field in _DATE_FIELDS:
                    r[field] = m.get(field)
                what = _OCCASION_NAMES.get(m["event_type"], f"the {m['event_type'].lower()} record")
                r.setdefault("why", {})["date"] = f"{what} it took place at ({m['evidence']['text'][:60]})"
                if m.get("location") and (m.get("why") or {}).get("place") not in _INFERRED_PLACES \
                        and (not r.get("location") or r["why"].get("place") in _INFERRED_PLACES
                             or r["why"].get("place") == "same paragraph"):
                    # and where: "At the end of the meeting, the two sides agreed" in a Doha-datelined
                    # report of a meeting in Amman is in Amman
                    r["location"] = dict(m["location"])
                    r["why"]["place"] = f"{what} it took place at"


def _named_persons(r: dict[str, Any]) -> dict[str, str]:
    """country -> person actor id, for the persons a record names with their own country."""
    out: dict[str, str] = {}
    for side in (r.get("actor"), r.get("recipient")):
        if side and side.get("kind") == "person" and side.get("country") and not side.get("country_inferred") \
                and not str(side.get("actor_id", "")).startswith("official:"):
            out[side["country"]] = str(side.get("actor_id"))
    return out


def _state_visit(r: dict[str, Any]) -> bool:
    """Whether a record is a visit to a state named as such ("toured ..., one of the stops
    being Qatar"), which a later meeting in one of its cities makes precise."""
    return r.get("event_mode") == "visit" and (r.get("recipient") or {}).get("kind") == "state" \
        and (r.get("location") or {}).get("feature_type") == "country"


def _within(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether one of two places is a country and the other lies in it (Qatar and Doha)."""
    return bool(a.get("country")) and a.get("country") == b.get("country") \
        and "country" in (a.get("feature_type"), b.get("feature_type"))


def _same_persons(a: dict[str, Any], b: dict[str, Any]) -> bool:
    pa, pb = _named_persons(a), _named_persons(b)
    return all(pa[c] == pb[c] for c in pa.keys() & pb.keys())


def _visit_roles(r: dict[str, Any]) -> None:
    """A meeting in one side's country is a visit by the other side: the visitor is the actor."""
    loc = r.get("location") or {}
    actor, recipient = r.get("actor") or {}, r.get("recipient")
    if r["event_type"] != "CONSULT" or not recipient or not loc.get("country"):
        return
    lc = loc["country"]
    if r["event_mode"] == "third-party" and lc in (actor.get("country"), recipient.get("country")) \
            and actor.get("country") != recipient.get("country"):
        # "talks in Doha" between Qatar and Jordan: Doha is no third place when Qatar is a party
        r["event_mode"], r["cameo_code"] = None, "042"
    if actor.get("country") == lc and recipient.get("country") and recipient["country"] != lc:
        r["actor"], r["recipient"] = recipient, actor
        r["event_mode"] = r["event_mode"] if r["event_mode"] not in (None, "multilateral") else "visit"
        r.setdefault("why", {})["roles"] = "the meeting took place in the recipient's country"
    elif recipient.get("country") == lc and actor.get("country") and actor["country"] != lc:
        r["event_mode"] = r["event_mode"] if r["event_mode"] not in (None, "multilateral") else "visit"


def _rank(a: dict[str, Any] | None) -> int:
    return {"person": 3, "organization": 2, "group": 2, "state": 1}.get((a or {}).get("kind") or "", 0)


def _compatible_dates(a: dict[str, Any], b: dict[str, Any]) -> bool:
    da, db = a.get("date"), b.get("date")
    if not da and not db:
        return True
    if not da or not db:
        # an undated report and one dated well before publication ("In 2021, the UK agreed
        # ..."): the dated one recalls an earlier happening, not the news of the day
        dated = str(da or db)
        published = str(a.get("publication_date") or b.get("publication_date") or "")
        if not published:
            return True
        limit = _months_before(published[:7], 2)
        return dated[:7] >= limit[: len(dated[:7])]
    return da.startswith(db) or db.startswith(da)


def _months_before(month: str, n: int) -> str:
    """``YYYY-MM`` minus ``n`` months (as ``YYYY-MM``); the input unchanged when malformed."""
    try:
        y, m = int(month[:4]), int(month[5:7]) if len(month) >= 7 else 1
    except ValueError:
        return month
    k = y * 12 + (m - 1) - n
    return f"{k // 12:04d}-{k % 12 + 1:02d}"
