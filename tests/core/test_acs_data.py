"""The shipped ACS data: structure, numbering, known facts, and the loader's errors."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from studyapp.core.errors import NotFoundError
from studyapp.core.oral.acs import (
    AcsDataError,
    acs_directory,
    load_catalog,
    load_document,
    shipped_catalog,
)

CODE = re.compile(r"^([A-Z]{2})\.([IVXL]+)\.([A-Z])\.([KRS])(\d+)([a-z]?)$")
EXPECTED_FILES = {
    "private_airplane.json": ("FAA-S-ACS-6C", "PA"),
    "instrument_airplane.json": ("FAA-S-ACS-8C", "IR"),
    "commercial_airplane.json": ("FAA-S-ACS-7B", "CA"),
    "flight_instructor_airplane.json": ("FAA-S-ACS-25", "AI"),
}


def shipped_raw() -> dict[str, dict[str, Any]]:
    files = [f for f in acs_directory().iterdir() if f.name.endswith(".json")]
    return {f.name: json.loads(f.read_text(encoding="utf-8")) for f in files}


def raw_tasks(doc: dict[str, Any]):
    for area in doc["areas"]:
        for task in area["tasks"]:
            yield area, task


def test_expected_files_are_shipped_and_load() -> None:
    raw = shipped_raw()
    assert set(EXPECTED_FILES) <= set(raw)
    catalog = load_catalog(acs_directory())
    assert len(catalog.documents) == len(raw)
    for name, (acs_id, prefix) in EXPECTED_FILES.items():
        assert raw[name]["acs_id"] == acs_id
        assert catalog.document(acs_id).prefix == prefix


def test_codes_are_unique_across_all_files() -> None:
    codes = [
        e["code"]
        for doc in shipped_raw().values()
        for _, t in raw_tasks(doc)
        for e in t["elements"]
    ]
    duplicates = {c for c in codes if codes.count(c) > 1}
    assert not duplicates


def test_every_code_matches_its_file_area_task_and_kind() -> None:
    for name, doc in shipped_raw().items():
        for area, task in raw_tasks(doc):
            for element in task["elements"]:
                match = CODE.fullmatch(element["code"])
                assert match, (name, element["code"])
                prefix, numeral, letter, kind = match.groups()[:4]
                assert (prefix, numeral, letter, kind) == (
                    area.get("prefix", doc["prefix"]),
                    area["numeral"],
                    task["letter"],
                    element["kind"],
                ), (name, element["code"])


def test_every_task_has_elements_and_a_known_class() -> None:
    for doc in shipped_raw().values():
        for area, task in raw_tasks(doc):
            assert task["elements"], f"{doc['prefix']}.{area['numeral']}.{task['letter']}"
            assert task["classes"] and set(task["classes"]) <= {"ASEL", "AMEL", "ASES", "AMES"}


def test_knowledge_risk_and_skill_numbering_has_no_gaps() -> None:
    for doc in shipped_raw().values():
        for _, task in raw_tasks(doc):
            for kind in "KRS":
                numbers = [
                    int(CODE.fullmatch(e["code"])[5])
                    for e in task["elements"]
                    if e["kind"] == kind and not CODE.fullmatch(e["code"])[6]
                ]
                if "partial" in task:  # may skip a code whose wording is lost, still in order
                    assert numbers == sorted(set(numbers)), (task["name"], kind)
                else:
                    assert numbers == list(range(1, len(numbers) + 1)), (task["name"], kind)


def test_sub_elements_follow_their_parent_in_order() -> None:
    for doc in shipped_raw().values():
        for _, task in raw_tasks(doc):
            codes = [e["code"] for e in task["elements"]]
            for index, code in enumerate(codes):
                sub = CODE.fullmatch(code)[6]
                if not sub:
                    continue
                parent = code[:-1]
                before = parent if sub == "a" else parent + chr(ord(sub) - 1)
                assert parent in codes, code
                assert codes[index - 1] == before, code


def test_labels_are_short_and_archived_flags_are_honest() -> None:
    for doc in shipped_raw().values():
        for _, task in raw_tasks(doc):
            for element in task["elements"]:
                assert 0 < len(element["label"]) <= 90, element["code"]
                if element.get("archived"):
                    assert element["label"].startswith("Archived"), element["code"]


def test_unverified_tasks_are_not_shipped() -> None:
    catalog = shipped_catalog()
    for document in catalog.documents:
        for entry in document.unverified:
            with pytest.raises(NotFoundError):
                catalog.task(entry.code)


def test_private_pilot_known_facts() -> None:
    catalog = shipped_catalog()
    private = catalog.document("FAA-S-ACS-6C")
    assert private.effective.isoformat() == "2024-05-31"
    assert [a.numeral for a in private.areas] == [
        "I",
        "II",
        "III",
        "IV",
        "V",
        "VI",
        "VII",
        "VIII",
        "IX",
        "X",
        "XI",
        "XII",
    ]
    assert catalog.area("PA.I").name == "Preflight Preparation"
    assert catalog.area("PA.XII").name == "Postflight Procedures"
    assert catalog.task("PA.I.A").name == "Pilot Qualifications"
    assert catalog.task("PA.VII.D").name == "Spin Awareness"
    assert [t.letter for t in catalog.tasks("PA.IV")] == list("ABCDEFGHIJKLMN")
    assert catalog.task("PA.IV.C").classes == ("ASEL",)
    assert catalog.task("PA.IV.M").classes == ("ASEL", "ASES")
    assert catalog.task("PA.IX.B").classes == ("ASEL", "ASES")
    assert len(catalog.task("PA.I.B").elements_of_kind("S")) == 3
    assert [
        e.code for e in catalog.task("PA.II.E").elements if e.code.startswith("PA.II.E.K6")
    ] == ["PA.II.E.K6", "PA.II.E.K6a", "PA.II.E.K6b"]
    assert catalog.has_element("PA.III.A.K9")
    assert catalog.element("PA.III.A.R3").archived
    assert catalog.element("PA.XII.A.S1").archived
    assert not catalog.task("PA.XI.A").elements_of_kind("S")  # "intentionally left blank"
    assert len(catalog.task("PA.VIII.E").elements_of_kind("R")) == 10
    assert all(catalog.element(f"PA.VIII.E.K1{sub}").archived for sub in "abcd")
    assert "AC 68-1" in catalog.task("PA.I.A").references
    # Stalls ship with a partial note: a pilot must see them, and know what was not checked
    assert [t.letter for t in catalog.tasks("PA.VII")] == list("ABCD")
    assert catalog.task("PA.VII.B").name == "Power-Off Stalls"
    assert catalog.task("PA.VII.C").name == "Power-On Stalls"
    assert not private.unverified


def test_private_stall_tasks_ship_what_was_confirmed_and_say_what_was_not() -> None:
    catalog = shipped_catalog()
    power_on = catalog.task("PA.VII.C")
    kinds = {kind: len(power_on.elements_of_kind(kind)) for kind in "KRS"}
    assert kinds == {"K": 4, "R": 8, "S": 10}  # K1-K4, R1-R8, S1-S7 from 6C; S8-S10 from 6B
    assert "elevator trim" in catalog.element("PA.VII.C.R5").label
    assert "65 percent" in catalog.element("PA.VII.C.S4").label
    assert not catalog.has_element("PA.VII.C.S11")  # one unreliable source only
    power_off = catalog.task("PA.VII.B")
    assert [len(power_off.elements_of_kind(kind)) for kind in "KRS"] == [4, 8, 10]
    assert catalog.element("PA.VII.B.S4").label == "Stabilized descent"
    assert not catalog.has_element("PA.VII.B.S11")
    for task in (power_off, power_on):
        assert "6C" in task.partial and "S11" in task.partial
        assert task.references == ("AC 61-67", "FAA-H-8083-2", "FAA-H-8083-3",
                                   "FAA-H-8083-25", "POH/AFM")  # fmt: skip
    assert not catalog.task("PA.VII.A").partial


def test_task_notes_name_partial_and_left_out_tasks_by_area() -> None:
    private = shipped_catalog().document("PA")
    notes = private.task_notes(["PA.VII"])
    assert [(n.numeral, n.letter, n.missing) for n in notes] == [
        ("VII", "B", False),
        ("VII", "C", False),
    ]
    assert private.task_notes(["PA.I", "PA.VI"]) == ()
    assert private.task_notes() == notes
    instructor = shipped_catalog().document("AI")
    left_out = [n for n in instructor.task_notes() if n.missing]
    assert {f"{n.area_code}.{n.letter}" for n in left_out} == {
        e.code for e in instructor.unverified
    }
    assert [n.letter for n in instructor.task_notes(["AI.VII"]) if n.missing] == ["E", "J", "K"]


def test_instrument_rating_known_facts() -> None:
    catalog = shipped_catalog()
    instrument = catalog.document("IR")
    assert instrument.acs_id == "FAA-S-ACS-8C"
    assert [a.numeral for a in instrument.areas] == [
        "I",
        "II",
        "III",
        "IV",
        "V",
        "VI",
        "VII",
        "VIII",
    ]
    assert sum(len(a.tasks) for a in instrument.areas) == 22
    assert catalog.area("IR.III").name == "Air Traffic Control (ATC) Clearances and Procedures"
    assert catalog.task("IR.III.B").name == "Holding Procedures"
    assert [t.name for t in catalog.tasks("IR.VI")] == [
        "Non-precision Approach",
        "Precision Approach",
        "Missed Approach",
        "Circling Approach",
        "Landing from an Instrument Approach",
    ]
    assert catalog.task("IR.VII.B").classes == ("AMEL", "AMES")
    assert catalog.task("IR.VII.D").classes == ("ASEL", "AMEL", "ASES", "AMES")
    assert catalog.element("IR.IV.B.R2").archived and catalog.element("IR.VII.C.R2").archived
    assert len(catalog.task("IR.VI.B").elements_of_kind("S")) == 17
    assert catalog.element("IR.III.B.S3a").parent_code == "IR.III.B.S3"
    assert "AC 90-107" in catalog.task("IR.VI.B").references


def test_commercial_pilot_known_facts() -> None:
    catalog = shipped_catalog()
    commercial = catalog.document("CA")
    assert commercial.acs_id == "FAA-S-ACS-7B"
    assert len(commercial.areas) == 11
    assert sum(len(a.tasks) for a in commercial.areas) == 60
    assert catalog.area("CA.VIII").name == "High-Altitude Operations"
    assert [t.name for t in catalog.tasks("CA.V")] == [
        "Steep Turns",
        "Steep Spiral",
        "Chandelles",
        "Lazy Eights",
        "Eights on Pylons",
    ]
    assert catalog.task("CA.IV.M").name == "Power-Off 180° Accuracy Approach and Landing"
    assert catalog.task("CA.IV.M").classes == ("ASEL", "ASES")
    assert catalog.task("CA.V.E").classes == ("ASEL", "ASES")
    assert catalog.task("CA.VII.D").name == "Accelerated Stalls"
    assert not catalog.task("CA.VII.E").elements_of_kind("S")
    assert catalog.element("CA.I.F.K2f").archived
    assert not catalog.has_element("CA.I.B.K1e")  # 6C added K1e; 7B stops at K1d
    assert "14 CFR 119.1(e)" in catalog.task("CA.I.A").references
    assert [e.code for e in catalog.task("CA.V.D").elements if e.sub] == [
        "CA.V.D.S5a",
        "CA.V.D.S5b",
        "CA.V.D.S5c",
        "CA.V.D.S5d",
        "CA.V.D.S5e",
    ]


def test_flight_instructor_known_facts() -> None:
    catalog = shipped_catalog()
    instructor = catalog.document("FAA-S-ACS-25")
    assert catalog.document("FI") is instructor
    foi = catalog.area("FI.I")
    assert foi.name == "Fundamentals of Instructing" and foi.prefix == "FI"
    assert [t.letter for t in foi.tasks] == list("ABCDEF")
    assert catalog.task("FI.I.B").name == "Learning Process"
    assert len(catalog.task("FI.I.B").elements_of_kind("K")) == 29  # K1-K16 and 13 subs
    assert catalog.element("FI.I.F.K2a").label == "PAVE checklist"
    shipped = {task.code for area in instructor.areas for task in area.tasks}
    unverified = {entry.code for entry in instructor.unverified}
    assert len(shipped | unverified) == 85 and not shipped & unverified  # 6 FI + 79 AI tasks
    assert "AI.II.L" in unverified  # only one source shows its elements


def test_flight_instructor_technical_and_preflight_areas() -> None:
    catalog = shipped_catalog()
    assert [a.numeral for a in catalog.areas("FAA-S-ACS-25")][:6] == [
        "I",
        "II",
        "III",
        "IV",
        "V",
        "VI",
    ]
    assert (
        catalog.area("AI.II").name == "Technical Subject Areas"
        and catalog.area("AI.II").prefix == "AI"
    )
    assert catalog.task("AI.II.E").name == "Aircraft Flight Controls and Operation of Systems"
    assert [e.code for e in catalog.task("AI.II.A").elements if e.sub][-1] == "AI.II.A.K1l"
    assert len(catalog.task("AI.II.C").elements_of_kind("R")) == 7
    assert len(catalog.task("AI.II.I").elements_of_kind("K")) == 18  # K1-K15 and K5a-c
    assert catalog.task("AI.II.P").classes == ("AMEL", "AMES")
    assert catalog.task("AI.V.D").classes == ("ASEL", "AMEL")
    assert catalog.task("AI.V.E").classes == ("ASES", "AMES")
    assert len(catalog.task("AI.V.E").elements_of_kind("S")) == 10
    assert catalog.area("AI.IV").name == "Preflight Lesson on a Maneuver to be Performed in Flight"
    assert catalog.task("AI.IV.A").name == "Maneuver Lesson"
    assert "FAA-H-8083-23" in catalog.task("AI.III.A").references
    assert "49 CFR part 830" in catalog.task("AI.II.J").references
    assert [e.code for e in catalog.task("AI.III.C").elements if e.kind == "R"] == [
        "AI.III.C.R1",
        "AI.III.C.R1a",
        "AI.III.C.R1b",
        "AI.III.C.R1c",
        "AI.III.C.R2",
        "AI.III.C.R2a",
        "AI.III.C.R2b",
        "AI.III.C.R2c",
    ]
    assert len(catalog.task("AI.VI.B").elements_of_kind("S")) == 7


def test_flight_instructor_takeoff_landing_and_fundamentals_areas() -> None:
    catalog = shipped_catalog()
    assert catalog.area("AI.VII").name == "Takeoffs, Landings, and Go-Arounds"
    assert catalog.area("AI.VIII").name == "Fundamentals of Flight"
    assert catalog.task("AI.VII.O").name == "Power-Off 180° Accuracy Approach and Landing"
    assert catalog.task("AI.VII.O").classes == ("ASEL", "ASES")
    assert catalog.task("AI.VII.C").classes == ("ASEL",)
    assert catalog.task("AI.VII.H").classes == ("ASES", "AMES")
    assert len(catalog.task("AI.VII.A").elements_of_kind("S")) == 17
    assert len(catalog.task("AI.VII.N").elements_of_kind("R")) == 9
    assert len(catalog.task("AI.VII.M").elements_of_kind("R")) == 16  # R1-R9, R2a-e, R3a-b
    assert catalog.has_element("AI.VII.G.S18") and not catalog.has_element("AI.VII.G.S19")
    assert [t.letter for t in catalog.tasks("AI.VIII")] == ["A", "B", "C", "D"]
    unverified = {entry.code for entry in catalog.document("AI").unverified}
    assert {"AI.VII.E", "AI.VII.J", "AI.VII.K"} <= unverified
    # Level Turns ships without R2, whose wording both FAA text extractions lose
    level_turns = catalog.task("AI.VIII.B")
    assert level_turns.partial and "R2" in level_turns.partial
    assert [e.code for e in level_turns.elements if e.kind != "K"] == [
        "AI.VIII.B.R1", "AI.VIII.B.S1", "AI.VIII.B.S2"]  # fmt: skip


def test_flight_instructor_maneuver_emergency_and_postflight_areas() -> None:
    catalog = shipped_catalog()
    assert [a.numeral for a in catalog.areas("AI")][-6:] == ["IX", "X", "XI", "XII", "XIII", "XIV"]
    assert catalog.area("AI.X").name == "Slow flight, Stalls, and Spins"  # capitalised as printed
    assert catalog.area("AI.XIII").name == "Multiengine Operations"
    assert catalog.task("AI.X.I").name == "Spin Awareness and Spins"
    assert len(catalog.task("AI.X.I").elements_of_kind("K")) == 13
    assert catalog.task("AI.X.B").classes == ("ASEL", "ASES")
    assert [e.code for e in catalog.task("AI.X.B").elements if e.code.startswith("AI.X.B.S5")][
        -1
    ] == ("AI.X.B.S5g")
    assert len(catalog.task("AI.X.C").elements_of_kind("S")) == 11
    assert catalog.task("AI.IX.D").classes == ("ASEL", "ASES")
    assert catalog.task("AI.XII.F").classes == ("AMEL", "AMES")
    assert len(catalog.task("AI.XII.F").elements_of_kind("S")) == 11
    assert [e.code for e in catalog.task("AI.XIII.B").elements if e.sub] == [
        f"AI.XIII.B.S1{sub}" for sub in "abcdefg"
    ]
    assert catalog.task("AI.XIV.A").classes == ("ASEL", "AMEL")
    assert catalog.task("AI.XIV.B").classes == ("ASES", "AMES")
    unverified = {entry.code for entry in catalog.document("AI").unverified}
    assert {"AI.IX.C", "AI.XI.B", "AI.XI.C", "AI.XII.B", "AI.XII.D"} <= unverified
    # Power-On Stalls ships without R8, whose wording both FAA text extractions lose
    power_on = catalog.task("AI.X.D")
    assert power_on.name == "Power-On Stalls" and "R8" in power_on.partial
    assert [e.code for e in power_on.elements_of_kind("R")][-1] == "AI.X.D.R7"
    assert len(power_on.elements_of_kind("K")) == 6 and len(power_on.elements_of_kind("S")) == 11
    assert not catalog.has_element("AI.X.D.R8")


def test_lookups_return_frozen_records_and_report_missing_codes() -> None:
    catalog = shipped_catalog()
    element = catalog.element("PA.I.B.K1a")
    assert (element.kind, element.number, element.sub) == ("K", 1, "a")
    assert element.parent_code == "PA.I.B.K1" and element.task_code == "PA.I.B"
    with pytest.raises(AttributeError):
        element.label = "changed"  # type: ignore[misc]
    for missing in ("PA.I.A.K99", "ZZ.I.A.K1"):
        with pytest.raises(NotFoundError):
            catalog.element(missing)
    with pytest.raises(NotFoundError):
        catalog.document("FAA-S-ACS-99")


def minimal_document() -> dict[str, Any]:
    return {
        "acs_id": "FAA-S-ACS-TEST",
        "title": "Test",
        "prefix": "TT",
        "effective": "2024-05-31",
        "source_note": "test data",
        "areas": [
            {
                "numeral": "I",
                "name": "Area",
                "tasks": [
                    {
                        "letter": "A",
                        "name": "Task",
                        "classes": ["ASEL"],
                        "references": [],
                        "elements": [
                            {"code": "TT.I.A.K1", "kind": "K", "label": "Knowledge"},
                            {"code": "TT.I.A.K1a", "kind": "K", "label": "Sub a"},
                            {"code": "TT.I.A.K1b", "kind": "K", "label": "Sub b"},
                            {"code": "TT.I.A.R1", "kind": "R", "label": "Risk"},
                            {"code": "TT.I.A.S1", "kind": "S", "label": "Skill"},
                        ],
                    }
                ],
            }
        ],
    }


def write(tmp_path: Path, doc: dict[str, Any], name: str = "broken.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def elements(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return doc["areas"][0]["tasks"][0]["elements"]


def test_minimal_document_is_valid(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, minimal_document()))
    assert document.areas[0].tasks[0].elements[1].parent_code == "TT.I.A.K1"


def _wrong_task(doc):
    elements(doc)[3]["code"] = "TT.I.B.R1"


def _gap(doc):
    elements(doc)[3]["code"] = "TT.I.A.R2"


def _orphan_sub(doc):
    del elements(doc)[1]


def _kind_mismatch(doc):
    elements(doc)[4]["kind"] = "K"


def _no_elements(doc):
    elements(doc).clear()


def _bad_class(doc):
    doc["areas"][0]["tasks"][0]["classes"] = ["GLIDER"]


def _duplicate(doc):
    elements(doc).append({"code": "TT.I.A.S1", "kind": "S", "label": "Again"})


def _bad_date(doc):
    doc["effective"] = "May 2024"


def _empty_partial(doc):
    doc["areas"][0]["tasks"][0]["partial"] = " "


def _partial_out_of_order(doc):
    doc["areas"][0]["tasks"][0]["partial"] = "R1 lost at a page break"
    elements(doc)[3:5] = [
        {"code": "TT.I.A.R3", "kind": "R", "label": "Risk three"},
        {"code": "TT.I.A.R2", "kind": "R", "label": "Risk two"},
    ]


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (_wrong_task, r"TT\.I\.B\.R1.*does not belong to task TT\.I\.A"),
        (_gap, r"TT\.I\.A\.R2.*numbering has a gap"),
        (_orphan_sub, r"TT\.I\.A\.K1b.*does not follow its parent"),
        (_kind_mismatch, r"TT\.I\.A\.S1.*kind 'K' does not match"),
        (_no_elements, r"TT\.I\.A.*task has no elements"),
        (_bad_class, r"TT\.I\.A.*classes"),
        (_duplicate, r"(TT\.I\.A\.S2|numbering|twice)"),
        (_bad_date, r"effective 'May 2024'"),
        (_empty_partial, r"TT\.I\.A.*'partial' must be a non-empty string"),
        (_partial_out_of_order, r"TT\.I\.A\.R2.*out of order"),
    ],
)
def test_malformed_file_names_the_file_and_the_entry(tmp_path: Path, mutate, expected) -> None:
    doc = copy.deepcopy(minimal_document())
    mutate(doc)
    with pytest.raises(AcsDataError, match=r"^broken\.json: ") as caught:
        load_document(write(tmp_path, doc))
    assert re.search(expected, str(caught.value)), str(caught.value)


def test_a_partial_task_may_skip_a_lost_code_and_keeps_its_note(tmp_path: Path) -> None:
    doc = minimal_document()
    doc["areas"][0]["tasks"][0]["partial"] = "R1's wording is lost at a page break"
    elements(doc)[3]["code"] = "TT.I.A.R2"
    document = load_document(write(tmp_path, doc))
    task = document.areas[0].tasks[0]
    assert [e.code for e in task.elements_of_kind("R")] == ["TT.I.A.R2"]
    assert task.partial == "R1's wording is lost at a page break"
    (note,) = document.task_notes()
    assert (note.area_code, note.letter, note.missing, note.reason) == (
        "TT.I", "A", False, task.partial)  # fmt: skip


def test_a_task_listed_unverified_must_not_also_ship(tmp_path: Path) -> None:
    doc = minimal_document()
    doc["unverified"] = [{"task": "TT.I.A", "name": "Task", "reason": "one source"}]
    with pytest.raises(AcsDataError, match=r"TT\.I\.A is listed as unverified but is shipped"):
        load_document(write(tmp_path, doc))
    doc["unverified"][0]["task"] = "TT.I.B"
    (note,) = load_document(write(tmp_path, doc)).task_notes(["TT.I"])
    assert (note.letter, note.missing, note.reason) == ("B", True, "one source")


def test_an_area_may_use_its_own_prefix(tmp_path: Path) -> None:
    doc = minimal_document()
    doc["areas"][0]["prefix"] = "FI"
    for element in elements(doc):
        element["code"] = element["code"].replace("TT.", "FI.")
    catalog = load_catalog(write(tmp_path, doc, "instructor.json").parent)
    assert catalog.area("FI.I").tasks[0].code == "FI.I.A"
    assert catalog.document("FI").prefix == "TT"
    elements(doc)[0]["code"] = "TT.I.A.K1"
    with pytest.raises(AcsDataError, match=r"TT\.I\.A\.K1.*does not belong to task FI\.I\.A"):
        load_document(write(tmp_path, doc))


def test_unreadable_json_and_cross_file_duplicates_are_reported(tmp_path: Path) -> None:
    (tmp_path / "garbled.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(AcsDataError, match=r"^garbled\.json: cannot read JSON"):
        load_document(tmp_path / "garbled.json")
    (tmp_path / "garbled.json").unlink()
    write(tmp_path, minimal_document(), "one.json")
    write(tmp_path, minimal_document(), "two.json")
    with pytest.raises(AcsDataError, match=r"TT\.I\.A\.K1 appears in two ACS files"):
        load_catalog(tmp_path)
