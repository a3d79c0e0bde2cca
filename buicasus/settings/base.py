"""Settings shared by every mode. Everything a deployment changes comes from the environment."""

from datetime import timedelta
from pathlib import Path

import environ
from celery.schedules import crontab

from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# wagtail_modeltranslation must come first: it overrides makemigrations and migrate, whose
# migrate adds the translated columns of Wagtail's own Page table.
INSTALLED_APPS = [
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    # The portal's own apps, from the kernel up (docs/architecture.md).
    "apps.core",
    "apps.vocabulary",
    "apps.users",
    "apps.partners",
    "apps.practices",
    "apps.mapping",
    "apps.activities",
    "apps.workpackages",
    "apps.strategies",
    "apps.projects",
    "apps.capacity",
    "apps.site",
    "apps.reports",
    "apps.notifications",
    "apps.api",
    "apps.opendata",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "apps.users.apps.WagtailUsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Django's admin for superusers only (apps/core/admin_site.py).
    "apps.core.admin_site.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.humanize",
    "csp",
    "axes",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
]

MIDDLEWARE = [
    # Outermost: /healthz must answer even when the database, which the middleware below
    # needs, does not.
    "apps.core.web.middleware.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Before anything reads the query string, the page cache's key included.
    "apps.core.web.middleware.QueryStringCleaningMiddleware",
    # CORS headers of the API's read endpoints, answered before anything else reads the request.
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "apps.core.caching.versioned.VersionMemoMiddleware",
    # Cache-Control, ETag and 304 for GET and HEAD; outside the page cache, so hits get them too.
    "apps.core.caching.http.ConditionalResponseMiddleware",
    # Before sessions, authentication and messages, so that a cached page skips them all.
    "apps.core.caching.pages.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's, except that robots.txt and the sitemaps get no language headers.
    "apps.core.caching.http.LocaleMiddleware",
    # Every error under /api/ in the API's JSON shape, whoever answered it (apps/api/errors.py);
    # inside the locale middleware, which then leaves the API's 404s unredirected.
    "apps.api.errors.ApiErrorMiddleware",
    # An address with the English segments under another language's prefix: 301 to its own words.
    "apps.core.web.localized_urls.EnglishAddressRedirectMiddleware",
    "django.middleware.common.CommonMiddleware",
    "apps.core.web.routing.WagtailSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "apps.core.web.middleware.ContentSecurityPolicyMiddleware",
    # A body over REQUEST_BODY_MAX_BYTES gets a translated 413 before anything reads it.
    "apps.core.web.request_limits.RequestBodyLimitMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that it sees the lockout that a failed login inside any view declares.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "buicasus.urls"
WSGI_APPLICATION = "buicasus.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "csp.context_processors.nonce",
            ],
        },
    },
]

# The embedded default is a SQLite file beside manage.py; set DATABASE_URL for PostgreSQL.
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
# No ATOMIC_REQUESTS: reads need no transaction, and every service that writes is atomic itself.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Without REDIS_URL the portal runs on the embedded default: a local-memory cache and Celery
# tasks executed in-process. With it, Redis is both the cache and the Celery broker.
REDIS_URL = env("REDIS_URL", default="")
# A request never waits long for Redis: a stalled server (it accepts connections but never
# answers) costs at most this many seconds per connection and reading, then counts as down.
REDIS_SOCKET_TIMEOUT = env.float("REDIS_SOCKET_TIMEOUT", default=0.25)
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "apps.core.caching.backend.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", default="buicasus"),
            "OPTIONS": {
                "socket_connect_timeout": REDIS_SOCKET_TIMEOUT,
                "socket_timeout": REDIS_SOCKET_TIMEOUT,
            },
            # After a failure the cache is skipped for this long instead of every call of a
            # page paying the timeout again.
            "BREAKER_SECONDS": env.float("CACHE_BREAKER_SECONDS", default=5.0),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Whole public pages for anonymous readers (apps/core/caching/pages.py); 0 turns it off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0 if DEBUG else 300)
# Pages asked for on these ports, besides none, 80 and 443, are stored too: the absolute links
# in a page carry the port it was asked on, so only ports the deployment serves may be kept.
PAGE_CACHE_PORTS = env.list("PAGE_CACHE_PORTS", default=[])
# Pages per child sitemap: each is listed once per language, so 2,000 pages make 10,000 URLs.
SITEMAP_PAGES_PER_FILE = 2000

