"""How a program signs in to the API: a partner's personal token (Authorization: Token <key>)."""

from rest_framework.authentication import BaseAuthentication


class TokenAuthentication(BaseAuthentication):
    def authenticate(self, request):
        return None
