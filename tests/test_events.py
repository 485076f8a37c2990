"""Events: triggers, actors, modality on the sample articles and on small sentences; merging."""

from __future__ import annotations

import copy

import pytest
from conftest import sample
from spacy.language import Language

from parallax.config import Options
from parallax.corpus import Corpus, run_corpus_stages
from parallax.errors import ConfigError
from parallax.extract.events import events_of_doc, find_commitments
from parallax.extract.events_actors import code_of, event_codes, name_code
from parallax.extract.events_lexicon import load_lexicon
from parallax.records import Article, Event, EventMention, Extraction
from parallax.stories.events import same_event

Analysed = dict[str, tuple[Article, Extraction]]


def codes(event: Event) -> tuple[set[str], set[str]]:
    actors, recipients = event_codes(event.type, event.actors, event.recipients)
    return set(actors), set(recipients)


def events_of(nlp: Language, text: str) -> list[Event]:
    return events_of_doc(nlp(text), Article(id="t", text=text, published="2024-06-20"), anchored_only=False)


@pytest.fixture(scope="module")
def merged(analysed: Analysed, options: Options) -> Corpus:
    """The samples through the corpus stages (stories infer the dates, then events merge)."""
    return run_corpus_stages(Corpus.of(copy.deepcopy(list(analysed.values()))), options=options)


def test_lexicon_types_are_plover() -> None:
    lexicon = load_lexicon()
    types = {r.type for r in lexicon.all_readings()}
    assert types <= set(lexicon.types)
    assert {"AGREE", "CONSULT", "SUPPORT", "ACCUSE", "REJECT", "AID", "ASSAULT"} <= types


def test_fallback_names_cover_demonyms_capitals_and_igos() -> None:
    assert name_code("Hungarian") == "HUN"
    assert name_code("Pyongyang") == "PRK"
    assert name_code("Palestinians") == "PSE"
    assert code_of(name_code("U.N. Security Council") or "") == "IGO"


def test_kim_pledges_support_for_russia(analysed: Analysed) -> None:
    _, extraction = sample(analysed, "003")
    support = [e for e in extraction.events if e.type == "SUPPORT" and "pledged" in e.mentions[0].trigger]
    assert support, [(e.type, e.mentions[0].trigger) for e in extraction.events]
    actors, recipients = codes(support[0])
    assert "PRK" in actors and "RUS" in recipients
    assert support[0].mentions[0].date_text == "Wednesday"


def test_treaty_signing_is_joint_with_commitments(analysed: Analysed) -> None:
    _, extraction = sample(analysed, "001")
    treaties = [e for e in extraction.events if e.type == "AGREE" and e.mode == "treaty"]
    assert treaties
    actors, recipients = codes(treaties[0])
    assert {"RUS", "PRK"} <= actors and not recipients
    assert any("mutual assistance in the event of aggression" in c for c in treaties[0].commitments)


def test_veto_is_reject_by_russia_in_march(analysed: Analysed) -> None:
    _, extraction = sample(analysed, "001")
    veto = next(e for e in extraction.events if e.type == "REJECT" and "veto" in e.mentions[0].trigger)
    actors, recipients = codes(veto)
    assert actors == {"RUS"} and all(r.startswith("IGO") for r in recipients)
    assert veto.mentions[0].date_text == "March"


def test_blinken_criticism_is_accuse_by_us(analysed: Analysed) -> None:
    _, extraction = sample(analysed, "003")
    accuse = next(e for e in extraction.events if e.type == "ACCUSE" and e.mentions[0].trigger == "criticized")
    actors, recipients = codes(accuse)
    assert actors == {"USA"} and "RUS" in recipients


def test_munitions_transfers_are_reported_aid_with_reporter(analysed: Analysed) -> None:
    _, extraction = sample(analysed, "001")
    aid = [e for e in extraction.events if e.type == "AID" and e.mode == "military" and "PRK" in codes(e)[0]]
    reported = [e for e in aid if e.mentions[0].modality == "reported"]
    assert reported and all(e.mentions[0].reported_by for e in reported)
    assert any("RUS" in codes(e)[1] for e in reported)


def test_arms_transfers_denied(analysed: Analysed) -> None:
    _, extraction = sample(analysed, "003")
    denied = [e for e in extraction.events if e.mentions[0].modality == "denied"]
    assert denied and denied[0].type == "AID"
    assert {"RUS", "PRK"} <= codes(denied[0])[0]


def test_content_farm_speculation_is_never_asserted(analysed: Analysed) -> None:
    hedged = [
        e
        for key in ("000", "002", "004")
        for e in sample(analysed, key)[1].events
        if any(k in e.mentions[0].text for k in ("could heighten", "could lead", "may complicate", "could provide"))
    ]
    assert hedged
    assert all(e.mentions[0].modality == "speculative" for e in hedged)


def test_passive_negation_coordination_and_reported_speech(nlp: Language) -> None:
    passive = events_of(nlp, "A camp for Congolese refugees was attacked by Burundian militiamen.")[0]
    assert passive.type == "ASSAULT" and codes(passive) == ({"BDI"}, {"COD"})
    negated = events_of(nlp, "Russia did not sign the treaty with Japan.")[0]
    assert negated.type == "AGREE" and negated.mentions[0].modality == "denied"
    joint = events_of(nlp, "Senior Hungarian and Romanian officials agreed on Wednesday to cooperate.")[0]
    assert joint.type == "AGREE" and codes(joint)[0] == {"HUN", "ROU"}
    said = events_of(nlp, "Egyptian officials said that Israel had expelled two Turkish diplomats.")[0]
    assert said.type == "SANCTION" and said.mentions[0].modality == "reported"
    assert codes(said) == ({"ISR"}, {"TUR"})


def test_intent_and_threat(nlp: Language) -> None:
    assert events_of(nlp, "Finland will give Tanzania a grant of 5 million dollars.")[0].type == "AGREE"
    threat = events_of(nlp, "Iran threatened to launch an offensive unless Iraq accepted its conditions.")[0]
    assert threat.type == "THREATEN" and codes(threat) == ({"IRN"}, {"IRQ"})


def test_an_intent_whose_verb_phrase_is_misparsed_is_read_by_its_object_noun(nlp: Language) -> None:
    text = "Addressing reporters, Trump also vowed to impose blanket tariffs on all oil and gas imports by Feb. 18."
    assert [e.type for e in events_of(nlp, text)][:1] == ["THREATEN"]
    assert events_of(nlp, "Britain offered to hand over the islands to Argentina.")[0].type == "AGREE"


def test_commitments_of_an_agreement(nlp: Language) -> None:
    doc = nlp("The new pact includes a promise of mutual assistance if either country is attacked.")
    assert find_commitments(doc) == ["a promise of mutual assistance if either country is attacked"]


def _event(type_: str, actors: list[str], recipients: list[str], date: str | None, article: str = "a") -> Event:
    mention = EventMention(article=article, start=0, end=1, text="x")
    return Event(id="e", type=type_, actors=actors, recipients=recipients, date=date, mentions=[mention])