# The broker may be a Redis of its own (docker-compose.yml runs one that never evicts keys).
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="") or REDIS_URL or "memory://"
# A request that queues a task fails fast when the broker does not answer, instead of hanging
# a web worker or retrying without end.
CELERY_BROKER_CONNECTION_TIMEOUT = REDIS_SOCKET_TIMEOUT
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "socket_connect_timeout": REDIS_SOCKET_TIMEOUT,
    "socket_timeout": REDIS_SOCKET_TIMEOUT,
    # A task taken by a worker that died unacknowledged goes back to the queue after this many
    # seconds; longer than the longest report, or a report still running would be run twice.
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=60 * 60),
}
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.1,
    "interval_max": 0.2,
}
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# The queue the portal's tasks go to and its workers read (`-Q`); one per deployment sharing a broker.
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_QUEUE", default="buicasus")
# Reports take minutes and hundreds of megabytes: they have a queue (and a worker) of their own,
# so a mail is never queued behind them (docker-compose.yml: `reports-worker`).
CELERY_REPORTS_QUEUE = env("CELERY_REPORTS_QUEUE", default=f"{CELERY_TASK_DEFAULT_QUEUE}-reports")
CELERY_TASK_ROUTES = {"apps.reports.tasks.*": {"queue": CELERY_REPORTS_QUEUE}}
CELERY_BEAT_SCHEDULE = {
    "clear-expired-sessions": {
        "task": "apps.core.tasks.clear_expired_sessions",
        "schedule": 24 * 60 * 60,
    },
    "registrations-anonymise": {
        "task": "apps.activities.tasks.registrations_anonymise",
        "schedule": 24 * 60 * 60,
    },
    "nominations-purge": {
        "task": "apps.practices.tasks.nominations_purge",
        "schedule": 24 * 60 * 60,
    },
    "reports-fail-stale": {
        "task": "apps.reports.tasks.reports_fail_stale",
        "schedule": 15 * 60,
    },
    "reports-clean": {
        "task": "apps.reports.tasks.reports_clean",
        "schedule": 24 * 60 * 60,
    },
    # The public compendia are made by the portal only, never on a reader's request: every night
    # the missing, failed and outdated ones of every country and language are queued.
    "reports-compendia-prepare": {
        "task": "apps.reports.tasks.compendia_prepare",
        "schedule": crontab(minute=0, hour=2),
    },
    # Whatever the outbox still holds (the broker or the mail server was down) goes out.
    "notifications-sweep": {
        "task": "apps.notifications.tasks.notifications_sweep",
        "schedule": 5 * 60,
    },
    "notifications-digest-daily": {
        "task": "apps.notifications.tasks.digests_send",
        "schedule": crontab(minute=0, hour=7),
        "args": ("daily",),
    },
    "notifications-digest-weekly": {
        "task": "apps.notifications.tasks.digests_send",
        "schedule": crontab(minute=0, hour=7, day_of_week="mon"),
        "args": ("weekly",),
    },
    "notifications-overdue": {
        "task": "apps.notifications.tasks.overdue_reminders",
        "schedule": crontab(minute=30, hour=7, day_of_week="mon"),
    },
    "notifications-personal-data-purge": {
        "task": "apps.notifications.tasks.personal_data_purge",
        "schedule": crontab(minute=15, hour=3),
    },
}
# A worker making a report writes a heartbeat every sixth of this many seconds. A task handed on
# by the broker (after CELERY_VISIBILITY_TIMEOUT) while the heartbeat is younger waits for the
# first worker; one whose worker has been silent this long is started over.
REPORTS_ALIVE_SECONDS = env.int("REPORTS_ALIVE_SECONDS", default=180)
# A running report with no heartbeat for this many minutes is failed by beat; keep it above the
# visibility timeout, so a report whose worker died is first given to another worker.
REPORTS_STALE_MINUTES = env.int("REPORTS_STALE_MINUTES", default=90)
# Days a private report's file is kept after it is finished; the public compendia are kept.
REPORTS_KEEP_DAYS = env.int("REPORTS_KEEP_DAYS", default=30)
# Months after an event ends that its registrations keep name, e-mail address and organisation.
REGISTRATION_RETENTION_MONTHS = env.int("REGISTRATION_RETENTION_MONTHS", default=12)
# How long a nomination's confirmation link works, and how long a declined nomination keeps the
# nominator's name, e-mail address and organisation (docs/features/practices-nominations.md).
NOMINATION_CONFIRM_DAYS = env.int("NOMINATION_CONFIRM_DAYS", default=7)
NOMINATION_RETENTION_DAYS = env.int("NOMINATION_RETENTION_DAYS", default=180)

# E-mail: EMAIL_URL (smtp://user:pass@host:port, consolemail://) or Django's own settings.
if "EMAIL_URL" in env:
    vars().update(env.email_url("EMAIL_URL"))
else:
    EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
    EMAIL_HOST = env("EMAIL_HOST", default="localhost")
    EMAIL_PORT = env.int("EMAIL_PORT", default=25)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="CCSI portal <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Notifications (apps/notifications): the retries on mail-server errors (60 s, 120 s, 240 s, …
