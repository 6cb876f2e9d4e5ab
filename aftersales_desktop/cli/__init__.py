"""The `aftersales` command line: scripting, batch work and scheduled tasks."""
