"""The NGO register: the register page, entries, the public listing, downloads and importer."""
