"""The partners' mapping entries through the API: the web forms' second front door.

The same selectors decide who sees what (`entries_of`, `entry_for`, `is_member`, `may_edit`,
`may_see_attachments`), the web's own form checks what is written (serializers.entry_form), and
the same services write (`entry_create`, `entry_update`, `attachment_remove`, `entry_transition`):
a partner's API client makes the same rows, revisions, review steps and notifications as the
forms. Another organisation's entry or file is 404, as on the web; a reviewer, who may read an
entry but not write it, is refused with 403.

A write names the version it read, in `If-Match` (the ETag of the entry) or the `version` field;
when the entry has been saved since, nothing is written and the answer (412 for If-Match, 409 for
the field) carries the current version.
"""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, status, viewsets
from rest_framework.decorators import action
from rest_framework.parsers import JSONParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from apps.core.files.uploads import KINDS, protected_file_response
from apps.mapping import selectors, services
from apps.mapping.models import Attachment, CriteriaGrid, MappingEntry

from .bases import AnyAccept, SignedInViewMixin, StaleVersion, check_if_match, error_responses, version_etag
from .serializers import (
    AttachmentUploadSerializer,
    EntryAttachmentSerializer,
    EntryCreateSerializer,
    EntryDetailSerializer,
    EntrySerializer,
    EntryWriteSerializer,
    PartnerCriterionSerializer,
    entry_form,
    form_errors,
)

IF_MATCH = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description='The entry\'s ETag as you read it ("3"): a stale one is refused with 412.',
)
TAGS = ["partner"]


def visible_entry(user, pk) -> MappingEntry:
    """The entry for its organisation's members and the reviewers, as on the web; 404 for anyone else."""
    entry = selectors.entry_for(user, pk)
    if entry is None or not (selectors.is_member(user, entry.organisation_id) or selectors.is_reviewer(user)):
        raise Http404
    return entry


def writable_entry(user, pk) -> MappingEntry:
    """The entry if user may change it now: 404 if not theirs to see, 403 for a reviewer, 400 in review."""
    entry = visible_entry(user, pk)
    if not selectors.is_member(user, entry.organisation_id):
        raise PermissionDenied  # reviewers read entries; only the organisation writes them
    if not selectors.may_edit(user, entry):
        raise exceptions.ValidationError(
            {
                "non_field_errors": [
                    _("This entry cannot be changed now: it is “%(status)s”.")
                    % {"status": entry.get_status_display()}
                ]
            }
        )
    return entry


def entry_response(request, entry: MappingEntry, status_code=status.HTTP_200_OK) -> Response:
    data = EntryDetailSerializer(entry, context={"request": request}).data
    return Response(data, status=status_code, headers={"ETag": version_etag(entry.edit_version)})


def checked_version(request, entry: MappingEntry, sent: int | None) -> tuple[int, int]:
    """The version a write names, and the status a stale one gets: If-Match first, then the field."""
    if request.headers.get("If-Match") is not None:
        if not check_if_match(request, entry.edit_version):
            raise StaleVersion(entry.edit_version, status=status.HTTP_412_PRECONDITION_FAILED)
        if sent is not None and sent != entry.edit_version:
            raise StaleVersion(entry.edit_version, status=status.HTTP_409_CONFLICT)
        return entry.edit_version, status.HTTP_412_PRECONDITION_FAILED
    if sent is None:
        raise exceptions.ValidationError(
            {"version": [_("Send the version of the entry you read: in If-Match or in the version field.")]}
        )
    return sent, status.HTTP_409_CONFLICT


