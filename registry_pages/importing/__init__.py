"""Bulk import of registers from spreadsheets and Word tables: the reader, the row-importer base class, the runner and the registry of importers."""