def test_same_event_rules() -> None:
    host = _event("CONSULT", ["PRK"], ["RUS"], "2024-06-19")
    visit = _event("CONSULT", ["RUS"], ["PRK"], None)
    other = _event("CONSULT", ["RUS"], ["VNM"], "2024-06-20")
    assert same_event(host, visit) and not same_event(host, other)
    assert same_event(_event("AID", ["PRK"], ["RUS"], "2024-06-11"), _event("AID", ["PRK"], [], "2024-06-11"))
    assert not same_event(_event("AID", ["PRK"], ["RUS"], "2024-06"), _event("AID", ["RUS"], ["PRK"], "2024-06"))
    assert not same_event(
        _event("AID", ["PRK"], ["RUS"], None), _event("AID", ["PRK"], ["RUS"], None), same_story=False
    )


def test_treaty_counted_once_across_articles(merged: Corpus) -> None:
    treaties = [e for e in merged.events if e.type == "AGREE" and e.mode == "treaty" and e.num_articles > 1]
    assert len(treaties) == 1
    treaty = treaties[0]
    assert treaty.num_articles >= 3 and treaty.num_sources >= 3
    assert {"RUS", "PRK"} <= codes(treaty)[0]
    assert treaty.date == "2024-06-19"
    assert any("mutual assistance" in c for c in treaty.commitments)


def test_visit_counted_once_and_dated(merged: Corpus) -> None:
    visits = [e for e in merged.events if e.type == "CONSULT" and e.mode == "visit" and e.num_articles >= 3]
    assert len(visits) == 1
    assert visits[0].date == "2024-06-19"
    assert {"RUS", "PRK"} <= codes(visits[0])[0] | codes(visits[0])[1]


def types_of(nlp: Language, text: str) -> list[str]:
    return [e.type for e in events_of(nlp, text)]


def test_sense_of_the_trigger_in_context(nlp: Language) -> None:
    assert "ASSAULT" not in types_of(nlp, "President Joe Biden told reporters to shoot him an email.")
    assert "ASSAULT" not in types_of(nlp, "“We did not cut off weapons to Israel,” Blinken shot back.")
    strike = types_of(nlp, "Israel's missile strike on the camp killed 12 people.")
    assert "ASSAULT" in strike and "PROTEST" not in strike
    assert "PROTEST" in types_of(nlp, "French unions held a strike against the government.")
    assert "RETREAT" not in types_of(nlp, "China's statistics bureau released separate data on Tuesday.")
    fired = events_of(nlp, "Prime Minister Benjamin Netanyahu fired Defense Minister Yoav Gallant.")
    assert [e.type for e in fired] == ["SANCTION"]


def test_aims_questions_and_stances_are_no_events(nlp: Language) -> None:
    assert types_of(nlp, "Russia wants to seize Kyiv.") == []
    assert types_of(nlp, "Asked if he would attack Iran, Netanyahu smiled.") == []
    assert types_of(nlp, "Turkey, which backs the Syrian opposition, met Russia in Ankara.") == ["CONSULT"]
    assert types_of(nlp, "More than 1,200 Israelis have been killed since the fighting began.") == []


def test_modality_historical_hypothetical_and_own_words(nlp: Language) -> None:
    old = events_of(nlp, "Israel was founded in 1948 after the United Nations backed partition.")
    assert old and all(e.mentions[0].modality == "historical" for e in old)
    [attack] = events_of(nlp, "If Iran attacks Israel, Jordan fears it will be drawn in.")
    assert attack.mentions[0].modality == "hypothetical"
    threat = events_of(nlp, "Russia threatened to strike Kyiv if Ukraine attacks Crimea.")
    assert [e.type for e in threat] == ["THREATEN"]
    [praise] = events_of(nlp, "President Joe Biden said he welcomed Britain's leadership.")
    assert praise.type == "SUPPORT" and praise.mentions[0].modality == "asserted"


def test_an_event_shown_names_who_did_it(nlp: Language) -> None:
    text = "Another American hostage was freed Wednesday. She called Dempsey Walters, who was on duty."
    assert events_of_doc(nlp(text), Article(id="t", text=text, published="2024-06-20")) == []
    assert [e.type for e in events_of(nlp, "Another American hostage was freed Wednesday.")] == ["RETREAT"]


def test_a_surname_that_looks_like_a_demonym_is_no_state(nlp: Language) -> None:
    doc = nlp("England forward Alessia Russo scored twice. Russo said the team was ready for the Russo-Ukrainian war.")
    linked = [(m.text, m.actor) for m in doc._.mentions if m.actor == "RUS"]
    assert linked == [("Russo", "RUS")]  # only the combining form before a hyphen
    assert next(m.start for m in doc._.mentions if m.actor == "RUS") == doc.text.index("Russo-")


def test_a_surname_that_looks_like_a_demonym_names_no_actor(nlp: Language) -> None:
    for text in (
        "Conservative columnist David French criticized Biden on Monday.",
        "Mr. French condemned the strikes.",
    ):
        assert all("FRA" not in codes(e)[0] for e in events_of(nlp, text))
    [promise] = events_of(
        nlp, "British Defence Secretary Tom King has promised to continue military aid to Mozambique."
    )
    assert codes(promise) == ({"GBR"}, {"MOZ"})  # a demonym before a title still names the country


def test_a_generic_agent_acts_for_the_country_of_its_place(nlp: Language) -> None:
    [arrest] = events_of(nlp, "Police arrested 30 protesters in Tehran on Monday.")
    assert arrest.type == "COERCE" and codes(arrest)[0] == {"IRN"}
    # objects that are agents are too often things: "military intelligence" is no recipient
    [aid] = events_of(nlp, "The United States is providing aerial photographs and other military intelligence.")
    assert codes(aid) == ({"USA"}, set())


def test_it_as_subject_is_the_latest_state_subject(nlp: Language) -> None:
    events = events_of(nlp, "China has not condemned the war. It has refused to condemn Moscow's invasion.")
    refusal = next(e for e in events if e.type == "REJECT")
    assert codes(refusal)[0] == {"CHN"}


def test_one_sides_exercises_are_a_show_of_force(nlp: Language) -> None:
    [drill] = events_of(nlp, "China held military exercises near Taiwan on Monday.")
    assert drill.type == "MOBILIZE"
    joint = events_of(nlp, "French and Egyptian warships on Monday launched 10 days of war games.")
    assert [e.type for e in joint] == ["COOPERATE"]


def test_field_dictionary_readings_are_unsure(nlp: Language) -> None:
    text = "Both sides reinforced border troops amid the crisis between Thailand and Cambodia."
    doc = nlp(text)
    article = Article(id="t", text=text, published="2024-06-20")
    assert [e.type for e in events_of_doc(doc, article, anchored_only=False)] == ["MOBILIZE"]
    assert events_of_doc(doc, article) == []  # only the PETRARCH2 table reads "reinforce"


