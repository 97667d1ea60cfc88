"""The importer's parser on real report text (tests/ingest/corpus): the figures it reaches
on the development, held-out and unseen parts are floors, so a regression fails.

Targets of the issue, for the held-out part: rejected 0, tier right >= 99%, figures with the
right year recall >= 90% and precision >= 95%; for the unseen part: rejected 0, tier right
>= 99%, recall >= 85%. The floors below are what the parser reaches today;
`python -m tests.ingest.real_text` prints the scores.
"""

from __future__ import annotations

import pytest

from tests.ingest.real_text import (
    Scores,
    _number,
    development,
    held_out,
    passages,
    score,
    unseen,
)


@pytest.fixture(scope="module")
def dev() -> Scores:
    return score(development())


@pytest.fixture(scope="module")
def held() -> Scores:
    return score(held_out())


@pytest.fixture(scope="module")
def new() -> Scores:
    return score(unseen())


def test_the_corpus_and_its_split() -> None:
    names = [passage.name for passage in passages()]
    assert len(names) == len(set(names)) == 1200
    # Numbered p001 on, past p999 to p1000 and on: kept in number order, one passage a number.
    numbers = [_number(passage) for passage in passages()]
    assert numbers == sorted(set(numbers))
    assert len(held_out()) == 465
    assert len(unseen()) == 45
    assert {p.name for p in held_out()}.isdisjoint(p.name for p in development())
    assert {p.name for p in unseen()}.isdisjoint(p.name for p in held_out() + development())
    assert {p.kind for p in passages()} == {"page", "section", "list"}
    assert {p.report_year for p in passages()} >= {2003, 2006, 2013, 2018, 2023, 2024}


