"""The row importer interface and the value parsers every importer shares.

A row importer turns one row (a dict of column name → value) into an
UNSAVED page, or raises `RowError(field, message)`. It never writes: the
runner validates all rows first and saves only when every row is good.
"""

import re
from datetime import date, datetime
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from registry_pages.core.amounts import AmountError, parse_amount


class RowError(Exception):
    """A problem with one field of one row; `message` may be lazy-translated text."""

    def __init__(self, field: str, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


_TRUE = {"1", "true", "yes", "y", "x", "да", "tak", "так"}
_FALSE = {"", "0", "false", "no", "n", "не", "nie", "ні"}


class BaseRowImporter:
    """Subclass: set `type_name` and `page_model`, implement `build(row)`."""

    type_name: str = ""
    page_model: type = None

    def __init__(self, parent, locale):
        self.parent, self.locale = parent, locale
        self._snippet_cache: dict = {}

    def build(self, row: dict):
        """Return an UNSAVED page instance (title set; child relations set via modelcluster) or raise RowError."""
        raise NotImplementedError

    def validate(self, page) -> None:
        """Check the built page's own fields (lengths, URLs, required values).

        Raises ValidationError (field → messages); subclasses add the
        model's rules and call `super().validate(page)`.
        """
        from wagtail.models import Page

        checked = {"title", "slug"} if page.slug else {"title"}  # an empty slug is made from the title later
        page.clean_fields(exclude=[f.name for f in Page._meta.fields if f.name not in checked])

    # -- helpers for subclasses ------------------------------------------------------------

    @staticmethod
    def text(row, key) -> str:
        """An optional text cell, stripped; missing or null is ""."""
        value = row.get(key)
        return "" if value is None else str(value).strip()

    def required(self, row, key) -> str:
        value = self.text(row, key)
        if not value:
            raise RowError(key, _("this field is required"))
        return value

    def decimal(self, row_value, field, max_digits: int = 10, decimal_places: int = 2) -> Decimal:
        """A non-negative amount of at most `max_digits` digits, `decimal_places` of them after the point
        (the fee block's DecimalBlock), read by `core.amounts.parse_amount`: "12,50" and "12.50" are both
        accepted, "1,234" (a decimal comma or a thousands separator?) is refused."""
        try:
            value = parse_amount(row_value)
        except AmountError as error:
            if error.ambiguous:
                raise RowError(field, _("“%(value)s” can be read two ways: write it without a thousands separator, "
                                        "e.g. 1234 or 1,50") % {"value": row_value}) from None
            raise RowError(field, _("“%(value)s” is not a number (write e.g. 12.50)") % {"value": row_value}) from None
        if value < 0:
            raise RowError(field, _("%(value)s is negative; amounts must be 0 or more") % {"value": row_value})
        largest = Decimal(10) ** (max_digits - decimal_places) - Decimal(1).scaleb(-decimal_places)
        if value > largest:
            raise RowError(field, _("“%(value)s” is too large; amounts are at most %(largest)s")
                           % {"value": row_value, "largest": largest})
        return value

    def integer(self, row_value, field, maximum: int = 100_000) -> int:
        """A whole number from 0 to `maximum`."""
        text = str(row_value if row_value is not None else "").strip()
        if not re.fullmatch(r"[0-9]+", text):
            raise RowError(field, _("“%(value)s” is not a whole number of 0 or more") % {"value": row_value})
        if len(text) > len(str(maximum)) or int(text) > maximum:
            raise RowError(field, _("“%(value)s” is too large; at most %(maximum)s")
                           % {"value": row_value, "maximum": maximum})
        return int(text)

    def date(self, row_value, field) -> date | None:
        """YYYY-MM-DD or DD.MM.YYYY; empty is None."""
        text = str(row_value or "").strip()
        if not text:
            return None
        for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
            try:
                return datetime.strptime(text, pattern).date()
            except ValueError:
                continue
        raise RowError(field, _("“%(value)s” is not a date (write YYYY-MM-DD or DD.MM.YYYY)") % {"value": row_value})

    def boolean(self, row_value, field) -> bool:
        if isinstance(row_value, bool):
            return row_value
        text = str(row_value if row_value is not None else "").strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise RowError(field, _("“%(value)s” is not yes or no") % {"value": row_value})

    def snippet(self, model, field, name):
        """A translatable snippet found by name (or title) in this locale, ignoring case."""
        name = str(name or "").strip()
        if not name:
            return None
        key = (model, name.casefold())
        if key not in self._snippet_cache:
            label = "name" if any(f.name == "name" for f in model._meta.fields) else "title"
            matches = [
                obj for obj in model.objects.filter(locale=self.locale)
                if str(getattr(obj, label)).strip().casefold() == name.casefold()
            ]
            self._snippet_cache[key] = matches[0] if matches else None
        found = self._snippet_cache[key]
        if found is None:
            raise RowError(
                field,
                _("unknown %(kind)s “%(name)s” in language %(language)s")
                % {"kind": model._meta.verbose_name, "name": name, "language": self.locale.language_code},
            )
        return found

    def split(self, value, sep="|") -> list[str]:
        """Multi-valued CSV cells ("a|b"); JSON lists pass through."""
        if value is None:
            return []
        if isinstance(value, list | tuple):
            return list(value)
        return [part.strip() for part in str(value).split(sep) if part.strip()]
