"""Administrative service cards: the catalogue page, the card page, their blocks, listing, downloads and importer."""