@extend_schema(tags=TAGS)
class EntryViewSet(SignedInViewMixin, viewsets.GenericViewSet):
    """Your organisations' mapping entries."""

    serializer_class = EntryDetailSerializer
    parser_classes = [JSONParser]
    lookup_value_regex = "[0-9]+"
    # Read for the schema's path parameter; every action reads through the selectors.
    queryset = MappingEntry.objects.none()

    @extend_schema(
        summary="Your organisations' entries",
        responses={200: EntrySerializer(many=True), **error_responses()},
    )
    def list(self, request):
        page = self.paginate_queryset(selectors.entries_of(request.user))
        data = EntrySerializer(page, many=True, context={"request": request}).data
        return self.get_paginated_response(data)

    @extend_schema(summary="An entry", responses={200: EntryDetailSerializer, **error_responses(404)})
    def retrieve(self, request, pk=None):
        return entry_response(request, visible_entry(request.user, pk))

    @extend_schema(
        summary="A new draft",
        request=EntryCreateSerializer,
        responses={201: EntryDetailSerializer, **error_responses(400, 415)},
    )
    def create(self, request):
        if not selectors.organisation_ids(request.user):
            raise PermissionDenied
        values = EntryCreateSerializer(data=request.data)
        values.is_valid(raise_exception=True)
        kind = values.validated_data["kind"]
        form = entry_form(user=request.user, values=values.validated_data, kind=kind)
        if not form.is_valid():
            raise exceptions.ValidationError(form_errors(form))
        entry = services.entry_create(
            user=request.user,
            organisation=form.cleaned_data["organisation"],
            kind=kind,
            data=form.entry_data(),
            scores=form.scores(),
        )
        response = entry_response(request, entry, status.HTTP_201_CREATED)
        response["Location"] = self.reverse_action("detail", args=[entry.pk])
        return response

    @extend_schema(
        summary="Change a draft",
        description="Send only the fields that change, and the version you read (If-Match or `version`).",
        parameters=[IF_MATCH],
        request=EntryWriteSerializer,
        responses={200: EntryDetailSerializer, **error_responses(400, 404, 409, 412, 415)},
    )
    def partial_update(self, request, pk=None):
        entry = writable_entry(request.user, pk)
        values = EntryWriteSerializer(data=request.data)
        values.is_valid(raise_exception=True)
        version, stale_status = checked_version(request, entry, values.validated_data.get("version"))
        form = entry_form(user=request.user, values=values.validated_data, entry=entry)
        if not form.is_valid():
            raise exceptions.ValidationError(form_errors(form))
        try:
            entry = services.entry_update(
                entry=entry,
                user=request.user,
                data=form.entry_data(),
                edit_version=version,
                scores=form.scores(),
            )
        except services.StaleEntry as stale:
            raise StaleVersion(stale.current.edit_version, status=stale_status) from None
        return entry_response(request, entry)

    @extend_schema(
        summary="Submit for review",
        description="A draft, or an entry sent back for changes, goes to the reviewers.",
        parameters=[IF_MATCH],
        request=None,
        responses={200: EntryDetailSerializer, **error_responses(400, 404, 412)},
    )
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        return self._transition(request, pk, "submit")

    @extend_schema(
        summary="Withdraw from review",
        description="A submitted entry that no reviewer has decided on comes back to its organisation.",
        parameters=[IF_MATCH],
        request=None,
        responses={200: EntryDetailSerializer, **error_responses(400, 404, 412)},
    )
    @action(detail=True, methods=["post"])
    def withdraw(self, request, pk=None):
        return self._transition(request, pk, "withdraw")

    def _transition(self, request, pk, action_name: str):
        entry = visible_entry(request.user, pk)
        if not check_if_match(request, entry.edit_version):
            raise StaleVersion(entry.edit_version, status=status.HTTP_412_PRECONDITION_FAILED)
        services.entry_transition(entry=entry, user=request.user, action=action_name)
        return entry_response(request, visible_entry(request.user, pk))


def entry_attachment(user, entry_pk, pk) -> tuple[MappingEntry, Attachment]:
    entry = visible_entry(user, entry_pk)
    if not selectors.may_see_attachments(user, entry):
        raise Http404
    return entry, get_object_or_404(Attachment, pk=pk, entry=entry)


