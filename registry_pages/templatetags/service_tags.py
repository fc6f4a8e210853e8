"""Filters of the service card's page: a processing time and a fee in words, a contact person as published."""

from django import template

from registry_pages.services import display
from registry_pages.services.card_blocks import public_contact

register = template.Library()


@register.filter
def service_time(value) -> str:
    return display.time_text(value)


@register.filter
def service_fee(value) -> str:
    return display.fee_text(value)


@register.filter
def published_contact(value) -> dict:
    return public_contact(value)
