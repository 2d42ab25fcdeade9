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
    ("status", "Sao OCOP: {expired} hết hạn, {expiring} sắp hết hạn"): "OCOP stars: {expired} expired, "
    "{expiring} expiring soon",
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
    "“{value}” khác với dòng {first} (“{held}”) của cùng chủ thể": "“{value}” differs from row "
    "{first} (“{held}”) of the same producer",
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
}
