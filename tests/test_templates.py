"""The templates stay readable: no line over 160 characters (make lint checks djhtml's indentation)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "templates"
MAX_LINE = 160


def long_lines(root: Path) -> list[str]:
    """Every line of every file under root longer than MAX_LINE characters, as "path:line (length)"."""
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if len(line) > MAX_LINE:
                found.append(f"{path.relative_to(root)}:{number} ({len(line)})")
    return found


def test_no_template_line_is_longer_than_160_characters():
    assert long_lines(TEMPLATES) == []


def test_a_line_of_161_characters_is_found_and_one_of_160_is_not(tmp_path):
    (tmp_path / "includes").mkdir()
    (tmp_path / "includes" / "card.html").write_text("<p>\n" + "é" * 160 + "\n</p>\n", encoding="utf-8")
    (tmp_path / "email.txt").write_text("short\n" + "x" * 161 + "\n", encoding="utf-8")
    assert long_lines(tmp_path) == ["email.txt:2 (161)"]
