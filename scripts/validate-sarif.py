#!/usr/bin/env python3
"""Validates SARIF files against the SARIF 2.1.0 JSON schema shipped in the test fixtures.

Usage: scripts/validate-sarif.py FILE.sarif ...   (needs the jsonschema module)
"""
import json
import pathlib
import sys

import jsonschema

SCHEMA = pathlib.Path(__file__).resolve().parent.parent / "Tests/Fixtures/sarif/sarif-2.1.0-rtm.4.json"


def main(paths):
    schema = json.loads(SCHEMA.read_text())
    for path in paths:
        document = json.loads(pathlib.Path(path).read_text())
        jsonschema.validate(document, schema)
        results = sum(len(run.get("results", [])) for run in document["runs"])
        print(f"{path}: valid SARIF 2.1.0 ({results} results)")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
