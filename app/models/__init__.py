"""SQLAlchemy 2 typed tables, one module per area; importing this registers them all."""

from app.models.audit import AuditEntry
from app.models.base import Base
from app.models.catalog import Producer, Product
from app.models.numbers import NumberReservation
from app.models.places import Fair, Location
from app.models.sales import Payment, Refund, RefundLine, Sale, SaleLine, Shift, ShiftCount
from app.models.settings import Counter, Setting
from app.models.staff import Staff
from app.models.stock import StockMove
from app.models.sync import OutboxEntry, SyncState
from app.models.visitors import VisitorCount

__all__ = [
    "AuditEntry", "Base", "Counter", "Fair", "Location", "NumberReservation", "OutboxEntry", "Payment", "Producer",
    "Product", "Refund", "RefundLine", "Sale", "SaleLine", "Setting", "Shift", "ShiftCount",
    "Staff", "StockMove", "SyncState", "VisitorCount",
]
