"""Satisfaction feedback on service cards (seed 001 items 3.2–3.4).

* `forms` – the "Was this helpful?" form (yes/no and an optional comment);
* `ratelimit` – at most N answers per card, client and day, counted under a
  salted hash of the client's address and the date (no address is stored);
* `submit` – the card's POST route: validate, limit, store, redirect;
* `results` – counts per service and quarter, for the admin report and the
  public results page; `chart` – the server-rendered SVG bar chart;
* `admin_views` – the report (CSV/XLSX) and the moderation of comments.
"""
