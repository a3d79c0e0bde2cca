"""A mapping entry as the partner endpoints read and write it.

What a client writes is checked by the web's own form (`apps.mapping.forms.EntryForm`): the
serializers below only say what shape the JSON has (and so what the schema shows); the form says
what is valid, in the same words as on the web. A field the client leaves out keeps the value
the web form would show: the entry's own when it is edited, the form's defaults when it is new
(the organisation's country, the request's language).
"""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from django import forms
from django.urls import reverse
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _

from apps.mapping import selectors
from apps.mapping.entry_fields import ACCOUNT_FIELDS
from apps.mapping.forms import EntryForm
from apps.mapping.models import Attachment, Criterion, MappingEntry
from apps.partners.models import Organisation

# The prose fields a client writes as they are; the links are a list, the scores one per criterion.
TEXT_FIELDS = ("title", "country", "language", *(name for name in ACCOUNT_FIELDS if name != "links"))


# What the endpoints answer


class EntryOrganisationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Organisation
        fields = ["id", "name", "acronym", "country"]


class EntrySerializer(serializers.ModelSerializer):
    """An entry in a list: what it is, whose, where it stands, and the version a write must name."""

    url = serializers.SerializerMethodField()
    organisation = EntryOrganisationSerializer(read_only=True)
    kind_label = serializers.CharField(source="get_kind_display", read_only=True)
    status_label = serializers.CharField(source="get_status_display", read_only=True)
    version = serializers.IntegerField(source="edit_version", read_only=True)

    class Meta:
        model = MappingEntry
        fields = [
            "id",
            "url",
            "kind",
            "kind_label",
            "organisation",
            "country",
            "language",
            "title",
            "status",
            "status_label",
            "version",
            "created",
            "updated",
            "submitted",
            "approved",
        ]
        read_only_fields = fields

    def get_url(self, entry) -> str:
        return reverse("api_partner:entry-detail", args=[entry.pk])


class PartnerScoreSerializer(serializers.Serializer):
    criterion = serializers.IntegerField(source="criterion_id")
    key = serializers.CharField(source="criterion.key")
    name = serializers.CharField(source="criterion.name")
    score = serializers.IntegerField()
    comment = serializers.CharField()


class EntryAttachmentSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()
    download_url = serializers.SerializerMethodField()

    class Meta:
        model = Attachment
        fields = ["id", "url", "download_url", "name", "content_type", "size", "uploaded"]
        read_only_fields = fields

    def get_url(self, attachment) -> str:
        return reverse("api_partner:attachment-detail", args=[attachment.entry_id, attachment.pk])

    def get_download_url(self, attachment) -> str:
        return reverse("api_partner:attachment-download", args=[attachment.entry_id, attachment.pk])


class EntryStepSerializer(serializers.Serializer):
    from_status = serializers.CharField()
    to_status = serializers.CharField()
    at = serializers.DateTimeField()
    comment = serializers.CharField()


class EntryDetailSerializer(EntrySerializer):
    """An entry with its whole account, its scores, files and review history.

    Built from `selectors.entry_details`, as the entry's page is: the context gives it as `details`.
    """

    links = serializers.ListField(child=serializers.CharField(), read_only=True)
    grid_version = serializers.IntegerField(
        source="grid.version",
        read_only=True,
        allow_null=True,
        help_text="The version of the grid an assessment is scored on (see criteria/).",
    )
    may_edit = serializers.SerializerMethodField()
    scores = serializers.SerializerMethodField()
    attachments = serializers.SerializerMethodField()
    history = serializers.SerializerMethodField()

    class Meta(EntrySerializer.Meta):
        fields = [
            *EntrySerializer.Meta.fields,
            *(name for name in ACCOUNT_FIELDS if name != "links"),
            "links",
            "grid_version",
            "may_edit",
            "scores",
            "attachments",
            "history",
        ]
        read_only_fields = fields

    def _details(self, entry) -> dict:
        details = self.context.get("details")
        if details is None:
            details = self.context["details"] = selectors.entry_details(entry, self.context["request"].user)
        return details

    def get_may_edit(self, entry) -> bool:
        return self._details(entry)["may_edit"]

    @extend_schema_field(PartnerScoreSerializer(many=True))
    def get_scores(self, entry) -> list[dict]:
        return PartnerScoreSerializer(self._details(entry)["scores"], many=True).data

    @extend_schema_field(EntryAttachmentSerializer(many=True))
    def get_attachments(self, entry) -> list[dict]:
        user = self.context["request"].user
        if not selectors.may_see_attachments(user, entry):
            return []
        return EntryAttachmentSerializer(self._details(entry)["attachments"], many=True).data

    @extend_schema_field(EntryStepSerializer(many=True))
    def get_history(self, entry) -> list[dict]:
        return EntryStepSerializer(self._details(entry)["history"], many=True).data


