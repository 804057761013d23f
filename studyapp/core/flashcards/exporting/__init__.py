"""Taking cards out: CSV (opens in any spreadsheet, re-imports here) and .apkg for Anki."""
