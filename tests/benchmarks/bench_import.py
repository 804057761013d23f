"""Import benchmark: a 10,000-note .apkg and 100,000 CSV rows, against Anki's own import.

Run: /work/venv/bin/python tests/benchmarks/bench_import.py [--notes N] [--rows N] [--repeat N]
Prints figures (best of --repeat fresh imports); asserts nothing. Targets: .apkg <= 1 s,
CSV <= 4 s. The .apkg is written by the anki package itself (current format, anki21b)
when it is installed, else by genanki (legacy collection.anki2).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from studyapp.core.accounts.service import create_profile
from studyapp.core.flashcards.importing.service import import_file
from studyapp.core.startup import open_database
from studyapp.paths import resolve_paths


def anki_available() -> bool:
    try:
        import anki.collection  # noqa: F401
    except ImportError:
        return False
    return True


def make_apkg_with_anki(folder: Path, notes: int) -> Path:
    from anki.collection import Collection, ExportAnkiPackageOptions
    from anki.decks import DeckId

    col = Collection(str(folder / "source.anki2"))
    basic = col.models.by_name("Basic")
    deck = DeckId(col.decks.id("Checkride::Private"))
    for n in range(notes):
        note = col.new_note(basic)
        note["Front"] = f"Question {n}: what are the VFR fuel minimums by day?"
        note["Back"] = f"Answer {n}: 30 minutes at normal cruising speed (14 CFR 91.151)"
        note.tags = ["regulations", f"PA.I.B.K{n % 9 + 1}"]
        col.add_note(note, deck)
    out = folder / "bench.apkg"
    options = ExportAnkiPackageOptions(
        with_scheduling=False, with_deck_configs=False, with_media=False, legacy=False
    )
    col.export_anki_package(out_path=str(out), options=options, limit=None)
    col.close()
    return out


def make_apkg_with_genanki(folder: Path, notes: int) -> Path:
    import genanki

    model = genanki.Model(
        1_700_000_010,
        "Basic",
        fields=[{"name": "Front"}, {"name": "Back"}],
        templates=[
            {"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}
        ],
    )
    deck = genanki.Deck(2_000_000_010, "Checkride::Private")
    for n in range(notes):
        deck.add_note(genanki.Note(model, [f"Question {n}?", f"Answer {n}"], tags=["regs"]))
    out = folder / "bench.apkg"
    genanki.Package(deck).write_to_file(str(out))
    return out


def make_csv(folder: Path, rows: int) -> Path:
    out = folder / "bench.csv"
    with out.open("w", encoding="utf-8") as file:
        # Anki's own header lines, so Anki's CSV import reads the same file the same way.
        file.write("#separator:comma\n#columns:question,answer,tags\n#tags column:3\n")
        for n in range(rows):
            file.write(
                f'"Question {n}, about airspace?","Answer {n}",airspace PA.I.E.K{n % 5 + 1}\n'
            )
    return out


def time_our_import(folder: Path, file: Path, repeat: int) -> float:
    best = float("inf")
    for attempt in range(repeat):
        paths = resolve_paths(folder / f"data-{file.suffix[1:]}-{attempt}").ensure()
        db = open_database(paths)
        user_id = create_profile(db, "bench@example.com", "Bench", "Pilot").id
        start = time.perf_counter()
        import_file(db, user_id, file, paths.media)
        best = min(best, time.perf_counter() - start)
        db.close()
    return best


def time_anki_import(folder: Path, file: Path, repeat: int) -> float:
    from anki.collection import Collection, ImportAnkiPackageRequest

    best = float("inf")
    for attempt in range(repeat):
        col = Collection(str(folder / f"anki-target-{attempt}.anki2"))
        start = time.perf_counter()
        col.import_anki_package(ImportAnkiPackageRequest(package_path=str(file)))
        best = min(best, time.perf_counter() - start)
        col.close()
    return best


def time_anki_csv_import(folder: Path, file: Path, repeat: int) -> float:
    from anki.collection import Collection, ImportCsvRequest

    best = float("inf")
    for attempt in range(repeat):
        col = Collection(str(folder / f"anki-csv-{attempt}.anki2"))
        start = time.perf_counter()
        metadata = col.get_csv_metadata(str(file), None)
        col.import_csv(ImportCsvRequest(path=str(file), metadata=metadata))
        best = min(best, time.perf_counter() - start)
        col.close()
    return best


def report(label: str, ours: float, target: float, anki: float | None) -> None:
    line = f"{label:<28} ours {ours * 1000:8.1f} ms  (target <= {target * 1000:.0f} ms)"
    if anki is not None:
        line += f"  anki {anki * 1000:8.1f} ms  ratio {ours / anki:5.2f}x"
    print(line)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        has_anki = anki_available()
        maker: Callable[[Path, int], Path] = (
            make_apkg_with_anki if has_anki else make_apkg_with_genanki
        )
        package = maker(folder, args.notes)
        anki = time_anki_import(folder, package, args.repeat) if has_anki else None
        report(
            f".apkg, {args.notes:,} notes", time_our_import(folder, package, args.repeat), 1.0, anki
        )
        csv_file = make_csv(folder, args.rows)
        anki = time_anki_csv_import(folder, csv_file, args.repeat) if has_anki else None
        ours = time_our_import(folder, csv_file, args.repeat)
        report(f"CSV, {args.rows:,} rows", ours, 4.0, anki)


if __name__ == "__main__":
    main()
