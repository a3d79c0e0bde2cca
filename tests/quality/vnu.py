"""The Nu HTML checker (vnu.jar from npm, run on Debian's Java) over many documents at once.

One JVM start costs seconds, so every document of a check goes to one run.
"""

import json
import subprocess
import tempfile
from pathlib import Path

from django.conf import settings

VNU_JAR = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def html_errors(documents: dict[str, str]) -> list[str]:
    """The checker's errors in `documents` ({name: HTML}), each as "name:line:column: message (extract)".

    A name says what the document is (page type, language, ...) and becomes its file's name.
    """
    if not documents:
        return []
    with tempfile.TemporaryDirectory(prefix="vnu-") as folder:
        paths = {}
        for index, (name, html) in enumerate(documents.items()):
            path = Path(folder) / f"{index:04d}.html"
            path.write_text(html, encoding="utf-8")
            paths[path.name] = name
        finished = subprocess.run(
            [
                "java",
                "-Xss8m",
                "-jar",
                str(VNU_JAR),
                "--errors-only",
                "--format",
                "json",
                *sorted(str(Path(folder) / file_name) for file_name in paths),
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
    report = json.loads(finished.stderr or finished.stdout or '{"messages": []}')
    errors = []
    for message in report.get("messages", []):
        if message.get("type") not in ("error", "non-document-error"):
            continue
        url = message.get("url", "?")
        name = paths.get(url.rsplit("/", 1)[-1], url)
        extract = " ".join(message.get("extract", "").split())[:160]
        errors.append(
            f"{name}:{message.get('lastLine', '?')}:{message.get('firstColumn', '?')}: "
            f"{message.get('message')} ({extract})"
        )
    return errors
