"""The record's admin hooks: keep the change note typed into the page editor."""

from wagtail import hooks

from registry_pages.record.notes import keep_note

hooks.register("after_edit_page", keep_note)
hooks.register("after_create_page", keep_note)
