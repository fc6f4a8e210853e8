"""`load_demo` (the demo municipality) and `generate_portal_load` (a city-size portal)."""
