"""The learned section model: the committed weights are what the corpus rebuilds, they
read complaints sensibly, and the identifier's engines use them as documented."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from afirgen.bootstrap import build_identifier
from afirgen.legal import HybridRetriever, KnowledgeBase, SectionIdentifier, section_model
from afirgen.legal.identify import MODEL_ADD_P, MODEL_ADD_UNSHOWN_P, MODEL_NONE_P
from afirgen.legal.labelled import EvalItem, Gold, GoldSection
from afirgen.legal.retrieval import Encoder
from afirgen.legal.section_model import (
    COMMON_SHIFT,
    COMMON_SUPPORT,
    MODEL_FILE,
    SectionModel,
    complaint_features,
    corpus_digest,
    fit_items,
    train,
    training_labels,
)

CORPUS = Path(__file__).resolve().parents[2] / "eval" / "train"
RETRAIN = "run `afirgen sections train-model` and commit legal/data/section_model.npz"

FRAUD = (
    "Sir, yesterday at 4 pm I got a call from a man who said he was from SBI customer care "
    "and that my KYC was expiring. He asked for the OTP that came on my phone and I told him. "
    "Within ten minutes Rs 48,500 was debited from my savings account through UPI transfers. "
    "The number is not reachable now. Please register my complaint and get my money back."
)
BEATING = (
    "Sewa mein SHO sahab, kal raat 9 baje mere padosi Ramesh aur uske bhai ne mujhe gali di "
    "aur laathi se maara, mere haath mein chot aayi aur hospital mein patti karwani padi. "
    "Jaate jaate bole ki agli baar jaan se maar denge. Kripya karyavahi karein."
)
# an account as long as the training complaints (the model decides only on such accounts)
LONG_BEATING = (
    "Sewa mein SHO sahab, main Suresh Kumar, gaon Rampur ka rehne wala hoon aur kheti karta "
    "hoon. Hamare ghar ke saamne ki naali ko lekar padosi Ramesh se kai mahino se kahasuni "
    "chal rahi thi, panchayat mein bhi baat hui thi par koi hal nahi nikla. "
    + BEATING
    + " Mere bete aur do padosiyon ne yeh sab apni aankhon se dekha aur beech bachav kiya. "
    "Hospital ki parchi aur photo main saath mein laga raha hoon."
)
LOAN = (
    "Sir, I lent Rs 2,00,000 to my cousin Mahesh in March for his shop, on a written "
    "agreement that he would repay it in six instalments. He paid two instalments and now "
    "says business is slow and he will pay later. He has not threatened me or cheated "
    "anyone; I only want him to sign a fresh repayment schedule."
)


@pytest.fixture(scope="module")
def retriever(kb: KnowledgeBase) -> HybridRetriever:
    return HybridRetriever.build(kb)


@pytest.fixture(scope="module")
def encoder(retriever: HybridRetriever) -> Encoder:
    assert retriever.encoder is not None, "the static embedding model is committed"
    return retriever.encoder


@pytest.fixture(scope="module")
def model(encoder: Encoder) -> SectionModel:
    return SectionModel.load(encoder)


def top(model: SectionModel, text: str, n: int) -> set[tuple[str, str]]:
    return {(p.act, p.section) for p in model.predict(text)[:n]}


def test_committed_weights_are_small_and_record_the_whole_corpus(model: SectionModel) -> None:
    assert MODEL_FILE.stat().st_size < 20_000_000
    assert model.corpus == corpus_digest(sorted(CORPUS.glob("*.jsonl"))), RETRAIN
    assert min(model.support.values()) >= 3


def test_the_model_reads_a_fraud_and_a_hinglish_beating(model: SectionModel) -> None:
    assert ("BNS", "318") in top(model, FRAUD, 3)
    beating = top(model, BEATING, 3)
    # hurt with a laathi: simple hurt (115) or by a dangerous weapon (118), as the writers
    # of the corpus graded it either way; and the threat to kill (351)
    assert ("BNS", "351") in beating
    assert {("BNS", "115"), ("BNS", "118")} & beating
    assert ("BNS", "115") not in top(model, FRAUD, 5)


def test_the_corpus_rebuilds_the_committed_weights(
    model: SectionModel, kb: KnowledgeBase, encoder: Encoder
) -> None:
    rebuilt = train(sorted(CORPUS.glob("*.jsonl")), kb, encoder)
    assert rebuilt.labels == model.labels
    assert rebuilt.subsections == model.subsections
    for text in (FRAUD, BEATING):
        # the committed weights are float16: equal up to that rounding
        assert np.allclose(rebuilt.probabilities(text), model.probabilities(text), atol=0.02)


def test_both_engines_add_what_the_model_finds_likely_beside_the_rules(
    kb: KnowledgeBase, retriever: HybridRetriever, model: SectionModel
) -> None:
    both = build_identifier(kb, retriever, engine="both").identify(LONG_BEATING)
    rules = SectionIdentifier(kb, retriever).identify(LONG_BEATING)
    chosen = {(m.act, m.section) for m in both.sections}
    # the rules chose 118(1) for the laathi; the model's plain hurt stands beside it
    assert {(m.act, m.section) for m in rules.sections} <= chosen
    added = [m for m in both.sections if m.reason.startswith("learned model")]
    assert ("BNS", "115") in {(m.act, m.section) for m in added}
    assert all(m.score >= MODEL_ADD_P for m in added)
    assert not any(m.reason.startswith("learned model") for m in rules.sections)


def test_a_line_or_two_is_left_to_the_rules(
    kb: KnowledgeBase, retriever: HybridRetriever, model: SectionModel
) -> None:
    short = "I, Ramesh Kumar S/o Mohan Lal, report that he slapped me on 05/01/2025."
    both = build_identifier(kb, retriever, engine="both").identify(short)
    rules = SectionIdentifier(kb, retriever).identify(short)
    assert [m.reference for m in both.sections] == [m.reference for m in rules.sections]
    assert any(m.reason.startswith("learned model") for m in both.candidates[:5])


def test_a_money_dispute_is_recorded_as_no_offence(
    kb: KnowledgeBase, retriever: HybridRetriever, model: SectionModel
) -> None:
    sections, no_offence = model.assess(LOAN)
    # cheating is the nearest section it knows, yet the matter reads as civil
    assert (sections[0].act, sections[0].section) == ("BNS", "318")
    assert no_offence >= MODEL_NONE_P
    for engine in ("model", "both"):
        result = SectionIdentifier(kb, retriever, model=model, engine=engine).identify(LOAN)
        assert result.no_offence and not result.sections
        assert result.candidates, "the officer still sees what the model would weigh"
    assert model.assess(FRAUD)[1] < MODEL_NONE_P


def test_the_model_alone_decides_and_speaks_ipc_for_old_incidents(
    kb: KnowledgeBase, retriever: HybridRetriever, model: SectionModel
) -> None:
    alone = SectionIdentifier(kb, retriever, model=model, engine="model")
    result = alone.identify(BEATING)
    assert {"115", "351"} <= {m.section for m in result.sections if m.act == "BNS"}
    assert all(m.reason.startswith("learned model") for m in result.sections)
    old = alone.identify(BEATING, date(2023, 5, 1))
    assert old.law == "IPC" and "323" in {m.section for m in old.sections}


def test_an_engine_with_the_model_needs_the_model(
    kb: KnowledgeBase, retriever: HybridRetriever
) -> None:
    with pytest.raises(ValueError, match="learned section model"):
        SectionIdentifier(kb, retriever, engine="both")


@pytest.mark.parametrize(
    ("ipc", "learned"),
    [
        ("498A", [("BNS", "85")]),  # not 86, which only defines cruelty
        ("376", [("BNS", "64")]),  # not 65, rape of a girl under sixteen
        ("379", [("BNS", "303")]),
    ],
)
def test_an_ipc_label_is_learned_as_the_bns_offence_that_replaced_it(
    kb: KnowledgeBase, ipc: str, learned: list[tuple[str, str]]
) -> None:
    item = EvalItem(
        id="x", text="...", gold=Gold(law="IPC", sections=[GoldSection(act="IPC", section=ipc)])
    )
    assert sorted({key for key, _ in training_labels(item, kb)}) == learned


def test_a_section_learned_from_many_complaints_is_made_less_sure_and_a_rare_one_is_not(
    kb: KnowledgeBase, encoder: Encoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    def labelled(section: str) -> EvalItem:
        gold = Gold(law="BNS", sections=[GoldSection(act="BNS", section=section)])
        return EvalItem(id=section, text="...", gold=gold)

    items = [labelled("303")] * COMMON_SUPPORT + [labelled("318")] * 5
    features = np.eye(2, dtype=np.float32)[[0] * COMMON_SUPPORT + [1] * 5]
    calibrated = fit_items(items, features, kb, encoder, {}, steps=5)
    monkeypatch.setattr(section_model, "COMMON_SHIFT", 0.0)
    raw = fit_items(items, features, kb, encoder, {}, steps=5)
    assert calibrated.labels == [("BNS", "303"), ("BNS", "318")]
    assert np.allclose(raw.bias - calibrated.bias, [COMMON_SHIFT, 0.0, 0.0])


def test_an_offence_told_in_one_sentence_of_a_long_account_keeps_its_weight(
    encoder: Encoder,
) -> None:
    offence = "Two men on a motorcycle snatched the gold chain from my neck and sped away."
    filler = " ".join(
        f"On day {day} of the fair we walked to the temple and bought sweets for the children."
        for day in range(12)
    )
    features = complaint_features(f"{filler} {offence}", encoder)
    dim = len(features) - section_model.BUCKETS
    mean, peak = features[: dim // 2], features[dim // 2 : dim]
    told = np.asarray(encoder.encode([offence])[0], dtype=np.float32)
    told /= np.linalg.norm(told)
    # the mean is mostly the fair; the element-wise maximum still leans to the snatching
    assert float(peak @ told) > float(mean @ told) + 0.1


def test_weights_trained_without_the_maximum_embedding_are_refused(
    model: SectionModel, encoder: Encoder, tmp_path: Path
) -> None:
    old = tmp_path / "old.npz"
    model.save(old)
    with np.load(old, allow_pickle=False) as data:
        meta = json.loads(str(data["meta"]))
        meta["features"].pop("embeddings")
        np.savez(old, meta=np.array(json.dumps(meta)), weights=data["weights"], bias=data["bias"])
    with pytest.raises(ValueError, match="maximum-embedding"):
        SectionModel.load(encoder, old)


CHAIN_PULLED = (
    "To the SHO, Civil Lines Police Station, Bareilly.\nSir, I am Meena Rastogi w/o "
    "Pradeep Rastogi, aged 52, living at 88 Model Town, Bareilly. Yesterday, 6 December "
    "2026, at about 6:15 in the evening I was walking back from the Shiv temple on Rampur "
    "Road. Near the Bata showroom two young men came from behind on a red motorcycle "
    "without a number plate. The man sitting behind pulled my gold chain (about 20 grams, "
    "worth Rs 1,30,000) from my neck and they sped away towards Chaupula. My neck got a "
    "scratch but I did not need a doctor. I can recognise the one who pulled the chain; he "
    "wore a black jacket. Please register my complaint and recover my chain.\nMeena "
    "Rastogi, mobile 9837011223"
)


def test_a_completed_snatching_is_not_also_an_attempt_on_property_carried(
    kb: KnowledgeBase, retriever: HybridRetriever, model: SectionModel
) -> None:
    result = build_identifier(kb, retriever, engine="both").identify(
        CHAIN_PULLED, date(2026, 12, 6)
    )
    chosen = {f"{m.act} {m.reference}" for m in result.sections}
    assert "BNS 304(2)" in chosen
    assert "BNS 134" not in chosen


# a drunk neighbour's abuse, a kick at the door and a push, and fear afterwards, no threat made
DRUNK_NEIGHBOUR = (
    "sir main Rekha, Shanti Nagar mein rehti hun, mere pati ki dukaan hai. hamare padosi "
    "Bablu ka beta roz raat ko sharab pee ke gali mein shor machata hai. kal raat 11 baje "
    "maine usko dheere bolne ko kaha to woh gandi gandi gaaliyan dene laga, mere darwaze pe "
    "laat maari aur mere pati ka collar pakad ke dhakka diya. pati ke haath mein kharonch "
    "aayi. {ending} kripya kaarvai kijiye."
)


def unsure_and_held_back(
    model: SectionModel, both: SectionIdentifier, text: str, section: str
) -> set[str]:
    """The sections "both" gives ``text``, after checking that the model rates BNS ``section``
    likely enough to add were its ingredient read, and below the bar for adding it unread."""
    ranked, _ = model.assess(text)
    probability = next(p.probability for p in ranked if (p.act, p.section) == ("BNS", section))
    assert MODEL_ADD_P <= probability < MODEL_ADD_UNSHOWN_P
    return {m.section for m in both.identify(text).sections}


def test_the_model_adds_intimidation_it_is_unsure_of_only_where_a_threat_is_told(
    kb: KnowledgeBase, retriever: HybridRetriever, model: SectionModel
) -> None:
    both = build_identifier(kb, retriever, engine="both")
    afraid = DRUNK_NEIGHBOUR.format(
        ending="hum log bahut dare hue hain, ghar se nikalne mein bhi dar lagta hai."
    )
    # likely enough to add, were a threat read; none is
    assert "351" not in unsure_and_held_back(model, both, afraid, "351")
    threatened = DRUNK_NEIGHBOUR.format(
        ending="jaate hue bola ki police mein gaye to tumhari dukaan jala denge."
    )
    assert "351" in {m.section for m in both.identify(threatened).sections}


# blows to a constable on duty: the rules read hurt, the model the hurt to a public servant
CONSTABLE_SLAPPED = (
    "Sir, I am Head Constable Ramesh Yadav posted at PS Civil Lines. On 14.03.2025 at about "
    "9 pm I was on duty at the traffic barrier near the railway crossing checking two-wheelers "
    "for helmets. A young man on a black Pulsar without a helmet was stopped by me. When I "
    "asked for his licence he started abusing me, got off the bike, slapped me twice and "
    "punched me on the face. My lip was cut and bleeding and my uniform was torn. Other "
    "people caught him and he gave his name as Mohit Rana of Nehru Nagar. I was taken to the "
    "district hospital for treatment. Please take legal action against him."
)


def test_hurt_the_rules_read_gives_way_to_the_graver_offence_the_model_adds(
    kb: KnowledgeBase, retriever: HybridRetriever, model: SectionModel
) -> None:
    rules = SectionIdentifier(kb, retriever).identify(CONSTABLE_SLAPPED, date(2025, 3, 14))
    assert "115" in {m.section for m in rules.sections}
    both = build_identifier(kb, retriever, engine="both").identify(
        CONSTABLE_SLAPPED, date(2025, 3, 14)
    )
    chosen = {m.section for m in both.sections}
    assert "121" in chosen
    assert "115" not in chosen


# a task scam: money drawn by a promise, and more asked for, with no threat and no fear
TASK_SCAM = (
    "Sir main Vikas Saxena, 29 saal, Rajendra Nagar Bareilly. 2 December ko mere WhatsApp par ek "
    "message aaya ki part time job hai, YouTube videos like karne ke 50 rupaye milenge. Pehle "
    "2-3 din unhone 150, 300 rupaye bheje. Phir Telegram group me add karke bola ki task ke "
    "liye paise invest karo, double milega. Maine 5 baar me kul 1,85,000 rupaye UPI se unke "
    "bataye accounts me bheje. Ab wo aur 2 lakh maang rahe hain aur paise wapas nahi de rahe. "
    "Group admin ka naam Priya Sharma bataya tha. Mere saath dhokha hua hai."
)


def test_the_model_adds_extortion_it_is_unsure_of_only_where_fear_or_a_threat_is_told(
    kb: KnowledgeBase, retriever: HybridRetriever, model: SectionModel
) -> None:
    both = build_identifier(kb, retriever, engine="both")
    # likely enough to add, were a threat or extortion read; a demand for more is neither
    sections = unsure_and_held_back(model, both, TASK_SCAM, "308")
    assert "308" not in sections and "318" in sections


# fingers crushed in a running machine whose guard the owner never refitted: the rules read
# grievous hurt in the fracture, the model the hurt caused by negligence
MACHINE_GUARD = (
    "Sir, I am Ramkishan, 34, and I work as a helper at Shree Balaji Plastics in the Sector 5 "
    "industrial area. On 3 September 2025 at about 11 am the supervisor Manoj told me to clean "
    "the moulding machine while it was still running. The safety guard of that machine was "
    "removed months ago and we had told the owner many times to fix it, but he said there was "
    "no money for repairs. My right hand got pulled into the rollers and two fingers were "
    "crushed. At the district hospital the doctor said both fingers are fractured and one may "
    "have to be cut. The owner has not paid for the treatment and says it was my own mistake. "
    "Please take action against the owner and the supervisor for this carelessness."
)


def test_hurt_the_rules_read_gives_way_to_the_negligence_the_model_reads(
    kb: KnowledgeBase, retriever: HybridRetriever, model: SectionModel
) -> None:
    rules = SectionIdentifier(kb, retriever).identify(MACHINE_GUARD, date(2025, 9, 3))
    assert "117" in {m.section for m in rules.sections}
    both = build_identifier(kb, retriever, engine="both").identify(MACHINE_GUARD, date(2025, 9, 3))
    chosen = {m.section for m in both.sections}
    assert "125" in chosen
    assert chosen.isdisjoint({"115", "117", "118"})


def model_sure_of(encoder: Encoder, section: str, probability: float) -> SectionModel:
    """A model that rates one BNS section at ``probability`` whatever the complaint says."""
    width = complaint_features(LOAN, encoder).shape[0]
    logit = float(np.log(probability / (1.0 - probability)))
    return SectionModel(
        encoder,
        [("BNS", section)],
        [None],
        np.zeros((width, 2), dtype=np.float32),
        np.array([logit, -10.0], dtype=np.float32),
        {},
        [50],
    )


def test_the_model_adds_a_section_only_once_it_is_more_likely_than_not_by_a_margin(
    kb: KnowledgeBase, retriever: HybridRetriever, encoder: Encoder
) -> None:
    # cheating read into a beating: at 0.42 the model is not sure enough (with the fourth
    # round of the corpus it adds the common sections more readily)
    def chosen(probability: float) -> set[str]:
        model = model_sure_of(encoder, "318", probability)
        both = SectionIdentifier(kb, retriever, model=model, engine="both")
        return {m.section for m in both.identify(LONG_BEATING).sections}

    assert "318" not in chosen(0.42)
    assert "318" in chosen(0.47)
