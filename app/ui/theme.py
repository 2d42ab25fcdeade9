"""Fonts and the application style.

Booth laptops are old, often on Windows without good Vietnamese fonts, and used by touch or in
bright halls: so the app bundles DejaVu Sans (full Vietnamese coverage), and the style is
high-contrast with large hit targets. Everything visual lives here so pages only set object
names (`#totalLabel`, `#bigButton`, ...) and never hard-code colours.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from app.config import resources_dir

FONT_FAMILY = "DejaVu Sans"

# OCOP branding green, with darker/lighter steps for pressed and hover states.
PRIMARY = "#1b7f3b"
PRIMARY_DARK = "#135c2a"
PRIMARY_LIGHT = "#e6f4ea"
ACCENT = "#c8102e"  # OCOP red, only for danger/void actions
TEXT = "#1a1a1a"
MUTED = "#555555"
BORDER = "#b8c2bc"
BACKGROUND = "#f6f8f7"
SURFACE = "#ffffff"

BASE_POINT_SIZE = 11

_loaded_families: list[str] = []


def load_fonts() -> list[str]:
    """Register the bundled DejaVu fonts once and return the families Qt now knows.

    Safe to call repeatedly (tests create many widgets): fonts are added only on the first call.
    """
    if _loaded_families:
        return list(_loaded_families)
    families: set[str] = set()
    for path in sorted((resources_dir() / "fonts").glob("DejaVuSans*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    _loaded_families.extend(sorted(families))
    return list(_loaded_families)


STYLESHEET = f"""
QWidget {{
    color: {TEXT};
    font-family: "{FONT_FAMILY}";
}}
QMainWindow, QDialog, QStackedWidget > QWidget {{
    background: {BACKGROUND};
}}
QPushButton, QToolButton {{
    min-height: 44px;
    padding: 4px 16px;
    border: 1px solid {BORDER};
    border-radius: 6px;
    background: {SURFACE};
}}
QPushButton:hover, QToolButton:hover {{
    border-color: {PRIMARY};
}}
QPushButton:pressed, QToolButton:pressed {{
    background: {PRIMARY_LIGHT};
}}
QPushButton:focus, QToolButton:focus {{
    border: 2px solid {PRIMARY};
}}
QPushButton:disabled, QToolButton:disabled {{
    color: #9a9a9a;
    background: #eeeeee;
}}
QPushButton#bigButton, QPushButton[primary="true"] {{
    min-height: 56px;
    font-size: 16pt;
    font-weight: bold;
    color: white;
    background: {PRIMARY};
    border: 1px solid {PRIMARY_DARK};
}}
QPushButton#bigButton:pressed, QPushButton[primary="true"]:pressed {{
    background: {PRIMARY_DARK};
}}
QPushButton#bigButton:disabled, QPushButton[primary="true"]:disabled {{
    background: #9cbfa6;
    border-color: #9cbfa6;
}}
QPushButton#dangerButton {{
    color: white;
    background: {ACCENT};
    border: 1px solid #8f0b20;
}}
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit, QPlainTextEdit, QTextEdit {{
    min-height: 36px;
    padding: 2px 8px;
    border: 1px solid {BORDER};
    border-radius: 4px;
    background: {SURFACE};
    selection-background-color: {PRIMARY};
}}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus,
QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {PRIMARY};
}}
/* A styled border takes the native arrows away: draw them again, large enough for a finger. */
QSpinBox::up-button, QDoubleSpinBox::up-button, QDateEdit::up-button,
QSpinBox::down-button, QDoubleSpinBox::down-button, QDateEdit::down-button {{
    width: 26px;
    border-left: 1px solid {BORDER};
    background: {PRIMARY_LIGHT};
}}
QSpinBox::up-button, QDoubleSpinBox::up-button, QDateEdit::up-button {{
    subcontrol-position: top right;
    border-top-right-radius: 4px;
}}
QSpinBox::down-button, QDoubleSpinBox::down-button, QDateEdit::down-button {{
    subcontrol-position: bottom right;
    border-bottom-right-radius: 4px;
}}
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow, QDateEdit::up-arrow {{
    width: 0; height: 0;
    border-left: 6px solid transparent; border-right: 6px solid transparent;
    border-bottom: 7px solid {TEXT};
}}
QSpinBox::down-arrow, QDoubleSpinBox::down-arrow, QDateEdit::down-arrow {{
    width: 0; height: 0;
    border-left: 6px solid transparent; border-right: 6px solid transparent;
    border-top: 7px solid {TEXT};
}}
QSpinBox::up-arrow:disabled, QDoubleSpinBox::up-arrow:disabled,
QSpinBox::down-arrow:disabled, QDoubleSpinBox::down-arrow:disabled {{
    border-top-color: #b0b0b0; border-bottom-color: #b0b0b0;
}}
QTableView, QListView, QTreeView {{
    background: {SURFACE};
    alternate-background-color: #f1f5f2;
    border: 1px solid {BORDER};
    selection-background-color: {PRIMARY};
    selection-color: white;
    gridline-color: #dde3df;
}}
QHeaderView::section {{
    background: {PRIMARY_LIGHT};
    padding: 6px;
    border: none;
    border-bottom: 1px solid {BORDER};
    font-weight: bold;
}}
QListWidget#navList {{
    background: {PRIMARY_DARK};
    border: none;
    outline: none;
    font-size: 13pt;
}}
QListWidget#navList::item {{
    color: white;
    min-height: 52px;
    padding: 0 16px;
    border-left: 5px solid transparent;
}}
QListWidget#navList::item:hover {{
    background: #1d6b35;
}}
QListWidget#navList::item:selected {{
    background: {SURFACE};
    color: {PRIMARY_DARK};
    font-weight: bold;
    border-left: 5px solid {PRIMARY};
}}
QStatusBar {{
    background: {SURFACE};
    border-top: 1px solid {BORDER};
}}
QStatusBar QLabel {{
    padding: 2px 12px;
    color: {MUTED};
}}
QStatusBar QLabel#unsyncedLabel[pending="true"] {{
    color: {ACCENT};
    font-weight: bold;
}}
QLabel#pageTitle {{
    font-size: 20pt;
    font-weight: bold;
    color: {PRIMARY_DARK};
}}
QLabel#placeholderMessage {{
    font-size: 15pt;
    color: {MUTED};
}}
QLabel#totalLabel {{
    font-size: 28pt;
    font-weight: bold;
    color: {PRIMARY_DARK};
}}
QLabel#bigAmount {{
    font-size: 40pt;
    font-weight: bold;
    color: {PRIMARY_DARK};
}}
"""


def apply_theme(app: QApplication) -> None:
    """Give the whole application the booth look: bundled font, Fusion style, stylesheet.

    Fusion is used on every platform so a Windows 7-era laptop and a Linux one look the same
    and the stylesheet behaves identically.
    """
    load_fonts()
    app.setStyle("Fusion")
    font = QFont(FONT_FAMILY, BASE_POINT_SIZE)
    app.setFont(font)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(PRIMARY_DARK))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
    palette.setColor(QPalette.ColorRole.Base, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)