def test_held_out_part(held: Scores) -> None:
    # The first 88 passages before the parser was changed for the second batch: recall
    # 125/160, precision 125/168, tiers 50/53; the 151 (with the fourth batch's 63) before
    # it was changed for the fourth: recall 245/314, precision 245/312, tiers 77/82; the
    # 173 (with the fifth batch's 22) before it was changed for the fifth: recall 304/360,
    # precision 304/355, tiers 92/92; the 191 (with the sixth batch's 18) before it was
    # changed for the sixth: recall 358/433, precision 358/422, tiers 97/97; the 210 (with
    # the seventh batch's 19) before it was changed for the seventh: recall 410/485,
    # precision 410/491, tiers 101/101, qualifiers 409/410; the 228 (with the ninth batch's
    # 18) before it was changed for the ninth: recall 427/505, precision 427/512, tiers
    # 108/109; the 248 (with the tenth batch's 20) before it was changed for the tenth:
    # recall 448/531, precision 448/534, tiers 120/121; the 264 (with the eleventh batch's
    # 16) before it was changed for the eleventh: recall 484/581, precision 484/575 (the
    # batch's 16 first scored at 35/50 and 35/41, the older 248 at 449/531 and 449/534),
    # tiers 124/125; the 286 (with the twelfth batch's 22) before it was changed for the
    # twelfth: recall 491/588, precision 491/582, tiers 140/142, one file rejected (the
    # batch's 22 first scored at 6/7 and 6/7, tiers 16/17, one of its 17 files rejected);
    # the 307 (with the thirteenth batch's 21) before it was changed for the thirteenth:
    # recall 522/629, precision 522/622, tiers 150/153, two files rejected (the batch's 21
    # first scored at 27/41 and 27/38, tiers 10/11, one of its 11 files rejected), and the
    # same after the change (scored, never inspected); the 325 (with the fourteenth batch's
    # 18) before it was changed for the fourteenth: recall 567/679, precision 567/670, tiers
    # 157/159, one file rejected (the batch's 18 first scored at 45/50 and 45/48, tiers 6/6,
    # none of its 6 files rejected; the older 307 at 522/629 and 522/622), and after it
    # 567/679 and 567/660 (scored, never inspected); the 341 (with the fifteenth batch's 16)
    # before it was changed for the fifteenth: recall 579/693, precision 579/676, tiers
    # 167/170, one file rejected (the batch's 16 first scored at 12/14 and 12/16, tiers 9/11,
    # one of its 11 files rejected; the older 325 at 567/679 and 567/660), and after it
    # 579/693 and 579/677 (the older 325 at 567/679 and 567/661; scored, never inspected).
    # At first sight one file of the twelfth batch's held-out part and one of the
    # thirteenth's were rejected, and three pages had the wrong tier. The header readings
    # tried on invented pages since (a Special Case's opening, a finding that gives Tier 1 or
    # 3, dashes with no blanks, lowercased headers, run-together paragraphs, headers wrapped
    # over three lines or run into the narrative, "SPECIAL CASE: NAME" run on) read both files
    # and two of the tiers. The last two shapes are among those the twelfth and thirteenth
    # batches' paragraphs in PROVENANCE.md describe, and those paragraphs describe held-out
    # passages too, so these two figures are not clean evidence (PROVENANCE.md). Which pages
    # they are is not looked at, so only the counts are asserted.
    # Loosened with the fifteenth batch: its held-out part brought one rejected file and two
    # pages whose tier is not read (which ones is not looked at, and no reading was written
    # for them), and the batch's general readings cost one invented figure among the older
    # held-out passages (567/660 to 567/661); development evidence decides, not these totals.
    # The 349 (with the sixteenth batch's 8) before it was changed for the sixteenth: recall
    # 580/696, precision 580/680, tiers 174/177, one file rejected (the batch's 8 first
    # scored at 1/3 and 1/3, tiers 7/7, none of its 7 files rejected; the older 341 at
    # 579/693 and 579/677), and the same after it (scored, never inspected). Loosened with
    # the sixteenth batch: the older 341 passages stand where they stood; the two invented
    # figures and two misses added are the new held-out passages' own (which ones is not
    # looked at, and no reading was written for them).
    # The 365 (with the seventeenth batch's 16) before it was changed for the seventeenth:
    # recall 596/716, precision 596/702, tiers 183/187, two files rejected (the batch's 16
    # first scored at 16/20 and 16/22, tiers 9/10, one of its 10 files rejected; the older 349
    # where they stood), and after it 602/716 and 602/703 (the older 349 at 586/696 and
    # 586/681; the batch's own unchanged; scored, never inspected). Loosened for the batch's
    # rejected file and wrong tier, which are not looked at.
    # The 383 (with the eighteenth batch's 18) before it was changed for the eighteenth:
    # recall 630/746, precision 630/739, tiers 196/200, two files rejected (the batch's 18
    # first scored at 28/30 and 28/36, tiers 13/13, none of its 13 files rejected), and after
    # it 627/746 and 627/733 (the older 365 at 599/716 and 599/699, three true figures
    # fewer; the batch's own at 28/30 and 28/34; scored, never inspected). Loosened for the
    # three figures its rules cost, which are not looked at (PROVENANCE.md).
    # The 396 (with the nineteenth batch's 13) before it was changed for the nineteenth: recall
    # 641/760, precision 641/747, tiers 205/210, three files rejected (the batch's 13 first
    # scored at 14/14 and 14/14, tiers 9/10, one of its 10 files rejected), and the same after
    # it (scored, never inspected). Loosened for the batch's rejected file and wrong tier,
    # which are not looked at.
    # The 405 (with the twentieth batch's 9) before it was changed for the twentieth: recall
    # 652/771, precision 652/763, tiers 212/217, three files rejected (the batch's 9 first
    # scored at 11/11 and 11/16, tiers 7/7, none of its 7 files rejected), and the same after
    # it (scored, never inspected). Loosened for the batch's five invented figures, which are
    # not looked at.
    # The 421 (with the twenty-first batch's 16) before it was changed for the twenty-first:
    # recall 652/776, precision 652/765, tiers 228/233, three files rejected (the batch's 16
    # first scored at 0/5 and 0/2, tiers 16/16, none of its 16 files rejected), and after it
    # 653/776 and 653/766 (the older 405 where they stood; scored, never inspected).
    # Loosened for the batch's two invented figures, which are not looked at.
    # The 436 (with the twenty-second batch's 15) before it was changed for the twenty-second:
    # recall 664/789, precision 664/777, tiers 239/244, three files rejected (the batch's 15
    # first scored at 11/13 and 11/11, tiers 11/11, none of its 11 files rejected), and after
    # it 664/789 and 664/774 (scored, never inspected).
    # The header readings of the same round (page shapes written on invented pages) took one
    # rejected file and one wrong tier away: 2 rejected, tiers 240/244 (scored, never inspected).
    # The 465 (with the twenty-fourth batch's 17) before it was changed for the twenty-fourth:
    # recall 740/865, precision 740/852, tiers 255/259, two files rejected (the batch's 17
    # first scored at 15/15, tiers 15/15, none of its 15 files rejected), and after its
    # readings (victims' statuses, a total re-told after a part, "in X and abroad"; written on
    # the development part) and the same session's header styles (a run-in full stop, a
    # lowercased header run into its opening, a blank, a slash or a comma in the header;
    # written on invented pages): recall 739/865, precision 739/851 (scored, never inspected).
    assert (held.files, len(held.rejected)) == (260, 2)
    assert (held.tiers_right, held.tiers) == (255, 259)
    # The figure readings of the same round (comparisons, shares, "respectively", written on
    # invented sentences): recall 668/789, precision 668/771 (scored, never inspected).
    # The next round (tier-first headers, counts told by their change, a region's or another
    # body's count after the national one as a share, months of one year as no count, and a
    # comparison ended by a new verb; written on the development part and invented text):
    # recall 670/789, precision 670/773 (scored after each line of work, never inspected).
    # The 448 (with the twenty-third batch's 12) before it was changed for the twenty-third:
    # recall 717/850, precision 717/830, tiers 240/244, two files rejected (the batch's 12, all
    # sections, first scored at 47/61 and 47/57), and after its readings (years around a
    # count's parenthesis of parts, groups told by their predicate, a percentage's count,
    # federal and state governments' shares, adult victims as the count, a second body's
    # count kept after a body's; written on the development part and invented text): recall
    # 725/850, precision 725/837 (scored, never inspected).
    assert held.true_positives >= 739, held.summary()  # recall 739/865
    assert held.false_positives <= 112, held.summary()  # precision 739/851
    # One figure of the seventh batch's held-out part is found with another qualifier than
    # its label's; which one is not looked at.
    assert held.qualifiers_right >= held.true_positives - 1
    assert (held.list_names_read, held.list_names) == (135, 135)
    assert (held.list_checks_right, held.list_checks) == (12, 12)


