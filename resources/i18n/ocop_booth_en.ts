<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../../app/ui/customer_display.py" line="+240"/>
        <source>Chào mừng quý khách</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sản phẩm OCOP – Mỗi xã một sản phẩm</source>
        <translation>OCOP products – One Commune One Product</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sản phẩm</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SL</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thành tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Chuyển khoản bằng VietQR</source>
        <translation>Pay by bank transfer (VietQR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Người nhận</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Số tài khoản: {account}</source>
        <translation>Account number: {account}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nội dung: {reference}</source>
        <translation>Transfer note: {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quét mã bằng ứng dụng ngân hàng bất kỳ</source>
        <translation>Scan the code with any banking app</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cảm ơn quý khách!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiền thừa trả lại</source>
        <translation>Your change</translation>
    </message>
    <message>
        <location line="-203"/>
        <location line="+242"/>
        <source>Màn hình khách hàng</source>
        <translation>Customer display</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+132"/>
        <source>Gian hàng OCOP</source>
        <translation>OCOP Booth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gian hàng: {name}</source>
        <translation>Booth: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhân viên: {name}</source>
        <translation>Staff: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca: {name}</source>
        <translation>Shift: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chờ đồng bộ: {count}</source>
        <translation>Waiting to sync: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã đồng bộ hết</source>
        <translation>All synced</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/db.py" line="+95"/>
        <source>Không mở được cơ sở dữ liệu {path}: tệp bị hỏng ({detail}). Tệp được giữ nguyên. Các bản sao lưu nằm ở {backups}.</source>
        <translation>Cannot open the database {path}: the file is damaged ({detail}). The file was left untouched. Backups are in {backups}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cơ sở dữ liệu {path} không qua kiểm tra toàn vẹn: {detail}. Tệp được giữ nguyên. Các bản sao lưu nằm ở {backups}.</source>
        <translation>The database {path} failed its integrity check: {detail}. The file was left untouched. Backups are in {backups}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cơ sở dữ liệu {path} thuộc phiên bản mới hơn của ứng dụng (bản {revision}). Hãy cập nhật OCOP Booth; tệp được giữ nguyên.</source>
        <translation>The database {path} belongs to a newer version of the app (revision {revision}). Please update OCOP Booth; the file was left untouched.</translation>
    </message>
    <message>
        <location filename="../../app/instance_lock.py" line="+27"/>
        <source>OCOP Booth đang chạy với thư mục dữ liệu {path}. Hãy dùng cửa sổ đang mở.</source>
        <translation>OCOP Booth is already running with the data folder {path}. Use the open window.</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="+47"/>
        <source>Mã PIN phải gồm 4 đến 6 chữ số</source>
        <translation>The PIN must have 4 to 6 digits</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vai trò không hợp lệ: {role}</source>
        <translation>Invalid role: {role}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Không tìm thấy nhân viên</source>
        <translation>Staff member not found</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sai PIN quá nhiều lần. {name} bị khóa thêm {seconds} giây.</source>
        <translation>Too many wrong PINs. {name} is locked for {seconds} more seconds.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sai PIN quá nhiều lần. {name} bị khóa {seconds} giây.</source>
        <translation>Too many wrong PINs. {name} is locked for {seconds} seconds.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sai mã PIN (còn {left} lần thử)</source>
        <translation>Wrong PIN ({left} attempts left)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} không phải quản lý</source>
        <translation>{name} is not a manager</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../app/services/cart.py" line="+80"/>
        <location line="+20"/>
        <source>Cần mã PIN của quản lý để {action}</source>
        <translation>A manager&apos;s PIN is needed to {action}</translation>
    </message>
    <message>
        <location filename="../../app/services/cart.py" line="-25"/>
        <source>Giá bán không được âm</source>
        <translation>The selling price cannot be negative</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>đổi giá bán</source>
        <translation>change the selling price</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Giảm giá phải từ 0 đến {max}</source>
        <translation>The discount must be between 0 and {max}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>giảm giá quá hạn mức</source>
        <translation>give a discount above the limit</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{name} bán theo {unit}: số lượng phải là số nguyên</source>
        <translation>{name} is sold by {unit}: the quantity must be a whole number</translation>
    </message>
    <message>
        <location filename="../../app/services/checkout.py" line="+77"/>
        <location filename="../../app/services/refunds.py" line="+141"/>
        <source>Phương thức thanh toán không hợp lệ: {method}</source>
        <translation>Invalid payment method: {method}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Số tiền thanh toán phải lớn hơn 0</source>
        <translation>The payment amount must be greater than 0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thanh toán không dùng tiền mặt ({paid}) vượt quá tổng tiền ({total})</source>
        <translation>Non-cash payments ({paid}) exceed the total ({total})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Khách trả thiếu {short}: tổng {total}, đã trả {paid}</source>
        <translation>{short} short: total {total}, paid {paid}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Đã đủ tiền, không cần thu thêm tiền mặt</source>
        <translation>Fully paid, no more cash needed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Giỏ hàng trống</source>
        <translation>The cart is empty</translation>
    </message>
    <message>
        <location line="+76"/>
        <location filename="../../app/services/refunds.py" line="+15"/>
        <source>Chưa mở ca: hãy mở ca trước khi bán</source>
        <translation>No open shift: open a shift before selling</translation>
    </message>
    <message>
        <location filename="../../app/services/gtin.py" line="+58"/>
        <source>{field} không được để trống</source>
        <translation>{field} cannot be empty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field} {code}: chỉ được chứa chữ số</source>
        <translation>{field} {code}: digits only</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field} {code}: sai độ dài ({length} chữ số, phải là 8, 12, 13 hoặc 14)</source>
        <translation>{field} {code}: wrong length ({length} digits, must be 8, 12, 13 or 14)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field} {code}: sai số kiểm tra (phải là {expected})</source>
        <translation>{field} {code}: wrong check digit (should be {expected})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tiền tố mã vạch nội bộ “{prefix}” phải bắt đầu bằng 20-29</source>
        <translation>The in-store barcode prefix “{prefix}” must start with 20-29</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Số {number} không vừa mã vạch nội bộ (tối đa {width} chữ số)</source>
        <translation>Number {number} does not fit an in-store barcode (at most {width} digits)</translation>
    </message>
    <message>
        <location filename="../../app/services/money.py" line="+33"/>
        <source>{field}: “{value}” không phải số tiền hợp lệ</source>
        <translation>{field}: “{value}” is not a valid amount</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{field}: “{value}” không phải là số</source>
        <translation>{field}: “{value}” is not a number</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field} phải lớn hơn 0 (đã nhập “{value}”)</source>
        <translation>{field} must be greater than 0 (entered “{value}”)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}: tối đa 3 chữ số thập phân (đã nhập “{value}”)</source>
        <translation>{field}: at most 3 decimal places (entered “{value}”)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field} quá lớn: {value}</source>
        <translation>{field} is too large: {value}</translation>
    </message>
    <message>
        <location filename="../../app/services/refunds.py" line="-124"/>
        <location filename="../../app/services/sales_query.py" line="+76"/>
        <location line="+28"/>
        <source>Không tìm thấy hóa đơn {id}</source>
        <translation>Sale {id} not found</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hóa đơn {number} đã bị hủy trước đó</source>
        <translation>Sale {number} was already voided</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hóa đơn {number} thuộc ca đã chốt: hãy dùng hoàn tiền thay vì hủy</source>
        <translation>Sale {number} belongs to a closed shift: refund it instead of voiding</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hóa đơn {number} đã có hoàn tiền, không thể hủy</source>
        <translation>Sale {number} already has a refund and cannot be voided</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Hãy chọn ít nhất một dòng để hoàn</source>
        <translation>Choose at least one line to refund</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hóa đơn {number} đã bị hủy</source>
        <translation>Sale {number} has been voided</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Dòng {line} không thuộc hóa đơn {number}</source>
        <translation>Line {line} is not part of sale {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: chỉ được hoàn tối đa {left} (đã bán {sold})</source>
        <translation>{name}: at most {left} can be refunded (sold {sold})</translation>
    </message>
    <message>
        <location filename="../../app/services/sales_query.py" line="+37"/>
        <source>Không tìm thấy phiếu hoàn {id}</source>
        <translation>Refund {id} not found</translation>
    </message>
    <message>
        <location filename="../../app/services/shifts.py" line="+75"/>
        <source>Tiền đầu ca không được âm</source>
        <translation>The opening float cannot be negative</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ca {number} đang mở: hãy chốt ca đó trước</source>
        <translation>Shift {number} is open: close it first</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Không tìm thấy ca {id}</source>
        <translation>Shift {id} not found</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hãy nhập số tiền mặt đếm được</source>
        <translation>Enter the counted cash</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Số tiền đếm được không được âm ({method})</source>
        <translation>The counted amount cannot be negative ({method})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ca {number} đã chốt</source>
        <translation>Shift {number} is already closed</translation>
    </message>
    <message>
        <location filename="../../app/services/vietqr.py" line="+71"/>
        <source>Mã BIN ngân hàng “{value}” phải gồm đúng 6 chữ số</source>
        <translation>The bank BIN “{value}” must be exactly 6 digits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Số tài khoản “{value}” chỉ gồm chữ và số, tối đa 19 ký tự, không dấu cách</source>
        <translation>The account number “{value}” may only contain letters and digits, at most 19, without spaces</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Số tiền chuyển khoản “{value}” phải là số nguyên dương, tối đa 13 chữ số</source>
        <translation>The transfer amount “{value}” must be a positive whole number of at most 13 digits</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Mã QR không hợp lệ: hỏng cấu trúc ở vị trí {pos}</source>
        <translation>Invalid QR code: broken structure at position {pos}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mã QR không hợp lệ: trường {tag} thiếu dữ liệu (cần {length} ký tự)</source>
        <translation>Invalid QR code: field {tag} is missing data (needs {length} characters)</translation>
    </message>
    <message>
        <location filename="../../app/services/visitors.py" line="+49"/>
        <source>Không còn lượt khách nào để trừ trong giờ này</source>
        <translation>There are no visitors left to subtract in this hour</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="+66"/>
        <source>Thư mục dữ liệu đã có danh mục sản phẩm; dữ liệu mẫu chỉ nạp vào thư mục trống</source>
        <translation>The data folder already has a product catalog; demo data only loads into an empty folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/context.py" line="+57"/>
        <source>Chưa đăng nhập</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Máy chưa được gán gian hàng: hãy vào Cài đặt</source>
        <translation>This computer is not assigned to a booth yet: go to Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="+25"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
</context>
</TS>
