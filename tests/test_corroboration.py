"""Corroboration and origin evidence: independent sources from credits, citations, documents and
rewordings; quotes and claims grouped only when they state the same thing. Sentences follow
patterns of real multi-outlet news."""

from __future__ import annotations

from parallax.config import Options
from parallax.corpus import Corpus
from parallax.crosscheck import corroborate
from parallax.crosscheck.corroboration import said_words, same_claim, same_mention, same_quote
from parallax.crosscheck.origin import (
    article_credits,
    credited_picture,
    publisher_key,
    sentence_around,
    shared_passages,
    statement_attributions,
)
from parallax.records import Actor, Article, Claim, EventMention, Extraction, Quote, Story


def _credits(text: str) -> list[tuple[str, str]]:
    return [(c.agency, c.how) for c in article_credits(Article(id="a", text=text))]


def test_datelines_copyright_and_signoff_credit_the_agency() -> None:
    assert _credits("By Ali Sawafta\nOFER PRISON, West Bank, Jan 1 (Reuters) - Israel indicted a teenager.") == [
        ("Reuters", "dateline")
    ]
    assert _credits("DALLAS (AP) - American Airlines has apologized.") == [("Associated Press", "dateline")]
    assert _credits("Rihanna captioned it.\nCopyright 2017 The Associated Press. All rights reserved.") == [
        ("Associated Press", "copyright")
    ]
    signoff = "She went viral. (Reporting by Ali Sawafta and Maayan Lubell; Editing by Peter Graff)"
    assert _credits(signoff) == [("Reuters", "signoff")]


def test_caption_credits_and_contributions_do_not_make_a_dispatch() -> None:
    caption = "The trail of a rocket carrying what it has said is a satellite. (Reuters)\nNorth Korea on Sunday fired."
    assert _credits(caption) == []
    (credit,) = article_credits(
        Article(id="a", text="He played at Memphis.\nThe Associated Press contributed to this report.")
    )
    assert (credit.agency, credit.how, credit.whole) == ("Associated Press", "contributed", False)


def test_one_publisher_whatever_the_subdomain_or_spelling() -> None:
    assert publisher_key("edition.cnn.com", None) == publisher_key("money.cnn.com", None) == "CNN"
    assert publisher_key("Fox News", None) == publisher_key(None, "http://www.foxnews.com/politics/x") == "Fox News"
    assert publisher_key("usa.chinadaily.com.cn", None) == publisher_key("www.chinadaily.com.cn", None)
    assert publisher_key("abcnews.go.com", None) == "ABC News"
    assert publisher_key(None, "https://news.example.co.uk/a") == "example.co.uk"


def test_statement_attributions_name_the_outlet_or_document() -> None:
    assert statement_attributions("Musk wants to land two spacecraft on Mars by 2022, according to CNN.") == {
        "report:CNN"
    }
    assert statement_attributions('"We were on the inside," Harris told the Times.') == {"report:The New York Times"}
    assert statement_attributions("Afghan troops called in air support, reports BBC News.") == {"report:BBC"}
    assert "document" in statement_attributions("“Today we transferred 21 girls,” the ICRC said on Twitter.")
    embed = "Today we transferred 21 of the #Chibokgirls. — ICRC Africa (@ICRC_Africa) October 13, 2016"
    assert statement_attributions(embed) == {"document"}
    said = '"CNN reported nothing new," he said.'
    assert statement_attributions(said, quoted=(0, said.index(",") + 2)) == set()


def _claim(text: str, value: float, unit: str, *, hedge: str | None = None) -> Claim:
    low = value if hedge else None
    return Claim(
        article="a", start=0, end=len(text), text=text, value=None if hedge else value, low=low, hedge=hedge, unit=unit
    )


def test_claims_are_one_only_with_the_same_figure_and_words() -> None:
    killed = _claim("At least two people have been killed in the blast, officials said.", 2, "people", hedge="at least")
    worked = _claim("About 30 people worked in the consulate building.", 30, "people", hedge="about")
    assert not same_claim(killed, worked)
    fox = _claim("Democrats picked up just six seats on Election Day earlier this month.", 6, "seats")
    huffpost = _claim("They picked up just six seats in this election cycle, far fewer than expected.", 6, "seats")
    assert same_claim(fox, huffpost)


def _quote(article: str, text: str, speaker: str | None = "person:donald-trump") -> Quote:
    return Quote(article=article, start=0, end=len(text), text=text, speaker=speaker)