@extend_schema(tags=TAGS)
class AttachmentViewSet(SignedInViewMixin, viewsets.GenericViewSet):
    """The files of an entry: for its organisation and the reviewers."""

    serializer_class = EntryAttachmentSerializer
    parser_classes = [MultiPartParser]
    pagination_class = None
    queryset = Attachment.objects.none()

    @extend_schema(
        summary="An entry's files",
        responses={200: EntryAttachmentSerializer(many=True), **error_responses(404)},
    )
    def list(self, request, entry_pk=None):
        entry = visible_entry(request.user, entry_pk)
        if not selectors.may_see_attachments(request.user, entry):
            raise Http404
        return Response(EntryAttachmentSerializer(entry.attachments.all(), many=True).data)

    @extend_schema(
        summary="Attach a file",
        description=(
            "A PDF, Word (.docx), Excel (.xlsx), PNG or JPEG file, checked by its content as on the web. "
            "A file whose content is already attached is not stored twice: the answer is then 200 with "
            "the file already there."
        ),
        parameters=[IF_MATCH],
        request={"multipart/form-data": AttachmentUploadSerializer},
        responses={
            201: EntryAttachmentSerializer,
            200: EntryAttachmentSerializer,
            **error_responses(400, 404, 412, 415),
        },
    )
    def create(self, request, entry_pk=None):
        entry = writable_entry(request.user, entry_pk)
        if not check_if_match(request, entry.edit_version):
            raise StaleVersion(entry.edit_version, status=status.HTTP_412_PRECONDITION_FAILED)
        upload = request.FILES.get("file")
        if upload is None:
            raise exceptions.ValidationError({"file": [_("Choose a file to attach.")]})
        form = entry_form(user=request.user, values={}, entry=entry, files=[upload])
        if not form.is_valid():
            raise exceptions.ValidationError(form_errors(form))
        # Read before it is stored: a large upload's temporary file is moved into the storage.
        digest = services.content_hash(upload)
        # Attached as the web form attaches files: with the entry saved again, under its lock.
        try:
            entry = services.entry_update(
                entry=entry,
                user=request.user,
                data={},
                edit_version=entry.edit_version,
                files=form.cleaned_data["new_files"],
            )
        except services.StaleEntry as stale:
            current = stale.current.edit_version
            raise StaleVersion(current, status=status.HTTP_412_PRECONDITION_FAILED) from None
        attachment = entry.attachments.get(sha256=digest)
        already = bool(entry.files_already_attached)
        return Response(
            EntryAttachmentSerializer(attachment).data,
            status=status.HTTP_200_OK if already else status.HTTP_201_CREATED,
            headers={"ETag": version_etag(entry.edit_version)},
        )

    @extend_schema(
        summary="A file's facts", responses={200: EntryAttachmentSerializer, **error_responses(404)}
    )
    def retrieve(self, request, entry_pk=None, pk=None):
        _entry, attachment = entry_attachment(request.user, entry_pk, pk)
        return Response(EntryAttachmentSerializer(attachment).data)

    @extend_schema(summary="Remove a file", responses={204: None, **error_responses(400, 404)})
    def destroy(self, request, entry_pk=None, pk=None):
        entry = writable_entry(request.user, entry_pk)
        attachment = get_object_or_404(Attachment, pk=pk, entry=entry)
        services.attachment_remove(attachment=attachment, user=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


@extend_schema(tags=TAGS)
class AttachmentDownloadView(SignedInViewMixin, APIView):
    """A file of an entry, as a download: for its organisation and the reviewers, 404 for anyone else."""

    content_negotiation_class = AnyAccept

    @extend_schema(
        summary="Download a file",
        responses={
            **{(200, content_type): OpenApiResponse(OpenApiTypes.BINARY) for content_type in KINDS},
            (200, "application/octet-stream"): OpenApiResponse(OpenApiTypes.BINARY),
            **error_responses(404),
        },
    )
    def get(self, request, entry_pk, pk):
        _entry, attachment = entry_attachment(request.user, entry_pk, pk)
        return protected_file_response(attachment.file, filename=attachment.name)


@extend_schema(tags=TAGS)
class CriteriaView(SignedInViewMixin, APIView):
    """The criteria of the grid an assessment is scored on: the current one, or the version asked for."""

    @extend_schema(
        summary="The criteria of the grid",
        parameters=[
            OpenApiParameter(
                "grid",
                OpenApiTypes.INT,
                description="A version of the grid (an entry's `grid_version`); the current one by default.",
            )
        ],
        responses={200: PartnerCriterionSerializer(many=True), **error_responses(404)},
    )
    def get(self, request):
        grid = selectors.current_grid()
        asked = request.query_params.get("grid", "")
        if asked:
            if not asked.isdigit() or len(asked) > 5:
                raise Http404
            grid = CriteriaGrid.objects.filter(version=int(asked)).first()
        if grid is None:
            raise Http404
        criteria = selectors.criteria_of(grid).select_related("grid")
        return Response(PartnerCriterionSerializer(criteria, many=True).data)
