"""Revenue by hour of day and by day as bar charts, this period beside the one before.

A manager asks "when do we sell?" (which hours to staff, when to restock the counter) and
"is it going up?": the table answers exactly, the chart at a glance. Both bars of a slot are
the grouping's own rows (net revenue: sales less refunds made in that slot), so the chart
never shows a figure the table beside it does not. QtCharts renders offscreen as well, so the
chart is tested like any widget.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from app.services.reporting import Grouping
from app.services.reporting.columns import CONTEXT, PREVIOUS_PERIOD, THIS_PERIOD

THIS_COLOR, PREVIOUS_COLOR = QColor("#2e7d32"), QColor("#b0bec5")
STEEP_LABELS = 12  # more categories than this: labels turned upright so they do not overlap
MILLION = 1_000_000


def _label(by: str, key: str, label: str) -> str:
    """Short axis labels: '08h' for an hour, '23/11' for a day."""
    if by == "hour":
        return f"{int(key):02d}h"
    if by == "day":
        return f"{key[8:10]}/{key[5:7]}"
    return label


def _scale(values: list[int]) -> tuple[float, str]:
    """Thousands or millions of đồng on the axis: '1.600.000' ticks do not fit the width."""
    top = max((abs(v) for v in values), default=0)
    if top >= 10 * MILLION:
        return MILLION, QCoreApplication.translate("ReportChart", "triệu ₫")
    return 1000, QCoreApplication.translate("ReportChart", "nghìn ₫")


class ReportChart(QChartView):
    """One grouping's net revenue per slot; `set_grouping(None)` empties it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(150)
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(chart)
        self._labels: list[str] = []
        self._current: list[int] = []
        self._previous: list[int] = []

    def set_grouping(self, grouping: Grouping | None) -> None:
        rows = grouping.rows if grouping is not None else ()
        self._labels = [_label(grouping.by, r.key, r.label) for r in rows] if grouping else []
        self._current = [r.current.revenue for r in rows]
        self._previous = [r.previous.revenue for r in rows]
        self._draw()

    # --- what tests read -----------------------------------------------------------------

    def categories(self) -> list[str]:
        return list(self._labels)

    def point_count(self) -> int:
        """Bars per period: one per hour or day in the table."""
        series = self.chart().series()
        return series[0].barSets()[0].count() if series else 0

    def values(self) -> tuple[list[int], list[int]]:
        """Net revenue in đồng per slot: (this period, previous period)."""
        return list(self._current), list(self._previous)

    # --- drawing -------------------------------------------------------------------------

    def _draw(self) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        if not self._labels:
            return
        divisor, unit = _scale(self._current + self._previous)
        series = QBarSeries()
        for title, values, color in (
            (translate(THIS_PERIOD), self._current, THIS_COLOR),
            (translate(PREVIOUS_PERIOD), self._previous, PREVIOUS_COLOR),
        ):
            bars = QBarSet(title)
            bars.setColor(color)
            bars.append([v / divisor for v in values])
            series.append(bars)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(self._labels)
        if len(self._labels) > STEEP_LABELS:
            x.setLabelsAngle(-90)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        y = QValueAxis()
        y.setLabelFormat("%.0f")
        y.setTitleText(unit)
        low = min(0.0, *(v / divisor for v in self._current + self._previous))
        high = max(1.0, *(v / divisor for v in self._current + self._previous))
        y.setRange(low, high)
        y.applyNiceNumbers()
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y)

    def retranslate(self) -> None:
        self._draw()


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
