"""Attachments: accepted by content and name, kept privately, handed back as downloads only."""

import io
import os
import stat
import zipfile

import pytest
from PIL import Image

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.db.models.fields.files import FieldFile

from apps.core.files.uploads import (
    AttachmentField,
    check_private_media_root,
    private_storage,
    protected_file_response,
    validate_attachment,
)

PDF = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="{target}"/></Relationships>'
)
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/{part}" ContentType="{content_type}"/></Types>'
)
WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
EXCEL_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"


def zip_of(parts: dict[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def office_file(part: str, content_type: str, body: str, **extra: bytes) -> bytes:
    return zip_of(
        {
            "[Content_Types].xml": CONTENT_TYPES.format(part=part, content_type=content_type),
            "_rels/.rels": RELS.format(target=part),
            part: body,
            **extra,
        }
    )


def docx() -> bytes:
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>Action plan</w:t></w:r></w:p></w:body></w:document>"
    )
    return office_file("word/document.xml", WORD_MAIN, body)


def xlsx() -> bytes:
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheets><sheet name="Budget" sheetId="1"/></sheets></workbook>'
    )
    return office_file("xl/workbook.xml", EXCEL_MAIN, body)


def image(kind: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (2, 2), (11, 79, 138)).save(buffer, format=kind)
    return buffer.getvalue()


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def refusal(name: str, content: bytes) -> str:
    with pytest.raises(ValidationError) as refused:
        validate_attachment(upload(name, content))
    return refused.value.messages[0]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", PDF),
        ("Handlingsplan.docx", docx()),
        ("budget.XLSX", xlsx()),
        ("photo.png", image("PNG")),
        ("photo.jpg", image("JPEG")),
        ("photo.jpeg", image("JPEG")),
    ],
)
def test_accepted_kinds_pass_by_content(name, content):
    file = upload(name, content)
    validate_attachment(file)
    assert file.tell() == 0, "the file is left ready to be stored"


