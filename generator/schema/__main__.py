"""``python -m generator.schema``: write the shipped JSON Schemas again from the fields."""

from .json_schema import SCHEMA_FILES, SCHEMA_FOLDER, schema_text

for name, schema in SCHEMA_FILES.items():
    (SCHEMA_FOLDER / name).write_text(schema_text(schema()), encoding="utf-8")
    print(f"wrote {(SCHEMA_FOLDER / name).as_posix()}")
