"""The demo municipality's content, loaded by `load_demo` (`steps.load_all`)."""
