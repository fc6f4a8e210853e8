"""Public dates in the reader's language (`core/dates.py`): `{{ day|long_date }}`,
`{{ day|day_month }}`, `{{ day|weekday_date }}`."""

from django import template

from registry_pages.core.dates import format_day

register = template.Library()


@register.filter
def long_date(value) -> str:
    return format_day(value, "long")


@register.filter
def day_month(value) -> str:
    return format_day(value, "day_month")


@register.filter
def weekday_date(value) -> str:
    return format_day(value, "weekday")
