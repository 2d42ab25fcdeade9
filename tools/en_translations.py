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
}
