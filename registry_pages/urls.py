"""URLs the add-on serves outside the page tree (mounted by the project)."""

non_localised_urlpatterns: list = []
