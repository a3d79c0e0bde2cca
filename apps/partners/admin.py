from django.contrib import admin

from apps.users.admin import UserAdmin
from apps.users.models import User

from .models import Membership, Organisation


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "acronym", "country", "kind", "consortium_role"]
    list_filter = ["country", "kind", "consortium_role"]
    search_fields = ["name", "acronym"]


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["organisation"]


# A user's organisations are edited with the user; the user app itself knows nothing of partners.
admin.site.unregister(User)


@admin.register(User)
class UserWithMembershipsAdmin(UserAdmin):
    inlines = [*UserAdmin.inlines, MembershipInline]
