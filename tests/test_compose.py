import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]


def compose_config(path):
    return subprocess.run(
        ["docker-compose", "-f", str(path), "config"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "SECRET_KEY": "a-deployment-secret-from-the-environment"},
    )


def require_compose():
    if shutil.which("docker-compose") is None:
        pytest.fail("docker-compose is missing: `make test` installs it with apt-get")


def test_compose_file_is_valid_and_runs_the_full_stack():
    require_compose()
    result = compose_config(ROOT / "docker-compose.yml")
    assert result.returncode == 0, result.stderr
    config = yaml.safe_load(result.stdout)
    assert set(config["services"]) == {"web", "worker", "beat", "db", "redis", "mail"}
    assert "gunicorn" in " ".join(config["services"]["web"]["command"])
    assert config["services"]["db"]["image"].startswith("postgres:16")
    assert config["services"]["redis"]["image"].startswith("redis:7")
    for service in ("web", "worker", "beat"):
        env = config["services"][service]["environment"]
        assert env["DATABASE_URL"].startswith("postgres://")
        assert env["REDIS_URL"].startswith("redis://")


def test_a_broken_compose_file_is_rejected(tmp_path):
    require_compose()
    broken = tmp_path / "docker-compose.yml"
    broken.write_text("services:\n  web:\n    ports: not-a-list\n    image: [\n")
    assert compose_config(broken).returncode != 0
