"""Admin hooks of the service cards: none needed.

Cards are ordinary pages (edited in the page explorer, filtered by type
there); their categories are edited with the other directory snippets
(`snippets.py`); bulk loading is the `import_registry` command.
"""
