import os
import re
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
    assert set(config["services"]) == {
        "proxy",
        "web",
        "worker",
        "reports-worker",
        "beat",
        "db",
        "redis",
        "broker",
        "mail",
    }
    assert "gunicorn" in " ".join(config["services"]["web"]["command"])
    assert config["services"]["db"]["image"].startswith("buicasus-postgres:16")
    assert config["services"]["db"]["build"]["dockerfile"] == "deploy/postgres/Dockerfile"
    assert config["services"]["redis"]["image"].startswith("redis:7")
    for service in ("web", "worker", "reports-worker", "beat"):
        env = config["services"][service]["environment"]
        assert env["DATABASE_URL"].startswith("postgres://")
        assert env["REDIS_URL"] == "redis://redis:6379/0"
        assert env["CELERY_BROKER_URL"] == "redis://broker:6379/0"
        assert env["RATELIMIT_IP_META_KEY"] == "HTTP_X_REAL_IP"
        assert env["PAGE_CACHE_PORTS"] == "8000"


def test_a_reverse_proxy_serves_media_and_passes_the_client_on():
    require_compose()
    config = yaml.safe_load(compose_config(ROOT / "docker-compose.yml").stdout)
    proxy, web = config["services"]["proxy"], config["services"]["web"]
    assert proxy["image"].startswith("nginx:")
    assert [(port["published"], port["target"]) for port in proxy["ports"]] == [(8000, 80)]
    assert "ports" not in web, "the web app is reached only through the proxy"
    assert f"{ROOT / 'deploy' / 'nginx.conf'}:/etc/nginx/conf.d/default.conf:ro" in proxy["volumes"]
    assert "media:/srv/media:ro" in proxy["volumes"]

    nginx = (ROOT / "deploy" / "nginx.conf").read_text()
    assert "server web:8000;" in nginx
    assert re.search(r"location /media/ \{\s*alias /srv/media/;", nginx)
    for header in ("Host $http_host", "X-Real-IP $remote_addr", "X-Forwarded-For $proxy_add_x_forwarded_for"):
        assert f"proxy_set_header {header};" in nginx
    assert "proxy_set_header X-Forwarded-Proto $scheme;" in nginx


def test_the_cache_evicts_least_recently_used_keys_and_the_broker_never_evicts():
    require_compose()
    config = yaml.safe_load(compose_config(ROOT / "docker-compose.yml").stdout)

    def option(service, name):
        command = config["services"][service]["command"]
        return command[command.index(name) + 1]

    assert option("redis", "--maxmemory") == "256mb"
    assert option("redis", "--maxmemory-policy") == "allkeys-lru"
    assert option("broker", "--maxmemory-policy") == "noeviction"
    assert option("broker", "--appendonly") == "yes"


def test_reports_have_a_worker_of_their_own_and_mail_never_waits_behind_them():
    from django.conf import settings

    require_compose()
    config = yaml.safe_load(compose_config(ROOT / "docker-compose.yml").stdout)

    def queues(service):
        command = config["services"][service]["command"]
        return command[command.index("-Q") + 1].split(",")

    # The deployment's queues are the defaults of CELERY_QUEUE and CELERY_REPORTS_QUEUE.
    assert queues("worker") == ["buicasus"]
    assert queues("reports-worker") == ["buicasus-reports"]
    assert settings.CELERY_TASK_ROUTES["apps.reports.tasks.*"] == {"queue": settings.CELERY_REPORTS_QUEUE}
    assert "private_media:/app/private_media:rw" in config["services"]["reports-worker"]["volumes"]


def test_a_broken_compose_file_is_rejected(tmp_path):
    require_compose()
    broken = tmp_path / "docker-compose.yml"
    broken.write_text("services:\n  web:\n    ports: not-a-list\n    image: [\n")
    assert compose_config(broken).returncode != 0


def test_private_attachments_have_a_volume_the_proxy_never_sees():
    require_compose()
    config = yaml.safe_load(compose_config(ROOT / "docker-compose.yml").stdout)
    for service in ("web", "worker", "reports-worker"):
        assert "private_media:/app/private_media:rw" in config["services"][service]["volumes"]
    assert not any("private_media" in volume for volume in config["services"]["proxy"]["volumes"])
    assert "private_media" in config["volumes"]
