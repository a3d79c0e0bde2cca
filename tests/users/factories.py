"""Factories of the people who sign in."""

import factory

from apps.users.models import User

PASSWORD = "correct horse battery staple"


class UserFactory(factory.django.DjangoModelFactory):
    """A person who writes in Swedish; `superuser=True` makes a superuser who works in English."""

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    preferred_language = "sv"
    password = factory.django.Password(PASSWORD)

    class Meta:
        model = User

    class Params:
        superuser = factory.Trait(is_staff=True, is_superuser=True, preferred_language="en")
