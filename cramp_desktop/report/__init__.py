"""The doctor report (reportlab). Filled by a later issue."""
