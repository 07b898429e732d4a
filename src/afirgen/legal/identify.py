"""Section identification: which sections of law an officer would record.

Pipeline for one complaint:

1. retrieval ranks every offence section (lexical + dense, by passage);
2. :mod:`facts` reads the legally relevant facts with their evidence words;
3. :mod:`afirgen.legal.offences` turns facts into sections by the ingredients of
   each offence, one module per family (graded forms, value thresholds, joint
   liability, special laws);
4. a ruled section becomes final only if retrieval found it or a neighbour of the same
   family it grades from; an offence no rule models is final only when it ranks
   in the top ten *and* the complaint names it with one of its everyday names
   from the knowledge base; an optional :class:`CandidateJudge` (an LLM) may then
   remove, never add, sections;
5. candidates: the final sections, their companions (3(5) / 190 when two or more
   acted, 61(2) when they planned a deception together), ruled sections retrieval
   missed, up to three
   sections the complaint names by an everyday KB name (:class:`PhraseIndex`),
   then neighbouring grades and the rest of the retrieval ranking, ten in all;
6. with the learned model (:mod:`afirgen.legal.section_model`, engine "both", what
   the service runs): a rule section the model rates very unlikely is dropped, a section
   it rates likely is added, nothing is recorded when it reads the matter as no offence
   or civil, and the candidates are the finals, surest first, then the model's and the
   rules' other sections in one order by the model's probability and the rules' ranking
   (the thresholds below, chosen by cross-validation on the training corpus); engine
   "model" lets the model alone decide, "rules" leaves it out;
7. for incidents before 1 July 2024 the BNS result is expressed in IPC
   sections, each carrying its BNS equivalent for reference (a grade the correspondence
   table lacks, under its section's IPC one); the grades beside a chosen one are offered,
   as there each is an IPC section of its own (:data:`IPC_GRADES_OFFERED`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from itertools import zip_longest
from typing import TYPE_CHECKING, Literal, Protocol

import structlog
from pydantic import BaseModel, Field

from afirgen.legal.facts import Fact, Facts, detect_facts, lexicon_from_kb, phrase_pattern
from afirgen.legal.kb import (
    KnowledgeBase,
    heading,
    join_reference,
    normalise_act,
    split_reference,
)
from afirgen.legal.lexicon import SECTION_FACTS
from afirgen.legal.offences import (
    ALTERNATIVES,
    IPC_CHARGED_BESIDE,
    IPC_PREDECESSORS,
    RULE_FAMILIES,
    RuledSection,
    caused_by_negligence,
    common_intention_possible,
    companion_sections,
    derive_sections,
    family_of,
    included_in,
    is_civil_dispute,
    ladder_of,
    supported_by,
)
from afirgen.legal.offences.subsections import graded_subsection
from afirgen.legal.retrieval import RRF_K, Encoder, HybridRetriever, RetrievalHit
from afirgen.legal.schema import Classification, Section
from afirgen.legal.text import normalise
from afirgen.text.clearing import without_clearing

if TYPE_CHECKING:
    from afirgen.legal.section_model import SectionModel

log = structlog.get_logger(__name__)

BNS_IN_FORCE = date(2024, 7, 1)
CANDIDATE_COUNT = 10
RETRIEVAL_DEPTH = 60
NAMED_OFFENCE_DEPTH = 10
NAMED_CANDIDATE_COUNT = 3  # sections named outright, offered after the ruled ones
UNNAMED = frozenset({"62"})  # "tried to" names no offence by itself
STRONG_HIT_DEPTH = 3  # retrieval hits offered right after the chosen sections
# The learned model (legal/section_model.py), by engine. The "both" thresholds were chosen
# by 5-fold cross-validation on the training corpus (`afirgen eval cross-validate`), the
# proxy for blind: dev is what the rules were tuned on and over-rates them. Each figure
# moved smoothly around the chosen values (see docs/EVALUATION.md, "Choosing how the rules
# and the model combine"), so a larger corpus should not need them re-chosen.
MODEL_FINAL_P = 0.3  # "model": a section it gives at least this probability is final
# "both": the candidates are every section the rules or the model propose, the likeliest
# first, by one estimate of the log-odds that the section is right (:func:`_offer_logit`):
# the model's log-odds, plus a weight for being chosen, for the rules' score and for the
# place among the rules' candidates, less a weight for how common the section is in the
# training corpus. The weights are those of a logistic regression fitted on one CV fold's
# candidates and scored on the other (folds 0 and 1 of 5 on 6,258 training lines, BNS-era
# complaints): right sections in the top five 3,076 -> 3,143 of 4,002 (fold 0 1,579 ->
# 1,604, fold 1 1,497 -> 1,539). Without the commonness term the gain was 10 (the model's
# common sections rank too high for a list that should also hold the rarer ones); at 0.25
# / 0.5 / 0.7 it was 55 / 13 / -180.
MODEL_CANDIDATE_P = 0.02  # a section only the model proposes is offered from this
# Another grade of a chosen section (191(2) beside a chosen 191(3), 316(4) beside 316(2))
# is offered at this share of the section's probability, below the chosen grade. Before
# 1 July 2024 each grade is an IPC section of its own (147 / 148, 406 / 408), and IPC-era
# FIRs often charge several; without a probability of its own a further grade ranked
# behind every section the model proposed at 0.02. Dev / training sample IPC-era lines,
# right sections in the top five: 0.853 -> 0.864 / 0.874 -> 0.895 at 0.5 (0.25: 0.864 /
# 0.891; 1.0 put the further grade ahead of other offences: 0.848 / 0.879).
SIBLING_SHARE = 0.5
# Before 1 July 2024 the grades of a chosen BNS section next to the chosen one (the nearest
# in the KB's order), each an IPC section of its own (308(3) / 308(4) beside 308(2): IPC 385
# / 387 beside 384), are offered at SIBLING_SHARE. Training sample, right sections in the
# top five 0.937 -> 0.940 (its IPC-era lines 942 -> 949 of 1,034); blind and dev unchanged.
# Offering every grade did no better (948) and filled the candidate list with them (IPC
# 453-460 beside a night burglary's 457).
IPC_GRADES_OFFERED = 2
CHOSEN_LOGIT = 0.7  # a final section (chosen by the rules or added by the model)
RULE_SCORE_LOGIT = 0.9  # x the score the rules give their candidate (a final's strength)
RULE_PLACE_LOGIT = 0.7  # the rules' first candidate; each later one ...
RULE_OFFER_DECAY = 0.85  # ... this fraction of the one before
COMMON_LOGIT = 0.35  # x ln(1 + training complaints of the section)
UNLEARNED_LOGIT = -5.0  # the log-odds of a section the model does not rate (p under 0.01)
# "both": a rule section the model rates below this is dropped (CV: 0.02 -> 0.05 raised
# precision, exact match and no-offence recognition; 0.1-0.2 cost more recall than it saved)
MODEL_VETO_P = 0.05
MODEL_VETO_SUPPORT = 20  # ... if the model learned it from at least this many complaints
RULE_SURE = 1.0  # ... and the rule's own strength is below this (1.0 is the cap)
# "both": a section the model rates at least this probable is added to the rules' (CV F1
# 0.50 -> 0.59 from 0.9 only where the rules left the family empty; 0.3 adds more recall
# but recognises fewer no-offence matters). With the maximum-embedding features
# (section_model.MAX_EMBEDDING_WEIGHT), CV folds 0 and 1 of 5 (2,504 held-out lines), F1 /
# precision / recall / exact at 0.4: 0.651 / 0.733 / 0.586 / 0.316; 0.35: 0.657 / 0.712 /
# 0.611 / 0.319; 0.3: 0.661 / 0.688 / 0.637 / 0.316; 0.45: 0.637 / 0.740 / 0.559 / 0.314.
# 0.35 (with MODEL_NONE_P 0.35) lost exact match on dev (0.474 -> 0.439) and on blind, so 0.4
# stays. Per-section thresholds chosen on one fold's out-of-fold probabilities (shrunk to
# this one below 5-10 positives), scored on the other, raised CV F1 0.649 -> 0.653-0.655
# but cost exact 0.317 -> 0.306-0.310.
# With the fourth round of the corpus (writers Z-AI, 9,127 lines) the model is surer of the
# common sections and at 0.4 added more of them wrongly on dev (exact 0.508 -> 0.467); at 0.45
# (and MODEL_ADD_UNSHOWN_P 0.55), against the model of 6,258 lines at 0.4 / 0.5, CV folds 0
# and 1 of 5 (2,504 held-out lines of the first three rounds) F1 / precision / recall / exact
# / top-5 0.670 / 0.759 / 0.599 / 0.342 / 0.789 -> 0.669 / 0.764 / 0.595 / 0.344 / 0.805
# (at 0.4: 0.678 / 0.751 / 0.619 / 0.342 / 0.806); blind 0.743 / 0.820 / 0.680 / 0.356 /
# 0.783 -> 0.748 / 0.828 / 0.682 / 0.356 / 0.808 (at 0.4: F1 0.757, exact 0.356); dev F1 /
# exact / top-5 0.802 / 0.508 / 0.876 -> 0.804 / 0.505 / 0.887 (at 0.4: 0.796 / 0.467).
# Per-section thresholds for the rarely learned sections (under 10-40 complaints, 0.5-0.6)
# changed nothing on dev: the new errors were common sections.
MODEL_ADD_P = 0.45
# "both": sections whose ingredient the rules read in words (MODEL_ADD_NEEDS: a threat made,
# for criminal intimidation) the model adds below this probability only where the complaint
# shows that ingredient. The model reads intimidation into any quarrel, abuse or fear
# told ("we are scared of him"), where 351 needs a threat made. Dev, the model's 351s with
# no threat read, wrong / right: 14 / 0 of 17 (3 acceptable); below 0.5 they are 6 / 0. On
# the 1,500 training lines the model has learned, below 0.5 they are 14 / 5; below 0.55
# 14 / 9, where exact match fell (with the model of 6,258 lines). With the fourth round, dev
# at MODEL_ADD_P 0.45: 0.5 -> 0.55 raised F1 0.801 -> 0.804 and exact 0.495 -> 0.505.
MODEL_ADD_UNSHOWN_P = 0.55
MODEL_ADD_NEEDS: dict[tuple[str, str], tuple[Fact, ...]] = {
    ("BNS", "351"): (Fact.THREAT, Fact.THREAT_TO_KILL),
    ("BNS", "308"): (Fact.EXTORTION, Fact.THREAT, Fact.THREAT_TO_KILL),
}
# "both" and "model": when the model rates "no offence or a civil matter" at least this
# probable, no section is recorded (CV no-offence recognised 0.59 -> 0.78 at 0.4, F1 held)
MODEL_NONE_P = 0.4
# ... unless the complaint shows these facts together: money or property handed to one who
# passed himself off as another is cheating by personation, which no reading of the matter
# as a civil dispute undoes. The model, reading a whole complaint, can take a payment told
# in a calm voice for a dispute. Training corpus and pending lines: no complaint with both
# facts is rated no offence at 0.4; dev: two personation frauds were.
NONE_OVERRULED_BY: tuple[Fact, ...] = (Fact.IMPERSONATION, Fact.PROPERTY_DELIVERED)
# "both": the three rules above apply to complaints of at least this many words. On a line
# or two the model's probabilities are not worth a section (a 14-word slap drew five
# unrelated sections when it had learned only from long accounts), so there it only offers
# candidates. Chosen on CV once the corpus held 779 complaints under 90 words (writers
# P-Y): 90 -> 60 raised CV F1 0.637 -> 0.654, exact 0.296 -> 0.307, no-offence 0.894 ->
# 0.927, and on the short complaints F1 0.38 -> 0.63; 40 and below added 0.001. Dev, whose
# short lines the rules were tuned on, kept F1 0.759 and lost exact 0.424 -> 0.411.
MODEL_MIN_WORDS = 60
# ... except the veto, which needs 90 words: on a short complaint the model can rate an
# explicit act low (a 61-word chain snatching put 304 at 0.04), and the rules read the act
# itself. CV on 5,695 lines: F1 0.6505 -> 0.6497, exact 0.306 -> 0.305 (within noise).
MODEL_VETO_MIN_WORDS = 90

Law = Literal["BNS", "IPC"]
Engine = Literal["rules", "model", "both"]
DEFAULT_ENGINE: Engine = "both"  # what the service runs; on dev "both" >= "rules" on every figure
Key = tuple[str, str]  # (act, section number)
Graded = tuple[str, str, str | None]  # (act, section number, sub-section)


class SectionMatch(BaseModel):
    """One section as shown to the officer, final or candidate."""

    act: str
    section: str
    subsection: str | None = None
    title: str
    score: float = Field(ge=0.0, le=1.0)
    evidence: list[str] = Field(default_factory=list)
    reason: str
    cognizable: bool | None = None
    classification: Classification | None = None
    bns_equivalent: list[str] = Field(default_factory=list)  # IPC-era items only

    @property
    def reference(self) -> str:
        return join_reference(self.section, self.subsection)


class Identification(BaseModel):
    law: Law
    date_unknown: bool = False
    sections: list[SectionMatch]
    candidates: list[SectionMatch]
    cognizable: bool | None
    non_cognizable_only: bool
    no_offence: bool
    civil_dispute: bool = False  # money owed, boundary, consumer matters: say so to the officer
    retrieval_mode: str
    facts: Facts


@dataclass(frozen=True)
class RuleReading:
    """One complaint as the rules read it, before the learned model has its say."""

    text: str  # the text sections are read from: people the complainant clears left out
    law: Law
    occurred_on: date | None
    facts: Facts
    ruled: list[RuledSection]
    finals: list[SectionMatch]  # the rules' final sections (BNS and special laws)
    candidates: list[SectionMatch]


class CandidateJudge(Protocol):
    """A second opinion (e.g. an LLM) that may veto a section, never add one."""

    def judge(self, text: str, candidate: SectionMatch) -> tuple[bool, str]: ...


class SectionIdentifier:
    def __init__(
        self,
        kb: KnowledgeBase,
        retriever: HybridRetriever,
        judge: CandidateJudge | None = None,
        model: SectionModel | None = None,
        engine: Engine = "rules",
    ) -> None:
        if engine != "rules" and model is None:
            raise ValueError(f"engine {engine!r} needs the learned section model")
        self._kb = kb
        self._model = model
        self._engine = engine
        self._retriever = retriever
        self._judge = judge
        self._phrases = PhraseIndex.build(kb)
        self._lexicon = lexicon_from_kb(kb)

    @property
    def kb(self) -> KnowledgeBase:
        return self._kb

    @property
    def encoder(self) -> Encoder | None:
        """The static embedding model retrieval reads with, which the learned model shares."""
        return self._retriever.encoder

    def identify(
        self,
        text: str,
        occurred_on: date | None = None,
        *,
        offenders: int | None = None,
        amount_inr: float | None = None,
    ) -> Identification:
        """Sections for one complaint; ``offenders`` and ``amount_inr`` are facts the officer
        corrected at summary review and replace what the text alone would give."""
        reading = self.read(text, occurred_on, offenders=offenders, amount_inr=amount_inr)
        return self.decide(reading)

    def read(
        self,
        text: str,
        occurred_on: date | None = None,
        *,
        offenders: int | None = None,
        amount_inr: float | None = None,
    ) -> RuleReading:
        """The facts and what the rules make of them, before the learned model has its say
        (the rules' sections are left empty for the engine "model", which does not use them)."""
        # People the complainant clears neither act nor stand in a section's evidence: a
        # husband "not at home, he has nothing to do with it" grounds no cruelty section.
        text = without_clearing(text)
        law: Law = "IPC" if occurred_on is not None and occurred_on < BNS_IN_FORCE else "BNS"
        facts = _corrected(detect_facts(text, lexicon=self._lexicon), offenders, amount_inr)
        ruled = derive_sections(facts)
        finals, candidates = (
            ([], []) if self._engine == "model" else self._rule_sections(text, facts, ruled)
        )
        return RuleReading(text, law, occurred_on, facts, ruled, finals, candidates)

    def decide(
        self, reading: RuleReading, engine: Engine | None = None, model: SectionModel | None = None
    ) -> Identification:
        """The sections of one reading by ``engine`` (default: this identifier's) with
        ``model`` (default: this identifier's); cross-validation passes each fold's model."""
        engine, model = engine or self._engine, model or self._model
        finals, candidates = reading.finals, reading.candidates
        if engine != "rules" and model is None:
            raise ValueError(f"engine {engine!r} needs the learned section model")
        if engine == "model" and model is not None:
            finals, candidates = self._model_sections(reading.text, model)
        elif engine == "both" and model is not None:
            finals, candidates = self._with_model(reading, model, finals, candidates)
        if reading.law == "IPC":
            finals, candidates = self._to_ipc(finals), self._to_ipc(candidates)
        candidates = _one_per_section(candidates)
        return Identification(
            law=reading.law,
            date_unknown=reading.occurred_on is None,
            sections=finals,
            candidates=candidates[:CANDIDATE_COUNT],
            cognizable=_any_cognizable(finals),
            non_cognizable_only=bool(finals)
            and all(m.cognizable is False for m in finals if m.cognizable is not None),
            no_offence=not finals,
            civil_dispute=is_civil_dispute(reading.facts, reading.ruled),
            retrieval_mode=self._retriever.mode,
            facts=reading.facts,
        )

    def _rule_sections(
        self, text: str, facts: Facts, ruled: list[RuledSection]
    ) -> tuple[list[SectionMatch], list[SectionMatch]]:
        """The rules' final sections and candidates (BNS and special laws)."""
        hits = self._retriever.search(text, k=RETRIEVAL_DEPTH)
        finals, unretrieved = self._final_sections(text, ruled, hits)
        named = self._phrases.find(normalise(text))
        finals += self._named_offences(text, named, hits, finals)
        extra = [
            *self._companions(facts, ruled, finals),
            *unretrieved,
            *self._named_candidates(named, hits),
        ]
        return finals, self._candidates(finals, extra, hits, facts)

    def _proposals(self, text: str, model: SectionModel) -> tuple[list[SectionMatch], float]:
        """The learned model's sections for ``text``, most probable first, and how likely it
        finds that the complaint discloses no offence or a civil matter."""
        ranked, no_offence = model.assess(text)
        found: list[SectionMatch] = []
        for proposal in ranked:
            section = self._kb.get(proposal.act, proposal.section)
            if section is not None:
                why = f"learned model: probability {proposal.probability:.2f}"
                found.append(
                    self._match(section, proposal.subsection, proposal.probability, [], why)
                )
        return found, no_offence

    def _model_sections(
        self, text: str, model: SectionModel
    ) -> tuple[list[SectionMatch], list[SectionMatch]]:
        """The model alone: sections it is confident about, candidates by probability."""
        proposals, no_offence = self._proposals(text, model)
        finals = (
            [] if no_offence >= MODEL_NONE_P else [m for m in proposals if m.score >= MODEL_FINAL_P]
        )
        return finals, proposals[: 3 * CANDIDATE_COUNT]

    def _with_model(
        self,
        reading: RuleReading,
        model: SectionModel,
        finals: list[SectionMatch],
        candidates: list[SectionMatch],
    ) -> tuple[list[SectionMatch], list[SectionMatch]]:
        """The rules, with the model's say: see :data:`MODEL_ADD_P` and its neighbours."""
        proposals, no_offence = self._proposals(reading.text, model)
        proposals = [self._regraded(m, reading) for m in proposals]
        support = model.support
        words = len(reading.text.split())
        trusted = words >= MODEL_MIN_WORDS
        doubted = {
            (m.act, m.section)
            for m in proposals
            if words >= MODEL_VETO_MIN_WORDS
            and m.score < MODEL_VETO_P
            and support.get((m.act, m.section), 0) >= MODEL_VETO_SUPPORT
        }
        none = trusted and no_offence >= MODEL_NONE_P and not reading.facts.has(*NONE_OVERRULED_BY)
        kept = [
            m
            for m in finals
            if not none and ((m.act, m.section) not in doubted or m.score >= RULE_SURE)
        ]
        taken = {(m.act, m.section) for m in kept}
        added = [
            m
            for m in proposals
            if trusted
            and not none
            and m.score >= MODEL_ADD_P
            and (m.act, m.section) not in taken
            and _ingredient_shown(m, reading.facts)
        ]
        kept, added = _without_idle_liability(kept, _one_rung_each(kept, added))
        finals = [*_without_included(kept, added), *added]
        # the model's own choices have neighbouring grades too (316(2): 316(4), 318(4))
        offered = [*candidates, *self._alternatives(added)]
        if reading.law == "IPC":
            offered += self._ipc_grades(finals)
        return finals, _offers(finals, offered, proposals, support)

    def _regraded(self, match: SectionMatch, reading: RuleReading) -> SectionMatch:
        """The model's ``match`` at the grade the rules gave the same section, else at the
        grade the facts decide (:mod:`afirgen.legal.offences.subsections`); the model
        proposes every section at the grade it saw most often."""
        ruled = {(r.act, r.section): r.subsection for r in reading.ruled}
        key = (match.act, match.section)
        grade = ruled[key] if key in ruled else graded_subsection(*key, reading.facts)
        section = self._kb.get(match.act, match.section)
        if grade is None or grade == match.subsection or section is None:
            return match
        return self._match(section, grade, match.score, match.evidence, match.reason)

    def _final_sections(
        self, text: str, ruled: list[RuledSection], hits: list[RetrievalHit]
    ) -> tuple[list[SectionMatch], list[SectionMatch]]:
        """Charges retrieval backs (final), and those it does not (offered as candidates)."""
        families = {family_of(h.act, h.number) for h in hits}
        retrieved = {(h.act, h.number) for h in hits}
        finals: dict[tuple[str, str, str | None], SectionMatch] = {}
        unretrieved: list[SectionMatch] = []
        for rule in ruled:
            section = self._kb.get(rule.act, join_reference(rule.section, rule.subsection))
            if section is None:
                log.info("legal.ruled_section_unknown", act=rule.act, section=rule.section)
                continue
            exact = (section.act, section.number) in retrieved
            if not (exact or supported_by(rule, families)):
                log.info("legal.ruled_section_not_retrieved", act=rule.act, section=rule.section)
                why = f"{rule.reason}; retrieval did not find this family, so not final"
                unretrieved.append(
                    self._match(section, rule.subsection, 0.4, list(rule.evidence), why)
                )
                continue
            match = self._match(
                section,
                rule.subsection,
                rule.strength + (0.1 if exact else 0.0),
                list(rule.evidence),
                rule.reason,
            )
            key = (match.act, match.section, match.subsection)
            if key not in finals and self._kept_by_judge(text, match):
                finals[key] = match
        return sorted(finals.values(), key=lambda m: -m.score), unretrieved

    def _named_offences(
        self,
        text: str,
        named: dict[Key, list[str]],
        hits: list[RetrievalHit],
        finals: list[SectionMatch],
    ) -> list[SectionMatch]:
        """Offences the rules do not model, kept when the complaint names them outright.

        Only a top-ranked section outside every rule family qualifies, and only if one
        of its everyday names from the knowledge base appears word for word.
        """
        taken = {(m.act, m.section) for m in finals}
        found: list[SectionMatch] = []
        for rank, hit in enumerate(hits[:NAMED_OFFENCE_DEPTH], 1):
            if family_of(hit.act, hit.number) in RULE_FAMILIES or (hit.act, hit.number) in taken:
                continue
            phrases = named.get((hit.act, hit.number))
            section = self._kb.get(hit.act, hit.number)
            if not phrases or section is None:
                continue
            phrase = phrases[0]
            why = f"complaint names the offence ('{phrase}'); retrieval rank {rank}"
            match = self._match(section, _default_subsection(section), 0.5, [phrase], why)
            if self._kept_by_judge(text, match):
                found.append(match)
        return found

    def _named_candidates(
        self, named: dict[Key, list[str]], hits: list[RetrievalHit]
    ) -> list[SectionMatch]:
        """Every offence the complaint calls by one of its everyday names, strongest first.

        Offered as candidates only: a name alone does not show the ingredients. A section
        named by more (and longer) phrases, and ranked higher by retrieval, comes first.
        """
        ranks = {(h.act, h.number): rank for rank, h in enumerate(hits, 1)}
        found: list[tuple[float, SectionMatch]] = []
        for (act, number), phrases in named.items():
            section = self._kb.get(act, number)
            if section is None or not section.offence:
                continue
            rank = ranks.get((act, number))
            strength = sum(len(p.split()) for p in phrases) + (2.0 / rank if rank else 0.0)
            where = f"retrieval rank {rank}" if rank else "not retrieved"
            why = (
                f"complaint uses its everyday name ('{phrases[0]}'); {where}; ingredients not shown"
            )
            score = min(0.45, 0.25 + 0.05 * strength)
            match = self._match(section, _named_subsection(section), score, phrases, why)
            found.append((strength, match))
        found.sort(key=lambda pair: (-pair[0], pair[1].act, pair[1].section))
        return [match for _, match in found[:NAMED_CANDIDATE_COUNT]]

    def _kept_by_judge(self, text: str, match: SectionMatch) -> bool:
        if self._judge is None:
            return True
        keep, why = self._judge.judge(text, match)
        if not keep:
            log.info("legal.judge_removed", section=match.reference, reason=why)
        return keep

    def _candidates(
        self,
        finals: list[SectionMatch],
        unretrieved: list[SectionMatch],
        hits: list[RetrievalHit],
        facts: Facts,
    ) -> list[SectionMatch]:
        """Finals, companions, ruled sections retrieval missed, then neighbours and strong hits.

        Among the neighbours and retrieval hits, those whose key fact the complaint shows
        (a hurt for 115, a threat for 351, see ``SECTION_FACTS``) come before those it does
        not: on the dev split such a candidate is the right section four times as often.

        A neighbouring grade and a top retrieval hit from another family answer
        different doubts (wrong grade vs. an offence no rule saw), so they alternate.
        One entry per sub-section here: 329(3) beside 329(4) is a different IPC section
        (447 vs 448); :func:`_one_per_section` keeps one per section after the IPC mapping.
        """
        retrieved = [m for m in (self._hit_match(h) for h in hits) if m is not None]
        covered = {family_of(m.act, m.section) for m in finals}
        strong = [
            m for m in retrieved[:STRONG_HIT_DEPTH] if family_of(m.act, m.section) not in covered
        ]
        neighbours = self._alternatives(finals)
        mixed = [m for pair in zip_longest(neighbours, strong) for m in pair if m is not None]
        ranked: list[SectionMatch] = []
        taken: set[tuple[str, str, str | None]] = set()
        offered = _fact_backed_first([*mixed, *retrieved, *self._fact_backed(facts)], facts)
        for match in [*_liability_early(finals), *unretrieved, *offered]:
            if len(ranked) >= 3 * CANDIDATE_COUNT:
                break
            key = (match.act, match.section, match.subsection)
            if key not in taken:
                taken.add(key)
                ranked.append(match)
        return ranked

    def _fact_backed(self, facts: Facts) -> list[SectionMatch]:
        """Sections whose key fact the complaint shows, for the officer to weigh even when
        retrieval ranked them too low to offer (they follow the retrieved ones)."""
        found: list[SectionMatch] = []
        for (act, number), wanted in SECTION_FACTS.items():
            shown = [facts.findings[f][0] for f in wanted if f in facts.findings]
            section = self._kb.get(act, number)
            if shown and section is not None:
                why = "its key fact is read in the complaint; retrieval did not rank it high"
                found.append(self._match(section, _default_subsection(section), 0.3, shown, why))
        return found

    def _companions(
        self, facts: Facts, ruled: list[RuledSection], finals: list[SectionMatch]
    ) -> list[SectionMatch]:
        """Liability sections that ride with the offence (3(5), 190, 61(2)), final or not."""
        chosen = {(m.act, m.section) for m in finals}
        found: list[SectionMatch] = []
        for ref, why in companion_sections(facts, ruled):
            section = self._kb.get("BNS", ref)
            if section is None or ("BNS", split_reference(ref)[0]) in chosen:
                continue
            found.append(self._match(section, split_reference(ref)[1], 0.4, [], why))
        return found

    def _hit_match(self, hit: RetrievalHit) -> SectionMatch | None:
        section = self._kb.get(hit.act, hit.number)
        if section is None:
            return None
        score = round(min(1.0, hit.score / (2.0 / (RRF_K + 1))) * 0.6, 3)
        ranks = f"lexical #{hit.lexical_rank or '-'}, dense #{hit.dense_rank or '-'}"
        why = f"retrieved ({ranks}); ingredients not shown"
        return self._match(section, _default_subsection(section), score, [], why)

    def _alternatives(self, finals: list[SectionMatch]) -> list[SectionMatch]:
        """Neighbouring grades of the chosen BNS sections, for the officer to weigh."""
        found: list[SectionMatch] = []
        for final in finals:
            for ref in ALTERNATIVES.get(final.reference, ()) if final.act == "BNS" else ():
                section = self._kb.get("BNS", ref)
                if section is not None:
                    why = (
                        f"neighbouring grade of {final.reference}; its extra ingredients not shown"
                    )
                    found.append(self._match(section, split_reference(ref)[1], 0.35, [], why))
        return found

    def _ipc_grades(self, finals: list[SectionMatch]) -> list[SectionMatch]:
        """The other grades of the chosen BNS sections, nearest grade first, for an incident
        before 1 July 2024: there each grade is an IPC section of its own (308(2) is IPC 384,
        308(3) putting in fear to extort 385; 331(4) is 457, 331(6) 458), and an FIR often
        charges the one beside the grade chosen. They come at :data:`SIBLING_SHARE` of the
        chosen grade's probability. A sub-section that only defines the offence is no grade,
        nor are the parts of a liability section."""
        found: list[SectionMatch] = []
        for final in finals:
            graded = final.act == "BNS" and final.section not in LIABILITY  # 3(5): no grade of 3
            section = self._kb.get("BNS", final.section) if graded else None
            grades = list(section.subsections) if section is not None else []
            if section is None or final.subsection not in grades:
                continue
            chosen = grades.index(final.subsection)
            why = f"another grade of {final.reference}, an IPC section of its own before the BNS"
            others = [
                sub
                for sub in sorted(grades, key=lambda g: abs(grades.index(g) - chosen))
                if sub != final.subsection
                and not section.subsections[sub].lower().startswith(("defines", "definition"))
            ]
            found += [self._match(section, s, 0.0, [], why) for s in others[:IPC_GRADES_OFFERED]]
        return found

    def _match(
        self,
        section: Section,
        subsection: str | None,
        score: float,
        evidence: list[str],
        reason: str,
    ) -> SectionMatch:
        base, inline_sub = split_reference(section.number)
        classification = _classification(section, subsection)
        return SectionMatch(
            act=section.act,
            section=base,
            subsection=subsection or inline_sub,
            title=heading(section, subsection or inline_sub),
            score=round(min(1.0, max(0.0, score)), 3),
            evidence=evidence,
            reason=reason,
            cognizable=classification.cognizable if classification else None,
            classification=classification,
        )

    def _to_ipc(self, matches: list[SectionMatch]) -> list[SectionMatch]:
        converted: list[SectionMatch] = []
        seen: set[tuple[str, str, str | None]] = set()
        for match in matches:
            for item in self._ipc_matches(match) if match.act == "BNS" else [match]:
                key = (item.act, item.section, item.subsection)
                if key not in seen:
                    seen.add(key)
                    converted.append(item)
        return converted

    def _ipc_matches(self, match: SectionMatch) -> list[SectionMatch]:
        if match.reference in IPC_PREDECESSORS:
            return [self._ipc_match(match, ref) for ref in IPC_PREDECESSORS[match.reference]]
        # A grade the correspondence table does not list (117(4), grievous hurt by a mob on
        # grounds of caste; 103(2)) was charged under the IPC section of the offence it grades.
        ipc_refs = self._ipc_refs(match.reference) or self._ipc_refs(match.section)
        if ipc_refs:
            charged = self._charged_ipc(ipc_refs)
            beside = IPC_CHARGED_BESIDE.get(charged, ())
            return [self._ipc_match(match, ref) for ref in (charged, *beside)]
        return [
            match.model_copy(
                update={"reason": match.reason + " (no IPC equivalent; BNS section shown)"}
            )
        ]

    def _ipc_refs(self, bns_reference: str) -> list[str]:
        return [r for r in self._kb.ipc_for_bns(bns_reference) if r[:1].isdigit()]

    def _charged_ipc(self, refs: list[str]) -> str:
        """The IPC section charged for a BNS section that maps to several: the first, unless
        it only defines the offence and a later one punishes it (BNS 303 is IPC 378 "Theft"
        and 379 "Punishment for theft": the FIR records 379; likewise 406, 384, 147, 395, and
        120B after 120A "Definition of criminal conspiracy"), or the KB does not hold the
        first and a later one is a punishment (115: 321, the definition of hurt, and 323
        "Punishment for voluntarily causing hurt")."""
        ordered = sorted(refs, key=_ipc_preference)
        first = self._kb.get("IPC", ordered[0])
        defined = first.title.lower().removeprefix("definition of ") if first is not None else ""
        for ref in ordered[1:]:
            section = self._kb.get("IPC", ref)
            title = section.title.lower() if section is not None else ""
            if title.startswith("punishment") and title.endswith(defined):
                return ref
        return ordered[0]

    def _ipc_match(self, match: SectionMatch, ref: str) -> SectionMatch:
        section, subsection = split_reference(ref)
        ipc = self._kb.get("IPC", ref)
        classification = ipc.classification if ipc else match.classification
        return match.model_copy(
            update={
                "act": "IPC",
                "section": section,
                "subsection": subsection,
                "title": ipc.title if ipc else match.title,
                "classification": classification,
                "cognizable": classification.cognizable if classification else match.cognizable,
                "bns_equivalent": [match.reference],
            }
        )


def _corrected(facts: Facts, offenders: int | None, amount_inr: float | None) -> Facts:
    """The facts read from the text, with the officer's corrections in place of the reading."""
    if offenders is not None:
        facts.offenders = offenders
        facts.offenders_evidence = [f"{offenders} accused (corrected by the officer)"]
    if amount_inr is not None:
        facts.amount_inr = amount_inr
    return facts


LIABILITY = frozenset({"3", "61", "190"})  # sections that ride with an offence, not offences


def _one_rung_each(kept: list[SectionMatch], added: list[SectionMatch]) -> list[SectionMatch]:
    """The model's ``added`` sections (most probable first) less those that would put a
    second rung of a grade ladder beside one already chosen
    (:data:`~afirgen.legal.offences.grades.GRADE_LADDERS`) or a lesser offence beside a
    graver one that takes it in (:data:`~afirgen.legal.offences.grades.INCLUDED_IN`)."""
    graded = {ladder_of(m.act, m.section) for m in kept}
    chosen = {m.section for m in [*kept, *added] if m.act == "BNS"}
    kept_added: list[SectionMatch] = []
    for match in added:
        if match.act == "BNS" and included_in(match.section, chosen):
            continue
        ladder = ladder_of(match.act, match.section)
        if ladder is None or ladder not in graded:
            kept_added.append(match)
            graded.add(ladder)
    return kept_added


def _without_included(kept: list[SectionMatch], added: list[SectionMatch]) -> list[SectionMatch]:
    """The rules' ``kept`` sections less a lesser offence that a graver one the model
    ``added`` takes in (:data:`~afirgen.legal.offences.grades.INCLUDED_IN`): the rules read
    hurt in the blows, the model the attempt to murder or the hurt to a public servant on
    duty that they were, and one act is charged once, at its graver grade. Likewise the
    rules' voluntary hurt where the model reads the harm as caused by negligence
    (:data:`~afirgen.legal.offences.grades.NEGLIGENT_HARM`)."""
    graver = {m.section for m in added if m.act == "BNS"}
    return [
        m
        for m in kept
        if m.act != "BNS"
        or not (included_in(m.section, graver) or caused_by_negligence(m.section, graver))
    ]


def _without_idle_liability(
    kept: list[SectionMatch], added: list[SectionMatch]
) -> tuple[list[SectionMatch], list[SectionMatch]]:
    """Both lists less 3(5) where the sections chosen leave it nothing to add (a riot or a
    dacoity already takes in the group; negligence admits no common intention): the model
    proposes 3(5) from the look of a complaint with several people in it."""
    offences = [m.section for m in [*kept, *added] if m.act == "BNS"]
    if common_intention_possible(offences):
        return kept, added

    def idle(match: SectionMatch) -> bool:
        return match.act == "BNS" and match.section == "3"

    return [m for m in kept if not idle(m)], [m for m in added if not idle(m)]


def _offers(
    finals: list[SectionMatch],
    rules: list[SectionMatch],
    proposals: list[SectionMatch],
    support: dict[Key, int],
) -> list[SectionMatch]:
    """Every section offered to the officer, the likeliest first (:func:`_offer_logit`).

    The finals are shown as chosen; the rules' candidates (``rules``, in their order) with
    their evidence, each sub-section apart (329(3) and 329(4) are different IPC sections);
    the model's ``proposals`` (most probable first) add the sections it alone finds. A
    section both propose is shown as the rules' entry unless that names no sub-section: then
    as the model's, whose sub-section is the one the training corpus charges (a retrieved
    316 would be IPC 405, the definition; the model's 316(2) is 406, the punishment). The
    model's probability goes to the first entry of its section.
    """
    offers: dict[Graded, _Offer] = {}
    first: dict[Key, _Offer] = {}  # the entry of a section that carries its probability
    for match in finals:
        offer = offers.setdefault(_graded(match), _Offer(match, chosen=True))
        first.setdefault((match.act, match.section), offer)
    for place, match in enumerate(_distinct(rules)):
        offer = offers.setdefault(_graded(match), _Offer(match, chosen=False))
        offer.rule_score, offer.place = max(offer.rule_score, match.score), min(offer.place, place)
        # the first entry of a section also stands for the section's other grades
        lead = first.setdefault((match.act, match.section), offer)
        lead.rule_score, lead.place = max(lead.rule_score, match.score), min(lead.place, place)
    for match in proposals:
        key = (match.act, match.section)
        entry = first.get(key)
        if entry is None and match.score >= MODEL_CANDIDATE_P:
            entry = first[key] = offers[_graded(match)] = _Offer(match, chosen=False)
        if entry is not None:
            entry.probability = match.score
            if entry.shown.subsection is None:  # the grade officers charge: 316(2) is IPC 406
                entry.shown = match
    for offer in offers.values():
        lead = first[(offer.shown.act, offer.shown.section)]
        if lead.chosen and lead is not offer and lead.probability is not None:
            offer.probability = offer.probability or lead.probability * SIBLING_SHARE
    ranked = sorted(offers.values(), key=lambda o: -_offer_logit(o, support))
    return [offer.shown for offer in ranked]


@dataclass
class _Offer:
    """One entry of the offered list and what says how likely it is right."""

    shown: SectionMatch
    chosen: bool
    probability: float | None = None  # the model's, for the first entry of its section
    rule_score: float = 0.0  # the rules' score for their candidate, 0 where they offer none
    place: int = 1_000  # its place among the rules' candidates


def _offer_logit(offer: _Offer, support: dict[Key, int]) -> float:
    """The estimated log-odds that an offered section is right (see :data:`CHOSEN_LOGIT`)."""
    p = offer.probability
    model = UNLEARNED_LOGIT if p is None else math.log(max(p, 1e-4) / max(1.0 - p, 1e-4))
    common = math.log1p(support.get((offer.shown.act, offer.shown.section), 0))
    return (
        model
        + CHOSEN_LOGIT * offer.chosen
        + RULE_SCORE_LOGIT * offer.rule_score
        + RULE_PLACE_LOGIT * RULE_OFFER_DECAY**offer.place
        - COMMON_LOGIT * common
    )


def _graded(match: SectionMatch) -> Graded:
    return match.act, match.section, match.subsection


def _distinct(matches: list[SectionMatch]) -> list[SectionMatch]:
    """The first entry of each (act, section, sub-section), in order."""
    seen: set[Graded] = set()
    kept: list[SectionMatch] = []
    for match in matches:
        if _graded(match) not in seen:
            seen.add(_graded(match))
            kept.append(match)
    return kept


def _liability_early(finals: list[SectionMatch]) -> list[SectionMatch]:
    """The strongest offence, then how several share in it (3(5), 61(2), 190), then the rest.

    Joint liability attaches to the offence rather than competing with the other offences
    for the officer's attention, so it is shown beside the first one, not after every
    lesser offence the complaint may also disclose.
    """
    joint = [m for m in finals if m.act == "BNS" and m.section in LIABILITY]
    offences = [m for m in finals if m not in joint]
    return [*offences[:1], *joint, *offences[1:]]


def _ingredient_shown(match: SectionMatch, facts: Facts) -> bool:
    """Whether the model may add ``match`` at its probability: a section of
    :data:`MODEL_ADD_NEEDS` whose ingredient the complaint does not show in words needs
    :data:`MODEL_ADD_UNSHOWN_P`."""
    needed = MODEL_ADD_NEEDS.get((match.act, match.section))
    return needed is None or facts.any(*needed) or match.score >= MODEL_ADD_UNSHOWN_P


def _fact_backed_first(matches: list[SectionMatch], facts: Facts) -> list[SectionMatch]:
    """Stable: sections whose key fact the complaint shows, then the others, each in order."""

    def backed(match: SectionMatch) -> bool:
        wanted = SECTION_FACTS.get((match.act, match.section), ())
        return any(fact in facts.findings for fact in wanted)

    return sorted(matches, key=lambda match: not backed(match))


def _one_per_section(matches: list[SectionMatch]) -> list[SectionMatch]:
    """The first entry of each (act, section): the officer weighs sections, not grades."""
    seen: set[tuple[str, str]] = set()
    kept: list[SectionMatch] = []
    for match in matches:
        if (match.act, match.section) not in seen:
            seen.add((match.act, match.section))
            kept.append(match)
    return kept


def _ipc_preference(ref: str) -> tuple[int, str]:
    # The plain numbered section before lettered inserts ("379" before "379A").
    section, _ = split_reference(ref)
    digits = re.sub(r"\D", "", section)
    return (int(digits) if digits else 9999, section)


def _classification(section: Section, subsection: str | None) -> Classification | None:
    """Section-level classification, corrected where the sub-section's label says otherwise.

    The BNSS schedule classifies some sub-sections apart (318(2) is non-cognizable,
    318(4) cognizable); the knowledge base notes that in the sub-section label.
    """
    base = section.classification
    label = section.subsections.get(subsection or "", "").lower()
    if base is None or "cognizable" not in label:
        return base
    cognizable = "non-cognizable" not in label and "non cognizable" not in label
    return base.model_copy(update={"cognizable": cognizable})


def _default_subsection(section: Section) -> str | None:
    """The punishing sub-section of a retrieved section, when the KB names exactly one."""
    punishing = [k for k, v in section.subsections.items() if "punish" in v.lower()]
    return punishing[0] if len(punishing) == 1 else None


def _named_subsection(section: Section) -> str | None:
    """The punishing sub-section, else the last grade the KB lists (cheating -> 318(4))."""
    return _default_subsection(section) or next(reversed(section.subsections), None)


def _any_cognizable(finals: list[SectionMatch]) -> bool | None:
    flags = [m.cognizable for m in finals if m.cognizable is not None]
    if not flags:
        return None
    return any(flags)


class PhraseIndex:
    """Inverted index from the KB's everyday offence names (all three scripts) to sections.

    Built once; one alternation scans a complaint, each hit maps back to every section
    that lists the phrase. Phrases under eight characters are too vague to count.
    """

    def __init__(self, pattern: re.Pattern[str] | None, owners: dict[str, list[Key]]) -> None:
        self._pattern = pattern
        self._owners = owners

    @classmethod
    def build(cls, kb: KnowledgeBase) -> PhraseIndex:
        owners: dict[str, list[Key]] = {}
        for section in kb.sections():
            # IPC comes from the BNS result; an attempt is charged with the offence attempted
            if not section.offence or section.act == "IPC" or section.number in UNNAMED:
                continue
            syn = section.synonyms
            for phrase in (*syn.en, *syn.hinglish, *syn.hi):
                key = _phrase_key(normalise(phrase))
                if len(key) >= 8:
                    owners.setdefault(key, []).append((normalise_act(section.act), section.number))
        return cls(phrase_pattern(owners) if owners else None, owners)

    def find(self, lowered: str) -> dict[Key, list[str]]:
        """Sections named in ``lowered`` (normalised text), each with its phrases."""
        named: dict[Key, list[str]] = {}
        for hit in self._pattern.finditer(lowered) if self._pattern is not None else ():
            phrase = _phrase_key(hit.group(0))
            for owner in self._owners.get(phrase, ()):
                if phrase not in named.setdefault(owner, []):
                    named[owner].append(phrase)
        return named


def _phrase_key(phrase: str) -> str:
    return " ".join(w for w in re.split(r"[\s-]+", phrase) if w)
