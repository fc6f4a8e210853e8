"""Reception days of officials: the page, its slots, the next-reception schedule and the iCalendar feed."""