def test_development_part(dev: Scores) -> None:
    # No file rejected: the last two (p070's header parted by PDF columns, p1136's bare tier
    # under the office's name over the profile) are read since the round of ingest-round.
    # (The twenty-fourth batch's blog copy, p1186, setting the quoted header's "(Tier 2 Watch
    # List)" over the profile with no title above it, is read since that batch's round.)
    assert dev.rejected == []
    assert (dev.tiers_right, dev.tiers) == (369, 369)
    # Missed, besides p070/p071's columns: p163's copy runs words together ("reportedinvestigating
    # 2,333"), which no reading of words can undo; of the ninth batch, counts its labels read as
    # totals and the parser as one group's (adult female, three Thai nationals), one dated in the
    # report's own year and one six years before the reporting period; of the eleventh batch,
    # convictions told only by a sentencing (p677) or by a prosecution 'resulting in a conviction'
    # (p680) (the adults' counts of p656, and of the twelfth batch p721's, are read since the
    # twenty-third batch's round); see `python -m tests.ingest.real_text` for the rest; of the
    # fifteenth, five agencies' investigation counts of the United States' 2015 page (p867) that
    # follow a first agency's count read as the national one, or that name "cases" opened; of the
    # sixteenth (p884's second body's count is read since the twenty-third batch's round), a
    # parenthesis of earlier years' convictions that a copy interleaving PDF columns cuts from its
    # sentence (p885); of the seventeenth, a part by form of a count compared after one of victims
    # in cases (p903); of the eighteenth, the police's count with an NGO beside the national one
    # (p958); of the twentieth, convictions of slaveholders in "cases that had been pending since
    # 2011 and 2015" (p1052); of the twenty-first, the Ministry of Interior's "269 new cases"
    # initiated, read as no investigations (p1101). (Of the twenty-third batch, the
    # prosecutors' counts of 2019 and 2018 told as "(1266)" after their years, p1173, are read
    # since the twenty-fourth batch's round.) Of the twenty-fourth (19 development passages), a
    # breakdown by form told as "at least 36 were subjected to sex trafficking, 25 to forced
    # labor" (p1187) and two copies interleaving PDF columns through their count sentences
    # (p1185, p1213).
    assert dev.true_positives >= 1374, dev.summary()  # recall 1374/1430
    # Invented: a copy that interleaves PDF columns cuts "nine sex ... traffickers" so that
    # the form is lost (p162); of the tenth batch, four men indicted in a case the sentences
    # before describe (p625); of the twenty-first, the stages of a count, "completed 72
    # investigations" and persons "charged", beside the cases initiated and the prosecutions
    # started (p1101); of the twenty-third, the comparison of a total its label leaves out as
    # the NGOs' and the government's together (p1156), investigations "resulting" from hotline
    # calls (p1157), "12 additional victims of forced labor" its label tells apart from the
    # labor trafficking count, with their 2016 count (p1161), and victims "identified ... as
    # victims of other crimes" (p1170).
    # Of the twenty-fourth, a count of a copy interleaving PDF columns given the wrong year (p1213).
    assert dev.false_positives <= 10, dev.summary()  # precision 1374/1384
    assert dev.qualifiers_right == dev.true_positives
    assert (dev.list_names_read, dev.list_names) == (483, 483)
    assert (dev.list_checks_right, dev.list_checks) == (28, 28)


def test_unseen_part(new: Scores) -> None:
    # The eighth batch (p495-p539), never tuned on and scored once for the closing note, as
    # the parser stood when it was collected: recall 74/90, precision 74/87, tiers 27/27;
    # after the ninth batch's rules 75/90 and 75/87; after the tenth batch's 75/90 and 75/85,
    # and after the eleventh's, the twelfth's, the thirteenth's, the fourteenth's, the
    # fifteenth's, the sixteenth's, the seventeenth's, the eighteenth's, the nineteenth's,
    # the twentieth's and the twenty-first's the same (only these totals were read). The
    # next round's second-value rules (months of one year, counts under other laws, bodies
    # joined by "and") lost one figure: 74/90 and 74/84. Which one was not looked at, and the
    # rules were kept, as changes are chosen on the development part only.
    assert (new.files, new.rejected) == (27, [])
    assert (new.tiers_right, new.tiers) == (27, 27)
    # The twenty-third batch's readings (see the held-out part) gained four: 78/90 and 78/88
    # (only these totals were read).
    assert new.true_positives >= 78, new.summary()  # recall 78/90
    assert new.false_positives <= 10, new.summary()  # precision 78/88
    assert new.qualifiers_right == new.true_positives
