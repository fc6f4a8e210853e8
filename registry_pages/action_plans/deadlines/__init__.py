"""Deadlines of action items as municipalities write them: vocabulary, parser, normalisation and schedule."""
