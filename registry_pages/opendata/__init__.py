"""Open data: the CSV/JSON/iCalendar responses every register serves, the download URLs and the routes mixin."""
