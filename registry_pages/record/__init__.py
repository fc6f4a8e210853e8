"""The public record of every register page: its published versions, change notes, metryczka, and pages withdrawn."""
