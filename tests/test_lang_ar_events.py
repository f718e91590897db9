"""Arabic lexicon behaviour of the event stage (dyad/lang/ar/*.yaml), one behaviour per test.

Each test runs the whole pipeline over a short Arabic sentence written for it and checks the
record an analyst would read: its type, who acted on whom (by country), or that there is none.
"""

from __future__ import annotations

from event_helpers import analyse_text, event_pairs

from dyad.doc import Document

_records = event_pairs


def _run(text: str) -> Document:
    return analyse_text(text, "ar")


def test_a_restated_attack_after_yati_yields_to_the_attacks_the_sentence_reports() -> None:
    # "ويأتي الهجوم فيما ...": the attack is the frame; the Taliban's attacks on Afghan forces are the news
    doc = _run("ويأتي الهجوم فيما يصعد مسلحو حركة طالبان هجماتهم على القوات الأفغانية في ولاية قندوز.")
    assert _records(doc) == [("ASSAULT", "AFG", "AFG")]
    assert doc.events[0]["trigger"]["text"] == "هجماتهم"


def test_the_suicide_attack_with_its_article_is_one_trigger_read_with_the_negation_before_it() -> None:
    # "no party claimed the suicide attack": the claim is denied, no attack record of its own
    doc = _run("ولم تعلن أي جهة مسؤوليتها عن الهجوم الانتحاري في كابول.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_talks_that_will_cover_a_subject_are_still_to_come() -> None:
    # the future verb stands four words after the noun trigger
    assert not _records(_run("وقالت مصادر إن المباحثات مع الجانب الروسي ستتناول الأزمة السورية."))
    # the same talks in the past are an event
    assert ("CONSULT", "RUS", "SYR") in _records(_run("وقالت مصادر إن المباحثات مع الجانب الروسي تناولت الأزمة السورية."))


def test_intelligence_provided_to_another_country_is_cooperation() -> None:
    doc = _run("وأكدت وزارة الخارجية الأمريكية دعمها لجهود نيجيريا عبر توفير معلومات مخابرات لقواتها.")
    assert _records(doc) == [("COOPERATE", "USA", "NGA")]
    assert doc.events[0]["event_mode"] == "intelligence"


def test_two_people_were_arrested_dual_passive_by_the_countrys_authorities() -> None:
    # "اعتقلا" (the two were arrested): a passive with no agent named
    doc = _run("وقالت وزارة الداخلية التونسية إن شقيقين اعتقلا في مدينة بنزرت.")
    assert _records(doc) == [("COERCE", "TUN", "TUN")]
    assert doc.events[0]["event_mode"] == "detain"


def test_placed_in_administrative_detention_is_an_arrest() -> None:
    doc = _run("وأعلنت وزارة الدفاع الإسرائيلية أن مستوطنين اثنين وضعا قيد الاعتقال الإداري.")
    assert _records(doc) == [("COERCE", "ISR", "ISR")]
    assert doc.events[0]["event_mode"] == "detain"
    assert doc.events[0]["trigger"]["text"] == "وضعا قيد الاعتقال"


def test_athnaa_after_a_title_chain_is_no_name() -> None:
    # "..., أثناء زيارته": the clause word after a title is not read as the official's name
    doc = _run("استقبل الرئيس المصري الأمير محمد بن سلمان ولي ولي العهد ووزير الدفاع، أثناء زيارته لمصر أمس.")
    assert not [m for m in doc.mentions if "أثناء" in m.text]
    # the visit to Egypt ("زيارته لمصر") places the meeting there: the visitor acts
    assert ("CONSULT", "SAU", "EGY") in _records(doc)


def test_local_extends_the_title_before_the_name() -> None:
    # "قائد الشرطة المحلية أحمد العلي": المحلية belongs to the title, the name is أحمد العلي
    doc = _run("وقال قائد الشرطة المحلية أحمد العلي إن الوضع هادئ.")
    assert [m.text for m in doc.mentions if m.kind == "person"] == ["أحمد العلي"]


def test_the_visitor_named_right_after_kana_fi_istiqbal_is_received_by_the_host_after_him() -> None:
    # "وكان في استقبال الوفد ... اللواء فلان": the delegation is the visitor, the official next the host
    doc = _run("وكان في استقبال الوفد القطري اللواء عمر الخصاونة مدير الأمن العام الأردني.")
    assert _records(doc) == [("CONSULT", "QAT", "JOR")]
    assert doc.events[0]["event_mode"] == "visit"


def test_soldiers_killed_with_no_country_named_are_of_the_country_the_report_is_about() -> None:
    # "مقتل ضابط صف": the NCO is a military body of the focus country, the attacker unknown
    doc = _run("تعرضت تركيا لهجمات متكررة في الأسابيع الماضية وأعلنت تركيا رفع حالة التأهب.\n"
               "وأدى ذلك إلى مقتل ضابط صف وإصابة جنديين آخرين.")
    killed = [e for e in doc.events if e["trigger"]["text"] == "مقتل"]
    assert len(killed) == 1 and killed[0]["event_type"] == "ASSAULT"
    assert killed[0]["actor"]["country"] is None and killed[0]["recipient"]["country"] == "TUR"
    assert "MIL" in killed[0]["recipient"]["sectors"]


def test_the_secretariat_of_an_international_body_is_that_body_not_a_national_office() -> None:
    # "الأمانة العامة لمنظمة التعاون الإسلامي": no national general secretariat to lend a country to
    doc = _run("أدانت الأمانة العامة لمنظمة التعاون الإسلامي الهجوم الإرهابي الذي وقع في شمال الكاميرون.")
    assert _records(doc) == [("ACCUSE", None, "CMR")]
    assert not [m for m in doc.mentions if m.text == "الأمانة العامة"]


def test_amam_before_and_amr_ordered_are_no_officials() -> None:
    # "أمام" (in front of) folds like the title "إمام", "أمر" (ordered) like "آمر": neither is a person
    doc = _run("وقال رئيس الحكومة أمام البرلمان إن الملك أمر بتشكيل لجنة للتحقيق.")
    assert not [m for m in doc.mentions if m.kind == "person" and ("أمام" in m.text or "أمر" in m.text)]
    # "المعارضة" is the opposition, a body, not an official of it
    assert [m.kind for m in _run("وأعلنت المعارضة رفضها للقرار.").mentions if m.text == "المعارضة"] == ["organization"]


def test_the_insurgency_named_as_a_noun_is_no_protest() -> None:
    # "زعيم التمرد": the insurgency, not a protest; the assets frozen are a sanction
    doc = _run("وأعلنت تركيا أنها جمدت أموال الرئيس اليمني السابق وزعيم التمرد عبد الملك الحوثي.")
    records = _records(doc)
    assert not [r for r in records if r[0] == "PROTEST"]
    assert ("SANCTION", "TUR", "YEM") in records


def test_strikes_launched_by_a_country_are_an_attack() -> None:
    doc = _run("وقالت وزارة الدفاع إن الطائرات البريطانية تشن ضربات ضد مواقع داعش في العراق.")
    assert "ASSAULT" in [r[0] for r in _records(doc)]


def test_a_ceasefire_with_a_word_inside_is_no_shooting() -> None:
    # "وقف دائم لإطلاق النار": the ceasefire, not "إطلاق النار"
    doc = _run("وطالب المبعوث الأممي الحكومة اليمنية بوقف دائم لإطلاق النار.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_what_someone_hopes_for_has_not_happened() -> None:
    # "أعرب عن أمله في ... إلقاء القبض": a wish, no arrest
    doc = _run("وأعرب وزير الخارجية الألماني عن أمله في إلقاء القبض على مرتكبي الهجوم في السعودية.")
    assert not [r for r in _records(doc) if r[0] == "COERCE"]
    # "سنواصل دعم": a first-person future, no support given yet
    doc = _run("وقال الرئيس الإيراني إننا سنواصل دعم الشعب اليمني.")
    assert not [r for r in _records(doc) if r[0] == "SUPPORT"]


def test_storming_a_place_is_an_attack() -> None:
    doc = _run("وقال الجيش التركي إن مسلحين اقتحموا مركزا للدرك في شرق تركيا.")
    assert "ASSAULT" in [r[0] for r in _records(doc)]


def test_a_court_sentencing_someone_coerces_him() -> None:
    # a prison term handed down is COERCE 173 as the gold sets code it (formerly read as an ACCUSE charge)
    doc = _run("وقالت مصادر قضائية إن محكمة جنايات مصرية قضت اليوم بسجن رئيس الوزراء المصري الأسبق خمس سنوات.")
    assert [r[:2] for r in _records(doc)] == [("COERCE", "EGY")]


def test_an_interview_a_settlement_sought_and_the_occupation_are_no_events() -> None:
    # "في حوار خاص": an interview; "تسوية الأزمة": the settlement sought; "قوات الاحتلال": the standing occupation
    assert not [r for r in _records(_run("وقال وزير الخارجية البريطاني في حوار خاص مع صحيفة عربية إن بلاده تدعم الحل في اليمن."))
                if r[0] == "CONSULT"]
    assert not [r for r in _records(_run("وأكد الوزير الروسي أن تسوية الأزمة السورية تحتاج إلى وقت."))
                if r[0] == "AGREE"]
    assert not [r for r in _records(_run("وأشار إلى أن قوات الاحتلال الإسرائيلي تواصل سياساتها في الضفة الغربية."))
                if r[0] == "COERCE"]


def test_a_source_declining_to_be_named_or_to_comment_is_no_event() -> None:
    doc = _run("وقال مسؤول تركي رفض الكشف عن هويته إن منفذ الهجوم سوري.")
    assert not [r for r in _records(doc) if r[0] == "REJECT"]
    doc = _run("ورفضت الحكومة الأردنية التعليق على ادعاءات الجيش السوري.")
    assert not [r for r in _records(doc) if r[0] == "REJECT"]


def test_participation_named_as_a_noun_is_no_meeting() -> None:
    doc = _run("وتوجه الرئيس اليمني إلى القاهرة للمشاركة في احتفالات افتتاح قناة السويس.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT" and r[2] is None]


def test_greetings_to_pass_on_are_no_request() -> None:
    doc = _run("وفي ختام اللقاء طلب الملك عبدالله الثاني نقل تحياته إلى خادم الحرمين الشريفين الملك سلمان.")
    assert not [r for r in _records(doc) if r[0] == "REQUEST"]


def test_support_from_someone_names_the_supporter_after_it() -> None:
    # "بدعم من": the supporter comes after, the supported before
    doc = _run("وتقدمت القوات اليمنية بدعم من القوات السعودية نحو مدينة زنجبار.")
    assert ("SUPPORT", "SAU", "YEM") in _records(doc)


def test_bare_sanctions_need_a_target_and_a_ban_named_in_a_body_is_no_sanction() -> None:
    # bare "العقوبات" with no target named: sanctions in force, no record
    doc = _run("وقال خبير اقتصادي إن العقوبات أضرت كثيرا بالاقتصاد الإيراني.")
    assert not [r for r in _records(doc) if r[0] == "SANCTION"]
    doc = _run("وقال مدير منظمة حظر الأسلحة الكيميائية إن المفتشين وصلوا إلى سوريا.")
    assert not [r for r in _records(doc) if r[0] == "SANCTION"]
    doc = _run("وفرضت وزارة الخزانة الأميركية أمس عقوبات على قطريين بتهمة تمويل تنظيم القاعدة.")
    assert ("SANCTION", "USA", "QAT") in _records(doc)


def test_a_verb_only_form_of_demand_or_urge_is_a_request_that_outranks_the_demanded_measure() -> None:
    # "طالبت" cannot be the noun "student": the demand is the news, not the emergency it asks for
    doc = _run("وطالبت كتلة برلمانية عراقية في بيان بإعلان حالة الطوارئ في البلاد.")
    assert _records(doc)[0][:2] == ("REQUEST", "IRQ")
    assert not [r for r in _records(doc) if r[0] == "COERCE"]
    # "حث" (masculine past) urges someone
    doc = _run("وحث وزير الخارجية الأمريكي الحكومة العراقية على الحوار مع المعارضة.")
    assert ("REQUEST", "USA", "IRQ") in _records(doc)
    # a proposal is a request made to the other side
    doc = _run("واقترحت مصر على الحكومة الليبية عقد مؤتمر للمصالحة.")
    assert ("REQUEST", "EGY", "LBY") in _records(doc)


def test_opponents_named_by_the_plural_noun_are_the_opposition() -> None:
    # "معارضون" with no article: the opposition accuses, not the accused president
    doc = _run("ويتهم معارضون في بوروندي الحكومة بتزوير الانتخابات.")
    assert [r[0] for r in _records(doc)] == ["ACCUSE"]
    assert doc.events[0]["actor"]["sectors"] == ["OPPOSITION"]
    assert doc.events[0]["recipient"]["country"] == "BDI"


def test_warplanes_with_a_nationality_are_that_countrys_forces() -> None:
    doc = _run("وقال مسؤول عراقي إن مقاتلات تركية قصفت مواقع في شمال العراق.")
    assert _records(doc) == [("ASSAULT", "TUR", "IRQ")]
    # with no nationality beside them, planes are nobody's forces
    doc = _run("وقال مسؤول عراقي إن الطائرات المدنية عادت إلى مطار بغداد.")
    assert not [m for m in doc.mentions if m.kind == "organization"]


def test_a_group_of_people_is_no_business_body() -> None:
    doc = _run("وقالت مجموعة من الخبراء إن الاقتصاد السوري تضرر كثيرا.")
    assert not [m for m in doc.mentions if m.kind == "organization"]


def test_a_denial_is_a_rejection_and_the_accusation_it_denies_is_no_record() -> None:
    doc = _run("ونفت وزارة الخارجية السودانية الاتهامات الإثيوبية.")
    assert _records(doc) == [("REJECT", "SDN", "ETH")]
    # a denial not made is nothing
    assert not _records(_run("ولم تنف الحكومة المصرية الخبر."))


def test_boycott_appreciation_and_a_security_campaign() -> None:
    doc = _run("وقاطعتها المعارضة البوروندية.")
    assert [r[:2] for r in _records(doc)] == [("PROTEST", "BDI")]
    doc = _run("وأعرب وزير الخارجية اليمني عن تقديره للدور السعودي.")
    assert _records(doc) == [("SUPPORT", "YEM", "SAU")]
    doc = _run("وشنت الشرطة المصرية حملة أمنية في شمال سيناء.")
    assert _records(doc) == [("COERCE", "EGY", "EGY")]


def test_a_press_interview_is_no_meeting() -> None:
    doc = _run("وقال وزير الخارجية الأمريكي في مقابلة مع صحيفة فرنسية إن الاقتصاد الإيراني تحسن.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]


def test_an_agreement_named_again_is_no_agreement_one_concluded_is() -> None:
    # "الاتفاق النووي" criticised: the criticism is the news, the deal is not concluded again
    doc = _run("وانتقد وزير الخارجية الإسرائيلي الاتفاق النووي مع إيران.")
    assert _records(doc) == [("ACCUSE", "ISR", "IRN")]
    doc = _run("وأبرمت الجزائر اتفاقا مع تونس لتعزيز التجارة.")
    assert ("AGREE", "DZA", "TUN") in _records(doc)


def test_an_attack_attributed_to_a_group_names_its_agent() -> None:
    # "نسب إلى": the attacker comes after the marker, not the government named before the attack
    doc = _run("ووعدت الحكومة المصرية بتعزيز الأمن غداة هجوم انتحاري نسب إلى تنظيم داعش.")
    assert [(r[0], r[2]) for r in _records(doc)] == [("ASSAULT", "EGY")]
    assert doc.events[0]["actor"]["country"] != "EGY"


def test_clashes_and_congratulations() -> None:
    doc = _run("وقال مسؤول إن مقاتلين أكرادا اشتبكوا مع القوات الإيرانية قرب الحدود.")
    assert [(r[0], r[2]) for r in _records(doc)] == [("ASSAULT", "IRN")]
    doc = _run("وعبر ولي العهد السعودي عن أبلغ التهاني للرئيس التشادي.")
    assert _records(doc) == [("SUPPORT", "SAU", "TCD")]
    # "هنا" (here) folds like "هنأ" (congratulated): no congratulation
    doc = _run("وهنا قالت الحكومة الأردنية إن الوضع مستقر.")
    assert not [r for r in _records(doc) if r[0] == "SUPPORT"]


def test_concern_voiced_to_another_country_and_a_referral_to_court() -> None:
    doc = _run("وأعرب وزير الخارجية الأميركي عن قلقه إزاء الأنشطة العسكرية الصينية في بحر الصين.")
    assert ("ACCUSE", "USA", "CHN") in _records(doc)
    doc = _run("وأعلنت النيابة المصرية إحالة المتهمين إلى محكمة الجنايات.")
    assert [r[:2] for r in _records(doc)] == [("ACCUSE", "EGY")]


def test_seized_in_the_passive_is_an_arrest_by_the_authorities() -> None:
    doc = _run("وقالت وزارة الداخلية التونسية إنه تم ضبطهم في مدينة سوسة.")
    assert _records(doc) == [("COERCE", "TUN", "TUN")]


def test_members_of_parliament_named_as_a_group_are_the_legislature() -> None:
    doc = _run("وطالب نواب عراقيون الحكومة بتقديم استقالتها.")
    assert [r[:2] for r in _records(doc)] == [("REQUEST", "IRQ")]
    assert doc.events[0]["actor"]["sectors"] == ["LEGISLATURE"]
    doc = _run("وحذر أوباما المشرعين الأمريكيين من رفض الاتفاق.")
    assert ("THREATEN", "USA", "USA") in _records(doc)


def test_publishing_is_no_deployment_deploying_forces_is() -> None:
    doc = _run("وقالت وزارة الخارجية الأردنية في بيان نشرته على موقعها إن الوضع مستقر.")
    assert not [r for r in _records(doc) if r[0] == "MOBILIZE"]
    doc = _run("وأعلن الجيش المصري نشر قواته في شمال سيناء.")
    assert [r[:2] for r in _records(doc)] == [("MOBILIZE", "EGY")]


def test_a_standing_threat_is_no_threat_made() -> None:
    doc = _run("وقال وزير الداخلية الأردني إن تنظيم داعش يمثل تهديدا للأمن الإقليمي.")
    assert not [r for r in _records(doc) if r[0] == "THREATEN"]
    # (not "حكومة بلاده": read as a body, "the government of his country" has no country of its own in a
    # one-sentence text, where no focus country fills it)
    doc = _run("وأكد رئيس الوزراء التركي أن بلاده مستعدة للرد بأشد الطرق على أي هجوم.")
    assert [r[:2] for r in _records(doc)] == [("THREATEN", "TUR")]


def test_a_path_or_a_drone_is_no_march() -> None:
    doc = _run("وأكد وزير الخارجية المصري دعم بلاده لمسيرة التنمية في السودان.")
    assert not [r for r in _records(doc) if r[0] == "PROTEST"]
    doc = _run("وخرج الطلاب في مدينة الزرقاء الأردنية في مسيرة حاشدة.")
    assert [r[:2] for r in _records(doc)] == [("PROTEST", "JOR")]


def test_presenting_or_granting_anything_is_no_aid() -> None:
    doc = _run("وقدمت الكلية الحربية المصرية استعراضا عسكريا أمام الرئيس السعودي.")
    assert not [r for r in _records(doc) if r[0] == "AID"]
    doc = _run("إيران تقدم دعما عسكريا للحكومة السورية.")
    assert _records(doc) == [("AID", "IRN", "SYR")]


def test_reaching_an_agreement_with_the_subject_between_verb_and_goal() -> None:
    doc = _run("وتوصلت الولايات المتحدة وروسيا إلى اتفاق على مسودة قرار.")
    assert ("AGREE", "USA", "RUS") in _records(doc)


def test_the_occupation_forces_and_settlers_are_israeli_bodies() -> None:
    doc = analyse_text("أصيب فتى فلسطيني جراء إطلاق النار عليه من قبل قوات الاحتلال شرق بيت حانون.", lang="ar")
    assert event_pairs(doc) == [("ASSAULT", "ISR", "PSE")]


def test_houthi_forces_named_without_the_kb_article_are_yemeni_armed_forces() -> None:
    # "للحوثيين" (ل + ال glued), "ميليشيات الحوثي": Yemeni; right behind a strike verb they struck
    doc = _run("وقصفت ميليشيات الحوثي الأحياء السكنية في مدينة تعز.")
    assert [r[:2] for r in _records(doc)] == [("ASSAULT", "YEM")]
    doc = _run("قام مسلحون تابعون للحوثيين بالقبض على عشرة من قادة حزب معارض في صنعاء.")
    assert [r for r in _records(doc) if r[0] == "COERCE"] == [("COERCE", "YEM", "YEM")]


def test_respecting_a_truce_is_no_new_ceasefire() -> None:
    doc = _run("وطالب الرئيس اليمني عبدربه منصور هادي المليشيات الحوثية باحترام الهدنة الإنسانية.")
    assert _records(doc) == [("REQUEST", "YEM", "YEM")]
    doc = _run("وأعلنت الأمم المتحدة هدنة بين الحكومة اليمنية والحوثيين.")
    assert [r[0] for r in _records(doc)] == ["RETREAT"]


def test_sanctions_lifting_awaited_under_a_deal_is_no_retreat() -> None:
    doc = _run("وصادق مجلس الأمن على الاتفاق النووي مع إيران ما يمهد الطريق أمام رفع العقوبات الدولية عن طهران.")
    assert not [r for r in _records(doc) if r[0] == "RETREAT"]
    doc = _run("وقال المسؤول إن واشنطن تعمل لرفع العقوبات عن كوبا.")
    assert not [r for r in _records(doc) if r[0] == "RETREAT"]
    doc = _run("وأعلنت الحكومة الأمريكية رفع العقوبات عن كوبا.")
    assert _records(doc) == [("RETREAT", "USA", "CUB")]


def test_al_imad_is_a_rank_before_a_name() -> None:
    # "العماد" (the Lebanese general's rank) opens the name after it; the occasion after the comma is no name
    doc = _run("دعا قائد الجيش اللبناني العماد جان قهوجي العسكريين، بمناسبة ذكرى تأسيس الجيش، إلى الاستعداد.")
    assert "جان قهوجي" in [m.text for m in doc.mentions if m.kind == "person"]
    assert not [m for m in doc.mentions if "بمناسبة" in m.text]


def test_going_to_fight_or_a_missile_arsenal_is_no_attack() -> None:
    for text in ("وسافر الشاب إلى سوريا للقتال مع تنظيم داعش.",
                 "وعاد مئات المصريين من القتال في سوريا إلى سيناء.",
                 "ويسمح القرار بتزويد إيران بتكنولوجيا الصواريخ الباليستية."):
        assert not [r for r in _records(_run(text)) if r[0] == "ASSAULT"], text
    # fighting reported is one
    doc = _run("ودار قتال عنيف بين الجيش اليمني والحوثيين في مدينة عدن.")
    assert [r[0] for r in _records(doc)] == ["ASSAULT"]


def test_an_event_noun_after_a_title_is_no_name() -> None:
    # "وزير الخارجية الأمريكي دعم بلاده": دعم is the object (the support), not the minister's name
    doc = _run("وأكد وزير الخارجية الأمريكي دعم بلاده للحكومة العراقية.")
    assert _records(doc) == [("SUPPORT", "USA", "IRQ")]
    doc = _run("وجدد وزير الخارجية السعودي رفض المملكة للتدخل الإيراني.")
    assert _records(doc) == [("REJECT", "SAU", "IRN")]


def test_a_visit_intended_or_invited_is_no_visit_made() -> None:
    # "أعلن عزمه زيارة": an intention (and عزمه is no name after the title)
    doc = _run("وأعلن وزير الخارجية النمساوي عزمه زيارة إيران في سبتمبر.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]
    assert "عزمه" not in [m.text for m in doc.mentions]
    # "دعا ... لزيارة": the invitation is the event, the visit its purpose
    doc = _run("ودعا وزير الخارجية اليمني المبعوث الأممي لزيارة مدينة عدن.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]
    doc = _run("وأجرى وزير الخارجية القطري زيارة إلى العراق.")
    assert _records(doc) == [("CONSULT", "QAT", "IRQ")]


def test_the_attack_carried_out_by_a_group_is_the_groups() -> None:
    # "الهجوم الذي نفذه تنظيم داعش": the group after نفذه is the attacker, not a victim
    doc = _run("وقتل عشرة أشخاص في الهجوم الذي نفذه تنظيم داعش على مسجد في الكويت.")
    assert [(e["event_type"], e["actor"]["actor_id"], e["recipient"]["country"]) for e in doc.events] == [
        ("ASSAULT", "org:ISIS", "KWT")]


def test_a_pledge_an_organiser_or_a_visit_talked_about_is_no_event() -> None:
    # "تعهد ... بمواصلة الاحتجاجات": protests pledged, still to come
    assert not _records(_run("وتعهد المتظاهرون بمواصلة الاحتجاجات حتى إقالة الفاسدين."))
    # "أحد منظمي المظاهرات": a man named by his role
    assert not [r for r in _records(_run("وقال أحد منظمي المظاهرات في بغداد إن المطالب واضحة.")) if r[0] == "PROTEST"]
    # "وحول زيارة ...": the visit is the topic of what the minister said
    doc = _run("وحول زيارة وفد حماس إلى السعودية قال الوزير إنها كانت لأداء العمرة.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]


def test_waqa_of_a_happening_is_no_signing() -> None:
    # "انفجارا وقع في": occurred, not signed
    assert not [r for r in _records(_run("وقال مسؤولون إن انفجارا وقع في مركز ثقافي ببلدة سروج التركية.")) if r[0] == "AGREE"]
    assert not [r for r in _records(_run("ويعيش العراق على وقع فتوى الجهاد الكفائي.")) if r[0] == "AGREE"]
    doc = _run("ووقعت السعودية وفرنسا اتفاقية للتعاون العسكري.")
    assert _records(doc) == [("AGREE", "SAU", "FRA")]


def test_a_country_after_the_preposition_lam_lost_its_article_alif() -> None:
    # "لليمن"، "للسودان"، "للولايات المتحدة": ل + ال is written لل, the gazetteer reads the bare name
    assert _records(_run("وقدمت السعودية مساعدات لليمن.")) == [("AID", "SAU", "YEM")]
    assert _records(_run("وأرسلت قطر مساعدات للسودان.")) == [("AID", "QAT", "SDN")]
    doc = _run("وانتقد الرئيس الإيراني السياسات الأمريكية ووجه انتقادات للولايات المتحدة.")
    assert "USA" in {m.country for m in doc.mentions if m.kind == "state"}
    # the British prime minister is no Cameroonian
    doc = _run("وقال رئيس الوزراء البريطاني ديفيد كاميرون إن بلاده ستدعم التحالف.")
    assert "CMR" not in {m.country for m in doc.mentions}


def test_the_assistant_secretary_is_no_aid() -> None:
    doc = _run("وقالت مساعدة وزير الخارجية الأميركي خلال زيارتها للهند إن الاتفاق جيد.")
    assert not [r for r in _records(doc) if r[0] == "AID"]
    doc = _run("وقال إنه يريد أن تبذل بريطانيا المزيد لمساعدة الولايات المتحدة.")
    assert not [r for r in _records(doc) if r[0] == "AID"]


def test_army_and_government_after_the_preposition_lam() -> None:
    # "للحكومة": ل + ال written لل; the loyalists of the government attacked the Houthis
    doc = _run("وسيطر الموالون للحكومة اليمنية على مطار عدن بعد أن شنوا هجوما ضد الحوثيين.")
    assert ("ASSAULT", "YEM", "YEM") in _records(doc)
    doc = _run("وقدمت إيران مساعدات للحكومة السورية.")
    assert _records(doc) == [("AID", "IRN", "SYR")]
    doc = _run("وقدمت الولايات المتحدة أسلحة للجيش العراقي.")
    assert "IRQ" in {m.country for m in doc.mentions if m.kind == "organization"}


def test_aircraft_or_funds_released_are_no_prisoners_freed() -> None:
    doc = _run("وأصدر أوباما توجيهات بالإفراج عن 12 طائرة من طراز اف-16 لمصر.")
    assert not [r for r in _records(doc) if r[0] == "RETREAT"]
    doc = _run("وأفرجت السلطات الإيرانية عن صحفي أمريكي.")
    assert _records(doc) == [("RETREAT", "IRN", "USA")]


def test_an_attack_on_a_right_is_no_attack() -> None:
    doc = _run("وقال الوزير إن التمرد يشكل اعتداء مباشرا على حق الشعب اليمني.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]
    doc = _run("وشن مسلحون هجوما على مركز للشرطة في سيناء.")
    assert [r[0] for r in _records(doc)] == ["ASSAULT"]


def test_the_coalition_to_support_legitimacy_is_a_name() -> None:
    doc = _run("وقال المتحدث باسم تحالف دعم الشرعية في اليمن إن الطائرات عادت إلى قواعدها.")
    assert not [r for r in _records(doc) if r[0] == "SUPPORT"]
    doc = _run("وأكدت السعودية دعمها لليمن.")
    assert ("SUPPORT", "SAU", "YEM") in _records(doc)


def test_criticism_answered_or_faced_is_no_criticism_by_the_subject() -> None:
    doc = _run("ورد الوزير الفرنسي على الانتقادات التي وجهها له نائب ألماني.")
    assert not [r for r in _records(doc) if r[0] == "ACCUSE" and r[1] == "FRA"]
    doc = _run("وقالت الصحيفة إن الحكومة الفرنسية تواجه انتقادات حادة.")
    assert not [r for r in _records(doc) if r[0] == "ACCUSE" and r[1] == "FRA"]
    # criticism levelled: "وجه انتقادات" (the plural noun alone is criticism faced or answered)
    doc = _run("وقال البيان إن الرئيس الإيراني وجه انتقادات حادة للولايات المتحدة.")
    assert ("ACCUSE", "IRN", "USA") in _records(doc)


def test_this_trial_restates_the_trial() -> None:
    doc = _run("وقال مسؤول في الأمم المتحدة إن هذه المحاكمة تمثل سابقة في السنغال.")
    assert not [r for r in _records(doc) if r[0] == "ACCUSE"]


def test_strikes_allowed_are_not_yet_strikes() -> None:
    doc = _run("وذكرت الصحيفة أن الأردن وافق على السماح للطيران الفرنسي بشن غارات من أراضيه.")
    recs = _records(doc)
    assert not [r for r in recs if r[0] == "ASSAULT"]
    assert ("COOPERATE", "JOR", "FRA") in recs


def test_tight_security_measures_are_a_mobilisation() -> None:
    doc = _run("وتشهد العاصمة المصرية إجراءات أمنية مشددة وانتشارا واسعا لقوات الشرطة.")
    assert [r[0] for r in _records(doc)] == ["MOBILIZE"]


def test_a_port_taking_in_a_shipment_hosts_nobody() -> None:
    doc = _run("وقال المسؤول إن ميناء عدن اليمني يستقبل شحنة من الوقود القادمة من الكويت.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]
    doc = _run("استقبل الرئيس المصري الأمير محمد بن سلمان ولي ولي العهد ووزير الدفاع، خلال زيارته لمصر.")
    assert ("CONSULT", "SAU", "EGY") in _records(doc)  # the visitor acts (the visit places it in Egypt)


def test_pressure_on_someone_is_coercion() -> None:
    doc = _run("وقال مصدر إن الجيش السوري يضغط على المسلحين الأتراك للخروج من البلدة.")
    assert ("COERCE", "SYR", "TUR") in _records(doc)


def test_a_treaty_of_history_or_in_force_is_no_agreement() -> None:
    doc = _run("وتقوم الوكالة بالتفتيش في إيران وفق اتفاقية الحد من انتشار الأسلحة النووية.")
    assert not [r for r in _records(doc) if r[0] == "AGREE"]
    doc = _run("وقال الكاتب إن اتفاقية سايكس بيكو بين فرنسا وبريطانيا رسمت حدود المنطقة.")
    assert not [r for r in _records(doc) if r[0] == "AGREE"]


def test_sadiq_is_a_name_not_a_ratification() -> None:
    doc = _run("وقال صادق الموسوي مستشار الرئيس الإيراني إن بلاده لن تغير سياستها تجاه أمريكا.")
    assert not [r for r in _records(doc) if r[0] == "AGREE"]
    doc = _run("وصادق البرلمان التونسي على اتفاقية مع الجزائر.")
    assert [r[0] for r in _records(doc)] == ["AGREE"]


def test_a_danger_pointed_out_or_caution_is_no_threat() -> None:
    doc = _run("وحذر وزير الخارجية المصري من خطورة الوضع في ليبيا.")
    assert not [r for r in _records(doc) if r[0] == "THREATEN"]
    doc = _run("ويسود التفاؤل الحذر بين المسؤولين الأردنيين بعد الاتفاق مع سوريا.")
    assert not [r for r in _records(doc) if r[0] == "THREATEN"]
    doc = _run("وحذر الرئيس الإيراني إسرائيل من عواقب أي هجوم.")
    assert ("THREATEN", "IRN", "ISR") in _records(doc)


def test_killed_at_the_hands_of_fighters_belonging_to_a_group() -> None:
    # "على أيدي" marks the agent; "ينتمون إلى" gives the fighters the group's country
    doc = _run("وقتل خمسة قرويين على أيدي مسلحين ينتمون إلى حركة الشباب الصومالية.")
    assert "SOM" in {r[1] for r in _records(doc) if r[0] == "ASSAULT"}


def test_the_blast_told_again_or_a_crisis_sparked_is_no_new_attack() -> None:
    doc = _run("وقال الوزير التركي إن أنقرة ستكشف من يقف وراء التفجير.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]
    doc = _run("وحذر محللون من تفجير أزمة جديدة بين مصر والسودان.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_declining_to_comment_is_no_rejection() -> None:
    doc = _run("وقالت الصحيفة إن وزير الخارجية الروسي رفض أن يعلق على الاتفاق مع الصين.")
    assert not [r for r in _records(doc) if r[0] == "REJECT"]
    doc = _run("وأضافت أن وزير الخارجية الإيراني رفض الخوض في تفاصيل المفاوضات مع فرنسا.")
    assert not [r for r in _records(doc) if r[0] == "REJECT"]


def test_plural_criticism_or_accusations_as_a_noun_name_no_accuser() -> None:
    # "انتقادات"/"اتهامات": criticism faced, traded or answered, seldom who blamed whom
    doc = _run("وقال المحلل إن الحكومة المصرية ردت على اتهامات منظمات حقوقية بشأن السجون.")
    assert not [r for r in _records(doc) if r[0] == "ACCUSE"]
    doc = _run("وتعرضت الحكومة الأردنية لانتقادات كثيرة من نواب البرلمان بسبب الأسعار.")
    assert not [r for r in _records(doc) if r[0] == "ACCUSE"]
    # the verb keeps naming both sides
    assert ("ACCUSE", "PAK", "IND") in _records(_run("واتهمت باكستان الهند بانتهاك وقف إطلاق النار."))


def test_a_trial_noun_names_no_accuser() -> None:
    # "محاكمة": the one tried comes first and the court's country after, so the sides were read backwards
    doc = _run("وبدأت في نيروبي محاكمة الوزير الصومالي السابق أمام محكمة كينية.")
    assert not [r for r in _records(doc) if r[0] == "ACCUSE"]


def test_the_ruling_party_adjective_is_no_ruler() -> None:
    # "الحاكم" after a party is "ruling", no person; "حاكم ولاية" is a governor
    doc = _run("وأصيب شرطي في هجوم على مقر حزب العدالة والتنمية الحاكم في إسطنبول.")
    assert not [m for m in doc.mentions if m.kind == "person"]
    doc = _run("وقال حاكم ولاية كادونا النيجيرية إن الشرطة اعتقلت المهاجم.")
    assert [m.kind for m in doc.mentions if "حاكم" in m.text] == ["person"]


def test_a_blessing_after_a_title_is_no_name() -> None:
    # "ـ حفظه الله ـ" after a royal's office is a blessing, not the official's name
    doc = _run("ودعا وزير الداخلية السعودي ـ حفظه الله ـ إلى ضرورة تكثيف الاستعدادات.")
    assert [m.text for m in doc.mentions if m.kind == "person"] == ["وزير الداخلية السعودي"]


def test_weapons_the_coalition_supplied_them_with_is_aid_from_the_coalition() -> None:
    # "... بأسلحة زودتها بها دول X": the supplier stands right behind the verb, the supplied before it
    doc = _run("ونشرت القوات اليمنية مدرعات حديثة زودها بها الجيش السعودي.")
    assert ("AID", "SAU", "YEM") in _records(doc)


def test_with_the_help_of_names_the_helper_after_it() -> None:
    # "بمساعدة": the helper follows, the one helped comes before (it was read the other way round)
    doc = _run("وعادت شركة الطيران الإيطالية إلى الربح بمساعدة شركة الاتحاد الإماراتية.")
    assert [r for r in _records(doc) if r[0] == "AID"] == [("AID", "ARE", "ITA")]


def test_an_agreement_recalled_in_a_relative_clause_is_no_agreement() -> None:
    doc = _run("وبحث الوزيران الإصلاحات التي تم الاتفاق عليها بين مصر والسعودية في صيف العام الماضي.")
    assert not [r for r in _records(doc) if r[0] == "AGREE"]
    doc = _run("وتم الاتفاق بين مصر والسعودية على تشكيل لجنة مشتركة.")
    assert [r[0] for r in _records(doc)] == ["AGREE"]


def test_displeasure_expressed_is_disapproval() -> None:
    doc = _run("وعبر رئيس البرلمان اللبناني عن استيائه من قرار الحكومة السورية إغلاق الحدود.")
    assert ("ACCUSE", "LBN", "SYR") in _records(doc)


def test_its_shelling_with_a_possessive_is_an_attack_by_the_subject() -> None:
    # "كثفت ... قصفها": the noun with its possessive, the subject before it shelled
    doc = _run("وكثفت المعارضة السورية قصفها على مواقع الجيش السوري في درعا.")
    assert ("ASSAULT", "SYR", "SYR") in _records(doc)


def test_criticising_as_a_circumstantial_participle() -> None:
    # "..., منتقدا X": the speaker of the main clause criticises
    doc = _run("ودعا وزير الخارجية الأردني إلى وقف الاستيطان، منتقدا الحكومة الإسرائيلية.")
    assert ("ACCUSE", "JOR", "ISR") in _records(doc)


def test_aid_obtained_or_received_is_given_by_no_one_named_before() -> None:
    # "حصلوا على مساعدات": the subject receives; it was read as the giver
    doc = _run("ووسعت القوات الكردية مناطقها في شمال العراق وحصلت على مساعدات عسكرية دولية.")
    assert not [r for r in _records(doc) if r[0] == "AID"]
    doc = _run("وقدمت السعودية مساعدات إنسانية لليمن.")
    assert ("AID", "SAU", "YEM") in _records(doc)


def test_the_blessing_verb_yamun_is_not_yemen() -> None:
    # "أن يمن الله على المصابين": a blessing; "لليمن" still names Yemen
    doc = _run("واستقبل ولي العهد السعودي المصابين في التفجير داعيا الله أن يمن عليهم بالشفاء.")
    assert "YEM" not in {m.country for m in doc.mentions}
    assert ("AID", "SAU", "YEM") in _records(_run("وأرسلت السعودية مساعدات لليمن."))


def test_adjectives_after_a_title_extend_it_and_name_no_one() -> None:
    # "المبعوث الأممي"، "الرئيس الشرعي"، "رئيس جديد": the adjective belongs to the office, it is no name
    doc = _run("وقال المبعوث الأممي إلى ليبيا برناردينو ليون إن الحوار سيستمر.")
    assert "الأممي" not in [m.text for m in doc.mentions]
    doc = _run("ودعا الحزب إلى انتخاب رئيس جديد للبلاد.")
    assert "جديد" not in [m.text for m in doc.mentions]
    doc = _run("وقال المسؤول العسكري اليمني إن القوات تقدمت نحو عدن.")
    assert "العسكري" not in [m.text for m in doc.mentions]


def test_a_time_phrase_inside_a_detention_phrase() -> None:
    # "وضع الأسبوع الماضي قيد الاعتقال": the time phrase is skipped inside the multi-word trigger
    doc = _run("وأعلنت وزارة الدفاع الإسرائيلية أن مستوطنا وضع الأسبوع الماضي قيد الاعتقال الإداري.")
    assert [r[:2] for r in _records(doc) if r[0] == "COERCE"] == [("COERCE", "ISR")]


def test_a_blast_verb_with_its_subject_after_it_is_an_attack() -> None:
    # "فجرت امرأة حزاما ناسفا": the verb first, the bomber between it and the object
    doc = _run("وفي الأسبوع الماضي فجرت امرأة حزاما ناسفا في سوق مكتظة بمدينة مايدوغوري النيجيرية.")
    assert _records(doc) == [("ASSAULT", None, "NGA")]
    assert doc.events[0]["trigger"]["text"] == "فجرت"
    # a surprise sprung is no blast
    assert not _records(_run("وفجرت الوزيرة مفاجأة في المؤتمر الصحفي."))


def test_a_state_behind_the_border_with_is_where_it_happened_not_the_target() -> None:
    # "على الحدود مع العراق وسوريا": the bombing is in Turkey, neither Iraq nor Syria was hit
    doc = _run("وقالت مصادر أمنية إن مسلحين أكرادا فجروا عبوة ناسفة في بلدة تركية على الحدود مع العراق وسوريا.")
    assert _records(doc) == [("ASSAULT", None, "TUR")]
    doc = _run("وقصف الجيش الأردني المتمركز على الحدود مع سوريا شاحنة حاولت عبور الحدود.")
    assert _records(doc) == [("ASSAULT", "JOR", None)]
    # "المتاخمة لسوريا"، "الحدودية مع سوريا": the town borders Syria, Syria was not shelled (the positions
    # are in Suruç, a Turkish town of the gazetteer, kb_data/places.yaml)
    assert _records(_run("وقصف الجيش التركي مواقع في بلدة سوروج المتاخمة لسوريا.")) == [("ASSAULT", "TUR", "TUR")]
    # "قرب الحدود العراقية": the adjective after "الحدود" names the border, not the victim
    assert _records(_run("وقتل جنديان تركيان في هجوم على موقع عسكري قرب الحدود العراقية.")) == [("ASSAULT", None, "TUR")]


def test_the_participle_daiyan_after_a_statement_is_the_speakers_appeal() -> None:
    # "...، داعيا إيران إلى ...": the speaker named before calls on the side named after
    doc = _run("وانتقد وزير الخارجية السعودي السياسة الإقليمية لطهران، داعيا إيران إلى احترام سيادة جيرانها.")
    assert ("REQUEST", "SAU", "IRN") in _records(doc)
    # "داعيا الله أن ...": a prayer, no appeal to anyone
    doc = _run("وأشاد وزير الداخلية الكويتي بجهود رجال الأمن، داعيا الله أن يحفظ البلاد من كل سوء.")
    assert not [r for r in _records(doc) if r[0] == "REQUEST"]


def test_the_participle_mushidan_after_a_statement_is_praise_by_the_speaker() -> None:
    # "...، مشيدا بالموقف الأردني": the minister named before praises Jordan
    doc = _run("وقال وزير الخارجية المصري إن العلاقات مع الأردن متينة، مشيدا بالموقف الأردني.")
    assert _records(doc) == [("SUPPORT", "EGY", "JOR")]
    assert doc.events[0]["trigger"]["text"] == "مشيدا"


def test_an_invasion_of_history_recalled_is_no_attack_reported() -> None:
    # "الغزو الأمريكي للعراق عام 2003": a war of the past named as a date, no attack of the day
    assert not _records(_run("وعاش الكاتب في دمشق حتى الغزو الأمريكي للعراق عام 2003."))


def test_forces_of_a_stated_country_right_behind_an_attack_verb_are_the_attackers() -> None:
    # verb first: "استهدفت الطائرات التركية ..." / "توغلت القوات التركية ...": Türkiye struck, Iraq was hit
    doc = _run("وفي وقت لاحق، استهدفت الطائرات التركية مواقع لحزب العمال الكردستاني في شمال العراق.")
    assert _records(doc) == [("ASSAULT", "TUR", "IRQ")]
    assert _records(_run("وتوغلت القوات التركية في شمال العراق أمس.")) == [("ASSAULT", "TUR", "IRQ")]


def test_fire_by_forces_named_right_behind_the_noun_is_theirs() -> None:
    # "برصاص الجيش الإسرائيلي": the army fired, the wounded Palestinian was hit
    doc = _run("وأصيب شاب فلسطيني برصاص الجيش الإسرائيلي قرب مدينة نابلس.")
    assert _records(doc) == [("ASSAULT", "ISR", "PSE")]


def test_declining_to_confirm_or_deny_is_no_rejection() -> None:
    # "رفض تأكيد أو نفي ...": the source withholds an answer; neither رفض nor نفي is an event
    doc = _run("ورفض المتحدث التركي تأكيد أو نفي المعلومات عن لقاء الرئيس الأمريكي.")
    assert not [r for r in _records(doc) if r[0] == "REJECT"]


def test_cooperation_in_a_bodys_name_and_a_body_headed_by_someone_are_no_events() -> None:
    # "مجلس التعاون الخليجي": the name of the Gulf body, no cooperation
    assert not _records(_run("وقال الأمين العام لمجلس التعاون الخليجي إن الوضع في اليمن يتحسن."))
    # "الحكومة المصرية برئاسة رئيس الوزراء": the government he heads, no meeting chaired
    assert not _records(_run("واتخذت الحكومة المصرية برئاسة رئيس الوزراء قرارا بزيادة الرواتب."))


def test_a_rescue_named_as_a_purpose_is_no_aid() -> None:
    # "الأفكار الهادفة لإنقاذ عملية السلام": a purpose, nobody was rescued
    doc = _run("وقال الرئيس الفلسطيني إنه منفتح على كل الأفكار الهادفة لإنقاذ عملية السلام مع إسرائيل.")
    assert not [r for r in _records(doc) if r[0] == "AID"]


def test_a_danger_to_security_is_no_threat_made() -> None:
    # "الإرهاب بات يهدد أمن المنطقة": a danger named, nobody threatened anyone
    assert not _records(_run("وقال وزير الخارجية المصري إن الإرهاب بات يهدد أمن المنطقة واستقرارها."))
    # a threat made to a side stays
    assert ("THREATEN", "IRN", "ISR") in _records(_run("وهدد الرئيس الإيراني إسرائيل برد قاس."))


def test_those_who_attended_a_reception_and_hospitality_thanked_for_are_no_meeting() -> None:
    # "حضر الاستقبال ...": the list of attendees of a reception already reported
    assert not _records(_run("حضر الاستقبال وزير الخارجية السعودي ووزير الدولة للشؤون الخارجية."))
    # "حسن الاستقبال والوفادة": the hospitality a delegation thanks for
    doc = _run("وأعرب الوفد الأردني عن شكره للحكومة المصرية على حسن الاستقبال والوفادة.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]


def test_support_named_as_a_notion_or_a_means_is_no_stance_taken() -> None:
    # "الدعم المتواصل": the support named as a notion, nobody took a stance in the sentence
    doc = _run("وقال المدير إن القرار يأتي في سياق الدعم المتواصل للحكومة السعودية لقطاع القضاء.")
    assert not [r for r in _records(doc) if r[0] == "SUPPORT"]
    # "اتهامها بدعمه": support only alleged in an accusation
    doc = _run("ويتهم حلفاء تركيا أنقرة بأنها تتساهل مع التنظيم وحتى بدعمه سرا.")
    assert not [r for r in _records(doc) if r[0] == "SUPPORT"]
    # a stance taken with the bare verb stays
    assert ("SUPPORT", "EGY", "SDN") in _records(_run("وقد دعم الرئيس المصري الحكومة السودانية في خلافها مع جنوب السودان."))


def test_looting_is_no_riot() -> None:
    # "أعمال سطو ونهب للبنوك": armed men plundering, no protest
    doc = _run("وقال المسؤول اليمني إن عناصر القاعدة تقوم بأعمال سطو ونهب للبنوك في البلاد.")
    assert not [r for r in _records(doc) if r[0] == "PROTEST"]


def test_killing_named_as_a_kind_of_deed_is_no_killing_reported() -> None:
    # "نفذ أعمال قتل وتخريب": a summing up of what a group does, no killing reported
    doc = _run("وقال الباحث العراقي إن التنظيم نفذ أعمال قتل وتخريب في العراق وسوريا.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]
    # "قتل عصفورين بحجر واحد": the idiom
    doc = _run("وقال المحلل الأمريكي إن الحكومة التركية تريد قتل عصفورين بحجر واحد.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_what_prompted_someone_and_a_cause_for_a_feeling_are_no_appeal() -> None:
    # "مما دعا السلطات إلى ...": the finding prompted the authorities, nobody appealed to them
    doc = _run("وكشفت التحقيقات صلة الموقوفين بخلايا في الكويت، مما دعا السلطات السعودية إلى تشديد الرقابة.")
    assert not [r for r in _records(doc) if r[0] == "REQUEST"]
    # "تدعو للفخر": a cause for pride
    doc = _run("وقال رجل أعمال سعودي إن إنجاز وزارة الداخلية السعودية يعد ملحمة وطنية تدعو للفخر.")
    assert not [r for r in _records(doc) if r[0] == "REQUEST"]
    # an appeal made stays
    assert ("REQUEST", "RUS", "USA") in _records(_run("ودعا الرئيس الروسي الولايات المتحدة إلى اتخاذ إجراءات إضافية."))


def test_an_attack_feared_plotted_or_foiled_has_not_happened() -> None:
    # "حذرت من خطر حدوث هجوم": a warning of a risk
    doc = _run("وحذرت أجهزة الأمن الحكومة التركية من خطر حدوث هجوم على الأراضي التركية.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]
    # "خططوا لشن هجوم": a plot
    doc = _run("ويشتبه في أن الموقوفين خططوا لشن هجوم على قاعدة عسكرية فرنسية.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]
    # "تمكنت من إحباط هجوم": foiled
    doc = _run("وتمكنت الشرطة العراقية من إحباط هجوم على مقر حكومي في الأنبار.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_the_president_of_chechnya_is_of_russia() -> None:
    # "رئيس جمهورية الشيشان": a republic of the Russian Federation, not of the host country
    doc = _run("التقى ولي العهد السعودي في جدة اليوم الرئيس رمضان قاديروف رئيس جمهورية الشيشان.")
    assert _records(doc) == [("CONSULT", "RUS", "SAU")]


def test_jewish_extremists_are_israelis() -> None:
    doc = _run("أعلنت وزارة الدفاع الإسرائيلية أنه تم وضع متطرفين يهوديين اثنين قيد الاعتقال الإداري.")
    assert {(m.text, m.country) for m in doc.mentions} >= {("متطرفين يهوديين", "ISR")}
    assert [r for r in _records(doc) if r[0] == "COERCE" and r[1] == "ISR"]


def test_an_admission_or_a_confession_is_no_recognition() -> None:
    # "اعترف مصدر أمريكي بأن ...": an admission
    doc = _run("وقد اعترف مسؤول أمريكي بأن القائد الليبي كان على صلة بالاستخبارات.")
    assert not [r for r in _records(doc) if r[0] == "SUPPORT"]
    # recognition granted stays
    assert ("SUPPORT", "SWE", "PSE") in _records(_run("واعترفت السويد بدولة فلسطين رسميا."))


def test_cooperation_withheld_and_strikes_suspended_did_not_happen() -> None:
    # "امتنعت عن التعاون": withheld
    doc = _run("وتساءل مسؤولون عما إذا كانت السلطات التونسية قد امتنعت عن التعاون مع المحققين البريطانيين.")
    assert not [r for r in _records(doc) if r[0] == "COOPERATE"]
    # "علقت العمليات العسكرية من قصف": suspended
    doc = _run("وقالت مصادر إن القوات العراقية علقت العمليات العسكرية من قصف جوي على أحياء الفلوجة.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_an_attack_done_by_kurdish_gunmen_is_theirs() -> None:
    # "اعتداء قام به مسلحون أكراد": the agent after "قام به"; Kurdish gunmen here are the PKK's (Türkiye)
    doc = _run("وأصيب رجل أمن تركي في اعتداء قام به مسلحون أكراد على مقر حزب في اسطنبول.")
    assert ("ASSAULT", "TUR", "TUR") in _records(doc)


def test_houthi_rebels_with_the_article_are_yemeni() -> None:
    doc = _run("وقتل سبعة مدنيين في قصف عشوائي قام به المتمردون الحوثيون على الأحياء السكنية في تعز.")
    assert ("ASSAULT", "YEM", "YEM") in _records(doc)


def test_occupation_forces_shooting_in_a_gaza_town_hit_palestinians() -> None:
    # "شرق بلدة بيت حانون": بلدة is a locative like مدينة, so the place gives the victim's country
    doc = _run("وأصيب فتى جراء إطلاق النار عليه من قبل قوات الاحتلال المتمركزة شرق بلدة بيت حانون شمال قطاع غزة.")
    assert ("ASSAULT", "ISR", "PSE") in _records(doc)
    # "طائرات سلاح الجو الاحتلالية": Israel's air force
    doc = _run("وقال المتحدث إن طائرات سلاح الجو الاحتلالية قصفت هدفا لحركة حماس وسط قطاع غزة.")
    assert ("ASSAULT", "ISR", "PSE") in _records(doc)


def test_arrivals_of_planes_and_forces_and_degrees_reached_are_no_visit() -> None:
    # "وصلت إلى مطار عدن طائرة": a plane arriving, no visit
    doc = _run("ووصلت إلى مطار عدن أمس طائرة سعودية محملة بالأدوية.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]
    # "وصل إلى أكثر من 30 دولة": a number reached
    doc = _run("واستمر التحالف الذي تقوده الولايات المتحدة في الاتساع حتى وصل إلى أكثر من 30 دولة منها بريطانيا وفرنسا.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]
    # a visitor arriving stays a visit
    doc = _run("وكان الأمير محمد بن سلمان وصل إلى الأردن في وقت سابق أمس في زيارة رسمية.")
    assert ("CONSULT", "SAU", "JOR") in _records(doc)


def test_chemical_arsenals_and_inquiries_named_are_no_events() -> None:
    # "أخفى أسلحة كيماوية": an arsenal hidden, no attack
    doc = _run("وقال مصدر ليبي إن القذافي أخفى أسلحة كيماوية في مخازن جنوب البلاد.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]
    # "مكتب التحقيقات الفيدرالي": a body's name, nobody investigated or accused
    doc = _run("وقال مكتب التحقيقات الفيدرالي الأمريكي إن الشاب كان على اتصال بمتطرفين في سوريا.")
    assert not [r for r in _records(doc) if r[0] == "ACCUSE"]


def test_training_camps_and_purposes_and_warnings_of_a_danger_are_no_events() -> None:
    # "معسكرات تدريب": a camp named by what it is for
    doc = _run("ولحزب العمال الكردستاني معسكرات تدريب في محافظة دهوك العراقية.")
    assert not [r for r in _records(doc) if r[0] == "COOPERATE"]
    # "من أجل تدمير داعش": a purpose, nothing destroyed yet
    doc = _run("وقال وزير الدفاع الأمريكي للقوات العراقية إننا ملتزمون بالعمل معكم من أجل تدمير تنظيم داعش.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]
    # "حذر من مغبة ...": a danger pointed out, no threat made
    doc = _run("وحذر الرئيس الروسي من مغبة اندلاع حرب باردة جديدة مع الولايات المتحدة.")
    assert not [r for r in _records(doc) if r[0] == "THREATEN"]


def test_planned_visits_coups_joined_and_livelihoods_are_no_meetings() -> None:
    # "ومن المقرر أن يزور": the conjunction glued to the future cue
    doc = _run("ومن المقرر أن يزور وزير الخارجية الفرنسي إيران قريبا.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]
    # "شارك في محاولة انقلاب": a part taken in a coup
    doc = _run("وقال جنرال بوروندي منشق شارك في محاولة انقلاب فاشلة إنه يعبئ القوات.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]
    # "لقمة عيشهم": a livelihood
    doc = _run("وحرم القرار آلاف الضباط العراقيين من لقمة عيشهم.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]


def test_veto_power_preaching_and_an_anonymous_source_are_no_events() -> None:
    # "تملك حق النقض (الفيتو)": the power to veto, no veto cast
    doc = _run("وروسيا التي تملك حق النقض (الفيتو) في مجلس الأمن حليفة لسوريا.")
    assert not [r for r in _records(doc) if r[0] == "REJECT"]
    # "حزب الدعوة": a party's name, no appeal
    doc = _run("وكان المالكي قد انضم إلى حزب الدعوة الإسلامية في العراق منذ وقت مبكر.")
    assert not [r for r in _records(doc) if r[0] == "REQUEST"]
    # "المصدر الذي طلب عدم الإشارة إلى اسمه": a source's name withheld
    doc = _run("وأضاف المصدر العراقي الذي طلب عدم الإشارة إلى اسمه أن الطيران الأمريكي قطع الإمدادات.")
    assert not [r for r in _records(doc) if r[0] == "REQUEST"]


def test_support_received_or_sought_is_not_given_by_its_receiver() -> None:
    # "حصل على تأييد النواب": support received, the receiver gives none
    doc = _run("وحصل زعيم حزب العمال البريطاني على تأييد النواب الأمريكيين للترشح.")
    assert not [r for r in _records(doc) if r[0] == "SUPPORT" and r[1] == "GBR"]


def test_a_circumstantial_participle_ends_the_name_after_a_title() -> None:
    # "..., ممتنعا عن الرد": the participle opens a clause, it is no name
    doc = _run("ورفض الناطق باسم الخارجية التركية تانجو بيلتش اعتبار كلام الوزير بداية للمنطقة الآمنة، ممتنعا عن الرد على الأسئلة.")
    assert "ممتنعا" not in {m.text for m in doc.mentions}


def test_repression_forces_a_siege_lifted_and_fines_in_general_are_no_coercion() -> None:
    # "قوات القمع": security forces named by what they do
    doc = _run("وانتشرت قوات القمع الإيرانية أمام مبنى البرلمان في طهران منذ الصباح.")
    assert not [r for r in _records(doc) if r[0] == "COERCE"]
    # "لفك الحصار": a siege to be lifted
    doc = _run("وأطلقت فصائل المعارضة السورية معركة تهدف لفك الحصار عن مدينة داريا.")
    assert not [r for r in _records(doc) if r[0] == "COERCE"]
    # "زيادة الغرامات": fines in general
    doc = _run("وأدى انتشار كاميرات المراقبة في لندن إلى زيادة الغرامات على السائقين البريطانيين.")
    assert not [r for r in _records(doc) if r[0] == "COERCE"]


def test_sanctions_in_force_or_to_be_reimposed_are_no_imposition() -> None:
    # "بسبب العقوبات المفروضة على طهران": sanctions in force
    doc = _run("وتراجعت التجارة بين فرنسا وإيران بسبب العقوبات المفروضة على طهران.")
    assert not [r for r in _records(doc) if r[0] == "SANCTION"]
    # "إعادة فرض كل عقوبات الأمم المتحدة إذا": a reimposition foreseen
    doc = _run("ويسمح القرار بإعادة فرض كل عقوبات الأمم المتحدة على إيران إذا انتهكت الاتفاق.")
    assert not [r for r in _records(doc) if r[0] == "SANCTION"]
    # an imposition stays
    doc = _run("وفرضت وزارة الخزانة الأمريكية أمس عقوبات على قطريين بتهمة تمويل الإرهاب.")
    assert ("SANCTION", "USA", "QAT") in _records(doc)


def test_a_withdrawal_demanded_or_set_as_a_condition_is_none_made() -> None:
    # "إذا لم يوافق الحوثيون على الانسحاب": a condition
    doc = _run("وقال المتحدث إنه إذا لم يوافق الحوثيون في نهاية المطاف على الانسحاب من المدن اليمنية فسيواصل التحالف عملياته.")
    assert not [r for r in _records(doc) if r[0] == "RETREAT"]
    # a withdrawal made stays
    doc = _run("وانسحبت ميليشيات الحوثيين من مدينة إب اليمنية أمس.")
    assert [r for r in _records(doc) if r[0] == "RETREAT"]


def test_funding_as_a_notion_deadlines_deposits_and_resorting_are_no_events() -> None:
    # "تجفيف منابع تمويل الإرهاب": funding named as a notion
    doc = _run("وصوت مجلس الأمن الدولي على قرار ينص على تجفيف منابع تمويل الإرهاب في سوريا والعراق.")
    assert not [r for r in _records(doc) if r[0] == "AID"]
    # "انتهت مهلة الترشح": a deadline passed
    doc = _run("وانتهت مهلة الترشح لقيادة حزب العمال البريطاني الأسبوع الماضي.")
    assert not [r for r in _records(doc) if r[0] == "THREATEN"]
    # "لجوء الحكومة الإسرائيلية إلى إجراءات": resorting to measures, no asylum
    doc = _run("ورأى مسؤولون فلسطينيون أن لجوء الحكومة الإسرائيلية إلى إجراءات مشددة لن يجدي.")
    assert not [r for r in _records(doc) if r[0] == "AID"]


def test_the_red_cross_speaking_and_political_manoeuvres_are_no_events() -> None:
    # the Red Cross named as a speaker gives no aid record
    doc = _run("وقالت منظمة الصليب الأحمر في بيان إن رئيسها سيزور اليمن الأسبوع المقبل.")
    assert not [r for r in _records(doc) if r[0] == "AID"]
    # "المناورات الدبلوماسية": manoeuvring, no military exercise
    doc = _run("وقال المحلل إن الوزيرة الأمريكية تفهم تبعات المناورات الدبلوماسية في الكونغرس.")
    assert not [r for r in _records(doc) if r[0] == "MOBILIZE"]


def test_the_dock_a_debt_and_a_conviction_still_to_be_proved_are_no_accusations() -> None:
    # "وإذا ما ثبتت إدانة المتهم": a conviction that may come
    doc = _run("وإذا ما ثبتت إدانة الرئيس التشادي السابق، ستبدأ مرحلة التعويض.")
    assert not [r for r in _records(doc) if r[0] == "ACCUSE"]
    # "أدين له بالكثير": a debt of gratitude
    doc = _run("وقال وزير الخارجية السعودي: إنني شخصيا أدين له بالكثير.")
    assert not [r for r in _records(doc) if r[0] == "ACCUSE"]


def test_a_verbal_attack_on_a_decision_is_no_assault() -> None:
    doc = _run("وشن السيناتور الأمريكي هجوما لاذعا على قرار الرئيس الأمريكي بشأن إيران.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_sociology_is_no_meeting() -> None:
    doc = _run("ويحدثنا عالم الاجتماع الألماني الشهير عن تطبيقات هذا الصراع في الأراضي الفلسطينية.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]


def test_an_expected_or_intended_act_with_the_conjunction_glued_is_still_to_come() -> None:
    # "ويتوقع أن تعزز ... زيارات": visits expected
    doc = _run("ويتوقع أن تعزز حملات المعارضين زيارات سياسيين إسرائيليين إلى الولايات المتحدة.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]
    # "وتعتزم إسرائيل حشد تأييد الكونغرس": support sought, not given
    doc = _run("وتعتزم إسرائيل حشد تأييد الكونغرس الأمريكي ضد الاتفاق.")
    assert not [r for r in _records(doc) if r[0] == "SUPPORT"]


def test_the_arab_coalitions_aircraft_are_saudi_led_and_the_international_ones_us_led() -> None:
    # "قصفت طائرات التحالف العربي": the Saudi-led coalition struck (no longer a trigger swallowing the attacker)
    doc = _run("وقصفت طائرات التحالف العربي مواقع الحوثيين في محافظة الحديدة اليمنية.")
    assert ("ASSAULT", "SAU", "YEM") in _records(doc)
    # "قصف طيران التحالف الدولي": the US-led coalition
    doc = _run("وقال مسؤول عراقي إن طيران التحالف الدولي قصف مواقع تنظيم داعش في الأنبار.")
    assert [r for r in _records(doc) if r[0] == "ASSAULT" and r[1] == "USA"]


def test_converging_interests_a_search_and_a_post_held_are_no_meetings() -> None:
    # "تلتقي مصالح": interests converge
    doc = _run("تلتقي مصالح فرنسا وألمانيا مع روسيا.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]
    # "حملة بحث": a search
    doc = _run("بدأت حملة بحث عن الجندي الأردني في سوريا.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]


def test_aid_promised_is_still_to_come() -> None:
    doc = _run("وقال الوزير الليبي إن السفينة وصلت، واعدا بمزيد من المساعدات الإغاثية لليمن.")
    assert not [r for r in _records(doc) if r[0] == "AID"]


def test_the_gunmens_tanks_and_the_bombers_identity_are_no_new_attack() -> None:
    doc = _run("واستولت القوات اليمنية على أربع دبابات للمسلحين قرب عدن.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]
    doc = _run("وكشفت السلطات الكويتية عن هوية الانتحاري الذي فجر المسجد.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_what_occurred_at_a_time_of_day_is_no_signing() -> None:
    doc = _run("وقال المسؤول التركي إن الهجوم الذي وقع صباح أمس استهدف مركزا ثقافيا قرب سوريا.")
    assert not [r for r in _records(doc) if r[0] == "AGREE"]


def test_after_cues_reach_past_a_named_speaker_or_a_visitor() -> None:
    # "حذر [speaker, title and name] من خطورة الوضع": a danger pointed out, no threat
    doc = _run("حذر المحلل السياسي الليبي الدكتور سالم الورفلي من خطورة الوضع في ليبيا، مؤكدا أن بلاده قد تتحول إلى سوريا أخرى.")
    assert not [r for r in _records(doc) if r[0] == "THREATEN"]
    # "زيارة لوزير الخارجية الكندي إلى كوبا مرتقبة": a visit still to come
    doc = _run("وتجرى مراسم افتتاح السفارة الكندية خلال زيارة لوزير الخارجية الكندي إلى كوبا مرتقبة في الأسابيع المقبلة.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]


def test_a_possibility_six_words_before_the_attack_is_hypothetical() -> None:
    doc = _run("ويرى المحللون الأتراك أن الاحتمال الأقوى هو أن تكون العملية هجوما انتحاريا نفذه تنظيم داعش.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_a_medal_granted_and_holdings_named_are_no_aid_or_cooperation() -> None:
    doc = _run("وأعرب الوزير المصري عن اعتزازه بقرار الرئيس الفرنسي بمنحه وسام جوقة الشرف.")
    assert not [r for r in _records(doc) if r[0] == "AID"]
    doc = _run("وتملك الكويت استثمارات كبيرة في السندات الأمريكية.")
    assert not [r for r in _records(doc) if r[0] == "COOPERATE"]


def test_the_student_and_a_name_ending_in_talib_are_no_demand() -> None:
    doc = _run("واستهدف الهجوم مسجد علي بن أبي طالب في بلدة سعودية.")
    assert not [r for r in _records(doc) if r[0] == "REQUEST"]
    doc = _run("طالب الرئيس اليمني الأمم المتحدة بالضغط على الحوثيين.")
    assert [r for r in _records(doc) if r[0] == "REQUEST"]


def test_a_claim_and_the_veto_as_a_power_are_no_appeal_or_rejection() -> None:
    # "يدعون بأنهم": they claim
    doc = _run("وقال المرشد الإيراني إن أعضاء المنظمة يدعون بأنهم مسلمون لكنهم يعملون ضد الإسلام.")
    assert not [r for r in _records(doc) if r[0] == "REQUEST"]
    doc = _run("ويمنع القرار الدول التي تملك حق الرفض في مجلس الأمن كروسيا من عرقلة العقوبات على إيران.")
    assert not [r for r in _records(doc) if r[0] == "REJECT"]


def test_attacks_of_the_past_compared_or_recalled_are_no_new_attack() -> None:
    doc = _run("وأعلنت الشرطة الفرنسية أن القضية تذكر بهجمات أخرى تعرضت لها مساجد في فرنسا.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]
    doc = _run("وشن مسلحون هجمات على مواقع الجيش العراقي في الأنبار.")
    assert [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_training_camps_named_with_a_glued_preposition_are_no_cooperation() -> None:
    doc = _run("ويتم نقل المقاتلين الأجانب للالتحاق مباشرة بمعسكرات التدريب في ليبيا.")
    assert not [r for r in _records(doc) if r[0] == "COOPERATE"]


def test_a_remark_at_the_cabinets_weekly_session_is_no_meeting() -> None:
    doc = _run("وقال رئيس الوزراء الإسرائيلي في مستهل الاجتماع الأسبوعي لحكومته إن إيران تخدع العالم.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]


def test_a_question_answered_no_is_no_rejection() -> None:
    # "أجاب بالنفي": he said no to a question, nothing turned down
    doc = _run("وعندما سأله الصحافي عن الأمر أجاب وزير الخارجية الإسرائيلي بالنفي.")
    assert not [r for r in _records(doc) if r[0] == "REJECT"]
    doc = _run("ونفت وزارة الخارجية الإيرانية التقارير التي نشرتها صحيفة أمريكية.")
    assert [r for r in _records(doc) if r[0] == "REJECT"]


def test_a_meeting_that_brought_two_ministers_together_is_between_them() -> None:
    # "لقاء ضم X مع Y": the participants follow "ضم", however many words behind the noun
    doc = _run("وأعلن في الدوحة عن لقاء ضم وزير الخارجية الروسي سيرغي لافروف مع رئيس الوزراء الفلسطيني.")
    assert ("CONSULT", "RUS", "PSE") in _records(doc)


def test_the_saudi_led_coalition_named_as_such_is_saudi_arabias_side() -> None:
    # "التحالف بقيادة السعودية"، "التحالف العربي": no longer the Yemeni focus country's forces
    doc = _run("وقصف التحالف بقيادة السعودية مواقع للحوثيين في محافظة صعدة اليمنية.")
    assert ("ASSAULT", "SAU", "YEM") in _records(doc)
    doc = _run("وشن التحالف العربي غارات جوية على مواقع الحوثيين في مدينة تعز.")
    assert ("ASSAULT", "SAU", "YEM") in _records(doc)


def test_the_popular_resistance_is_a_yemeni_side() -> None:
    # "المقاومة الشعبية": in this press the pro-government fighters of Yemen
    doc = _run("وشنت المقاومة الشعبية هجوما على مواقع الحوثيين في مدينة تعز.")
    assert ("ASSAULT", "YEM", "YEM") in _records(doc)


def test_the_putschists_are_the_houthi_side_of_yemen() -> None:
    # "الانقلابيين": in this press the Houthis and Saleh's forces
    doc = _run("وقصف الانقلابيون أحياء سكنية في مدينة تعز اليمنية بالأسلحة الثقيلة.")
    assert [r for r in _records(doc) if r[0] == "ASSAULT" and r[1] == "YEM"]


def test_the_coalitions_aircraft_with_no_name_are_saudi_led() -> None:
    # "طيران التحالف" in this press is the Saudi-led coalition's over Yemen
    doc = _run("وشن طيران التحالف غارات جوية على مواقع الحوثيين في محافظة صعدة.")
    assert ("ASSAULT", "SAU", "YEM") in _records(doc)


def test_his_meeting_is_between_the_subject_before_and_whom_he_met_after() -> None:
    # "خلال لقائه X": the possessor of the meeting is the sentence's subject, not a country named later
    doc = _run("وأكد الرئيس الفلسطيني خلال لقائه القنصل الأميركي العام أن الاستيطان الإسرائيلي يهدد حل الدولتين.")
    assert [r for r in _records(doc) if r[0] == "CONSULT"] == [("CONSULT", "PSE", "USA")]


def test_a_verbal_attack_by_the_press_or_officials_is_no_assault() -> None:
    # "هاجمت الصحف الاتفاق"، "هاجم المسؤولون الرئيس": words, not force
    assert not _records(_run("وهاجمت الصحف الإسرائيلية الاتفاق النووي مع إيران بشدة."))
    assert not _records(_run("وهاجم المسؤولون الأتراك الرئيس السوري بشار الأسد في مؤتمر صحفي."))
    # forces attacking positions stay an assault
    assert ("ASSAULT", "TUR", "IRQ") in _records(_run("وهاجمت القوات التركية مواقع للمسلحين الأكراد في شمال العراق."))


def test_giving_an_example_is_no_beating() -> None:
    # "ضرب مثالا": gave an example
    assert not _records(_run("وضرب الرئيس الأمريكي مثالا بالعلاقات مع كندا."))


def test_candidates_leaving_a_race_are_no_retreat() -> None:
    assert not _records(_run("وأعلن الحزب انسحاب مرشحين من السباق الانتخابي في مصر."))
    assert ("RETREAT", "RUS", "SYR") in _records(_run("وأعلن الجيش الروسي انسحاب قواته من سوريا."))


def test_evacuating_ones_own_nationals_is_no_deportation() -> None:
    assert not _records(_run("وقررت الحكومة الألمانية ترحيل رعاياها من ليبيا."))
    assert ("COERCE", "DEU", "TUN") in _records(_run("وقررت السلطات الألمانية ترحيل مهاجرين تونسيين إلى تونس."))


def test_an_anniversary_of_attacks_is_no_new_attack() -> None:
    assert not _records(_run("وشارك وزير الخارجية الفرنسي في إحياء الذكرى الأولى للهجمات على مدينة نيس."))


def test_shelling_attributed_with_a_glued_lam_names_its_agent() -> None:
    # "قصف نسب للحوثيين": the Houthis shelled, the civilians were hit
    doc = _run("وقتل 57 مدنيا الأحد في قصف نسب للحوثيين على حي دار سعد في عدن.")
    assert ("ASSAULT", "YEM", "YEM") in _records(doc)
    assert doc.events[0]["actor"]["name"] != doc.events[0]["recipient"]["name"]


def test_the_anniversary_of_bombings_that_came_round_is_no_blast_and_no_ban() -> None:
    # "حلت الذكرى": the anniversary came round, nothing was dissolved; "الذكرى ... لتفجيرات": no new blast
    assert not _records(_run("وحلت الذكرى الرابعة والعشرين لتفجيرات مكة التي نفذها حزب الله الكويتي."))
    assert not _records(_run("وأحيا البريطانيون الذكرى العاشرة لتفجيرات لندن."))


def test_deaths_in_a_building_collapse_are_no_attack() -> None:
    assert not _records(_run("وأعلنت الشرطة الباكستانية مقتل ستة أشخاص إثر انهيار مبنى في لاهور."))


def test_her_counterpart_is_a_title_and_bangladeshi_spelt_without_ya_is_bangladesh() -> None:
    # "ونظيرته البنغلادشية شيخة حسينة": the feminine counterpart title, then the other side's name
    doc = _run("ووقع رئيس الوزراء الهندي نارندرا مودي ونظيرته البنغلادشية شيخة حسينة اتفاقا حول الحدود.")
    agree = [e for e in doc.events if e["event_type"] == "AGREE"]
    assert agree and {agree[0]["actor"]["country"], agree[0]["recipient"]["country"]} == {"IND", "BGD"}
    assert all("نظيرته" not in (e["actor"].get("name") or "") for e in agree)


def test_the_republic_of_maldives_is_a_country() -> None:
    # "جمهورية المالديف": the gazetteer knows only "جزر المالديف"
    assert ("SUPPORT", "SAU", "MDV") in _records(_run("وبعث الملك سلمان برقية تهنئة للرئيس عبدالله يامين رئيس جمهورية المالديف."))
    doc = _run("وأعرب خادم الحرمين الشريفين عن أصدق التهاني وأطيب التمنيات لحكومة وشعب جمهورية المالديف الشقيق.")
    assert ("SUPPORT", "SAU", "MDV") in _records(doc)


def test_a_truce_that_collapsed_or_failed_is_no_ceasefire() -> None:
    # "الانهيار التام للهدنة"، "فشل الهدنة": the truce broke down, none was agreed
    doc = _run("وقال المتحدث إن بان كي مون أصيب بخيبة أمل إزاء الانهيار التام للهدنة التي أعلنت في اليمن.")
    assert not [r for r in _records(doc) if r[0] == "RETREAT"]
    doc = _run("وتعثرت المحادثات بعد فشل الهدنة الأخيرة التي سعت إليها الأمم المتحدة في اليمن.")
    assert not [r for r in _records(doc) if r[0] == "RETREAT"]
    assert [r for r in _records(_run("وأعلن التحالف بقيادة السعودية هدنة إنسانية في اليمن لمدة خمسة أيام."))
            if r[0] == "RETREAT"]


def test_the_coordination_body_and_a_refusal_to_comment_are_no_cooperation_or_rejection() -> None:
    # "هيئة التنسيق": the name of an opposition body
    doc = _run("وحضر ممثلون عن الائتلاف السوري المعارض وهيئة التنسيق جلسات الحوار في جنيف.")
    assert not [r for r in _records(doc) if r[0] == "COOPERATE"]
    # "رفض الحديث عن": a spokesman withholding comment
    doc = _run("ورفض المتحدث باسم البنتاغون الحديث عن تفاصيل العملية العسكرية في سوريا.")
    assert not [r for r in _records(doc) if r[0] == "REJECT"]


def test_a_partys_stance_after_its_leaders_title_is_no_name() -> None:
    # "زعيم حزب معارض مؤيد للأكراد": the words after the title describe the party, they name nobody
    doc = _run("واتهم زعيم حزب معارض مؤيد للأكراد الرئيس التركي بشن الضربات الجوية في سوريا.")
    names = [e["actor"].get("name") or "" for e in doc.events if e["event_type"] == "ACCUSE"]
    assert names and not any("Mwyd" in n or "مؤيد" in n for n in names)


def test_a_hilltop_is_no_summit() -> None:
    # "قمة التل": the top of a hill
    doc = _run("ووصل الجنود الأتراك والسوريون إلى قمة التل المطل على البلدة.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]


def test_a_relief_committee_and_a_relief_hub_are_no_aid() -> None:
    # "رئيسة لجنة الإغاثة"، "المركز الرئيسي للإغاثة": a body's head speaking, a hub named
    doc = _run("وقالت رئيسة لجنة الإغاثة اليمنية إن رحلات الطيران إلى صنعاء توقفت بسبب الحوثيين.")
    assert not [r for r in _records(doc) if r[0] == "AID"]
    doc = _run("وأعلن المتحدث باسم الحكومة اليمنية أن عدن ستكون المركز الرئيسي للإغاثة بدلا من جيبوتي.")
    assert not [r for r in _records(doc) if r[0] == "AID"]


def test_the_armed_men_right_behind_a_beating_verb_did_it() -> None:
    # events.yaml ضرب agent_after: in a verb-first clause the soldiers behind the verb are the agent
    doc = _run("ضرب جنود إسرائيليون شابا فلسطينيا قرب الخليل أمس.")
    assert event_pairs(doc) == [("ASSAULT", "ISR", "PSE")]


def test_ground_taken_in_fighting_is_an_attack_and_a_relative_recalls_it() -> None:
    # "سيطرت على": the gold sets code a town taken in fighting ASSAULT (CAMEO 192 is under FIGHT)
    doc = _run("وقال مصدر عسكري إن المقاومة الشعبية سيطرت على بلدة المسيمير بعد معارك مع الحوثيين.")
    assert ("ASSAULT", "YEM", "YEM") in _records(doc)
    assert not [r for r in _records(doc) if r[0] == "COERCE"]
    # "توجهت القوات ... وسيطرت عليها": the pronoun object
    doc = _run("وتوجهت القوات اليمنية إلى بلدة شقرة، وسيطرت عليها بعد مقاومة من الحوثيين.")
    assert ("ASSAULT", "YEM", "YEM") in _records(doc)
    # "المناطق التي سيطر عليها": control recalled in a relative clause, no event
    assert not _records(_run("وعاد السكان إلى المناطق التي سيطر عليها الحوثيون في عدن."))
    assert _records(_run("وعاد السكان إلى المناطق بعد أن سيطر عليها الحوثيون في عدن.")) == [("ASSAULT", "YEM", "YEM")]
    doc = _run("وقالت الشرطة إن رجال الإطفاء سيطروا على الحريق في مصنع بالرياض.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]
    # "تمكنت من استعادة السيطرة على": the same taking, named with its verb of success
    doc = _run("وقال مصدر عسكري إن القوات العراقية تمكنت من استعادة السيطرة على بلدة قرب الرمادي من مسلحي داعش.")
    assert [r for r in _records(doc) if r[0] == "ASSAULT" and r[1] == "IRQ"]
    # "حررت شهادة": a paper drawn up, no town freed
    doc = _run("وقال المسؤول إن الحكومة السودانية حررت شهادة إنهاء العقد مع الشركة الإيرانية.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_arson_stands_alone_as_an_attack_but_not_a_burnt_flag_or_a_recalled_one() -> None:
    # "إحراق المستوطنين لمنزله": the settlers burnt his house, no victim named as an actor
    doc = _run("وتوفي الرجل متأثرا بحروقه نتيجة إحراق المستوطنين الإسرائيليين لمنزله في قرية قرب نابلس.")
    assert [r for r in _records(doc) if r[0] == "ASSAULT" and r[1] == "ISR"]
    # "وأحرقوا علم إسرائيل": a flag burnt at a protest
    doc = _run("وتظاهر الطلاب الأتراك أمام القنصلية وأحرقوا علم إسرائيل.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]
    # "الطفل الذي أحرقه المستوطنون": a relative recalls it
    doc = _run("وزار الوزير الأردني قبر الطفل الذي أحرقه المستوطنون في نابلس.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_a_projectile_undergone_from_across_the_border_is_an_attack_from_there() -> None:
    # "تعرضت دورية ... لمقذوف عسكري من داخل الأراضي اليمنية": مقذوف is a shell, its origin the attacker
    doc = _run("وقال المتحدث باسم وزارة الداخلية السعودية إن دورية تعرضت لمقذوف عسكري من داخل الأراضي اليمنية.")
    assert ("ASSAULT", "YEM", "SAU") in _records(doc)


def test_aid_that_districts_will_benefit_from_is_still_to_come() -> None:
    # "ستستفيد من المساعدات": the future verb before the aid noun
    doc = _run("وقال المتحدث السعودي إن المديريات اليمنية التي ستستفيد من المساعدات هي المنصورة وكريتر.")
    assert not [r for r in _records(doc) if r[0] == "AID"]


def test_danat_without_its_hamza_is_a_condemnation_but_not_a_submission() -> None:
    # "دانت" is the common spelling of أدانت in the agency wires
    doc = _run("دانت الحكومة الأردنية بشدة الاعتداء الإسرائيلي على المسجد الأقصى.")
    assert ("ACCUSE", "JOR", "ISR") in _records(doc)
    # "دانت لهم": submitted to them
    doc = _run("وظن الحزب المصري أن البلاد دانت له بعد الانتخابات.")
    assert not [r for r in _records(doc) if r[0] == "ACCUSE"]


def test_we_talk_with_inside_a_quotation_is_the_speakers_own_consultation() -> None:
    # «ونحن نتحدث أيضا مع الروس»: the speaker named before the quotation talks with the Russians
    doc = _run("وقال وزير الخارجية الأمريكي جون كيري: «ونحن نتحدث أيضا مع الروس بشأن الأزمة».")
    assert ("CONSULT", "USA", "RUS") in _records(doc)
    # «نتحدث عن»: "we are speaking of", no talks
    doc = _run("وقال وزير الخارجية الأمريكي جون كيري: «نحن نتحدث عن الروس وعن دورهم».")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]


def test_a_trigger_verb_after_a_comma_is_no_name() -> None:
    # "حزب الله اللبناني، يرفض": the verb read as a name after the body made the rejection Syrian
    doc = _run("وأضاف المصدر المعارض أن حزب الله اللبناني، يرفض أن تبقى الأحياء في يد المقاتلين السوريين.")
    assert _records(doc) == [("REJECT", "LBN", "SYR")]


def test_missing_inflections_its_raids_they_asked_the_two_agreed() -> None:
    # "غاراته/غاراتها": the raids with their possessor
    doc = _run("وواصل سلاح الجو التركي غاراته على مواقع تنظيم داعش في سوريا.")
    assert [r for r in _records(doc) if r[0] == "ASSAULT" and r[1] == "TUR"]
    # "اتفقتا": the two (feminine) states agreed
    doc = _run("وقال دبلوماسي إن الصين وتركيا اتفقتا على تعزيز التعاون الأمني.")
    assert [r for r in _records(doc) if r[0] == "AGREE" and {r[1], r[2]} == {"CHN", "TUR"}]
    # "طلبوا من": they asked
    doc = _run("وقال المسؤول إن المتمردين الحوثيين طلبوا من الحكومة السعودية وقف الغارات.")
    assert [r for r in _records(doc) if r[0] == "REQUEST"]


def test_hanna_without_its_hamza_is_here_not_congratulated() -> None:
    # "هنأ" folds to "هنا" (here): only the forms with a pronoun or a prefix are listed
    doc = _run("وهنا يقول الباحث الأمريكي إن تركيا لعبت دورا في الأزمة السورية.")
    assert not [r for r in _records(doc) if r[0] == "SUPPORT"]


def test_plural_and_feminine_inflections_of_multiword_forms() -> None:
    # "صوتوا ضد": they voted against
    doc = _run("وصوت نواب حزب سيريزا اليوناني ضد الاتفاق، كما صوتوا ضد خطة الحكومة اليونانية.")
    assert [r for r in _records(doc) if r[0] == "REJECT" and r[1] == "GRC"]
    # "ألقوا القبض": they arrested
    doc = _run("وقال مسؤول إن رجال الشرطة المصرية ألقوا القبض على ثلاثة مشتبهين في القاهرة.")
    assert [r for r in _records(doc) if r[0] == "COERCE" and r[1] == "EGY"]


def test_hakama_ali_is_ruled_not_sentenced() -> None:
    # "حكم على" is left out: على folds like the name علي ("وحكم علي عبد الله صالح اليمن")
    doc = _run("وحكم علي عبد الله صالح اليمن من عام 1978 حتى عام 2012.")
    assert not [r for r in _records(doc) if r[0] == "ACCUSE"]


def test_they_kidnapped_is_an_abduction_by_who_is_named_before() -> None:
    # "اختطفوا": the plural of the kidnapping verb
    doc = _run("وأوقف مسلحون أكراد سيارة إسعاف تركية، واختطفوا طاقمها في ولاية ملاطية.")
    assert [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_what_an_act_answers_is_its_background() -> None:
    # "وردا على مقتل شرطيين، يشن الجيش التركي غارات": the killing is the background, the raids the news
    doc = _run("وردا على مقتل شرطيين تركيين، يشن الجيش التركي يوميا غارات جوية على مواقع حزب العمال الكردستاني في العراق.")
    recs = [e for e in doc.events if e["event_type"] == "ASSAULT"]
    assert recs and recs[0]["trigger"]["text"] != "مقتل"


def test_plural_and_possessive_inflections_of_cooperative_verbs() -> None:
    # "وافقوا": they approved
    doc = _run("وكان النواب الأوكرانيون قد وافقوا في يوليو الماضي على قرار المحكمة الدستورية الأوكرانية.")
    assert [r for r in _records(doc) if r[0] == "AGREE" and r[1] == "UKR"]
    # "أعلنت ... تأييدها": her (a body's) support
    doc = _run("وأعلنت اللجنة القانونية في البرلمان العراقي تأييدها لقرارات الحكومة العراقية.")
    assert [r for r in _records(doc) if r[0] == "SUPPORT" and r[1] == "IRQ"]


def test_condolences_with_a_word_between_the_verb_and_the_noun() -> None:
    # "وقدم أوباما هكذا تعازيه لتركيا": the noun alone carries the condolences
    doc = _run("وقدم الرئيس الأمريكي باراك أوباما هكذا تعازيه لتركيا بعد الهجوم.")
    assert ("SUPPORT", "USA", "TUR") in _records(doc)


def test_an_execution_is_a_killing_but_the_plural_passive_is_left_out() -> None:
    # "أعلن مصدر أمني أن تنظيم داعش أعدم أربعة سائقين": executions by an armed group
    doc = _run("وأعلن مصدر أمني عراقي أن تنظيم داعش أعدم أربعة سائقين في مدينة الموصل.")
    assert [r for r in _records(doc) if r[0] == "ASSAULT" and r[2] == "IRQ"]
    # "الذين ماتوا في المعتقلات أو أعدموا": the plural is mostly passive (were executed), not listed
    doc = _run("وقدرت لجنة التحقيق التشادية عدد الذين ماتوا في المعتقلات أو أعدموا بأربعين ألفا.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_a_present_tense_holding_verb_is_a_detention() -> None:
    # "تحتجز" (holds): the authorities keep someone detained
    assert ("COERCE", "IRN", "USA") in _records(_run("وتحتجز السلطات الإيرانية صحفيا أمريكيا منذ عام."))


def test_saanada_backs_its_object_but_not_after_a_relative() -> None:
    assert ("SUPPORT", "IRQ", "JOR") in _records(_run("وقال مسؤول إن الحكومة العراقية ساندت الأردن في مواجهة الإرهاب."))
    # "الدول التي ساندت بلاده": the backers are named before the relative, the backed one after it
    assert not [r for r in _records(_run("وشكر الوزير الأردني الدول التي ساندت بلاده في أزمتها.")) if r[0] == "SUPPORT"]


def test_plural_present_accusation_and_the_accused_as_a_pronoun() -> None:
    assert ("ACCUSE", "TUR", "IRN") in _records(_run("لكن نواب المعارضة التركية يتهمون الحكومة الإيرانية بدعم الإرهاب."))
    assert ("ACCUSE", "TUR", "IRN") in _records(_run("وتتهمه الحكومة التركية بالتجسس لصالح إيران."))
    # "الحزب الذي تتهمه الحكومة العراقية": the accused stands before the relative, the accuser after
    doc = _run("وقصفت الطائرات التركية مواقع الحزب الذي تتهمه الحكومة العراقية بالهجمات.")
    assert not [r for r in _records(doc) if r[0] == "ACCUSE"]


def test_plural_participle_demanding_and_plural_welcome() -> None:
    doc = _run("وأكدت الفصائل الفلسطينية أن حرق الطفل جريمة، مطالبين بمحاسبة المسؤولين الإسرائيليين.")
    assert ("REQUEST", "PSE", "ISR") in _records(doc)
    assert ("SUPPORT", "TUR", "SYR") in _records(_run("وكان المتظاهرون الأتراك يرحبون بقرار الحكومة السورية."))


def test_fire_opened_by_two_gunmen_or_a_volley_is_an_attack() -> None:
    # the dual "أطلقا النار" and "أطلقوا وابلا من الرصاص"
    doc = _run("وقالت مصادر أمنية إن مسلحين اثنين أطلقا النار على ضابط شرطة مصري.")
    assert ("ASSAULT", None, "EGY") in _records(doc)
    assert ("ASSAULT", None, "MLI") in _records(_run("وقال شاهد إن المهاجمين أطلقوا وابلا من الرصاص على جنود ماليين."))


def test_a_condemnation_in_a_statement_of_its_own_and_loyalty_owed() -> None:
    # "في بيان لها": the statement's "لها" does not make "أدانت" a debt owed
    doc = _run("وأدانت وزارة الخارجية الفلسطينية في بيان لها قرار لجنة التخطيط الإسرائيلية.")
    assert ("ACCUSE", "PSE", "ISR") in _records(doc)
    # "يدين بالولاء": loyalty owed, no condemnation
    doc = _run("وقال القائد الأفغاني إن الأمير يدين بالولاء للحكومة الأفغانية.")
    assert not [r for r in _records(doc) if r[0] == "ACCUSE"]


def test_a_participle_after_a_comma_is_a_second_act_of_the_subject() -> None:
    # "...، مطالبا إياها": the criticism and the demand are both reported
    doc = _run("وانتقد رئيس مجلس العشائر العراقية الحكومة العراقية لتأخرها في تسليح المتطوعين، مطالبا إياها بالوفاء بوعودها.")
    assert ("ACCUSE", "IRQ", "IRQ") in _records(doc)
    assert ("REQUEST", "IRQ", "IRQ") in _records(doc)
    # the subject of "داعيا" is the speaker, not the group named between ("تنظيم داعش")
    doc = _run("وأكد نائب الرئيس الأميركي دعم بلاده للعراق في محاربة تنظيم داعش، داعيا إلى مواصلة العمليات العسكرية.")
    assert ("SUPPORT", "USA", "IRQ") in _records(doc)
    assert [r[1] for r in _records(doc) if r[0] == "REQUEST"] == ["USA"]


def test_the_condemning_participle_after_a_comma_is_no_name() -> None:
    # "وزير الخارجية المصري ...، منددا": a title beside a comma, but "منددا" is the participle, no name
    doc = _run("وأكد وزير الخارجية المصري دعم بلاده للحكومة الليبية، منددا بالهجمات على طرابلس.")
    assert ("SUPPORT", "EGY", "LBY") in _records(doc)
    assert [r[1] for r in _records(doc) if r[0] == "ACCUSE"] == ["EGY"]
    assert all(e["actor"].get("name") != "Mndda" for e in doc.events)


def test_accusing_and_denying_participles_after_a_comma() -> None:
    # "بقوة" between the title and the object is no name; "، متهما" is a second act of the subject
    doc = _run("ونفى الرئيس التركي بقوة الاتهامات بأن تركيا تساعد تنظيم داعش، متهما قوى خارجية بنشر دعاية خاطئة.")
    assert [r[1] for r in _records(doc) if r[0] == "REJECT"] == ["TUR"]
    assert [r[1] for r in _records(doc) if r[0] == "ACCUSE"] == ["TUR"]
    doc = _run("وقال وزير الخارجية التونسي إن العلاقات مع الجزائر جيدة، نافيا وجود فتور مع الحكومة الجزائرية.")
    assert ("REJECT", "TUN", "DZA") in _records(doc)


def test_a_mosque_is_a_place_attacked_not_a_side() -> None:
    # "تفجير مسجد الإمام الصادق في الكويت": the bombing hit Kuwait; the mosque names no actor of its own
    doc = _run("ووصل عدد الضحايا في تفجير مسجد الإمام الصادق في الكويت إلى 26 قتيلا.")
    assert ("ASSAULT", None, "KWT") in _records(doc)
    doc = _run("وقال المتحدث الأمني إن إرهابيا فجر نفسه في مسجد تابع لقوات الطوارئ السعودية أثناء صلاة الظهر.")
    assert ("ASSAULT", None, "SAU") in _records(doc)


def test_a_suspension_ended_is_a_concession() -> None:
    # "أنهى ... تعليقا لإمداد": the verb split from "تعليق" by its subject
    doc = _run("وفي الشهر الماضي أنهى الرئيس الأمريكي تعليقا لإمداد الحكومة المصرية بالسلاح.")
    assert ("CONCEDE", "USA", "EGY") in _records(doc)
    # ended without a suspension: nothing conceded
    doc = _run("وأنهى الرئيس الأمريكي زيارته إلى القاهرة.")
    assert not [r for r in _records(doc) if r[0] == "CONCEDE"]


def test_were_executed_names_the_victims_before_and_the_killers_after() -> None:
    doc = _run("وقال وزير الدفاع العراقي إن أكثر من ألفي عراقي أعدموا على أيدي متشددي تنظيم داعش في نينوى.")
    assert ("ASSAULT", None, "IRQ") in _records(doc)
    assert [e["actor"]["name"] for e in doc.events if e["event_type"] == "ASSAULT"] == ["Islamic State"]


def test_bare_talaba_demands_but_a_student_does_not() -> None:
    doc = _run("كما طالب رئيس البرلمان العراقي رئيس الوزراء العراقي بإقالة وزراء ثبت ضلوعهم في الفساد.")
    assert ("REQUEST", "IRQ", "IRQ") in _records(doc)
    # "وهو طالب جزائري": a student
    doc = _run("وقالت الشرطة الفرنسية إن المشتبه به، وهو طالب جزائري، اعتقل في باريس.")
    assert not [r for r in _records(doc) if r[0] == "REQUEST"]


def test_a_visit_asked_for_past_a_long_name_is_the_request_only() -> None:
    # the envoy's full name between "طالب" and "إلى زيارة" does not make the visit a meeting reported
    doc = _run("ويأتي ذلك فيما طالب الرئيس اليمني المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد إلى زيارة عدن.")
    assert [r[0] for r in _records(doc)] == ["REQUEST"]
    assert _records(doc)[0][1] == "YEM"


def _names(doc: Document) -> list[str]:
    return [str(side.get("name")) for e in doc.events for side in (e["actor"], e["recipient"]) if side]


def _raw_names(doc: Document) -> list[str]:
    """The sides as written (display names are romanised: the text itself is what is tested)."""
    return [str(side.get("name_raw")) for e in doc.events for side in (e["actor"], e["recipient"]) if side]


def test_a_rank_or_state_after_a_title_is_no_name() -> None:
    # "مسؤول عسكري إماراتي": "عسكري" extends the title, the nationality follows; "الرئيس المخلوع": deposed
    doc = _run("وأعلن مسؤول عسكري إماراتي عن إرسال مساعدات غذائية من الإمارات إلى الصومال.")
    assert ("AID", "ARE", "SOM") in _records(doc)
    doc = _run("وقصفت طائرات التحالف منزل قائد عسكري موال للرئيس المخلوع في محافظة صنعاء.")
    assert ("ASSAULT", "SAU", "YEM") in _records(doc)
    assert not [n for n in _names(doc) if n.startswith(("Skry", "Al-mkhlw"))]


def test_the_international_community_after_a_title_and_nationality_is_no_name() -> None:
    doc = _run("ودعا وزير الخارجية الفرنسي المجتمع الدولي إلى دعم اللاجئين السوريين.")
    assert ("REQUEST", "FRA", "SYR") in _records(doc)
    assert not [n for n in _names(doc) if n.startswith("Al-mjtm")]


def test_a_region_or_force_after_an_office_is_no_name() -> None:
    doc = _run("وزار مدير شرطة منطقة القصيم السفارة الأمريكية في الرياض.")
    assert ("CONSULT", "USA", "SAU") in _records(doc)
    assert not [n for n in _names(doc) if n.startswith("Mntqh")]


def test_the_one_named_behind_tandid_before_the_ba_object_condemns() -> None:
    # a state named in an earlier clause of the sentence is not who condemned
    doc = _run("وتحدثت الصحف عن الغارات الإسرائيلية على غزة، مبرزة تنديد وزير الخارجية الأردني "
               "بقيام مستوطنين إسرائيليين باقتحام المسجد الأقصى.")
    assert ("ACCUSE", "JOR", "ISR") in _records(doc)
    assert ("ACCUSE", "ISR", "JOR") not in _records(doc)
    # "بأشد العبارات": how, not what, was condemned (the attack; the child it killed was struck,
    # the unnamed attackers are condemned)
    doc = _run("ونددت فرنسا بأشد العبارات بالهجوم الذي أدى إلى مقتل طفل فلسطيني في الضفة الغربية.")
    assert ("ACCUSE", "FRA", None) in _records(doc) and ("ACCUSE", "FRA", "PSE") not in _records(doc)


def test_a_seat_on_an_executive_committee_is_one_title() -> None:
    doc = _run("ونقلت الصحف تنديد عضو اللجنة التنفيذية في منظمة التحرير الفلسطينية صائب عريقات "
               "بقيام مستوطنين إسرائيليين باقتحام المسجد الأقصى.")
    assert ("ACCUSE", "PSE", "ISR") in _records(doc)
    assert not [n for n in _raw_names(doc) if n.startswith("بقيام") or n == "اللجنة"]


def test_european_after_a_title_is_no_name() -> None:
    # "المفوض الأوروبي المكلف ... فلان": the union's adjective extends the title
    doc = _run("والتقى المفوض الأوروبي بيار موسكوفيسي وزير المالية اليوناني في أثينا.")
    assert not [n for n in _raw_names(doc) if n.startswith("الأوروبي")]


def test_the_passive_alqi_alqabd_is_no_active_arrest() -> None:
    # "ألقي القبض على X" (X was arrested) folds like "ألقى القبض على X" (he arrested X): the final
    # letter the text writes tells them apart; the one named after على is held, not the arrester
    doc = _run("القاهرة - وألقي القبض على وزير الداخلية التركي في القاهرة يوم الثلاثاء.")
    assert ("COERCE", "EGY", "TUR") in _records(doc)
    assert ("COERCE", "TUR", "EGY") not in _records(doc)
    doc = _run("وألقى الأمن المصري القبض على وزير الداخلية التركي في القاهرة يوم الثلاثاء.")
    assert ("COERCE", "EGY", "TUR") in _records(doc)


def test_bare_jamaa_is_no_side() -> None:
    # "جماعة الحوثيين": the group named after "جماعة" is the side; bare "جماعة" ("صلاة العصر جماعة",
    # in congregation) is none
    doc = _run("واتهمت جماعة الحوثيين السعودية بقصف مستشفى في صعدة.")
    assert ("ACCUSE", "YEM", "SAU") in _records(doc)
    doc = _run("أعلنت وزارة الداخلية الأردنية أنه أثناء قيام جنود من الجيش الأردني بأداء صلاة العصر جماعة "
               "في مسجد المعسكر، حدث انفجار في جموع الجنود الأردنيين.")
    assert all((e["actor"] or {}).get("name") != "جماعة" for e in doc.events)


def test_an_attack_noun_after_a_verb_of_happening_has_no_agent_before_it() -> None:
    # "حدث انفجار": the explosion happened; the soldiers named in the clause before were praying
    doc = _run("أعلنت وزارة الداخلية الأردنية أنه أثناء أداء جنود الجيش الأردني صلاة العصر في مسجد "
               "المعسكر، حدث انفجار في جموع الجنود الأردنيين.")
    assert ("ASSAULT", None, "JOR") in _records(doc)
    assert ("ASSAULT", "JOR", "JOR") not in _records(doc)


def test_a_condemned_attack_is_a_record_of_its_own_by_unnamed_attackers() -> None:
    # "أدانت X الهجوم الذي استهدف ...": the condemner did not attack; the attack, by unnamed
    # attackers, stands beside the condemnation
    doc = _run("أدانت وزارة الخارجية الأردنية الهجوم الإرهابي الذي استهدف مسجدا في مدينة أبها السعودية "
               "وأسفر عن مقتل عشرة أشخاص.")
    assert ("ASSAULT", None, "SAU") in _records(doc)
    # the mosque's country was struck, not condemned: the condemnation's side is the unnamed attackers
    assert ("ACCUSE", "JOR", None) in _records(doc)
    assert ("ACCUSE", "JOR", "SAU") not in _records(doc)
    assert ("ASSAULT", "JOR", "SAU") not in _records(doc)


def test_a_plural_verb_opening_a_sentence_has_the_callers_before_as_subject() -> None:
    # "وأعربوا ...": they (the three callers of the sentence before) condemned, one record each
    doc = _run("وتلقى وزير الداخلية السعودي اتصالات هاتفية من وزير الداخلية الإماراتي ووزير الداخلية البحريني "
               "ووزير الداخلية الكويتي. وأعربوا خلال الاتصالات عن استنكارهم للاعتداء الآثم الذي وقع في مسجد "
               "قوات الطوارئ بمنطقة عسير.")
    accusers = {a for t, a, _b in _records(doc) if t == "ACCUSE"}
    assert accusers == {"ARE", "BHR", "KWT"}


def test_a_glued_preposition_ends_a_name_after_a_title() -> None:
    # "المعارض وبعد اجتماعات": "وبعد" (and after) ends the name as "بعد" does
    doc = _run("وقال القيادي المعارض وبعد اجتماعات طويلة في الدوحة إن الحوار مستمر.")
    assert not [m for m in doc.mentions if m.kind == "person" and m.text.startswith("وبعد")]


def test_a_country_adjective_behind_a_place_is_no_side() -> None:
    # "في إسطنبول التركية": the adjective says where the city is; the meeting is between the two ministers
    doc = _run("وعبر وزير الخارجية الأمريكي عن قلقه في لقاء مع الوزير الصيني على هامش اجتماع في إسطنبول التركية.")
    assert ("CONSULT", "USA", "CHN") in _records(doc)
    assert not [r for r in _records(doc) if "TUR" in r]


def test_killed_by_the_fire_of_an_agent() -> None:
    # "قتل X برصاص الجيش الإسرائيلي", "بنيران": the one whose fire killed is the attacker
    doc = _run("قتل شاب فلسطيني صباح أمس برصاص الجيش الإسرائيلي قرب مدينة نابلس.")
    assert ("ASSAULT", "ISR", "PSE") in _records(doc)


def test_the_group_is_the_armed_group_named_before() -> None:
    # "الجماعة" (the group) standing alone is the last armed group named: Boko Haram, Nigerian
    doc = _run("وقال الجيش إن جماعة بوكو حرام تنشط في شمال شرق البلاد. "
               "وكانت الجماعة المتشددة قد شنت هجوما على جنود تشاديين أمس.")
    assert ("ASSAULT", "NGA", "TCD") in _records(doc)


def test_financial_is_not_mali() -> None:
    # "دعم مالي" (financial support): "مالي" is the adjective, not the country Mali
    doc = _run("وتعهدت المفوضية الأوروبية بتقديم دعم مالي لأوكرانيا هذا العام.")
    assert not [r for r in _records(doc) if "MLI" in r]
    assert not [m for m in doc.mentions if m.country == "MLI"]


def test_a_split_passive_placement_in_detention() -> None:
    # "تم وضع X قيد الاعتقال الإداري": X held by the state body that announces it, not the arrest noun's own reading
    doc = _run("أعلنت وزارة الدفاع الإسرائيلية أنه تم وضع مستوطنين إسرائيليين اثنين قيد الاعتقال الإداري "
               "لستة أشهر بعد مقتل شاب فلسطيني.")
    assert ("COERCE", "ISR", "ISR") in _records(doc)
    assert ("COERCE", "ISR", "PSE") not in _records(doc)


def test_the_army_deposed_the_president() -> None:
    # "عزل الجيش الرئيس": the army deposed the president of its own country (told in a report of its
    # year: in a later one a coup of 2013 is recalled background, modality.yaml background_types)
    doc = analyse_text("وتوترت العلاقات بعد أن عزل الجيش المصري الرئيس محمد مرسي في 2013.", "ar", published="2013-07-10")
    assert ("COERCE", "EGY", "EGY") in _records(doc)


def test_coordination_with_own_ground_forces_hides_no_attack() -> None:
    # "والتنسيق مع القوات البرية": a post working with its own branches; the shelling it suffered is the news
    doc = _run("تعرض مركز حدودي بمنطقة جازان لقذائف كثيفة من داخل الأراضي اليمنية، حيث تم التصدي للعدوان، "
               "والتنسيق مع القوات البرية للتعامل مع مصادر النيران.")
    assert ("COOPERATE", "SAU", "SAU") not in _records(doc)
    assert ("ASSAULT", "YEM", "SAU") in _records(doc)


def test_an_armed_group_right_behind_an_attack_verb_attacks() -> None:
    # verb first: "وهاجمت جماعة بوكو حرام قرية في الكاميرون": the group behind the verb attacked, the village was hit
    doc = _run("وهاجمت جماعة بوكو حرام قرية في الكاميرون يوم الأحد.")
    assert ("ASSAULT", "NGA", "CMR") in _records(doc)
    assert ("ASSAULT", None, "NGA") not in _records(doc)


def test_an_armed_group_behind_an_attack_verb_with_nothing_struck_named_is_no_attacker() -> None:
    # "..., واستهدفت الحوثيين بصواريخ": no place or side named after the group, which is the verb's
    # object here; the group-as-attacker reading needs what it struck named after it
    doc = _run("وقصفت الطائرات أمس مخازن للأسلحة، واستهدفت الحوثيين بصواريخ.")
    assert ("ASSAULT", None, "YEM") in _records(doc)
    assert all(not (t == "ASSAULT" and a == "YEM") for t, a, _r in _records(doc))


def test_the_brotherhood_is_the_branch_of_the_reports_country() -> None:
    # a movement of many countries (KB branches: true) takes the report's country: the protest of
    # the Brotherhood against the army is no two-country reading that outranks the army's removal
    # of the president
    doc = _run("قالت السفارة الأميركية بالقاهرة إن الولايات المتحدة ستسلم مصر طائرات. وتراجعت العلاقات بعد أن عزل "
               "الجيش الرئيس السابق محمد مرسي الذي ينتمي لجماعة الإخوان المسلمين عقب احتجاجات واسعة ضد حكمه، لكن "
               "العلاقات مع القائد السابق للجيش تحسنت لاحقا.")
    assert ("COERCE", "EGY", "EGY") in _records(doc)
    assert ("PROTEST", None, "EGY") not in _records(doc)


def test_blamed_with_the_subject_between_verb_and_blame() -> None:
    # "ألقى الرئيس ... باللوم على": the verb split from its "اللوم" by the subject
    doc = _run("وألقى الرئيس التونسي باللوم على جماعات متشددة في ليبيا بعد الهجوم.")
    assert ("ACCUSE", "TUN", "LBY") in _records(doc)


def test_research_and_search_are_no_talks() -> None:
    # "البحث عن"، "البحث والتحري"، "أكاديمية البحث العلمي": a search or research, not "بحث" talks
    for text in ("وسافر الوفد اليمني إلى مسقط للبحث عن مخرج من الأزمة مع الحكومة العمانية.",
                 "وأشاد الوزير السعودي بيقظة الأجهزة الأمنية الكويتية في عمليات البحث والتحري.",
                 "وقال رئيس أكاديمية البحث العلمي المصرية إن الأكاديمية تتعاون مع جامعات روسية."):
        assert "CONSULT" not in {t for t, _a, _r in _records(_run(text))}, text
    doc = _run("بحث وزير الخارجية السعودي مع نظيره الإيطالي العلاقات الثنائية.")
    assert ("CONSULT", "SAU", "ITA") in _records(doc)


def test_a_state_right_behind_a_feminine_attack_verb_struck() -> None:
    # "وقصفت تركيا مواقع": the state after the verb that agrees with it is its subject, not its target
    doc = _run("وقصفت تركيا مواقع في شمال العراق.")
    assert ("ASSAULT", "TUR", "IRQ") in _records(doc)
    doc = _run("واستهدفت السعودية مواقع للحوثيين في صعدة.")
    assert ("ASSAULT", "SAU", "YEM") in _records(doc)
    # after a relative the verb's subject is what the relative stands for: Turkey was struck
    doc = _run("وقتل 22 من رجال الأمن نتيجة الهجمات الإرهابية التي استهدفت تركيا منذ يوليو.")
    assert all(a != "TUR" for t, a, _r in _records(doc) if t == "ASSAULT")


def test_a_named_movement_of_no_country_makes_no_two_country_reading() -> None:
    # "تنظيم داعش" has no country: the suicide attack it is blamed for, against Turkey, is no more
    # complete a reading than Turkey's strike on its positions, which the sentence reports
    doc = _run("قصفت تركيا أمس الخميس مواقع لتنظيم داعش في سوريا ردا على مقتل أحد جنودها، وذلك بعد ثلاثة أيام "
               "على هجوم انتحاري دام نسبته أنقرة إلى التنظيم.")
    assert ("ASSAULT", "TUR", None) in _records(doc)
    assert ("ASSAULT", None, "TUR") not in _records(doc)


def test_a_national_unity_government_is_not_libyas_by_name() -> None:
    # "حكومة الوحدة الوطنية" is any country's national unity government: here the Palestinian one
    doc = _run("وفي خضم الجدل بين حركتي فتح وحماس حول حكومة الوحدة الوطنية، عقد المجلس الاستشاري لحركة فتح "
               "اجتماعا في رام الله.")
    assert all("LBY" not in (a, r) for _t, a, r in _records(doc))


def test_a_truce_in_force_is_the_setting_not_a_truce_declared() -> None:
    # "خلال الهدنة"، "أن الهدنة ستكون محكومة بالفشل": the truce already declared, no new record
    for text in ("وأكد التحالف أنه سيتصدى لأي تحركات عسكرية للحوثيين خلال الهدنة في اليمن.",
                 "وأكد مراقبون يمنيون أن الهدنة ستكون محكومة بالفشل بسبب عدم التزام الحوثيين بها."):
        assert "RETREAT" not in {t for t, _a, _r in _records(_run(text))}, text
    doc = _run("وأعلنت قيادة التحالف بقيادة السعودية هدنة إنسانية في اليمن لمدة خمسة أيام.")
    assert "RETREAT" in {t for t, _a, _r in _records(doc)}


def test_during_the_visit_restates_the_visit() -> None:
    # "ورافق ... خلال الزيارة"، "تأشيرة زيارة": the visit already told, its companions; a visa
    doc = _run("ورافق ولي العهد السعودي خلال الزيارة مساعد وزير الدفاع السعودي.")
    assert ("CONSULT", "SAU", "SAU") not in _records(doc)
    doc = _run("ومنحت إيران تأشيرة زيارة لصحافي أميركي.")
    assert "CONSULT" not in {t for t, _a, _r in _records(doc)}
    # "مرافق التدريب": training facilities, no training given
    doc = _run("واطلع الوفد القطري على مرافق التدريب في قوات الدرك الأردنية.")
    assert "COOPERATE" not in {t for t, _a, _r in _records(doc)}


def test_a_restated_attack_yields_to_the_act_its_sentence_reports() -> None:
    # "وكان داود أوغلو حمل التنظيم مسؤولية الهجوم": "الهجوم" points back to the attack already
    # recorded (no new record); the blame is the sentence's own act
    doc = _run("قتل 32 شخصا في هجوم انتحاري استهدف مركزا ثقافيا في مدينة سوروتش التركية. "
               "وكان رئيس الوزراء التركي داود أوغلو حمل منذ مساء الاثنين التنظيم الإرهابي مسؤولية الهجوم.")
    assert ("ACCUSE", "TUR", None) in _records(doc)


def test_clashes_between_two_named_sides_have_both_as_sides() -> None:
    # "اشتباكات بين X و Y": both sides are named after the noun, none before it
    doc = _run("اندلعت اشتباكات بين المقاومة الشعبية والحوثيين في تعز.")
    assert ("ASSAULT", "YEM", "YEM") in _records(doc)
    doc = _run("تواصلت المواجهات العنيفة أمس. وشهدت المدينة مواجهات عنيفة بين الجيش التركي ومسلحين أكراد.")
    assert ("ASSAULT", "TUR", "TUR") in _records(doc)
    # nobody named after it: the attackers stay unknown
    doc = _run("وأشار المصدر إلى استمرار اشتباكات عنيفة بين الطرفين في مدينة تعز.")
    assert ("ASSAULT", None, "YEM") in _records(doc)


def test_defended_split_from_an_by_its_subject_is_support() -> None:
    # "دافعت فرنسا أمس عن حق تركيا في ...": the verb, its subject, then "عن"
    doc = _run("دافعت فرنسا أمس عن حق تركيا في ضرب المسلحين الأكراد.")
    assert ("SUPPORT", "FRA", "TUR") in _records(doc)
    assert ("ASSAULT", "FRA", "TUR") not in _records(doc)


def test_defended_split_from_an_by_a_long_subject_is_support() -> None:
    # a title, a name and a time between the verb and "عن": six words
    doc = _run("ودافع رئيس الوزراء البريطاني ديفيد كاميرون أمس عن حق فرنسا في ضرب المسلحين.")
    assert ("SUPPORT", "GBR", "FRA") in _records(doc)


def test_a_rocket_launched_from_a_place_is_by_that_places_side() -> None:
    # "سقط صاروخ أطلق من غزة": no launcher named, the rocket came from Gaza's side
    doc = _run("سقط صاروخ أطلق من غزة على جنوب إسرائيل.")
    assert ("ASSAULT", "PSE", "ISR") in _records(doc)
    # nor did it strike the people of the place it was launched from
    doc = _run("سقط صاروخ أطلق من غزة قرب موقع عسكري.")
    assert ("ASSAULT", "PSE", "PSE") not in _records(doc)


def test_the_coalition_command_is_saudi_arabias_side() -> None:
    # "قيادة قوات التحالف" (the Saudi-led coalition's command) declares the truce in Yemen
    doc = _run("أعلنت قيادة قوات التحالف هدنة إنسانية في اليمن لمدة خمسة أيام.")
    assert ("RETREAT", "SAU", "YEM") in _records(doc)


def test_a_refusal_given_as_a_reason_is_no_rejection_nor_recognition() -> None:
    # "اعتقل ... لرفضهم": the refusal is why they were held, not an act of the sentence
    doc = _run("اعتقلت الشرطة الإيرانية أمس 15 تاجرا لرفضهم دفع الضرائب للحكومة الأفغانية.")
    assert "REJECT" not in {t for t, _a, _r in _records(doc)}
    # "لرفضها الاعتراف بإسرائيل": a recognition refused, none granted
    doc = _run("ويتجاهل الغرب الحركة الفلسطينية لرفضها الاعتراف بإسرائيل.")
    assert "SUPPORT" not in {t for t, _a, _r in _records(doc)}
    doc = _run("اعترفت السويد بدولة فلسطين.")
    assert ("SUPPORT", "SWE", "PSE") in _records(doc)


def test_the_bare_coalition_in_a_yemen_report_is_saudi_arabias_side() -> None:
    # bare "قوات التحالف" in a report about Yemen: the Saudi-led coalition, not Yemen's own forces
    doc = _run("قصفت قوات التحالف مواقع المتمردين الحوثيين في صنعاء. وقال مسؤولون يمنيون في عدن "
               "إن الغارات استهدفت مخازن أسلحة في اليمن.")
    assert ("ASSAULT", "SAU", "YEM") in _records(doc)
    assert not any(t == "ASSAULT" and a == "YEM" and r == "YEM" for t, a, r in _records(doc))


def test_bare_militias_in_a_yemen_report_are_yemeni() -> None:
    # "الميليشيات" with no name in a report about Yemen: the Houthi side, Yemeni
    doc = _run("وقال شهود إن الميليشيات قصفت المنازل في أحياء مدينة تعز اليمنية. وأكد مسؤولون يمنيون "
               "في عدن أن القصف أصاب مواطنين في اليمن.")
    assert ("ASSAULT", "YEM", "YEM") in _records(doc)


def test_an_armed_group_right_behind_a_feminine_shelling_verb_shelled() -> None:
    # "قصفت الميليشيات أحياء ...": the broken plural agrees in the feminine; the militias shelled
    doc = _run("قصفت ميليشيات مسلحة أحياء سكنية في مدينة غاو بشمال مالي.")
    assert any(t == "ASSAULT" and r == "MLI" and a != "MLI" for t, a, r in _records(doc))
    doc = _run("قصفت الميليشيات أحياء سكنية في مدينة تعز اليمنية. وقال مسؤولون يمنيون في عدن "
               "إن القصف أصاب منازل المواطنين في اليمن.")
    assert ("ASSAULT", "YEM", "YEM") in _records(doc)


def test_an_attack_repelled_was_made_on_who_repelled_it() -> None:
    # "صد هجوم لمسلحين على مواقعها": the gunmen attacked, the forces that repelled them were attacked
    doc = _run("وتمكنت القوات التركية من صد هجوم لمسلحين أكراد على مواقعها في جنوب شرق البلاد.")
    assert ("ASSAULT", "TUR", "TUR") in _records(doc)
    doc = _run("وتمكنت قوات البيشمركة العراقية من صد هجوم لمسلحي داعش على مواقعها قرب الموصل.")
    assert ("ASSAULT", None, "IRQ") in _records(doc)
    assert ("ASSAULT", "IRQ", None) not in _records(doc)


def test_the_subject_between_the_firing_verb_and_the_fire_fired() -> None:
    # "وأطلق مسلحون حوثيون النار على شاب": verb, subject, then "النار"
    doc = _run("وأطلق مسلحون حوثيون النار على شاب في عدن وأردوه قتيلا.")
    assert ("ASSAULT", "YEM", "YEM") in _records(doc)
    doc = _run("وأطلقت كوريا الشمالية النار على مواقع في كوريا الجنوبية.")
    assert ("ASSAULT", "PRK", "KOR") in _records(doc)
    # a campaign launched is no shooting
    doc = _run("أطلق الرئيس حملة وطنية لمكافحة النار في الغابات.")
    assert "ASSAULT" not in {t for t, _a, _r in _records(doc)}


def test_the_owner_of_the_strikes_behind_the_targeting_verb_struck() -> None:
    # "واستهدفت غارات التحالف قاعدة": the coalition's strikes hit the base; the coalition is no target
    doc = _run("واستهدفت غارات التحالف قاعدة العند الجوية في محافظة لحج اليمنية. وقال مسؤولون يمنيون "
               "في عدن إن الحوثيين انسحبوا من اليمن الجنوبي.")
    assert ("ASSAULT", "SAU", "YEM") in _records(doc)
    assert ("ASSAULT", None, "SAU") not in _records(doc)


def test_the_one_addressed_behind_the_subject_is_no_subject() -> None:
    # "وقدمت السعودية للأردن مساعدات": the giver is the subject, the one behind it with "ل" receives
    doc = _run("وقدمت السعودية للأردن مساعدات عسكرية.")
    assert ("AID", "SAU", "JOR") in _records(doc)
    # "وأكدت ميركل لداود أوغلو دعم بلادها": told to the Turkish prime minister, Germany's support
    doc = _run("وأكدت ميركل لداود أوغلو دعم بلادها.")
    assert ("SUPPORT", "DEU", "TUR") in _records(doc)
    doc = _run("وأكد الملك سلمان للرئيس هادي دعم المملكة لليمن.")
    assert ("SUPPORT", "SAU", "YEM") in _records(doc)


def test_a_body_with_a_capital_behind_it_is_of_that_capitals_country() -> None:
    # "حكومة أنقرة": the government seated in Ankara, Türkiye's
    doc = _run("وأكد الوزير الألماني تضامن بلاده مع حكومة أنقرة.")
    assert ("حكومة", "TUR") in {(m.text, m.country) for m in doc.mentions}
    # the subject, its verb, then the one addressed: "ميركل أكدت لداود أوغلو دعم بلادها"
    doc = _run("وقال المتحدث إن ميركل أكدت لداود أوغلو دعم وتضامن بلادها مع حكومة أنقرة.")
    assert ("SUPPORT", "DEU", "TUR") in _records(doc)


def test_ground_taken_after_succeeding_in_it() -> None:
    # "نجحوا في السيطرة على": succeeded in taking, as "تمكنوا من السيطرة على"
    doc = _run("وقال المتحدث إن المقاومة الشعبية نجحت في السيطرة على مواقع الحوثيين في عدن.")
    assert ("ASSAULT", "YEM", "YEM") in _records(doc)


def test_a_cable_like_the_one_reported_is_support() -> None:
    # "برقية مماثلة": a second sender's cable like the one just reported
    doc = _run("كما بعث ولي العهد السعودي برقية مماثلة للرئيس المصري عبدالفتاح السيسي.")
    assert ("SUPPORT", "SAU", "EGY") in _records(doc)


def test_military_aid_received_from_the_coalition() -> None:
    # "بعد تلقيها دعما عسكريا من دول التحالف": the giver after من, the one that received it before
    doc = _run("وأكد أن المقاومة الشعبية تقدمت بعد تلقيها دعما عسكريا من دول التحالف العربي.")
    assert ("AID", "SAU", "YEM") in _records(doc)


def test_what_is_asked_of_a_body_named_with_its_short_form_in_brackets_has_not_happened() -> None:
    # "طلبت من حلف شمال الأطلسي (الناتو) عقد اجتماع": a request, no meeting (the bracketed short
    # form is part of the name the request addresses)
    doc = _run("وقالت الخارجية التركية إن تركيا طلبت من حلف شمال الأطلسي (الناتو) عقد اجتماع طارئ.")
    assert "REQUEST" in {r[0] for r in _records(doc)}
    assert "CONSULT" not in {r[0] for r in _records(doc)}


def test_the_bare_noun_of_arson_names_its_genitive_the_burner_and_its_l_object_the_burnt() -> None:
    # "احتجاجا على جريمة حرق مستوطنين إسرائيليين للطفل الفلسطيني": settlers burnt, the child was burnt
    doc = _run("وتظاهر عشرات الطلاب الأردنيين احتجاجا على جريمة حرق مستوطنين إسرائيليين للطفل الفلسطيني في نابلس.")
    assert ("ASSAULT", "ISR", "PSE") in _records(doc)
    assert ("ASSAULT", "PSE", "ISR") not in _records(doc)
    # what an attack named before led to is no attack of its own
    doc = _run("وأدانت الكويت الجريمة التي نفذها مستوطنون أمس وأدت إلى حرق رضيع فلسطيني في منزله.")
    assert ("ASSAULT", "KWT", "PSE") not in _records(doc)


def test_zinjibar_is_in_yemen() -> None:
    # "زنجبار" in Arabic news is the capital of Abyan (the gazetteer's Zanzibar is spelt the same)
    doc = _run("أفادت مصادر يمنية أن المقاومة الشعبية سيطرت على مدينة زنجبار عاصمة محافظة أبين.")
    assert ("ASSAULT", "YEM", "YEM") in _records(doc)
    assert "TZA" not in {m.country for m in doc.mentions}


def test_blacklisting_is_a_sanction_by_the_one_behind_the_verb_when_the_listed_are_its_pronoun() -> None:
    # "أدرجهم مجلس الأمن على قائمة سوداء": the Council listed them, the Yemenis named before were listed
    doc = _run("وكان القائد من بين عدة يمنيين أدرجهم مجلس الأمن الدولي على قائمة سوداء العام الماضي.")
    assert ("SANCTION", None, "YEM") in _records(doc)
    # "أدرج" with no list named after it is no sanction ("أدرج البند على جدول الأعمال")
    doc = _run("وأدرجت الحكومة الأردنية البند على جدول أعمال الجلسة.")
    assert "SANCTION" not in {r[0] for r in _records(doc)}


def test_culprits_promised_they_will_not_escape_punishment_is_a_threat() -> None:
    # "لن يفلتوا من العقاب": the negation is part of the form
    doc = _run("وأكد وزير الداخلية العراقي أن منفذي الهجوم لن يفلتوا من العقاب.")
    assert ("THREATEN", "IRQ", None) in _records(doc)


def test_fighting_named_as_the_cause_of_what_is_reported_is_no_attack() -> None:
    # "أعيد فتح المطار ... بسبب المعارك في اليمن": the airport reopened, the fighting is its background
    doc = _run("أعيد فتح مطار عدن مع هبوط طائرة سعودية هي الأولى منذ أربعة أشهر بسبب المعارك في اليمن.")
    assert "ASSAULT" not in {r[0] for r in _records(doc)}


def test_dairy_is_no_albanians() -> None:
    # "منتجات الألبان": dairy products
    doc = _run("وطالبت نيوزيلندا بدخول أكبر لسوق الألبان في كندا.")
    assert "ALB" not in {m.country for m in doc.mentions}


def test_the_attack_recalled_as_the_site_visited_or_the_cause_of_the_wounds_is_not_the_visitors() -> None:
    # "زار المصابين ... نتيجة التفجير الذي استهدف المسجد": a visit to the wounded, not an attack by the visitor
    doc = _run("كما زار أمير منطقة عسير السعودي المصابين من قوات الطوارئ السعودية الذين يتلقون العلاج "
               "نتيجة التفجير الذي استهدف مسجد القوات.")
    assert ("ASSAULT", "SAU", "SAU") not in _records(doc)
    doc = _run("ووقف أمير منطقة عسير السعودي على موقع التفجير الغاشم الذي استهدف مسجد قوات الطوارئ السعودية.")
    assert ("ASSAULT", "SAU", "SAU") not in _records(doc)


def test_who_is_named_in_the_relative_clause_of_the_attack_condemned_is_not_condemned() -> None:
    # "أعرب عن استنكاره للهجوم الذي استهدف ...": the victims are named in the attack's relative clause;
    # the condemnation is aimed at the unnamed attackers, and no government is inferred for it
    doc = _run("وأعرب وزير الخارجية الأردني عن استنكاره الشديد للهجوم الإرهابي الذي استهدف مسجدا لقوات الأمن "
               "الكويتية.")
    records = _records(doc)
    assert ("ACCUSE", "JOR", None) in records
    assert ("ACCUSE", "JOR", "KWT") not in records and ("ACCUSE", "JOR", "JOR") not in records
    # an attacker named right behind the attack noun stays the one condemned
    doc = _run("أدانت قطر العدوان الإسرائيلي على قطاع غزة.")
    assert ("ACCUSE", "QAT", "ISR") in _records(doc)


def test_air_strikes_of_forces_glued_to_lam_are_theirs() -> None:
    # "غارات لقوات التحالف": the strikes of the coalition's forces, not strikes on them
    doc = _run("وتواصلت أمس غارات لقوات التحالف العربي على مواقع الحوثيين في محافظة لحج.")
    assert ("ASSAULT", "SAU", "YEM") in _records(doc)
    assert not [r for r in _records(doc) if r[0] == "ASSAULT" and r[2] == "SAU"]


def test_strikes_launched_by_forces_named_after_shannatha_are_theirs() -> None:
    # "اعتداءات شنتها بوكو حرام"، "عملية نفذتها حركة طالبان": who is named after the feminine "launched
    # them", "carried it out" struck
    doc = _run("وتعرضت قرى في أقصى شمال الكاميرون لاعتداءات شنتها بوكو حرام.")
    assert ("ASSAULT", "NGA", "CMR") in _records(doc)
    doc = _run("وقتل ستة جنود أفغان في عملية انتحارية نفذتها حركة طالبان ضد الشرطة الأفغانية جنوب كابول.")
    assert ("ASSAULT", "AFG", "AFG") in _records(doc)


def test_a_session_of_talks_after_a_counterpart_is_no_name() -> None:
    # "عقد مع نظيره الروسي جلسة مشاورات": the session is what was held, not the counterpart's name
    doc = _run("وعقد وزير الخارجية الأردني مع نظيره الروسي جلسة مشاورات في عمان.")
    assert not [m for m in doc.mentions if "جلسة" in m.text]


def test_the_matter_raised_and_the_next_verb_after_a_title_are_no_name() -> None:
    # "تطرق الرئيس الفلسطيني لقضية المصالحة واتهم ...": no person named "لقضية المصالحة واتهم"
    doc = _run("وتطرق الرئيس الفلسطيني لقضية اللاجئين واتهم الحكومة الإسرائيلية بالتعنت.")
    assert not [m for m in doc.mentions if "قضية" in m.text or "اتهم" in m.text]


def test_a_report_without_details_is_no_denial() -> None:
    # "ذكرت دون إسهاب أنه تم اعتقال ...": "without elaborating" negates nothing
    doc = _run("وذكرت المقاومة دون إسهاب أنه تم اعتقال قائد عسكري بجماعة الحوثي في عدن أمس.")
    assert [r for r in _records(doc) if r[0] == "COERCE"]


def test_a_condemned_attack_after_the_subject_gets_no_inferred_government() -> None:
    # "أدان الرئيس الألماني فلان، الهجوم": the subject stands between the verb and the attack condemned;
    # the condemnation is aimed at the unnamed attackers, not at Germany's government
    doc = _run("كما أدان الرئيس الألماني يواخيم غاوك، الهجوم من جهته ووصفه بالعمل البربري.")
    assert ("ACCUSE", "DEU", None) in _records(doc)
    assert ("ACCUSE", "DEU", "DEU") not in _records(doc)


def test_a_visit_to_a_city_with_no_host_named_is_hosted_by_its_country() -> None:
    # "زيارة ... إلى الرياض": the visitor is received by the country visited
    doc = _run("وجاءت زيارة رئيس المكتب السياسي لحركة حماس إلى الرياض بعد قطيعة طويلة.")
    assert ("CONSULT", "PSE", "SAU") in _records(doc)


def test_a_source_that_withholds_her_identity_rejects_nothing() -> None:
    # "مصادر رفضت الكشف عن هويتها": a source unnamed, no rejection (feminine and plural as the masculine)
    doc = _run("وذكرت مصادر أمنية تركية رفضت الكشف عن هويتها أن الشرطة داهمت عدة منازل في المدينة.")
    assert "REJECT" not in {r[0] for r in _records(doc)}


def test_what_draws_near_or_is_withheld_has_not_happened() -> None:
    # "مع اقتراب رفع العقوبات": the lifting is still to come; "محرومة من مساعدة": aid withheld
    doc = _run("وسيجد الرئيس الواثق من فوزه بوروندي منقسمة ومعزولة على الصعيد الدولي ومحرومة من مساعدة هي "
               "في أمس الحاجة إليها.")
    assert "AID" not in {r[0] for r in _records(doc)}


def test_the_other_spelling_of_affairs_keeps_the_title_and_its_country() -> None:
    # "وزير الدولة لشئون الدفاع بدولة قطر": the Qatari minister is received, not a Saudi named "لشئون"
    doc = _run("استقبل ولي العهد السعودي في جدة مساء اليوم وزير الدولة لشئون الدفاع بدولة قطر اللواء حمد العطية.")
    assert ("CONSULT", "QAT", "SAU") in _records(doc)
    assert not [m for m in doc.mentions if m.text == "لشئون"]


def test_the_genitive_of_an_attack_followed_by_ala_attacked() -> None:
    # "هجوم المستوطنين على منزلهم": the settlers attacked, the family's home was struck
    doc = _run("وأصيبت العائلة بحروق خطيرة جراء هجوم المستوطنين على منزلها في قرية دوما الفلسطينية.")
    assert ("ASSAULT", "ISR", "PSE") in _records(doc)


def test_fighters_taken_prisoner_are_coerced() -> None:
    # "المقاومة أسرت ..."، "أسروا ...": prisoners taken (COERCE), the bare plural "أسر" (families) is no trigger
    doc = _run("وقالت مصادر محلية إن مسلحي المقاومة الشعبية أسروا خمسة من مسلحي الحوثيين قرب مدينة تعز.")
    assert ("COERCE", "YEM", "YEM") in _records(doc)
    doc = _run("وقدمت الجمعية مساعدات غذائية إلى أسر الشهداء في المدينة.")
    assert "COERCE" not in {r[0] for r in _records(doc)}


def test_reservations_voiced_on_a_draft_are_a_rejection_and_its_signing_is_a_purpose() -> None:
    # "أبدى الرئيس تحفظه على مسودة الاتفاق": REJECT; "قصد التوقيع عليها": a signing intended, no AGREE;
    # "الهيئة الحكومية للتنمية" (IGAD) is an organisation of no one country
    doc = _run("أبدى رئيس جنوب السودان تحفظه على مسودة اتفاق السلام التي وزعتها الهيئة الحكومية للتنمية "
               "قصد التوقيع عليها الأسبوع المقبل.")
    assert ("REJECT", "SSD", None) in _records(doc)
    assert "AGREE" not in {r[0] for r in _records(doc)}


def test_members_of_congress_are_american_whatever_the_report_is_about() -> None:
    # "أعضاء الكونغرس" is the US Congress even in a report about Iran, not the focus country
    doc = _run("قال الرئيس الإيراني إن بلاده ملتزمة بالاتفاق. وعارض عدد من أعضاء الكونغرس الاتفاق النووي مع إيران.")
    assert ("REJECT", "USA", "IRN") in _records(doc)


def test_ways_of_strengthening_ties_are_no_support_given() -> None:
    # "استعراض العلاقات بين البلدين وسبل دعمها وتعزيزها": ties reviewed in a call, no SUPPORT
    doc = _run("تلقى الرئيس المصري اتصالا هاتفيا من العاهل السعودي، وجرى خلال الاتصال استعراض العلاقات "
               "بين البلدين وسبل دعمها وتعزيزها في مختلف المجالات.")
    assert "SUPPORT" not in {r[0] for r in _records(doc)}


def test_a_field_commander_is_no_person_named_mydany() -> None:
    # "قائد ميداني في المقاومة": "ميداني" (field) extends the title, it starts no name
    doc = _run("وقال قائد ميداني في المقاومة الشعبية إن مواجهات عنيفة دارت بين المقاومة والحوثيين في مدينة زنجبار.")
    assert not [m for m in doc.mentions if m.text in ("ميداني", "Mydany")]


def test_a_visit_tomorrow_has_not_happened() -> None:
    # "يزور الرئيس ... غدا": tomorrow right after the act makes it a future one, no CONSULT recorded
    doc = _run("يزور الرئيس الأميركي غدا للمرة الأولى منذ انتخابه كينيا بلد أجداده.")
    assert "CONSULT" not in {r[0] for r in _records(doc)}


def test_help_the_sanctioned_firms_are_accused_of_is_no_aid() -> None:
    # "شركات متهمة بمساعدة النظام": a charge behind a sanction, the sanction is the event, no AID
    doc = _run("وقالت وزارة الخزانة الأمريكية إن العقوبات الجديدة تستهدف خمس شركات متهمة بمساعدة الحكومة السورية.")
    assert "AID" not in {r[0] for r in _records(doc)}
    assert ("SANCTION", "USA", "SYR") in _records(doc)


def test_coordination_a_man_was_jailed_for_trying_is_no_cooperation() -> None:
    # "سجن لمحاولته التنسيق مع": the charge he was jailed for, not a cooperation that took place
    doc = _run("ويقبع الوزير المصري السابق في السجن لمحاولته التنسيق مع إيران.")
    assert "COOPERATE" not in {r[0] for r in _records(doc)}


def test_an_airport_readied_to_receive_aid_records_no_aid() -> None:
    # "لاستقبال المساعدات": the aid is a purpose, none delivered yet
    doc = _run("وأعلن محافظ عدن أن المطار أصبح جاهزا لاستقبال المساعدات الإنسانية من السعودية.")
    assert "AID" not in {r[0] for r in _records(doc)}


def test_breaches_said_not_to_be_recorded_are_no_assault() -> None:
    # "جزم بعدم تسجيل خروقات": a negation glued to its preposition
    doc = _run("وجزم المسؤول السعودي بعدم تسجيل أي خروقات خلال الانتخابات البلدية.")
    assert "ASSAULT" not in {r[0] for r in _records(doc)}


def test_aid_that_will_be_redirected_is_future() -> None:
    # "سيعاد توجيه المساعدات": a passive future verb before the aid noun
    doc = _run("وقال الوزير اليمني إنه سيعاد توجيه المساعدات الإنسانية إلى الأسر المحتاجة في اليمن.")
    assert "AID" not in {r[0] for r in _records(doc)}


def test_attacks_there_are_in_countries_like_these_are_no_event() -> None:
    # "وهناك هجمات على ... في بلاد مثل": a general statement, no attack reported
    doc = _run("وهناك هجمات على الصحافيين في بلاد مثل باكستان والفلبين.")
    assert "ASSAULT" not in {r[0] for r in _records(doc)}


def test_any_gatherings_an_emergency_bans_are_no_protest() -> None:
    # "تمنع أي تجمعات أو مظاهرات": a ban on any protest, none reported
    doc = _run("وتمنع حالة الطوارئ في تونس أي تجمعات أو مظاهرات أو احتجاجات.")
    assert "PROTEST" not in {r[0] for r in _records(doc)}


def test_a_planned_manner_is_no_plan() -> None:
    # "بشكل مخطط له" (in a planned manner) tells how the act was done, not that it is only planned
    doc = _run("وبشكل مخطط له، هاجم مسلحون مركزا للشرطة المصرية في العريش")
    assert ("ASSAULT", None, "EGY") in event_pairs(doc)
def test_an_intervention_at_a_governments_request_is_no_request() -> None:
    # "بناء على طلب من الحكومة": the ground an act was done on, recalled
    doc = _run("وقال المتحدث إن القوات الفرنسية دخلت مالي بناء على طلب من حكومتها.")
    assert "REQUEST" not in {r[0] for r in _records(doc)}


def test_a_request_made_is_still_a_request() -> None:
    doc = _run("وطلبت فرنسا من روسيا وقف الغارات على المدنيين.")
    assert ("REQUEST", "FRA", "RUS") in _records(doc)


def test_the_family_name_al_izzi_is_no_condolence() -> None:
    # "العزي": a family name folding like the verb "عزى"
    doc = _run("وعاد إلى عدن وزير المياه اليمني محمد العزي ووزير الصحة.")
    assert "SUPPORT" not in {r[0] for r in _records(doc)}


def test_a_condolence_verb_is_still_support() -> None:
    doc = _run("وعزى الملك سلمان الرئيس الفرنسي في ضحايا الهجوم.")
    assert ("SUPPORT", "SAU", "FRA") in _records(doc)


def test_a_toll_counted_over_years_is_no_attack() -> None:
    # "قتلت أكثر من 14 ألف شخص منذ عام 2009": a tally, no one attack
    doc = _run("وكانت حركة الشباب قد قتلت أكثر من ثلاثة آلاف شخص منذ عام 2010 في الصومال.")
    assert "ASSAULT" not in {r[0] for r in _records(doc)}


def test_sanctions_relief_named_as_a_term_of_the_deal_is_no_retreat() -> None:
    # "الاتفاق ورفع العقوبات"، "الاتفاق الذي يتضمن رفع العقوبات": the lifting as a term or a prospect
    doc = _run("ويرى نتنياهو أن الاتفاق الذي يتضمن رفع العقوبات عن إيران خطأ تاريخي.")
    assert "RETREAT" not in {r[0] for r in _records(doc)}
    doc = _run("وقال الخبير الألماني إن الشركات الأوروبية ستعود إلى طهران بعد رفع العقوبات عن إيران.")
    assert "RETREAT" not in {r[0] for r in _records(doc)}


def test_terror_financing_named_as_a_notion_is_no_aid() -> None:
    # "تمويل الإرهاب"، "روافد التمويل": financing as a notion, no funds given by one state to another
    doc = _run("وتعمل الحكومة الإيطالية على مكافحة غسل الأموال وتمويل الإرهاب في المنطقة.")
    assert "AID" not in {r[0] for r in _records(doc)}
    doc = _run("وطالبت واشنطن قطر بالتخلي عن تمويل الجماعات المسلحة في ليبيا.")
    assert "AID" not in {r[0] for r in _records(doc)}


def test_calming_fears_is_no_ceasefire() -> None:
    # "لتهدئة مخاوفهم": fears calmed, no truce
    doc = _run("وزار الوزير البريطاني عمان لتهدئة مخاوف الأردن من الاتفاق الجديد.")
    assert "RETREAT" not in {r[0] for r in _records(doc)}


def test_a_truce_declared_is_still_a_retreat() -> None:
    doc = _run("وأعلنت روسيا هدنة في أوكرانيا لمدة ثلاثة أيام.")
    assert "RETREAT" in {r[0] for r in _records(doc)}


def test_a_ceasefire_a_plan_provides_for_or_one_broken_is_no_retreat() -> None:
    # "تنص على وقف فوري لإطلاق النار": a term of a plan; "خرقوا الهدنة": a truce broken
    doc = _run("وقال الوزير إن المبادرة الفرنسية تنص على وقف فوري لإطلاق النار في سوريا.")
    assert "RETREAT" not in {r[0] for r in _records(doc)}
    doc = _run("وقال المتحدث إن الحوثيين خرقوا الهدنة في عدن.")
    assert "RETREAT" not in {r[0] for r in _records(doc)}


def test_a_danger_to_a_state_of_things_is_no_threat() -> None:
    # "هددت الأوضاع الأمنية"، "إن ذلك يهدد": a danger, no threat made by anyone to anyone
    doc = _run("وقال الوزير الباكستاني إن الفيضانات في الهند هددت الأوضاع الأمنية في كشمير.")
    assert "THREATEN" not in {r[0] for r in _records(doc)}


def test_a_threat_to_kill_is_still_a_threat() -> None:
    doc = _run("وهدد تنظيم داعش بقتل رئيس البرلمان العراقي.")
    assert "THREATEN" in {r[0] for r in _records(doc)}


def test_a_seizure_reported_as_a_raids_outcome_is_coerce() -> None:
    # "تمكنت الشرطة من ضبط"، "أسفرت الحملة عن ضبط": people seized by the police
    doc = _run("وتمكنت الشرطة المصرية من ضبط خمسة متهمين في الجيزة.")
    assert ("COERCE", "EGY", "EGY") in _records(doc)


def test_restraint_is_no_seizure() -> None:
    # "مزيد من ضبط النفس": restraint asked for, nobody seized
    doc = _run("وطالب الوزير الأردني الطرفين بمزيد من ضبط النفس في القدس.")
    assert "COERCE" not in {r[0] for r in _records(doc)}


def test_a_siege_told_with_the_present_verb_is_coerce() -> None:
    # "وتحاصر القوات حي ...": forces besieging a quarter
    doc = _run("وتحاصر القوات العراقية حي الضباط في الرمادي.")
    assert ("COERCE", "IRQ", "IRQ") in _records(doc)


def test_a_step_brandished_is_a_threat() -> None:
    # "لوحت الحكومة بطرد البعثة": a threat to expel
    doc = _run("ولوحت الحكومة السودانية بطرد البعثة الأممية.")
    assert "THREATEN" in {r[0] for r in _records(doc)}


def test_a_crisis_looming_is_no_threat() -> None:
    # "تلوح في الأفق": something looms, nobody threatens
    doc = _run("وقال الوزير اللبناني إن أزمة جديدة تلوح في الأفق في بيروت.")
    assert "THREATEN" not in {r[0] for r in _records(doc)}


def test_ground_freed_in_fighting_is_an_assault() -> None:
    # "تمكنت القوات من تحرير جامعة ...": ground taken back from an armed group
    doc = _run("وقال المتحدث إن قوات الفرقة الذهبية العراقية تمكنت من تحرير جامعة الرمادي.")
    assert ("ASSAULT", "IRQ", "IRQ") in _records(doc)


def test_hostages_freed_are_no_ground_taken() -> None:
    # "تمكنت من تحرير المختطفين": captives freed, no assault
    doc = _run("وقال المتحدث إن الشرطة الفرنسية تمكنت من تحرير المختطفين في باريس.")
    assert "ASSAULT" not in {r[0] for r in _records(doc)}


def test_an_office_joined_to_its_country_by_the_genitive_gives_the_name_its_country() -> None:
    # "الرئيس فلان رئيس بنين": the office right after the name, its country joined with nothing between
    doc = _run("وبعث الملك الأردني برقية تهنئة إلى الرئيس كوفي ماما رئيس بنين بمناسبة اليوم الوطني لبلاده.")
    assert ("SUPPORT", "JOR", "BEN") in _records(doc)


def test_a_family_name_that_is_a_demonym_gives_no_country() -> None:
    # "اللواء منصور التركي": a family name, no Turkish official
    doc = _run("وأكد اللواء منصور التركي المتحدث باسم وزارة الداخلية السعودية أن الانتحاري قتل.")
    assert "TUR" not in {c for r in _records(doc) for c in r[1:]}


def test_the_agent_of_a_condemned_terrorist_crime_is_the_accused() -> None:
    # "أدانت X الجريمة الإرهابية التي نفذها Y": the crime's agent marker is the crime's, Y is accused by X
    doc = _run("وأدانت الحكومة الأردنية بأشد العبارات الجريمة الإرهابية التي نفذها مستوطنون إسرائيليون قرب الخليل.")
    assert ("ACCUSE", "JOR", "ISR") in _records(doc)


def test_a_states_style_after_a_bare_title_is_no_name() -> None:
    # "رئيس جمهورية النيجر": the office's country, not a person called "جمهورية"
    doc = _run("وبعث الملك الأردني برقية تهنئة إلى الرئيس موسى عثمان رئيس جمهورية النيجر بمناسبة ذكرى استقلال بلاده.")
    assert ("SUPPORT", "JOR", "NER") in _records(doc)


def test_an_ambush_is_an_assault() -> None:
    # "لقي أربعة حتفهم جراء كمين نصبته المقاومة": an ambush laid by a side
    doc = _run("ولقي ثلاثة جنود ماليين حتفهم جراء كمين مسلح نصبه مسلحون في شمال مالي.")
    assert "ASSAULT" in {r[0] for r in _records(doc)}


def test_a_police_checkpoint_called_kamin_is_no_ambush() -> None:
    # "كمين أمني": in Egypt a checkpoint, nobody ambushed
    doc = _run("وأقامت الشرطة المصرية كمين أمني على طريق السويس.")
    assert "ASSAULT" not in {r[0] for r in _records(doc)}


def test_a_country_right_after_a_definite_office_is_not_its_country() -> None:
    # "وحذر السفير اليابان": the office is already definite, the country after it is the object
    doc = _run("وحذر السفير اليابان من التراجع عن بيانات حكومية سابقة.")
    assert ("THREATEN", None, "JPN") in _records(doc)
    # "غادر الأمير ... وزير الدفاع جمهورية مصر": the state left, not the minister's country
    doc = _run("غادر الأمير فيصل بن سلطان وزير الدفاع جمهورية مصر العربية بعد زيارة عمل التقى خلالها الرئيس المصري.")
    assert ("CONSULT", "EGY", "EGY") not in _records(doc)


def test_the_inviter_named_after_an_invitation_received_is_the_actor() -> None:
    # "تلقى ... دعوة من"، "بدعوة من": whoever is named after من invited
    doc = _run("وحضر قائد البحرية البرازيلية الحفل بدعوة من الرئيس المصري عبد الفتاح السيسي.")
    assert ("REQUEST", "EGY", "BRA") in _records(doc)
    doc = _run("وقال المتحدث إن الوفد الليبي تلقى دعوة من الخارجية الروسية لزيارة موسكو.")
    assert ("REQUEST", "RUS", "LBY") in _records(doc)


def test_the_backer_named_after_bidaam_min_is_not_the_attacker() -> None:
    # "شنت القوات الموالية للحكومة بدعم جوي من التحالف هجمات": the coalition backs the attackers
    doc = _run("وشنت القوات الموالية للرئيس هادي بدعم جوي من التحالف هجمات على مواقع للحوثيين في شمال عدن.")
    assert ("ASSAULT", "YEM", "YEM") in _records(doc)
    assert ("ASSAULT", "SAU", "YEM") not in _records(doc)


def test_foreign_forces_are_not_of_the_country_they_are_in() -> None:
    # "غارات تشنها القوات الأجنبية": forces of states left unnamed, not the report's country
    doc = _run("وقتل مدنيون وجنود أفغان في غارات تشنها القوات الأجنبية في ولاية هلمند.")
    assert ("ASSAULT", "AFG", "AFG") not in _records(doc)


def test_an_international_official_or_body_takes_no_country_from_the_place() -> None:
    # "المسؤول الأوروبي"، "المبعوث الأممي"، "المفوضية الأوروبية في بروكسل": of no country, not of
    # the city the meeting or the announcement is in
    doc = _run("وعبر المسؤول الأوروبي، خلال لقائه وزير الخارجية اليمني في بروكسل، عن سعادته بالتقدم.")
    assert ("CONSULT", None, "YEM") in _records(doc)
    assert not any("BEL" in r for r in _records(doc))
    doc = _run("وبحث المبعوث الأممي إلى ليبيا مع وزير الخارجية الليبي في تونس سبل دعم الحوار.")
    assert ("CONSULT", None, "LBY") in _records(doc)
    assert not any("TUN" in r for r in _records(doc))
    doc = _run("وأعلنت المفوضية الأوروبية في بروكسل تقديم مساعدات جديدة لتونس.")
    assert ("AID", None, "TUN") in _records(doc)


def test_the_condemner_of_a_crime_committed_by_others_is_no_side_of_it() -> None:
    # "دان المجلس الجريمة التي ارتكبها المستوطنون": the council condemned (masculine "دان"), the
    # settlers committed the crime, and the council is neither its attacker nor its victim
    doc = _run("دان مجلس النواب الأردني بشدة الجريمة البشعة التي ارتكبتها مجموعة من المستوطنين الإسرائيليين بحق عائلة فلسطينية.")
    assert ("ACCUSE", "JOR", "ISR") in _records(doc)
    assert ("ASSAULT", "JOR", "ISR") not in _records(doc)
    assert ("ASSAULT", "ISR", "JOR") not in _records(doc)
    # "دان" as a first name is no condemnation
    doc = _run("وقال دان كويل إن الحكومة الأمريكية ستدرس الأمر.")
    assert "ACCUSE" not in {r[0] for r in _records(doc)}


def test_the_giver_named_after_a_relative_of_giving_is_the_actor() -> None:
    # "القرض الذي منحته اليابان للمغرب": Japan gave the loan, whoever is named before it did not
    doc = _run("اهتمت الصحف المغربية بالقرض الجديد الذي منحته اليابان للمغرب من أجل دعم القطاع الزراعي.")
    assert ("AID", "JPN", "MAR") in _records(doc)
    assert ("AID", "MAR", "JPN") not in _records(doc)


def test_the_government_of_iraqi_kurdistan_is_iraqs() -> None:
    # "قيادة إقليم كردستان العراق": a body of Iraq (its region), the condemner, not a place
    doc = _run("فيما دانت قيادة إقليم كردستان العراق أمس القصف الجوي الذي شنته الطائرات التركية ضد مواقع حزب العمال الكردستاني.")
    assert ("ACCUSE", "IRQ", "TUR") in _records(doc)


def test_a_security_sweep_is_a_mobilization() -> None:
    # "واصلت قوات الأمن عمليات التمشيط": forces deployed through an area
    doc = _run("وواصلت قوات الأمن بمحافظة السويس عمليات التمشيط شرق وغرب قناة السويس بحثا عن العناصر الإرهابية.")
    assert "MOBILIZE" in {r[0] for r in _records(doc)}
    assert any(r[0] == "MOBILIZE" and r[1] == "EGY" for r in _records(doc))


def test_foreign_forces_are_a_side_of_no_country() -> None:
    # "استهدف موكبا للقوات الأجنبية": the foreign forces were struck, neither Afghan nor civilians of Kabul
    doc = _run("وأعلنت حركة طالبان المسؤولية عن الهجوم قائلة إنها استهدفت «قوات أجنبية» في كابل.")
    assert ("ASSAULT", "AFG", None) in _records(doc)
    assert ("ASSAULT", "AFG", "AFG") not in _records(doc)


def test_a_feared_act_is_no_event() -> None:
    # "تخشى أن ترسل ... قوات": what a government fears another might do has not happened
    doc = _run("والحكومة تخشى أن تستغل فرنسا الأزمة، وترسل قوات إلى مالي.")
    assert "MOBILIZE" not in {r[0] for r in _records(doc)}


def test_a_capability_is_no_veto() -> None:
    # "يقدر على أن يستعمل الفيتو": the president could veto, he has not
    doc = _run("ولكن الرئيس الأمريكي يقدر على أن يستعمل الفيتو ضد قرار الكونغرس.")
    assert "REJECT" not in {r[0] for r in _records(doc)}


def test_stressing_the_need_to_coordinate_is_no_cooperation() -> None:
    # "أكد ضرورة التنسيق والتعاون": an exhortation, nobody has cooperated yet
    doc = _run("وكان وزير الداخلية القطري أكد ضرورة التنسيق والتعاون وتبادل المعلومات بين أجهزة الأمن في الكويت والبحرين.")
    assert "COOPERATE" not in {r[0] for r in _records(doc)}
    # a demand phrased with the same word is still a request
    doc = _run("وطالبت مصر إسرائيل بضرورة وقف الهجمات.")
    assert ("REQUEST", "EGY", "ISR") in _records(doc)


def test_aid_hoped_for_or_sought_is_no_aid() -> None:
    # "وتأمل تونس في الحصول على المساعدات": a hope of getting aid, nobody has given any
    doc = _run("وتأمل الأردن في الحصول على المزيد من المساعدات الدولية من الولايات المتحدة.")
    assert "AID" not in {r[0] for r in _records(doc)}
    doc = _run("وتأمل الحكومة اليونانية أن تنطلق المفاوضات مع ألمانيا هذا الأسبوع.")
    assert "CONSULT" not in {r[0] for r in _records(doc)}


def test_limiting_is_no_defiance_and_a_defiance_noun_names_no_sides() -> None:
    # "تدابير تحد من الحريات": the verb "limits", nobody defied anyone
    doc = _run("واعتبرت منظمة العفو الدولية أن القانون المصري يتضمن تدابير تحد من الحريات.")
    assert "REJECT" not in {r[0] for r in _records(doc)}
    # "في تحد جديد للمحكمة، غادر الرئيس": the defier is the main clause's subject; the visit is the record
    doc = _run("في تحد جديد للمحكمة الجنائية الدولية، غادر الرئيس السوداني عمر البشير الخرطوم إلى العاصمة "
               "الموريتانية نواكشوط على رأس وفد رفيع.")
    assert ("REJECT", None, "SDN") not in _records(doc)
    assert ("CONSULT", "SDN", "MRT") in _records(doc)
    # the verb keeps its reading
    doc = _run("وتحدت كوريا الشمالية الولايات المتحدة بإطلاق صاروخ جديد.")
    assert ("REJECT", "PRK", "USA") in _records(doc)


def test_a_pardon_is_a_concession_and_amnesty_international_is_no_pardon() -> None:
    # "قرارا بالعفو عن ... الصيادين المصريين": a pardon lets people go, no apology
    doc = _run("أصدر الرئيس السوداني عمر البشير قرارا بالعفو عن 101 من الصيادين المصريين.")
    assert ("CONCEDE", "SDN", "EGY") in _records(doc)
    assert "SUPPORT" not in {r[0] for r in _records(doc)}
    # "منظمة العفو الدولية": the name of Amnesty International
    doc = _run("وقالت منظمة العفو الدولية إن الحكومة المصرية اعتقلت مئات الناشطين.")
    assert "CONCEDE" not in {r[0] for r in _records(doc)}
    assert "SUPPORT" not in {r[0] for r in _records(doc)}


def test_the_chair_of_a_summit_is_no_summit_held() -> None:
    # "بصفة بلاده الرئيس الحالي للقمة العربية"، "تسلمت رئاسة القمة": a role, no meeting
    doc = _run("تعقد لجنة مبادرة السلام العربية غداً اجتماعاً طارئاً برئاسة وزير الخارجية المصري، بصفة بلاده "
               "الرئيس الحالي للقمة العربية.")
    assert "CONSULT" not in {r[0] for r in _records(doc)}
    doc = _run("وتسلمت مصر رئاسة القمة العربية من الكويت.")
    assert "CONSULT" not in {r[0] for r in _records(doc)}
    # the summit attended is still a meeting
    doc = _run("وشارك الرئيس المصري في القمة العربية في شرم الشيخ مع العاهل الأردني.")
    assert "CONSULT" in {r[0] for r in _records(doc)}


def test_a_readiness_expressed_is_no_act() -> None:
    # "عبرت عن استعدادها لتقديم المساعدات": aid offered, none given yet
    doc = _run("وأشار إلى أن الكويت عبرت عن استعدادها الكامل لتقديم المساعدات للنازحين في العراق.")
    assert "AID" not in {r[0] for r in _records(doc)}
    # "مستعدة للرد بأشد الطرق": a readiness to hit back is the threat itself
    doc = _run("وأكد رئيس الوزراء التركي أن حكومة بلاده مستعدة للرد بأشد الطرق على عناصر التهديد.")
    assert "THREATEN" in {r[0] for r in _records(doc)}


def test_the_great_powers_named_as_one_group_are_a_side_of_no_country() -> None:
    # "الدول الكبرى"، "القوى الست": the group that negotiated with Iran, not the country named near it
    doc = _run("أبرمت الدول الكبرى اتفاقا مع إيران الأسبوع الماضي.")
    assert ("AGREE", None, "IRN") in _records(doc)
    doc = _run("ورفضت القوى الكبرى رفع الحظر عن ليبيا أمس.")
    assert ("REJECT", None, "LBY") in _records(doc)
    assert ("REJECT", "LBY", "LBY") not in _records(doc)


def test_the_plural_killed_before_a_cause_is_the_passive_its_subject_the_victims() -> None:
    # events.yaml passive_before: "جنود مصريون قتلوا في هجوم" (were killed), not the soldiers killing
    doc = _run("وقال مسؤول إن ثلاثة جنود مصريين قتلوا في هجوم على نقطة تفتيش في سيناء.")
    assert ("ASSAULT", None, "EGY") in _records(doc)
    assert not [r for r in _records(doc) if r[0] == "ASSAULT" and r[1] == "EGY"]


def test_the_plural_killed_with_its_object_stays_active() -> None:
    doc = _run("وقالت الشرطة إن مسلحين من حركة الشباب قتلوا خمسة جنود كينيين قرب الحدود.")
    assert ("ASSAULT", "SOM", "KEN") in _records(doc)


def test_the_passive_killed_takes_the_attacker_the_attack_noun_behind_it_names() -> None:
    # "قتلوا بانفجار ألغام زرعها الحوثيون": the Houthis laid the mines, the civilians died
    doc = _run("وقال مسؤول صحي إن مدنيين يمنيين قتلوا بانفجار ألغام زرعها الحوثيون في المدينة.")
    attacks = [e for e in doc.events if e["event_type"] == "ASSAULT"]
    assert attacks and attacks[0]["actor"]["actor_id"] == "org:HOUTHIS"
    assert attacks[0]["recipient"]["country"] == "YEM"


def test_an_attack_noun_after_the_wounded_was_suffered_by_them() -> None:
    # roles.yaml harmed: "مدنيين أصيبوا نتيجة قصف X": X shelled the civilians
    doc = _run("وأفادت مصادر محلية أن مدنيين أصيبوا نتيجة قصف مسلحي الحوثيين على حي سكني في تعز.")
    attacks = [e for e in doc.events if e["event_type"] == "ASSAULT"]
    assert attacks and attacks[0]["actor"]["actor_id"] == "org:HOUTHIS"
    assert "CIVILIAN" in attacks[0]["recipient"]["actor_id"]


def test_a_country_adjective_of_the_area_shelled_is_no_attacker_of_the_harmed() -> None:
    # "قتلوا في قصف للمناطق الباكستانية": the Pakistani areas were shelled, Pakistan did not shell
    doc = _run("وذكرت مصادر أن أربعة مدنيين قتلوا في قصف للمناطق الباكستانية قرب الحدود.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT" and r[1] == "PAK"]


def test_a_passive_killing_far_from_the_speaker_names_no_victim_there() -> None:
    # "قال المكتب الإعلامي للجيش إن عشرين مسلحا قتلوا": the office reports, it was not killed
    doc = _run("وقال المكتب الإعلامي للجيش اليمني إن عشرين مسلحا قتلوا في المواجهات.")
    for e in doc.events:
        assert not (e["recipient"] and "الجيش" in (e["recipient"].get("name_raw") or ""))


def test_gunmen_right_behind_the_abduction_verb_abducted() -> None:
    doc = _run("اختطف مسلحون اليوم سائقا جزائريا قرب الحدود مع النيجر.")
    assert ("ASSAULT", None, "DZA") in _records(doc)


def test_a_side_exposed_to_attacks_is_not_attacked() -> None:
    # "عرضة لهجمات": a risk stated, no attack reported (the same attacks launched are one)
    doc = _run("وشن الحوثيون هجمات مباغتة على الجيش اليمني في عدن.")
    assert ("ASSAULT", "YEM", "YEM") in _records(doc)
    doc = _run("وظل الجيش اليمني عرضة لهجمات مباغتة من قبل الحوثيين في عدن.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_aid_named_as_the_purpose_of_a_store_is_not_given() -> None:
    # "لتوزيع المعونات": aid to be handed out, none given yet
    doc = _run("وقال الوزير إن السعودية أعدت مخازن لتوزيع المعونات الإنسانية على الشعب اليمني.")
    assert not [r for r in _records(doc) if r[0] == "AID"]


def test_the_round_a_vote_is_in_is_no_session() -> None:
    # "في دورتها الثالثة": the third round of municipal elections, no meeting held
    doc = _run("بدأت الانتخابات البلدية السعودية في دورتها الثالثة بمشاركة النساء.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]


def test_support_in_a_clause_saying_how_an_operation_is_run_yields_to_the_shelling() -> None:
    # "عملية ... تجري بدعم من طيران التحالف": background; the Houthis' shelling is the news
    doc = _run("وقصف الحوثيون الذين يواجهون عملية للقوات الموالية للحكومة اليمنية تجري بدعم من طيران التحالف بقيادة السعودية حيا في عدن.")
    assert not [r for r in _records(doc) if r[0] == "SUPPORT"]
    # support named with the advance it backed is still read, but not air backing (the coalition's strikes,
    # judged no verbal support in audit sample 17)
    doc = _run("وتقدمت القوات الموالية للحكومة اليمنية بدعم من قوات التحالف بقيادة السعودية في عدن.")
    assert ("SUPPORT", "SAU", "YEM") in _records(doc)
    doc = _run("وتقدمت القوات الموالية للحكومة اليمنية بدعم من طيران التحالف بقيادة السعودية في عدن.")
    assert not [r for r in _records(doc) if r[0] == "SUPPORT"]


def test_expertise_drawn_on_as_a_means_is_no_cooperation() -> None:
    # "بالاستفادة من الخبرات": how a committee picks candidates, no cooperation between parties
    doc = _run("وتختار لجنة عراقية المرشحين بالاستفادة من الخبرات الوطنية والدولية.")
    assert not [r for r in _records(doc) if r[0] == "COOPERATE"]


def test_those_responsible_for_known_attacks_are_background() -> None:
    # "تحديد المسؤولين عن الهجمات": an inquiry into who is to blame, no attack reported with sides
    doc = _run("ويحقق الخبراء لتحديد المسؤولين عن الهجوم على القوات الأفغانية في كابول.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]
    # a group's claim that it carried out the attack is still one
    doc = _run("وقالت حركة طالبان إنها مسؤولة عن الهجوم على القوات الأفغانية في كابول.")
    assert ("ASSAULT", None, "AFG") in _records(doc)


def test_what_usually_happens_is_no_one_act() -> None:
    # "عادة ما ترفض"، "غالبا ما تشهد هجمات": a habit described, no rejection or attack reported
    doc = _run("وتقول المنظمات إن إسرائيل رفضت إصدار تصاريح بناء للفلسطينيين.")
    assert ("REJECT", "ISR", "PSE") in _records(doc)
    doc = _run("وتقول المنظمات إن إسرائيل عادة ما ترفض إصدار تصاريح بناء للفلسطينيين.")
    assert not [r for r in _records(doc) if r[0] == "REJECT"]


def test_a_delegation_named_by_its_country_with_its_head_behind_is_a_visit() -> None:
    # "وصل الوفد الكويتي برئاسة ...": the Kuwaiti delegation came to the Saudi capital
    doc = _run("واكتمل اليوم توافد القادة إلى العاصمة السعودية، إذ وصل الوفد الكويتي برئاسة الشيخ صباح الأحمد الصباح.")
    assert ("CONSULT", "KWT", "SAU") in _records(doc)


def test_an_anniversary_recalls_an_old_act() -> None:
    # "إحياء الذكرى السبعين لقصف هيروشيما": the bombing of 1945 is recalled, none reported
    doc = _run("وشارك آلاف اليابانيين في مراسم إحياء الذكرى السبعين للقصف الأميركي لمدينة هيروشيما اليابانية.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_warfare_named_as_a_kind_in_a_general_rule_is_no_fighting() -> None:
    # "وفقا للمعارك الحديثة": what modern warfare requires, no battle reported
    doc = _run("وقال القائد اليمني إنه وفقا للمعارك الحديثة يجب حماية الجيش من الخلف في مواجهة الحوثيين.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_a_share_of_the_blame_over_many_attacks_is_no_one_attack() -> None:
    # "كانوا مسؤولين عن معظم الهجمات": a general attribution, no attack reported
    doc = _run("وتقول الأمم المتحدة إن المتمردين الأفغان كانوا مسؤولين عن معظم الهجمات التي استهدفت القوات الأفغانية.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_the_plural_killed_ending_its_clause_is_the_passive_with_no_agent_after_the_break() -> None:
    # "قتلوا، و80% من السكان": no object behind the verb, and "من" after the comma names no agent
    doc = _run("وتقول الأمم المتحدة إن نحو أربعة آلاف شخص نصفهم من المدنيين اليمنيين قتلوا، و80% من السكان بحاجة لمساعدة.")
    attacks = [e for e in doc.events if e["event_type"] == "ASSAULT"]
    assert attacks and attacks[0]["actor"]["actor_id"] == "group:unidentified"


def test_riot_police_or_unrest_blamed_on_a_country_is_no_riot() -> None:
    # "قوات مكافحة الشغب": the riot police named by their task; "تخلق الشغب": unrest laid at a country's door
    doc = _run("وكان الشرطي التركي يعمل في قوات مكافحة الشغب في أنقرة.")
    assert not [r for r in _records(doc) if r[0] == "PROTEST"]
    doc = _run("وقال الوزير السعودي إن إيران تتدخل وتخلق الشغب في المنطقة.")
    assert not [r for r in _records(doc) if r[0] == "PROTEST"]
    doc = _run("واندلعت أعمال شغب في مدينة القدس.")
    assert [r for r in _records(doc) if r[0] == "PROTEST"]


def test_a_visit_at_an_invitation_is_the_visit() -> None:
    # "تلبية لدعوة من الملك": the invitation answered by the visit: CONSULT of the visitor with the host
    doc = _run("وصل الأمير السعودي محمد بن سلمان اليوم إلى الأردن تلبية لدعوة من الملك الأردني عبدالله الثاني.")
    assert ("CONSULT", "SAU", "JOR") in event_pairs(doc)
    assert not [r for r in _records(doc) if r[0] == "REQUEST"]


def test_fighters_killed_in_a_security_operation_is_combat_not_arrest() -> None:
    # "لقي 15 مسلحا مصرعهم في عملية أمنية": fighters killed in the operation, no arrest
    doc = _run("لقي 15 مسلحا من تنظيم داعش مصرعهم في عملية أمنية نفذتها قوات عراقية استهدفت تجمعات التنظيم في الرمادي.")
    assert not [r for r in _records(doc) if r[0] == "COERCE"]
    assert [r for r in _records(doc) if r[0] == "ASSAULT" and r[1] == "IRQ"]


def test_an_unvowelled_passive_arrest_with_a_count_of_the_held() -> None:
    # "اعتقل أكثر من 100 مدرس" (more than 100 teachers were arrested): the held follow, the state holds them
    doc = _run("من ناحية ثانية اعتقل اكثر من 100 مدرس إيراني الخميس خلال عملية قمع لمظاهرة في طهران.")
    assert ("COERCE", "IRN", "IRN") in event_pairs(doc)


def test_a_rank_held_in_a_table_is_no_seizure() -> None:
    # "احتلت دول الخليج المركز الأول": first place in an export table, no occupation
    doc = _run("ويصدر الأردن الخضار إلى عشرين سوقا احتلت دول الخليج المركز الأول ثم العراق بنسبة ثمانية في المائة.")
    assert not [r for r in _records(doc) if r[0] == "COERCE"]


def test_a_state_said_to_back_terrorism_is_accused_by_the_speaker_named_after_the_speech_verb() -> None:
    # asks_subject where verbs come first: the speaker stands right behind "قال"
    doc = _run("وقال وزير الخارجية الجبير إن إيران تدعم الإرهاب في المنطقة.")
    assert ("ACCUSE", "SAU", "IRN") in _records(doc)
    assert not [r for r in _records(doc) if r[0] == "SUPPORT"]


def test_backing_terrorism_with_no_speaker_named_is_no_record() -> None:
    doc = _run("إيران تدعم الإرهاب في المنطقة.")
    assert not [r for r in _records(doc) if r[0] in ("ACCUSE", "SUPPORT")]


def test_a_guest_welcomed_by_the_host_is_a_visit_not_praise() -> None:
    # "رحب ... بضيف مصر": the host greets a visitor a few words after; the guest visits the host
    doc = _run("ورحب الرئيس المصري في كلمته خلال الحفل بضيف مصر ولي العهد السعودي.")
    assert ("CONSULT", "SAU", "EGY") in _records(doc)
    assert ("CONSULT", "TUR", "ARE") in _records(_run("ورحب وزير الخارجية الإماراتي بالوفد التركي متمنيا لهم طيب الإقامة."))
    # a deal welcomed stays support
    assert ("SUPPORT", "EGY", "IRN") in _records(_run("ورحب الرئيس المصري بالاتفاق النووي مع إيران."))


def test_a_counterpart_welcomed_after_the_reception_keeps_the_guest_as_the_visitor() -> None:
    # "خلال استقباله ... حيث رحب الوزير بنظيره": the reception already names the guest; the welcome
    # of "his counterpart" must not turn host and guest around
    doc = _run("وجاء حديث وزير الخارجية الإماراتي خلال استقباله وزير الخارجية المصري، حيث رحب الوزير الإماراتي بنظيره المصري.")
    assert ("CONSULT", "EGY", "ARE") in _records(doc)
    assert ("CONSULT", "ARE", "EGY") not in _records(doc)


def test_air_strikes_nobody_flies_right_after_a_named_air_force_are_its() -> None:
    # events._INHERITED_MODES: "الغارات" in the next sentence are the coalition's named before
    doc = _run("وشن طيران التحالف بقيادة السعودية غارات على مواقع الحوثيين في صنعاء. "
               "واستهدفت الغارات أيضا مخازن أسلحة في محافظة صعدة.")
    assert ("ASSAULT", "SAU", "YEM") in _records(doc)
    assert not [r for r in _records(doc) if r[0] == "ASSAULT" and r[1] is None]


def test_an_option_ruled_out_is_a_rejection_but_an_outcome_judged_unlikely_is_not() -> None:
    # "استبعد التعاون مع": an offer or a course of action turned down
    assert ("REJECT", "USA", "TUR") in _records(_run("واستبعد مسؤولون أمريكيون التعاون مع تركيا في إقامة منطقة عازلة."))
    # "استبعد أن ...": a forecast, nothing turned down
    doc = _run("واستبعد الوزير المصري أن تتراجع صادرات بلاده إلى تركيا.")
    assert not [r for r in _records(doc) if r[0] == "REJECT"]


def test_the_threatening_participle_after_said_is_the_speakers_threat() -> None:
    # "قال مهددا: ...": the speaker threatens as he speaks
    doc = _run("وقال الرئيس الإيراني مهددا: إن إيران لن تتخلى عن حلفائها في المنطقة.")
    assert ("THREATEN", "IRN", None) in _records(doc)


def test_his_excellency_opening_a_sentence_stands_for_the_president_named_before() -> None:
    # "وعقد فخامته اجتماعا مع ...": the honorific pronoun is the president just named, not the guest
    doc = _run("افتتح الرئيس المصري عبدالفتاح السيسي مشروعا جديدا في القاهرة. "
               "وعقد فخامته اجتماعا مع وزير الخارجية السعودي عادل الجبير.")
    assert {("CONSULT", "EGY", "SAU"), ("CONSULT", "SAU", "EGY")} & set(_records(doc))


def test_an_inquiry_leading_to_the_ikaf_of_suspects_is_an_arrest_but_stopping_an_advance_is_not() -> None:
    # "تمكنت ... من إيقاف 6 عناصر": suspects held (Maghreb and Gulf usage)
    doc = _run("وتمكنت وحدات الحرس الوطني التونسي من إيقاف 6 عناصر في ولاية القصرين.")
    assert ("COERCE", "TUN", "TUN") in _records(doc)
    # "من إيقاف تقدم ...": an advance stopped, nobody held
    doc = _run("وتمكنت القوات العراقية من إيقاف تقدم المسلحين نحو المدينة.")
    assert not [r for r in _records(doc) if r[0] == "COERCE"]


def test_doubt_cast_on_another_sides_account_is_a_reproach_but_doubt_on_an_outcome_is_not() -> None:
    # "شكك في رواية إيران": the account of another side called into question
    doc = _run("وشكك معهد بحثي أمريكي في رواية إيران عن النشاط في الموقع العسكري.")
    assert ("ACCUSE", "USA", "IRN") in _records(doc)
    # "شكك في إمكانية ...": an outcome judged unlikely, nobody reproached
    doc = _run("وشكك الوزير المصري في إمكانية التوصل إلى حل مع إثيوبيا.")
    assert not [r for r in _records(doc) if r[0] == "ACCUSE"]


def test_clashes_with_an_adjective_or_a_verb_before_between_have_both_sides_after() -> None:
    # "الاشتباكات العنيفة بين ..."، "اشتباكات عنيفة اندلعت بين ...": each side fights the other
    doc = _run("وتتواصل الاشتباكات العنيفة بين حزب الله اللبناني وقوات النظام السوري في ريف إدلب.")
    assert ("ASSAULT", "LBN", "SYR") in _records(doc)


def test_human_rights_watch_named_with_the_word_organisation_and_quotes_is_the_accuser() -> None:
    # "منظمة «هيومن رايتس ووتش»": one body, the accuser; the state after it is the accused
    doc = _run("اتهمت منظمة «هيومن رايتس ووتش» فرنسا باستخدام القوة المفرطة ضد المهاجرين.")
    assert ("ACCUSE", None, "FRA") in _records(doc)
    doc = _run("اتهمت منظمة هيومان رايتس ووتش فرنسا باستخدام القوة المفرطة ضد المهاجرين.")
    assert ("ACCUSE", None, "FRA") in _records(doc)


def test_the_bare_resistance_in_a_yemen_report_is_yemeni() -> None:
    # "المقاومة" with no name in a report about Yemen: the popular resistance fighting the Houthis
    doc = _run("استهدفت المقاومة دورية للمسلحين الحوثيين بقنبلة يدوية في مدينة الحديدة اليمنية. "
               "وقال مسؤولون يمنيون في عدن إن الهجوم أوقع قتلى.")
    assert ("ASSAULT", "YEM", "YEM") in _records(doc)
    # elsewhere it has no country of its own
    doc = _run("وقصفت القوات الإسرائيلية مواقع المقاومة في قطاع غزة.")
    assert not any(a == "YEM" or r == "YEM" for _, a, r in _records(doc))


def test_a_prison_sentence_handed_down_is_coercion() -> None:
    # "حكمت محكمة ... على ... بالسجن"، "قضت محكمة ... بحبس": a judicial sanction (COERCE 173), no charge
    doc = _run("حكمت محكمة مصرية على الرئيس المصري الأسبق محمد مرسي بالسجن عشرين عاما.")
    assert ("COERCE", "EGY", "EGY") in _records(doc)
    assert not [r for r in _records(doc) if r[0] == "ACCUSE"]
    assert doc.events[0]["cameo_code"] == "173"
    doc = _run("وقضت محكمة مصرية بحبس الرئيس المصري الأسبق محمد مرسي عشرين عاما.")
    assert ("COERCE", "EGY", "EGY") in _records(doc)
    # the unvowelled passive "حكم عليه": the one sentenced stands before
    doc = _run("وقال المحامي إن الرئيس المصري الأسبق محمد مرسي حكم عليه بالسجن.")
    assert ("COERCE", "EGY", "EGY") in _records(doc)
    # "الحكم عليهم بالكفر": declaring people infidels in a sermon, no sentence
    assert not _records(_run("وقال المفتي السعودي إن التنظيم يستبيح دماء المسلمين والحكم عليهم بالكفر."))
    # "الأسرة التي حكمت مصر": ruled, no sentence
    assert not _records(_run("وكان الملك فاروق آخر ملوك الأسرة التي حكمت مصر."))


def test_the_peshmerga_forces_right_behind_an_attack_verb_attacked() -> None:
    # "قوات البيشمركة": one body (Iraq's), the attacker; not a bare "forces" read as the target
    doc = _run("وهاجمت قوات البيشمركة مواقع داعش قرب الموصل.")
    assert ("ASSAULT", "IRQ", None) in _records(doc)
    assert not [r for r in _records(doc) if r[2] == "IRQ"]


def test_iqaf_with_the_people_held_after_it_is_an_arrest() -> None:
    # "إيقاف 6 عناصر" (Maghreb usage): an arrest; "إيقاف إطلاق النار": a ceasefire, no arrest
    doc = _run("وأعلنت وزارة الداخلية التونسية إيقاف ستة عناصر تكفيرية في ولاية سليانة.")
    assert ("COERCE", "TUN", "TUN") in _records(doc)
    assert not [r for r in _records(_run("ودعت تونس إلى إيقاف إطلاق النار في ليبيا.")) if r[0] == "COERCE"]


def test_an_armed_group_right_behind_qasaf_shelled() -> None:
    # "قصف الحوثيون حيين": the rebels shelled (YEM -> YEM), not an unknown attacker of the rebels
    assert ("ASSAULT", "YEM", "YEM") in _records(_run("وقد قصف الحوثيون أمس حيين سكنيين في مدينة تعز."))


def test_a_country_adjective_after_air_strikes_and_their_adjective_is_the_attacker() -> None:
    # "الغارات الجوية الإسرائيلية": Israel struck (it was read as the target: None -> ISR)
    doc = _run("وأسفرت الغارات الجوية الإسرائيلية على غزة عن مقتل خمسة فلسطينيين.")
    assert ("ASSAULT", "ISR", "PSE") in _records(doc)
    assert not [r for r in _records(doc) if r[2] == "ISR"]
    assert ("ASSAULT", "TUR", "IRQ") in _records(_run("وقتل خمسة أشخاص في القصف الجوي التركي على قرية في شمال العراق."))


def test_dahr_of_an_armed_foe_is_fighting_won_not_a_cause_or_a_goal() -> None:
    # "ودحر الحوثيين": the loyalist forces routed the rebels (YEM -> YEM); "دحر الإرهاب" (a cause) and
    # "من أجل دحر" (a goal) report no fighting
    doc = _run("وتمكنت القوات الموالية للحكومة اليمنية من السيطرة على المطار ودحر الحوثيين من عدن.")
    assert ("ASSAULT", "YEM", "YEM") in _records(doc)
    assert not [r for r in _records(_run("وأكد الوزير أن بلاده ستواصل جهودها من أجل دحر الحوثيين.")) if r[0] == "ASSAULT"]
    assert not [r for r in _records(_run("وأشاد الوزير بنجاح الأجهزة الأمنية السعودية في دحر الإرهاب.")) if r[0] == "ASSAULT"]


def test_gunmen_after_an_agent_marker_are_the_agent_of_the_act_before_them() -> None:
    # "القصف ... من قبل المسلحين الحوثيين": the rebels shelled (YEM -> YEM); the gunmen were read as an
    # attack of their own on an unknown attacker's part (None -> YEM)
    doc = _run("وتواصل القصف على أحياء مدينة تعز من قبل المسلحين الحوثيين.")
    assert ("ASSAULT", "YEM", "YEM") in _records(doc)
    assert ("ASSAULT", None, "YEM") not in _records(doc)


def test_houthi_forces_and_leaders_named_by_the_feminine_adjective_are_yemeni() -> None:
    # "القوات الحوثية"، "القيادات الحوثية": the Houthis (YEM), the coalition's target (it had no side)
    assert ("ASSAULT", "SAU", "YEM") in _records(_run("وهاجمت طائرات التحالف العربي القوات الحوثية قرب الحدود."))
    assert ("ASSAULT", "SAU", "YEM") in _records(_run("واستهدفت طائرات التحالف العربي تجمعا للقيادات الحوثية."))


def test_control_spread_or_made_complete_over_ground_is_ground_taken() -> None:
    # "بسطت سيطرتها على"، "أحكمت سيطرتها على": loyalist forces took the rebels' last stronghold (YEM -> YEM)
    doc = _run("وأكدت القوات الموالية للحكومة اليمنية أنها بسطت سيطرتها على آخر معقل للحوثيين في مدينة عدن.")
    assert ("ASSAULT", "YEM", "YEM") in _records(doc)


def test_a_future_verb_governing_the_act_makes_it_future() -> None:
    # "the minister will issue a statement calling on": the call is to come, no request made yet
    doc = _run("وقال مصدر إن وزير الخارجية الفرنسي سيصدر بيانا يدعو فيه إيران إلى الإفراج عن المعتقلين.")
    assert ("REQUEST", "FRA", "IRN") not in _records(doc)
    doc = _run("ودعا وزير الخارجية الفرنسي إيران إلى الإفراج عن المعتقلين.")
    assert ("REQUEST", "FRA", "IRN") in _records(doc)


def test_a_killing_a_year_or_more_past_and_a_habit_are_no_acts_of_the_day() -> None:
    # "a year after the killing of ...": the killing is recalled, not reported
    doc = _run("بعد مرور عام على مقتل الشاب الأميركي مايكل براون، خرج المئات في مسيرة بالمدينة.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]
    # "he has habitually visited Gulf states": a habit, no visit reported
    assert ("CONSULT", "SDN", "QAT") in _records(_run("وقال التقرير إن الرئيس السوداني عمر البشير قام بزيارة قطر."))
    doc = _run("وقال التقرير إن الرئيس السوداني عمر البشير دأب على زيارة قطر رغم مذكرة التوقيف.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]


def test_sanctions_a_body_will_consider_are_not_imposed_yet() -> None:
    # "it will consider imposing sanctions": a sanction to come
    doc = _run("وأعلن الاتحاد الأوروبي أنه سيدرس فرض عقوبات على قادة الميليشيات في ليبيا.")
    assert not [r for r in _records(doc) if r[0] == "SANCTION"]
    assert [r for r in _records(_run("وأعلن الاتحاد الأوروبي فرض عقوبات على قادة الميليشيات في ليبيا.")) if r[0] == "SANCTION"]


def test_an_obligation_stated_is_no_act() -> None:
    # "the US must cooperate with Russia": an obligation, nobody has cooperated yet
    assert ("COOPERATE", "USA", "RUS") in _records(_run("وتعاونت الولايات المتحدة مع روسيا في محاربة الإرهاب."))
    doc = _run("وقال الوزير إنه يتعين أن تتعاون الولايات المتحدة مع روسيا في محاربة الإرهاب.")
    assert not [r for r in _records(doc) if r[0] == "COOPERATE"]


def test_a_wish_to_negotiate_is_no_negotiation() -> None:
    # "America wants to negotiate with Tehran": a wish, no talks held
    assert [r for r in _records(_run("وقال المستشار إن أمريكا تفاوضت مع إيران حول اليمن.")) if r[0] == "CONSULT"]
    doc = _run("وقال المستشار إن أمريكا تريد التفاوض مع إيران حول اليمن.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]


def test_a_cabinet_approving_appointments_is_no_agreement() -> None:
    # "the cabinet approved the appointment of ...": routine administration, no two sides agreeing
    doc = _run("ووافق مجلس الوزراء السعودي على تعيين سفير جديد لدى الأردن.")
    assert not [r for r in _records(doc) if r[0] == "AGREE"]


def test_a_likely_veto_is_no_veto() -> None:
    # "Russia will likely use its veto": a likelihood, no rejection yet
    assert ("REJECT", "RUS", None) in _records(_run("واستخدمت روسيا حق النقض ضد مشروع القرار."))
    doc = _run("وقالت موسكو إنه من المرجح أن تستخدم روسيا حق النقض ضد مشروع القرار.")
    assert not [r for r in _records(doc) if r[0] == "REJECT"]


def test_a_summit_being_prepared_is_not_held_yet() -> None:
    # "began preparing to hold a summit": the summit is to come
    assert ("CONSULT", "EGY", "JOR") in _records(_run("عقدت وزارة الخارجية المصرية قمة مع الأردن لبحث الأوضاع في غزة."))
    doc = _run("بدأت وزارة الخارجية المصرية في الاستعداد لعقد قمة مع الأردن لبحث الأوضاع في غزة.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]


def test_aid_named_in_a_question_put_is_no_aid_given() -> None:
    # "asked about US aid to Egypt, the minister said": the aid is the question's topic
    assert ("AID", "USA", "EGY") in _records(_run("وقدمت الولايات المتحدة مساعدات لمصر."))
    doc = _run("وردا على سؤال حول المساعدات الأميركية لمصر، قال الوزير إن العلاقات قوية.")
    assert not [r for r in _records(doc) if r[0] == "AID"]


def test_sanctions_that_will_be_imposed_again_are_not_imposed_yet() -> None:
    # "the sanctions will be reimposed if ...": the future verb after the noun makes the act future
    assert ("SANCTION", "FRA", "IRN") in _records(_run("وقال الوزير الفرنسي إن العقوبات فرضت على إيران."))
    doc = _run("وقال الوزير الفرنسي إن العقوبات سيعاد فرضها على إيران في حال لم تلتزم بتعهداتها.")
    assert not [r for r in _records(doc) if r[0] == "SANCTION"]


def test_bare_hanna_with_its_hamza_before_an_office_is_a_congratulation() -> None:
    # "هنأ" written with its hamza, right before a person's office: SUPPORT; "وهنا" (here) before a verb is none
    doc = _run("ومن جهته، هنأ رئيس الحزب اللبناني الشعب المصري على افتتاح المشروع الجديد.")
    assert ("SUPPORT", "LBN", "EGY") in _records(doc)
    doc = _run("وهنا أرسل الرئيس الأمريكي مبعوثه إلى المكسيك لتجديد العرض.")
    assert not [r for r in _records(doc) if r[0] == "SUPPORT"]


def test_a_first_person_congratulation_in_a_quotation_is_the_speakers() -> None:
    # "نبارك لمصر ..." / "نهنئ الشعب ...": we congratulate, said by the minister named before the quotation
    doc = _run("وقال وزير الدولة الإماراتي: «نبارك لمصر قيادة وحكومة وشعبا هذا الإنجاز الكبير».")
    assert ("SUPPORT", "ARE", "EGY") in _records(doc)
    doc = _run("وقال وزير الخارجية البحريني في تغريدة: «نهنئ الشعب الإيراني بعيد الفطر».")
    assert ("SUPPORT", "BHR", "IRN") in _records(doc)


def test_defying_the_odds_is_no_rejection() -> None:
    # "تحدي الصعاب" (defying the odds): hardships overcome, nobody defied
    assert ("REJECT", "IRN", "USA") in _records(_run("وتحدت إيران الولايات المتحدة بإطلاق صاروخ جديد."))
    doc = _run("وأشاد الوزير الإماراتي بقدرة الشعب المصري على تحدي الصعاب وإنجاز المشروع في عام واحد.")
    assert not [r for r in _records(doc) if r[0] == "REJECT"]


def test_a_killing_with_nobody_named_yields_to_the_fighting_that_names_both_sides() -> None:
    # "قتل ثمانية من ... في مواجهات مع الجيش": the deaths name no attacker; the clashes name who fought whom
    # (roles.yaml named_attacker_first)
    doc = _run("قتل ثمانية من عناصر الميليشيات الحوثية في مواجهات مع الجيش اليمني في محافظة مأرب.")
    assert _records(doc) == [("ASSAULT", "YEM", "YEM")]


def test_the_backer_named_after_the_attack_is_not_its_target() -> None:
    # "بدعم من طائرات التحالف": the coalition backs the Yemeni forces' assault, it is not what they stormed
    # (roles.yaml backer_markers); with nobody else named before it, the backer may be who struck
    doc = _run("اقتحمت القوات اليمنية بدعم من طائرات التحالف العربي مواقع الحوثيين في محافظة لحج.")
    assert _records(doc) == [("ASSAULT", "YEM", "YEM")]
    doc = _run("إثر هجوم شنته من عدن، وبدعم من طيران التحالف بقيادة السعودية، تقدمت القوات نحو زنجبار.")
    assert ("ASSAULT", "SAU", "YEM") in _records(doc)


def test_a_habit_a_ranking_or_an_implication_is_no_act() -> None:
    # "كلما" (whenever), "من حيث" (in terms of, a ranking), "يعني" (what something implies): no one act reported
    doc = _run("وكان الوزير الأمريكي يرد بالعبارة نفسها كلما لقي احتجاجا من الجانب الألماني.")
    assert not [r for r in _records(doc) if r[0] == "PROTEST"]
    doc = _run("وتحتل هولندا المرتبة الرابعة من حيث طلبات اللجوء بعد ألمانيا والنمسا والسويد.")
    assert not [r for r in _records(doc) if r[0] == "AID"]
    doc = _run("وانتقل الملف إلى الفصل السادس وهو ما يعني مباشرة مباحثات بين العراق والأردن.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]


def test_an_act_asked_to_stop_or_an_obligation_stated_is_no_act() -> None:
    # "وإيقاف إطلاق النار من قبل ..." (a demand that firing stop), "إن على القوى تصعيد الاحتجاجات" (an obligation)
    doc = _run("وأكد الوزير البحريني تمسك بلاده بتنفيذ القرار الدولي وإيقاف إطلاق النار من قبل الميليشيات الحوثية.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]
    doc = _run("وقال حزب الأمة السوداني المعارض إن على القوى السياسية تصعيد الاحتجاجات السلمية في الخرطوم.")
    assert not [r for r in _records(doc) if r[0] == "PROTEST"]


def test_asylum_sought_or_resorted_to_is_no_asylum_granted() -> None:
    # "طالبي اللجوء" (asylum seekers), "اللجوء لأصوات" (resorting to votes); "منحت ... اللجوء" stays AID
    assert ("AID", "DEU", "SYR") in _records(_run("ومنحت ألمانيا اللجوء لمعارض سوري بارز أمس."))
    doc = _run("واضطر رئيس الوزراء اليوناني إلى اللجوء لأصوات المعارضة في البرلمان الألماني.")
    assert not [r for r in _records(doc) if r[0] == "AID"]


def test_the_relief_adjective_on_an_activity_or_a_body_is_no_aid_given() -> None:
    # "الأنشطة الإغاثية"، "الجهود الإغاثية" (relief activities, efforts): none delivered; "الطائرة الإغاثية" stays AID
    assert ("AID", "ARE", "YEM") in _records(_run("ووصلت الطائرة الإغاثية الإماراتية الثانية إلى مطار المكلا أمس."))
    doc = _run("وبحث الوزير الكويتي مع المسؤول الأممي تنسيق الأنشطة الإغاثية في السودان.")
    assert not [r for r in _records(doc) if r[0] == "AID"]
    doc = _run("وأشاد المسؤول الأردني بالجهود الإغاثية في مخيمات اللاجئين السوريين.")
    assert not [r for r in _records(doc) if r[0] == "AID"]


def test_a_conviction_given_as_the_reason_of_a_sentence_is_no_condemnation() -> None:
    # "لإدانته بالإرهاب": the conviction is why the court sentenced him; the sentence is the news
    doc = _run("قضت محكمة بلجيكية بالسجن ست سنوات على شاب مغربي لإدانته بالإرهاب بعد عودته من العراق.")
    assert [r[0] for r in _records(doc)] == ["COERCE"]
    doc = _run("وأفرج عن الموظف السابق بعد إدانته بتهمة الرشوة وانقضاء مدة عقوبته.")
    assert not [r for r in _records(doc) if r[0] == "ACCUSE"]
    # a condemnation of an attack is still one
    doc = _run("وأعرب وزير الخارجية الأردني عن إدانته للهجوم الإرهابي الذي استهدف مسجدا في الكويت.")
    assert [r[0] for r in _records(doc)] == ["ACCUSE"]


def test_a_ruling_that_names_its_penalty_is_a_sentence() -> None:
    # "قضت المحكمة بالسجن": a sanction on the accused, not a bare ruling
    doc = _run("وقضت المحكمة الجنائية في القاهرة بالسجن عشر سنوات على أربعة متهمين مصريين.")
    assert "COERCE" in [r[0] for r in _records(doc)]
    assert "ACCUSE" not in [r[0] for r in _records(doc)]
    # sentences handed down as the verb's object stand alone
    doc = _run("وأصدرت محكمة أردنية أحكاما بالسجن على سبعة أشخاص أمس.")
    assert [r[0] for r in _records(doc)] == ["COERCE"]



def test_fighters_captured_in_the_passive_are_taken_prisoner() -> None:
    # "تم أسر"/"جرى أسر": the capture, not the families ("أسر" plural of "أسرة")
    doc = _run("وقال قائد المقاومة الشعبية اليمنية إن قواته تقدمت في مديرية لودر، وتم أسر عشرين مسلحا حوثيا.")
    assert "COERCE" in [r[0] for r in _records(doc)]
    # the plural noun alone is no capture
    doc = _run("وزار الوزير اليمني أسر الضحايا في عدن.")
    assert "COERCE" not in [r[0] for r in _records(doc)]


def test_a_security_alert_in_the_accusative_is_a_deployment() -> None:
    # "استنفاراً أمنياً" (accusative, the object of "شهدت") as "استنفار أمني"
    doc = _run("شهدت العاصمة المصرية القاهرة أمس استنفاراً أمنياً للشرطة المصرية بعد تفجير سيارة مفخخة.")
    assert "MOBILIZE" in [r[0] for r in _records(doc)]


def test_the_resistance_and_the_houthis_it_fights_are_two_bodies() -> None:
    # both are Yemeni armed rebels by country and sectors; each has its own id (actors.yaml `id`),
    # the Houthis the KB's
    doc = _run("اشتبكت المقاومة الشعبية مع مسلحي الحوثي في عدن أمس.")
    assert _records(doc) == [("ASSAULT", "YEM", "YEM")]
    record = doc.events[0]
    assert {record["actor"]["actor_id"], record["recipient"]["actor_id"]} == {"org:YEM-RESISTANCE", "org:HOUTHIS"}
def test_a_source_speaking_to_the_paper_by_phone_is_no_consultation() -> None:
    # "في اتصال هاتفي لـ«...»"، "مع «...»": the reporting paper is whom he spoke to
    assert not [r for r in _records(_run("وأكد وزير الداخلية اليمني في اتصال هاتفي لـ«الشرق الأوسط» أن الوضع مستقر."))
                if r[0] == "CONSULT"]
    assert not [r for r in _records(_run("وقال محافظ عدن في اتصال هاتفي مع «الوطن» إن الوضع مستقر."))
                if r[0] == "CONSULT"]
    # a call between two leaders stays one
    assert ("CONSULT", "EGY", "JOR") in _records(_run("وأجرى الرئيس المصري اتصالا هاتفيا مع العاهل الأردني أمس."))


def test_market_demand_and_electoral_battles_are_no_request_and_no_fighting() -> None:
    assert not _records(_run("ومع تزايد الطلب على السفر منحت الهيئة السعودية شركة مصرية حق التشغيل."))
    assert not [r for r in _records(_run("ويستعد الحزب الأميركي لاحتدام المعارك الانتخابية في الولايات المتحدة."))
                if r[0] == "ASSAULT"]


def test_fighting_lasting_months_or_attacks_summed_over_months_are_no_one_act() -> None:
    assert not [r for r in _records(_run("وتشهد مدينة تعز اليمنية مواجهات عنيفة منذ أربعة أشهر مع الحوثيين."))
                if r[0] == "ASSAULT"]
    assert not [r for r in _records(_run("وشن المتمردون في الأشهر الأخيرة هجمات دامية على تشاد والنيجر."))
                if r[0] == "ASSAULT"]
    assert not [r for r in _records(_run("وكثفت بوكو حرام هجماتها على الجيش التشادي في الأشهر الأخيرة."))
                if r[0] == "ASSAULT"]


def test_recalling_ones_own_ambassador_is_a_sanction() -> None:
    recs = _records(_run("وأعلنت البحرين أمس استدعاء سفيرها في طهران للتشاور بعد تصريحات إيرانية."))
    assert ("SANCTION", "BHR", "IRN") in recs
    assert not [r for r in recs if r[0] == "CONSULT"]
    # the verb split from its own ambassador by the country recalling him
    recs = _records(_run("واستدعت مملكة البحرين سفيرها لدى إيران للتشاور بعد تصريحات عدائية."))
    assert ("SANCTION", "BHR", "IRN") in recs
    assert not [r for r in recs if r[0] == "CONSULT"]


def test_a_vow_of_revenge_or_force_is_no_agreement() -> None:
    recs = _records(_run("وقال المتحدث إن رئيس الوزراء حيدر العبادي تعهد بالانتقام من تنظيم داعش."))
    assert not [r for r in recs if r[0] == "AGREE"]
    assert not [r for r in _records(_run("وقال مقاتل بريطاني في صفوف داعش إنه تعهد باستخدام كل الوسائل ضد سوريا."))
                if r[0] == "AGREE"]


def test_an_attack_noun_with_its_agents_verb_behind_a_relative_word_is_the_agents() -> None:
    # "the air strikes that the Turkish army carried out": the army behind "التي شنها" struck
    doc = _run("وقال مسؤول إن الضربات الجوية التي شنها الجيش التركي على معسكرات للمتمردين في شمال العراق "
               "دمرت مخازن للأسلحة.")
    assault = [r for r in _records(doc) if r[0] == "ASSAULT"]
    assert assault and assault[0][1] == "TUR"


def test_a_deployment_split_by_its_subject_needs_the_forces_behind_it() -> None:
    # "the Tunisian army ran military patrols": the patrols a few words behind the verb make it a deployment
    assert ("MOBILIZE", "TUN") in [r[:2] for r in _records(_run("وسير الجيش التونسي دوريات عسكرية في مدينة سوسة."))]
    # "the paper published a report": bare "نشرت" is publishing
    assert not [r for r in _records(_run("ونشرت صحيفة تونسية أمس تقريرا عن الجيش التونسي."))
                if r[0] == "MOBILIZE"]


def test_joining_the_ranks_of_gunmen_is_no_attack() -> None:
    doc = _run("وقدرت وزارة الداخلية النمساوية أن 150 شخصا التحقوا من النمسا بصفوف المسلحين في سوريا.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_the_bare_masculine_arrest_verb_is_mostly_a_passive() -> None:
    # "two men were arrested in Manchester": held by the authorities of the country it happened in
    doc = _run("وقالت الشرطة البريطانية إن التحقيق مستمر. واعتقل رجلان في مدينة مانشستر البريطانية أمس.")
    assert [r[:2] for r in _records(doc) if r[0] == "COERCE"] == [("COERCE", "GBR")]
    # an armed group right behind it is the active verb's subject, not the one held
    doc = _run("واعتقل تنظيم داعش 38 مواطنا عراقيا في مدينة الموصل.")
    assert not [e for e in doc.events if e["event_type"] == "COERCE"
                and (e["recipient"] or {}).get("name_raw") == "تنظيم داعش"]


def test_an_admission_is_no_recognition_but_recognising_a_state_is_support() -> None:
    # "the group admitted its defeats": an admission, no support given to anyone
    assert not [r for r in _records(_run("واعترفت الجماعة المسلحة أمس بالهزائم التي لحقت بها في عدن اليمنية."))
                if r[0] == "SUPPORT"]
    assert ("SUPPORT", "SWE", "PSE") in _records(_run("واعترفت السويد أمس بدولة فلسطين."))


def test_goods_stopped_at_a_border_are_no_arrest() -> None:
    doc = _run("وقالت السلطات الروسية إنه تم توقيف شاحنة محملة بالدهون قبل عبورها الحدود.")
    assert not [r for r in _records(doc) if r[0] == "COERCE"]


def test_the_target_of_an_attack_condemned_after_a_verb_first_subject_is_not_condemned() -> None:
    # "أدانت الدولة التفجير الذي استهدف ...": the subject stands between the verb and the attack noun;
    # who is named in the attack's relative clause was struck, not condemned
    doc = _run("أدانت دولة قطر التفجير الإرهابي الذي استهدف مقرا للشرطة العراقية في مدينة البصرة.")
    assert ("ACCUSE", "QAT", None) in _records(doc)
    assert ("ACCUSE", "QAT", "IRQ") not in _records(doc)


def test_a_condemned_crime_whose_relative_names_its_agent_is_condemned_on_that_agent() -> None:
    # "الجريمة التي نفذها مستوطنون": the relative clause names who committed it, the side condemned
    doc = _run("أدانت دولة الكويت بأشد العبارات الجريمة الإرهابية التي نفذها مستوطنون إسرائيليون فجر اليوم.")
    assert ("ACCUSE", "KWT", "ISR") in _records(doc)


def test_a_standing_opposition_in_the_imperfective_is_no_rejection() -> None:
    # "تعارض الغالبية ...": a stance held, no act; the perfective "عارض" stays a rejection
    assert not [r for r in _records(_run("ويحتاج القرار إلى موافقة البرلمان حيث تعارض الغالبية المحافظة الاتفاق مع تركيا."))
                if r[0] == "REJECT"]


def test_an_uprising_named_as_history_is_no_protest() -> None:
    doc = _run("وتراجع إنتاج النفط في ليبيا كثيرا منذ الانتفاضة التي اندلعت في عام 2011.")
    assert not [r for r in _records(doc) if r[0] == "PROTEST"]


def test_a_peacekeeping_mission_named_as_a_speaker_is_no_aid() -> None:
    doc = _run("وقالت بعثة الأمم المتحدة لحفظ السلام في مالي إن الهدوء عاد إلى المدينة.")
    assert not [r for r in _records(doc) if r[0] == "AID"]


def test_hearsay_and_efforts_towards_mediation_are_no_act() -> None:
    assert not _records(_run("ويقال إن وزير الخارجية الأمريكي طلب من الرئيس المصري تسليم الجاسوس."))
    assert not [r for r in _records(_run("وتوالت مساع أردنية وقطرية للتوسط مع الحكومة السورية."))
                if r[0] == "CONSULT"]


def test_the_chair_of_a_summit_is_a_title_not_a_meeting() -> None:
    doc = _run("وتتولى مصر رئيسة القمة العربية متابعة الملف مع الأردن.")
    assert not [e for e in doc.events if "القمة" in e["trigger"]["text"]]


def test_a_refusal_or_appeal_that_describes_someone_is_no_act() -> None:
    # after a relative or a verb of lasting ("التي ترفض"، "ظلت ترفض"، "الذي يدعو"): a description, no act reported
    assert not [r for r in _records(_run("وقاتلت الفصائل المعارضة التي ترفض الحوار مع الحكومة في ريف حلب."))
                if r[0] == "REJECT"]
    assert not [r for r in _records(_run("لكن الحكومة الأمريكية ظلت ترفض إقامة منطقة عازلة داخل سوريا."))
                if r[0] == "REJECT"]
    assert not [r for r in _records(_run("وأشار البيان إلى القرار الدولي الذي يدعو الحوثيين إلى الانسحاب من صنعاء."))
                if r[0] == "REQUEST"]
    # the refusal reported stays
    assert ("REJECT", "SYR", "TUR") in _records(_run("رفضت الحكومة السورية أمس الاقتراح التركي."))


def test_a_phone_conversation_with_a_counterpart_is_a_consultation() -> None:
    # "تحدث هاتفيا مع نظيره": a call, the partner named after مع
    doc = _run("وكان الرئيس الفرنسي قد تحدث هاتفيا مع نظيره المصري مساء الأحد.")
    assert ("CONSULT", "FRA", "EGY") in _records(doc)


def test_a_relief_plane_named_by_its_senders_adjective_delivers_aid_to_the_place_it_lands() -> None:
    # "هبطت طائرة إغاثية كويتية في مطار عدن": Kuwait sends, Yemen receives (not the other way round)
    doc = _run("وهبطت أمس طائرة إغاثية كويتية في مطار عدن الدولي محملة بالأدوية.")
    assert ("AID", "KWT", "YEM") in _records(doc)
    # the ship described as the largest to reach the port is no delivery told
    assert not [r for r in _records(_run("ووصلت السفينة وهي أكبر سفينة إغاثية تصل إلى الميناء اليمني."))
                if r[0] == "AID"]


def test_the_kingdom_alone_is_the_kingdom_of_the_report() -> None:
    # in a Saudi paper "المملكة" is Saudi Arabia: the visit is to it
    doc = analyse_text("واستقبل رئيس الوزراء العراقي وفدا من المملكة في بغداد أمس.", "ar",
                       url="https://www.alweeam.com.sa/1/x")
    assert ("CONSULT", "SAU", "IRQ") in _records(doc)
    # with no home country, it is the last kingdom named before it
    doc = _run("وصل وزير الخارجية الأردني إلى القاهرة. وقال الوزير إن المملكة تدعم الحكومة الليبية.")
    assert any(m.text == "المملكة" and m.country == "JOR" for m in doc.mentions)
    # joined to another state by a conjunction it is still the kingdom of the report
    doc = analyse_text("واتفقت المملكة وجمهورية مصر العربية أمس على تعزيز التعاون العسكري.", "ar",
                       url="https://www.alweeam.com.sa/1/x")
    assert [r for r in _records(doc) if r[0] == "AGREE" and {r[1], r[2]} == {"SAU", "EGY"}]
    # a country's adjective named earlier in the text does not stop it
    doc = analyse_text("ورحب المسؤولون بالموقف السعودي أمس. وأكدت المملكة دعمها للحكومة اليمنية.", "ar",
                       url="https://www.alweeam.com.sa/1/x")
    assert any(m.text == "المملكة" and m.country == "SAU" for m in doc.mentions)
    # before a country's adjective the adjective names the kingdom
    doc = _run("وصل وزير الخارجية الأردني إلى لندن لبحث العلاقات مع المملكة البريطانية.")
    assert not any(m.text == "المملكة" for m in doc.mentions)
    # after ل the article's alif is dropped ("للمملكة": to the Kingdom); ل on the bare noun
    # ("لمملكة", to a kingdom) is no anaphor
    doc = analyse_text("وقدم الوزير شكره للمملكة على دعمها.", "ar", url="https://www.alweeam.com.sa/1/x")
    assert any(m.text.endswith("لمملكة") and m.country == "SAU" for m in doc.mentions)
    doc = analyse_text("وهي الزيارة الأولى لمملكة أوروبية منذ سنوات.", "ar", url="https://www.alweeam.com.sa/1/x")
    assert not any("مملكة" in m.text for m in doc.mentions)


def test_progress_gained_by_fighters_is_ground_taken() -> None:
    # "أحرزت المقاومة الشعبية تقدما في ...": ground gained in fighting (the gold sets code it ASSAULT)
    doc = _run("وأحرزت القوات العراقية أمس تقدما كبيرا في محيط مدينة الرمادي على حساب مسلحي تنظيم داعش.")
    assert [r for r in _records(doc) if r[0] == "ASSAULT" and r[1] == "IRQ"]
    # progress in talks or in the polls is no fighting
    assert not [r for r in _records(_run("وحقق الوفد العراقي تقدما في المفاوضات مع الجانب التركي أمس."))
                if r[0] == "ASSAULT"]


def test_a_dinner_given_in_honour_of_a_visitor_is_a_meeting() -> None:
    # "أقام الوزير مأدبة عشاء تكريما لنظيره": the host (subject) meets the guest named after
    doc = _run("وأقام وزير الخارجية الكويتي مأدبة عشاء تكريما لنظيره المصري والوفد المرافق له.")
    assert ("CONSULT", "KWT", "EGY") in _records(doc)


def test_an_office_adjective_after_a_title_is_no_name() -> None:
    # "مسؤول أمني كبير": a security official, not a person named "أمني"
    doc = _run("وقال مسؤول أمني كبير في بغداد إن الشرطة اعتقلت خمسة مشتبه بهم.")
    assert not any(m.kind == "person" and m.text == "أمني" for m in doc.mentions)
    assert [r for r in _records(doc) if r[:2] == ("COERCE", "IRQ")]


def test_a_state_named_between_the_verb_and_what_it_sends_sent_it() -> None:
    # "أرسلت الكويت شحنة أدوية": the state right behind the verb sends; a letter sent is no aid
    doc = _run("وأرسلت الكويت أمس شحنة أدوية إلى مستشفيات اليمن.")
    assert [r for r in _records(doc) if r[:2] == ("AID", "KWT")]
    assert not [r for r in _records(_run("وأرسلت الكويت رسالة إلى الأمين العام للأمم المتحدة.")) if r[0] == "AID"]


def test_the_malian_army_is_a_body_of_mali() -> None:
    # "الجيش المالي" (not "financial"): Mali's armed forces, who patrol
    doc = _run("وسير الجيش المالي أمس دوريات عسكرية في مدينة موبتي وسط البلاد.")
    assert [r for r in _records(doc) if r[:2] == ("MOBILIZE", "MLI")]


def test_auxiliary_forces_a_council_presidency_and_a_defendants_charge_are_no_events() -> None:
    # "القوات المساعدة": Morocco's auxiliary forces, no aid; "التي ترأس مجلس الأمن": a presidency held;
    # "المتهمون في هجمات": the charge a defendant faces, no attack reported
    doc = _run("وحضر اللقاء القائد الجهوي للقوات المساعدة بمدينة فاس.")
    assert not [r for r in _records(doc) if r[0] == "AID"]
    doc = _run("وقالت ماليزيا، التي ترأس مجلس الأمن الدولي هذا الشهر، إن التصويت سيجري على مشروع مقدم من هولندا.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]
    doc = _run("ومثل أمام المحكمة العسكرية المتهمون الثلاثة في اعتداءات مدريد عام 2004.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_what_someone_always_warns_of_is_no_one_threat() -> None:
    # "التي تحذر دائما من": a habitual warning, no one act; "دوما" is a village, not "always"
    doc = _run("وقالت إن الحكومة البلجيكية التي تحذر دائما من عودة المقاتلين تتابع الملف عن كثب.")
    assert not [r for r in _records(doc) if r[0] == "THREATEN"]


def test_the_king_salman_relief_centre_is_no_king() -> None:
    # "مركز الملك سلمان للإغاثة" is the relief centre (a Saudi body), not King Salman
    doc = _run("وسلم مركز الملك سلمان للإغاثة والأعمال الإنسانية أمس شحنة من المساعدات الطبية إلى اليمن.")
    aid = [e for e in doc.events if e["event_type"] == "AID"]
    assert [(e["actor"]["actor_id"], e["recipient"]["country"]) for e in aid] == [("org:SAU-KSRELIEF", "YEM")]


def test_clashes_between_two_named_sides_are_between_them_not_a_state_named_after() -> None:
    # "اشتباكات بين الشرطة وحزب العمال الكردستاني ... قرب الحدود مع سوريا": the two joined after "بين" are the sides
    doc = _run("وقتل ثلاثة أشخاص أمس في اشتباكات بين الشرطة التركية وحزب العمال الكردستاني في بلدة قريبة من الحدود مع سوريا.")
    assert [r for r in _records(doc) if r[0] == "ASSAULT"] == [("ASSAULT", "TUR", "TUR")]


def test_postponed_talks_are_no_talks_and_bound_hands_are_no_condemnation() -> None:
    # "إرجاء الجولة الثانية من المحادثات": the talks did not take place; "مقيد اليدين": bound hands
    doc = _run("وأعلنت السلطات الباكستانية أمس إرجاء الجولة الثانية من محادثات السلام بين الحكومة الأفغانية وحركة طالبان.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]
    doc = _run("وتمكن الجندي الأسير من الفرار وهو مقيد اليدين بعد أن اعتقله الحوثيون في عدن.")
    assert not [r for r in _records(doc) if r[0] == "ACCUSE"]


def test_armed_forces_right_behind_a_killing_verb_killed() -> None:
    # "قتلت قوات الأمن التونسية مسلحا": the forces behind the verb are the killers, not its victims
    doc = _run("وقتلت قوات الأمن التونسية الليلة الماضية مسلحا في جبل الشعانبي بولاية القصرين.")
    assert [r for r in _records(doc) if r[0] == "ASSAULT"] == [("ASSAULT", "TUN", "TUN")]
    doc = _run("وأعدمت قوات النظام السوري أمس ثلاثة معارضين في ريف حماة.")
    assert [r[:2] for r in _records(doc) if r[0] == "ASSAULT"] == [("ASSAULT", "SYR")]


def test_coalition_aircraft_right_behind_destroyed_destroyed() -> None:
    # "دمرت طائرات التحالف العربي معسكرا للحوثيين": the coalition destroyed, the Houthis' camp was hit
    doc = _run("ودمرت طائرات التحالف العربي أمس معسكرا يسيطر عليه الحوثيون في ضواحي صنعاء.")
    assert [r for r in _records(doc) if r[0] == "ASSAULT"] == [("ASSAULT", "SAU", "YEM")]


def test_a_verb_right_after_a_title_is_no_name() -> None:
    # "رئيس الأركان الأمريكي طالب رئيس الوزراء": the verb (demanded) is no person "Talib", and "زار" ends a name
    doc = _run("وقال مسؤول عراقي إن رئيس الأركان الأمريكي طالب رئيس الوزراء العراقي بالحفاظ على التزامه.")
    assert ("REQUEST", "USA", "IRQ") in _records(doc)
    doc = _run("وكان رئيس الأركان الأمريكي الجنرال مارتن ديمبسي زار بغداد والتقى رئيس الوزراء العراقي.")
    assert not [m for m in doc.mentions if m.kind == "person" and "زار" in m.text]


def test_a_condemned_crime_that_struck_a_mosque_names_its_victims_not_the_condemned() -> None:
    # "استنكاره للحادث الإرهابي الذي استهدف مسجدا في مقر قوات الطوارئ": the forces were struck, the unnamed
    # attackers are condemned; "مكافحة العمل الإرهابي" names no attack
    doc = _run("وعبر رئيس مجلس الشورى السعودي عن استنكاره الشديد للحادث الإرهابي الذي استهدف مسجدا في مقر قوات الطوارئ في عسير.")
    assert [r for r in _records(doc) if r[0] == "ACCUSE"] == [("ACCUSE", "SAU", None)]
    doc = _run("وأكد وزير الداخلية المصري أهمية مكافحة العمل الإرهابي في سيناء.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_farther_is_no_deportation_and_a_past_host_is_no_visit() -> None:
    # "إلى أبعد من ذلك"، "في كل أبعادها": farther, dimensions; "واستضاف الفندق قمة": a venue recalled
    doc = _run("وذهب وزير الخارجية التونسي إلى أبعد من ذلك في انتقاد الحكومة الليبية.")
    assert not [r for r in _records(doc) if r[0] == "COERCE"]
    doc = _run("واستضافت باكستان في بداية الشهر الماضي مفاوضات بين طالبان والحكومة الأفغانية.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT" and r[1] == "PAK"]


def test_lifting_a_siege_and_falling_under_control_are_no_acts() -> None:
    # "اتفاق يرفع الحصار عن إيران": a siege lifted; "وقعت تحت سيطرة الميليشيات": fell under, no signing
    doc = _run("وقال الكاتب إن هدف إيران كان توقيع اتفاق يرفع الحصار عنها.")
    assert not [r for r in _records(doc) if r[0] == "COERCE"]
    doc = _run("وأكد رئيس الأركان اليمني أن بلاده وقعت تحت سيطرة ميليشيات مدعومة من إيران.")
    assert not [r for r in _records(doc) if r[0] == "AGREE"]


def test_what_happens_at_times_or_is_charged_is_no_act() -> None:
    # "التي تتهم بها الحكومة الصينية في بعض الأحيان": at times; "متورطين في قتل": a charge, not a reported killing
    doc = _run("وملف القرصنة الإلكترونية الذي تتهم به الحكومة الصينية في بعض الأحيان لا يزال مفتوحا.")
    assert not [r for r in _records(doc) if r[0] == "ACCUSE"]
    doc = _run("وقالت الشرطة الروسية إن المسلحين كانوا متورطين في قتل شرطيين في الشيشان.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_an_earlier_act_recalled_beside_the_news_is_no_event() -> None:
    # "وسبق أن انتقدت إيران"، "بعد شهرين من هجوم دموي استهدف": recalled, not reported
    doc = _run("وسبق أن انتقدت إيران عزل الرئيس المصري الأسبق محمد مرسي.")
    assert not [r for r in _records(doc) if r[0] == "ACCUSE"]
    doc = _run("ويأتي الحادث بعد شهرين من هجوم دموي استهدف متحف باردو في العاصمة تونس.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]
    # a visit two days before the news is still reported
    doc = _run("ويأتي التقدم الذي حققته القوات العراقية بعد يومين من زيارة وزير الدفاع الأميركي آشتون كارتر لبغداد.")
    assert [r for r in _records(doc) if r[0] == "CONSULT"]


def test_a_refused_act_and_questioned_witnesses_are_no_events() -> None:
    # "رفض البرلمان التوقيع على الاتفاق": the signing refused; "يقومون بمناقشة شهود العيان": an inquiry
    doc = _run("وقد رفض البرلمان الليبي التوقيع على اتفاق المغرب بحجة أن تعديلاته لم تؤخذ بعين الاعتبار.")
    assert not [r for r in _records(doc) if r[0] == "AGREE"]
    doc = _run("وقال مصدر أمني مصري إن ضباط الأمن الوطني يقومون حاليا بمناقشة شهود العيان.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]
    doc = _run("وتخرج من المعهد الملكي ضباط من الدرك الملكي المغربي والقوات المساعدة.")
    assert not [r for r in _records(doc) if r[0] == "AID"]


def test_relief_workers_and_aid_to_be_let_in_are_no_aid_given() -> None:
    # "يكابد فيه عمال الإغاثة"، "منظمات الإغاثة": workers and bodies named; "وتأمين دخول المساعدات": a goal
    doc = _run("وبعد جولة على مخيم في جوبا يكابد فيه عمال الإغاثة لوقف انتشار وباء الكوليرا قال المسؤول الأممي إن الوضع خطير.")
    assert not [r for r in _records(doc) if r[0] == "AID"]
    doc = _run("وأعرب وزير الخارجية الألماني عن أمله في انتهاء العمليات العسكرية في اليمن وتأمين دخول المساعدات الإنسانية.")
    assert not [r for r in _records(doc) if r[0] == "AID"]
    doc = _run("وسمى الرئيس الأميركي باراك أوباما هولغايت المساعدة الخاصة المسؤولة عن أسلحة الدمار الشامل.")
    assert not [r for r in _records(doc) if r[0] == "AID"]


def test_an_act_dated_years_before_an_undated_reports_latest_date_is_background() -> None:
    # no publication date (as in every Arabic article of the dev corpus): the report is of the latest
    # year its dates name (2015), and a visit of 2009 told in passing is recalled background
    text = ("التقى وزير الخارجية السعودي نظيره المصري في القاهرة يوم 12 مارس 2015. "
            "وكان الرئيس الفرنسي قد زار الجزائر في عام 2009.")
    assert _records(analyse_text(text, "ar", published=None)) == [("CONSULT", "SAU", "EGY")]
    # the same visit in a report of 2010 is news
    text = "التقى وزير الخارجية السعودي نظيره المصري في القاهرة يوم 12 مارس 2010. وزار الرئيس الفرنسي الجزائر في عام 2009."
    assert ("CONSULT", "FRA", "DZA") in _records(analyse_text(text, "ar", published=None))


def test_the_victims_of_a_condemned_bombing_are_not_condemned_whatever_stands_between() -> None:
    # "أدانت ... بشدة حادث التفجير الذي استهدف مسجد ...": an adverb and a second noun before the
    # attack; the mosque's forces were struck, the unnamed bombers are condemned
    doc = _run("وأدانت الحكومة الأردنية بشدة حادث التفجير الإرهابي الذي استهدف مسجدا لقوات الأمن الكويتية.")
    records = _records(doc)
    assert ("ACCUSE", "JOR", None) in records and ("ACCUSE", "JOR", "KWT") not in records


def test_an_attack_laid_at_a_sides_door_is_an_accusation_but_not_in_the_passive() -> None:
    # "نسبت السلطات الهجوم إلى ...": the authorities accuse the group; "ونسب الهجوم إلى ..." (نُسب) and
    # "قصف نسب إلى ..." name no accuser
    doc = _run("وقالت مصادر أمنية إن السلطات التركية نسبت الاعتداء الأخير إلى حزب العمال الكردستاني.")
    assert ("ACCUSE", "TUR", "TUR") in _records(doc)
    assert not [r for r in _records(_run("ونسب الهجوم على الثكنة إلى حزب العمال الكردستاني.")) if r[0] == "ACCUSE"]
    assert not [r for r in _records(_run("وقتل عشرة مدنيين في قصف نسب إلى الحوثيين على المدينة.")) if r[0] == "ACCUSE"]


def test_a_vow_of_revenge_is_a_threat_and_an_oath_of_allegiance_is_support() -> None:
    assert [r[:2] for r in _records(_run("وقال المتحدث إن رئيس الوزراء حيدر العبادي تعهد بالانتقام من تنظيم داعش."))] == [("THREATEN", "IRQ")]
    doc = _run("وأقسم عشرة من قادة حركة طالبان الأفغانية يمين الولاء لزعيم تنظيم داعش.")
    assert [r[:2] for r in _records(doc)] == [("SUPPORT", "AFG")]
    # an oath demanded of them is none sworn
    assert not _records(_run("وأصدر التنظيم بيانا أكد أن على قادة حركة طالبان الأفغانية أن يقسموا يمين الولاء لزعيمه."))


def test_air_sorties_flown_are_strikes_but_reconnaissance_flights_are_not() -> None:
    doc = _run("وأوضحت القيادة في بيان أن طيران التحالف الدولي نفذ 15 طلعة جوية على مواقع تنظيم داعش في العراق.")
    assert [r[0] for r in _records(doc)] == ["ASSAULT"]
    assert doc.events[0]["trigger"]["text"] == "نفذ"
    assert not [r for r in _records(_run("ونفذت الطائرات التركية طلعات استطلاع فوق الحدود مع سوريا.")) if r[0] == "ASSAULT"]


def test_a_campaign_to_persuade_another_side_is_a_request_of_it() -> None:
    doc = _run("ومارست تركيا ضغوطا قوية لإقناع الحكومة الألمانية بتسليم المطلوبين.")
    assert _records(doc) == [("REQUEST", "TUR", "DEU")]
    assert doc.events[0]["trigger"]["text"] == "ضغوطا قوية لإقناع"


def test_an_agreement_or_accusation_dated_years_before_the_report_is_background() -> None:
    # the latest year the report names (2015) is taken as its own: a 2009 memorandum is recalled
    text = ("ووقعت مصر وليبيا أمس مذكرة تفاهم في القاهرة في 3 مارس 2015. "
            "ويذكر أن الجامعة الليبية وقعت مذكرة تفاهم مع جامعة القاهرة المصرية في عام 2009.")
    records = _records(analyse_text(text, "ar", published=None))
    assert len([r for r in records if r[0] == "AGREE"]) == 1


def test_a_counterfactual_an_anniversary_and_an_act_years_old_are_not_news() -> None:
    assert not _records(_run("وقال الوزير إنه لولا المعارضة لوافقت الحكومة على الخطة."))
    assert not [r for r in _records(_run("وتعتزم الحكومة تعديل اتفاقية تجارية اعتمدت منذ عقدين مع الاتحاد الأوروبي.")) if r[0] == "AGREE"]
    # the first such act in years is done now
    assert [r[0] for r in _records(_run("وفرضت السلطات الإسرائيلية الاعتقال الإداري على مستوطن للمرة الأولى منذ سنوات."))] == ["COERCE"]


def test_a_readiness_a_care_or_an_act_years_old_is_not_news() -> None:
    assert not _records(_run("وأكد وزير الخارجية الإيراني استعداد بلاده للتعاون مع السعودية لحل أزمات المنطقة."))
    assert not _records(_run("وأكد رئيس الوزراء الأردني حرص حكومته على دعم العراق في حربه على الإرهاب."))
    assert not _records(_run("وقبل أربع سنوات اعتقلت الشرطة الأميركية القيادي في التنظيم."))
    # what rejecting a deal would do: nobody rejected it
    doc = _run("وحذر الرئيس الأميركي المشرعين من أن رفض الاتفاق من شأنه أن يهدد مصداقية الولايات المتحدة.")
    assert not [r for r in _records(doc) if r[0] == "REJECT"]


def test_air_backing_is_no_verbal_support_the_act_backed_is_the_record() -> None:
    records = _records(_run("واقتحمت المقاومة الشعبية اليمنية بدعم من طائرات التحالف العربي معسكرا للحوثيين في محافظة لحج."))
    assert not [r for r in records if r[0] == "SUPPORT"]
    assert [r[:2] for r in records] == [("ASSAULT", "YEM")]


def test_a_training_adjective_names_what_a_thing_is_for_not_training_given() -> None:
    assert not _records(_run("وأطلقت وزارة الداخلية السعودية حقائب تدريبية متكاملة لموظفي الإعلام."))
    # a joint training course still is cooperation
    assert [r[0] for r in _records(_run("وانطلقت أمس في أبوظبي دورة تدريبية مشتركة بين القوات الإماراتية والمصرية."))] == ["COOPERATE"]


def test_charges_laid_with_the_subject_between_the_verb_and_the_charges_are_an_accusation() -> None:
    # "وجهت السلطات ... اتهامات": the authorities named between the verb and its charges lay them
    assert _records(_run("ووجهت السلطات الأميركية اتهامات بالفساد إلى خمسة مسؤولين.")) == [("ACCUSE", "USA", "USA")]
    assert _records(_run("ووجهت السلطات الكويتية إلى مواطن سوري تهمة تمويل الإرهاب.")) == [("ACCUSE", "KWT", "SYR")]
    # the charge recalled after a relative is no new act
    assert not [r for r in _records(_run("ونفى المحامي التهمة التي وجهت السلطات الكويتية إلى موكله.")) if r[0] == "ACCUSE"]


def test_strikes_kept_up_since_a_month_a_possible_attack_and_a_standing_claim_are_not_news() -> None:
    # a campaign waged since a month named: no one strike reported
    assert not _records(_run("ويشن التحالف غارات جوية على مواقع التنظيم في العراق منذ سبتمبر 2014."))
    # attacks a measure is to forestall have not happened
    assert not _records(_run("ومنعت السلطات التجمعات في العاصمة لتفادي وقوع اعتداءات محتملة."))
    # claims to sovereignty are a standing position, no demand made
    assert not _records(_run("وتطالب ماليزيا وفيتنام بالسيادة على جزر في البحر."))
    # a strike today is still news
    assert [r[0] for r in _records(_run("وشن التحالف أمس غارات جوية على مواقع التنظيم في العراق."))] == ["ASSAULT"]


def test_acts_summed_over_recent_years_or_a_shelling_lasting_since_the_feast_are_no_one_act() -> None:
    # the blame laid now may stay; the burnings summed over years are no attack reported
    records = _records(_run("وألقي باللوم على الجماعة في إحراق مساجد في الضفة الغربية خلال السنوات القليلة الماضية."))
    assert not [r for r in records if r[0] == "ASSAULT"]
    assert not _records(_run("وتتعرض المدينة لقصف شديد منذ أول أيام عيد الأضحى."))


def test_a_dual_verb_of_threat_is_a_threat_by_the_two_sides_named_before() -> None:
    # "هددا": the dual past of "هدد", its two subjects named before it
    recs = _records(_run("وكانت جماعتان مسلحتان في ليبيا قد هددا الحكومة التونسية بمهاجمة الحدود."))
    assert [r for r in recs if r[0] == "THREATEN" and r[2] == "TUN"]


def test_an_inquiry_opened_with_its_subject_between_the_verb_and_the_inquiry_is_an_investigation() -> None:
    recs = _records(_run("وفتحت الشرطة الإسرائيلية تحقيقا في تهديدات نشرت ضد الرئيس الإسرائيلي."))
    assert [r for r in recs if r[0] == "ACCUSE" and r[1] == "ISR"]
    # "فتح" with no inquiry after it is no event of this kind
    assert not [r for r in _records(_run("وفتحت السلطات المصرية معبر رفح أمام المسافرين.")) if r[0] == "ACCUSE"]


def test_a_sharp_attack_on_a_leader_is_criticism_not_violence() -> None:
    recs = _records(_run("وشن الرئيس اليمني السابق علي عبدالله صالح هجوما حادا على الرئيس عبدربه منصور هادي."))
    assert ("ACCUSE", "YEM", "YEM") in recs
    assert not [r for r in recs if r[0] == "ASSAULT"]


def test_a_group_put_on_the_terror_list_with_the_subject_between_is_a_sanction() -> None:
    assert ("SANCTION", "USA", "LBN") in _records(_run("ووضعت الولايات المتحدة حزب الله في قائمة الإرهاب."))
    # a relative clause recalls the listing
    assert not [r for r in _records(_run("وقاد الهجوم القيادي الذي وضعته الحكومة الأميركية في قائمة الإرهاب."))
                if r[0] == "SANCTION"]


def test_massacres_in_the_plural_carried_out_by_a_group_are_an_assault() -> None:
    recs = _records(_run("ونفذ التنظيم مذابح بحق الأقلية في شمال العراق."))
    assert [r for r in recs if r[0] == "ASSAULT" and r[2] == "IRQ"]


def test_troops_or_police_mobilised_are_a_mobilisation() -> None:
    recs = _records(_run("وأعلنت الحكومة الفرنسية تعبئة الشرطة حول المواقع الحساسة في باريس."))
    assert [r for r in recs if r[0] == "MOBILIZE" and r[1] == "FRA"]


def test_criticism_levelled_with_the_subject_between_is_an_accusation() -> None:
    assert ("ACCUSE", "CHN", "JPN") in _records(_run("ووجهت الصين انتقادات حادة إلى اليابان حول تقريرها الدفاعي."))
    # "ووجهت لها انتقادات": she was criticised, by nobody named
    assert not [r for r in _records(_run("وكانت الوزيرة الأمريكية قد وجهت لها انتقادات كثيرة بسبب إدارتها للأزمة."))
                if r[0] == "ACCUSE"]


def test_a_truce_declared_by_its_agent_after_the_noun_is_not_the_fighters_before_it() -> None:
    # "هدنة إنسانية أعلنها التحالف": the coalition declared it; the Houthis fought before it began
    recs = _records(_run("قال مواطنون يمنيون إن قوات الجيش اليمني خاضت معارك مع المقاتلين الحوثيين اليوم "
                         "قبل ساعات من موعد سريان هدنة إنسانية أعلنها التحالف."))
    assert [r for r in recs if r[0] == "RETREAT"]
    assert not [r for r in recs if r[0] == "RETREAT" and r[1] == "YEM"]


def test_a_part_in_a_killing_suspected_by_the_police_is_not_reported_as_done() -> None:
    # "تشتبه الشرطة بتورط": a suspicion, and the police are not the killers
    assert not _records(_run("تشتبه الشرطة الفرنسية بتورط ثلاثة من المغاربة في قتل شرطي أمس."))


def test_a_visit_commented_on_is_the_topic_of_the_remark() -> None:
    # "وتعليقا على زيارة وفد ...": the visit is what the minister's remark is about, not news
    assert not _records(_run("وتعليقا على زيارة وفد حركة حماس إلى المملكة قال الوزير إن الوفد أدى العمرة."))


def test_an_earlier_agreement_put_into_effect_is_not_a_new_agreement() -> None:
    # "تفعيلا لاتفاقية التعاون الموقعة": the agreement is recalled, the meeting is the news
    recs = _records(_run("وقال الوزير إن اللقاء جاء تفعيلا لاتفاقية التعاون الموقعة بين المغرب والسعودية."))
    assert not [r for r in recs if r[0] == "AGREE"]


def test_relief_named_as_a_need_or_a_programme_is_no_aid_given() -> None:
    # "باتوا بحاجة إلى الإغاثة": a need; "برنامج إيواء وإغاثة النازحين": a programme the government cannot run
    assert not _records(_run("وقال المسؤول إن 70 في المائة من اليمنيين باتوا بحاجة إلى الإغاثة."))
    assert not _records(_run("وأكدت المفوضية عجز الحكومة عن تنفيذ برنامج إيواء وإغاثة النازحين."))
    # a relief convoy that arrived is aid given
    assert ("AID", "SAU", "YEM") in _records(_run("وصلت أمس قافلة إغاثة سعودية إلى مدينة عدن اليمنية."))


def test_an_arrest_or_sanctions_dated_years_before_the_report_are_background() -> None:
    # the latest year the report names (2015) is taken as its own: an arrest of 1980 and sanctions of
    # 2010 told in a profile are recalled, not the news
    text = ("واعتقلت الشرطة الأردنية ثلاثة مطلوبين في عمان يوم 3 مارس 2015. "
            "وكان النظام العراقي قد اعتقل المعارض في بغداد عام 1980. "
            "وفرض مجلس الأمن الدولي عقوبات على إيران في عام 2010.")
    records = _records(analyse_text(text, "ar", published=None))
    assert [r[0] for r in records if r[0] in ("COERCE", "SANCTION")] == ["COERCE"]
    # the same arrest in a report of 1980 is news
    text = "وقال مصدر في 3 مارس 1980 إن النظام العراقي اعتقل المعارض في بغداد عام 1980."
    assert [r[0] for r in _records(analyse_text(text, "ar", published=None))] == ["COERCE"]


def test_the_palestinian_presidencys_spokesman_speaks_for_palestine() -> None:
    # "أبو ردينة" (the Palestinian presidency's spokesman) named bare: his condemnation is Palestine's,
    # not the Israeli forces' named after it
    doc = _run("وأدان أبو ردينة ما تقوم به الشرطة الإسرائيلية من اقتحامات لباحات المسجد الأقصى.")
    assert ("ACCUSE", "PSE", "ISR") in _records(doc)


def test_the_bombed_mosque_of_imam_al_sadiq_is_kuwaiti_not_a_titled_person() -> None:
    # "مسجد الإمام الصادق" is the mosque (Kuwait City), not "the Imam al-Sadiq" of the country named beside it
    doc = _run("وأعلنت السلطات السعودية أن الانتحاري الذي فجر مسجد الإمام الصادق دخل الكويت قادما من الرياض.")
    assert [r[2] for r in _records(doc) if r[0] == "ASSAULT"] == ["KWT"]
    doc = _run("وفجر انتحاري نفسه في مسجد الإمام الصادق في منطقة الصوابر.")
    assert ("ASSAULT", None, "KWT") in _records(doc)


def test_a_suicide_bomber_in_the_accusative_is_the_attacker_not_the_announcing_ministry() -> None:
    # "أعلنت الوزارة أن انتحاريا فجر نفسه": the bomber (accusative after أن) is the actor, not the
    # ministry that announced the blast
    doc = _run("وكانت وزارة الداخلية البحرينية قد أعلنت أن انتحاريا فجر نفسه داخل مسجد في مدينة المنامة.")
    assert [r[1] for r in _records(doc) if r[0] == "ASSAULT"] == [None]


def test_the_government_blamed_for_a_killing_is_not_its_killer() -> None:
    # "حمّلت الرئاسة الحكومة الإسرائيلية المسؤولية الكاملة عن مقتل": the blame is an ACCUSE, the one blamed no killer
    doc = _run("وحمّلت الرئاسة الفلسطينية حكومة رئيس الوزراء الإسرائيلي «المسؤولية الكاملة» عن مقتل الشاب في الخليل.")
    records = _records(doc)
    assert ("ACCUSE", "PSE", "ISR") in records
    assert not [r for r in records if r[0] == "ASSAULT"]


# roles.yaml block_length: a sentence of 500 characters and more, strung on with commas
_LONG = ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في الرياض أمس وزير الخارجية الأردني ناصر جودة، "
         "وجرى خلال الاستقبال استعراض العلاقات الثنائية بين البلدين الشقيقين وسبل تعزيزها وتطويرها في مختلف "
         "المجالات السياسية والاقتصادية والأمنية والثقافية، إضافة إلى تطورات الأوضاع الراهنة في المنطقة والجهود "
         "المبذولة تجاهها بما يحقق الأمن والاستقرار لشعوبها وتطلعاتها نحو مستقبل أفضل وأكثر ازدهارا، ")


def test_a_long_sentence_keeps_the_best_reading_of_each_of_its_blocks() -> None:
    # the arrest told in the last block is a happening beside the audience that opens the sentence
    doc = _run(_LONG + "فيما ألقت الشرطة المصرية القبض على خمسة عناصر من خلية إرهابية في محافظة شمال سيناء "
               "بعد مداهمة أوكارهم فجر اليوم.")
    records = _records(doc)
    assert ("CONSULT", "JOR", "SAU") in records
    assert ("COERCE", "EGY", None) in records
    assert len(records) == 2


def test_the_same_talks_named_again_in_a_later_block_are_no_second_record() -> None:
    # "عقب اللقاء": the audience of the first block, named again, is one record
    doc = _run(_LONG + "وأكد الجانبان في ختام اللقاء أهمية مواصلة التشاور والتنسيق المستمر بين البلدين.")
    assert [r for r in _records(doc) if r[0] == "CONSULT"] == [("CONSULT", "JOR", "SAU")]


def test_blocks_start_after_a_clause_mark_once_a_block_is_long_enough() -> None:
    from dyad.events import _block_of, _blocks

    text = "أ" * 300 + "، " + "ب" * 300 + "، " + "ج" * 100
    assert _blocks(text, 0, len(text), 0) == [0]  # no block_length: one block
    assert _blocks(text, 0, 400, 250) == [0]  # shorter than two blocks
    starts = _blocks(text, 0, len(text), 250)
    assert starts == [0, 302, 604]
    assert [_block_of(starts, p) for p in (0, 301, 302, 700)] == [0, 0, 1, 2]


def test_no_less_than_a_count_is_no_negation() -> None:
    # "ما لا يقل عن" (no fewer than) counts the strikes; its "لا" does not deny them
    doc = _run("وشنت الطائرات الحربية الروسية ما لا يقل عن عشر غارات على مواقع في ريف إدلب.")
    assert [r[:2] for r in _records(doc) if r[0] == "ASSAULT"] == [("ASSAULT", "RUS")]


def test_criticism_levelled_as_naqd_is_an_accusation() -> None:
    # "وجهت ... نقدا حادا ل": criticism levelled (like "انتقادات"), the verb split from it by its subject
    doc = _run("ووجهت منظمة العفو الدولية نقدا حادا للحكومة المصرية بسبب اعتقال الصحفيين.")
    assert ("ACCUSE", None, "EGY") in _records(doc)


def test_two_states_reopening_their_embassies_cooperate() -> None:
    # "أعادت X وY فتح سفارتيهما": relations restored between the two
    doc = _run("وأعادت السعودية والعراق رسميا فتح سفارتيهما في الرياض وبغداد.")
    assert [r for r in _records(doc) if r[0] == "COOPERATE"][:1] == [("COOPERATE", "SAU", "IRQ")]


def test_a_day_set_off_by_commas_after_the_subject_opens_no_list_of_subjects() -> None:
    # "اتهمت الولايات المتحدة، أمس، تايلاند وروسيا": the states after the incise are accused, not accusers
    doc = _run("اتهمت الولايات المتحدة، أمس، تايلاند وروسيا وإيران بالتقصير في مكافحة الاتجار بالبشر.")
    assert sorted(_records(doc)) == [("ACCUSE", "USA", "IRN"), ("ACCUSE", "USA", "RUS"), ("ACCUSE", "USA", "THA")]


def test_under_the_impact_of_is_no_signing() -> None:
    # "تحت وقع" (under the impact of), like "على وقع": no agreement signed
    doc = _run("وقال المحلل إن الحكومة العراقية اهتزت تحت وقع تقدم تنظيم داعش.")
    assert not [r for r in _records(doc) if r[0] == "AGREE"]


def test_the_place_of_a_detention_is_no_arrest() -> None:
    # "مكان احتجاز" (where someone is held): a place looked for, nobody arrested now
    assert not _records(_run("وتبحث الشرطة الفرنسية عن مكان احتجاز الصحفي المخطوف."))
    # the verb is an arrest
    assert _records(_run("واحتجزت الشرطة الفرنسية الصحفي الجزائري في باريس.")) == [("COERCE", "FRA", "DZA")]


def test_gunmen_who_claim_to_belong_make_no_appeal() -> None:
    # "يدّعون الانتماء" (claim to belong), written as "يدعون" (call): the attack is the event
    doc = _run("وأعلن الجيش الأفغاني أن مسلحين يدّعون الانتماء لتنظيم داعش هاجموا مقرا للشرطة الأفغانية.")
    assert not [r for r in _records(doc) if r[0] == "REQUEST"]
    assert ("ASSAULT", None, "AFG") in _records(doc)


def test_an_aim_to_bomb_is_no_bombing() -> None:
    # "يهدفون إلى" (aim at), like "بهدف": nothing done yet
    assert not _records(_run("وقالت الشرطة البريطانية إن المتطرفين يهدفون إلى تفجير قنبلة في مانشستر."))


def test_experience_in_negotiating_is_no_talks() -> None:
    # "لخبرته في التفاوض مع": what qualifies someone, no talks reported
    assert not _records(_run("وعين الرئيس الأمريكي المبعوث لخبرته في التفاوض مع روسيا."))


def test_an_act_a_year_or_more_before_the_news_is_recalled() -> None:
    # "بعد ثلاث سنوات على"، "بعد عام على" (like "بعد عام من"): the earlier act dates the news
    assert not _records(_run("وجاء الحادث بعد ثلاث سنوات على تفجير سيارة مفخخة في بيروت."))
    assert not _records(_run("وتأتي الزيارة بعد عام على تفجير سيارة مفخخة في بيروت."))


def test_a_part_in_an_act_charged_with_the_verb_tawarrata_is_no_fact() -> None:
    # "تورطوا في دعم" (were involved in backing), like "متورطين في": a charge
    assert not _records(_run("وقال وزير الداخلية اليمني إن أسرى إيرانيين تورطوا في دعم الحوثيين."))


def test_a_toll_since_a_regime_fell_is_no_one_attack() -> None:
    # "منذ الإطاحة بالرئيس": deaths summed over the years since
    assert not _records(_run("وقتل مئات الجنود المصريين منذ الإطاحة بالرئيس في سيناء."))


def test_a_need_is_no_act() -> None:
    # "يحتاج ... إلى تدمير"، "تحتاج لمحادثات": what something needs, the verb split from its preposition
    assert not _records(_run("وقال المحلل إن هذا الحل يحتاج أولا إلى تدمير تنظيم داعش في سوريا."))
    assert not _records(_run("وأكد الوزير أن تسوية الأزمة تحتاج لمحادثات بين الحكومة السورية والمعارضة."))


def test_such_a_visit_is_a_kind_of_act_not_one_act() -> None:
    # "أن مثل هذه الزيارة": no particular visit
    assert not _records(_run("وقالت المتحدثة الألمانية إن مثل هذه الزيارة لأوكرانيا تتطلب ترتيبات أمنية خاصة."))
    # a condemnation of "such acts" leaves the support declared after it
    doc = _run("وقال إن الشعب الأردني يستنكر مثل هذه الأفعال الإرهابية، ويؤكد وقوفه إلى جانب المملكة العربية السعودية.")
    assert ("SUPPORT", "JOR", "SAU") in _records(doc)


def test_an_act_touched_on_in_talks_is_their_topic() -> None:
    # "تطرقت المباحثات إلى ...": the talks are the event, the aid and the charge only their topics
    doc = _run("وأشار الوزير إلى أن المباحثات تطرقت إلى إرسال مساعدات إنسانية سعودية لليمن.")
    assert not [r for r in _records(doc) if r[0] == "AID"]
    doc = _run("وقال الوزير اليمني إن اللقاء تطرق إلى اتهام الحوثيين لإيران.")
    assert _records(doc) == [("CONSULT", "YEM", "IRN")]


def test_what_could_cause_clashes_or_what_a_law_allows_is_no_act() -> None:
    # "قد تتسبب في اشتباكات": a possible cause; "التي تجيز مقاضاة": a power given by law (like "يجوز")
    doc = _run("وحذر الشرطي من شعارات قد تتسبب في اشتباكات بين المحتجين والشرطة المصرية.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]
    assert not _records(_run("وعدلت السنغال قوانينها التي تجيز مقاضاة الرئيس التشادي السابق."))


def test_satisfaction_voiced_at_an_act_is_support() -> None:
    # "أعرب عن ارتياحه لـ ...": an approval; not of the side a campaign was waged against
    doc = _run("وأعرب وزير الخارجية الألماني عن ارتياحه للاتفاق الذي وقعته مصر مع الأردن.")
    assert ("SUPPORT", "DEU", "EGY") in _records(doc)
    doc = _run("وأعرب الوزير البريطاني عن ارتياحه لتقدم العمليات العسكرية ضد تنظيم القاعدة في اليمن.")
    assert not [r for r in _records(doc) if r[0] == "SUPPORT"]


def test_a_verb_ending_on_its_objects_preposition_carries_its_subject() -> None:
    # "ودعا إلى ... من تنظيم داعش": the group named deep in what is called for is no subject; the
    # verb carries the last man named before the sentence
    doc = _run("وقال الرئيس العراقي فؤاد معصوم إن الوضع صعب. ودعا إلى تقديم ضمانات لسكان المدينة قبل استعادتها من تنظيم داعش.")
    requests = [e for e in doc.events if e["event_type"] == "REQUEST"]
    assert requests and all(e["actor"]["country"] == "IRQ" for e in requests)
    assert not any((e["actor"] or {}).get("actor_id") == "org:ISIS" for e in doc.events)
    # a feminine verb carries a body or a woman the text does not name: no reading
    doc = _run("ودعت إلى تقديم ضمانات لسكان المدينة قبل استعادتها من تنظيم داعش.")
    assert not any(e["event_type"] == "REQUEST" for e in doc.events)


def test_letting_another_side_use_bases_is_military_cooperation() -> None:
    # "سمحت X لـ Y باستخدام قواعدها": bases opened to another side's forces; a refusal or a bare permit is none
    doc = _run("وسمحت اليونان للقوات الفرنسية باستخدام قواعدها الجوية في جزيرة كريت.")
    assert ("COOPERATE", "GRC", "FRA") in _records(doc)
    doc = _run("وانتقد المعلق رفض اليونان السماح للقوات الفرنسية باستخدام قاعدة سودا.")
    assert not [r for r in _records(doc) if r[0] == "COOPERATE"]
    assert not [r for r in _records(_run("ولا تسمح الظروف للحكومة الأردنية باستخدام القوة.")) if r[0] == "COOPERATE"]


def test_the_attacks_of_september_eleventh_are_a_time_marker() -> None:
    # "بعد هجمات 11 سبتمبر": the attacks of 2001 named as a time, no attack of the day
    doc = _run("وقال المسؤول الأميركي إن الأصول الإيرانية جمدت بعد هجمات 11 سبتمبر (أيلول) 2001 في نيويورك.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_its_sources_are_no_confiscation() -> None:
    # "مصادره" (its sources) folds onto "مصادرة" (confiscation): the text must write the ة
    doc = _run("ونقلت القناة الأمريكية عن مصادره في الكونغرس أن معارضي الاتفاق مع إيران ازدادوا.")
    assert not [r for r in _records(doc) if r[0] == "COERCE"]
    doc = _run("وأعلنت الشرطة المصرية مصادرة أسلحة من عناصر تنظيم الإخوان.")
    assert [r for r in _records(doc) if r[0] == "COERCE"]


def test_the_importance_of_cooperation_is_no_cooperation() -> None:
    # "أكد أهمية التعاون مع ..."، "ضرورات التعاون": cooperation valued or urged, none done
    doc = _run("وأكد وزير الخارجية القطري أهمية التعاون مع إيران في مكافحة الإرهاب.")
    assert not [r for r in _records(doc) if r[0] == "COOPERATE"]
    doc = _run("وأكد البلدان على أهمية العمل المشترك بين الأردن والسعودية في مكافحة الإرهاب.")
    assert not [r for r in _records(doc) if r[0] == "COOPERATE"]


def test_a_state_named_in_what_talks_were_about_is_no_side_of_them() -> None:
    doc = _run("التقى وزير الخارجية السعودي نظيره الروسي في موسكو أمس لبحث الأزمة في سوريا.")
    pairs = event_pairs(doc)
    assert ("CONSULT", "SAU", "RUS") in pairs or ("CONSULT", "RUS", "SAU") in pairs
    assert not any(p[0] == "CONSULT" and "SYR" in p[1:] for p in pairs)
    # the purpose word itself ("لمناقشة") opens the topic: its object is no partner either
    doc = _run("عقد وزراء خارجية الاتحاد الأوروبي اجتماعا أمس لمناقشة الاتفاق النووي مع إيران.")
    assert not any(p[0] == "CONSULT" and "IRN" in p[1:] for p in event_pairs(doc))


def test_help_from_air_strikes_is_the_strikes_not_aid() -> None:
    # "بمساعدة غارات التحالف": the coalition's strikes backed the ground forces; nothing was handed over
    doc = _run("وتقدمت القوات الحكومية بمساعدة غارات التحالف الدولي نحو مدينة الرمادي العراقية.")
    assert not [r for r in _records(doc) if r[0] == "AID"]


def test_driving_fighters_out_is_an_attack_by_the_subject_behind_the_verb() -> None:
    # "تمكن الجيش من طرد ... من": ground taken back by the subject named between the verb and its complement
    doc = _run("وتمكن الجيش العراقي من طرد مسلحي داعش من جامعة الأنبار.")
    assert ("ASSAULT", "IRQ") in [r[:2] for r in _records(doc)]
    # "بعد أن تمكن ... من طرد": an old victory recalled as a time
    doc = _run("وتولت الحكومة السلطة بعد أن تمكن فصيل ليبي مسلح من طرد رئيس الوزراء إلى شرق البلاد.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_topics_the_conversation_touched_on_are_no_acts() -> None:
    # "وتطرق الحديث إلى مجالات التنسيق": the call's topics, no coordination reported
    doc = _run("وتطرق الحديث إلى مجالات التنسيق بين الكويت والبحرين في الملفات الإقليمية.")
    assert not [r for r in _records(doc) if r[0] == "COOPERATE"]


def test_the_coalition_to_support_legitimacy_with_lam_is_a_name_too() -> None:
    # "التحالف العربي لدعم الشرعية في اليمن": the coalition's name, no act of support
    doc = _run("وقال المتحدث إن السودان عضو في التحالف العربي لدعم الشرعية في اليمن.")
    assert not [r for r in _records(doc) if r[0] == "SUPPORT"]


def test_an_attack_in_words_said_right_after_is_no_violence() -> None:
    # "فهاجم ... قائلا": the attack is what he said, nobody was struck
    doc = _run("وخرج رئيس الوزراء الإسرائيلي أمس فهاجم السلطة الفلسطينية قائلا إنها تحرض على العنف.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_talks_refused_in_the_speakers_own_words_are_a_rejection() -> None:
    # «لن نجري أي محادثات مع ...»: the speaker turns down talks with the side after مع
    doc = _run("وكان المرشد الإيراني قال أمس «لن نجري أي محادثات مع الولايات المتحدة بشأن القضايا الإقليمية».")
    assert ("REJECT", "IRN", "USA") in event_pairs(doc)


def test_chants_of_death_to_a_state_are_a_protest_against_it() -> None:
    # "تخللتها هتافات «الموت لأميركا»": the speaker's crowd chants against the state named in the slogan
    doc = _run("وقال المرشد الإيراني في خطاب في مسجد بطهران تخللته هتافات المصلين «الموت لأميركا» إن سياسة بلاده لن تتغير.")
    assert ("PROTEST", "IRN", "USA") in event_pairs(doc)


def test_acts_of_violence_a_country_faces_are_no_riot() -> None:
    # "تواجه تركيا أعمال عنف متزايدة": violence suffered along a border, nobody rioting
    doc = _run("وتواجه تركيا أعمال عنف متزايدة عبر حدودها الجنوبية مع سورية.")
    assert not [r for r in _records(doc) if r[0] == "PROTEST"]


def test_no_interest_in_talks_with_a_side_is_a_rejection() -> None:
    # "غير مهتمة بحوار مع ...": talks with the side after مع turned down
    doc = _run("وأعلنت الحكومة الفنزويلية أنها غير مهتمة بالحوار مع الولايات المتحدة في الوقت الحاضر.")
    assert ("REJECT", "VEN", "USA") in event_pairs(doc)


def test_support_that_will_not_be_given_up_is_support() -> None:
    # "لن تتخلى عن دعم ...": a standing support restated, the negation is part of the form
    doc = _run("وقال وزير الخارجية الروسي إن روسيا لن تتخلى عن دعم الحكومة السورية في حربها.")
    assert ("SUPPORT", "RUS", "SYR") in event_pairs(doc)


def test_a_cultural_attack_is_no_violence() -> None:
    # "التصدي للهجوم الثقافي الغربي": an attack in ideas, nobody struck
    doc = _run("ودعا رجل الدين البرلمان الإيراني إلى التصدي للهجوم الثقافي الغربي على الشباب.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_an_objection_voiced_to_a_text_is_a_rejection() -> None:
    # "عبر النواب عن اعتراضهم على ...": an objection voiced, a rejection
    doc = _run("وعبر نواب في البرلمان العراقي أمس عن اعتراضهم على مشروع قانون الموازنة الذي قدمته الحكومة العراقية.")
    assert "REJECT" in {r[0] for r in _records(doc)}


def test_holding_prisoners_in_the_plural_is_a_detention() -> None:
    # "يحتجزون": the plural imperfective of holding people
    doc = _run("وقالت منظمة حقوقية إن الحوثيين يحتجزون مئات المعتقلين اليمنيين في سجون صنعاء.")
    assert ("COERCE", "YEM", "YEM") in event_pairs(doc)


def test_a_complaint_made_is_an_accusation() -> None:
    # "اشتكى ... من أن": a complaint against a side, an accusation
    doc = _run("واشتكى وزير الخارجية الأردني أمس من أن الحكومة الإسرائيلية تعرقل دخول المصلين إلى المسجد الأقصى.")
    assert ("ACCUSE", "JOR", "ISR") in event_pairs(doc)


def test_a_choice_to_accept_or_reject_is_no_rejection() -> None:
    # "مهلة لقبول الاتفاق أو رفضه": one of two choices still open, nothing turned down
    doc = _run("وأمام البرلمان الأردني مهلة حتى نهاية الشهر للموافقة على الاتفاقية مع إسرائيل أو رفضها.")
    assert not [r for r in _records(doc) if r[0] == "REJECT"]


def test_a_deadline_is_no_ultimatum() -> None:
    # "أمام البرلمان مهلة حتى ...": a time limit set by law, nobody threatened
    doc = _run("وأمام البرلمان التونسي مهلة حتى نهاية الشهر لإقرار قانون الموازنة مع الحكومة الليبية.")
    assert not [r for r in _records(doc) if r[0] == "THREATEN"]
    # sirens are no warning given to anyone
    doc = _run("ودوت صافرات الإنذار في مدينة عسقلان الإسرائيلية بعد إطلاق صاروخ من غزة.")
    assert not [r for r in _records(doc) if r[0] == "THREATEN"]


def test_an_approval_still_needed_or_one_of_two_choices_is_no_agreement() -> None:
    # "بحاجة إلى موافقة البرلمان"، "الموافقة أو الاعتراض": nothing approved yet
    doc = _run("وما زال نشر القوات الأمريكية بحاجة إلى موافقة البرلمان العراقي.")
    assert not [r for r in _records(doc) if r[0] == "AGREE"]
    doc = _run("وقال مسؤول إن ذلك مرهون بموافقة الحكومة السورية على دخول القوات الروسية.")
    assert not [r for r in _records(doc) if r[0] == "AGREE"]
    doc = _run("ويملك البرلمان الأردني حق الموافقة أو الاعتراض على الاتفاقية مع إسرائيل.")
    assert not [r for r in _records(doc) if r[0] == "AGREE"]
    # the approval given is still an agreement
    doc = _run("وأعلنت الحكومة العراقية أمس موافقة تركيا على فتح معبر حدودي جديد مع العراق.")
    assert "AGREE" in {r[0] for r in _records(doc)}


def test_a_visit_from_which_something_is_dated_is_background() -> None:
    # "منذ زيارة ...": an earlier visit as the point from which a change is dated, no visit reported
    doc = _run("وقال إن العلاقات تحسنت كثيرا منذ زيارة الرئيس التركي إلى إيران.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]
    # the visit reported itself is still one
    doc = _run("وبدأ الرئيس التركي أمس زيارة إلى إيران تستمر يومين.")
    assert ("CONSULT", "TUR", "IRN") in _records(doc)


def test_bulletproof_glass_is_no_shooting() -> None:
    # "الزجاج المقاوم للرصاص": armour, nobody fired on
    doc = _run("ووضعت السفارة الأمريكية في القاهرة ألواحا من الزجاج المقاوم للرصاص لحماية الوفد المصري.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_the_dual_present_of_agree_names_both_sides_before_it() -> None:
    # "مصر وتونس تتفقان على ...": the two named before the dual verb agree
    doc = _run("وقال الوزير إن مصر وتونس تتفقان على ضرورة تعزيز التبادل التجاري بين البلدين.")
    assert ("AGREE", "EGY", "TUN") in _records(doc) or ("AGREE", "TUN", "EGY") in _records(doc)


def test_an_execution_carried_out_by_an_armed_group_is_a_killing() -> None:
    # "قامت X بإعدام ...": the verb split from the noun by its subject, the armed group the killer
    doc = _run("وقامت ميليشيات الحوثي أمس بإعدام عشرة أسرى من الجيش اليمني في تعز.")
    assert "ASSAULT" in {r[0] for r in _records(doc)}
    # a court's death sentence is no such killing
    doc = _run("وقضت محكمة مصرية أمس بإعدام ثلاثة متهمين في قضية تفجير.")
    assert not [r for r in _records(doc) if r[0] == "ASSAULT"]


def test_a_visit_that_someone_will_make_is_still_to_come() -> None:
    # "الزيارة التي سيقوم بها ...": the relative clause puts the visit ahead
    doc = _run("وشدد الوزير على أهمية الزيارة التي سيقوم بها الرئيس الفرنسي إلى المغرب.")
    assert not [r for r in _records(doc) if r[0] == "CONSULT"]
    # the visit he made is an event
    doc = _run("وشدد الوزير على أهمية الزيارة التي قام بها الرئيس الفرنسي إلى المغرب.")
    assert [r for r in _records(doc) if r[0] == "CONSULT"]


def test_backing_named_as_a_worry_or_a_blame_is_no_support() -> None:
    # "القلق بشأن دعم X ل Y"، "مردها إلى دعم X": one side's backing as what a speaker fears or blames
    doc = _run("وأعرب الوزير عن القلق بشأن دعم روسيا للنظام في سوريا.")
    assert not [r for r in _records(doc) if r[0] == "SUPPORT"]
    doc = _run("وقال الوزير إن الأزمة في ليبيا مردها إلى دعم قطر للميليشيات المسلحة.")
    assert not [r for r in _records(doc) if r[0] == "SUPPORT"]
    # a support stated is still one
    doc = _run("وأكد الرئيس الفرنسي دعم فرنسا للمغرب في مكافحة الإرهاب.")
    assert ("SUPPORT", "FRA", "MAR") in _records(doc)


def test_a_coordination_centre_or_office_is_a_body_not_a_cooperation() -> None:
    # "مركز تنسيق"، "لجان التنسيق"، "مكتب الأمم المتحدة لتنسيق ...": the name of a body
    doc = _run("وأعلن وزير الداخلية التونسي تشكيل مركز تنسيق لمتابعة الأوضاع الأمنية مع الجزائر.")
    assert not [r for r in _records(doc) if r[0] == "COOPERATE"]
    doc = _run("وزار وفد من مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية مخيمات اللاجئين في الأردن.")
    assert not [r for r in _records(doc) if r[0] == "COOPERATE"]
    # coordination reported between two sides is still one
    doc = _run("وأكد وزير الداخلية التونسي وجود تنسيق أمني مع الجزائر لضبط الحدود.")
    assert ("COOPERATE", "TUN", "DZA") in _records(doc)


def test_a_warning_of_a_coming_harm_is_no_threat() -> None:
    # "حذر من حدوث ..."، "حذرت مواطنيها من السفر إلى ...": a danger pointed out or a travel advice
    doc = _run("وحذرت منظمات إنسانية في اليمن من حدوث مجاعة في مدينة الحديدة.")
    assert not [r for r in _records(doc) if r[0] == "THREATEN"]
    doc = _run("وحذرت وزارة الخارجية الكندية مواطنيها من السفر إلى ليبيا.")
    assert not [r for r in _records(doc) if r[0] == "THREATEN"]
    # a warning of consequences to a side is still a threat
    doc = _run("وحذر الرئيس التركي الحكومة السورية من عواقب أي هجوم على الحدود.")
    assert ("THREATEN", "TUR", "SYR") in _records(doc)


def test_a_past_threat_with_its_object_glued_is_a_threat() -> None:
    # "وهددها بهجمات جديدة": the past verb with its object pronoun, the threat made to the one named before
    doc = _run("وهددتها حركة الشباب الصومالية بهجمات جديدة.")
    assert [r for r in _records(doc) if r[0] == "THREATEN" and r[1] == "SOM"]


def test_a_bare_seizure_of_people_in_a_tally_is_an_arrest() -> None:
    # "وضبط 21 محكوما عليهم"، "ضبط ستة من أعضاء ...": an arrest when the people held follow within three words
    doc = _run("وأعلنت وزارة الداخلية المصرية ضبط 12 عنصرا من جماعة متطرفة في القاهرة.")
    assert ("COERCE", "EGY", "EGY") in _records(doc)
    # restraint or goods seized are no arrest
    doc = _run("ودعت الحكومة المصرية جميع الأطراف في ليبيا إلى ضبط النفس.")
    assert not [r for r in _records(doc) if r[0] == "COERCE"]
    doc = _run("وأعلنت الشرطة المصرية ضبط 300 كغم من المتفجرات في سيناء.")
    assert not [r for r in _records(doc) if r[0] == "COERCE"]


def test_progress_against_a_named_enemy_is_fighting() -> None:
    # "تقدما ضد الحوثيين"، "انتصارات ضد الميليشيات": ground gained against the enemy named after "ضد"
    doc = _run("وأحرزت وحدات من الجيش اليمني مدعومة بالتحالف خلال الأسبوع الماضي تقدما ضد الحوثيين في محافظة لحج.")
    assert [r for r in _records(doc) if r[0] == "ASSAULT" and r[1] == "YEM"]


def test_a_form_with_a_purpose_prefix_glued_on_is_no_blow_dealt() -> None:
    # events.yaml ASSAULT "ضرب" unless_glued ل: "لضرب" is "in order to strike", a purpose; the bare verb is a blow
    assert not [r for r in _records(_run("وافقت تركيا على استخدام قاعدة إنجرليك لضرب داعش في سوريا.")) if r[0] == "ASSAULT"]
    assert ("ASSAULT", "ISR", "PSE") in _records(_run("ضرب جنود إسرائيليون شابا فلسطينيا في الخليل."))


def test_a_court_convicting_is_no_condemnation() -> None:
    # events.yaml ACCUSE "أدان" unless_after المحكمة: the court's verdict, not a condemnation it voices
    doc = _run("وأدانت المحكمة الفرنسية خمسة متهمين وعاقبتهم بالسجن ست سنوات.")
    assert not [r for r in _records(doc) if r[0] == "ACCUSE"]
    # a government condemning is still one
    doc = _run("وأدانت الحكومة المصرية الهجوم على السفارة الأردنية.")
    assert [r for r in _records(doc) if r[0] == "ACCUSE" and r[1] == "EGY"]


def test_an_agreement_still_under_talks_is_no_agreement() -> None:
    # events.yaml AGREE "اتفاقية" unless_before بشأن / حول / مفاوضات: a deal named while it is being negotiated
    from dyad.explain import explain_text

    _doc, decisions = explain_text("وقرر المجلس الوزاري الأوروبي نشر تفاصيل مفاوضات الاتحاد الأوروبي بشأن اتفاقية الخدمات مع كندا.",
                                   "ar", "2018-01-01")
    outcomes = [d.as_dict()["outcome"] for d in decisions if d.as_dict()["event_type"] == "AGREE"]
    assert outcomes == ["excluded_before"]


def test_support_for_an_economy_is_no_political_support() -> None:
    # events.yaml SUPPORT "دعم" unless_after الاقتصاد: economic help or a policy aim, no stance taken
    doc = _run("وأعلنت الحكومة الجزائرية إجراءات دعم الاقتصاد التونسي خلال العام المقبل.")
    assert not [r for r in _records(doc) if r[0] == "SUPPORT"]


def test_a_state_deploying_counted_troops_is_a_mobilisation() -> None:
    # events.yaml MOBILIZE "نشرت"/"تنشر" requires_after جندي / مقاتلات: the feminine verb with its troops counted
    assert ("MOBILIZE", "FRA") in [r[:2] for r in _records(_run("ونشرت فرنسا نحو ثلاثة آلاف جندي في شمال مالي."))]
    # publishing is not deploying
    assert not [r for r in _records(_run("ونشرت الصحيفة صورا للمدينة.")) if r[0] == "MOBILIZE"]


def test_an_air_campaign_waged_against_rebels_is_an_assault() -> None:
    # events.yaml ASSAULT "حملة جوية": a campaign waged by the force named before it
    assert ("ASSAULT", "TUR") in [r[:2] for r in _records(_run("وشنت تركيا حملة جوية ضد مواقع المسلحين في الجبال."))]


def test_a_recommendation_made_is_a_request_but_not_one_recalled() -> None:
    # events.yaml REQUEST "أوصى"/"أوصت" unless_after بها: a recommendation voiced, not one recalled in a relative
    assert ("REQUEST", "JOR") in [r[:2] for r in _records(_run("وأوصت الحكومة الأردنية المواطنين بتجنب السفر إلى المنطقة."))]
    assert not [r for r in _records(_run("ونفذت الحكومة الأردنية الإصلاحات التي أوصى بها الخبراء.")) if r[0] == "REQUEST"]


def test_security_units_and_patrols_are_a_police_actor() -> None:
    # actors.yaml POLICE bodies: "فرق الأمن"، "الوحدات الأمنية" take the country of their adjective
    assert ("COERCE", "EGY") in [r[:2] for r in _records(_run("واعتقلت الوحدات الأمنية المصرية خمسة مهربين قرب الحدود."))]
    assert ("COERCE", "TUR") in [r[:2] for r in _records(_run("وألقت فرق الأمن التركية القبض على عشرين مشتبها في إسطنبول."))]


def test_the_matter_discussed_after_a_title_is_no_name() -> None:
    # stopwords.yaml "مسألة", "سبل", "تطورات" ...: the object of the talks, not the official's name
    for matter in ("مسألة", "سبل", "تطورات", "أوجه", "استعراض"):
        doc = _run(f"وبحث الوزير اليمني مع نائب الرئيس السوداني {matter} التعاون بين البلدين.")
        assert not any(m.kind == "person" and matter in m.text for m in doc.mentions), matter
        assert ("CONSULT", "YEM", "SDN") in {(e["event_type"], (e["actor"] or {}).get("country"),
                                             (e["recipient"] or {}).get("country")) for e in doc.events}, matter


def test_an_air_campaign_named_with_its_kind_is_an_assault() -> None:
    # events.yaml ASSAULT "حملة عسكرية جوية": the campaign of the force named before it
    assert ("ASSAULT", "TUR") in [r[:2] for r in _records(_run("وأطلقت تركيا حملة عسكرية جوية ضد مواقع المسلحين في الجبال."))]


def test_condemning_after_a_statement_is_an_accusation() -> None:
    # events.yaml ACCUSE participle "مدينا": a second act of the sentence's subject, after a comma
    recs = [r[:2] for r in _records(_run("وقال الرئيس الفرنسي إن عشرة أشخاص أصيبوا، مدينا الهجمات الإيرانية على السفن."))]
    assert ("ACCUSE", "FRA") in recs
    # "مدنيا" misspelt: civilians killed, no condemnation
    assert not [r for r in _records(_run("وقالت مصادر عسكرية يمنية إن سبعة عشر مدينا قتلوا في الانفجار.")) if r[0] == "ACCUSE"]


def test_a_release_only_wished_for_is_no_release_but_one_granted_at_a_wish_is() -> None:
    # modality.yaml hypothetical "رغبة" (the wisher between the noun and "في"); not_modal "تلبية لرغبة"
    assert not [r for r in _records(_run("وتحدثت الصحف عن رغبة فرنسا في الإفراج عن الصحفي الإيراني المعتقل."))
                if r[0] == "RETREAT"]
    assert ("RETREAT", "IRN") in [r[:2] for r in _records(_run("وأفرجت السلطات الإيرانية عن الصحفي الفرنسي تلبية لرغبة الرئيس الفرنسي."))]


def test_condolences_offered_are_support_but_not_condolences_received() -> None:
    # events.yaml SUPPORT "التعازي": the one who offers them; unless_before "يتلقى"
    assert ("SUPPORT", "EGY", "JOR") in [r[:3] for r in _records(_run(
        "وقدم الرئيس المصري عبد الفتاح السيسي التعازي إلى الملك عبد الله الثاني في ضحايا الحادث."))]
    assert not [r for r in _records(_run("ويتلقى الرئيس المصري التعازي في ضحايا الحادث.")) if r[0] == "SUPPORT"]


def test_backing_down_with_the_subject_before_an_is_a_concession() -> None:
    # events.yaml CONCEDE "تراجعت ... عن" (requires_after, window 4); unless_before "بأن": only asked for
    assert ("CONCEDE", "QAT") in [r[:2] for r in _records(_run("وتراجعت الحكومة القطرية عن قرار فرض رسوم على الشاحنات السعودية."))]
    assert not [r for r in _records(_run("وطالب البرلمان الحكومة القطرية بأن تتراجع عن قرار رفع الرسوم.")) if r[0] == "CONCEDE"]


def test_pointing_out_that_is_no_praise() -> None:
    # events.yaml SUPPORT "نوه" with unless_after "إلى أن"، "بأن": a remark, not praise; "نوه ب" + noun still praises
    assert not [r for r in _records(_run("ونوه وزير الخارجية الأردني إلى أن الحكومة المصرية ستفتح المعبر قريبا."))
                if r[0] == "SUPPORT"]
    assert ("SUPPORT", "JOR", "EGY") in [r[:3] for r in _records(_run("ونوه وزير الخارجية الأردني بجهود الحكومة المصرية في غزة."))]


def test_discussed_it_is_not_urged_her() -> None:
    # events.yaml CONSULT "بحثه"، "بحثها"، "بحثهم": the glued object of "بحث", not "ب" + "حثها" (REQUEST)
    assert not [r for r in _records(_run("وعرضت الصحيفة القضايا التي بحثها وزير الخارجية المصري في باريس."))
                if r[0] == "REQUEST"]
    assert not [r for r in _records(_run("وتواصل الحكومة المصرية بحثها عن حل للأزمة مع إثيوبيا.")) if r[0] == "REQUEST"]
    assert ("REQUEST", "EGY", "JOR") in [r[:3] for r in _records(_run(
        "وحث الرئيس المصري عبد الفتاح السيسي الحكومة الأردنية على فتح الحدود."))]


def test_carrying_out_an_attack_with_the_verbal_noun_is_an_assault() -> None:
    # events.yaml ASSAULT "بمهاجمة" (after "قام"، "رد"): the act done; the bare "مهاجمة" of a plan stays out
    assert ("ASSAULT", "IRQ") in [r[:2] for r in _records(_run(
        "وقالت مصادر أمنية إن الجيش العراقي قام بمهاجمة مواقع تنظيم داعش في الأنبار."))]
    assert not [r for r in _records(_run("وقالت الشرطة إن الرجلين كانا يعتزمان مهاجمة قاعدة عسكرية في العراق."))
                if r[0] == "ASSAULT"]


def test_an_inquiry_opened_against_someone_is_an_accusation() -> None:
    # events.yaml ACCUSE "تحقيقا ضد": the verb "فتحت" too far before it, across a date
    recs = _records(_run("وفتحت النيابة العامة المصرية، يوم الأحد الماضي، تحقيقا ضد وزير الزراعة المصري السابق."))
    assert [r for r in recs if r[0] == "ACCUSE" and r[1] == "EGY"]


def test_ambushes_set_in_the_plural_are_an_assault() -> None:
    # events.yaml ASSAULT "الكمائن التي نصبتها"، "نصب الكمائن": ambushes laid; the bare "كمائن" (checkpoints) stays out
    assert ("ASSAULT", "SAU") in [r[:2] for r in _records(_run(
        "قتل ثلاثة جنود سعوديين في الكمائن التي نصبتها قوات الحوثيين قرب الحدود اليمنية."))]


def test_a_visit_months_after_the_news_is_its_reference_point() -> None:
    # modality.yaml hypothetical "قبل ثلاثة أشهر من": the visit comes later, none held yet
    assert not [r for r in _records(_run(
        "وجاء قرار الحكومة البريطانية قبل ثلاثة أشهر من زيارة الرئيس الصيني إلى بريطانيا."))
                if r[0] == "CONSULT"]


def test_a_suspect_named_in_a_bombing_is_no_new_attack() -> None:
    # events.yaml ASSAULT "تفجير"، "هجوم" unless_before "مشتبه به في": the blast is already reported
    assert not [r for r in _records(_run("وأعلن وزير الداخلية التركي أنه جرى تحديد مشتبه به في تفجير أنقرة."))
                if r[0] == "ASSAULT"]
    assert ("ASSAULT", "TUR") in [(r[0], r[2]) for r in _records(_run(
        "قتل عشرة جنود أتراك في تفجير انتحاري نفذه مسلحون في أنقرة."))]


def test_a_phone_interview_with_the_paper_is_no_call() -> None:
    # events.yaml CONSULT "اتصال هاتفي" unless_after "أجرته معه": the paper's interview with its source
    assert not [r for r in _records(_run("وقال وزير الخارجية اليمني في اتصال هاتفي أجرته معه الصحيفة إن الحوثيين رفضوا."))
                if r[0] == "CONSULT"]


def test_burnings_named_as_a_kind_of_deed_are_no_arson() -> None:
    # events.yaml ASSAULT "حرق" unless_before "عمليات"، "أعمال": a kind of deed, no arson reported
    assert not [r for r in _records(_run(
        "واتهم التقرير منظمات المستوطنين الإسرائيليين بالوقوف وراء عمليات حرق المساجد الفلسطينية."))
                if r[0] == "ASSAULT"]


def test_victories_scored_on_the_battlefield_are_fighting() -> None:
    # events.yaml ASSAULT "حققت انتصارات"، "أحرزت انتصارات": battlefield gains, not a relative recalling old wins
    assert ("ASSAULT", "YEM") in [(r[0], r[1]) for r in _records(_run(
        "وقال قائد عسكري يمني إن قوات الجيش اليمني أحرزت انتصارات في محافظة أبين خلال اليومين الماضيين."))]


def test_the_verb_hajama_ala_is_an_attack() -> None:
    # events.yaml ASSAULT "هجمت ... على": a physical attack, the target after "على"
    assert ("ASSAULT", "SYR") in [(r[0], r[2]) for r in _records(_run(
        "وكانت جماعة مسلحة قد هجمت على قوات الجيش السوري قرب مدينة حماة."))]


def test_fighters_who_fled_their_positions_retreat() -> None:
    # events.yaml RETREAT "فروا من": fighters leaving a front or a post; refugees fleeing a war are no retreat
    assert ("RETREAT", "YEM") in [(r[0], r[1]) for r in _records(_run(
        "وقالت مصادر عسكرية إن عناصر الميليشيات الحوثية فروا من مواقعهم أمام تقدم الجيش اليمني."))]
    assert not [r for r in _records(_run(
        "وقالت الأمم المتحدة إن آلاف اللاجئين السوريين فروا من الحرب إلى تركيا."))
                if r[0] == "RETREAT"]


def test_security_forces_spreading_through_an_area_mobilize() -> None:
    # events.yaml MOBILIZE "انتشرت" requires_after the forces: a deployment; rumours that spread are none
    assert ("MOBILIZE", "EGY") in [(r[0], r[1]) for r in _records(_run(
        "وانتشرت قوات الأمن المصرية في محيط الميدان الرئيسي بالمدينة."))]
    assert not [r for r in _records(_run("وانتشرت الشائعات في المدينة بسرعة كبيرة."))
                if r[0] == "MOBILIZE"]


def test_fighters_laying_mines_mobilize() -> None:
    # events.yaml MOBILIZE "يزرعون الألغام": mines laid by fighters, the finite verb with the definite mines
    assert ("MOBILIZE", "YEM") in [(r[0], r[1]) for r in _records(_run(
        "وقال مسؤول محلي إن الحوثيين يزرعون الألغام في الطرق المؤدية إلى المدينة."))]


def test_regret_voiced_at_a_failure_is_disapproval() -> None:
    # events.yaml ACCUSE "عن أسفه": regret at another's act; sorrow for the dead ("لسقوط قتلى") is none
    assert ("ACCUSE", "LBN") in [(r[0], r[1]) for r in _records(_run(
        "وأعرب الرئيس اللبناني ميشال عون عن أسفه من تعطيل عمل الحكومة."))]
    assert not [r for r in _records(_run(
        "وأعرب الرئيس اللبناني ميشال عون عن أسفه لسقوط قتلى في الحادث."))
                if r[0] == "ACCUSE"]


def test_relief_goods_to_be_received_are_no_aid() -> None:
    # events.yaml AID "الإغاثية" unless_before "لاستلام المساعدات": relief to be received, none delivered
    assert not [r for r in _records(_run(
        "وقال مسؤول يمني إن الحوثيين يمنعون المواطنين في تعز من الحصول على المساعدات الإغاثية."))
                if r[0] == "AID"]


def test_members_of_a_group_seized_in_a_tally_are_an_arrest() -> None:
    # events.yaml COERCE bare "ضبط" requires_after "المنتمين": followers of a group held, a number between
    assert ("COERCE",) in [(r[0],) for r in _records(_run(
        "وأعلنت وزارة الداخلية السعودية ضبط 40 من المنتمين لتنظيم داعش في الرياض."))]


def test_a_single_air_strike_with_its_verb_before_is_an_assault() -> None:
    # events.yaml ASSAULT bare "ضربة جوية" (aerial): the singular strike, as "ضربات جوية"
    assert ("ASSAULT", "SYR") in [(r[0], r[1]) for r in _records(_run(
        "وقال مصدر عسكري إن الجيش السوري نفذ ضربة جوية على مواقع المسلحين قرب حلب."))]


def test_an_invitation_to_visit_accepted_is_agreement_not_a_request() -> None:
    # events.yaml AGREE "قبل دعوة لزيارة": longer than REQUEST "دعوة لزيارة"
    records = [(r[0], r[1]) for r in _records(_run(
        "وأعلنت الخارجية أن الرئيس التركي قبل دعوة لزيارة القاهرة."))]
    assert ("AGREE", "TUR") in records
    assert ("REQUEST", "TUR") not in records


def test_forces_stepping_up_their_presence_is_a_police_mobilization() -> None:
    # events.yaml MOBILIZE "كثفت" requires its presence ("من تواجدها") behind; stepped-up raids are no deployment
    assert ("MOBILIZE", "EGY") in [(r[0], r[1]) for r in _records(_run(
        "كثفت قوات الأمن المصرية من تواجدها في شوارع الإسكندرية."))]
    assert "MOBILIZE" not in [r[0] for r in _records(_run(
        "وكثفت القوات المصرية غاراتها على مواقع المسلحين في سيناء."))]


def test_stepped_up_security_measures_are_a_police_mobilization() -> None:
    # events.yaml MOBILIZE police "تكثيف الإجراءات الأمنية", as "تشديد الإجراءات الأمنية"
    assert ("MOBILIZE", "EGY") in [(r[0], r[1]) for r in _records(_run(
        "أعلنت وزارة الداخلية المصرية تكثيف الإجراءات الأمنية في القاهرة."))]


def test_a_visit_the_delegation_will_accompany_is_still_to_come() -> None:
    # modality.yaml future "سيرافق": the visit named after the future verb of accompanying is planned
    assert "CONSULT" not in [r[0] for r in _records(_run(
        "وقالت مصادر إن وفدا تجاريا ألمانيا سيرافق المستشارة ميركل في زيارتها إلى الجزائر."))]


def test_springing_a_surprise_is_no_bombing() -> None:
    # events.yaml ASSAULT "تفجير" unless_after "مفاجأة": a metaphor, as for the verb "فجرت"
    assert "ASSAULT" not in [r[0] for r in _records(_run(
        "وتعهد الرئيس الفلسطيني في اجتماع للحركة بتفجير مفاجأة في الأمم المتحدة."))]


def test_voices_of_opposition_are_no_rejection() -> None:
    # events.yaml REJECT "الرفض" unless_before "أصوات": a public mood, no one refusal
    assert "REJECT" not in [r[0] for r in _records(_run(
        "وقال محللون إن أصوات الرفض للقانون الجديد في باكستان تراجعت كثيرا."))]


def test_a_conviction_on_charges_is_no_condemnation() -> None:
    # events.yaml ACCUSE "إدانته" unless_after "بتهمتين": a court's conviction, not a condemnation
    assert "ACCUSE" not in [r[0] for r in _records(_run(
        "وكانت محكمة في القاهرة قد أيدت إدانته بتهمتين تتعلقان بالفساد."))]
    # a condemnation stays one
    assert ("ACCUSE", "SAU") in [(r[0], r[1]) for r in _records(_run(
        "وأدانت المملكة العربية السعودية الهجوم الإرهابي على المسجد في الكويت."))]


def test_the_task_of_coordinating_an_offering_is_no_cooperation() -> None:
    # events.yaml COOPERATE "تنسيق" unless_before "مهمة": a task assigned, no coordination between sides
    assert "COOPERATE" not in [r[0] for r in _records(_run(
        "وأعلنت الحكومة الهولندية أن بنكين أمريكيين يتوليان مهمة تنسيق بيع أسهم المصرف."))]


def test_training_to_repel_an_attack_is_no_attack() -> None:
    # events.yaml ASSAULT "هجوم" unless_before "للتصدي لل": repelling as the purpose of training
    assert "ASSAULT" not in [r[0] for r in _records(_run(
        "وقال مسؤول إن المتطوعين تلقوا تدريبات في الأردن للتصدي للهجوم المتوقع."))]


def test_an_act_someone_is_to_be_helped_in_is_a_purpose() -> None:
    # modality.yaml hypothetical "لمساعدة": the destruction is what the help is for, not an attack reported
    assert "ASSAULT" not in [r[0] for r in _records(_run(
        "وقال رئيس الوزراء الأسترالي إنه يريد إرسال خبراء لمساعدة العراق في تدمير معاقل المتطرفين."))]


def test_a_challenge_named_after_a_preposition_is_no_defiance() -> None:
    # events.yaml REJECT "تحد" unless_before a glued ل/ال or a preposition: the noun, a purpose or a grievance
    assert "REJECT" not in [r[0] for r in _records(_run(
        "وتسعى الحكومة اليمنية لجعل المدينة قاعدة لتحدي سيطرة المتمردين على العاصمة."))]
    assert "REJECT" not in [r[0] for r in _records(_run(
        "وقال النائب إن رئيس البرلمان الإيراني غاضب بسبب تحدي الرئيس للبرلمان."))]



def test_a_delegation_walking_out_of_talks_rejects_them() -> None:
    # events.yaml REJECT "انسحب من المفاوضات"; RETREAT "انسحب" unless_after "من المفاوضات": no forces withdrawn
    recs = _records(_run("وقال مسؤول إن الوفد الفلسطيني انسحب من المفاوضات مع إسرائيل بعد خلاف على الحدود."))
    assert "RETREAT" not in [r[0] for r in recs]
    assert "REJECT" in [r[0] for r in recs]


def test_a_travel_warning_to_a_states_own_citizens_is_no_threat() -> None:
    # events.yaml THREATEN "حذر" unless_after "مواطنيها"/"لرعاياها": travel advice, no threat to anyone
    assert "THREATEN" not in [r[0] for r in _records(_run(
        "وحذرت الحكومة الكندية مواطنيها من السفر إلى لبنان بسبب الاضطرابات."))]
    assert "THREATEN" not in [r[0] for r in _records(_run(
        "وجاء التحذير البريطاني لرعاياها بعد اشتباكات قرب الحدود مع مالي."))]


def test_police_receiving_tips_is_no_intelligence_sharing() -> None:
    # events.yaml COOPERATE: no bare "معلومات استخباراتية"; a country's own police acting on tips
    assert "COOPERATE" not in [r[0] for r in _records(_run(
        "واعتقلت الشرطة المغربية ثلاثة مشتبه بهم بعد أن تلقت معلومات استخباراتية عن مخطط لتفجير في الرباط."))]


def test_a_mediators_role_described_is_no_mediation() -> None:
    # events.yaml CONSULT third-party: no bare noun "وسيط", a role described rather than talks brokered
    assert "CONSULT" not in [r[0] for r in _records(_run(
        "ويتعين على الصين أن تلعب دور الوسيط بين الهند وباكستان."))]


def test_security_measures_stepped_up_are_a_police_mobilisation() -> None:
    # events.yaml MOBILIZE: "عززت/شددت/رفعت ... إجراءاتها/تدابيرها الأمنية", the force's own measures behind the verb
    doc = _run("وقال بيان إن الشرطة الأردنية عززت من إجراءاتها الأمنية حول السفارات في عمان.")
    assert [r[:2] for r in _records(doc)] == [("MOBILIZE", "JOR")]
    assert "MOBILIZE" not in [r[0] for r in _records(_run("وعززت الأردن علاقاتها مع مصر في مجال التجارة."))]


def test_a_government_standing_with_a_side_supports_it() -> None:
    # events.yaml SUPPORT "تقف مع / تقف إلى جانب": a state standing with the side named behind the verb
    recs = _records(_run("وأكد الوزير أن الحكومة الأردنية تقف مع الشعب العراقي في محنته."))
    assert [r[:3] for r in recs if r[0] == "SUPPORT"] == [("SUPPORT", "JOR", "IRQ")]


def test_measures_stepped_up_in_an_area_are_a_mobilisation() -> None:
    # events.yaml MOBILIZE "عززت ... إجراءاتها بمنطقة/في محيط": the force's measures set on a place
    doc = _run("وقال المتحدث إن الشرطة الأردنية عززت من إجراءاتها في محيط المطار الدولي.")
    assert [r[:2] for r in _records(doc)] == [("MOBILIZE", "JOR")]
    assert "MOBILIZE" not in [r[0] for r in _records(_run(
        "وقال الوزير إن الحكومة الأردنية عززت من إجراءاتها لمواجهة الغلاء."))]


def test_a_fight_vowed_to_go_on_until_a_foe_is_driven_out_is_a_threat() -> None:
    # events.yaml THREATEN "لن تتوقف حتى" with the foe's defeat behind; not a project run to a date
    assert "THREATEN" in [r[0] for r in _records(_run(
        "وقال الوزير إن الحكومة العراقية لن تتوقف حتى تحرير الموصل من تنظيم داعش."))]
    assert "THREATEN" not in [r[0] for r in _records(_run(
        "وأكد المسؤول أن العمل في المشروع لن يتوقف حتى نهاية العام."))]


def test_control_imposed_on_a_place_is_ground_taken() -> None:
    # events.yaml ASSAULT "من فرض سيطرتها على": forces took the place; not a control merely sought
    recs = _records(_run("وتمكنت القوات العراقية أمس من فرض سيطرتها على مواقع تنظيم داعش في الأنبار."))
    assert "ASSAULT" in [r[0] for r in recs]
    assert "ASSAULT" not in [r[0] for r in _records(_run(
        "وقال المسؤول إن الجماعة تحاول فرض سيطرتها على الاقتصاد."))]


def test_a_clause_opened_by_a_connective_has_sides_of_its_own() -> None:
    # roles.yaml clause_connectives: "، فيما قصفت الطائرات الروسية": the second strike is Russia's, and
    # the first clause's target is not taken from the second clause's subject
    recs = _records(_run("قصفت الطائرات التركية مواقع داعش في الرقة، فيما قصفت الطائرات الروسية مواقع المعارضة في إدلب."))
    assert ("ASSAULT", "TUR", None) in recs
    assert ("ASSAULT", "RUS", "SYR") in recs
    assert ("ASSAULT", "TUR", "RUS") not in recs
    recs = _records(_run("انتقدت فرنسا الحكومة السورية، بينما انتقدت روسيا الولايات المتحدة."))
    assert ("ACCUSE", "FRA", "SYR") in recs and ("ACCUSE", "RUS", "USA") in recs


def test_a_connective_after_a_comma_closes_the_clause_before_it() -> None:
    # "، فيما نفذت الطائرات الروسية غارات": the Russian aircraft are the next clause's subject, not the
    # target of the Turkish strike
    recs = _records(_run("قصفت الطائرات التركية مواقع داعش في الرقة، فيما نفذت الطائرات الروسية غارات على إدلب."))
    assert ("ASSAULT", "TUR", None) in recs
    assert ("ASSAULT", "TUR", "RUS") not in recs


def test_a_connective_the_next_word_makes_none_cuts_nothing() -> None:
    # roles.yaml clause_connective_not: "، فيما يتعلق بالأمن،" is "as for security", no clause of its
    # own: the counterpart named after it is still a side of the talks
    recs = _records(_run("وبحث العاهل الأردني الملك عبدالله الثاني، فيما يتعلق بالأمن، مع وزير الخارجية القطري "
                         "الذي انتقد إيران."))
    assert ("CONSULT", "JOR", "QAT") in recs


def test_co_subjects_of_a_condemnation_did_not_carry_out_the_attack_it_condemns() -> None:
    # "أدانت السعودية والإمارات والبحرين الهجوم ...": each state listed behind the verb condemns the
    # attack; none of them struck (nor was struck by another of the list)
    recs = _records(_run("أدانت السعودية والإمارات والبحرين الهجوم الإرهابي الذي استهدف مسجدا للشرطة الكويتية."))
    assert {r for r in recs if r[0] == "ACCUSE"} == {("ACCUSE", "SAU", None), ("ACCUSE", "ARE", None),
                                                     ("ACCUSE", "BHR", None)}
    assert [r for r in recs if r[0] == "ASSAULT"] == [("ASSAULT", None, "KWT")]

def test_two_states_agreed_in_a_dual_adjective_agree() -> None:
    # events.yaml AGREE "متفقتان على": the two named before it agree, as with the dual verb "اتفقتا"
    recs = _records(_run("وأكد الوزير أن تركيا والولايات المتحدة متفقتان على العمل معا."))
    assert recs == [("AGREE", "TUR", "USA")]


def test_an_office_holder_dismissed_is_a_change_in_leadership() -> None:
    # events.yaml CONCEDE "أقال": the one who dismissed acts on the one dismissed; the noun "إقالة" (folds like
    # "أقاله") is mostly asked for, no dismissal done
    recs = _records(_run("وأقال الرئيس النيجيري محمد بخاري وزير الدفاع النيجيري."))
    assert recs == [("CONCEDE", "NGA", "NGA")]
    assert "CONCEDE" not in [r[0] for r in _records(_run("وقال الوزير إن الحكومة تسعى إلى إقالة قادة الجيش."))]


def test_a_participle_of_menace_after_a_statement_is_a_threat() -> None:
    # events.yaml THREATEN "متوعدا": the speaker of the clause before threatens the side named after it
    recs = _records(_run("وأعلن الرئيس اليمني عبد ربه منصور هادي تحرير عدن، متوعدا الحوثيين بيوم لن ينسوه."))
    assert ("THREATEN", "YEM", "YEM") in recs
    # "متوعدا بمفاجآت وأخبار طيبة": good news promised
    assert "THREATEN" not in [r[0] for r in _records(_run(
        "وأشاد رئيس الوزراء اليمني خالد بحاح بالمقاومة، متوعدا بمفاجآت وأخبار طيبة خلال الأسبوع المقبل."))]


def test_an_objection_with_its_preposition_is_a_rejection_not_an_interception() -> None:
    # events.yaml REJECT "يعترض على": an objection; bare "اعترضت" with a missile after it is an interception
    recs = _records(_run("وقال السناتور الأمريكي إنه يعترض على تصريحات الرئيس الإيراني حسن روحاني."))
    assert recs == [("REJECT", "USA", "IRN")]
    assert "REJECT" not in [r[0] for r in _records(_run("واعترضت الدفاعات الجوية السعودية صاروخا أطلقه الحوثيون."))]


def test_the_cuban_foreign_minister_named_alone_is_cuban() -> None:
    # kb_data persons.yaml Bruno Rodríguez: named without his title he was read as of the country he visited
    recs = _records(_run("وتوجه برونو رودريغيز بعد ذلك إلى وزارة الخارجية للقاء نظيره الأميركي جون كيري."))
    assert recs == [("CONSULT", "CUB", "USA")]
