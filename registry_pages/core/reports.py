"""Admin reports whose rows are completed after paging: the screen shows what the export has.

Wagtail's `ReportView` builds the HTML table from the page of the queryset
*before* `decorate_paginated_queryset` runs; only the spreadsheet export gets the
decorated rows. A column filled in by the decoration (an item's plan, owners,
due date and status; a moderated page's title and step) stayed empty on screen
while the CSV had it. With `DecoratedRowsMixin` the page of rows is decorated
once and both the table and the export are built from it.
"""


class DecoratedRowsMixin:
    """For a `ReportView` with `decorate_paginated_queryset`: the table shows the decorated rows."""

    def get_table(self, object_list):
        self.decorated_rows = self.decorate_paginated_queryset(object_list)
        return super().get_table(self.decorated_rows)

    def get(self, request, *args, **kwargs):
        self.object_list = self.get_filtered_queryset()
        context = self.get_context_data()  # builds the table: decorates the page once
        context["object_list"] = self.decorated_rows
        return self.render_to_response(context)
