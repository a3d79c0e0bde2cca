from modeltranslation.translator import TranslationOptions, register

from .models import ConsortiumProject, Organisation


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("description",)


@register(ConsortiumProject)
class ProjectTranslation(TranslationOptions):
    fields = ("title",)