# then failed, for staff to resend), after how long a row a dead worker left "sending" is tried
# again, how long a subscription's confirmation link works, and the size of a digest's chunks.
NOTIFICATIONS_RETRY_SECONDS = env.float("NOTIFICATIONS_RETRY_SECONDS", default=60.0)
NOTIFICATIONS_MAX_ATTEMPTS = env.int("NOTIFICATIONS_MAX_ATTEMPTS", default=6)
NOTIFICATIONS_STALE_SECONDS = env.int("NOTIFICATIONS_STALE_SECONDS", default=15 * 60)
NOTIFICATIONS_CONFIRM_MAX_AGE = env.int("NOTIFICATIONS_CONFIRM_MAX_AGE", default=3 * 24 * 60 * 60)
# Days a sent, skipped or failed message (and its delivery attempts) stays in the outbox.
NOTIFICATIONS_KEEP_DAYS = env.int("NOTIFICATIONS_KEEP_DAYS", default=180)
NOTIFICATIONS_DIGEST_CHUNK = env.int("NOTIFICATIONS_DIGEST_CHUNK", default=200)

AUTH_USER_MODEL = "users.User"
# django-axes first: it refuses a locked-out login before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Partners sign in on the public site (apps/users/urls.py); the Wagtail admin keeps its own
# login (WAGTAILADMIN_LOGIN_URL, "wagtailadmin_login" by default) and Django's admin its own.
LOGIN_URL = "account:login"
# A sign-in that names no page to return to lands on the partner's home page when the app that
# provides it is installed, else on "Your account". Staff signing in at /admin/login/ still land
# on the admin's dashboard.
PARTNER_HOME_URL_NAME = "mapping:entries"
LOGIN_REDIRECT_URL = "account:home"
# Pages restricted to signed-in readers send visitors to the same sign-in page.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL

# Languages: English is the default and the language every other one falls back to, so a page
# without its own slug in a language still has a working URL (falling back to a language that
# is not the default would point page.url at a 404).
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("sv", _("Swedish")),
    ("lv", _("Latvian")),
    ("es", _("Spanish")),
    ("fr", _("French")),
    ("en", _("English")),
]
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
WAGTAIL_I18N_ENABLED = False
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Files that only signed-in people may fetch, through a view that checks permission
# (apps/core/files/uploads.py). Outside MEDIA_ROOT, and served by no URL of the web server.
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "private_media")
# The largest file a person may attach; apps/core/files/uploads.py checks it before reading content.
UPLOAD_MAX_BYTES = env.int("UPLOAD_MAX_BYTES", default=10 * 1024 * 1024)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
# The largest request body accepted at all, refused with a 413 before it is read
# (apps/core/web/request_limits.py): two attachments of the largest size sent together and the
# form's fields. deploy/nginx.conf's client_max_body_size is the same (a test compares them).
REQUEST_BODY_MAX_BYTES = env.int("REQUEST_BODY_MAX_BYTES", default=25 * 1024 * 1024)
# A file larger than this is written to a temporary file as it arrives, not kept in memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2621440

WAGTAIL_SITE_NAME = "CCSI"
# The admin's avatars are the uploaded ones or Wagtail's default, never Gravatar: the CSP allows
# images from the portal only, and a staff member's address is not sent to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The dashboard does not fetch Wagtail's release feed (blocked by connect-src 'self').
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# The address the links in notifications start with: the public site's.
NOTIFICATIONS_BASE_URL = env("NOTIFICATIONS_BASE_URL", default=WAGTAILADMIN_BASE_URL)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "pptx", "csv", "txt"]
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]

# Security headers that hold in every mode; production.py adds HSTS and secure cookies.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# SAMEORIGIN, not DENY (so security.W019 is silenced): the Wagtail admin previews pages in a
# frame of its own origin.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# Public pages get a strict, nonce-based policy with no inline script or style. The Wagtail
# admin still needs inline code (wagtail/wagtail#1288), so ContentSecurityPolicyMiddleware
# loosens only script-src and style-src under ADMIN_CSP_PREFIXES.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}
ADMIN_CSP_PREFIXES = ("/admin/", "/django-admin/")
# The API's documentation (Swagger UI and Redoc, served from the sidecar package) styles its
# elements from script: there style-src also allows 'unsafe-inline' and Redoc's search runs in a
# worker made from a blob. Scripts stay as strict as on public pages: no inline script anywhere.
INLINE_STYLE_CSP_PREFIXES = ("/api/v1/docs/", "/api/v1/redoc/")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # WeasyPrint logs every step of every page it lays out.
        "weasyprint": {"level": "WARNING"},
        # Failed logins and lockouts are warnings; every step of them is not worth a line.
        "axes": {"level": "WARNING"},
    },
}

