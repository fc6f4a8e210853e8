"""Municipal registers for Wagtail: service cards, ethics codes, action plans,
the NGO register and officials' reception days, with a secretary → mayor
publication workflow.

Install: add "registry_pages" (and wagtail_localize, wagtail.contrib.settings)
to INSTALLED_APPS, migrate, then run `python manage.py registry_setup`.
"""