def test_quotes_are_one_only_with_a_verbatim_run() -> None:
    tweet = "If you are weeding out Fake News, there is nothing so Fake as CNN & MSNBC"
    other = "Censorship is a very dangerous thing & impossible to police, fake news CNN and MSNBC"
    assert not same_quote(_quote("a", tweet), _quote("b", other))
    full = "We’re going to confront the national security crisis on our southern border, and we’re going to do it"
    short = "We’re going to confront the national security crisis on our southern border"
    assert same_quote(_quote("a", full), _quote("b", short))
    assert not same_quote(_quote("a", full), _quote("b", short, speaker="person:nancy-pelosi"))


def _corpus(texts: dict[str, tuple[str, str, str | None]], items: dict[str, list[Quote]]) -> Corpus:
    corpus = Corpus.of(
        (
            Article(id=a, text=text, source=source, published=published),
            Extraction(article=a, quotes=items.get(a, [])),
        )
        for a, (text, source, published) in texts.items()
    )
    corpus.stories = [Story(id="s", articles=list(texts))]
    return corpus


def _quoted(article: str, text: str, said: str, speaker: str | None = "org:icrc", channel: str | None = None) -> Quote:
    start = text.index(said)
    return Quote(article=article, start=start, end=start + len(said), text=said, speaker=speaker, channel=channel)


def test_one_tweet_quoted_by_two_outlets_is_one_source(options: Options) -> None:
    said = "Today we transferred 21 of the #Chibokgirls and handed them to the #Nigeria government authorities"
    npr = f"1/2 {said}. — ICRC Africa (@ICRC_Africa) October 13, 2016"
    wapo = f"“{said},” the ICRC said on Twitter."
    corpus = _corpus(
        {"npr": (npr, "www.npr.org", "2016-10-13"), "wapo": (wapo, "www.washingtonpost.com", "2016-10-13")},
        {"npr": [_quoted("npr", npr, said)], "wapo": [_quoted("wapo", wapo, said)]},
    )
    corroborate(corpus, options=options)
    (record,) = corpus.corroboration
    assert record["independent"] == 1 and record["publishers"] == ["NPR", "The Washington Post"]
    assert "one statement, post or interview" in record["collapsed"][0]


def test_a_wire_original_is_not_a_copy_of_its_earlier_republication(options: Options) -> None:
    body = "Israel indicted a 16-year-old Palestinian girl on Monday for assaulting two soldiers."
    said = "acted professionally by showing restraint in the face of the provocation"
    mail = f"By Ali Sawafta\nOFER PRISON, West Bank, Jan 1 (Reuters) - {body}\nThe army said he {said}."
    reuters = f"OFER PRISON, West Bank (Reuters) - {body}\nThe army said the soldier {said}."
    corpus = _corpus(
        {
            "mail": (mail, "www.dailymail.co.uk", "2018-01-01T17:03"),
            "reuters": (reuters, "www.reuters.com", "2018-01-01T17:58"),
        },
        {"mail": [_quoted("mail", mail, said, "org:idf")], "reuters": [_quoted("reuters", reuters, said, "org:idf")]},
    )
    corpus.copies = [{"copy": "reuters", "original": "mail", "containment": 0.9, "kind": "copy", "passages": []}]
    corroborate(corpus, options=options)
    (record,) = corpus.corroboration
    assert record["independent"] == 1 and record["sources"] == ["Reuters"]
    # the stored copy record and the source profiles read the credited direction too
    (copy,) = corpus.copies
    assert (copy["copy"], copy["original"]) == ("mail", "reuters") and "Reuters credit" in copy["reason"]


def test_two_rewordings_of_one_dispatch_are_one_source(options: Options) -> None:
    said = "nobody knows what's happening, and now it looks like Gadhafi is going to beat the United States"
    fox = f'Trump accused Obama of conducting a confusing policy on the civil war in Libya, saying "{said}."'
    huffpost = f'He accused Obama of carrying out a confusing policy on the civil war in Libya, saying "{said}."'
    other = f'At a rally on Thursday, Trump said "{said}," and the crowd laughed.'
    texts = {"fox": (fox, "Fox News", "2011-04-07"), "hp": (huffpost, "HuffPost", "2011-04-07")}
    texts["nyt"] = (other, "The New York Times", "2011-04-07")
    quotes = {a: [_quoted(a, text, said, "person:donald-trump")] for a, (text, _, _) in texts.items()}
    corpus = _corpus(texts, quotes)
    corroborate(corpus, options=options)
    (record,) = corpus.corroboration
    assert record["publishers"] == ["Fox News", "HuffPost", "The New York Times"]
    assert record["independent"] == 2  # Fox and HuffPost reword one text; the Times quotes it apart