def test_word_lists_live_in_the_lexicon_file() -> None:
    from parallax.extract.events_lexicon import word_list

    assert "want" in word_list("aim_verbs") and "medal" in word_list("sport_words")
    with pytest.raises(ConfigError):
        word_list("no_such_list")


def test_a_mislemmatised_verb_reads_by_its_regular_base_form(nlp: Language) -> None:
    text = "Tens of thousands of students throughout Indonesia staged mass demonstrations Saturday to demand reforms."
    assert events_of(nlp, text)[0].type == "PROTEST"  # "staged" (lemma "stag") is the light verb "stage"


def test_duties_facts_agreed_and_unknown_intents_are_no_events(nlp: Language) -> None:
    assert events_of(nlp, "The treaty requires members to prohibit the sale of tobacco to minors.") == [] or all(
        e.type != "SANCTION" for e in events_of(nlp, "The treaty requires members to prohibit the sale of tobacco.")
    )
    assert events_of(nlp, "The U.S. government and TikTok agree that the app would degrade.") == []
    assert events_of(nlp, "North Korea said Monday it is ready to launch multiple satellites.") == []
    assert events_of(nlp, "French President Francois Hollande returned to Paris from Avignon.") == []
    [release] = events_of(nlp, "Hamas returned 20 hostages to Israel.")
    assert release.type == "RETREAT"


def test_the_writers_future_is_the_event_planned_a_stated_one_an_intent(nlp: Language) -> None:
    [meeting] = events_of(nlp, "Putin and Trump will meet in Anchorage, Alaska.")
    assert meeting.type == "CONSULT" and meeting.mentions[0].modality == "planned"
    [aid] = events_of(nlp, "The United Nations will provide 25,000 tons of food aid to Liberia, the WFP said.")
    assert aid.type == "AGREE"


def test_standing_stances_and_named_documents_are_no_events(nlp: Language) -> None:
    assert events_of(nlp, "America's staunch support of Ukraine has come under fire.") == []
    assert all(e.type != "AGREE" for e in events_of(nlp, "The WHO treaty requires members to act."))
    [voiced] = events_of(nlp, "Germany voiced support for Ukraine on Monday.")
    assert voiced.type == "SUPPORT"


def test_unsure_readings_are_skipped_only_where_they_change_nothing(nlp: Language) -> None:
    from parallax.extract.events_triggers import find_triggers

    lexicon = load_lexicon()
    for text in (
        "Both sides reinforced border troops amid the crisis between Thailand and Cambodia.",
        "Officials said Cambodia must reinforce its border troops.",
    ):
        sent = next(nlp(text).sents)
        every = [(t.reading.type, t.token.i) for t in find_triggers(sent, lexicon) if not t.unsure]
        sure = find_triggers(sent, lexicon, unsure=False)
        assert [(t.reading.type, t.token.i) for t in sure] == every and not any(t.unsure for t in sure)
    sent = next(nlp("Officials said Cambodia must reinforce its border troops.").sents)
    assert [t.reading.type for t in find_triggers(sent, lexicon, unsure=False)] == ["REQUEST"]


def test_war_names_are_no_acts_but_dated_invasions_are(nlp: Language) -> None:
    assert "ASSAULT" not in types_of(nlp, "China has refused to condemn Moscow's invasion.")
    assert "ASSAULT" in types_of(nlp, "Russia's February 2022 invasion of Ukraine killed thousands.")


def test_acts_a_demand_asks_for_are_not_told_as_done(nlp: Language) -> None:
    text = "Blinken said that Israel must take steps to allow more food into Gaza."
    assert [e.type for e in events_of(nlp, text)] == ["REQUEST"]
    assert "RETREAT" not in types_of(nlp, "The army said: We call upon all Hamas fighters to surrender.")


def test_the_source_of_an_event_noun_acts(nlp: Language) -> None:
    [criticism] = [e for e in events_of(nlp, "Criticism from Germany was swift.") if e.type == "ACCUSE"]
    assert codes(criticism)[0] == {"DEU"}
    assert "THREATEN" not in types_of(nlp, "Japan worries about the missile threat from North Korea.")


def test_an_actor_saying_it_could_help_another_makes_an_offer(nlp: Language) -> None:
    text = "Putin said that Russia could help North Korea with agricultural development."
    offer = [e for e in events_of(nlp, text) if e.type == "AGREE"]
    assert offer and offer[0].mentions[0].modality == "asserted"


def test_a_state_name_inside_a_company_name_is_no_state(nlp: Language) -> None:
    from parallax.extract.events_actors import ActorMap

    doc = nlp("China Tobacco refused the plan, and the U.S. Navy struck targets.")
    amap = ActorMap(doc)
    assert amap.of(doc[0]) is None  # "China" of "China Tobacco"
    assert amap.of(doc[8]) == "USA"  # "U.S." of "the U.S. Navy": an organ of the state


def test_a_hyphenated_event_noun_reads_whole_and_its_year_dates_it(nlp: Language) -> None:
    text = "The fighting paused after a 2020 cease-fire between Russia and Turkey."
    [truce] = [e for e in events_of(nlp, text) if e.type == "RETREAT"]
    assert truce.mentions[0].trigger == "cease-fire" and truce.date == "2020"
    assert truce.mentions[0].modality == "historical"


def test_a_call_that_says_what_is_asked_is_a_request(nlp: Language) -> None:
    assert "REQUEST" in types_of(nlp, "Israel's call for civilians to move south drew backlash.")
    assert "REQUEST" not in types_of(nlp, "Israel's call with Washington lasted an hour.")
    assert "REQUEST" not in types_of(nlp, "The protests followed Washington's push to deport migrants.")


def test_an_arrest_without_agent_is_by_the_place(nlp: Language) -> None:
    [arrest] = [
        e for e in events_of(nlp, "An American reporter was detained in Russia in March.") if e.type == "COERCE"
    ]
    assert codes(arrest)[0] == {"RUS"}


def test_a_warning_that_one_must_act_is_an_ultimatum(nlp: Language) -> None:
    text = (
        "The ministers sent a letter to their counterparts in Israel on Sunday warning that Israel must take"
        " steps within 30 days to allow more food into Gaza."
    )
    assert "THREATEN" in types_of(nlp, text) and "REQUEST" not in types_of(nlp, text)


def test_a_failure_is_no_refusal_unless_an_agreement_failed(nlp: Language) -> None:
    assert types_of(nlp, "The Republicans failed to win a Senate majority in last year's elections.") == []
    text = "Palestinians and Israelis failed to reach agreement on the fate of the offices on Sunday."
    assert "REJECT" in types_of(nlp, text)


