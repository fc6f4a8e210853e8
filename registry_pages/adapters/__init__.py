"""One module per third-party library whose private API the add-on uses; each has contract tests."""
