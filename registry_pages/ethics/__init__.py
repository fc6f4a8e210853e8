"""Ethics codes: the index page, the code page and its numbered sections."""
