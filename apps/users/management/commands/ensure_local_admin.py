import secrets
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from apps.users.models import User

CREDENTIALS_FILE = Path(settings.BASE_DIR) / ".local-admin"
EMAIL = "admin@localhost"


class Command(BaseCommand):
    help = "For local use: create an administrator if none exists, and say how to log in."

    def handle(self, *args, **options):
        if not User.objects.filter(is_superuser=True).exists():
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser(
                email=EMAIL, password=password, first_name="Local", last_name="Admin"
            )
            CREDENTIALS_FILE.write_text(f"{EMAIL}\n{password}\n")
            CREDENTIALS_FILE.chmod(0o600)
        if CREDENTIALS_FILE.exists():
            email, password = CREDENTIALS_FILE.read_text().split()[:2]
            self.stdout.write(
                f"Admin: http://127.0.0.1:8000/admin/  e-mail {email}  password {password}  "
                f"(kept in {CREDENTIALS_FILE.name})"
            )
        else:
            self.stdout.write("Admin: http://127.0.0.1:8000/admin/ with your existing administrator account.")
