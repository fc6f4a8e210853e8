.PHONY: demo test test-fast messages bench

demo:  ## fresh clone → demo portal on http://127.0.0.1:8000 (make demo PORT=8080, or PORTAL_DEMO_ADDRESS=host:port)
	scripts/demo.sh

test:  ## the whole suite on SQLite and PostgreSQL, plus the add-on alone
	scripts/test.sh

test-fast:  ## SQLite only
	.venv/bin/python -m pytest

messages:  ## extract and compile translations
	for app in registry_pages home search portal_demo cms; do (cd $$app && ../.venv/bin/python ../manage.py makemessages -l bg -l pl -l uk); done
	.venv/bin/python manage.py compilemessages --ignore .venv
