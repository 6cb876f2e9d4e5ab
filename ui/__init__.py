"""The desktop screens (PySide6). Widgets call aftersales_desktop.services, never peewee."""