def test_insisting_on_a_fact_is_a_claim_and_on_a_duty_a_demand(nlp: Language) -> None:
    assert "REQUEST" not in types_of(nlp, "Russian officials insisted the talks would be held in Moscow.")
    assert "REQUEST" in types_of(nlp, "Lawmakers insisted that any aid to Ukraine must be paired with border changes.")


def shown(nlp: Language, text: str) -> list[Event]:
    return events_of_doc(nlp(text), Article(id="t", text=text, published="2024-06-20"))


def test_a_nationality_on_a_private_party_names_no_state_acting(nlp: Language) -> None:
    assert shown(nlp, "Japanese outfielder Masataka Yoshida signed a five-year contract with the Boston Red Sox.") == []
    # one side is political: the private party's nationality codes it
    [suit] = shown(nlp, "A Saudi businessman is suing the United States for damages to his plant.")
    assert codes(suit) == ({"SAU"}, {"USA"})
    # "pro-" and "anti-" name the side a stance is about
    [attack] = shown(nlp, "Pro-Russian separatists attacked Ukrainian troops in Donetsk.")
    assert "RUS" not in codes(attack)[0]
    [protest] = shown(nlp, "Radical French farmers blocked roads near Paris on Monday.")
    assert protest.type == "PROTEST" and codes(protest)[0] == {"FRA"}  # organised protesters act at home


def test_a_judgement_names_whom_it_judges(nlp: Language) -> None:
    assert shown(nlp, "Trump said he supported the causes, lauding the National Guard troops.") == []
    [complaint] = shown(
        nlp, "Nigerian foreign minister Dubem Oniya summoned Niger's ambassador to complain of inaction."
    )
    assert complaint.type == "ACCUSE" and codes(complaint) == ({"NGA"}, {"NER"})
    text = "President Donald Trump slammed Vladimir Putin and complained about his unwillingness to stop the fighting."
    [blame] = [e for e in shown(nlp, text) if e.mentions[0].trigger == "complained"]
    assert codes(blame) == ({"USA"}, {"RUS"})  # whose act is judged
    [mutual] = shown(nlp, "Israelis and Palestinians blamed each other for the explosion.")
    assert codes(mutual)[0] == {"ISR", "PSE"}


def test_a_participle_takes_the_noun_it_modifies_as_actor(nlp: Language) -> None:
    text = "It was a busy week in Washington, with Republicans investigating President Joe Biden."
    [inquiry] = shown(nlp, text)
    assert inquiry.type == "ACCUSE" and codes(inquiry) == ({"USA"}, {"USA"})


def test_a_merged_mention_adds_no_stray_country(analysed: Analysed, options: Options) -> None:
    article, extraction = next(iter(analysed.values()))
    strike = _event("ASSAULT", ["ISR"], ["PSE"], "2024-06-19", article=article.id)
    stray = _event("ASSAULT", ["ISR", "person:benjamin-netanyahu"], ["PSE", "GRC"], "2024-06-19", article=article.id)
    extraction = copy.deepcopy(extraction)
    extraction.events = [strike, stray]
    corpus = run_corpus_stages(Corpus.of([(article, extraction)]), options=options)
    [event] = [e for e in corpus.events if e.type == "ASSAULT" and "ISR" in e.actors]
    assert event.recipients == ["PSE"] and event.num_mentions == 2
    assert "person:benjamin-netanyahu" in event.actors  # a person of the same country joins


def kept(nlp: Language, text: str) -> list[str]:
    """Types of the events kept by default (``anchored_only``: who acted is named and political)."""
    return [e.type for e in events_of_doc(nlp(text), Article(id="t", text=text, published="2024-06-20"))]


def test_a_person_with_a_national_title_is_a_political_actor(nlp: Language) -> None:
    # the linker knows no country for either man: the title makes them political actors
    assert kept(nlp, "President Abdelaziz Bouteflika said he is prepared to lift the ban on the party.") == ["AGREE"]
    assert kept(nlp, "Lt. Gen. Prosper Avril resigned yesterday to allow elections.")[:1] == ["RETREAT"]
    # no title, a local office, an office held before, an office of no state: no political actor
    assert kept(nlp, "Abdelaziz Bouteflika said he is prepared to lift the ban on the party.") == []
    assert kept(nlp, "Mayor Prosper Avril resigned yesterday to allow elections.") == []
    assert kept(nlp, "Former President Prosper Avril resigned yesterday to allow elections.") == []
    text = "Abdelaziz Bouteflika, president of the Jewish Federations, said he is prepared to lift the ban."
    assert kept(nlp, text) == []
    assert kept(nlp, "Abdelaziz Bouteflika, president of Algeria, said he is prepared to lift the ban.") == ["AGREE"]


def test_refusals_to_speak_and_warnings_of_risk_are_no_events(nlp: Language) -> None:
    assert events_of(nlp, "The Russian ministry declined to comment on the reports.") == []
    assert events_of(nlp, "Russia refused to answer questions about the war.") == []
    assert [e.type for e in events_of(nlp, "Iran refused to release the prisoners.")] == ["REJECT"]
    assert events_of(nlp, "The French minister warned that the economy could shrink.") == []
    assert [e.type for e in events_of(nlp, "Iran warned that its forces would retaliate.")] == ["THREATEN"]


def test_an_infinitive_right_after_an_intent_verb_is_its_complement(nlp: Language) -> None:
    text = "Ethnic Albanians have sworn to fight until they gain control of villages near the border."
    assert [e.type for e in events_of(nlp, text)][:1] == ["THREATEN"]


def test_a_timeline_entry_dates_its_events(nlp: Language) -> None:
    text = (
        "Timeline of the conflict.\n\n1967: The Six-Day War grows out of the Suez Canal conflict. Egypt orders the "
        "U.N. force to leave. 2000: President Bill Clinton, Israeli Prime Minister Ehud Barak and Palestinian leader "
        "Yasser Arafat meet at Camp David.\n\n2023: Hamas attacks Israel."
    )
    modality = {e.type: e.mentions[0].modality for e in shown(nlp, text)}
    assert modality == {"REQUEST": "historical", "CONSULT": "historical", "ASSAULT": "asserted"}


def test_a_timeline_entry_of_several_paragraphs_dates_them_all(nlp: Language) -> None:
    text = (
        "2021: Fighting erupts again as Israeli police raid the Al-Aqsa Mosque in Jerusalem on April 13.\n\n"
        "Hamas and other militants fire rockets into Israel from Gaza on May 10."
    )
    [rockets] = [e for e in shown(nlp, text) if e.type == "ASSAULT" and "fire" in e.mentions[0].trigger]
    assert rockets.mentions[0].modality == "historical"
    # an entry of the publication's year dates nothing to history
    text = "2024: Israeli police raid the Al-Aqsa Mosque.\n\nHamas and other militants fire rockets into Israel."
    assert {e.mentions[0].modality for e in shown(nlp, text) if e.type == "ASSAULT"} == {"asserted"}


