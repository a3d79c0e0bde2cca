from django.contrib import admin

from .models import Organisation


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "acronym", "country", "kind", "consortium_role"]
    list_filter = ["country", "kind", "consortium_role"]
    search_fields = ["name", "acronym"]
