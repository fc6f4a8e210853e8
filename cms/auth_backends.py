"""Authentication backends: django-axes' lockout check in front of Django's ModelBackend.

django-axes refuses to authenticate without the request (it needs the client
address to count and lock). Logins through a form always have one: the
Wagtail admin, Django's admin, DRF. Calls without a request (Django's test
`Client.login`, `manage.py` scripts) have no client to count or lock, so this
backend steps aside for them and `ModelBackend` decides alone.
"""

from axes.backends import AxesStandaloneBackend


class AxesLockoutBackend(AxesStandaloneBackend):
    def authenticate(self, request=None, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
