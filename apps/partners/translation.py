from modeltranslation.translator import TranslationOptions, register

from .models import Organisation, Project


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("description",)


@register(Project)
class ProjectTranslation(TranslationOptions):
    fields = ("title",)
