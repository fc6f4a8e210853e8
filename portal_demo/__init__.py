"""The demo municipality and the load generator: the project's development and test content, never the add-on's."""
