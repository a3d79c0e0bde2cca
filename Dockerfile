FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 DJANGO_SETTINGS_MODULE=buicasus.settings.production

RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext libmagic1 libpq5 \
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY . .
# collectstatic and compilemessages need settings but no secret of the deployment.
RUN SECRET_KEY=build-only-placeholder-key-that-is-long-enough-for-the-check-0123456789 \
    ALLOWED_HOSTS=localhost python manage.py collectstatic --noinput \
    && python manage.py compilemessages --ignore=.venv -v 0

RUN useradd --create-home portal && mkdir -p /app/media /app/private_media \
    && chown portal /app/media /app/private_media && chmod 700 /app/private_media
USER portal
EXPOSE 8000
CMD ["gunicorn", "buicasus.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
