"""English texts for the UI, keyed by their Vietnamese source text.

Kept as a dict so translations are reviewed in ordinary diffs; tools/update_translations.py
merges them into resources/i18n/ocop_booth_en.ts. A key may also be (context, source) when the
same Vietnamese text needs different English in different places. Keep {placeholders} intact.
"""

from __future__ import annotations

EN: dict[str | tuple[str, str], str] = {
    # --- main window / status bar ---
    "Gian hàng OCOP": "OCOP Booth",
    "Gian hàng: {name}": "Booth: {name}",
    "Nhân viên: {name}": "Staff: {name}",
    "Ca: {name}": "Shift: {name}",
    "Chờ đồng bộ: {count}": "Waiting to sync: {count}",
    "Đã đồng bộ hết": "All synced",
    # --- customer display ---
    "Chào mừng quý khách": "Welcome",
    "Sản phẩm OCOP – Mỗi xã một sản phẩm": "OCOP products – One Commune One Product",
    "Sản phẩm": "Product",
    "SL": "Qty",
    "Thành tiền": "Amount",
    "Tổng cộng": "Total",
    "Chuyển khoản bằng VietQR": "Pay by bank transfer (VietQR)",
    "Số tiền": "Amount",
    "Người nhận": "Recipient",
    "Số tài khoản: {account}": "Account number: {account}",
    "Nội dung: {reference}": "Transfer note: {reference}",
    "Quét mã bằng ứng dụng ngân hàng bất kỳ": "Scan the code with any banking app",
    "Cảm ơn quý khách!": "Thank you!",
    "Tiền thừa trả lại": "Your change",
    "Màn hình khách hàng": "Customer display",
    # --- errors raised by services (context "errors") ---
    "Không mở được cơ sở dữ liệu {path}: tệp bị hỏng ({detail}). Tệp được giữ nguyên. "
    "Các bản sao lưu nằm ở {backups}.": "Cannot open the database {path}: the file is damaged ({detail}). The file was left "
    "untouched. Backups are in {backups}.",
    "Cơ sở dữ liệu {path} không qua kiểm tra toàn vẹn: {detail}. Tệp được giữ nguyên. "
    "Các bản sao lưu nằm ở {backups}.": "The database {path} failed its integrity check: {detail}. The file was left "
    "untouched. Backups are in {backups}.",
    "Cơ sở dữ liệu {path} thuộc phiên bản mới hơn của ứng dụng (bản {revision}). "
    "Hãy cập nhật OCOP Booth; tệp được giữ nguyên.": "The database {path} belongs to a newer version of the app (revision {revision}). "
    "Please update OCOP Booth; the file was left untouched.",
    "OCOP Booth đang chạy với thư mục dữ liệu {path}. Hãy dùng cửa sổ đang mở.": "OCOP Booth is already running with the data folder {path}. Use the open window.",
    "Mã PIN phải gồm 4 đến 6 chữ số": "The PIN must have 4 to 6 digits",
    "Vai trò không hợp lệ: {role}": "Invalid role: {role}",
    "Không tìm thấy nhân viên": "Staff member not found",
    "Sai PIN quá nhiều lần. {name} bị khóa thêm {seconds} giây.": "Too many wrong PINs. {name} is locked for {seconds} more seconds.",
    "Sai PIN quá nhiều lần. {name} bị khóa {seconds} giây.": "Too many wrong PINs. {name} is locked for {seconds} seconds.",
    "Sai mã PIN (còn {left} lần thử)": "Wrong PIN ({left} attempts left)",
    "{name} không phải quản lý": "{name} is not a manager",
    "Cần mã PIN của quản lý để {action}": "A manager's PIN is needed to {action}",
    "Giá bán không được âm": "The selling price cannot be negative",
    "đổi giá bán": "change the selling price",
    "Giảm giá phải từ 0 đến {max}": "The discount must be between 0 and {max}",
    "giảm giá quá hạn mức": "give a discount above the limit",
    "{name} bán theo {unit}: số lượng phải là số nguyên": "{name} is sold by {unit}: the quantity must be a whole number",
    "Phương thức thanh toán không hợp lệ: {method}": "Invalid payment method: {method}",
    "Số tiền thanh toán phải lớn hơn 0": "The payment amount must be greater than 0",
    "Thanh toán không dùng tiền mặt ({paid}) vượt quá tổng tiền ({total})": "Non-cash payments ({paid}) exceed the total ({total})",
    "Khách trả thiếu {short}: tổng {total}, đã trả {paid}": "{short} short: total {total}, paid {paid}",
    "Đã đủ tiền, không cần thu thêm tiền mặt": "Fully paid, no more cash needed",
    "Giỏ hàng trống": "The cart is empty",
    "Chưa mở ca: hãy mở ca trước khi bán": "No open shift: open a shift before selling",
    "{field} không được để trống": "{field} cannot be empty",
    "{field} {code}: chỉ được chứa chữ số": "{field} {code}: digits only",
    "{field} {code}: sai độ dài ({length} chữ số, phải là 8, 12, 13 hoặc 14)": "{field} {code}: wrong length ({length} digits, must be 8, 12, 13 or 14)",
    "{field} {code}: sai số kiểm tra (phải là {expected})": "{field} {code}: wrong check digit (should be {expected})",
    "Tiền tố mã vạch nội bộ “{prefix}” phải bắt đầu bằng 20-29": "The in-store barcode prefix “{prefix}” must start with 20-29",
    "Số {number} không vừa mã vạch nội bộ (tối đa {width} chữ số)": "Number {number} does not fit an in-store barcode (at most {width} digits)",
    "{field}: “{value}” không phải số tiền hợp lệ": "{field}: “{value}” is not a valid amount",
    "{field}: “{value}” không phải là số": "{field}: “{value}” is not a number",
    "{field} phải lớn hơn 0 (đã nhập “{value}”)": "{field} must be greater than 0 (entered “{value}”)",
    "{field}: tối đa 3 chữ số thập phân (đã nhập “{value}”)": "{field}: at most 3 decimal places (entered “{value}”)",
    "{field} quá lớn: {value}": "{field} is too large: {value}",
    "Không tìm thấy hóa đơn {id}": "Sale {id} not found",
    "Hóa đơn {number} đã bị hủy trước đó": "Sale {number} was already voided",
    "Hóa đơn {number} thuộc ca đã chốt: hãy dùng hoàn tiền thay vì hủy": "Sale {number} belongs to a closed shift: refund it instead of voiding",
    "Hóa đơn {number} đã có hoàn tiền, không thể hủy": "Sale {number} already has a refund and cannot be voided",
    "Hãy chọn ít nhất một dòng để hoàn": "Choose at least one line to refund",
    "Hóa đơn {number} đã bị hủy": "Sale {number} has been voided",
    "Dòng {line} không thuộc hóa đơn {number}": "Line {line} is not part of sale {number}",
    "{name}: chỉ được hoàn tối đa {left} (đã bán {sold})": "{name}: at most {left} can be refunded (sold {sold})",
    "Không tìm thấy phiếu hoàn {id}": "Refund {id} not found",
    "Tiền đầu ca không được âm": "The opening float cannot be negative",
    "Ca {number} đang mở: hãy chốt ca đó trước": "Shift {number} is open: close it first",
    "Không tìm thấy ca {id}": "Shift {id} not found",
    "Hãy nhập số tiền mặt đếm được": "Enter the counted cash",
    "Số tiền đếm được không được âm ({method})": "The counted amount cannot be negative ({method})",
    "Ca {number} đã chốt": "Shift {number} is already closed",
    "Mã BIN ngân hàng “{value}” phải gồm đúng 6 chữ số": "The bank BIN “{value}” must be exactly 6 digits",
    "Số tài khoản “{value}” chỉ gồm chữ và số, tối đa 19 ký tự, không dấu cách": "The account number “{value}” may only contain letters and digits, at most 19, "
    "without spaces",
    "Số tiền chuyển khoản “{value}” phải là số nguyên dương, tối đa 13 chữ số": "The transfer amount “{value}” must be a positive whole number of at most 13 digits",
    "Mã QR không hợp lệ: hỏng cấu trúc ở vị trí {pos}": "Invalid QR code: broken structure at position {pos}",
    "Mã QR không hợp lệ: trường {tag} thiếu dữ liệu (cần {length} ký tự)": "Invalid QR code: field {tag} is missing data (needs {length} characters)",
    "Thư mục dữ liệu đã có danh mục sản phẩm; dữ liệu mẫu chỉ nạp vào thư mục trống": "The data folder already has a product catalog; demo data only loads into an empty "
    "folder",
    "Chưa đăng nhập": "Not signed in",
    "Máy chưa được gán gian hàng: hãy vào Cài đặt": "This computer is not assigned to a booth yet: go to Settings",
    "Không thực hiện được": "Could not be done",
    "Không còn lượt khách nào để trừ trong giờ này": "There are no visitors left to subtract in this hour",
    # --- application / shell (main window, navigation, quick-actions toolbar) ---
    "Không mở được dữ liệu": "Cannot open the data",
    "Máy này chưa được gán gian hàng nên chưa bán hàng được. Hãy nạp dữ liệu mẫu (lệnh: ocop-booth "
    "demo) hoặc đồng bộ với máy chủ tỉnh để nhận gian hàng, rồi mở lại ứng dụng.": "This computer is not "
    "assigned to a booth yet, so it cannot sell. Load the demo data (command: ocop-booth demo) or sync "
    "with the provincial hub to get a booth, then reopen the app.",
    "Cài đặt": "Settings",
    "Chưa có trong phiên bản này": "Not in this version yet",
    "Đồng bộ": "Sync",
    "Bán hàng": "Sell",
    ("Shell", "Sản phẩm"): "Products",
    "{not_yet}: trang Sản phẩm chưa có — thuộc phần Danh mục & Kho.": "{not_yet}: the Products page "
    "comes with the Catalog & Stock part.",
    "Kho": "Stock",
    "{not_yet}: trang Kho chưa có — thuộc phần Danh mục & Kho.": "{not_yet}: the Stock page comes with "
    "the Catalog & Stock part.",
    "Nhãn in": "Labels",
    "{not_yet}: in nhãn giá và tem QR thuộc phần Nhãn in.": "{not_yet}: printing price labels and QR "
    "stickers comes with the Labels part.",
    "Lượt khách": "Visitors",
    "Báo cáo": "Reports",
    "Thao tác nhanh": "Quick actions",
    "+1 khách": "+1 visitor",
    "Mở ca": "Open shift",
    "Chốt ca": "Close shift",
    "Đăng xuất": "Sign out",
    "Bớt 1 lượt khách bấm nhầm (Shift+F12)": "Undo 1 visitor added by mistake (Shift+F12)",
    "Chưa kết nối máy chủ tỉnh. Dữ liệu được lưu an toàn trên máy; {count} giao dịch đang chờ gửi.":
    "Not connected to the provincial hub. Data is safe on this computer; {count} transactions waiting "
    "to be sent.",
    "Lượt khách giờ này: {count}": "Visitors this hour: {count}",
    ("status", "Sao OCOP: {expired} hết hạn, {expiring} sắp hết hạn"): "Stars: {expired} expired, "
    "{expiring} expiring",
    # --- login / manager PIN ---
    "Hãy chọn tên của bạn trước": "Choose your name first",
    "Hãy nhập mã PIN": "Enter your PIN",
    "Đăng nhập": "Sign in",
    "Đăng nhập bán hàng": "Sign in to sell",
    "Chọn tên của bạn rồi nhập mã PIN (4 đến 6 chữ số).": "Choose your name, then enter your PIN "
    "(4 to 6 digits).",
    "Chưa có nhân viên nào trên máy này. Hãy nạp dữ liệu hoặc đồng bộ.": "There is no staff on this "
    "computer yet. Load data or sync.",
    "Quản lý": "Manager",
    "Thu ngân": "Cashier",
    "Mã PIN": "PIN",
    "Xóa": "Clear",
    "Thoát": "Quit",
    "Cần quản lý duyệt": "Manager approval needed",
    "4 đến 6 chữ số": "4 to 6 digits",
    "Duyệt": "Approve",
    "Hủy": "Cancel",
    "Chưa có tài khoản quản lý nào trên máy này": "There is no manager account on this computer",
    # --- sell page / cart ---
    "#": "#",
    "Tên hàng": "Item",
    "Đơn giá": "Unit price",
    "Giảm": "Discount",
    "Giá niêm yết: {price}": "List price: {price}",
    "{name} đã duyệt": "Approved by {name}",
    "Quét mã vạch hoặc gõ tên hàng (vd: mien dong)": "Scan a barcode or type an item name "
    "(e.g. mien dong)",
    "Số lượng": "Quantity",
    "Giảm giá": "Discount",
    "Đổi giá": "Change price",
    "Xóa dòng": "Remove line",
    "Thanh toán (F9)": "Pay (F9)",
    "Tiền mặt (F5)": "Cash (F5)",
    "VietQR (F6)": "VietQR (F6)",
    "Thẻ (F7)": "Card (F7)",
    "Ví điện tử (F8)": "E-wallet (F8)",
    "Hủy đơn (Esc)": "Cancel sale (Esc)",
    "Giỏ hàng trống: hãy quét hàng trước": "The cart is empty: scan an item first",
    "Không tìm thấy mã {code}": "Code {code} not found",
    "Đã xóa {name}": "Removed {name}",
    "Hủy đơn": "Cancel sale",
    "Xóa toàn bộ {count} dòng hàng khỏi giỏ?": "Remove all {count} lines from the cart?",
    "Xóa giỏ hàng": "Clear cart",
    "Không": "No",
    "Đã hủy đơn": "Sale cancelled",
    "Đã lưu hóa đơn {number}: {total}": "Saved receipt {number}: {total}",
    "Đã thêm {name}: {qty} {unit}": "Added {name}: {qty} {unit}",
    "{count} dòng hàng": "{count} lines",
    # --- line value dialog (quantity / discount / price) ---
    "Xóa một ký tự": "Delete one character",
    "Đồng ý": "OK",
    "Hàng cân: có thể nhập số lẻ, ví dụ 1,25 {unit}": "Sold by weight: decimals allowed, e.g. 1.25 {unit}",
    "Số lượng {name} ({unit})": "Quantity of {name} ({unit})",
    "Thành tiền trước giảm: {gross}. Giảm đến {limit}% không cần quản lý; cao hơn cần mã PIN quản lý.":
    "Amount before discount: {gross}. Up to {limit}% needs no manager; more needs a manager's PIN.",
    "Giảm giá cho {name} (số tiền, hoặc phần trăm như 10%)": "Discount on {name} (an amount, or a "
    "percentage like 10%)",
    "Giá niêm yết: {price}. Đổi giá cần mã PIN quản lý.": "List price: {price}. Changing the price "
    "needs a manager's PIN.",
    "Đổi giá bán": "Change price",
    "Đơn giá mới cho {name}": "New unit price for {name}",
    # --- payment dialog / receipt ---
    "Thanh toán": "Payment",
    "Còn phải trả": "Still to pay",
    "Đã nhận": "Received",
    "Bỏ khoản đã chọn": "Remove selected",
    "Bỏ khoản thanh toán đang chọn trong danh sách Đã nhận": "Remove the payment selected in the "
    "Received list",
    "Thêm thanh toán": "Add payment",
    "Ghi nhận khoản này, phần còn lại trả bằng cách khác": "Record this amount and pay the rest another way",
    "Hủy (Esc)": "Cancel (Esc)",
    "Đủ tiền": "Exact amount",
    "Khách đưa (để trống = đưa đủ tiền)": "Cash given (empty = exact amount)",
    "Số tiền chuyển": "Transfer amount",
    "Nội dung chuyển khoản": "Transfer note",
    "Mã giao dịch trên máy POS / ứng dụng ví": "Transaction ID on the card terminal / wallet app",
    "Mã giao dịch": "Transaction ID",
    "Đã nhận tiền (Enter)": "Money received (Enter)",
    "Hoàn tất (Enter)": "Complete (Enter)",
    "Tiền thừa": "Change",
    "Còn thiếu": "Still due",
    "Tiền mặt": "Cash",
    "VietQR": "VietQR",
    "Thẻ": "Card",
    "Ví điện tử": "E-wallet",
    "Chuyển khoản VietQR": "VietQR transfer",
    "Khổ {width} mm": "{width} mm paper",
    "Xem": "View",
    "In hóa đơn": "Print receipt",
    "Đã bán HĐ {number}": "Sold: receipt {number}",
    "Tiền thừa: {change}": "Change: {change}",
    "Chưa lưu được hóa đơn PDF: {error}": "Could not save the receipt PDF: {error}",
    # --- shifts ---
    "Chốt ca và lưu báo cáo Z": "Close shift and save Z report",
    "Quay lại bán": "Back to selling",
    "Không có ca nào đang mở": "No shift is open",
    "Chốt ca {number}": "Close shift {number}",
    "Mở lúc {time} bởi {name} · tiền đầu ca {float}\n"
    "Bán {count} hóa đơn: {total} · hủy {voids} · hoàn tiền {refunds}": "Opened at {time} by {name} · "
    "opening float {float}\n{count} sales: {total} · {voids} voided · {refunds} refunds",
    "Đếm tiền mặt trong két và nhập số đếm được. Các phương thức khác lấy sẵn số dự kiến; sửa nếu sao "
    "kê ngân hàng hoặc máy thẻ khác đi.": "Count the cash in the drawer and enter the amount. Other "
    "methods are prefilled with the expected amount; correct them if the bank statement or card "
    "terminal differs.",
    "Phương thức": "Method",
    "Dự kiến (₫)": "Expected (₫)",
    "Thực đếm (₫)": "Counted (₫)",
    "Chênh lệch (₫)": "Difference (₫)",
    "bắt buộc": "required",
    "Đã chốt ca nhưng chưa lưu được báo cáo Z: {error}": "The shift is closed but the Z report could "
    "not be saved: {error}",
    "không hợp lệ": "invalid",
    "+{amount} (thừa)": "+{amount} (over)",
    "{amount} (thiếu)": "{amount} (short)",
    "0 (khớp)": "0 (matches)",
    "Đã chốt ca": "Shift closed",
    "Đã chốt ca. Báo cáo Z đã lưu tại:\n{path}\n\nIn báo cáo Z ngay?": "Shift closed. The Z report "
    "was saved to:\n{path}\n\nPrint the Z report now?",
    "Mở ca bán hàng": "Open a sales shift",
    "Đếm tiền lẻ có sẵn trong két trước khi bán. Số này là tiền đầu ca.": "Count the change in the "
    "drawer before selling. This is the opening float.",
    "Để sau": "Later",
    "Tiền đầu ca": "Opening float",
    # --- refunds ---
    "Hoàn tiền": "Refund",
    "Hoàn tiền cho hóa đơn {number}": "Refund for receipt {number}",
    "Tổng hóa đơn {total}. Chọn số lượng khách trả lại cho từng dòng.": "Receipt total {total}. "
    "Choose the quantity returned on each line.",
    "Đã bán": "Sold",
    "Còn hoàn được": "Refundable",
    "Trả lại": "Returned",
    "Ví dụ: hàng bị móp, khách đổi ý": "E.g. dented item, customer changed their mind",
    "Trả tiền bằng": "Refund by",
    "Lý do": "Reason",
    "Đóng": "Close",
    "Đã hoàn tiền {number} nhưng chưa lưu được phiếu: {error}": "Refund {number} done, but its slip "
    "could not be saved: {error}",
    "Hãy chọn số lượng trả lại cho ít nhất một dòng": "Choose a returned quantity for at least one line",
    # --- reports page / sales list ---
    "Đã hủy hóa đơn {number}": "Voided sale {number}",
    "Đã lưu báo cáo X tại {path}": "Saved the X report to {path}",
    "Chưa mở ca. Hãy mở ca trước khi bán.": "No open shift. Open a shift before selling.",
    "Ca {number}\nMở lúc {time}\nNgười mở: {name}\nTiền đầu ca: {float}": "Shift {number}\nOpened at "
    "{time}\nOpened by: {name}\nOpening float: {float}",
    "Bán: {count} hóa đơn · {total}\nĐã hủy: {voids} · {voids_total}\nHoàn tiền: {refunds} · "
    "{refunds_total}\nGiảm giá: {discounts}": "Sales: {count} · {total}\nVoided: {voids} · "
    "{voids_total}\nRefunds: {refunds} · {refunds_total}\nDiscounts: {discounts}",
    "Chọn một hóa đơn trong danh sách để xem.": "Choose a sale in the list to view it.",
    "<b>{number}</b> · {status}<br>{time} · {staff}<br>Tổng: <b>{total}</b> · {methods}": "<b>{number}"
    "</b> · {status}<br>{time} · {staff}<br>Total: <b>{total}</b> · {methods}",
    "Hủy hóa đơn": "Void sale",
    "Lý do hủy hóa đơn {number}:": "Reason for voiding sale {number}:",
    "Hãy ghi lý do hủy hóa đơn": "Enter a reason for voiding the sale",
    "Hủy hóa đơn {number}": "Void sale {number}",
    "Đã hoàn tiền: phiếu {number}": "Refunded: slip {number}",
    "Dự kiến trong ca": "Expected this shift",
    "Ca hiện tại": "Current shift",
    "In báo cáo X": "Print X report",
    "Tìm theo số hóa đơn…": "Search by receipt no.…",
    "Chi tiết hóa đơn": "Sale details",
    "In lại hóa đơn": "Reprint receipt",
    "Hoàn được": "Refundable",
    "Số hóa đơn": "Receipt no.",
    ("SalesTableModel", "Giờ"): "Time",
    ("VisitorsTableModel", "Giờ"): "Hour",
    "Tổng tiền": "Total",
    "Trạng thái": "Status",
    "Nhân viên": "Staff",
    ("sales", "Hoàn tất"): "Completed",
    ("sales", "Đã hủy"): "Voided",
    # --- settings page ---
    "Chưa được gán (máy chủ tỉnh sẽ gán khi đồng bộ)": "Not assigned (the provincial hub assigns it "
    "when syncing)",
    "{location} · {fair} (do máy chủ tỉnh gán)": "{location} · {fair} (assigned by the provincial hub)",
    "Hãy nhập mã máy": "Enter the device ID",
    "Đã lưu. Ngôn ngữ mới có hiệu lực khi mở lại ứng dụng.": "Saved. The new language takes effect "
    "when the app is reopened.",
    "Đã lưu cài đặt.": "Settings saved.",
    "Đổi cài đặt": "Change settings",
    "Gian hàng": "Booth",
    "Tài khoản nhận chuyển khoản (VietQR)": "Account for bank transfers (VietQR)",
    "Ngôn ngữ": "Language",
    "Tên điểm bán": "Shop name",
    "Địa chỉ": "Address",
    "Mã máy": "Device ID",
    "Gian hàng / hội chợ": "Booth / fair",
    "Giảm giá tối đa không cần quản lý": "Max discount without a manager",
    "Ngân hàng": "Bank",
    "Số tài khoản": "Account number",
    "Tên chủ tài khoản": "Account holder",
    "Đổi ngôn ngữ có hiệu lực khi mở lại ứng dụng.": "A language change takes effect when the app is "
    "reopened.",
    "Lưu": "Save",
    "Hoàn tác": "Undo",
    # --- visitors page ---
    "Thêm 1 lượt khách (F12)": "Add 1 visitor (F12)",
    "Hôm nay": "Today",
    "Giờ này": "This hour",
    "Bấm +1 mỗi khi có khách ghé gian hàng; ở mọi trang đều dùng được phím F12 (Shift+F12 để bớt 1). "
    "Số lượt khách được gửi về Sở Công Thương khi đồng bộ.": "Press +1 whenever a visitor stops by the "
    "booth; F12 works on every page (Shift+F12 takes 1 off). Visitor counts are sent to the provincial "
    "Department of Industry and Trade when syncing.",
    # --- first-run set-up: wizard pages and services.setup's field errors ---
    "Chào mừng! Chọn ngôn ngữ": "Welcome! Choose a language",
    (
        "Máy này chưa được cài đặt. Vài bước sau đây đặt tên cửa hàng, người quản lý, tài "
        "khoản nhận chuyển khoản và danh mục sản phẩm; xong là bán được ngay. Ngôn ngữ có "
        "thể đổi lại trong Cài đặt."
    ): (
        "This laptop is not set up yet. The next few steps name the shop, its manager, the "
        "account for bank transfers and the product catalog; then it can sell at once. The "
        "language can be changed again in Settings."
    ),
    "Cửa hàng hoặc gian hàng": "Shop or booth",
    "Tên (in trên hóa đơn)": "Name (printed on receipts)",
    "Mã gian hàng": "Booth code",
    "Ví dụ: Gian hàng OCOP Bình Liêu": "E.g. Gian hàng OCOP Bình Liêu",
    "Không bắt buộc": "Optional",
    (
        "Mã ngắn, đứng đầu mọi số hóa đơn (BL03-000001). Nếu Sở Công Thương đã cấp mã gian "
        "hàng, hãy dùng đúng mã đó."
    ): (
        "A short code that starts every receipt number (BL03-000001). If the Department of "
        "Industry and Trade gave the booth a code, use exactly that one."
    ),
    "Gian hàng hội chợ": "Fair booth",
    "Điểm bán cố định": "Permanent sale point",
    "Người quản lý và thu ngân": "Manager and cashiers",
    "Hai lần nhập mã PIN chưa giống nhau": "The two PINs typed differ",
    "Tên quản lý": "Manager's name",
    "Mã PIN (4–8 số)": "PIN (4–8 digits)",
    "Nhập lại mã PIN": "PIN again",
    "Người giữ quyền đổi giá, hủy hóa đơn, cài đặt": (
        "The person who may change prices, void sales and change settings"),
    "Thu ngân (không bắt buộc; thêm sau được trong Cài đặt):": (
        "Cashiers (optional; they can be added later in Settings):"),
    "+ Thêm thu ngân": "+ Add a cashier",
    "Tên thu ngân": "Cashier's name",
    "Khổ giấy in hóa đơn": "Receipt paper width",
    "Chọn theo cuộn giấy của máy in nhiệt. Khi bán vẫn đổi được cho từng hóa đơn.": (
        "Choose the width of the thermal printer's roll. It can still be changed for each "
        "receipt while selling."),
    "80 mm (máy in hóa đơn thông dụng)": "80 mm (the usual receipt printer)",
    "58 mm (máy in nhỏ, máy cầm tay)": "58 mm (small or handheld printers)",
    ("SetupCatalogPage", "Danh mục sản phẩm"): "Product catalog",
    "Bấm “Hoàn tất” để lưu cài đặt, rồi lấy danh mục sản phẩm theo cách đã chọn:": (
        "Press “Finish” to save the set-up, then get the product catalog the way chosen:"),
    "Nhập từ tệp danh mục (CSV hoặc XLSX)": "Import a catalog file (CSV or XLSX)",
    "Xem trước từng dòng, dòng lỗi được chỉ rõ trước khi nhập.": (
        "Every row is previewed; bad rows are pointed out before anything is imported."),
    "Đăng ký với máy chủ tỉnh": "Enroll with the provincial hub",
    "Cần mạng và mã đăng ký của Sở Công Thương; danh mục, giá và hội chợ sẽ tự tải về.": (
        "Needs a network and an enrollment code from the Department of Industry and Trade; "
        "the catalog, prices and fair then download by themselves."),
    "Bắt đầu với danh mục trống": "Start with an empty catalog",
    "Thêm sản phẩm sau ở trang Sản phẩm.": "Add products later on the Products page.",
    "Tài khoản nhận chuyển khoản VietQR": "Account for VietQR transfers",
    (
        "Khách quét mã VietQR để chuyển khoản đúng số tiền. Có thể bỏ trống cả ba ô (chỉ "
        "nhận tiền mặt) và thêm sau trong Cài đặt."
    ): (
        "Buyers scan the VietQR code to transfer the exact amount. All three fields may be "
        "left empty (cash only) and filled in later in Settings."
    ),
    "Chủ tài khoản": "Account holder",
    "Gõ tên ngân hàng, ví dụ Vietcombank": "Type the bank's name, e.g. Vietcombank",
    "Như trên thẻ, ví dụ NGUYEN VAN A": "As on the card, e.g. NGUYEN VAN A",
    "Chọn ngân hàng và nhập số tài khoản để xem mã QR.": (
        "Choose the bank and type the account number to see the QR code."),
    "Mã thử: quét bằng ứng dụng ngân hàng để kiểm tra {bank} {account} {holder}": (
        "Test code: scan it with a banking app to check {bank} {account} {holder}"),
    "Hãy sửa các ô có chữ đỏ.": "Please correct the fields marked in red.",
    "Cài đặt ban đầu – OCOP Booth": "First-run set-up – OCOP Booth",
    "Bước {n}/{total}": "Step {n} of {total}",
    "Quay lại": "Back",
    "Hoàn tất": "Finish",
    "Tiếp": "Next",
    "Tên cửa hàng / gian hàng": "Shop / booth name",
    "Loại điểm bán": "Kind of sale point",
    "Mã PIN quản lý": "Manager's PIN",
    "Khổ giấy hóa đơn": "Receipt width",
    "Không được để trống": "Must not be empty",
    "Dài quá {max} ký tự": "Longer than {max} characters",
    "Chưa hỗ trợ ngôn ngữ “{value}”": "The language “{value}” is not supported",
    (
        "Chỉ gồm chữ không dấu, chữ số và dấu gạch ngang, từ 2 đến 16 ký tự (ví dụ BL03): mã "
        "này đứng đầu mọi số hóa đơn"
    ): (
        "Only unaccented letters, digits and hyphens, 2 to 16 characters (e.g. BL03): this "
        "code starts every receipt number"
    ),
    "Loại điểm bán không hợp lệ: {value}": "Invalid kind of sale point: {value}",
    "Khổ giấy hóa đơn là 80 hoặc 58 mm, không phải {value}": (
        "The receipt width is 80 or 58 mm, not {value}"),
    "Thu ngân thứ {n}: tên phải có, tối đa {max} ký tự": (
        "Cashier {n}: a name is needed, at most {max} characters"),
    "Tên “{name}” đã dùng cho người khác: mỗi người một tên": (
        "The name “{name}” is already someone else's: one name per person"),
    "Thu ngân {name}: {reason}": "Cashier {name}: {reason}",
    "Thu ngân {name} không được dùng trùng mã PIN của quản lý": (
        "Cashier {name} may not use the manager's PIN"),
    "Hãy chọn ngân hàng": "Choose the bank",
    "Không có ngân hàng mã BIN “{value}” trong danh sách NAPAS": (
        "No bank with BIN “{value}” in the NAPAS list"),
    (
        "Thư mục dữ liệu này đã được cài đặt; việc cài đặt ban đầu chỉ làm trên thư mục mới "
        "(đổi thông tin trong Cài đặt)"
    ): (
        "This data folder is already set up; first-run set-up is only for a new folder "
        "(change the details in Settings)"
    ),
    "Mã {value} đã có trong dữ liệu": "The code {value} is already in the data",
    # --- form field names (context "fields") ---
    "Mã SKU": "SKU",
    "Mã vạch": "Barcode",
    "Tên": "Name",
    "Chủ thể": "Producer",
    "Loại chủ thể": "Producer type",
    "Huyện": "District",
    "Xã": "Commune",
    "Nhóm hàng": "Category",
    "Đơn vị": "Unit",
    "Giá": "Price",
    "Thuế GTGT": "VAT",
    "Số sao": "Stars",
    "Ngày công nhận sao": "Star certified on",
    "Ngày hết hạn sao": "Star expires on",
    "Đường dẫn truy xuất": "Traceability link",
    "Mã chủ thể": "Producer code",
    # --- more service errors (context "errors") ---
    "Phần trăm giảm": "Discount percentage",
    "Giá bán": "Selling price",
    "Tiền khách đưa": "Cash given",
    "Nhập mã giao dịch cho thanh toán {method}": "Enter the transaction ID for the {method} payment",
    "thẻ": "card",
    "ví điện tử": "e-wallet",
    "đổi cài đặt": "change settings",
    "Hãy nhập lý do hủy hóa đơn": "Enter a reason for voiding the sale",
    "Chưa cài tài khoản ngân hàng: hãy vào Cài đặt": "No bank account set up: go to Settings",
    # labels
    "Sản phẩm “{product}”: {problem}. Nhãn này không được in.": "Product “{product}”: {problem}. This "
    "label was not printed.",
    "Số bản in phải từ 1 đến {max} (đã nhập {value})": "The number of copies must be 1 to {max} "
    "(entered {value})",
    "“Bắt đầu từ nhãn” chỉ dùng cho tờ nhãn; khổ “{stock}” là cuộn": "“Start at label” is only for "
    "label sheets; “{stock}” is a roll",
    "Vị trí bắt đầu phải từ 1 đến {max} (tờ “{stock}” có {max} nhãn)": "The start position must be 1 "
    "to {max} (sheet “{stock}” has {max} labels)",
    "Quá nhiều nhãn trong một lần in: {count} (tối đa {max})": "Too many labels in one print job: "
    "{count} (at most {max})",
    "Mã QR của “{product}” quá dài ({chars} ký tự) cho khổ “{stock}”: ô QR {have} mm, cần ít nhất "
    "{need} mm. Khổ nhỏ nhất vừa: {smallest}": "The QR code of “{product}” is too long ({chars} "
    "characters) for “{stock}”: the QR box is {have} mm, it needs at least {need} mm. Smallest stock "
    "that fits: {smallest}",
    "Mẫu “{title}” cần mã VietQR của quầy": "Template “{title}” needs the booth's VietQR code",
    "Không có nhãn nào để in: {problems}": "No labels to print: {problems}",
    "Chưa chọn sản phẩm nào để in nhãn": "No products chosen for labels",
    "Đã dừng in nhãn": "Label printing stopped",
    "Tệp nhãn “{name}”: “{what}” phải là hai số (mm)": "Label file “{name}”: “{what}” must be two "
    "numbers (mm)",
    "Tên khổ nhãn “{name}” chỉ gồm chữ thường không dấu, số, - và _": "Label stock name “{name}” may "
    "only use lowercase letters without accents, digits, - and _",
    "Khổ nhãn “{name}”: loại phải là sheet hoặc roll": "Label stock “{name}”: the kind must be sheet "
    "or roll",
    "Khổ nhãn “{name}”: kích thước phải lớn hơn 0": "Label stock “{name}”: sizes must be greater than 0",
    "Khổ nhãn “{name}”: bước nhảy nhỏ hơn nhãn, các nhãn chồng lên nhau": "Label stock “{name}”: the "
    "pitch is smaller than the label, so labels overlap",
    "Khổ nhãn “{name}”: {cols}×{rows} nhãn {lw}×{lh} mm tràn ra ngoài trang {pw}×{ph} mm (cần "
    "{need_w}×{need_h} mm)": "Label stock “{name}”: {cols}×{rows} labels of {lw}×{lh} mm overflow the "
    "{pw}×{ph} mm page (need {need_w}×{need_h} mm)",
    "Mẫu nhãn “{name}”: trường không hợp lệ {field}": "Label template “{name}”: invalid field {field}",
    "Tên mẫu nhãn “{name}” chỉ gồm chữ thường không dấu, số, - và _": "Label template name “{name}” "
    "may only use lowercase letters without accents, digits, - and _",
    "Mẫu nhãn “{name}”: ô của trường {field} nằm ngoài nhãn {w}×{h} mm": "Label template “{name}”: "
    "the box of field {field} lies outside the {w}×{h} mm label",
    "Mẫu nhãn “{name}” không có bố cục nào": "Label template “{name}” has no layout",
    "Mẫu “{title}” không vừa khổ “{stock}”: nhãn {lw}×{lh} mm, mẫu cần ít nhất {w}×{h} mm": "Template "
    "“{title}” does not fit “{stock}”: the label is {lw}×{lh} mm, the template needs at least "
    "{w}×{h} mm",
    "Không có khổ nhãn “{name}”. Các khổ có: {known}": "No label stock “{name}”. Available: {known}",
    "Không có mẫu nhãn “{name}”. Các mẫu có: {known}": "No label template “{name}”. Available: {known}",
    "Không tìm thấy phiếu nhập hàng “{ref}”": "Goods receipt “{ref}” not found",
    "Mẫu liên kết truy xuất cần tên miền (domain)": "The traceability link pattern needs a domain",
    "Mẫu liên kết “{pattern}” không hợp lệ: phải bắt đầu bằng https:// và chỉ dùng {{domain}}, "
    "{{gtin14}}, {{sku}}, {{lot}}": "Invalid link pattern “{pattern}”: it must start with https:// "
    "and use only {{domain}}, {{gtin14}}, {{sku}}, {{lot}}",
    "Số lô “{lot}”: tối đa 20 ký tự không dấu, không cách": "Lot number “{lot}”: at most 20 "
    "characters, no accents, no spaces",
    # catalog
    "đã có chủ thể “{name}” ở {district}": "producer “{name}” already exists in {district}",
    "mã {code} đã được dùng": "code {code} is already in use",
    "Không tìm thấy chủ thể {id}": "Producer {id} not found",
    "mã {sku} đã có sản phẩm khác dùng": "code {sku} is already used by another product",
    "mã vạch {code} đã thuộc sản phẩm {sku}": "barcode {code} already belongs to product {sku}",
    "không tìm thấy chủ thể {id}": "producer {id} not found",
    "Không tìm thấy sản phẩm {id}": "Product {id} not found",
    "Tệp {file}: chỉ nhận tệp .csv hoặc .xlsx": "File {file}: only .csv or .xlsx files are accepted",
    "Tệp {file}: dòng tiêu đề phải có đúng các cột {columns}. Thiếu: {missing}; thừa: {extra}; "
    "trùng: {dupes}": "File {file}: the header row must have exactly the columns {columns}. Missing: "
    "{missing}; extra: {extra}; duplicated: {dupes}",
    "Tệp {file} trống": "File {file} is empty",
    "Tệp {file} không đọc được như một bảng tính XLSX: {detail}": "File {file} cannot be read as an "
    "XLSX spreadsheet: {detail}",
    "Dòng {row}, cột {column}: {reason}": "Row {row}, column {column}: {reason}",
    "có địa chỉ/loại chủ thể nhưng thiếu tên": "has a producer address/type but no name",
    "mã {sku} trùng với dòng {first}": "code {sku} duplicates row {first}",
    "mã vạch {code} trùng với dòng {first}": "barcode {code} duplicates row {first}",
    "Cảnh báo – dòng {row}, cột {column}: {reason}": "Warning – row {row}, column {column}: "
    "{reason}",
    "chủ thể “{producer}”: dòng này ghi “{value}”, dòng {first} ghi “{held}”; giữ “{held}” của "
    "dòng {first}": "producer “{producer}”: this row says “{value}”, row {first} says “{held}”; "
    "kept “{held}” from row {first}",
    "chủ thể “{producer}”: dòng này ghi “{value}”, dòng {first} ghi “{seen}”; giữ “{held}” đã "
    "lưu": "producer “{producer}”: this row says “{value}”, row {first} says “{seen}”; kept the "
    "stored “{held}”",
    ("errors", "doanh nghiệp"): "enterprise",
    ("errors", "hợp tác xã"): "cooperative",
    ("errors", "hộ sản xuất"): "household",
    ("errors", "tổ hợp tác"): "cooperative group",
    "Có {count} dòng lỗi: không nhập dòng nào (nhập tất cả hoặc không nhập gì)": "{count} rows have "
    "errors: nothing was imported (all rows or none are imported)",
    "{label}: {reason}": "{label}: {reason}",
    "không được để trống": "cannot be empty",
    "dài quá {max} ký tự": "longer than {max} characters",
    "“{value}” chỉ được gồm chữ cái không dấu, chữ số và ký hiệu, không có dấu cách": "“{value}” may "
    "only contain unaccented letters, digits and symbols, without spaces",
    "{code}: GTIN-14 là mã thùng, không dùng để bán lẻ": "{code}: GTIN-14 is a case code, not for "
    "retail sale",
    "“{value}” không phải số tiền": "“{value}” is not an amount",
    "“{value}” không phải số tiền hợp lệ": "“{value}” is not a valid amount",
    "{value} nằm ngoài khoảng 0 – 1.000.000.000": "{value} is outside the range 0 – 1,000,000,000",
    "“{value}” không phải thuế suất": "“{value}” is not a tax rate",
    "“{value}” phải là 0, 5, 8 hoặc 10 (%)": "“{value}” must be 0, 5, 8 or 10 (%)",
    "“{value}” phải là 3, 4 hoặc 5 sao": "“{value}” must be 3, 4 or 5 stars",
    "“{value}” không phải ngày (dd/mm/yyyy hoặc yyyy-mm-dd)": "“{value}” is not a date (dd/mm/yyyy "
    "or yyyy-mm-dd)",
    "“{value}” phải là địa chỉ http:// hoặc https://": "“{value}” must be an http:// or https:// "
    "address",
    "“{value}” phải là doanh nghiệp, HTX, hộ sản xuất hoặc tổ hợp tác": "“{value}” must be enterprise, "
    "cooperative, household producer or cooperative group",
    "có ngày công nhận nhưng thiếu số sao": "has a certification date but no stars",
    "sản phẩm có sao phải có ngày công nhận": "a starred product needs a certification date",
    "{until} phải sau ngày công nhận {on}": "{until} must be after the certification date {on}",
    "{until} quá 36 tháng kể từ ngày công nhận (tối đa {max})": "{until} is more than 36 months after "
    "the certification date (at most {max})",
    "Không tìm thấy sản phẩm có mã: {codes}": "No product found with code: {codes}",
    "Tệp {file} không phải UTF-8 (bảng mã không xác định): hãy lưu lại dưới dạng UTF-8": "File {file} "
    "is not UTF-8 (unknown encoding): save it again as UTF-8",
    "Tệp {file} dùng bảng mã {encoding}, không phải UTF-8: hãy lưu lại dưới dạng UTF-8": "File {file} "
    "uses the {encoding} encoding, not UTF-8: save it again as UTF-8",
    # stock / settlement
    "Ngày cuối kỳ {end} trước ngày đầu kỳ {start}": "The period end {end} is before the period start "
    "{start}",
    "Dòng {line}: {reason}": "Line {line}: {reason}",
    "{name} bán theo {unit}, số lượng phải là số nguyên": "{name} is sold by {unit}, so the quantity "
    "must be a whole number",
    "không tìm thấy sản phẩm {id}": "product {id} not found",
    "Không tìm thấy điểm kho {id}": "Stock location {id} not found",
    "Không tìm thấy nhân viên {id}": "Staff member {id} not found",
    "Hãy ghi lý do": "Enter a reason",
    "Lý do dài quá 300 ký tự": "The reason is longer than 300 characters",
    "Hãy nhập ít nhất một sản phẩm": "Enter at least one product",
    "Hàng ký gửi phải chọn chủ thể": "Consignment goods need a producer",
    "{name}: hàng ký gửi phải có giá thỏa thuận": "{name}: consignment goods need an agreed price",
    "{name} không phải sản phẩm của {producer}": "{name} is not a product of {producer}",
    "Nơi chuyển đi và nơi nhận phải khác nhau": "The source and destination must differ",
    "{name} không phải sản phẩm của chủ thể này": "{name} is not a product of this producer",
    # --- catalog: products, producers, star watch, import/export ---
    "Tên sản phẩm": "Product name",
    "Sao OCOP": "OCOP stars",
    "Mã": "Code",
    "Loại": "Type",
    "Sửa": "Edit",
    "(không có)": "(none)",
    "Chưa có sao": "No stars",
    "Đã hết hạn": "Expired",
    "Sắp hết hạn": "Expiring soon",
    "Tìm sản phẩm…": "Search products…",
    "Chọn tệp…": "Choose file…",
    "Lưu PDF…": "Save PDF…",
    "Thêm sản phẩm": "Add product",
    "Sửa sản phẩm": "Edit product",
    "Thêm chủ thể": "Add producer",
    "Sửa chủ thể": "Edit producer",
    "để trống: tự cấp mã SX…": "leave empty: assigns SX…",
    "Đang hợp tác": "Active partner",
    "Tên chủ thể *": "Producer name *",
    "Tên chủ thể": "Producer name",
    "Số sản phẩm": "Products",
    "Tìm tên, mã, huyện, xã… (gõ không dấu được)": "Search name, code, district, commune… "
    "(accents optional)",
    "Cả chủ thể ngừng hợp tác": "Include inactive producers",
    "{total} chủ thể": "{total} producers",
    "ví dụ 45.000": "e.g. 45,000",
    "EAN-13, EAN-8 hoặc UPC-A; để trống nếu không có": "EAN-13, EAN-8 or UPC-A; leave empty if none",
    "dd/mm/yyyy": "dd/mm/yyyy",
    "để trống: 36 tháng sau ngày công nhận": "leave empty: 36 months after certification",
    "Bán theo cân (số lẻ: 1,25 kg)": "Sold by weight (decimals: 1.25 kg)",
    "Đang bán": "On sale",
    "Mã SKU *": "SKU *",
    "Tên sản phẩm *": "Product name *",
    "Đơn vị tính": "Unit",
    "Giá bán (₫) *": "Selling price (₫) *",
    "Ngày công nhận": "Certified on",
    "Truy xuất nguồn gốc": "Traceability",
    "Chưa có mã vạch: cấp mã nội bộ": "No barcode: assign an in-store code",
    "Mã sẽ cấp: {code} (tiền tố 20, chỉ dùng trong điểm bán). Bỏ chọn để chỉ dùng mã SKU (in dạng "
    "Code 128).": "Code to assign: {code} (prefix 20, in-store use only). Untick to use only the "
    "SKU (printed as Code 128).",
    "Tìm tên, mã SKU, mã vạch, chủ thể… (gõ không dấu được)": "Search name, SKU, barcode, producer… "
    "(accents optional)",
    "Mọi sản phẩm": "All products",
    "Sao còn hạn": "Stars valid",
    "Sao sắp hết hạn": "Stars expiring",
    "Sao đã hết hạn": "Stars expired",
    "Cả hàng ngừng bán": "Include discontinued",
    "Ngừng / mở lại bán": "Stop / resume sale",
    "Nhập từ tệp…": "Import…",
    "Xuất ra tệp…": "Export…",
    "Đang xuất…": "Exporting…",
    "Hãy chọn một sản phẩm trong bảng": "Choose a product in the table",
    "Đã mở lại bán {name}": "{name} is on sale again",
    "Đã ngừng bán {name} (vẫn giữ trong lịch sử bán hàng)": "Stopped selling {name} (it stays in "
    "the sales history)",
    "Xuất danh mục": "Export catalog",
    "Bảng tính Excel (*.xlsx);;CSV UTF-8 (*.csv)": "Excel spreadsheet (*.xlsx);;CSV UTF-8 (*.csv)",
    "Đã xuất {count} sản phẩm ra tệp {path}": "Exported {count} products to {path}",
    "Đã lưu {sku} – {name}": "Saved {sku} – {name}",
    "{total} sản phẩm": "{total} products",
    "{badge} – xem danh sách": "{badge} – see list",
    "{name} (ngừng bán)": "{name} (discontinued)",
    "Mã nội bộ của điểm bán (tiền tố 20), không phải mã GS1": "In-store code (prefix 20), not a GS1 "
    "code",
    "Sắp hết hạn (trong 90 ngày)": "Expiring (within 90 days)",
    "Cập nhật ngày công nhận…": "Update certification…",
    "{badge}. Gửi hồ sơ đánh giá lại trước ngày hết hạn; sản phẩm hết hạn vẫn bán được nhưng không "
    "được ghi sao.": "{badge}. Apply for re-assessment before the expiry date; expired products can "
    "still be sold but may not show their stars.",
    "Không có sản phẩm nào sắp hết hạn hoặc đã hết hạn sao.": "No products have stars expiring or "
    "expired.",
    "Tình trạng": "Status",
    "Còn (ngày)": "Days left",
    ("producers", "Doanh nghiệp"): "Enterprise",
    ("producers", "Hợp tác xã"): "Cooperative",
    ("producers", "Hộ sản xuất"): "Household",
    ("producers", "Tổ hợp tác"): "Cooperative group",
    "Nhập danh mục từ tệp": "Import catalog from file",
    "Chưa chọn tệp (CSV hoặc XLSX)": "No file chosen (CSV or XLSX)",
    "Nhập các dòng hợp lệ": "Import valid rows",
    "Nhập tất cả hoặc không nhập gì": "Import all or nothing",
    "Chọn tệp danh mục": "Choose a catalog file",
    "Đã nhập: {created} sản phẩm mới, {updated} sản phẩm sửa, {unchanged} không đổi; {producers} "
    "chủ thể mới. Bỏ qua {skipped} dòng lỗi.": "Imported: {created} new products, {updated} updated, "
    "{unchanged} unchanged; {producers} new producers. Skipped {skipped} rows with errors.",
    "Tệp {file}: {rows} dòng. Hợp lệ {good} dòng: {new} sản phẩm mới, {changed} thay đổi, {same} "
    "không đổi, {producers} chủ thể mới. Dòng lỗi: {bad}. Cảnh báo: {warnings}.": "File {file}: "
    "{rows} rows. {good} valid: {new} new products, {changed} changed, {same} unchanged, "
    "{producers} new producers. Rows with errors: {bad}. Warnings: {warnings}.",
    "Không có dòng lỗi; {count} cảnh báo không ngăn việc nhập.": "No rows with errors; the "
    "{count} warnings do not stop the import.",
    "Cảnh báo ({count}) – các dòng này vẫn được nhập; chủ thể ghi khác nhau ở nhiều dòng thì giữ "
    "giá trị của dòng đầu tiên:": "Warnings ({count}) – these rows are still imported; a producer "
    "written differently on several rows keeps the value of its first row:",
    ("ImportErrorsTableModel", "Cảnh báo"): "Warning",
    "{bad} dòng có lỗi (danh sách ở trên). Sửa tệp rồi chọn lại, hoặc chỉ nhập các dòng hợp lệ.":
    "{bad} rows have errors (listed above). Fix the file and choose it again, or import only the "
    "valid rows.",
    "Dòng": "Row",
    "Cột": "Column",
    # --- stock: balances, moves, receive / transfer / count / write-off, settlement ---
    "Điểm kho": "Location",
    "Tồn": "In stock",
    "Kiểm kê": "Stock count",
    "Ví dụ: kiểm kê cuối hội chợ, vỡ 2 hũ khi vận chuyển": "E.g. end-of-fair count, 2 jars broken "
    "in transit",
    "Lý do chênh lệch": "Reason for differences",
    "Xem chênh lệch": "Show differences",
    "Ghi kiểm kê (cần quản lý)": "Save count (manager)",
    "Đếm khớp sổ sách: {count} sản phẩm.": "Counts match the books: {count} products.",
    "Đã ghi kiểm kê {count} sản phẩm ở {location}; điều chỉnh {moves} dòng. {approved}": "Saved the "
    "count of {count} products at {location}; {moves} lines adjusted. {approved}",
    "Hãy nhập số đếm được cho ít nhất một sản phẩm": "Enter a counted quantity for at least one product",
    "Ghi kiểm kê ở {location}": "Save the stock count at {location}",
    "Chênh lệch {count} sản phẩm ({total}): {items}": "{count} products differ ({total}): {items}",
    "Thời gian": "Time",
    "Giá thỏa thuận": "Agreed price",
    "Giá thỏa thuận (₫)": "Agreed price (₫)",
    "Lý do / ghi chú": "Reason / note",
    "Người làm": "Done by",
    "Nhập hàng": "Receive goods",
    "Mua đứt": "Outright purchase",
    ("ReceiveDialog", "Nhận ký gửi"): "Consignment",
    ("stock", "Nhận ký gửi"): "Consignment in",
    "Số phiếu giao hàng, ghi chú…": "Delivery note no., remarks…",
    "Hình thức": "Terms",
    "Chủ thể giao hàng": "Delivered by",
    "Nhập vào": "Into",
    "Ghi chú": "Note",
    "Ghi nhập kho": "Save receipt",
    "Đã nhận ký gửi vào {location}: {items}.": "Received on consignment at {location}: {items}.",
    "Đã nhập mua vào {location}: {items}.": "Received purchase at {location}: {items}.",
    "Xem quyết toán": "Show settlement",
    "Từ tháng": "From month",
    "đến tháng": "to month",
    "Lưu CSV…": "Save CSV…",
    "In": "Print",
    "Tất cả chủ thể có hàng ký gửi": "All producers with consignment goods",
    "Kỳ {start} – {end}: {count} chủ thể có hàng ký gửi. Chạm đúp một dòng để xem chi tiết.": "Period "
    "{start} – {end}: {count} producers with consignment goods. Double-click a row for details.",
    "Tổng phải trả: {amount}": "Total payable: {amount}",
    "{name} ({code}) {locality} · kỳ {start} – {end}": "{name} ({code}) {locality} · period {start} "
    "– {end}",
    "Phải trả {name}: {amount}": "Payable to {name}: {amount}",
    "Đã lưu {count} biên bản PDF: {path}": "Saved {count} settlement PDFs: {path}",
    "Hãy chọn một chủ thể để lưu CSV": "Choose a producer to save as CSV",
    "Đã lưu CSV: {path}": "Saved CSV: {path}",
    "Lưu biên bản quyết toán": "Save settlement statement",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "Chọn thư mục lưu biên bản của từng chủ thể": "Choose a folder for each producer's statement",
    "Lưu CSV quyết toán": "Save settlement CSV",
    "CSV (*.csv)": "CSV (*.csv)",
    "Nhận": "Received",
    "Bán": "Sold",
    "Tồn đầu": "Opening",
    "Tồn cuối": "Closing",
    "Điều chỉnh": "Adjusted",
    "Phải trả": "Payable",
    "Cộng": "Total",
    "Cộng ({count} chủ thể)": "Total ({count} producers)",
    "(không chọn)": "(none)",
    " Chú ý, tồn âm sau khi ghi: {items}.": " Note: stock goes negative after saving: {items}.",
    "Quản lý duyệt: {name}.": "Approved by manager {name}.",
    "Mọi điểm kho": "All locations",
    "Chỉ tồn âm": "Negative only",
    "Ẩn tồn 0": "Hide zero",
    "Chuyển kho": "Transfer",
    ("StockBalancesPanel", "Xuất hủy"): "Write off",
    ("stock", "Xuất hủy"): "Write-off",
    "Trả chủ thể": "Return to producer",
    "Mọi chủ thể": "All producers",
    "{total} dòng tồn": "{total} stock lines",
    "Hiện mọi dòng tồn": "Show all stock lines",
    "{count} dòng tồn âm – xem": "{count} negative lines – view",
    "Tìm hoặc quét mã sản phẩm…": "Search or scan a product…",
    "Thêm dòng": "Add line",
    "{total} sản phẩm khớp; gõ thêm để thu hẹp": "{total} products match; keep typing to narrow",
    "Sổ sách": "Book",
    "Đếm được": "Counted",
    "Chênh lệch": "Difference",
    "Mọi loại": "All types",
    "{total} dòng": "{total} lines",
    "Xuất hủy hàng": "Write off goods",
    "Trả hàng cho chủ thể": "Return goods to producer",
    "Ví dụ: vỡ khi vận chuyển, hết hạn sử dụng": "E.g. broken in transit, past expiry date",
    "Ví dụ: hết kỳ ký gửi": "E.g. consignment period ended",
    "Từ điểm kho": "From location",
    "Trả cho chủ thể": "Return to",
    "Ghi (cần quản lý)": "Save (manager)",
    "Đã xuất hủy ở {location}: {items}. {approved}": "Wrote off at {location}: {items}. {approved}",
    "Đã trả {producer} từ {location}: {items}. {approved}": "Returned to {producer} from {location}: "
    "{items}. {approved}",
    "Hãy thêm ít nhất một sản phẩm": "Add at least one product",
    "Tồn kho": "Stock levels",
    "Lịch sử nhập xuất": "Stock history",
    "Quyết toán ký gửi": "Consignment settlement",
    "Chuyển từ": "From",
    "Đến": "To",
    "Ghi chuyển kho": "Save transfer",
    "Đã chuyển từ {source} đến {target}: {items}.": "Moved from {source} to {target}: {items}.",
    "Nhập mua": "Purchase",
    "Chuyển đi": "Transfer out",
    "Chuyển đến": "Transfer in",
    ("stock", "Bán"): "Sale",
    "Khách trả": "Customer return",
    # --- labels page ---
    "Căn lề máy in nhãn": "Align label printer",
    "In trang thử, đặt lên một tờ nhãn thật và đo độ lệch: dương là dịch sang phải (X) và xuống dưới "
    "(Y).": "Print a test page, lay it on a real label sheet and measure the offset: positive moves "
    "right (X) and down (Y).",
    "In trang thử căn lề": "Print alignment test page",
    "Máy in": "Printer",
    "Lệch ngang (X)": "Horizontal offset (X)",
    "Lệch dọc (Y)": "Vertical offset (Y)",
    "Số nhãn": "Labels",
    "Khổ nhãn mới": "New label stock",
    "Cuộn (máy in nhiệt)": "Roll (thermal printer)",
    "Tờ A4 nhiều nhãn": "A4 label sheet",
    "Tên (không dấu)": "Name (no accents)",
    "Tên hiển thị": "Display name",
    "Rộng nhãn": "Label width",
    "Cao nhãn": "Label height",
    "Rộng trang (tờ)": "Page width (sheet)",
    "Cao trang (tờ)": "Page height (sheet)",
    "Số cột": "Columns",
    "Số hàng": "Rows",
    "Lề trái": "Left margin",
    "Lề trên": "Top margin",
    "Bước ngang": "Horizontal pitch",
    "Bước dọc": "Vertical pitch",
    "Tìm sản phẩm: tên, mã, chủ thể (gõ không dấu được)": "Search name, code, producer (accents "
    "optional)",
    "Thêm vào danh sách": "Add to list",
    "Thêm theo phiếu nhập": "Add from receipt",
    "Mỗi đơn vị nhận vào được một nhãn": "One label per unit received",
    "Bỏ dòng": "Remove line",
    "Xóa hết": "Clear all",
    "Mẫu nhãn": "Template",
    "Khổ nhãn": "Label stock",
    "Bắt đầu từ nhãn số": "Start at label no.",
    "Số bản mỗi sản phẩm": "Copies per product",
    "Số lô (liên kết GS1)": "Lot no. (GS1 link)",
    "In nhãn…": "Print labels…",
    "Căn lề máy in…": "Align printer…",
    "Khổ nhãn mới…": "New label stock…",
    "Dừng": "Stop",
    "{when} – {lines} mặt hàng, {units} đơn vị": "{when} – {lines} items, {units} units",
    "{n} nhãn": "{n} labels",
    "Chọn sản phẩm để xem trước nhãn.": "Choose products to preview labels.",
    "Lưu nhãn thành PDF": "Save labels as PDF",
    "In nhãn": "Print labels",
    "Đã lưu {path}": "Saved {path}",
    "Đã gửi {pages} trang tới máy in": "Sent {pages} pages to the printer",
    "{labels} nhãn; trang 1 ở kích thước thật": "{labels} labels; page 1 at actual size",
    # --- sync page / enrolment with the provincial hub ---
    "Đăng ký lại với máy chủ tỉnh": "Re-register with the provincial hub",
    "Nhập mã đăng ký mới do Sở Công Thương cấp. Dữ liệu đang chờ gửi vẫn được giữ và sẽ gửi lên sau "
    "khi đăng ký xong.": "Enter the new registration code issued by the Department of Industry and "
    "Trade. Data waiting to be sent is kept and will be sent once registration is done.",
    "Chọn chứng chỉ CA của máy chủ": "Choose the hub's CA certificate",
    "Chứng chỉ (*.pem *.crt *.cer);;Mọi tệp (*)": "Certificates (*.pem *.crt *.cer);;All files (*)",
    "Hãy nhập địa chỉ máy chủ tỉnh (https://…)": "Enter the provincial hub address (https://…)",
    "Hãy nhập mã đăng ký do Sở Công Thương cấp": "Enter the registration code issued by the "
    "Department of Industry and Trade",
    "Kiểm tra mạng (Wi-Fi, 4G) và địa chỉ máy chủ rồi bấm “Đăng ký” lần nữa: mã vẫn dùng được.":
    "Check the network (Wi-Fi, 4G) and the hub address, then press “Register” again: the code "
    "still works.",
    "Địa chỉ này không phải máy chủ OCOP của tỉnh, hoặc máy chủ và ứng dụng khác phiên bản: hãy hỏi "
    "Sở Công Thương.": "This address is not the provincial OCOP hub, or the hub and the app are "
    "different versions: ask the Department of Industry and Trade.",
    "Hãy xin Sở Công Thương một mã đăng ký mới.": "Ask the Department of Industry and Trade for a new "
    "registration code.",
    "Đang kết nối máy chủ…": "Connecting to the hub…",
    "Địa chỉ máy chủ": "Hub address",
    "Mã đăng ký": "Registration code",
    "Mã dùng một lần, ví dụ ABCD-EFGH-JKLM": "One-time code, e.g. ABCD-EFGH-JKLM",
    "Chứng chỉ CA (nếu có)": "CA certificate (if any)",
    "Chỉ khi tỉnh dùng chứng chỉ riêng": "Only if the province uses its own certificate",
    "Đăng ký": "Register",
    "Máy này chưa kết nối máy chủ tỉnh. Bán hàng vẫn bình thường: dữ liệu được lưu an toàn trên máy "
    "({count} giao dịch đang chờ gửi) và tự gửi lên sau khi đăng ký. Nhập địa chỉ máy chủ và mã đăng "
    "ký do Sở Công Thương cấp.": "This computer is not connected to the provincial hub. Selling works "
    "as usual: data is kept safe on this computer ({count} transactions waiting) and is sent "
    "automatically after registration. Enter the hub address and the registration code issued by "
    "the Department of Industry and Trade.",
    "Chưa lần nào": "Never",
    ("SyncPage", "Không có"): "None",
    "Chờ gửi ({count})": "Waiting ({count})",
    "Máy chủ từ chối, để riêng ({count})": "Rejected, set aside ({count})",
    "Tự động đồng bộ chưa chạy": "Auto sync has not run yet",
    "Đang đồng bộ…": "Syncing…",
    "Đã dừng gửi: cần mã đăng ký mới (bấm “Đăng ký lại…”)": "Sending stopped: a new registration "
    "code is needed (press “Re-register…”)",
    "Tự động đồng bộ lần tới lúc {time}": "Next auto sync at {time}",
    "Kết nối máy chủ tỉnh": "Connect to the provincial hub",
    "Đồng bộ với máy chủ tỉnh": "Sync with the provincial hub",
    "Đăng ký lại…": "Re-register…",
    "Đồng bộ ngay": "Sync now",
    "Gửi lại": "Resend",
    "Dữ liệu bị từ chối không chặn dữ liệu khác. Khi Sở Công Thương đã xử lý, chọn dòng và bấm “Gửi "
    "lại”.": "Rejected data does not hold up other data. Once the Department of Industry and Trade "
    "has dealt with it, select the row and press “Resend”.",
    "Máy chủ:": "Hub:",
    "Gian hàng:": "Booth:",
    "Đồng bộ được lúc:": "Last synced:",
    "Mã thiết bị:": "Device ID:",
    "Lần thử gần nhất:": "Last attempt:",
    "Đồng hồ máy:": "Computer clock:",
    "Lỗi gần nhất:": "Last error:",
    "Loại dữ liệu": "Data type",
    "Chờ gửi": "Waiting",
    "Lúc ghi": "Recorded at",
    "Máy chủ trả lời": "Hub response",
    "Chi tiết": "Details",
    ("sync", "Trả hàng, hoàn tiền"): "Returns, refunds",
    ("sync", "Nhập, xuất kho"): "Stock in/out",
    "Trùng mã nhưng khác nội dung với bản máy chủ đã có": "Same ID but different content from the "
    "hub's copy",
    "Dữ liệu không hợp lệ": "Invalid data",
    "Máy không được ghi cho gian hàng này": "This computer may not write for this booth",
    "Quá lớn, máy chủ không nhận": "Too large for the hub",
    "Bị từ chối": "Rejected",
    # sync errors (context "errors")
    "Chưa đăng ký với máy chủ tỉnh": "Not registered with the provincial hub",
    "Cần đăng ký lại với máy chủ tỉnh": "Must re-register with the provincial hub",
    "Máy chủ không tương thích": "Incompatible hub",
    "Chưa gửi được: {pending} mục đang chờ": "Not sent yet: {pending} items waiting",
    "{pending} mục đang chờ gửi": "{pending} items waiting to be sent",
    "Chưa đồng bộ lần nào": "Never synced",
    "Đã đồng bộ": "Synced",
    "Đồng hồ máy lệch {minutes} phút so với máy chủ: hãy chỉnh lại giờ máy": "The computer clock is "
    "{minutes} minutes off from the hub: please correct it",
    "Máy chủ không tương thích ({detail})": "Incompatible hub ({detail})",
    "Không kết nối được máy chủ {url}: {detail}": "Cannot connect to the hub {url}: {detail}",
    "Máy chủ đang bận (mã {status}), sẽ thử lại sau": "The hub is busy (code {status}); will retry "
    "later",
    "Máy chủ không nhận mã thiết bị này nữa: cần đăng ký lại máy với mã mới": "The hub no longer "
    "accepts this device ID: re-register the computer with a new code",
    "Máy chưa đăng ký với máy chủ tỉnh: hãy nhập địa chỉ máy chủ và mã đăng ký": "This computer is "
    "not registered with the provincial hub: enter the hub address and registration code",
    "Mã đăng ký không đúng": "Wrong registration code",
    "Mã đăng ký đã được dùng": "The registration code has already been used",
    "Mã đăng ký đã hết hạn: hãy xin mã mới": "The registration code has expired: ask for a new one",
    "Gian hàng này không còn hoạt động": "This booth is no longer active",
    "Địa chỉ máy chủ không hợp lệ: {url}": "Invalid hub address: {url}",
    "Địa chỉ máy chủ phải bắt đầu bằng https:// ({url})": "The hub address must start with https:// "
    "({url})",
    "Không đọc được tệp chứng chỉ {path}: {detail}": "Cannot read the certificate file {path}: "
    "{detail}",
    "Lô dữ liệu quá lớn": "The data batch is too large",
    "Lỗi khi đồng bộ: {detail}": "Sync error: {detail}",
    "Lỗi khi đăng ký: {detail}": "Registration error: {detail}",
    # any exception a background job did not foresee (app/ui/background.py)
    "Đã xảy ra lỗi không mong muốn: {detail}": "An unexpected error occurred: {detail}",
    # star badges (app/ui/models/product_table_model.py star_text): lupdate does not see these
    # while the source calls them through an alias `tr = QCoreApplication.translate`; ready for when
    # it calls QCoreApplication.translate("stars", ...) directly.
    ("stars", "{stars} hết hạn {until}"): "{stars} expired {until}",
    ("stars", "{stars} đến {until} (còn {days} ngày)"): "{stars} until {until} ({days} days left)",
    ("stars", "{stars} đến {until}"): "{stars} until {until}",
    # page heading / tabs and a narrow column where the field name is too long or singular
    ("ProductsPage", "Sản phẩm"): "Products",
    ("ProductsPage", "Chủ thể"): "Producers",
    ("ProductTableModel", "Giá bán"): "Price",
    # sync status line (app/ui/models/sync_texts.py, context "SyncStatus"): not extracted by lupdate
    # while the source calls them through the helper _tr(text); ready for when they are marked.
    ("SyncStatus", "vừa xong"): "just now",
    ("SyncStatus", "{n} phút trước"): "{n} min ago",
    ("SyncStatus", "{n} giờ trước"): "{n} h ago",
    ("SyncStatus", "{n} ngày trước"): "{n} days ago",
    ("SyncStatus", "{count} giao dịch chờ gửi"): "{count} transactions waiting",
    ("SyncStatus", "Chưa kết nối máy chủ tỉnh"): "Not connected to the provincial hub",
    ("SyncStatus", "Đã đồng bộ {time}"): "Synced {time}",
    ("SyncStatus", "lần cuối {ago}"): "last {ago}",
    ("SyncStatus", "chưa gửi được lần nào"): "never sent",
    ("SyncStatus", "Chưa đồng bộ được — {since}"): "Not synced — {since}",
    ("SyncStatus", "Chưa đo"): "Not measured",
    ("SyncStatus", "Khớp với máy chủ"): "Matches the hub",
    ("SyncStatus", "{n} phút"): "{n} min",
    ("SyncStatus", "{n} giây"): "{n} s",
    ("SyncStatus", "Chậm {amount} so với máy chủ"): "{amount} behind the hub",
    ("SyncStatus", "Nhanh {amount} so với máy chủ"): "{amount} ahead of the hub",
    # --- backups and restore (services.backups / services.restore, the "Sao lưu" tab) ---
    ("SettingsPage", "Chung"): "General",
    ("SettingsPage", "Sao lưu"): "Backups",
    "Đã sao lưu tự động: {name}": "Automatic backup made: {name}",
    "Chưa sao lưu tự động được: {error}": "The automatic backup failed: {error}",
    "Sao lưu ngay": "Back up now",
    "Sao lưu ngay…": "Back up now…",
    "Khôi phục": "Restore",
    "Khôi phục…": "Restore…",
    "Chọn thư mục hoặc USB để lưu bản sao": "Choose a folder or USB stick for the backup",
    "Đang sao lưu và kiểm tra…": "Backing up and checking…",
    "Chọn bản sao lưu để khôi phục": "Choose the backup to restore",
    "Cơ sở dữ liệu (*.db);;Mọi tệp (*)": "Databases (*.db);;All files (*)",
    "Đang kiểm tra bản sao lưu…": "Checking the backup…",
    (
        "Khôi phục bản sao lưu lúc {time} ({kind})?\n\nTệp: {path}\nCó {sales} hóa đơn, "
        "hóa đơn cuối lúc {last}.\n\nDữ liệu đang dùng sẽ được cất vào {folder} trước, rồi "
        "được thay bằng bản này; ứng dụng sẽ đóng và mở lại với dữ liệu đã khôi phục. Những "
        "gì ghi sau lúc sao lưu sẽ không còn trong dữ liệu đang dùng (vẫn nằm trong bản được "
        "cất)."
    ): (
        "Restore the backup of {time} ({kind})?\n\nFile: {path}\nIt holds {sales} sales, the "
        "last one at {last}.\n\nThe data in use will first be set aside in {folder}, then "
        "replaced by this backup; the app will close and reopen with the restored data. "
        "Whatever was recorded after the backup was made will no longer be in the data in use "
        "(it stays in the copy set aside)."
    ),
    "Đã sao lưu và kiểm tra: {path} ({size})": "Backed up and checked: {path} ({size})",
    "Khôi phục dữ liệu": "Restore data",
    (
        "Ứng dụng tự sao lưu mỗi ngày khi mở và mỗi lần chốt ca vào {folder}, giữ bản "
        "của 7 ngày và 4 tuần gần nhất; mỗi bản đều được kiểm tra toàn vẹn. Hãy thường "
        "xuyên chép một bản ra USB bằng \"Sao lưu ngay\"."
    ): (
        "The app backs up by itself every day when it starts and at every shift close, into "
        "{folder}, keeping the last 7 days and 4 weeks; every copy is integrity-checked. Copy "
        "one to a USB stick regularly with \"Back up now\"."
    ),
    "Thời điểm": "Time",
    "Dung lượng": "Size",
    "Tệp": "File",
    ("backups", "Hằng ngày"): "Daily",
    ("backups", "Chốt ca {label}"): "Shift close {label}",
    ("backups", "Sao lưu tay"): "Manual",
    ("backups", "Trước khi khôi phục"): "Before a restore",
    ("backups", "Trước khi nâng cấp"): "Before an upgrade",
    ("backups", "Khác"): "Other",
    "Đang khôi phục dữ liệu…": "Restoring data…",
    "Chưa khôi phục được: {error}\n\nDữ liệu đang dùng vẫn giữ nguyên.": (
        "Could not restore: {error}\n\nThe data in use is unchanged."
    ),
    "Đã khôi phục dữ liệu từ {path} ({sales} hóa đơn).": "Data restored from {path} ({sales} sales).",
    "Dữ liệu trước khi khôi phục được giữ ở {path}.": "The data from before the restore is kept in {path}.",
    "sao lưu dữ liệu": "back up the data",
    "khôi phục dữ liệu": "restore the data",
    "Không có cơ sở dữ liệu ở {path}": "There is no database at {path}",
    "Không thể sao lưu đè lên chính cơ sở dữ liệu {path}": "Cannot back up over the database {path} itself",
    (
        "Bản sao lưu không qua kiểm tra toàn vẹn ({detail}) nên đã bị xóa. Dữ liệu đang dùng có "
        "thể đã hỏng: hãy giữ nguyên máy và gọi hỗ trợ."
    ): (
        "The backup failed its integrity check ({detail}) and was deleted. The data in use may "
        "be damaged: leave the laptop as it is and call support."
    ),
    "Không sao lưu được {path}: {detail}": "Could not back up {path}: {detail}",
    "Không ghi được bản sao lưu vào {folder}: {detail}": "Could not write the backup to {folder}: {detail}",
    "Tệp {path} là chính cơ sở dữ liệu đang dùng": "{path} is the database in use itself",
    (
        "OCOP Booth đang chạy với thư mục dữ liệu {path}: hãy đóng ứng dụng rồi khôi phục lại."
    ): "OCOP Booth is running on the data folder {path}: close the app, then restore again.",
    "Không thay được {path}: {detail}": "Could not replace {path}: {detail}",
    "Không có tệp {path}": "There is no file {path}",
    "Không đọc được tệp {path}: {detail}": "Could not read {path}: {detail}",
    "Tệp {path} không phải dữ liệu của OCOP Booth": "{path} is not OCOP Booth data",
    "Tệp {path} bị hỏng (kiểm tra toàn vẹn: {detail})": "{path} is damaged (integrity check: {detail})",
    (
        "Tệp {path} thuộc phiên bản mới hơn của ứng dụng (bản {revision}): hãy cập nhật OCOP "
        "Booth trước khi khôi phục."
    ): (
        "{path} comes from a newer version of the app (revision {revision}): update OCOP Booth "
        "before restoring it."
    ),
    "Tệp {path} không phải cơ sở dữ liệu": "{path} is not a database",
    # --- receipt printer and cash drawer (sell page bar, Settings tab, services' errors) ---
    "Thử in lại": "Try printing again",
    ("PrinterBar", "Bỏ qua"): "Skip",
    "Không in các hóa đơn đang chờ (vẫn in lại được sau)": (
        "Do not print the waiting receipts (they can still be reprinted later)"
    ),
    "Mở két": "Open drawer",
    "Mở két tiền": "Open the cash drawer",
    "Đã mở két": "Cash drawer opened",
    "mở két tiền": "open the cash drawer",
    "Máy in hóa đơn": "Receipt printer",
    "Để trống nếu không có máy in hóa đơn (in PDF qua máy in của hệ thống)": (
        "Leave empty when there is no receipt printer (PDFs print through the system's printer)"
    ),
    ("PrinterSettingsBox", "{width} mm"): "{width} mm",
    "Tự in hóa đơn sau mỗi lần bán": "Print the receipt after every sale",
    "Mở két khi thu tiền mặt": "Open the cash drawer for cash sales",
    "In thử": "Test print",
    "Lưu máy in": "Save printer",
    "Địa chỉ máy in": "Printer address",
    "Khổ giấy": "Paper width",
    "Đang gửi trang in thử…": "Sending the test page…",
    "Đã gửi trang in thử tới {printer} ({size} KB)": "Test page sent to {printer} ({size} KB)",
    "Đổi máy in hóa đơn": "Change the receipt printer",
    "Đã lưu máy in hóa đơn": "Receipt printer saved",
    "Địa chỉ máy in “{uri}” không hợp lệ: {why}": "Printer address “{uri}” is not valid: {why}",
    "chưa nhập": "it is empty",
    "dùng tcp://IP:9100, usb://VID:PID, serial:///dev/ttyUSB0 hoặc file:///dev/usb/lp0": (
        "use tcp://IP:9100, usb://VID:PID, serial:///dev/ttyUSB0 or file:///dev/usb/lp0"
    ),
    "cổng phải là số từ 1 đến 65535": "the port must be a number from 1 to 65535",
    "thiếu địa chỉ IP hoặc tên máy": "the IP address or host name is missing",
    "cần mã hãng và mã máy dạng hex, ví dụ usb://0416:5011": (
        "needs the vendor and product ids in hex, e.g. usb://0416:5011"
    ),
    "mã USB quá lớn": "the USB id is too large",
    "thiếu đường dẫn thiết bị": "the device path is missing",
    "tốc độ baud phải là số": "the baud rate must be a number",
    "Máy in hóa đơn {printer} không nhận lệnh in: {reason}": (
        "Receipt printer {printer} did not take the job: {reason}"
    ),
    "không phản hồi (máy tắt, hết giấy hoặc mất mạng?)": (
        "no answer (switched off, out of paper or no network?)"
    ),
    "từ chối kết nối (máy in đang tắt?)": "connection refused (is the printer off?)",
    "mất kết nối giữa chừng": "the connection dropped mid-way",
    "không thấy máy in (chưa cắm hoặc chưa bật?)": "printer not found (unplugged or off?)",
    "không tới được máy in qua mạng": "the printer cannot be reached over the network",
    "không có quyền ghi vào thiết bị": "no permission to write to the device",
    "không thấy máy in USB này; cắm lại máy in, hoặc dùng file:///dev/usb/lp0": (
        "this USB printer was not found; plug it in again, or use file:///dev/usb/lp0"
    ),
    "cần cài gói pyserial để in qua cổng COM/serial": (
        "printing over a COM/serial port needs the pyserial package"
    ),
    # --- TSPL label printer (app.printing.tspl, `labels --printer tspl+…`) ---
    "Địa chỉ máy in nhãn “{uri}” không hợp lệ: dùng tspl+tcp://IP:9100, tspl+usb://VID:PID "
    "hoặc tspl+file:///dev/usb/lp0": "Label printer address “{uri}” is not valid: use "
    "tspl+tcp://IP:9100, tspl+usb://VID:PID or tspl+file:///dev/usb/lp0",
    "Độ phân giải máy in nhãn phải là 203 hoặc 300 dpi (đã nhập {dpi})": (
        "The label printer's resolution must be 203 or 300 dpi (got {dpi})"
    ),
    "Máy in nhãn chỉ in khổ cuộn; “{stock}” là tờ A4, hãy in ra PDF hoặc chọn khổ cuộn "
    "(50×30, 40×30, 35×22 mm)": "A label printer prints rolls only; “{stock}” is an A4 sheet: "
    "print it to PDF or choose a roll (50×30, 40×30, 35×22 mm)",
    "Khe hở giữa hai nhãn phải từ 0 đến 20 mm (đã nhập {gap})": (
        "The gap between labels must be 0 to 20 mm (got {gap})"
    ),
    "Mã QR của “{product}” quá dài ({chars} ký tự) để in rõ ở khổ “{stock}” trên máy in nhãn "
    "{dpi} dpi: mỗi ô của mã chỉ được {dots} chấm in. Hãy chọn khổ lớn hơn hoặc in ra PDF": (
        "The QR code of “{product}” is too long ({chars} characters) to print sharply on "
        "“{stock}” with a {dpi} dpi label printer: each module would be {dots} printer dots. "
        "Choose a larger stock or print to PDF"
    ),
    "Máy in nhãn {printer} không nhận lệnh in: {reason}": (
        "Label printer {printer} did not take the job: {reason}"
    ),
    "Cần cài gói pypdfium2 để in thẳng ra máy in nhãn": (
        "Printing straight to a label printer needs the pypdfium2 package"
    ),
    "Chưa cài máy in hóa đơn: vào Cài đặt → Máy in hóa đơn": (
        "No receipt printer set up: go to Settings → Receipt printer"
    ),
    "Khổ giấy {width} mm không có; chọn 80 hoặc 58 mm": (
        "There is no {width} mm paper; choose 80 or 58 mm"
    ),
    "Máy in hóa đơn không phản hồi — hóa đơn {number} đang chờ in": (
        "The receipt printer is not answering — receipt {number} is waiting to print"
    ),
    "Máy in hóa đơn không phản hồi — {count} hóa đơn đang chờ in, mới nhất {number}": (
        "The receipt printer is not answering — {count} receipts are waiting to print, the "
        "latest {number}"
    ),
    # --- rights table (services.rights) and staff management (services.staff, staff page) ---
    "Mã PIN phải gồm 4 đến 8 chữ số": "The PIN must have 4 to 8 digits",
    "Tài khoản của {name} đã bị tắt: hãy hỏi quản lý": "{name}'s account is disabled: ask a manager",
    "hủy hóa đơn": "void a sale",
    "hoàn tiền": "refund",
    "nhập hàng vào kho": "receive goods into stock",
    "chuyển kho": "transfer stock",
    "điều chỉnh tồn kho": "adjust stock",
    "xuất hủy hoặc trả hàng": "write off or return goods",
    "quản lý nhân viên": "manage staff",
    "{name} không có quyền {action}": "{name} may not {action}",
    "Hãy nhập tên nhân viên": "Enter the staff member's name",
    "Tên nhân viên dài quá {max} ký tự": "The name is longer than {max} characters",
    "Đã có nhân viên tên “{name}”": "There is already a staff member named “{name}”",
    "Bạn không thể tự đổi vai trò của mình": "You cannot change your own role",
    "Bạn không thể tự tắt tài khoản của mình": "You cannot disable your own account",
    "{name} là quản lý cuối cùng còn hoạt động: hãy thêm quản lý khác trước": (
        "{name} is the last active manager: add another manager first"
    ),
    "Người đầu tiên phải là quản lý": "The first person must be a manager",
    "Chọn tên của bạn rồi nhập mã PIN (4 đến 8 chữ số).": "Choose your name, then enter your PIN (4 to 8 digits).",
    "4 đến 8 chữ số": "4 to 8 digits",
    "Đặt lại mã PIN": "Reset PIN",
    "Mã PIN mới cho {name}": "New PIN for {name}",
    "Mã PIN mới *": "New PIN *",
    "Nhập lại mã PIN *": "PIN again *",
    "Sửa nhân viên": "Edit staff member",
    "Thêm nhân viên": "Add staff member",
    "Họ tên *": "Full name *",
    "Họ tên": "Full name",
    "Vai trò": "Role",
    "Mã PIN *": "PIN *",
    "Hai lần nhập mã PIN không giống nhau": "The two PINs are not the same",
    "Đã bật lại tài khoản của {name}.": "{name}'s account is enabled again.",
    "Đã tắt tài khoản của {name}: người này không đăng nhập được nữa.": (
        "{name}'s account is disabled: they can no longer log in."
    ),
    "Bật lại": "Enable again",
    "Tắt tài khoản": "Disable account",
    "Đã thêm {name}.": "{name} was added.",
    "Sửa nhân viên {name}": "Edit staff member {name}",
    "Đã lưu {name}.": "{name} was saved.",
    "Bật lại tài khoản của {name}": "Enable {name}'s account again",
    "Tắt tài khoản của {name}": "Disable {name}'s account",
    "Đặt lại mã PIN của {name}": "Reset {name}'s PIN",
    "Đã đặt mã PIN mới cho {name}.": "{name} has a new PIN.",
    "Ai được dùng máy bán hàng này và với vai trò nào. Người nghỉ việc được tắt tài khoản "
    "(không xóa, vì hóa đơn và ca vẫn ghi tên họ). Mọi thay đổi cần quyền quản lý và được "
    "ghi nhật ký.": (
        "Who may use this till, and in which role. People who leave are disabled (not "
        "deleted: sales and shifts still carry their name). Every change needs a manager's "
        "right and is logged."
    ),
    "Đã tắt": "Disabled",
    "Tạm khóa (sai PIN)": "Locked (wrong PINs)",
    "Đang làm": "Active",
    # --- crash message (app/ui/diagnostics.py) ---
    "Lỗi không mong muốn": "Unexpected error",
    "Ứng dụng gặp một lỗi không mong muốn. Các đơn hàng đã lưu vẫn an toàn.":
        "The app ran into an unexpected error. Sales already saved are safe.",
    "Hãy làm lại thao tác vừa rồi. Nếu lỗi lặp lại, hãy đóng và mở lại ứng dụng, rồi gửi tệp "
    "nhật ký này cho người hỗ trợ:": "Try what you just did again. If the error comes back, "
    "close and reopen the app, then send this log file to your support contact:",
    "Chi tiết: {detail}": "Details: {detail}",
    # --- scanner test and label-scale codes (Settings "Máy quét", services.scale_codes) ---
    "Máy quét": "Scanner",
    "Quét thử": "Test scan",
    "Quét một mã vào ô dưới đây: hiện đúng những gì máy quét gửi tới và sản phẩm máy bán hàng "
    "sẽ tìm thấy.": "Scan a code into the field below: it shows exactly what the scanner sent "
    "and the product the till will find.",
    "Quét mã vào đây": "Scan a code here",
    "Mã vạch cân điện tử (tem cân)": "Label-scale barcodes",
    "Mỗi dòng một quy tắc: tiền tố (20-29), loại (cân hoặc giá), số chữ số mã hàng (PLU), rồi số "
    "chữ số lẻ của kg (cân) hoặc đơn vị đồng (giá). Vd: “22 cân 5 3” = 22 + PLU 5 số + khối lượng "
    "tính bằng gam; “21 giá 5 100” = giá tính bằng trăm đồng. Sản phẩm của PLU là sản phẩm có mã "
    "vạch gốc: tiền tố + PLU + các số 0.": "One rule a line: prefix (20-29), kind (cân = weight "
    "or giá = price), digits of the item number (PLU), then the decimals of the kg (weight) or "
    "the đồng unit (price). E.g. “22 cân 5 3” = 22 + 5-digit PLU + weight in grams; “21 giá 5 "
    "100” = price in hundreds of đồng. A PLU's product is the one whose barcode is the base "
    "code: prefix + PLU + zeros.",
    "Lưu quy tắc cân": "Save scale rules",
    "Đã lưu {count} quy tắc cân": "{count} scale rule(s) saved",
    "Đổi quy tắc mã cân": "Change the scale-code rules",
    "Nhận được: “{text}” ({count} ký tự)": "Received: “{text}” ({count} characters)",
    "Máy quét: {keys} phím trong {ms} ms, cách nhau tối đa {gap} ms":
        "Scanner: {keys} keys in {ms} ms, at most {gap} ms apart",
    "Gõ tay (không phải máy quét): {keys} phím, cách nhau tối đa {gap} ms":
        "Typed by hand (not a scanner): {keys} keys, at most {gap} ms apart",
    "Có chữ có dấu: bộ gõ tiếng Việt (Telex) đang bật? Máy quét sẽ thử thêm: {codes}. ":
        "Accented letters: is a Vietnamese input method (Telex) on? A scan also tries: "
        "{codes}. ",
    "Không tìm thấy sản phẩm nào với mã này": "No product has this code",
    "Tìm thấy (tem cân, PLU {plu}): {name} — {qty} {unit}, {total}":
        "Found (scale label, PLU {plu}): {name} — {qty} {unit}, {total}",
    "Tìm thấy: {name} (mã {code}) — {price}": "Found: {name} (code {code}) — {price}",
    "Quy tắc cân dòng {line}: tiền tố “{prefix}” phải từ 20 đến 29":
        "Scale rule line {line}: the prefix “{prefix}” must be 20 to 29",
    "Quy tắc cân dòng {line}: loại “{kind}” phải là cân hoặc giá":
        "Scale rule line {line}: the kind “{kind}” must be cân (weight) or giá (price)",
    "Quy tắc cân dòng {line}: mã hàng (PLU) phải có 3 đến 6 chữ số":
        "Scale rule line {line}: the item number (PLU) must have 3 to 6 digits",
    "Quy tắc cân dòng {line}: số chữ số lẻ phải từ 0 đến {most}":
        "Scale rule line {line}: the decimals must be 0 to {most}",
    "Quy tắc cân dòng {line}: đơn vị giá phải là 1, 10, 100 hoặc 1000 đồng":
        "Scale rule line {line}: the price unit must be 1, 10, 100 or 1000 đồng",
    "Quy tắc cân dòng {line}: tiền tố {prefix} đã có ở dòng trên":
        "Scale rule line {line}: the prefix {prefix} is already on a line above",
    "Quy tắc cân dòng {line}: không đọc được danh sách quy tắc":
        "Scale rule line {line}: the list of rules cannot be read",
    "Quy tắc cân dòng {line}: thiếu tiền tố hoặc loại":
        "Scale rule line {line}: the prefix or the kind is missing",
    "Quy tắc cân dòng {line}: “{text}” phải có dạng “22 cân 5 3” hoặc “21 giá 5 100”":
        "Scale rule line {line}: “{text}” must look like “22 cân 5 3” (weight) or "
        "“21 giá 5 100” (price)",
    "Mã cân {code}: sai số kiểm tra (phải là {expected}), hãy quét lại":
        "Scale code {code}: wrong check digit (it should be {expected}), scan it again",
    "Mã cân {code}: {name} không bán theo cân": "Scale code {code}: {name} is not sold by weight",
    "Mã cân {code}: khối lượng bằng 0, hãy cân lại": "Scale code {code}: the weight is 0, weigh it again",
    "Mã cân {code}: không có hàng nào mang mã PLU {plu} (mã vạch gốc {base})":
        "Scale code {code}: no product has PLU {plu} (base barcode {base})",
    # --- Reports page: sales figures, past Z-reports (report_figures_panel, zreports_panel) ---
    ("ReportsPage", "Ca & hóa đơn"): "Shift & sales",
    ("ReportsPage", "Doanh số"): "Sales figures",
    ("ReportsPage", "Báo cáo Z"): "Z reports",
    ("ReportChart", "triệu ₫"): "million ₫",
    ("ReportChart", "nghìn ₫"): "thousand ₫",
    ("ReportFiguresPanel", "bao-cao-{date}"): "report-{date}",
    ("ReportFiguresPanel", "Đã xuất báo cáo: {path}"): "Report exported: {path}",
    ("ReportFiguresPanel", "Kỳ: {period} ({kind}) · so với kỳ trước: {previous}"):
        "Period: {period} ({kind}) · compared with: {previous}",
    ("ReportFiguresPanel", "<b>Doanh thu {revenue}</b> {change} · {sales} hóa đơn · trung bình "
     "{basket} · {visitors} lượt khách · {conversion} hóa đơn / 100 khách"):
        "<b>Revenue {revenue}</b> {change} · {sales} sales · average {basket} · {visitors} "
        "visitors · {conversion} sales / 100 visitors",
    ("ReportFiguresPanel", "Bảng tính Excel (*.xlsx)"): "Excel workbook (*.xlsx)",
    ("ReportFiguresPanel", "CSV (*.csv)"): "CSV (*.csv)",
    ("ReportFiguresPanel", "PDF (*.pdf)"): "PDF (*.pdf)",
    ("ReportFiguresPanel", "Xuất báo cáo"): "Export report",
    ("ReportFiguresPanel", "Xuất báo cáo…"): "Export…",
    ("ReportFiguresPanel", "Tính lại"): "Recompute",
    ("ReportFiguresPanel", "Tổng quan"): "Overview",
    ("ReportFiguresPanel", "Theo giờ"): "By hour",
    ("ReportFiguresPanel", "Theo ngày"): "By day",
    ("ReportFiguresPanel", "Sản phẩm"): "Products",
    ("ReportFiguresPanel", "Chủ thể"): "Producers",
    ("ReportFiguresPanel", "Nhóm hàng"): "Categories",
    ("ReportFiguresPanel", "Thanh toán"): "Payment methods",
    ("ZReportTableModel", "Ca"): "Shift",
    ("ZReportTableModel", "Mở ca"): "Opened",
    ("ZReportTableModel", "Chốt ca"): "Closed",
    ("ZReportTableModel", "Người chốt"): "Closed by",
    ("ZReportTableModel", "Số HĐ"): "Sales",
    ("ZReportTableModel", "Doanh thu"): "Revenue",
    ("ZReportTableModel", "Chênh lệch tiền mặt"): "Cash difference",
    ("ZReportsPanel", "Chưa có ca nào đã chốt."): "No shift has been closed yet.",
    ("ZReportsPanel", "Đã mở báo cáo Z: {path}"): "Opened the Z report: {path}",
    ("ZReportsPanel", "Không mở được trình xem PDF. Báo cáo Z đã lưu tại: {path}"):
        "Could not open a PDF viewer. The Z report is saved at: {path}",
    ("ZReportsPanel", "Đã gửi báo cáo Z đi in (đã lưu tại {path})"):
        "Z report sent to the printer (saved at {path})",
    ("ZReportsPanel", "Chưa in. Báo cáo Z đã lưu tại: {path}"):
        "Not printed. The Z report is saved at: {path}",
    ("ZReportsPanel", "Đã in lại báo cáo Z ca {number} ra máy in {printer}"):
        "Reprinted the Z report of shift {number} on {printer}",
    ("ZReportsPanel", "Xem báo cáo Z"): "View Z report",
    ("ZReportsPanel", "In lại báo cáo Z"): "Reprint Z report",
    # --- sales reports (services.reporting, context "reports"; also the exports) ---
    ("reports", "Ca này"): "This shift",
    ("reports", "Hôm nay"): "Today",
    ("reports", "Hội chợ này"): "This fair",
    ("reports", "Tháng này"): "This month",
    ("reports", "Khoảng ngày"): "Date range",
    ("reports", "Kỳ trước"): "Previous period",
    ("reports", "BÁO CÁO BÁN HÀNG"): "SALES REPORT",
    ("reports", "Cộng"): "Total",
    ("reports", "Tổng quan"): "Overview",
    ("reports", "Kỳ báo cáo: {period}"): "Period: {period}",
    ("reports", "So với kỳ trước: {period}"): "Compared with: {period}",
    ("reports", "Lập lúc {time} (giờ {zone})"): "Made at {time} ({zone} time)",
    ("reports", "Chỉ tiêu"): "Figure",
    ("reports", "Kỳ này"): "This period",
    ("reports", "Thay đổi (%)"): "Change (%)",
    ("reports", "Tiền bán (₫)"): "Sales amount (₫)",
    ("reports", "Hoàn trả (₫)"): "Refunds (₫)",
    ("reports", "Doanh thu (₫)"): "Revenue (₫)",
    ("reports", "Doanh thu kỳ trước (₫)"): "Previous revenue (₫)",
    ("reports", "Số hóa đơn"): "Sales",
    ("reports", "Lượt khách"): "Visitors",
    ("reports", "Hóa đơn / 100 khách"): "Sales / 100 visitors",
    ("reports", "Giờ"): "Hour",
    ("reports", "Ngày"): "Day",
    ("reports", "So với ngày"): "Compared with",
    ("reports", "Mã"): "Code",
    ("reports", "Sản phẩm"): "Product",
    ("reports", "ĐVT"): "Unit",
    ("reports", "Số lượng"): "Quantity",
    ("reports", "Chủ thể"): "Producer",
    ("reports", "Phải trả hàng ký gửi (₫)"): "Owed for consignment (₫)",
    ("reports", "Nhóm hàng"): "Category",
    ("reports", "Phương thức"): "Method",
    ("reports", "Trung bình một hóa đơn (₫)"): "Average sale (₫)",
    ("reports", "Số lần hoàn trả"): "Refunds made",
    ("reports", "Hóa đơn đã hủy (không tính)"): "Voided sales (not counted)",
    ("reports", "Tiền hóa đơn đã hủy (₫)"): "Voided amount (₫)",
    ("reports", "Cách tính"): "How the figures are computed",
    ("reports", "Theo giờ trong ngày"): "By hour of day",
    ("reports", "Theo ngày"): "By day",
    ("reports", "Theo sản phẩm"): "By product",
    ("reports", "Theo chủ thể"): "By producer",
    ("reports", "Theo nhóm hàng"): "By category",
    ("reports", "Theo phương thức thanh toán"): "By payment method",
    ("reports", "Không tính hóa đơn đã hủy."): "Voided sales are not counted.",
    ("reports", "Tiền hoàn trả được trừ vào ngày và giờ hoàn trả, không phải ngày bán; doanh "
                "thu = tiền bán − tiền hoàn trả."):
        "Refunds are taken off on the day and hour they are made, not the day of the sale; "
        "revenue = sales − refunds.",
    ("reports", "Giá trị trung bình một hóa đơn = tiền bán / số hóa đơn (trước hoàn trả)."):
        "Average sale = sales amount / number of sales (before refunds).",
    ("reports", "Tỷ lệ chuyển đổi = số hóa đơn trên 100 lượt khách."):
        "Conversion = sales per 100 visitors.",
    ("reports", "So sánh với kỳ trước có cùng độ dài, ngay trước kỳ này."):
        "Compared with the period of the same length just before.",
    ("reports", "Phải trả hàng ký gửi = số lượng bán (đã trừ hoàn trả) × giá thỏa thuận, như "
                "biên bản quyết toán với chủ thể."):
        "Owed for consignment = quantity sold (net of refunds) × agreed price, as in the "
        "settlement with the producer.",
    ("reports", "(Chưa phân loại)"): "(No category)",
    ("reports", "(Không rõ chủ thể)"): "(Unknown producer)",
    ("reports", "(Sản phẩm không còn trong danh mục)"): "(Product no longer in the catalog)",
    ("reports", "T2"): "Mon",
    ("reports", "T3"): "Tue",
    ("reports", "T4"): "Wed",
    ("reports", "T5"): "Thu",
    ("reports", "T6"): "Fri",
    ("reports", "T7"): "Sat",
    ("reports", "CN"): "Sun",
    "Kỳ báo cáo quá dài: tối đa {days} ngày": "The period is too long: at most {days} days",
    "Hãy chọn ngày đầu và ngày cuối kỳ": "Choose the first and last day of the period",
    "Không có loại kỳ báo cáo “{kind}”": "There is no report period “{kind}”",
    "Gian hàng chưa được gán cho hội chợ nào": "This booth is not assigned to a fair",
    "Chưa có ca bán hàng nào": "No shift yet",
    "Báo cáo không có cách nhóm “{by}”": "The report has no grouping “{by}”",
    "Định dạng “{fmt}” không được hỗ trợ: chọn csv, xlsx hoặc pdf":
        "Format “{fmt}” is not supported: choose csv, xlsx or pdf",
    "Không có cách nhóm “{by}”": "There is no grouping “{by}”",
}