def test_a_request_no_actor_is_asked_to_heed_is_no_event(nlp: Language) -> None:
    text = "In the Bahamas, the government ordered evacuations of residents in southern portions of that archipelago."
    assert kept(nlp, text) == []
    assert kept(nlp, "The Israeli military instructed residents to evacuate ahead of a limited scope operation.") == []
    assert kept(nlp, "G-7 leaders also urged China to pressure Russia to end the war in Ukraine.") == ["REQUEST"]


def test_a_meeting_names_two_parties(nlp: Language) -> None:
    assert kept(nlp, "For weeks, President Donald Trump has discussed plans to deploy National Guard troops.") == []
    text = "President Joe Biden met with Lula during the Group of 20 Summit in Rio de Janeiro."
    assert kept(nlp, text) == ["CONSULT", "CONSULT"]  # the meeting, and the summit of the group's members


def test_an_event_someone_seeks_is_not_asserted(nlp: Language) -> None:
    text = "The former president's attorneys are seeking a meeting with Attorney General Merrick Garland."
    assert {e.mentions[0].modality for e in events_of(nlp, text) if e.type == "CONSULT"} == {"speculative"}
    text = "President Joe Biden held a meeting with Chinese President Xi Jinping in California."
    assert {e.mentions[0].modality for e in events_of(nlp, text) if e.type == "CONSULT"} == {"asserted"}


def test_an_act_in_the_phrase_of_advice_is_not_asserted(nlp: Language) -> None:
    text = "Above all, President Donald Trump must avoid backing into a reboot of the Biden administration's policy."
    assert {e.mentions[0].modality for e in events_of(nlp, text)} == {"hypothetical"}
    # the writer's own "should": advice, no one's demand
    text = "Instead, President Donald Trump should impose more sanctions on Russia."
    assert "asserted" not in {e.mentions[0].modality for e in events_of(nlp, text)}
    # said by someone: the speaker's demand
    text = '"We must impose more sanctions on Russia," President Joe Biden said.'
    assert [(e.type, e.mentions[0].modality) for e in events_of(nlp, text)] == [("REQUEST", "asserted")]
    # an event noun in the advised phrase is presupposed
    text = "Israel must respond to the Hamas attack on its border towns."
    assert [(e.type, e.mentions[0].modality) for e in shown(nlp, text)] == [("ASSAULT", "asserted")]


def test_own_forces_belong_to_the_reporting_subject(nlp: Language) -> None:
    text = "The U.S. Central Command said Monday that its forces destroyed four drones in Yemen."
    [strike] = [e for e in shown(nlp, text) if e.type == "ASSAULT"]
    assert codes(strike)[0] == {"USA"}
    # a possessive that no reporting clause resolves is left alone
    text = "China Tobacco and its parent ministry refused, effectively vetoing it."
    assert all("USA" not in codes(e)[0] for e in events_of(nlp, text))


def test_a_criticised_official_is_of_the_country_he_acts_in(nlp: Language) -> None:
    text = "Donald Trump has criticized the judge in the case."
    [criticism] = events_of_doc(nlp(text), Article(id="t", text=text, published="2024-06-20", source="USA Today"))
    assert criticism.type == "ACCUSE" and codes(criticism)[1] == {"USA"}


def test_acts_permitted_or_purposed_are_no_events(nlp: Language) -> None:
    text = 'Tricia McLaughlin said in a statement that "we are not going to allow domestic terrorists to attack our law enforcement."'
    assert "attack" not in [e.mentions[0].trigger for e in events_of(nlp, text)]
    text = "It means using the funds that have been appropriated for the United States to provide Ukraine this term."
    assert "AID" not in [e.type for e in shown(nlp, text)]
    assert [e.type for e in shown(nlp, "Iran tried to attack Israel with drones.")] == ["ASSAULT"]


def test_senses_of_fire_and_strike(nlp: Language) -> None:
    assert [e.type for e in events_of(nlp, "On Sunday, Gallant's deputy said he was fired by Netanyahu.")] == [
        "SANCTION"
    ]
    assert [e.type for e in events_of(nlp, "Hamas fired rockets at Israel.")] == ["ASSAULT"]
    text = "North Korean leader Kim Jong Un struck an unusually conciliatory note in his New Year's address."
    assert shown(nlp, text) == []


def test_those_who_travel_for_talks_take_part(nlp: Language) -> None:
    text = "U.S. and Russian negotiators return to Geneva this week for talks on missiles."
    [talks] = [e for e in shown(nlp, text) if e.type == "CONSULT"]
    assert codes(talks)[0] == {"USA", "RUS"}
    # one side alone is no meeting between actors
    text = "France's President Hollande returned to Paris from Avignon for emergency talks."
    assert "CONSULT" not in [e.type for e in shown(nlp, text)]


def test_a_name_hyphened_to_a_participle_backs_the_party_it_is_not(nlp: Language) -> None:
    [attack] = shown(nlp, "Iranian-backed Hezbollah fighters fired rockets into Israel.")
    assert codes(attack) == ({"LBN"}, {"ISR"})  # Hezbollah, not Iran
    assert shown(nlp, "The Moscow-based group accused Russia of torture.") == []  # the group is not Russia


def modality_of(nlp: Language, text: str, trigger: str) -> str:
    [mention] = [e.mentions[0] for e in events_of(nlp, text) if trigger in e.mentions[0].trigger]
    return mention.modality


def test_negation_reaches_what_a_negated_verb_goes_on_to(nlp: Language) -> None:
    text = "The agency drew criticism for not working harder to deliver aid to Sudan."
    assert modality_of(nlp, text, "deliver") == "denied"
    assert modality_of(nlp, "The agency worked hard to deliver aid to Sudan.", "deliver") == "asserted"
    text = "Hamas has been less willing to disarm and commit to handing over its weapons."
    assert {e.mentions[0].modality for e in events_of(nlp, text)} == {"denied"}


def test_a_subject_that_names_no_one_denies_the_act(nlp: Language) -> None:
    text = "No country or United Nations body has recognised the Taliban government."
    assert {e.mentions[0].modality for e in events_of(nlp, text)} == {"denied"}
    text = "The Supreme Court rejected not only the plan but also the appeal of the governors."
    assert modality_of(nlp, text, "rejected") == "asserted"


def test_a_question_on_its_own_line_is_asked_not_told(nlp: Language) -> None:
    text = "Will the new sanctions force Russia to end the war?\nThe European Union imposed sanctions on Russia."
    modality = {e.mentions[0].trigger: e.mentions[0].modality for e in events_of(nlp, text)}
    assert modality.get("imposed sanctions") == "asserted"
    assert all(m == "speculative" for t, m in modality.items() if t != "imposed sanctions"), modality


def test_a_prediction_is_speculative(nlp: Language) -> None:
    text = "Trump predicted that the United States will make a trade deal with China."
    assert [e.mentions[0].modality for e in events_of(nlp, text)] == ["speculative"]


