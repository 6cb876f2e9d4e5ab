"""Operations over plain values, shared by the screens and the CLI."""
