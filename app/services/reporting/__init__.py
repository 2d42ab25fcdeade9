"""Sales reports for the booth: a period, its headline figures and groupings, and exports.

period.py resolves what the user picked (this shift, today, this fair, this month, a range of
days) into local days and UTC bounds; queries.py reads the figures for it and for the period
of the same length before it; figures.py holds the result and states the rules (voids left
out, refunds counted when they are made); columns.py, export.py and app/printing/report_pdf.py
lay it out for the page, CSV, XLSX and PDF. No Qt here: the Reports page and `ocop-booth
report` both call these functions.
"""

from app.services.reporting.figures import (
    GROUPING_TITLES,
    GROUPINGS,
    NOTES,
    Amounts,
    Figures,
    Grouping,
    Report,
    Row,
)
from app.services.reporting.period import PERIOD_KINDS, PERIOD_LABELS, Period, resolve_period
from app.services.reporting.queries import build_report

__all__ = [
    "GROUPINGS", "GROUPING_TITLES", "NOTES", "PERIOD_KINDS", "PERIOD_LABELS", "Amounts",
    "Figures", "Grouping", "Period", "Report", "Row", "build_report", "resolve_period",
]
