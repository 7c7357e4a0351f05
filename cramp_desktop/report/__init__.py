"""The doctor report: plain data in (report/model.py), a PDF out (report/document.py)."""
