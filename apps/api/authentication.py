"""How a program signs in to the API: a partner's personal token (Authorization: Token <key>).

`Bearer <key>` is accepted too. A header with another scheme (Basic…) is left to the other
authentications; a Token or Bearer header whose key is unknown, revoked or expired, or whose
account is inactive, is refused with 401 and `WWW-Authenticate: Token`, never treated as anonymous.
"""

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header

from django.utils.translation import gettext_lazy as _

from . import tokens

SCHEMES = (b"token", b"bearer")


class TokenAuthentication(BaseAuthentication):
    def authenticate(self, request):
        parts = get_authorization_header(request).split()
        if not parts or parts[0].lower() not in SCHEMES:
            return None
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed(_("Send the token as “Authorization: Token <key>”."))
        try:
            key = parts[1].decode("ascii")
        except UnicodeDecodeError:
            raise exceptions.AuthenticationFailed(_("This token is not valid or has been revoked.")) from None
        token = tokens.token_for_key(key)
        if token is None:
            raise exceptions.AuthenticationFailed(_("This token is not valid or has been revoked."))
        if not token.user.is_active:
            raise exceptions.AuthenticationFailed(_("This account is not active."))
        tokens.token_used(token)
        return token.user, token

    def authenticate_header(self, request):
        return 'Token realm="api"'


class TokenScheme(OpenApiAuthenticationExtension):
    """The token in the OpenAPI schema, so Swagger UI offers to send it."""

    target_class = "apps.api.authentication.TokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Token <key>` (or `Bearer <key>`): a key made on your account page.",
        }