# Behind a reverse proxy every request comes from the proxy's address: name the request header
# (as a META key, e.g. HTTP_X_REAL_IP) in which the proxy passes the client's address.
RATELIMIT_IP_META_KEY = env("RATELIMIT_IP_META_KEY", default="") or None
# Rate limits and lockouts count an IPv6 client by its network: anyone holding a /64 could
# otherwise try from a fresh address every time (apps/core/web/client.py). IPv4 counts whole.
CLIENT_IPV6_PREFIX = env.int("CLIENT_IPV6_PREFIX", default=64)
# With the cache unreachable a limit cannot be counted: let the request through rather than
# refuse every visitor; the replication form flags what it stores in that state.
RATELIMIT_FAIL_OPEN = True

# Logins (Wagtail's admin, Django's admin, page passwords) are locked after AXES_FAILURE_LIMIT
# failures, for an account from one address and for the address as a whole, during the
# cool-off time. An account stays usable from other addresses: a stranger cannot lock staff
# out everywhere by guessing at their e-mail address.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=10)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
# The login forms post, and authenticate with, "username" (which holds the e-mail address).
AXES_USERNAME_FORM_FIELD = "username"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "apps.core.web.views.login_locked_out"
# The same client address as the rate limits, so one proxy setting serves both.
AXES_CLIENT_IP_CALLABLE = "apps.core.web.client.client_address"

# A form sent after its session expired explains that, instead of Django's bare 403.
CSRF_FAILURE_VIEW = "apps.core.web.views.csrf_failure"

# The REST API under /api/v1/ (apps/api, docs/features/api.md).
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [
        "rest_framework.parsers.JSONParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "apps.api.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_THROTTLE_CLASSES": [
        "apps.api.throttling.AnonymousThrottle",
        "apps.api.throttling.UserThrottle",
    ],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "apps.api.pagination.PageNumberPagination",
    "PAGE_SIZE": 20,
    "DEFAULT_SCHEMA_CLASS": "apps.api.schema.AutoSchema",
    "EXCEPTION_HANDLER": "apps.api.errors.exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "CCSI portal API",
    "DESCRIPTION": (
        "The public records of the Competence Centre for Social Innovation's portal: best-practice "
        "cases, the ecosystem mapping, events, the ESF+ register, the knowledge hub and the strategies. "
        "Texts of the portal are licensed CC BY 4.0; source documents keep their own terms."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI and Redoc from drf-spectacular-sidecar: no CDN, within the content security policy.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "LICENSE": {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
    "COMPONENT_SPLIT_REQUEST": True,
    # One name per choice set where several models call theirs "kind" or "status".
    "ENUM_NAME_OVERRIDES": {
        "OrganisationKindEnum": "apps.partners.models.Organisation.Kind",
        "WorkPackageKindEnum": "apps.workpackages.models.WorkPackage.Kind",
        "EventKindEnum": "apps.activities.models.Activity.Kind",
        "HubItemKindEnum": "apps.capacity.models.HubItem.Kind",
        "EngagementKindEnum": "apps.projects.models.Engagement.Kind",
        "DeliverableStatusEnum": "apps.workpackages.models.Deliverable.Status",
        "EventStatusEnum": "apps.activities.models.Activity.Status",
        "StrategyStatusEnum": "apps.strategies.models.Strategy.Status",
        "ActionItemStatusEnum": "apps.strategies.models.ActionItem.Status",
        "ProjectStatusEnum": "apps.projects.models.Status",
        "EngagementStatusEnum": "apps.projects.models.Engagement.Status",
        "LanguageEnum": LANGUAGES,
        "EntryStatusEnum": "apps.mapping.models.EntryStatus",
        "EntryKindEnum": "apps.mapping.models.MappingEntry.Kind",
        "ReportKindEnum": "apps.reports.models.Kind",
    },
    # The portal's API only (Wagtail's admin API is the admin's own).
    "SCHEMA_PATH_PREFIX": "/api/v1/",
    "PREPROCESSING_HOOKS": ["apps.api.schema.portal_endpoints"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "apps.api.schema.error_responses",
    ],
}
# Anyone may read the public records from another site's script: GET only, never with credentials.
# The partner and staff endpoints send no CORS headers, so browsers keep them to the portal's pages.
CORS_URLS_REGEX = r"^/api/v1/(?!partner/|staff/).*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_EXPOSE_HEADERS = ["ETag", "Retry-After", "Content-Language"]
# How many requests a client may make: per address without a session or token, per account with one
# (apps/api/throttling.py; "<number>/<sec|min|hour|day>").
API_THROTTLE_ANONYMOUS = env("API_THROTTLE_ANONYMOUS", default="120/min")
API_THROTTLE_USER = env("API_THROTTLE_USER", default="600/min")
# How many objects a page of a list endpoint may hold at most (?page_size=).
API_MAX_PAGE_SIZE = env.int("API_MAX_PAGE_SIZE", default=100)