def test_a_statement_credited_to_another_outlet_counts_as_that_outlet(options: Options) -> None:
    said = "This discovery, if the interpretation of the data holds up, looks very exciting indeed"
    nbc = f"“{said},” said Priyamvada Natarajan, an astrophysicist at Yale University."
    wapo = f"“{said},” Priyamvada Natarajan, a theoretical astrophysicist at Yale University, told NBC."
    texts = {"nbc": (nbc, "www.nbcnews.com", "2018-02-05"), "wapo": (wapo, "www.washingtonpost.com", "2018-02-06")}
    quotes = {a: [_quoted(a, text, said, "person:natarajan")] for a, (text, _, _) in texts.items()}
    corpus = _corpus(texts, quotes)
    corroborate(corpus, options=options)
    (record,) = corpus.corroboration
    assert record["independent"] == 1 and record["sources"] == ["NBC News"]


def test_a_wire_folder_in_the_url_credits_the_agency() -> None:
    url = "https://www.nytimes.com/reuters/2018/01/01/world/middleeast/01reuters-israel-palestinians-teen.html"
    article = Article(id="a", text="OFER PRISON, West Bank — Israel indicted a girl.", url=url)
    assert [(c.agency, c.how) for c in article_credits(article)] == [("Reuters", "url")]


def test_a_quote_from_one_broadcast_is_one_source_in_every_outlet(options: Options) -> None:
    said = "I can't help but think that those remarks are well over the line. It's wrong. It's destructive"
    fox = f'"{said}," said Robert Gibbs, the president\'s former press secretary.'
    nyt = f"“{said},” Mr. Gibbs said on the ABC News program “This Week.”"
    texts = {"fox": (fox, "Fox News", "2012-02-19"), "nyt": (nyt, "The New York Times", "2012-02-19")}
    quotes = {a: [_quoted(a, text, said, "person:robert-gibbs")] for a, (text, _, _) in texts.items()}
    corpus = _corpus(texts, quotes)
    corroborate(corpus, options=options)
    (record,) = corpus.corroboration
    assert record["independent"] == 1 and record["sources"] == ["ABC News"]


def test_a_title_or_initials_end_no_sentence() -> None:
    text = "He left. “Hi there,” Mr. Gibbs said on the ABC News program “This Week.” Then U.S. officials spoke. Next."
    start = text.index("Hi")
    left, right = sentence_around(text, start, start + 8)
    assert text[left:right] == "“Hi there,” Mr. Gibbs said on the ABC News program “This Week.”"
    start = text.index("officials")
    left, right = sentence_around(text, start, start + 9)
    assert text[left:right] == "Then U.S. officials spoke."


def test_a_post_named_in_the_sentence_is_a_document() -> None:
    assert statement_attributions("Ms. Lauten later posted an apology for her words, saying she had judged them.") == {
        "document"
    }
    assert statement_attributions("Calderón told CNBC the wall would be useless.") == {"report:CNBC"}
    assert statement_attributions('"They cannot believe it," Trump told NBC\'s "Today" show.') == {"report:NBC News"}


def test_a_photo_caption_is_no_report(options: Options) -> None:
    said = "The gravitational lens galaxy can be seen at the centre, with four lensed background quasars"
    mail = f"Pictured, {said}.\nAstronomers found planets beyond the Milky Way."
    post = f"{said}. (University of Oklahoma)\nAstronomers found planets in another galaxy."
    corpus = _corpus(
        {"mail": (mail, "www.dailymail.co.uk", "2018-02-03"), "post": (post, "www.washingtonpost.com", "2018-02-06")},
        {"mail": [_quoted("mail", mail, said)], "post": [_quoted("post", post, said)]},
    )
    corroborate(corpus, options=options)
    assert corpus.corroboration == []


