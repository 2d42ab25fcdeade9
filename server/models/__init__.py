"""Every hub table, registered on one metadata (Alembic's autogenerate reads it)."""

from server.models.access import AdminToken, Device, EnrollCode
from server.models.base import Base
from server.models.facts import (
    Fact,
    PaymentRecord,
    RefundLineRecord,
    RefundRecord,
    SaleLineRecord,
    SaleRecord,
    ShiftClosingCount,
    ShiftClosingRecord,
    StockMoveRecord,
    VisitorCountRecord,
    VoidRecord,
)
from server.models.reference import Booth, BoothFair, Change, Fair, HubMeta, Producer, Product
from server.models.users import OfficeUser

__all__ = [
    "AdminToken", "Base", "Booth", "BoothFair", "Change", "Device", "EnrollCode", "Fact", "Fair", "HubMeta",
    "OfficeUser",
    "PaymentRecord", "Producer", "Product", "RefundLineRecord", "RefundRecord", "SaleLineRecord",
    "SaleRecord", "ShiftClosingCount", "ShiftClosingRecord", "StockMoveRecord",
    "VisitorCountRecord", "VoidRecord",
]
