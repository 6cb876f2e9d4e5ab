"""Plain domain rules: states, channels, phone numbers, validation. No storage, no Qt."""
