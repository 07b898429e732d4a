"""The names of the built-in tasks: what a task record's ``task_name`` holds."""

from __future__ import annotations

PDF_TASK = "reports.fir_pdf"
COPY_TASK = "email.fir_copy"
OVERDUE_TASK = "email.review_overdue"
# The periodic ones (beat, or the embedded scheduler, asks for them).
OVERDUE_SCAN_TASK = "email.review_overdue_scan"
DASHBOARD_TASK = "analytics.dashboard"
CLEANUP_TASK = "cleanup.run"
