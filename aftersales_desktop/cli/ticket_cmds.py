"""Being written."""


def register(commands) -> None:
    pass