def test_warnings_of_a_state_or_of_anothers_act_are_no_threats(nlp: Language) -> None:
    assert events_of(nlp, "Medvedev warns the mutiny is an attempt to seize power.") == []
    assert "THREATEN" not in types_of(nlp, "Trump warns of a transition cost from tariffs.")
    text = "The UN agency warned that an Israeli offensive in Rafah would mean more civilian deaths."
    assert "THREATEN" not in [e.type for e in events_of(nlp, text)]
    assert [e.type for e in events_of(nlp, "Iran warned of severe consequences.")] == ["THREATEN"]


def test_an_opening_past_participle_is_undergone_by_the_subject(nlp: Language) -> None:
    text = "Asked for his view on the strikes, Trump said he was not happy."
    assert "REQUEST" not in [e.type for e in events_of(nlp, text)]


def test_an_event_noun_takes_the_time_phrase_of_its_clause(nlp: Language) -> None:
    text = "In 1936, dozens were killed in Jaffa, part of Arab riots against British rule."
    assert modality_of(nlp, text, "riots") == "historical"
    text = "On Monday, dozens were killed in Jaffa, part of Arab riots against British rule."
    assert modality_of(nlp, text, "riots") == "asserted"


def test_what_a_thing_is_is_no_act(nlp: Language) -> None:
    text = "New START is the last remaining nuclear arms deal between Washington and Moscow."
    assert events_of(nlp, text) == []


def test_an_intent_verb_whose_object_is_information_or_a_misdeed_is_no_intent(nlp: Language) -> None:
    assert events_of(nlp, "Russia has committed thousands of war crimes in Ukraine.") == []
    text = "Zelensky claimed without offering evidence that Putin had fled Moscow."
    assert "AGREE" not in types_of(nlp, text)
    assert types_of(nlp, "China committed troops to the mission.") == ["AGREE"]


def test_declining_to_discuss_something_is_declining_to_speak(nlp: Language) -> None:
    assert "REJECT" not in types_of(nlp, "The White House declined to discuss logistics of the visit.")
    assert types_of(nlp, "Iran refused to discuss the deal with the United States.") == ["REJECT"]


def test_according_to_names_a_source_not_an_agreement(nlp: Language) -> None:
    assert events_of(nlp, "The death toll has reached 9,061, according to the Health Ministry.") == []
    assert types_of(nlp, "Israel and Hamas reached a deal, according to Qatar.") == ["AGREE"]


def test_a_plan_of_an_act_of_no_reading_is_no_event(nlp: Language) -> None:
    assert events_of(nlp, "The Pentagon plans to update the website this fall.") == []
    assert types_of(nlp, "Russia offered to hand over the prisoners to Great Britain.") == ["AGREE"]


def test_receiving_things_is_no_hosting_and_weapons_do_not_speak(nlp: Language) -> None:
    assert "CONSULT" not in types_of(nlp, "Hamas receives financial and logistical support from Iran.")
    assert types_of(nlp, "Erdogan received Putin in Ankara.") == ["CONSULT"]
    assert "ACCUSE" not in types_of(nlp, "Israeli bombs slammed the Gaza Strip.")
    assert types_of(nlp, "Israel slammed the decision of the court.") == ["ACCUSE"]


def test_a_past_judged_is_no_demand_and_a_named_object_no_request(nlp: Language) -> None:
    assert events_of(nlp, "They should have fired him a long time ago, Trump said.") == []
    assert types_of(nlp, "Trump said they must fire him.") == ["REQUEST"]
    assert events_of(nlp, "Dujarric called the order “impossible” without consequences.") == []


def test_a_reduced_passive_clause_is_undergone(nlp: Language) -> None:
    text = "Trump said Wednesday when asked about sanctions that he was not happy."
    assert "REQUEST" not in types_of(nlp, text)


def test_a_warning_of_what_anothers_plan_would_bring_is_no_threat(nlp: Language) -> None:
    assert events_of(nlp, "Biden has warned Trump's plan would result in higher prices.") == []


def test_releasing_a_picture_is_publishing(nlp: Language) -> None:
    assert events_of(nlp, "The Israeli military released a graphic as a warning.") == []
    assert types_of(nlp, "Hamas released three hostages.") == ["RETREAT"]


def test_naming_is_no_request_and_calling_out_is_criticism(nlp: Language) -> None:
    assert "REQUEST" not in types_of(nlp, "Trump calls DC crime crackdown successful")
    assert types_of(nlp, "Trump called out Putin for continuing to kill Ukrainian civilians.") == ["ACCUSE"]


def test_what_an_accusation_blames_is_not_told_as_done(nlp: Language) -> None:
    assert types_of(nlp, "Israel blamed Hamas for firing rockets at Tel Aviv.") == ["ACCUSE"]


def test_ahead_of_a_meeting_it_is_still_to_come(nlp: Language) -> None:
    text = "Biden spoke to reporters ahead of an Oval Office meeting with Dominican President Luis Abinader."
    assert modality_of(nlp, text, "meeting") == "planned"


def test_being_committed_is_a_stance_and_intending_a_demand_plans_it(nlp: Language) -> None:
    assert events_of(nlp, "The United States is committed to Israel's security.") == []
    text = "Harris told Congress that she intended to urge the Supreme Court to overturn the precedent."
    [urge] = events_of(nlp, text)
    assert urge.type == "REQUEST" and urge.mentions[0].modality == "planned"


def test_a_court_striking_down_a_law_and_a_statement_provided_are_no_acts_of_force_or_aid(nlp: Language) -> None:
    assert events_of(nlp, "The Supreme Court struck down Roe v. Wade last summer.") == []
    assert events_of(nlp, "A spokesperson provided a statement to the New York Times.") == []
    assert types_of(nlp, "The United States provided weapons to Ukraine.") == ["AID"]


def test_a_natural_force_is_no_actor(nlp: Language) -> None:
    text = "Crews fought a wildfire that torched dozens of homes and forced over 10,000 people to evacuate."
    assert events_of(nlp, text) == []
    assert events_of(nlp, "The quake forced thousands of Turks to flee their homes.") == []
    assert types_of(nlp, "Russia forced thousands of Ukrainians to flee their homes.") == ["COERCE"]
    assert "ASSAULT" in types_of(nlp, "Israeli fire killed five Palestinians in Jenin.")


def test_what_someone_should_demand_is_advice(nlp: Language) -> None:
    [demand] = events_of(nlp, "Trump should demand that Russia begin a complete ceasefire.")
    assert demand.type == "REQUEST" and demand.mentions[0].modality == "hypothetical"
    [own] = events_of(nlp, "Trump demanded that Russia begin a complete ceasefire.")
    assert own.mentions[0].modality == "asserted"


def test_a_noun_in_apposition_to_a_name_says_what_it_is(nlp: Language) -> None:
    assert events_of(nlp, "Russia left New START, a treaty between Washington and Moscow, in February.") == []


