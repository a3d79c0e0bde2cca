"""Files that people attach: what is accepted, where it is kept, and how it is handed back.

A file is judged by its content, never by its name or the type the browser claims: libmagic
reads its first bytes, and Word and Excel files, which are zip containers, are opened to find
their main part. Only PDF, Word (.docx), Excel (.xlsx), PNG and JPEG are accepted, each under
a name that ends as its kind does, and none larger than UPLOAD_MAX_BYTES. Macro-enabled Office
files, SVG and HTML (which a browser would run), executables and anything else are refused.

Accepted files live in a private storage outside MEDIA_ROOT that no web server serves; they go
back to a reader only through a view that checks permission and answers with
`protected_file_response`.
"""

import os
import zipfile
from dataclasses import dataclass

import magic

from django import forms
from django.conf import settings
from django.core import checks
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.http import FileResponse
from django.utils.deconstruct import deconstructible
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

# What libmagic needs to tell these kinds apart; the zip container is opened separately.
SNIFF_BYTES = 8192
# The content-type list of an Office file is a few kilobytes; a larger one is not read.
MAX_CONTENT_TYPES_BYTES = 1024 * 1024
ZIP = "application/zip"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Kind:
    content_type: str
    extensions: tuple[str, ...]
    # The main part of an Office file and its content type in `[Content_Types].xml`.
    main_part: str = ""
    main_part_type: str = ""


KINDS = {
    "application/pdf": Kind("application/pdf", (".pdf",)),
    DOCX: Kind(
        DOCX,
        (".docx",),
        main_part="word/document.xml",
        main_part_type=f"{DOCX}.main+xml",
    ),
    XLSX: Kind(
        XLSX,
        (".xlsx",),
        main_part="xl/workbook.xml",
        main_part_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    ),
    "image/png": Kind("image/png", (".png",)),
    "image/jpeg": Kind("image/jpeg", (".jpg", ".jpeg")),
}
OFFICE_KINDS = (KINDS[DOCX], KINDS[XLSX])
# For the file input's `accept`: a hint to the browser's file picker, not a check.
ACCEPT = ",".join(extension for kind in KINDS.values() for extension in kind.extensions)


def detect_content_type(file) -> str | None:
    """The content type of an accepted kind that the file's bytes show, or None."""
    file.seek(0)
    head = file.read(SNIFF_BYTES)
    file.seek(0)
    detected = magic.from_buffer(head, mime=True)
    if detected in (ZIP, DOCX, XLSX):
        # libmagic names an Office file only when its parts come in the usual order; the
        # container itself says which it is.
        return _office_content_type(file)
    return detected if detected in KINDS else None


def _office_content_type(file) -> str | None:
    try:
        with zipfile.ZipFile(file) as archive:
            names = set(archive.namelist())
            info = archive.getinfo("[Content_Types].xml") if "[Content_Types].xml" in names else None
            if info is None or info.file_size > MAX_CONTENT_TYPES_BYTES:
                return None
            content_types = archive.read(info).decode("utf-8", "replace")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, RuntimeError, NotImplementedError):
        return None
    finally:
        file.seek(0)
    # Macro-enabled files (.docm, .xlsm) declare another main type and carry a VBA project.
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        return None
    for kind in OFFICE_KINDS:
        if kind.main_part in names and kind.main_part_type in content_types:
            return kind.content_type
    return None


def _megabytes(size: int) -> str:
    value = size / (1024 * 1024)
    return number_format(value, 0 if value == int(value) else 1)


def validate_attachment(file) -> None:
    """Refuse a file that is too large, not of an accepted kind by content, or misnamed.

    Usable as a validator of a model's FileField or a form's; the size is checked before any
    byte is read.
    """
    name = os.path.basename(file.name or "")
    limit = settings.UPLOAD_MAX_BYTES
    if file.size > limit:
        raise ValidationError(
            _("“%(name)s” is %(size)s MB; the limit is %(limit)s MB."),
            code="file_too_large",
            params={
                "name": name,
                "size": number_format(file.size / (1024 * 1024), 1),
                "limit": _megabytes(limit),
            },
        )
    content_type = detect_content_type(file)
    if content_type is None:
        raise ValidationError(
            _("“%(name)s” is not a PDF, Word, Excel, PNG or JPEG file."),
            code="file_type",
            params={"name": name},
        )
    kind = KINDS[content_type]
    if not name.lower().endswith(kind.extensions):
        raise ValidationError(
            _("“%(name)s” does not hold what its name says: a file like this ends in %(extensions)s."),
            code="file_name",
            params={"name": name, "extensions": " / ".join(kind.extensions)},
        )


class AttachmentField(forms.FileField):
    """A form's file field that accepts only what `validate_attachment` accepts."""

    default_validators = [validate_attachment]

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "accept": ACCEPT}


@deconstructible
class PrivateStorage(FileSystemStorage):
    """Files under PRIVATE_MEDIA_ROOT, readable by the portal's processes alone, with no URL.

    The location is read from the settings on each use, so a deployment (or a test) that sets
    PRIVATE_MEDIA_ROOT is followed without a new migration.
    """

    def __init__(self):
        super().__init__(file_permissions_mode=0o600, directory_permissions_mode=0o700)

    @property
    def base_location(self):
        return os.fspath(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Private files have no URL: serve them with protected_file_response().")


_private_storage = PrivateStorage()


def private_storage() -> PrivateStorage:
    """The storage of private files, for `FileField(storage=private_storage)`."""
    return _private_storage


def protected_file_response(field_file, filename=None) -> FileResponse:
    """A stored file as a download that a browser will neither display nor sniff.

    The caller must have checked that the person may see this file: this only hands it over.
    The content type follows the stored name's extension among the accepted kinds, else
    `application/octet-stream`; the file is never shown inline, and no cache may keep it.
    """
    name = filename or os.path.basename(field_file.name)
    extension = os.path.splitext(field_file.name)[1].lower()
    content_type = next(
        (kind.content_type for kind in KINDS.values() if extension in kind.extensions),
        "application/octet-stream",
    )
    field_file.open("rb")
    response = FileResponse(field_file, as_attachment=True, filename=name, content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@checks.register(checks.Tags.security, deploy=False)
def check_private_media_root(app_configs, **kwargs):
    """Private files must not lie where the web server serves MEDIA_ROOT."""
    private = os.path.realpath(settings.PRIVATE_MEDIA_ROOT)
    media = os.path.realpath(settings.MEDIA_ROOT)
    if private == media or private.startswith(media + os.sep) or media.startswith(private + os.sep):
        return [
            checks.Error(
                "PRIVATE_MEDIA_ROOT and MEDIA_ROOT overlap.",
                hint="Keep private files outside MEDIA_ROOT, which the web server serves to anyone.",
                id="core.E001",
            )
        ]
    return []
