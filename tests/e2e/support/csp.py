"""Content-Security-Policy violations as Chromium reports them in the console."""


def watch_csp_violations(page) -> list[str]:
    """Start collecting; the returned list fills with every violation the page reports."""
    violations = []

    def on_console(message):
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            violations.append(f"{page.url}: {message.text}")

    page.on("console", on_console)
    return violations