def test_calling_into_question_is_doubt_and_an_unsaid_plan_is_not_told(nlp: Language) -> None:
    assert events_of(nlp, "Some organizations have called into question the number of casualties.") == []
    text = "Trump did not say how many troops he plans to deploy to Memphis."
    assert all(e.mentions[0].modality != "asserted" for e in events_of(nlp, text))


def test_signing_a_governments_own_instrument_is_no_agreement(nlp: Language) -> None:
    assert "AGREE" not in types_of(nlp, "Trump signed an executive order on tariffs.")
    assert events_of(nlp, "Biden signed the bill into law on Friday.") == []
    assert types_of(nlp, "Russia and China signed a pact.") == ["AGREE"]


def test_blocking_supplies_restricts(nlp: Language) -> None:
    assert types_of(nlp, "Israel has blocked fuel supplies from entering Gaza.") == ["COERCE"]
    assert types_of(nlp, "Protesters blocked the road to the airport.") == ["PROTEST"]


def test_what_a_court_orders_is_not_told_as_done(nlp: Language) -> None:
    text = "The International Court of Justice has ordered Israel to halt its assault on Rafah."
    assert types_of(nlp, text) == ["REQUEST"]


def test_reluctance_purposes_and_struggles_are_not_acts(nlp: Language) -> None:
    text = "The U.S. and other allies have been reluctant to provide advanced fighter jets."
    assert {e.mentions[0].modality for e in events_of(nlp, text)} == {"denied"}
    assert events_of(nlp, "To seize this momentum, Trump should pivot to a new strategy.") == []
    assert events_of(nlp, "Palestinians were struggling to evacuate northern Gaza.") == []
    assert events_of(nlp, "Sign up to get the latest news from USA TODAY.") == []


def test_a_headline_passive_names_no_critic(nlp: Language) -> None:
    assert "ACCUSE" not in types_of(nlp, "US criticized for supporting Israeli military")
    assert types_of(nlp, "Israel criticized Turkey for hosting Hamas leaders.") == ["ACCUSE"]


def test_a_warning_of_a_general_harm_is_no_threat_nor_act(nlp: Language) -> None:
    assert events_of(nlp, "Trump warns UK illegal migration ‘destroys countries from within’") == []
    assert types_of(nlp, "Iran warned that its missiles will hit Tel Aviv.") == ["THREATEN"]


def test_stances_held_and_praise_for_anothers_act(nlp: Language) -> None:
    assert events_of(nlp, "He was opposed to the war in Chechnya.") == []
    assert types_of(nlp, "The rebels were backed by Iran.") == ["SUPPORT"]
    assert events_of(nlp, "Biden says US ‘committed to Israel’s security’") == []
    assert types_of(nlp, "Trump thanked Iran for helping the U.S. avoid casualties.") == ["SUPPORT"]


def test_declining_a_stance_and_a_bill_signing_are_no_events(nlp: Language) -> None:
    assert events_of(nlp, "He declined to take a stance on an independent Palestinian state.") == []
    assert events_of(nlp, "President Trump said at the bill signing that it was a great day.") == []


def test_an_intent_to_investigate_is_the_investigation_planned(nlp: Language) -> None:
    text = "The Israel Defense Forces said it would investigate the blast."
    assert "THREATEN" not in types_of(nlp, text)
    assert modality_of(nlp, text, "investigate") == "planned"


def test_asking_nothing_is_a_question_and_instructing_is_a_request(nlp: Language) -> None:
    assert "REQUEST" not in types_of(nlp, "Zelenskyy asked an audience of leaders.")
    assert types_of(nlp, "Israel asked the United States for more weapons.") == ["REQUEST"]
    text = "The Israeli military instructed residents to evacuate ahead of the operation."
    assert types_of(nlp, text) == ["REQUEST"]


def test_a_game_score_is_sport_and_coordinated_objects_give_the_sense(nlp: Language) -> None:
    assert events_of(nlp, "On Wednesday, the Czech Republic rallied to beat Sweden 2-1 in overtime.") == []
    assert "CONSULT" not in types_of(nlp, "Hamas receives financial, material, and logistical support from Iran.")
    assert events_of(nlp, "The agency has been providing updates on the damage.") == []


def test_what_a_directive_asks_of_someone_is_not_done(nlp: Language) -> None:
    assert events_of(nlp, "Trump did encourage his envoy Steve Witkoff to offer to meet with the Iranians.") == []
    assert events_of(nlp, "Trump told Israel to stop the strikes.") == []


def test_an_unknown_name_is_no_compatriot_of_the_target(nlp: Language) -> None:
    # a group acting at home is the target's compatriot ...
    text = "Islamic fundamentalists demanded the resignation of Algerian President Liamine Zeroual."
    (demand,) = [e for e in events_of_doc(nlp(text), Article(id="t", text=text)) if e.type == "REQUEST"]
    assert demand.actors == ["DZA"]
    # ... a name the linker and the tagger missed is nobody's: no actor, so not shown as a fact
    assert kept(nlp, "Trump threatened tariffs on Canada and Mexico on Saturday.") == []


def test_a_nationality_no_actor_stands_for_is_nobody(nlp: Language) -> None:
    text = "{} politicians are praising Bukele for his crackdown on gangs in El Salvador, his office said on Monday."
    # "Latin American" is the linker's word for no actor: neither "American" (USA) nor the article's country
    assert kept(nlp, text.format("Latin American")) == []
    (praise,) = events_of(nlp, text.format("Salvadoran"))
    assert praise.type == "SUPPORT" and praise.actors == ["SLV"]
    # a place the linker leaves unlinked but the coder knows whole keeps its code
    (trucks,) = events_of(nlp, "Egypt will send 50 trucks of food to the Gaza Strip next week, the ministry said.")
    assert trucks.recipients == ["PSE"]


def test_a_heading_is_no_statement_of_an_act(nlp: Language) -> None:
    text = (
        "Biden hosts high-stakes NATO summit\n"
        "Ukraine war: Pentagon to send 45 battle tanks\n"
        "The United States sent 31 tanks to Ukraine on Tuesday, the Pentagon said."
    )
    shown = events_of_doc(nlp(text), Article(id="t", text=text, published="2024-06-20"))
    assert [(e.type, e.mentions[0].trigger) for e in shown] == [("AID", "sent")]  # the body's sentence
    assert {e.type for e in events_of(nlp, text)} >= {"CONSULT", "AID"}  # on request, the headings too
    lead = "MOSCOW – Russia expelling two Finnish diplomats over the border dispute."
    assert kept(nlp, lead) == ["SANCTION"]  # ends as a sentence: a dateline's lead states its act


def test_a_deal_told_by_its_own_party_is_reported(nlp: Language) -> None:
    text = "The U.S. has reached a deal with Qatar to hold the funds, a U.S. official said Thursday."
    (deal,) = [e for e in events_of(nlp, text) if e.mode == "treaty"]
    assert deal.mentions[0].modality == "reported"  # an account of a concluded deal
    text = "Russia will defend North Korea if it is attacked, a Kremlin spokesman said Thursday."
    (offer,) = [e for e in events_of(nlp, text) if e.type == "AGREE"]
    assert offer.mentions[0].modality == "asserted"  # a statement of intent is the act itself


