from django.utils.translation import gettext_lazy as _

from apps.core.manifest import Manifest, PortalAppConfig


class VocabularyConfig(PortalAppConfig):
    name = "apps.vocabulary"
    label = "vocabulary"
    verbose_name = _("Vocabulary")
    manifest = Manifest(content_loader="apps.vocabulary.services.vocabulary_load")