class PartnerCriterionSerializer(serializers.ModelSerializer):
    """A criterion an assessment is scored on, named and explained in the answer's language."""

    grid_version = serializers.IntegerField(source="grid.version", read_only=True)
    guidance = serializers.SerializerMethodField(help_text="What each score from 1 to 5 means.")

    class Meta:
        model = Criterion
        fields = ["id", "key", "kind", "name", "position", "grid_version", "guidance"]
        read_only_fields = fields

    def get_guidance(self, criterion) -> dict[str, str]:
        return {str(level): text for level, text in criterion.guidance()}


# What a client writes


class ScoreInputSerializer(serializers.Serializer):
    criterion = serializers.IntegerField(help_text="The id of a criterion of the entry's grid.")
    score = serializers.IntegerField(help_text="From 1 to 5.")
    comment = serializers.CharField(required=False, allow_blank=True, default="", trim_whitespace=False)


def _text(help_text: str = "") -> serializers.CharField:
    return serializers.CharField(required=False, allow_blank=True, trim_whitespace=False, help_text=help_text)


class EntryWriteSerializer(serializers.Serializer):
    """An entry's fields as a client sends them; every field may be left out of an edit."""

    title = _text()
    country = _text("A country code: SE, LV, ES or FR.")
    language = _text("The language the entry is written in: en, sv, lv, es or fr.")
    description = _text()
    strengths = _text()
    weaknesses = _text()
    barriers = _text()
    inspiring_initiatives = _text()
    links = serializers.ListField(
        child=serializers.CharField(allow_blank=True), required=False, help_text="Web addresses."
    )
    scores = serializers.ListField(
        child=ScoreInputSerializer(), required=False, help_text="An assessment's scores, one per criterion."
    )
    version = serializers.IntegerField(
        required=False,
        help_text="The version you read (or send it in If-Match): a stale one is refused with 409.",
    )


class EntryCreateSerializer(EntryWriteSerializer):
    kind = serializers.ChoiceField(choices=MappingEntry.Kind.choices)
    organisation = serializers.IntegerField(
        required=False, help_text="The id of one of your organisations; needed only if you have several."
    )
    version = None


class AttachmentUploadSerializer(serializers.Serializer):
    file = serializers.FileField(help_text="PDF, Word (.docx), Excel (.xlsx), PNG or JPEG.")


# The web form, bound to what a client sent


def entry_form(
    *, user, values: dict, entry: MappingEntry | None = None, kind: str = "", files=()
) -> EntryForm:
    """The web's EntryForm for a new entry of kind (entry None) or for entry, bound to values.

    values are a write serializer's validated data; what they leave out is the form's own initial
    value, as the web form shows it before anyone types.
    """
    organisations = Organisation.objects.filter(pk__in=selectors.organisation_ids(user)).order_by("name")
    if entry is None:
        grid = selectors.current_grid() if kind == MappingEntry.Kind.ASSESSMENT else None
        criteria = list(selectors.criteria_of(grid)) if grid is not None else []
    else:
        criteria = list(selectors.criteria_of(entry.grid)) if entry.is_assessment else []
        organisations = Organisation.objects.none()

    def instance():
        return entry if entry is not None else MappingEntry(kind=kind)

    shown = EntryForm(organisations=organisations, criteria=criteria, instance=instance())
    data = {}
    for name, field in shown.fields.items():
        if isinstance(field, forms.FileField):
            continue
        value = field.prepare_value(shown.get_initial_for_field(field, name))
        if value is not None:
            data[name] = value
    data.update(_form_values(values, {criterion.pk for criterion in criteria}))
    return EntryForm(
        data,
        MultiValueDict({"new_files": list(files)}),
        organisations=organisations,
        criteria=criteria,
        instance=instance(),
    )


def _form_values(values: dict, criteria: set[int]) -> dict:
    data = {name: values[name] for name in TEXT_FIELDS if name in values}
    if "links" in values:
        data["links"] = "\n".join(values["links"])
    if "organisation" in values:
        data["organisation"] = str(values["organisation"])
    unknown = []
    for score in values.get("scores", ()):
        if score["criterion"] not in criteria:
            unknown.append(score["criterion"])
            continue
        data[f"score_{score['criterion']}"] = str(score["score"])
        data[f"comment_{score['criterion']}"] = score.get("comment", "")
    if unknown:
        raise serializers.ValidationError(
            {
                "scores": [
                    _("Criterion %(criterion)s is not one of this entry's grid.") % {"criterion": criterion}
                    for criterion in unknown
                ]
            }
        )
    return data


def form_errors(form: EntryForm) -> dict:
    """The form's messages by the API's field names: a criterion's under `scores`, files under `file`."""
    details: dict[str, list[str]] = {}
    for name, messages in form.errors.items():
        if name == "__all__":
            key = "non_field_errors"
        elif name.startswith(("score_", "comment_")):
            key = "scores"
            label = form.fields[name].label
            messages = [f"{label}: {message}" for message in messages]
        elif name == "new_files":
            key = "file"
        else:
            key = name
        details.setdefault(key, []).extend(messages)
    return details