def test_force_used_in_a_foreign_place_is_used_on_it(nlp: Language) -> None:
    (strikes,) = [e for e in events_of(nlp, "10:30 a.m.: Israel begins airstrikes inside Gaza.") if e.type == "ASSAULT"]
    assert strikes.recipients == ["PSE"]
    (raids,) = [
        e for e in events_of(nlp, "U.S. forces struck targets across Syria and Iraq on Friday.") if e.type == "ASSAULT"
    ]
    assert raids.recipients == ["SYR", "IRQ"]
    clash = [
        e
        for e in events_of(nlp, "Israeli police clashed with protesters in Jerusalem on Friday.")
        if e.type == "ASSAULT"
    ]
    assert all("PSE" not in e.recipients for e in clash)  # the actors' own place is no target


def test_a_meeting_partys_own_country_is_no_partner(nlp: Language) -> None:
    text = "Antony Blinken and Chinese Foreign Minister Wang Yi on Wednesday discussed U.S. efforts to end the war."
    (talks,) = [e for e in events_of(nlp, text) if e.type == "CONSULT"]
    assert talks.recipients == []


def test_nominalisations_read_as_their_verbs_with_a_named_actor(nlp: Language) -> None:
    [killing] = shown(nlp, "Israel's assassination of Hamas leader Ismail Haniyeh in Tehran drew condemnation.")
    assert killing.type == "ASSAULT" and codes(killing)[0] == {"ISR"}
    [troops] = shown(nlp, "The Pentagon announced the deployment of 2,000 troops to the Middle East.")
    assert troops.type == "MOBILIZE"
    # weak nouns: a topic with no one named acting is no event
    assert shown(nlp, "Deportation remains a divisive issue in the campaign.") == []
    # bare, with nothing acted on named, a nominalisation names a campaign: the verb tells the act
    [killed] = shown(nlp, "The Israeli bombardment has killed more than 1,500 people in Gaza.")
    assert killed.mentions[0].trigger == "killed" and codes(killed) == ({"ISR"}, {"PSE"})
    [bombardment] = shown(nlp, "Their fate becomes more complicated as Israel continues its bombardment of Gaza.")
    assert bombardment.type == "ASSAULT" and codes(bombardment) == ({"ISR"}, {"PSE"})


def test_speech_acts_addressed_to_their_own_actor_or_public_are_not_shown(nlp: Language) -> None:
    # the addressee read as the actor itself: no act between actors
    text = "The State Department raised its alert level for Israel on Wednesday, urging them to reconsider their plans."
    assert [e.type for e in shown(nlp, text)] == []
    # a notice to the actor's own people
    assert shown(nlp, "The State Department warned Americans not to travel to Israel.") == []
    assert shown(nlp, "The State Department urges Americans overseas to exercise increased caution.") == []
    # a demand of another state's people, and a group and its government at home, stay
    [urged] = shown(nlp, "The United States urged Israelis to leave Gaza.")
    assert codes(urged) == ({"USA"}, {"ISR"})
    [party] = shown(nlp, "President Donald Trump urged House Republicans to vote for the legislation.")
    assert party.type == "REQUEST"  # a party's members are no public
    text = "President Joe Biden has warned other players in the Middle East not to join the conflict."
    assert [e.type for e in shown(nlp, text)] == ["THREATEN"]  # people of no country named
    [demand] = [e for e in shown(nlp, "Russia demanded that Ukraine withdraw its troops.") if e.type == "REQUEST"]
    assert codes(demand) == ({"RUS"}, {"UKR"})


def test_senses_that_are_no_acts(nlp: Language) -> None:
    text = "The timing of the pause of tariffs on dozens of nations struck Israeli officials as curious."
    assert "ASSAULT" not in types_of(nlp, text)  # an impression, not a blow
    assert "ASSAULT" in types_of(nlp, "Israeli jets struck Hezbollah targets in southern Lebanon as talks continued.")
    # conceding a point is no concession; conceding to a party is
    text = "President Joe Biden conceded that Americans could feel some pain from the tariffs."
    assert "CONCEDE" not in types_of(nlp, text)
    assert "CONCEDE" in types_of(nlp, "Israel conceded to U.S. demands.")
    assert "CONCEDE" not in types_of(nlp, "After the vote, President Joe Biden conceded.")
    text = "The Ivory Coast's Supreme Court decided to allow candidate Alassane Ouattara to run."
    assert "CONCEDE" in types_of(nlp, text)  # an infinitive is no point granted
    # a text releases nothing
    text = "A statement from Netanyahu's office released mid-afternoon in Washington dampened hopes for a pause."
    assert "RETREAT" not in types_of(nlp, text)
    # a warning that 'it' could have consequences threatens no act; one with a condition does
    assert shown(nlp, "Dmitry Medvedev warned that it could have global repercussions.") == []
    [threat] = shown(nlp, "Iran warned that it would respond if Israel attacks.")
    assert threat.type == "THREATEN"


def test_habits_and_dated_wars_and_news_outlets(nlp: Language) -> None:
    assert modality_of(nlp, "The Israeli army often conducts exercises near Lebanon.", "exercises") == "habitual"
    assert modality_of(nlp, "The Israeli army conducts regular exercises near Lebanon.", "exercises") == "habitual"
    assert modality_of(nlp, "The Israeli army conducted exercises near Lebanon.", "exercises") == "asserted"
    # a year hung on the object, or a war dated by its year, sets the act in the past
    text = "Israel captured the Gaza Strip and the West Bank in the 1967 Mideast war."
    assert modality_of(nlp, text, "captured") == "historical"
    assert modality_of(nlp, "Israel fought the 1967 war against Egypt.", "fought") == "historical"
    assert modality_of(nlp, "Israel captured the West Bank in 2024.", "captured") == "asserted"
    # a news outlet of the actor's country reports; the actor's own spokesman tells its act
    text = "British Prime Minister Rishi Sunak demanded that Russia withdraw, according to the BBC."
    assert modality_of(nlp, text, "demanded") == "reported"
    text = "Russia demanded that Ukraine withdraw its troops, a Kremlin spokesman said."
    assert modality_of(nlp, text, "demanded") == "asserted"


def test_abstract_things_given_are_no_aid(nlp: Language) -> None:
    assert shown(nlp, "Russia's distress over the viability of civil aviation provides a possible opening.") == []
    text = "Israel's National Security Advisor Tzachi Hanegbi offered the clearest signal yet about the goals."
    assert shown(nlp, text) == []
    assert shown(nlp, "Former President Bill Clinton delivers the commencement address.") == []
    [aid] = shown(nlp, "The United States provided Ukraine with weapons.")
    assert aid.type == "AID" and aid.mode == "military"
