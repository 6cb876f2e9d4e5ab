"""售后工单台 AfterSales Desk — the domain package (no Qt here)."""

__version__ = "0.1.0"
