from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "apps.core"
    label = "core"
    verbose_name = _("Portal")

    def ready(self):
        # Imported for their side effects: signals connects the receivers, uploads registers
        # the check that private files stay out of MEDIA_ROOT.
        from apps.core import signals  # noqa: F401
        from apps.core.files import uploads  # noqa: F401
        from apps.core.files.csv_export import escape_admin_exports
        from apps.core.files.private_cleanup import delete_with_records
        from apps.core.files.private_input import use_in_admin_forms
        from apps.core.listings.textsearch import check_configs, check_latvian_dictionary
        from apps.core.web.routing import reattach_routes

        # Wagtail's listing downloads quote formulas like every other spreadsheet of the portal.
        escape_admin_exports()

        # A private file has no URL: the admin's forms name it and link its checked download.
        use_in_admin_forms()

        # A private file is deleted with its record, or when replaced, once the change commits.
        delete_with_records()

        # wagtail-modeltranslation sets `route` on every translated page class when it starts;
        # put back our indexed lookup on the pages that may hold many children.
        reattach_routes()

        # Every language the portal offers is searched with a text-search configuration of its own.
        checks.register(check_configs)
        checks.register(check_latvian_dictionary, checks.Tags.database)