NOT_ALLOWED = "“{}” is not a PDF, Word, Excel, PNG or JPEG file."


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", b"\x7fELF\x02\x01\x01\x00" + bytes(56) + b"\x02\x00\x3e\x00" + bytes(200)),
        ("report.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(54) + b"PE\x00\x00" + bytes(200)),
        ("report.pdf", b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"),
        ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("drawing.png", b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>'),
        ("letter.docx", zip_of({"letter.txt": "Dear partner"})),
        ("letter.docx", zip_of({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})),
        ("notes.txt", b"Plain notes of a meeting."),
        ("empty.pdf", b""),
    ],
    ids=[
        "elf",
        "windows-exe",
        "html",
        "svg",
        "svg-as-png",
        "plain-zip",
        "zip-without-types",
        "text",
        "empty",
    ],
)
def test_other_content_is_refused_whatever_its_name(name, content):
    assert refusal(name, content) == NOT_ALLOWED.format(name)


def test_a_macro_enabled_word_file_is_refused():
    macro = office_file(
        "word/document.xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "<w:document/>",
        **{"word/vbaProject.bin": b"\xd0\xcf\x11\xe0"},
    )
    assert refusal("minutes.docx", macro) == NOT_ALLOWED.format("minutes.docx")
    with_project = office_file(
        "word/document.xml", WORD_MAIN, "<w:document/>", **{"word/vbaProject.bin": b"x"}
    )
    assert refusal("minutes.docx", with_project) == NOT_ALLOWED.format("minutes.docx")


@pytest.mark.parametrize(
    ("name", "content", "extensions"),
    [
        ("photo.pdf", image("PNG"), ".png"),
        ("budget.docx", xlsx(), ".xlsx"),
        ("report", PDF, ".pdf"),
        ("photo.png", image("JPEG"), ".jpg / .jpeg"),
    ],
)
def test_the_name_must_end_as_the_content_is(name, content, extensions):
    message = refusal(name, content)
    assert message == f"“{name}” does not hold what its name says: a file like this ends in {extensions}."


def test_a_file_over_the_limit_is_refused_before_it_is_read(settings):
    big = upload("big.pdf", PDF + bytes(11 * 1024 * 1024 - len(PDF)))
    assert refusal(big.name, big.read()) == "“big.pdf” is 11.0 MB; the limit is 10 MB."

    class Unreadable(io.BytesIO):
        def read(self, *args):
            raise AssertionError("the content was read")

    unreadable = SimpleUploadedFile("big.pdf", b"")
    unreadable.file, unreadable.size = Unreadable(), 11 * 1024 * 1024
    with pytest.raises(ValidationError):
        validate_attachment(unreadable)


def test_the_limit_is_exactly_the_setting(settings):
    settings.UPLOAD_MAX_BYTES = len(PDF) + 10
    validate_attachment(upload("report.pdf", PDF + bytes(10)))
    with pytest.raises(ValidationError):
        validate_attachment(upload("report.pdf", PDF + bytes(11)))


def test_the_form_field_refuses_with_the_message_and_hints_the_picker():
    class AttachmentForm(forms.Form):
        attachment = AttachmentField(label="Attachment")

    form = AttachmentForm(files={"attachment": upload("report.pdf", b"<html></html>")})
    assert not form.is_valid()
    assert form.errors["attachment"] == [NOT_ALLOWED.format("report.pdf")]
    assert AttachmentForm(files={"attachment": upload("report.pdf", PDF)}).is_valid()
    assert 'accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg"' in str(AttachmentForm()["attachment"])


def test_sizes_are_written_as_the_readers_language_writes_numbers(settings):
    from django.utils import translation

    settings.UPLOAD_MAX_BYTES = int(2.5 * 1024 * 1024)
    content = PDF + bytes(3 * 1024 * 1024)
    with translation.override("sv"):
        message = refusal("rapport.pdf", content)
    assert "3,0" in message and "2,5" in message
    assert refusal("rapport.pdf", content) == "“rapport.pdf” is 3.0 MB; the limit is 2.5 MB."


@pytest.fixture
def private_root(tmp_path, settings):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.PRIVATE_MEDIA_ROOT


def test_private_files_are_stored_outside_media_with_no_url(private_root, settings):
    storage = private_storage()
    name = storage.save("attachments/report.pdf", upload("report.pdf", PDF))
    path = storage.path(name)
    assert path.startswith(str(private_root) + os.sep)
    assert not path.startswith(str(settings.MEDIA_ROOT))
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with pytest.raises(ValueError, match="no URL"):
        storage.url(name)
    field = models.FileField(storage=private_storage)
    assert field.storage is storage
    assert field.deconstruct()[3]["storage"] is private_storage


def test_the_check_refuses_private_files_inside_media(private_root, settings):
    assert check_private_media_root(None) == []
    settings.PRIVATE_MEDIA_ROOT = settings.MEDIA_ROOT / "private"
    assert [error.id for error in check_private_media_root(None)] == ["core.E001"]


# Closing a response sends request_finished, which closes the database connection that an
# earlier test in the run may have opened.
@pytest.mark.django_db
def test_a_protected_file_is_a_download_no_browser_sniffs_or_caches(private_root):
    storage = private_storage()
    name = storage.save("attachments/report.pdf", upload("report.pdf", PDF))
    stored = FieldFile(None, models.FileField(storage=private_storage), name)

    response = protected_file_response(stored, filename="Handlingsplan å.pdf")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "filename*=utf-8''Handlingsplan%20%C3%A5.pdf" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"
    assert b"".join(response.streaming_content) == PDF
    response.close()

    other = storage.save("attachments/page.html", upload("page.html", b"<html></html>"))
    response = protected_file_response(FieldFile(None, models.FileField(storage=private_storage), other))
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"] == 'attachment; filename="page.html"'
    response.close()
