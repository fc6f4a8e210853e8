"""The uploaded file kept between the preview and the confirmation, in the user's own session.

The file is stored base64-encoded under a random token with what was chosen
for it (type, parent, language); only the session that uploaded it can
confirm it, and it is dropped once imported. Files over `MAX_UPLOAD_BYTES`
are refused before they are read.
"""

from __future__ import annotations

import base64
import secrets

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
SESSION_KEY = "registry_pages_import_uploads"
KEPT = 3  # uploads kept per session (previews not confirmed are dropped, oldest first)


def keep(session, name: str, data: bytes, choices: dict) -> str:
    uploads = dict(session.get(SESSION_KEY) or {})
    while len(uploads) >= KEPT:
        uploads.pop(next(iter(uploads)))
    token = secrets.token_urlsafe(16)
    uploads[token] = {"name": name, "data": base64.b64encode(data).decode("ascii"), **choices}
    session[SESSION_KEY] = uploads
    return token


def kept(session, token: str) -> dict | None:
    """The upload of `token` with its bytes decoded, or None."""
    upload = (session.get(SESSION_KEY) or {}).get(str(token or ""))
    if upload is None:
        return None
    return {**upload, "data": base64.b64decode(upload["data"])}


def forget(session, token: str) -> None:
    uploads = dict(session.get(SESSION_KEY) or {})
    if uploads.pop(str(token or ""), None) is not None:
        session[SESSION_KEY] = uploads
