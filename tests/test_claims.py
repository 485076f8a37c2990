"""Claims: numbers, hedged ranges, units, firsts and claimants in the sample articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import sample
from spacy.language import Language

from parallax.config import Options
from parallax.extract.claims import find_claims
from parallax.extract.claims_layout import is_furniture
from parallax.extract.quotes import find_quotes
from parallax.ingest import read_inputs
from parallax.pipeline import analyze
from parallax.records import Article, Claim, Extraction


@pytest.fixture(scope="module")
def report(analysed: dict[str, tuple[Article, Extraction]]) -> list[Claim]:
    return sample(analysed, "001")[1].claims


@pytest.fixture(scope="module")
def wire(analysed: dict[str, tuple[Article, Extraction]]) -> list[Claim]:
    return sample(analysed, "003")[1].claims


def _by_unit(claims: list[Claim], unit: str) -> list[Claim]:
    return [c for c in claims if c.unit and unit in c.unit]


def test_containers_and_shells_from_shin(report: list[Claim]) -> None:
    (containers,) = [c for c in _by_unit(report, "shipping containers")]
    assert containers.low == 10_000 and containers.high is None and containers.hedge == "at least"
    assert containers.claimant and "shin" in containers.claimant.lower()
    (shells,) = _by_unit(report, "artillery shells")
    assert shells.high == 4_800_000 and shells.low is None and shells.hedge == "as many as"


def test_state_department_counts(report: list[Claim]) -> None:
    (missiles,) = _by_unit(report, "ballistic missiles")
    assert missiles.hedge == "dozens of" and missiles.low == 24 and missiles.value is None
    over = [c for c in report if c.low == 11_000]
    assert over and over[0].hedge == "over" and over[0].high is None
    assert missiles.claimant and "state dep" in missiles.claimant.lower().replace("-", " ")


def test_first_visit(report: list[Claim], wire: list[Claim]) -> None:
    assert any(c.hedge == "first" and c.time == "2000" for c in report)
    assert any(c.value == 24 and c.unit == "years" for c in wire)


def test_dated_agreements(report: list[Claim], wire: list[Claim]) -> None:
    # "A 2018 military agreement ... collapsed last year": a date, not a value to check
    assert not [c for c in wire if c.subject and "2018 military agreement" in c.subject]
    assert any(c.value == 10 and c.unit == "year" for c in report)
    # "just six days after they signed ...": when something happened, not a length anyone claims
    assert not any(c.value == 6 and c.unit == "days" for c in report)


def test_claims_keep_provenance(analysed: dict[str, tuple[Article, Extraction]]) -> None:
    for article, extraction in analysed.values():
        for claim in extraction.claims:
            assert article.text[claim.start : claim.end] == claim.text
            assert claim.status in {"claim", "opinion", "speculation"} and claim.id


def test_speculation_is_marked(nlp: Language) -> None:
    doc = nlp("The deal could bring as many as 5,000 workers to Russia. The plant employs 300 people.")
    speculative, plain = find_claims(doc)
    assert speculative.status == "speculation" and speculative.high == 5000
    assert plain.status == "claim" and plain.value == 300 and plain.unit == "people"


def test_verbless_headlines_are_furniture(nlp: Language) -> None:
    doc = nlp("Over 11,000 containers of munitions\n\nDozens of missiles.")
    assert find_claims(doc) == []


def test_ages_and_idioms_are_not_claims(nlp: Language) -> None:
    doc = nlp("Her 14-year-old daughter asked why he went there in the first place.")
    assert find_claims(doc) == []


def test_share_of_a_whole_is_a_percentage(nlp: Language) -> None:
    doc = nlp("More than a third of the world's electronics are produced in China.")
    (claim,) = find_claims(doc)
    assert claim.low == pytest.approx(33.3) and claim.high is None and claim.hedge == "more than"
    assert claim.unit == "percent" and claim.subject == "the world's electronics" and claim.predicate == "produce"


def test_percent_money_and_ratios(nlp: Language) -> None:
    doc = nlp(
        "Trump won 44 percent of the Hispanic vote. The real estate mogul estimates the price tag at around "
        "$8 billion. A poll showed 1 in 5 registered voters open to backing Kennedy."
    )
    vote, price, ratio = find_claims(doc)
    assert vote.value == 44 and vote.unit == "percent of the Hispanic vote" and vote.subject == "Trump"
    assert price.value == 8e9 and price.unit == "USD" and price.hedge == "around"
    assert ratio.value == 20 and ratio.unit == "percent of registered voters"


def test_vague_hundreds_and_dozens(nlp: Language) -> None:
    doc = nlp("Several hundred demonstrators protested outside parliament. Police evacuated three dozen newborns.")
    hundreds, dozen = find_claims(doc)
    assert (hundreds.low, hundreds.high, hundreds.unit) == (200, 999, "demonstrators")
    assert dozen.value == 36 and dozen.unit == "newborns"


def test_record_firsts_only(nlp: Language) -> None:
    doc = nlp(
        "Milei became the first world leader to confirm that he would attend. "
        "In a statement, the first lady questioned her sanity. He was hurt on his first pass."
    )
    (first,) = find_claims(doc)
    assert first.hedge == "first" and first.subject == "the first world leader"


def test_time_adverbials_scores_and_questions_are_not_claims(nlp: Language) -> None:
    doc = nlp(
        "Two days later, Trump was asked about the injunctions. For the past two years the clock has stood still. "
        "His team were hammered 30-10 by the Chargers. What if a ticket was polling at 30%? "
        "A Massachusetts Air National Guard member was sentenced to 15 years in prison."
    )
    (sentence,) = find_claims(doc)
    assert sentence.value == 15 and sentence.unit == "years"


def test_claimant_from_according_to(nlp: Language) -> None:
    doc = nlp("According to al-Qudra, 1,500 medical staff members are located inside the hospital.")
    (claim,) = find_claims(doc)
    assert claim.claimant == "al-Qudra" and claim.unit == "medical staff members"


def test_no_claims_from_captions_headings_or_repeats(nlp: Language) -> None:
    doc = nlp(
        "UAE to build three desalination plants in Gaza\n\n"
        "Police stand near 25 trucks at the scene. (Photo: John Smith/Getty Images)\n\n"
        "Representative Blake Farenthold, one of 12 Texans, in December at the Capitol.\n\n"
        "The United Arab Emirates announced plans to build three desalination plants in the Gaza Strip.\n\n"
        "The United Arab Emirates announced plans to build three desalination plants in the Gaza Strip."
    )
    (claim,) = find_claims(doc)
    assert claim.text.startswith("The United Arab Emirates") and claim.value == 3


def test_a_graphic_with_its_credit_is_furniture(nlp: Language) -> None:
    graphic = (  # a map with its numbered notes, run together by the crawler
        "FESTIVAL GROUNDS 200 FEET CROWD MAIN STAGE People fled in this direction NORTH Many victims lay on an area "
        "covered with synthetic grass. A video showed people climbing over a fence about eight feet tall. "
        "V.I.P. area 2 FESTIVAL GROUNDS MAIN STAGE CROWD 1 200 FEET 6 3 By The New York Times"
    )
    assert is_furniture(nlp(graphic), 0, len(graphic))
    prose = "The festival drew 22,000 people, according to a count by The New York Times."
    assert not is_furniture(nlp(prose), 0, len(prose))
    slide = "3/12 Refugees at a camp near Mosul wait for sacks of flour handed out to thousands who fled the city."
    assert is_furniture(nlp(slide), 0, len(slide))  # a gallery's slide counter opens its caption
    ratio = "24/7 coverage continues as 3,000 troops arrive at the border."
    assert not is_furniture(nlp(ratio), 0, len(ratio))


def test_ranges_and_tallies(nlp: Language) -> None:
    doc = nlp(
        "Tiangong's orbit is 210 to 280 miles high. The rules could cost them between $1 billion to $3 billion each. "
        "But while Ms. Pelosi won, 134 to 63, Mr. Ryan's share served as a measure."
    )
    orbit, cost = find_claims(doc)
    assert (orbit.value, orbit.low, orbit.high, orbit.unit) == (None, 210, 280, "miles")
    assert (cost.low, cost.high, cost.unit) == (1e9, 3e9, "USD")


def test_margin_stays_with_the_agent_and_word_ratios(nlp: Language) -> None:
    doc = nlp("Mr. Obama carried his district by 6 percent. The program accounts for nearly one in seven reports.")
    margin, ratio = find_claims(doc)
    assert margin.subject == "Mr. Obama" and margin.unit == "percent"
    assert ratio.high == pytest.approx(14.3) and ratio.hedge == "nearly" and ratio.unit == "percent of reports"


def test_change_ends_at_its_last_value(nlp: Language) -> None:
    doc = nlp("The U.N. agency said cases of diarrhea in children rose from 48,000 to 71,000 in one week.")
    (cases,) = find_claims(doc)
    assert cases.value == 71_000 and cases.claimant == "The U.N. agency" and cases.subject.startswith("cases")


def test_conversions_in_brackets_are_not_claims_again(nlp: Language) -> None:
    doc = nlp("The towering Falcon Heavy, measuring 229 feet (70 meters) tall, sat atop the pad.")
    (height,) = find_claims(doc)
    assert height.value == 229 and height.unit == "feet" and height.subject == "The towering Falcon Heavy"


def test_a_percentage_before_its_noun_is_that_things_rate(nlp: Language) -> None:
    (tariff,) = find_claims(nlp("Beijing struck back with an 84% tariff on U.S. goods that kicked in Thursday."))
    assert tariff.value == 84 and tariff.unit == "percent tariff on U.S. goods"  # a rate, not "84% of a tariff"
    (baseline,) = find_claims(nlp("A 10% baseline tariff on all imports went into effect on Saturday."))
    assert baseline.subject == "baseline tariff on all imports" and baseline.unit == "percent"
    (half,) = find_claims(nlp("Half the population of Gaza has fled."))
    assert half.value == 50 and half.subject == "Half the population of Gaza"  # a fraction stays a share


def test_a_number_that_leaves_out_its_noun_takes_the_listed_one(nlp: Language) -> None:
    text = "The chain plans to close 61 stores in California, 36 in Florida and 19 in Massachusetts."
    claims = find_claims(nlp(text))
    assert [(c.value, c.unit, c.subject) for c in claims] == [
        (61, "stores", "The chain"),
        (36, "stores", "The chain"),
        (19, "stores", "The chain"),
    ]


def test_a_pronoun_subject_is_named_only_when_sure(nlp: Language) -> None:
    (held,) = find_claims(nlp("Amina Ali told CNN that she was held by Boko Haram for more than two years."))
    assert held.subject == "Amina Ali"
    two = "Stephen Paddock checked into the hotel on Thursday. He left behind 23 guns in the suite."
    (guns,) = find_claims(nlp(two))
    assert guns.subject == "Stephen Paddock"
    between = "Stephen Paddock checked in on Thursday. Police say Marilou Danley was abroad. He left 23 guns there."
    (unsure,) = find_claims(nlp(between))
    assert unsure.subject is None  # the sentence before is about someone else: no subject rather than a wrong one
    linked = "President Donald Trump spoke on Monday. Trump on June 20 said he had opened a two-week window for talks."
    (window,) = find_claims(nlp(linked))
    assert window.subject == "Trump"  # the tagger missed the name; the actor linker tied it to the person


def test_counts_past_a_comparative_or_an_article_and_elapsed_counts(nlp: Language) -> None:
    (more,) = find_claims(nlp("Once fully implemented, 4.3 million more workers will be eligible for overtime pay."))
    assert more.value == 4_300_000 and more.unit == "more workers"
    estimated = find_claims(nlp("The rule would make an estimated 4 million Medicaid recipients eligible."))
    assert [(c.value, c.unit) for c in estimated] == [(4_000_000, "Medicaid recipients")]
    assert find_claims(nlp("But just six laps later, Ericsson crashed at high speed.")) == []
    (sold,) = find_claims(nlp("Vance sold the house for $1.7 million earlier this year."))
    assert sold.value == 1_700_000 and sold.unit == "USD"


def test_a_number_standing_for_a_noun_counts_what_was_counted_before(nlp: Language) -> None:
    claims = find_claims(nlp("Israeli officials say 1,200 people were killed and at least 240 were taken hostage."))
    assert [(c.value or c.low, c.unit) for c in claims] == [(1200, "people"), (240, "people")]
    (alone,) = find_claims(nlp("The U.S. death toll is up to 30."))
    assert alone.unit is None  # nothing counted before it: no unit made up


def test_a_first_time_is_a_record_of_what_its_clause_tells(nlp: Language) -> None:
    claims = find_claims(nlp("It is the first time the World Cup will be played on more than one continent."))
    first = next(c for c in claims if c.hedge == "first")
    assert first.subject == "the World Cup"  # not "the first time"


def test_a_subject_without_its_aside_but_with_its_name(nlp: Language) -> None:
    text = "Khairullah, a teacher at a local school, has served as mayor of the town for nearly 25 years."
    (mayor,) = find_claims(nlp(text))
    assert mayor.subject == "Khairullah"
    treaty = "The last remaining arms control treaty, New START, limits the two countries to keeping 1,550 warheads."
    (limit,) = find_claims(nlp(treaty))
    assert limit.subject == "The last remaining arms control treaty, New START"
    (sentence,) = find_claims(nlp("College student Tarasov was given a 10-day prison sentence for his Wi-Fi name."))
    assert sentence.subject == "College student Tarasov"  # a length of the object is said of the subject
    rate = find_claims(nlp("The birthrate was 6.77 births per 1,000 people, a fall from 7.52 births in 2021."))
    assert [(c.value, c.subject) for c in rate] == [(6.77, "The birthrate"), (7.52, "The birthrate")]


SPORTS_REPORT = (
    "Scottie Scheffler shot a 4-under 68 on Friday and leads the Masters by two strokes. "
    "More than 40,000 fans walked the course in the rain.\n\n"
    "Russia has been barred from the Olympics since 2022, and the International Olympic Committee "
    "said 15 Russian athletes would compete as neutrals in Paris. They will take part in 9 sports."
)


def _claims_of(tmp_path: Path, url: str, nlp: Language, options: Options, text: str = SPORTS_REPORT) -> list[Claim]:
    line = {"id": "golf", "url": url, "title": "Scheffler leads", "published": "2024-04-12", "text": text}
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf8")
    ((_, extraction),) = [item for item in analyze(read_inputs([str(path)], options=options), nlp=nlp, options=options)]
    assert extraction is not None
    return [c for c in extraction.claims if c.scope == "political"]


def test_an_article_filed_under_sport_keeps_only_political_claims(
    tmp_path: Path, nlp: Language, options: Options
) -> None:
    sport = _claims_of(
        tmp_path, "https://www.example.com/story/sports/golf/2024/04/12/scheffler-leads/1/", nlp, options
    )
    assert [c.value or c.low for c in sport] == [15]  # the IOC's count names political actors; fans and strokes do not
    news_url = "https://www.example.com/story/news/2024/04/12/scheffler-leads/1/"
    news = _claims_of(tmp_path, news_url, nlp, options)
    assert {40_000, 15, 9} <= {c.value or c.low for c in news}  # a quarter of its sentences name political actors
    golf = (
        "\n\nRory McIlroy struggled on the greens. The course played long in the wet. Tiger Woods made the cut. "
        "Fans lined the final green. The leaders tee off late on Saturday."
    )
    mostly_golf = _claims_of(tmp_path, news_url, nlp, options, text=SPORTS_REPORT + golf)
    # mostly not politics: the IOC's sentence and the one after it keep their claims, the fans' does not
    assert [c.value or c.low for c in mostly_golf] == [15, 9]


def test_an_article_naming_no_political_actor_makes_no_claims(tmp_path: Path, nlp: Language, options: Options) -> None:
    launch = (
        "SpaceX launched its Falcon Heavy rocket from Florida on Tuesday, carrying a red Tesla Roadster. "
        "The rocket's 27 engines produce more than 5 million pounds of thrust at liftoff."
    )
    url = "https://www.example.com/2018/02/06/science/falcon-heavy-launch.html"
    assert _claims_of(tmp_path, url, nlp, options, text=launch) == []
    ((_, extraction),) = analyze(
        read_inputs([str(tmp_path / "one.jsonl")], options=options), nlp=nlp, options=options
    )  # the figures stay, out of scope, for cross-checking between outlets
    assert extraction is not None and {c.scope for c in extraction.claims} == {"other"}
    ministry = launch + "\n\nThe Ministry of Defence said 12 military satellites would follow within five years."
    assert [c.value for c in _claims_of(tmp_path, url, nlp, options, text=ministry)]


def test_a_reported_it_or_they_is_its_reporter(nlp: Language) -> None:
    (spent,) = find_claims(nlp("The European Union says it has spent $145 billion since the start of the war."))
    assert spent.subject == "The European Union"
    (votes,) = find_claims(nlp("Democrats say they have 218 votes."))
    assert votes.subject == "Democrats"
    (troops,) = find_claims(nlp("The Pentagon says they sent 300 troops."))  # not the same number: not resolved
    assert troops.subject is None
    (estimate,) = find_claims(nlp("Its earnings will rise. It will grow 18 percent in 2018, Goldman estimates."))
    assert estimate.subject != "Goldman"  # the reporter comes after: "it" is what came before
    (weeks,) = find_claims(nlp("The ministry said it will take eight weeks to rebuild the bridge."))
    assert weeks.subject != "The ministry"  # "it will take": no referent


def test_a_count_brought_to_is_where_the_object_goes(nlp: Language) -> None:
    (extended,) = find_claims(nlp("Trump issued a rule extending protections to only 1.3 million additional workers."))
    assert extended.subject != "protections"  # the workers are who gets them, not what protections number
    total = find_claims(nlp("The storm dropped 3 inches on Tuesday, bringing the total to more than 62.9 inches."))
    assert [(c.value, c.subject) for c in total] == [(3.0, "The storm"), (62.9, "the total")]


def test_a_sentence_without_a_verb_states_nothing(nlp: Language) -> None:
    doc = nlp("Yushenkov was co-chairman of Russia's Liberal Party. Age: 52.\n\n52. What did he do?")
    assert find_claims(doc) == []


def test_what_a_speaker_agrees_to_is_no_claim_of_theirs(nlp: Language) -> None:
    agreed = nlp("Qatar agreed to pay $5 billion for the jets.")
    (claim,) = find_claims(agreed, quotes=find_quotes(agreed))
    assert claim.subject == "Qatar" and claim.claimant is None
    said = nlp("Qatar said it would pay $5 billion for the jets.")
    (claim,) = find_claims(said, quotes=find_quotes(said))
    assert claim.claimant == "QAT"


def test_a_toll_is_kept_where_no_political_actor_is_named(tmp_path: Path, nlp: Language, options: Options) -> None:
    shooting = (
        "The gunman fired from the 32nd floor of the hotel into the crowd at the festival. "
        "He killed 58 people. More than 500 others were injured. The festival drew 22,000 fans. "
        "The hotel has 3,300 rooms. The stage stood in a lot across the boulevard. "
        "Concertgoers ran for cover behind cars. The music stopped. Lights came on."
    )
    url = "https://www.example.com/story/news/2017/10/02/vegas/1/"
    kept = [c.value or c.low for c in _claims_of(tmp_path, url, nlp, options, text=shooting)]
    assert kept == [58, 500]  # the toll, not the fans or the rooms


def test_a_length_of_a_prepositional_object_is_said_of_the_subject(nlp: Language) -> None:
    (truce,) = find_claims(nlp("Israel has agreed to a 40-day truce with Hamas."))
    assert (truce.value, truce.unit, truce.subject) == (40, "day", "Israel")
    (term,) = find_claims(nlp("The court sentenced him to a 10-year term."))
    assert term.subject != "The court"  # the term is his, not the court's


def test_an_it_or_they_is_the_one_subject_before_it_of_its_number(nlp: Language) -> None:
    court = "The military court charged the teenager with assault. It extended her detention by eight days."
    (detention,) = find_claims(nlp(court))
    assert detention.subject == "The military court"
    two = "The company said the plant would close. It will cut 500 jobs in Ohio."
    (jobs,) = find_claims(nlp(two))
    assert jobs.subject is None  # two singular subjects before: no one sure
    unions = "The unions rejected the offer on Monday. They want a raise of 9 percent."
    (raise_,) = find_claims(nlp(unions))
    assert raise_.subject in {"The unions", "a raise"}
    (we,) = find_claims(nlp('"We have spent $2 billion on the border," the governor said.'))
    assert we.subject is None  # "we" names no one by itself


def test_a_share_beside_coordinated_names_is_held_by_each(nlp: Language) -> None:
    poll = find_claims(nlp("The survey showed Bush with 13%, Cruz and Paul at 11% and Rubio at 9%."))
    assert [(c.value, c.subject) for c in poll] == [(13, "Bush"), (11, "Cruz and Paul"), (9, "Rubio")]
    (rate,) = find_claims(nlp("The central bank kept rates in Japan at 0.5%."))
    assert rate.subject == "The central bank"  # a place of the clause holds no share


def test_a_figure_is_said_of_the_noun_it_sizes(nlp: Language) -> None:
    (watch,) = find_claims(nlp("He admitted using campaign funds to buy items including a $43,000 Rolex watch."))
    assert (watch.value, watch.unit, watch.subject) == (43_000, "USD", "Rolex watch")
    (bill,) = find_claims(nlp("Congress passed the $1.2 trillion infrastructure bill on Friday."))
    assert bill.subject == "Congress"  # the object of a named subject stays the subject's ("took a $5 billion hit")
    (aid,) = find_claims(nlp("The Senate approved $95 billion in aid for Ukraine."))
    assert aid.subject == "The Senate"  # the sum is what the Senate approved, no noun it prices
    votes = find_claims(nlp("McCarthy won only 203 votes, fewer than the majority of 218 he needed."))
    assert [(c.value, c.subject) for c in votes] == [(203, "McCarthy"), (218, "the majority")]
    (hostages,) = find_claims(nlp("Hamas demanded the release of 200 prisoners."))
    assert hostages.subject != "the release"  # a count of prisoners, not the size of a release


def test_an_it_is_the_subject_of_the_clause_that_governs_or_opens_its_sentence(nlp: Language) -> None:
    (killed,) = find_claims(nlp("Israel struck areas of Gaza where it had told 300 families to shelter."))
    assert killed.subject == "Israel"
    opening = "Since Russia launched its invasion in 2022, it has killed 700 children in Ukraine."
    (children,) = find_claims(nlp(opening))
    assert children.subject == "Russia"
    (weeks,) = find_claims(nlp("The agency met in May. It will take 27 days to repair the cable."))
    assert weeks.subject is None  # a dummy "it" stands for nothing


def test_a_figure_after_of_sizes_the_named_place_or_stays_with_its_holder(nlp: Language) -> None:
    (city,) = find_claims(nlp("Israeli troops moved near Beit Lahia, a city of 90,000, the outlet reported."))
    assert city.subject == "Beit Lahia"
    (town,) = find_claims(nlp("Aliquippa has a population of about 9,200."))
    assert town.subject == "Aliquippa"  # what a subject has is said of the subject
    (peak,) = find_claims(nlp("Border arrests have fallen from a peak of 1.6 million in 2000."))
    assert peak.subject == "Border arrests"
    (closures,) = find_claims(nlp("The chain announced the closures of 500 of its stores."))
    assert closures.subject == "The chain"  # a count of stores, not the size of the closures


def test_a_reporter_after_its_clause_is_the_claimant_however_the_parser_hung_it(nlp: Language) -> None:
    text = (
        "About 9,000 people have fled south over the past 10 days due to fighting between government troops and "
        "rebel militants in northern Darfur, the U.N. aid agency for Sudanese refugees said Tuesday."
    )  # the parser hangs "agency" on "militants" and leaves "said" without a subject
    (fled,) = find_claims(nlp(text))
    assert fled.claimant == "the U.N. aid agency"


def test_an_infinitive_after_an_object_is_the_objects_to_do(nlp: Language) -> None:
    (fine,) = find_claims(nlp("In January 2012, the state labor board ordered Walmart to pay $88,000 in penalties."))
    assert fine.subject == "Walmart"
    (van,) = find_claims(nlp("In Nantes, a driver used his van to run over 10 people."))
    assert van.subject == "a driver"  # a thing used says what for; the user did it
    (troops,) = find_claims(nlp("Trump ordered the Pentagon to send 2,000 troops to the border."))
    assert troops.subject == "the Pentagon"
    (taxes,) = find_claims(nlp("Trump promised to cut taxes by 10 percent."))
    assert taxes.subject == "Trump"  # no object: the subject's to do
    (jailed,) = find_claims(nlp("Petrov, whose wife Maria Ivanova was jailed for seven years, spoke on Monday."))
    assert jailed.subject == "wife Maria Ivanova"  # no "whose" left at its start


def test_party_members_are_political_actors(tmp_path: Path, nlp: Language, options: Options) -> None:
    votes = (
        "A total of 20 Republicans voted against the rule on Tuesday. The weather in the capital was mild. "
        "Tourists queued at the museum. The trains ran late. Cafes were full by noon. The river rose."
    )
    url = "https://www.example.com/story/news/2023/10/18/rule-vote/1/"
    assert [c.value for c in _claims_of(tmp_path, url, nlp, options, text=votes)] == [20]
    tourists = votes.replace("20 Republicans", "20 tourists")
    assert _claims_of(tmp_path, url, nlp, options, text=tourists) == []  # nobody political: out of scope


def test_a_range_of_percentages_keeps_both_bounds(nlp: Language) -> None:
    (tariffs,) = find_claims(nlp("China imposed tariffs of 10% to 15% on U.S. coal and gas."))
    assert (tariffs.value, tariffs.low, tariffs.high, tariffs.unit) == (None, 10, 15, "percent")
    (inflation,) = find_claims(nlp("Inflation rose 0.2% to 3.1% in March."))
    assert inflation.value == 3.1  # a change and the level it reached, not a range


def test_a_whole_and_a_fraction_are_one_value(nlp: Language) -> None:
    (vulgar,) = find_claims(nlp("A Russian court sentenced the journalist to 6½ years in prison on Friday."))
    (slashed,) = find_claims(nlp("The court sentenced him to 6 1/2 years in prison."))
    assert (vulgar.value, vulgar.unit) == (slashed.value, slashed.unit) == (6.5, "years")
    (spaced,) = find_claims(nlp("The court sentenced him to 3 ½ years in prison."))
    assert spaced.value == 3.5


def test_a_harm_word_counts_only_when_the_value_counts_the_harmed(
    tmp_path: Path, nlp: Language, options: Options
) -> None:
    injured = (
        "Burrow has missed every game since Week 2 while dealing with a turf toe injury, but Cincinnati "
        "opened his 21-day practice window on Nov. 10."
    )
    url = "https://www.example.com/story/sports/nfl/2025/11/23/bengals/1/"
    assert _claims_of(tmp_path, url, nlp, options, text=injured) == []  # the injury is no count of the harmed
    killed = "The war has killed more than 11,000 Palestinians, wounded thousands and left much of Gaza in ruins."
    claims = _claims_of(tmp_path, url, nlp, options, text=killed)
    assert [(c.value or c.low, c.unit) for c in claims] == [(11_000, "Palestinians"), (2_000, "Palestinians")]


def test_states_named_as_places_do_not_make_an_article_political(
    tmp_path: Path, nlp: Language, options: Options
) -> None:
    storm = (
        "A massive winter storm marched across the central U.S. on Tuesday. Heavy snow fell in Canada. "
        "Dust storms swept through towns in Mexico. The storm dropped 3 inches of rain on Dallas. "
        "Crews worked through the night. Schools stayed closed."
    )
    url = "https://www.example.com/story/news/nation/2025/03/04/storm/1/"
    assert _claims_of(tmp_path, url, nlp, options, text=storm) == []
    acting = storm.replace("Heavy snow fell in Canada.", "Canada sent 40 rescue workers.")
    assert [c.value for c in _claims_of(tmp_path, url, nlp, options, text=acting)] == [40, 3]


def test_a_record_that_lists_counted_things_is_their_source(nlp: Language) -> None:
    stores, states = find_claims(nlp("Court documents list 533 stores across 49 states on the chopping block."))
    assert states.value == 49 and stores.subject == "533 stores" and stores.claimant == "Court documents"
    (trucks,) = find_claims(nlp("Previous images showed up to 90 trucks waiting to cross."))
    assert trucks.subject == "up to 90 trucks" and trucks.claimant == "Previous images"
    (bodies,) = find_claims(nlp("Police found 90 bodies in the river."))
    assert bodies.subject == "Police"  # an actor found them itself


def test_subjects_keep_the_phrases_that_say_which(nlp: Language) -> None:
    text = (
        "In 2008, Mr. Jackson used the money for things like a $466.30 dinner at CityZen and a $5,587.75 "
        "vacation at the Martha's Vineyard Holistic Retreat, the document said."
    )
    dinner, vacation = find_claims(nlp(text))
    assert (
        dinner.subject == "dinner at CityZen"
        and vacation.subject == "vacation at the Martha's Vineyard Holistic Retreat"
        and vacation.unit == "USD"
    )
    poverty = nlp("According to the agency, 81.5% of the population in Gaza lives in poverty.")
    (share,) = find_claims(poverty)
    assert share.subject == "the population in Gaza" and share.unit == "percent"
    (poll,) = [
        c for c in find_claims(nlp("About 80% of 400 people surveyed in Lebanon support the attacks.")) if c.value == 80
    ]
    assert poll.subject == "400 people surveyed in Lebanon"


def test_a_distance_that_locates_a_place_is_no_claim(nlp: Language) -> None:
    text = "Navalny had been imprisoned since 2021, most recently about 40 miles north of the Arctic Circle."
    assert find_claims(nlp(text)) == []
    assert find_claims(nlp("Russian troops advanced to within 20 miles of Kyiv."))  # how near, not where


def test_i_in_a_direct_quote_is_its_named_speaker(nlp: Language) -> None:
    named = nlp('"I have spent $2 billion on the border," Gov. Greg Abbott said.')
    (spent,) = find_claims(named, quotes=find_quotes(named))
    assert spent.subject == "Gov. Greg Abbott"
    unnamed = nlp('"I raised $5 million last quarter," he said.')
    (raised,) = find_claims(unnamed, quotes=find_quotes(unnamed))
    assert raised.subject is None


def test_alternatives_are_a_range_and_a_hyphenated_unit_stays_whole(nlp: Language) -> None:
    (killed,) = find_claims(nlp("Officials said 30 or 40 people were killed in the attack."))
    assert (killed.value, killed.low, killed.high, killed.unit) == (None, 30, 40, "people")
    (cost,) = find_claims(nlp("The plan would cost 30 or 50 billion dollars."))
    assert (cost.low, cost.high, cost.unit) == (30e9, 50e9, "USD")
    (named,) = find_claims(nlp("The indictment names 18 co-defendants."))
    assert named.unit == "co-defendants"
    workers = find_claims(nlp("In January, 3.4 million or 2.1% of US workers left their jobs."))
    assert [c.value for c in workers] == [3_400_000, 2.1]  # a count and its share, not a range
    thrust = find_claims(nlp("The rocket has a thrust of 5.1 million pounds or 2300 metric tons at lift-off."))
    assert [c.unit for c in thrust] == ["pounds", "metric tons"]  # one value in two units


def test_a_whole_keeps_no_half_of_a_bracket(nlp: Language) -> None:
    text = "He used 20% of the savings identified by Musk's Department of Government Efficiency (DOGE) for it."
    (share,) = find_claims(nlp(text))
    assert share.unit == "percent of the savings identified by Musk's Department of Government Efficiency"


def test_a_subject_keeps_no_conjunction_whose_conjunct_hangs_elsewhere(nlp: Language) -> None:
    text = (
        "He became the first of the former President's children to testify in a case where $250 million in damages "
        "and a New York ban on the entire Trump organization is at stake."
    )
    (damages,) = [c for c in find_claims(nlp(text)) if c.unit == "USD"]
    assert damages.subject == "$250 million in damages"


def test_a_share_standing_alone_is_of_the_whole_named_before(nlp: Language) -> None:
    doc = nlp("According to officials, 70% of the residents in the valley live in poverty and 40% are without power.")
    water, power = find_claims(doc)
    assert (water.subject, water.value, power.subject, power.value) == (
        "the residents in the valley",
        70.0,
        "the residents in the valley",
        40.0,
    )
    fronted = nlp("Among the farmers surveyed, 55% expected a poor harvest and 20% sold land.")
    assert [c.subject for c in find_claims(fronted)] == ["the farmers", "the farmers"]
    alone = nlp("Still, 35% said they would vote for the challenger.")
    assert [(c.subject, c.value) for c in find_claims(alone)] == [(None, 35.0)]  # a share of no named whole


def test_a_number_after_a_unit_of_time_labels_a_day_and_counts_nothing(nlp: Language) -> None:
    doc = nlp(
        "She promised to succeed on day one, and the strike entered week 3 as the union has been out for 15 days."
    )
    assert [(c.value, c.unit) for c in find_claims(doc)] == [(15.0, "days")]  # a count of days, no label
