"""Run by tests/cms/test_database_outage.py in a separate process whose DATABASE_URL points at a
closed port: requests each path given on the command line ("path|Accept-Language") and prints
what came back as JSON."""

import json
import sys

import django

django.setup()

from django.test import Client  # noqa: E402

client = Client(raise_request_exception=False)  # what a real server would send, not the exception
answers = {}
for argument in sys.argv[1:]:
    path, _, accept = argument.partition("|")
    response = client.get(path, HTTP_ACCEPT_LANGUAGE=accept) if accept else client.get(path)
    answers[argument] = {
        "status": response.status_code,
        "retry_after": response.get("Retry-After"),
        "language": response.get("Content-Language"),
        "body": response.content.decode(),
    }
print(json.dumps(answers))