# The Independent and the Telegraph on the Mazar-i-Sharif bombing (2016-11-10): both run one AFP
# dispatch, reworded in places; neither copies the other and the dispatch is not in the corpus.
INDEPENDENT = (
    "The Taliban called it a “revenge attack” for US airstrikes in the volatile province of Kunduz earlier this "
    "month that left up to 32 civilians dead.\n\n“The suicide attacker rammed his explosives-laden car into the wall "
    "of German consulate in the city,” local police chief Sayed Kamal Sadat told AFP.\n\nA huge explosion, followed "
    "by sporadic gunfire, reverberated across the usually tranquil city, smashing windows of nearby shops and leaving "
    "terrified local residents fleeing for cover."
)
TELEGRAPH = (
    'The Taliban said the bombing late Thursday, which tore a massive crater in the road and overturned cars, was a "'
    'revenge attack" for US air strikes this month in the volatile province of Kunduz that left 32 civilians dead.\n\n'
    "The explosion, followed by sporadic gunfire, reverberated across the usually tranquil northern city, smashing "
    'windows of nearby shops and leaving terrified local residents fleeing for cover.\n\n"The suicide attacker rammed '
    'his explosives-laden car into the wall of the German consulate," local police chief Sayed Kamal Sadat told AFP.'
)


def _claimed(article: str, text: str, said: str, value: float, unit: str) -> Claim:
    start = text.index(said)
    return Claim(article=article, start=start, end=start + len(said), text=said, value=value, unit=unit)


def test_two_outlets_running_one_wire_text_are_one_source(options: Options) -> None:
    first, second = shared_passages(INDEPENDENT, TELEGRAPH)
    (passage,) = [INDEPENDENT[s:e] for s, e in first]
    assert passage.endswith("smashing windows of nearby shops and leaving terrified local residents fleeing for cover")
    assert "revenge" not in passage and "suicide attacker" not in passage  # the speaker's words are no evidence
    assert len(second) == 1
    # the toll sentence is reworded, not shared: the passage elsewhere says both run one text
    independent = _claimed("ind", INDEPENDENT, INDEPENDENT.split("\n")[0], 32, "civilians")
    telegraph = _claimed("tel", TELEGRAPH, TELEGRAPH.split("\n")[0], 32, "civilians")
    corpus = Corpus.of(
        [
            (
                Article(id="ind", text=INDEPENDENT, source="www.independent.co.uk"),
                Extraction("ind", claims=[independent]),
            ),
            (Article(id="tel", text=TELEGRAPH, source="www.telegraph.co.uk"), Extraction("tel", claims=[telegraph])),
        ]
    )
    corpus.stories = [Story(id="s", articles=["ind", "tel"])]
    corroborate(corpus, options=options)
    record = corpus.corroboration[0]
    assert record["independent"] == 1 and record["figure"] == "32 civilians"
    assert "run passages of one text verbatim" in record["collapsed"][0]


def test_a_long_quote_of_one_speaker_is_no_shared_text() -> None:
    said = (
        "“We are especially concerned about how this legislation could affect our student-athletes and employees. "
        "We intend to closely examine the implications of this bill and how it might affect future events as well "
        "as our workforce.”"
    )
    fox = f"{said} said NCAA President Mark Emmert on Thursday."
    nyt = f"The association, based in Indianapolis, was among the first to object. {said} he said."
    assert shared_passages(fox, nyt) == ([], [])
    # British single quotes and an embedded post are the speaker's words too
    mail = "'This is just mad,' said a furious Sebastian Vettel over the team radio, as the rain came down hard."
    mirror = '"This is just mad," said a furious Sebastian Vettel over the team radio, as the crowd went quiet.'
    assert shared_passages(mail, mirror) == ([], [])


def test_a_quote_is_one_only_by_the_words_the_speaker_said() -> None:
    fox = (
        "President Trump on Monday called the criminal case against former national security adviser Michael Flynn "
        "“very unfair,” claiming he and Hillary Clinton both “lied” to the FBI."
    )
    huffpost = "President Donald Trump on Monday defended his former national security adviser, Michael Flynn."
    called = _quoted(
        "fox", fox, "the criminal case against former national security adviser Michael Flynn “very unfair,”"
    )
    defended = _quoted("hp", huffpost, "his former national security adviser, Michael Flynn")
    called.direct = defended.direct = False
    texts = {"fox": fox, "hp": huffpost}
    assert said_words(called, fox) == ["very", "unfair"] and said_words(defended, huffpost) == []
    assert not same_quote(called, defended, texts)
    # the Daily Mail's single quotes: the extractor's "indirect" quote is the speaker's words
    mail = "‘This is an example of how powerful the techniques of analysis of extragalactic microlensing can be,’ said Guerras."
    independent = '"This is an example of how powerful the techniques of analysis of extragalactic microlensing can be,” said Dr Guerras.'
    content = "This is an example of how powerful the techniques of analysis of extragalactic microlensing can be"
    a, b = _quoted("mail", mail, content, "person:guerras"), _quoted("ind", independent, content, "person:guerras")
    a.direct = False
    assert same_quote(a, b, {"mail": mail, "ind": independent})


