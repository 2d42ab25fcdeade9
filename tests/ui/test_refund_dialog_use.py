"""The refund dialog as a manager meets it: the amount to give back is shown before any PIN,
'0,5' is taken as on the sale pad, the spin boxes show their arrows, and no print dialog pops
up by itself."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from app.services import catalog, sales_query
from app.services.cart import Cart
from app.services.checkout import PaymentInput, checkout
from app.ui.refund_dialog import RefundDialog
from app.ui.theme import TEXT

pytest_plugins = ["tests.ui.fixtures_app"]

NOODLES_BY_WEIGHT = "MIEN-DONG"  # Miến dong Bình Liêu, 110.000 ₫/kg


def _weighed_sale(ctx, kg: str):
    cart = Cart()
    cart.add(catalog.lookup_code(ctx.db, NOODLES_BY_WEIGHT), Decimal(kg))
    return checkout(ctx.db, ctx.till(), cart, [PaymentInput("cash", cart.total)])


def test_half_a_kilo_back_shows_its_amount_before_the_pin(qtbot, shift_ctx, themed):
    sale = _weighed_sale(shift_ctx, "1.25")  # 137.500 ₫
    dialog = RefundDialog(shift_ctx, sale.id)
    qtbot.addWidget(dialog)
    dialog.show()
    [line_id] = dialog.line_ids()
    spin = dialog.quantity_spin(line_id)
    assert dialog.amount_text() == "Số tiền hoàn lại: 0 ₫"
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "0,5")
    assert dialog.quantities() == {line_id: Decimal("0.5")}
    assert dialog.amount_text() == "Số tiền hoàn lại: 55.000 ₫"
    assert spin.text().startswith("0,5")


def test_the_spin_box_shows_its_arrows(qtbot, shift_ctx, make_sale, themed):
    sale = make_sale(shift_ctx, quantity=2)
    dialog = RefundDialog(shift_ctx, sale.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    spin = dialog.quantity_spin(dialog.line_ids()[0])
    image = spin.grab().toImage()
    dark = QColor(TEXT)
    arrow_pixels = sum(
        1 for x in range(image.width() - 26, image.width()) for y in range(image.height())
        if QColor(image.pixel(x, y)).lightness() <= dark.lightness() + 40)
    assert arrow_pixels >= 20  # two drawn triangles, not an empty strip


def test_refunding_opens_no_print_dialog_and_says_where_the_slip_is(qtbot, manager_ctx,
                                                                      make_sale):
    from app.services.shifts import open_shift

    ctx = manager_ctx
    ctx.refresh_shift()
    if ctx.shift is None:
        open_shift(ctx.db, ctx.till(), 500_000)
        ctx.announce_shift()
    sale = make_sale(ctx, quantity=2)
    dialog = RefundDialog(ctx, sale.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.quantity_spin(dialog.line_ids()[0]).setValue(1)
    dialog.set_reason("Hộp bị móp")
    popped: list[str] = []
    watching = [True]

    def watch() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not dialog:
            popped.append(type(modal).__name__)
            modal.close()
        if watching[0]:
            QTimer.singleShot(10, watch)

    QTimer.singleShot(0, watch)
    dialog._on_refund_clicked()  # a manager holds the refund right: no PIN is asked either
    qtbot.wait(50)
    watching[0] = False
    qtbot.wait(20)
    assert popped == []
    assert dialog.refund_number is not None and dialog.slip_path.exists()
    assert sales_query.sale_detail(ctx.db, sale.id).lines[0].refundable == 1
