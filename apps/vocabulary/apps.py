from django.utils.translation import gettext_lazy as _

from apps.core.manifest import Manifest, PortalAppConfig


class VocabularyConfig(PortalAppConfig):
    verbose_name = _("Vocabulary")
    manifest = Manifest(content_loader="services.vocabulary_load")