def test_an_airline_statement_quoted_alike_is_one_source(options: Options) -> None:
    said = "We take great pride providing exemplary customer service, and on this flight we failed to do so"
    wapo = f"“ANA would like to express its apologies,” the airline said. “{said}.”"
    nyt = f'"{said}," the airline said.'
    texts = {"wapo": (wapo, "www.washingtonpost.com", "2017-12-27"), "nyt": (nyt, "www.nytimes.com", "2017-12-27")}
    quotes = {a: [_quoted(a, text, said, "the airline")] for a, (text, _, _) in texts.items()}
    corpus = _corpus(texts, quotes)
    corroborate(corpus, options=options)
    (record,) = corpus.corroboration
    assert record["independent"] == 1 and "one statement" in record["collapsed"][0]


def test_a_credited_caption_and_a_private_post_corroborate_no_toll(options: Options) -> None:
    caption = (
        "French police forces and forensic officers stand next to a truck on Thursday that ran into a crowd "
        "celebrating the Bastille Day national holiday on the Promenade des Anglais killing almost 80 people in "
        "Nice, France. Reuters"
    )
    assert credited_picture(caption)
    assert not credited_picture("Officials said at least 84 people were killed, Reuters reported.")
    post = (
        'Haley Copeland wrote: "By now many of you have heard about the 80 people that have died in Nice, France '
        'today from a terrorist attack driving through a parade."'
    )
    said = post[post.index("By now") : -2]
    quote = Quote(
        article="sun",
        start=post.index(said),
        end=post.index(said) + len(said),
        text=said,
        speaker="person:haley-copeland",
        direct=True,
    )
    sun = _claimed("sun", post, post, 80, "people")
    daily = _claimed("cd", caption, caption, 80, "people")
    corpus = Corpus.of(
        [
            (
                Article(id="sun", text=post, source="www.thesun.co.uk"),
                Extraction(
                    "sun",
                    quotes=[quote],
                    claims=[sun],
                    actors=[Actor(id="person:haley-copeland", name="Haley Copeland", kind="person")],
                ),
            ),
            (Article(id="cd", text=caption, source="usa.chinadaily.com.cn"), Extraction("cd", claims=[daily])),
        ]
    )
    corpus.stories = [Story(id="s", articles=["sun", "cd"])]
    corroborate(corpus, options=options)
    assert all(r["kind"] != "claim" for r in corpus.corroboration)


def _mention(article: str, text: str, modality: str) -> EventMention:
    return EventMention(article=article, start=0, end=len(text), text=text, modality=modality)


def test_mentions_are_alike_only_with_one_modality() -> None:
    huffpost = "He was one of several members of the House Foreign Affairs Committee who signed a letter calling on Trump to cancel."
    nyt = (
        "Representative Jerrold Nadler of New York, the top Democrat on the House Judiciary Committee, stopped short "
        "of calling on Mr. Trump to cancel, but he said the president should insist on the indictments."
    )
    assert not same_mention(_mention("hp", huffpost, "asserted"), _mention("nyt", nyt, "reported"))
    fox = "They note that then-President Bill Clinton in 1993 signed similar federal legislation into law."
    hp = "It simply mirrors federal law that President Bill Clinton signed into law in 1993 as federal legislation."
    assert same_mention(_mention("fox", fox, "asserted"), _mention("hp", hp, "asserted"))


def test_reports_attributing_a_claim_to_one_claimant_are_one_source(options: Options) -> None:
    nyt = "Prime Minister Manuel Valls said Friday morning that France would observe three days of national mourning."
    sun = "French Prime Minister Manual Valls says the country will observe three days of national mourning from Saturday."
    claims = {
        a: Claim(article=a, start=0, end=len(t), text=t, value=3, unit="days", claimant="person:manuel-valls")
        for a, t in (("nyt", nyt), ("sun", sun))
    }
    corpus = Corpus.of(
        [
            (Article(id="nyt", text=nyt, source="www.nytimes.com"), Extraction("nyt", claims=[claims["nyt"]])),
            (Article(id="sun", text=sun, source="www.thesun.co.uk"), Extraction("sun", claims=[claims["sun"]])),
        ]
    )
    corpus.stories = [Story(id="s", articles=["nyt", "sun"])]
    corroborate(corpus, options=options)
    record = corpus.corroboration[0]
    assert record["independent"] == 1 and record["sources"] == ["Manuel Valls"]
    assert "all attribute it to Manuel Valls" in record["collapsed"][0]
