"""The language enricher: documents and statements get an ISO 639-1 code."""
from __future__ import annotations

import numpy as np
import pyarrow as pa

import etl_plugins.enrichers.language as language
from etl.testing import check_enricher

ENGLISH = ("President Vladimir Putin said that trade between Russia and Azerbaijan grew by more than 16 percent "
           "last year, and that both countries plan to open new transport routes.")
RUSSIAN = ("Министр иностранных дел России Сергей Лавров провёл переговоры с коллегой из Казахстана. "
           "«Мы договорились продолжить переговоры в июле», — сказал он.")
FRENCH = ("Le président a déclaré que les échanges commerciaux entre les deux pays avaient fortement augmenté "
          "l'année dernière.")


def documents() -> pa.Table:
    return pa.table({"doc_id": ["en", "ru", "fr", "none"], "text": [ENGLISH, RUSSIAN, FRENCH, None]})


def test_documents_get_their_language():
    column = language.etl_enrich_documents(documents())["language"]
    assert column.type == pa.string()
    assert column.to_pylist() == ["en", "ru", "fr", None]


def test_statements_take_their_documents_language_unless_written_in_another_script():
    docs = documents()
    docs = docs.append_column("language", language.etl_enrich_documents(docs)["language"])
    statements = pa.table({
        "doc_id": ["en", "en", "en", "ru", "fr", "en"],
        "text": [
            "We are very glad to see you in Moscow.",
            "Мы договорились продолжить переговоры в июле и подготовить новые соглашения.",
            "Да.",  # another script, but too short to judge: the document's language
            "Спасибо, Владимир Владимирович.",
            "Merci beaucoup.",
            None,
        ],
    })
    column = language.etl_enrich_statements(statements, docs)["language"]
    assert column.to_pylist() == ["en", "ru", "en", "ru", "fr", None]


def test_statements_without_a_document_language_column_detect_the_document_first():
    statements = pa.table({"doc_id": ["ru"], "text": ["Спасибо."]})
    column = language.etl_enrich_statements(statements, documents())["language"]
    assert column.to_pylist() == ["ru"]


def test_text_without_letters_has_no_language():
    column = language.etl_enrich_documents(pa.table({"doc_id": ["x"], "text": ["2021-09-24 15:06 — 16%"]}))
    assert column["language"].to_pylist() == [None]


def test_keeps_the_enricher_contract():
    assert check_enricher(language, "language") == ["etl_enrich_documents", "etl_enrich_statements"]


# Several scripts and languages, shouting capitals, decomposed accents, and texts with
# nothing the model counts.
SAMPLES = [
    ENGLISH, RUSSIAN, FRENCH,
    "Der Bundeskanzler sagte, dass die Gespräche über die Energieversorgung fortgesetzt werden.",
    "El presidente afirmó que las relaciones comerciales entre ambos países crecieron mucho.",
    "ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅԱՆ ԿԱՌԱՎԱՐՈՒԹՅՈՒՆԸ ՀԱՅՏԱՐԱՐԵՑ",
    "Azərbaycan Respublikasının Prezidenti İlham Əliyev bəyanat verdi.",
    "Le pre\u0301sident a de\u0301clare\u0301 que les e\u0301changes ont augmente\u0301.",
    "THE MINISTER SAID THE TALKS WOULD CONTINUE NEXT WEEK IN GENEVA.",
    "საქართველოს მთავრობამ განაცხადა, რომ მოლაპარაკებები გაგრძელდება.",
    "وقال الرئيس إن المحادثات ستستمر الأسبوع المقبل.",
    "首相は来週ジュネーブで協議を続けると述べた。",
    "abc", "§§§ ¶¶¶ ***",
]


def test_classifying_a_batch_gives_what_each_text_gives_alone():
    texts = [*SAMPLES, None, "", "12:30 — 45%"]
    expected = [language.identifier().classify(t)[0] if t and language.has_letters(t) else None for t in texts]
    assert language.automaton() is not None, "this py3langid keeps its model otherwise: batches run slowly"
    assert language.detect_all(texts) == expected
    assert expected[:5] == ["en", "ru", "fr", "de", "es"]


def test_scripts_of_a_column_are_those_of_each_text():
    texts = [*SAMPLES, None, "", "12:30 — 45%", "Да, yes", "“Quoted” — English"]
    column = pa.chunked_array([texts[:4], texts[4:]], type=pa.string())
    assert language.scripts_of(column) == [None if t is None else language.script_of(t) for t in texts]
    assert language.scripts_of(pa.array(["Спасибо, Владимир", "“Quoted” — English", "45%"])) == \
        ["cyrillic", "latin", None]


def test_the_converted_model_saved_once_is_loaded_by_later_processes(tmp_path, monkeypatch):
    monkeypatch.setenv("ETL_CACHE_DIR", str(tmp_path))
    folder = language.converted_model_dir()
    assert folder is not None and folder.is_relative_to(tmp_path)
    made = language.Automaton.from_model(language.identifier())
    made.save(folder)
    made.save(folder)  # a second process saving the same arrays leaves the first copy alone
    assert sorted(p.name for p in folder.parent.iterdir()) == [folder.name]
    loaded = language.Automaton.load(folder)
    assert isinstance(loaded.table, np.ndarray) and not loaded.table.flags.writeable  # mapped, not copied
    texts = [*SAMPLES, "", "12:30 — 45%"]
    expected = [language.identifier().classify(t)[0] if language.has_letters(t) else None for t in texts]
    judged = [t for t, e in zip(texts, expected) if e is not None]
    assert loaded.classify(judged) == made.classify(judged) == [e for e in expected if e is not None]


def test_an_unwritable_cache_folder_costs_time_not_answers(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ETL_CACHE_DIR", str(blocker))  # every folder under it fails to be made
    language.automaton.cache_clear()
    try:
        assert language.automaton() is not None
        assert language.detect_all([ENGLISH, RUSSIAN]) == ["en", "ru"]
        assert not blocker.is_dir()
    finally:
        language.automaton.cache_clear()
